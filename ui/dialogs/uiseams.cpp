#include "uiseams.h"

#include <QFileDialog>
#include <QPrintDialog>

namespace educonnect::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString FileDialog::s_nextFileName;
std::function<bool(QPrinter *)> PrintDialog::s_nextSetup;
bool FileDialog::s_hasNext = false;

namespace {

int g_waiting = 0; // dialogs in exec() now (the GUI thread only)

// Counts a dialog's exec() for isWaitingForAnAnswer().
struct Waiting
{
    Waiting() { ++g_waiting; }
    ~Waiting() { --g_waiting; }
    Waiting(const Waiting &) = delete;
    Waiting &operator=(const Waiting &) = delete;
};

// QMessageBox's static functions guess rich text from the message (Qt::mightBeRichText), and our
// messages often carry server data: a name or a server's error. Build the box so it never guesses.
QMessageBox::StandardButton showPlainTextBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    const Waiting waiting;
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

} // namespace

bool isWaitingForAnAnswer()
{
    return g_waiting > 0;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return showPlainTextBox(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    // Only an Ok answers a warning: a Yes or No waiting for a question is left for it.
    if (s_nextAnswer == QMessageBox::Ok) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    showPlainTextBox(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::NoButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                    const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    const Waiting waiting;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &suggestedPath)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    const Waiting waiting;
    return QFileDialog::getExistingDirectory(parent, caption, suggestedPath);
}

bool PrintDialog::exec(QPrinter *printer, QWidget *parent)
{
    if (s_nextSetup) {
        const auto setup = std::move(s_nextSetup);
        s_nextSetup = nullptr;
        return setup(printer);
    }
    QPrintDialog dialog(printer, parent);
    const Waiting waiting;
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialog::setNextPrinterSetup(std::function<bool(QPrinter *)> setup)
{
    s_nextSetup = std::move(setup);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

} // namespace educonnect::ui
