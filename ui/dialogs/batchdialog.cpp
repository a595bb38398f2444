#include "batchdialog.h"

#include "dialogs/uiseams.h"
#include "letters/letterrenderer.h"
#include "ui_batchdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

BatchDialog::BatchDialog(LetterContext context, QList<PupilLetter> letters, const CredentialBatch &batch,
                         const QString &problem, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BatchDialog>()), m_context(std::move(context)),
      m_letters(std::move(letters))
{
    m_ui->setupUi(this);
    int withPassword = 0;
    for (const PupilLetter &l : std::as_const(m_letters))
        withPassword += l.variant != LetterVariant::Redistribution ? 1 : 0;
    m_ui->summaryLabel->setText(tr("%n letter(s) ready, %1 with a provisional password.", nullptr,
                                   int(m_letters.size()))
                                    .arg(withPassword));

    QStringList problems;
    if (!problem.isEmpty())
        problems << tr("The notification stopped early: %1. The letters below were issued before it stopped.")
                        .arg(problem);
    if (!batch.skipped().isEmpty())
        problems << tr("%n account(s) were skipped by the server.", nullptr, int(batch.skipped().size()));
    m_ui->problemLabel->setText(problems.join(u'\n'));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
    m_ui->statusLabel->hide();

    const bool any = !m_letters.isEmpty();
    m_ui->saveButton->setEnabled(any);
    m_ui->printButton->setEnabled(any);
    m_ui->saveButton->setDefault(any);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BatchDialog::savePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, &BatchDialog::print);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

BatchDialog::~BatchDialog()
{
    for (PupilLetter &letter : m_letters) {
        if (letter.temporaryPassword.isDetached())
            letter.temporaryPassword.fill(QChar(u'\0'));
    }
}

void BatchDialog::savePdf()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Save the letters"), m_suggestedPath,
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto texts = LetterRenderer::pupilTemplate();
    auto written = texts ? LetterRenderer(m_context, texts.value()).writePdfFile(path, m_letters)
                         : Result<int>(texts.error());
    m_ui->statusLabel->show();
    if (!written) {
        // The batch stays here: the user can pick another place or print instead.
        m_ui->statusLabel->setStyleSheet(u"color: #b00020;"_s);
        m_ui->statusLabel->setText(tr("The PDF was not saved: %1").arg(written.error().message));
        return;
    }
    m_delivered = true;
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("%n letter(s) saved to %1.", nullptr, written.value())
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

void BatchDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("EduConnect letters"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto texts = LetterRenderer::pupilTemplate();
    auto printed = texts ? LetterRenderer(m_context, texts.value()).render(&printer, m_letters)
                         : Result<int>(texts.error());
    m_ui->statusLabel->show();
    if (!printed) {
        m_ui->statusLabel->setStyleSheet(u"color: #b00020;"_s);
        m_ui->statusLabel->setText(tr("Printing failed: %1. The letters are still here: try again.")
                                       .arg(printed.error().message));
        return;
    }
    m_delivered = true;
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("%n letter(s) sent to %1.", nullptr, printed.value()).arg(printer.printerName()));
}

void BatchDialog::done(int result)
{
    if (!m_delivered && !m_letters.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Close without saving?"),
            tr("The letters were neither saved nor printed. Once this window is closed, their provisional "
               "passwords are no longer available here. Close anyway?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::done(result);
}

} // namespace educonnect::ui
