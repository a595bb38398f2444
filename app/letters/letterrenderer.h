#pragma once

#include "letters/lettertemplate.h"
#include "letters/letter.h"

#include <QIODevice>
#include <QPagedPaintDevice>

#include <functional>

namespace educonnect {

// How letters are put on paper (DESIGN.md section 6).
enum class LetterLayout {
    Official, // A4, one letter per page
    TwoUp,    // two A5 halves per A4 sheet, with cut marks
    FourUp    // four A6 quarters per A4 sheet, shorter texts, with cut marks
};
QString letterLayoutName(LetterLayout layout); // "official", "2up", "4up"
std::optional<LetterLayout> letterLayoutFromName(QStringView name);

struct RenderOptions
{
    LetterLayout layout = LetterLayout::Official;
    bool qrCode = false;             // QR code of the activation URL (never of the password)
    bool separatorPages = false;     // a page announcing each class
    bool distributionSheets = false; // each class's signature sheet before its letters
    // The distribution sheets alone, no letter: they carry no password, so they can be printed
    // from the cache, offline, before or after the letters.
    bool sheetsOnly = false;
};

// Paints letters of one account kind (the context's: pupils or parents) on any paged device:
// QPdfWriter, QPrinter or a print preview, through the same code. Letters come sorted by (filing)
// class then name; with 2-up and 4-up each class starts on a new sheet so sheets can be handed out
// class by class. Every field is drawn as plain text (no markup), wraps, and shrinks when very
// long: nothing is clipped.
class LetterRenderer
{
public:
    // Called after each letter with the number painted so far; return false to cancel.
    using Progress = std::function<bool(int done)>;

    LetterRenderer(LetterContext context, LetterTemplate texts, RenderOptions options = {});

    // The letter texts shipped in the resources, for pupils or for parents.
    static Result<LetterTemplate> letterTemplate(AccountKind kind);
    static Result<LetterTemplate> studentTemplate() { return letterTemplate(AccountKind::Student); }
    // A4 portrait, no device margins; for devices the caller did not set up (PDF writers).
    static void setUpPage(QPagedPaintDevice *device);

    const RenderOptions &options() const { return m_options; }
    // Sheets the letters take (letters, separators and distribution sheets).
    int pageCount(const QList<Letter> &letters) const;

    Result<int> render(QPagedPaintDevice *device, const QList<Letter> &letters,
                       const Progress &progress = {}) const;

    // One PDF to `output` (typically a QSaveFile the caller commits).
    Result<int> writePdf(QIODevice *output, const QList<Letter> &letters, const Progress &progress = {}) const;
    // One PDF file, written atomically: it appears complete or not at all.
    Result<int> writePdfFile(const QString &path, const QList<Letter> &letters,
                             const Progress &progress = {}) const;
    // One PDF per class into `folder` ("3e A.pdf", ...), classes rendered in parallel on every
    // core; returns the files written. All or nothing: on failure or cancel no file is left.
    // `progress` may be called from worker threads (one call at a time).
    Result<QStringList> writePdfPerClass(const QString &folder, const QList<Letter> &letters,
                                         const Progress &progress = {}) const;

    // Consecutive letters of the same class (input sorted by class).
    static QList<QList<Letter>> byClass(const QList<Letter> &letters);
    // A file name for a class: what file systems refuse is replaced, never dropped silently.
    static QString fileNameForClass(const QString &className);

private:
    LetterContext m_context;
    LetterTemplate m_texts;
    RenderOptions m_options;
};

} // namespace educonnect
