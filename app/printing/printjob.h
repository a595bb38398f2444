#pragma once

// Printing letters straight to a printer. A separate target from educonnect_core because
// QPrinter lives in Qt PrintSupport, which pulls in QtWidgets.

#include "letters/letterrenderer.h"

class QPrinter;

namespace educonnect {

// Refuses an unknown printer before anything irreversible (a notification) happens.
Result<void> checkPrinter(const QString &name);

// Sets A4 portrait on a printer the user or the command line chose.
void setUpPrinter(QPrinter &printer, const QString &documentName);

// Prints on `printer`: one job, or one job per class (each named after its class).
//
// Where CUPS runs (Linux, macOS), the job is rendered to a PDF in memory and handed to CUPS
// directly, for two reasons: CUPS says whether it accepted the job (Qt's CUPS engine ignores a
// queue that rejects jobs and reports success), and no spool copy of the passwords is written to
// a temporary file. Elsewhere, and for "print to file", QPrinter paints the pages itself. The
// pages come from the same LetterRenderer code either way. A failure is an error; the caller keeps
// the letters for another try.
Result<int> printLetters(QPrinter &printer, const LetterRenderer &renderer, const QList<Letter> &letters,
                         bool jobPerClass, const LetterRenderer::Progress &progress = {});

} // namespace educonnect
