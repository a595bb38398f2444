#include "batchdialog.h"

#include "dialogs/letterpreviewdialog.h"
#include "dialogs/uiseams.h"
#include "domain/enumnames.h"
#include "letters/letterjob.h"
#include "printing/printjob.h"
#include "ui_batchdialog.h"
#include "widgets/plaintext.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

constexpr EnumNames<BatchDialog::PerClass, 3> kPerClassNames({{
    {BatchDialog::PerClass::None, u"none"},
    {BatchDialog::PerClass::SeparatorPages, u"separator"},
    {BatchDialog::PerClass::Split, u"split"},
}});

QString perClassName(BatchDialog::PerClass perClass)
{
    return kPerClassNames.name(perClass);
}

} // namespace

BatchDialog::BatchDialog(LetterSet letters, const CredentialBatch &batch, const QString &problem, Settings *settings,
                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BatchDialog>()), m_kind(letters.kind),
      m_context(std::move(letters.context)), m_letters(std::move(letters.letters)), m_texts(std::move(letters.texts)),
      m_settings(settings)
{
    m_ui->setupUi(this);

    int withPassword = 0;
    for (const Letter &l : std::as_const(m_letters))
        withPassword += l.variant != LetterVariant::Redistribution ? 1 : 0;
    QString summary =
        tr("%n letter(s) ready, %1 with a provisional password.", nullptr, int(m_letters.size()))
            .arg(withPassword);
    if (m_letters.size() == 1) {
        const Letter &only = m_letters.first();
        summary += u'\n'
                   + (m_kind == AccountKind::Student
                          ? tr("Pupil: %1 %2 (%3)").arg(only.lastName.toUpper(), only.firstName, only.className)
                          : tr("Parent: %1 %2").arg(only.lastName.toUpper(), only.firstName));
    }
    m_ui->summaryLabel->setText(summary);
    QStringList problems;
    if (!problem.isEmpty())
        problems << tr("The notification stopped early: %1. The letters below were issued before it stopped.")
                        .arg(problem);
    if (!batch.skipped().isEmpty())
        problems << tr("%n account(s) were skipped by the server.", nullptr, int(batch.skipped().size()));
    if (!batch.unreadable().isEmpty()) {
        QStringList who;
        for (const RejectedRecord &r : batch.unreadable())
            who << (r.id.isEmpty() ? tr("unnamed") : r.id);
        problems << tr("%n letter(s) sent by the server could not be read (%1): those accounts may have a new "
                       "password that no letter here shows. Contact the server's administrators before notifying "
                       "them again.",
                       nullptr, int(who.size()))
                        .arg(who.join(u", "_s));
    }
    m_ui->problemLabel->setText(problems.join(u'\n'));
    m_ui->problemLabel->setVisible(!problems.isEmpty());

    m_ui->layoutCombo->addItem(tr("Official: A4, one letter per page"), letterLayoutName(LetterLayout::Official));
    m_ui->layoutCombo->addItem(tr("Two per page (A5), with cut marks"), letterLayoutName(LetterLayout::TwoUp));
    m_ui->layoutCombo->addItem(tr("Four per page (A6), with cut marks"), letterLayoutName(LetterLayout::FourUp));
    m_ui->perClassCombo->addItem(tr("Everything in one document"), perClassName(PerClass::None));
    m_ui->perClassCombo->addItem(tr("A page naming each class before its letters"),
                                 perClassName(PerClass::SeparatorPages));
    m_ui->perClassCombo->addItem(tr("One PDF file, or one print job, per class"), perClassName(PerClass::Split));
    m_ui->qrCheck->setEnabled(!m_context.activationUrl.isEmpty());
    m_ui->qrCheck->setToolTip(m_context.activationUrl.isEmpty()
                                  ? tr("No sign-in address is enabled in the settings (Paramétrage).")
                                  : plainToolTip(m_context.activationUrl));
    if (m_settings) {
        m_ui->layoutCombo->setCurrentIndex(
            std::max(0, m_ui->layoutCombo->findData(m_settings->string(Settings::Key::LetterLayout))));
        m_ui->perClassCombo->setCurrentIndex(
            std::max(0, m_ui->perClassCombo->findData(m_settings->string(Settings::Key::LetterPerClass))));
        m_ui->qrCheck->setChecked(m_settings->value(Settings::Key::LetterQrCode).toBool());
        m_ui->sheetCheck->setChecked(m_settings->value(Settings::Key::LetterSheets).toBool());
    }

    setBusy(false);
    m_ui->statusLabel->hide();
    m_ui->saveButton->setDefault(true);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BatchDialog::savePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, &BatchDialog::print);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &BatchDialog::preview);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_job)
            m_job->cancel();
    });
}

