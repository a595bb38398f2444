#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QPrinter;

class QWidget;

namespace educonnect::ui {

// Whether one of the dialogs below is waiting for an answer in a nested event loop (exec()):
// hiding it would cancel it, so the idle lock waits for it to close.
bool isWaitingForAnAnswer();

// Message boxes behind one door, so tests can answer them (setNextAnswer) instead of blocking, and
// so every box shows its text as plain text: messages carry names and server errors.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                                                       | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The next call returns this instead of showing a box (tests); a warning takes only Ok.
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
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &suggestedPath);
    // The next save-file or folder dialog returns this (tests).
    static void setNextFileName(const QString &fileName);

private:
    static QString s_nextFileName;
    static bool s_hasNext;
};

// The print dialog likewise: setNextPrinterSetup() configures the printer instead of asking.
class PrintDialog
{
public:
    static bool exec(QPrinter *printer, QWidget *parent);
    static void setNextPrinterSetup(std::function<bool(QPrinter *)> setup);

private:
    static std::function<bool(QPrinter *)> s_nextSetup;
};

} // namespace educonnect::ui
