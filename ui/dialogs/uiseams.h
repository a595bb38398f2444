#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace educonnect::ui {

// Message boxes behind one door, so tests can answer them (setNextAnswer) instead of blocking.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                                                       | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The next call returns this instead of showing a box (tests).
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};

// File dialogs likewise (setNextFileName).
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter);
    static void setNextFileName(const QString &fileName);

private:
    static QString s_nextFileName;
    static bool s_hasNext;
};

} // namespace educonnect::ui