BatchDialog::~BatchDialog()
{
    delete m_job; // waits for the worker
    for (Letter &letter : m_letters)
        wipeSecret(letter.temporaryPassword);
}

bool BatchDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

RenderOptions BatchDialog::renderOptions() const
{
    RenderOptions options;
    options.layout = letterLayoutFromName(m_ui->layoutCombo->currentData().toString()).value_or(LetterLayout::Official);
    options.qrCode = m_ui->qrCheck->isEnabled() && m_ui->qrCheck->isChecked();
    options.distributionSheets = m_ui->sheetCheck->isChecked();
    options.separatorPages = perClass() == PerClass::SeparatorPages;
    return options;
}

BatchDialog::PerClass BatchDialog::perClass() const
{
    return kPerClassNames.fromName(m_ui->perClassCombo->currentData().toString()).value_or(PerClass::None);
}

void BatchDialog::setRenderOptions(const RenderOptions &options, PerClass perClass)
{
    m_ui->layoutCombo->setCurrentIndex(m_ui->layoutCombo->findData(letterLayoutName(options.layout)));
    m_ui->perClassCombo->setCurrentIndex(m_ui->perClassCombo->findData(perClassName(perClass)));
    m_ui->qrCheck->setChecked(options.qrCode);
    m_ui->sheetCheck->setChecked(options.distributionSheets);
}

LetterRenderer BatchDialog::renderer() const
{
    return LetterRenderer(m_context, m_texts, renderOptions());
}

void BatchDialog::rememberOptions()
{
    if (!m_settings)
        return;
    const RenderOptions options = renderOptions();
    m_settings->setValue(Settings::Key::LetterLayout, letterLayoutName(options.layout));
    m_settings->setValue(Settings::Key::LetterPerClass, perClassName(perClass()));
    m_settings->setValue(Settings::Key::LetterQrCode, m_ui->qrCheck->isChecked());
    m_settings->setValue(Settings::Key::LetterSheets, options.distributionSheets);
}

void BatchDialog::setBusy(bool busy)
{
    const bool any = !m_letters.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->printButton),
                       static_cast<QWidget *>(m_ui->previewButton), static_cast<QWidget *>(m_ui->layoutBox)})
        w->setEnabled(any && !busy);
    m_ui->closeButton->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->progressBar->setRange(0, int(m_letters.size()));
    m_ui->progressBar->setValue(0);
}

void BatchDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->show();
    m_ui->statusLabel->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_ui->statusLabel->setText(text);
}

void BatchDialog::runJob(const std::function<Result<int>(const LetterRenderer::Progress &)> &work,
                         const std::function<QString(int)> &success, const QString &failurePrefix)
{
    rememberOptions();
    m_job = new LetterJob(work, this);
    connect(m_job, &LetterJob::progress, m_ui->progressBar, &QProgressBar::setValue);
    connect(m_job, &LetterJob::finished, this, [this, success, failurePrefix](const Result<int> &result) {
        m_job->deleteLater();
        setBusy(false);
        if (result) {
            m_delivered = true;
            showStatus(success(result.value()), false);
        } else if (result.error().code == u"cancelled"_s) {
            showStatus(tr("Cancelled. The letters are still here."), true);
        } else {
            // The letters stay here: another place, another printer, or a retry.
            showStatus(failurePrefix.arg(result.error().message), true);
        }
        emit jobFinished(result.ok());
    });
    setBusy(true);
    showStatus(tr("Working…"), false);
    m_job->start();
}

