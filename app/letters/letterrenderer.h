#pragma once

#include "letters/lettertemplate.h"
#include "letters/pupilletter.h"

#include <QFont>
#include <QIODevice>
#include <QPagedPaintDevice>

#include <functional>

class QPainter;

namespace educonnect {

// Paints pupil letters, A4, one per page, on any paged device: QPdfWriter, QPrinter or a print
// preview, through the same code. Every field is drawn as plain text (no markup), wraps, and
// shrinks when it is very long: nothing is clipped.
class LetterRenderer
{
public:
    // Return false to cancel; called after each page with the number of letters painted.
    using Progress = std::function<bool(int done)>;

    LetterRenderer(LetterContext context, LetterTemplate texts);

    // The letter texts shipped in the resources.
    static Result<LetterTemplate> pupilTemplate();

    // Sets A4 portrait, no device margins, on the device; for devices the caller did not set up.
    static void setUpPage(QPagedPaintDevice *device);

    Result<int> render(QPagedPaintDevice *device, const QList<PupilLetter> &letters,
                       const Progress &progress = {}) const;

    // Writes the letters as one PDF to `output` (typically a QSaveFile the caller commits).
    Result<int> writePdf(QIODevice *output, const QList<PupilLetter> &letters,
                         const Progress &progress = {}) const;
    // Writes to a file atomically: the file appears complete or not at all.
    Result<int> writePdfFile(const QString &path, const QList<PupilLetter> &letters,
                             const Progress &progress = {}) const;

private:
    class Page;
    LetterContext m_context;
    LetterTemplate m_texts;
};

} // namespace educonnect
