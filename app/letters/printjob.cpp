#include "printjob.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {
struct PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintJob)
};
} // namespace

Result<void> checkPrinter(const QString &name)
{
    const QStringList available = QPrinterInfo::availablePrinterNames();
    if (available.contains(name))
        return Result<void>::success();
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

Result<int> printLetters(QPrinter &printer, const LetterRenderer &renderer, const QList<PupilLetter> &letters,
                         bool jobPerClass, const LetterRenderer::Progress &progress)
{
    const QString baseName = printer.docName().isEmpty() ? PrintText::tr("EduConnect letters") : printer.docName();
    const QList<QList<PupilLetter>> jobs = jobPerClass ? LetterRenderer::byClass(letters)
                                                       : QList<QList<PupilLetter>>{letters};
    int before = 0;
    for (const QList<PupilLetter> &job : jobs) {
        if (jobPerClass)
            printer.setDocName(u"%1 – %2"_s.arg(baseName, job.first().className));
        auto printed = renderer.render(&printer, job, [&](int done) { return !progress || progress(before + done); });
        if (!printed)
            return printed.error();
        if (printer.printerState() == QPrinter::Error)
            return Error{u"printer-failed"_s,
                         PrintText::tr("The printer %1 reported an error after %n letter(s).", nullptr, before)
                             .arg(printer.printerName())};
        before += printed.value();
    }
    printer.setDocName(baseName);
    return before;
}

} // namespace educonnect