void BatchDialog::savePdf()
{
    const LetterRenderer r = renderer();
    const QList<Letter> letters = m_letters;
    if (perClass() == PerClass::Split) {
        const QString folder = FileDialog::getExistingDirectory(this, tr("Folder for the classes' PDF files"),
                                                                QFileInfo(m_suggestedPath).absolutePath());
        if (folder.isEmpty())
            return;
        runJob(
            [r, letters, folder](const LetterRenderer::Progress &progress) -> Result<int> {
                auto written = r.writePdfPerClass(folder, letters, progress);
                if (!written)
                    return written.error();
                return int(letters.size());
            },
            [folder](int n) {
                return tr("%n letter(s) saved, one PDF per class, in %1.", nullptr, n)
                    .arg(QDir::toNativeSeparators(folder));
            },
            tr("The PDF files were not saved: %1"));
        return;
    }
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save the letters"), m_suggestedPath, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    runJob([r, letters, path](const LetterRenderer::Progress &progress) { return r.writePdfFile(path, letters, progress); },
           [path](int n) {
               return tr("%n letter(s) saved to %1.", nullptr, n)
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
           },
           tr("The PDF was not saved: %1"));
}

void BatchDialog::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    setUpPrinter(*printer, tr("EduConnect letters"));
    if (m_settings) {
        // The secretariat's printer and duplex choice, as last time.
        const QString last = m_settings->string(Settings::Key::PrinterName);
        if (!last.isEmpty() && QPrinterInfo::availablePrinterNames().contains(last))
            printer->setPrinterName(last);
        printer->setDuplex(m_settings->value(Settings::Key::PrinterDuplex).toBool() ? QPrinter::DuplexAuto
                                                                                    : QPrinter::DuplexNone);
    }
    if (!PrintDialog::exec(printer.get(), this))
        return;
    if (m_settings && printer->outputFormat() == QPrinter::NativeFormat) {
        m_settings->setValue(Settings::Key::PrinterName, printer->printerName());
        m_settings->setValue(Settings::Key::PrinterDuplex, printer->duplex() != QPrinter::DuplexNone);
    }
    printWith(printer);
}

void BatchDialog::printOn(const QString &printerName)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    setUpPrinter(*printer, tr("EduConnect letters"));
    printer->setPrinterName(printerName);
    if (m_settings)
        printer->setDuplex(m_settings->value(Settings::Key::PrinterDuplex).toBool() ? QPrinter::DuplexAuto
                                                                                    : QPrinter::DuplexNone);
    printWith(printer);
}

void BatchDialog::printWith(const std::shared_ptr<QPrinter> &printer)
{
    const LetterRenderer r = renderer();
    const QList<Letter> letters = m_letters;
    const bool jobPerClass = perClass() == PerClass::Split;
    const QString target = printer->outputFormat() == QPrinter::NativeFormat
                               ? printer->printerName()
                               : QDir::toNativeSeparators(printer->outputFileName());
    runJob([printer, r, letters, jobPerClass](const LetterRenderer::Progress &progress) {
               return printLetters(*printer, r, letters, jobPerClass, progress);
           },
           [target](int n) { return tr("%n letter(s) sent to %1.", nullptr, n).arg(target); },
           tr("Printing failed: %1. The letters are still here: try again."));
}

void BatchDialog::preview()
{
    rememberOptions();
    auto *dialog = new LetterPreviewDialog(this);
    dialog->setObjectName(u"letterPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    setUpPrinter(*dialog->printer(), tr("EduConnect letters"));
    const LetterRenderer r = renderer();
    connect(dialog, &LetterPreviewDialog::paintRequested, this, [this, r](QPrinter *printer) {
        auto painted = r.render(printer, m_letters);
        if (!painted)
            showStatus(tr("The preview failed: %1").arg(painted.error().message), true);
    });
    // One way to print: the preview's Print… is this window's Print…, with its checks.
    connect(dialog, &LetterPreviewDialog::printRequested, this, &BatchDialog::print);
    dialog->open();
}

void BatchDialog::done(int result)
{
    if (isBusy())
        return; // Cancel first: closing must not abandon a half-written file or print job.
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

void BatchDialog::discard()
{
    if (m_job) {
        m_job->cancel();
        delete m_job; // waits for the worker
    }
    for (Letter &letter : m_letters)
        wipeSecret(letter.temporaryPassword);
    m_letters.clear();
    QDialog::done(QDialog::Rejected);
}

} // namespace educonnect::ui
