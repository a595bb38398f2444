#include "printjob.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPrinter>
#include <QPrinterInfo>

#ifdef EDUCONNECT_HAVE_CUPS
#include <cups/cups.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#include <winspool.h>

#include <string>
#include <vector>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrint, "educonnect.print")

namespace educonnect {

namespace {

struct PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintJob)
};

#ifdef EDUCONNECT_HAVE_CUPS
// Hands one PDF to a CUPS queue; returns the job id.
Result<int> submitToCups(const QPrinter &printer, const QString &title, const QByteArray &pdf)
{
    const QByteArray queue = printer.printerName().toUtf8();
    const QByteArray name = title.toUtf8();
    cups_option_t *options = nullptr;
    int count = 0;
    const char *sides = printer.duplex() == QPrinter::DuplexNone      ? CUPS_SIDES_ONE_SIDED
                        : printer.duplex() == QPrinter::DuplexShortSide ? CUPS_SIDES_TWO_SIDED_LANDSCAPE
                                                                        : CUPS_SIDES_TWO_SIDED_PORTRAIT;
    count = cupsAddOption(CUPS_SIDES, sides, count, &options);
    count = cupsAddOption(CUPS_COPIES, QByteArray::number(std::max(1, printer.copyCount())).constData(), count,
                          &options);
    count = cupsAddOption(CUPS_MEDIA, CUPS_MEDIA_A4, count, &options);
    const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), name.constData(), count, options);
    cupsFreeOptions(count, options);
    if (job <= 0)
        return Error{u"printer-refused"_s, PrintText::tr("The printer %1 refused the job: %2")
                                               .arg(printer.printerName(), QString::fromUtf8(cupsLastErrorString()))};
    bool sent = cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), job, name.constData(), CUPS_FORMAT_PDF, 1)
                == HTTP_STATUS_CONTINUE;
    sent = sent && cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.constData(), size_t(pdf.size())) == HTTP_STATUS_CONTINUE;
    const ipp_status_t finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData());
    if (!sent || finished >= IPP_STATUS_REDIRECTION_OTHER_SITE) {
        const QString reason = QString::fromUtf8(cupsLastErrorString());
        cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
        return Error{u"printer-failed"_s,
                     PrintText::tr("Sending the job to %1 failed: %2").arg(printer.printerName(), reason)};
    }
    qCInfo(lcPrint) << "job" << job << "sent to" << printer.printerName() << pdf.size() << "bytes";
    return job;
}
#endif

} // namespace

Result<void> checkPrinter(const QString &name)
{
    const QStringList available = QPrinterInfo::availablePrinterNames();
    if (available.contains(name)) {
#ifdef EDUCONNECT_HAVE_CUPS
        // A queue that rejects jobs or is stopped would swallow the run: say so before notifying.
        const QByteArray queue = name.toUtf8();
        if (cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, queue.constData(), nullptr)) {
            const QByteArray accepting = cupsGetOption("printer-is-accepting-jobs", dest->num_options, dest->options);
            const QByteArray state = cupsGetOption("printer-state", dest->num_options, dest->options);
            cupsFreeDests(1, dest);
            if (accepting == "false")
                return Error{u"printer-refuses"_s,
                             PrintText::tr("The printer %1 does not accept jobs at the moment.").arg(name)};
            if (state == "5")
                return Error{u"printer-stopped"_s,
                             PrintText::tr("The printer %1 is stopped: restart it, or choose another printer or "
                                           "a PDF.")
                                 .arg(name)};
        }
#endif
#ifdef Q_OS_WIN
        // The same two refusals from the Windows spooler: a printer deleted or unavailable does
        // not take jobs; one paused, offline or in error would hold the run in its queue.
        DWORD status = 0;
        DWORD attributes = 0;
        std::wstring printerName = name.toStdWString();
        HANDLE printer = nullptr;
        if (OpenPrinterW(printerName.data(), &printer, nullptr)) {
            DWORD needed = 0;
            GetPrinterW(printer, 2, nullptr, 0, &needed);
            std::vector<BYTE> info(needed);
            if (needed > 0 && GetPrinterW(printer, 2, info.data(), needed, &needed)) {
                status = reinterpret_cast<const PRINTER_INFO_2W *>(info.data())->Status;
                attributes = reinterpret_cast<const PRINTER_INFO_2W *>(info.data())->Attributes;
            }
            ClosePrinter(printer);
        }
        if (status & (PRINTER_STATUS_PENDING_DELETION | PRINTER_STATUS_NOT_AVAILABLE))
            return Error{u"printer-refuses"_s,
                         PrintText::tr("The printer %1 does not accept jobs at the moment.").arg(name)};
        if ((status & (PRINTER_STATUS_PAUSED | PRINTER_STATUS_ERROR | PRINTER_STATUS_OFFLINE))
            || (attributes & PRINTER_ATTRIBUTE_WORK_OFFLINE))
            return Error{u"printer-stopped"_s,
                         PrintText::tr("The printer %1 is stopped: restart it, or choose another printer or "
                                       "a PDF.")
                             .arg(name)};
#endif
        return Result<void>::success();
    }
    return Error{u"printer-unknown"_s,
                 available.isEmpty()
                     ? PrintText::tr("There is no printer called \"%1\": no printer is installed.").arg(name)
                     : PrintText::tr("There is no printer called \"%1\". Printers: %2")
                           .arg(name, available.join(u", "_s))};
}

void setUpPrinter(QPrinter &printer, const QString &documentName)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(documentName);
}

Result<int> printLetters(QPrinter &printer, const LetterRenderer &renderer, const QList<Letter> &letters,
                         bool jobPerClass, const LetterRenderer::Progress &progress)
{
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        // "Print to file" from the print dialog: one file, written as "Save PDF" writes it (whole
        // or not at all, never a half-written file left behind, nothing spooled elsewhere).
        return renderer.writePdfFile(printer.outputFileName(), letters, progress);
    }
    const QString baseName = printer.docName().isEmpty() ? PrintText::tr("EduConnect letters") : printer.docName();
    const QList<QList<Letter>> jobs = jobPerClass ? LetterRenderer::byClass(letters)
                                                       : QList<QList<Letter>>{letters};
    int before = 0;
    for (const QList<Letter> &job : jobs) {
        const QString title = jobPerClass ? u"%1 – %2"_s.arg(baseName, job.first().className) : baseName;
        const auto jobProgress = [&](int done) { return !progress || progress(before + done); };
        Result<int> printed = 0;
#ifdef EDUCONNECT_HAVE_CUPS
        if (printer.outputFormat() == QPrinter::NativeFormat) {
            QBuffer pdf; // memory only: the job holds passwords
            pdf.open(QIODevice::WriteOnly);
            printed = renderer.writePdf(&pdf, job, jobProgress);
            if (printed) {
                auto submitted = submitToCups(printer, title, pdf.data());
                if (!submitted)
                    printed = submitted.error();
            }
            pdf.buffer().fill('\0');
        } else
#endif
        {
            printer.setDocName(title);
            printed = renderer.render(&printer, job, jobProgress);
            if (printed && printer.printerState() == QPrinter::Error)
                printed = Error{u"printer-failed"_s, PrintText::tr("The printer %1 reported an error.")
                                                         .arg(printer.printerName())};
        }
        if (!printed) {
            printer.setDocName(baseName);
            Error error = printed.error();
            if (before > 0)
                error.message += u' ' + PrintText::tr("(%n letter(s) were printed before.)", nullptr, before);
            return error;
        }
        before += printed.value();
    }
    printer.setDocName(baseName);
    return before;
}

} // namespace educonnect
