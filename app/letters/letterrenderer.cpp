#include "letterrenderer.h"

#include "domain/enumnames.h"
#include "letters/distributionsheet.h"
#include "letters/lettercell.h"
#include "letters/qrcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;
using namespace educonnect::letters_detail;

namespace educonnect {

namespace {

struct RendererText
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
};

struct SheetSpec
{
    CellGeometry cell;
    QList<QPointF> originsMm; // top-left corner of each cell on the A4 sheet
};

SheetSpec sheetSpec(LetterLayout layout)
{
    switch (layout) {
    case LetterLayout::TwoUp:
        return {CellGeometry::half(), {{0, 0}, {0, 148.5}}};
    case LetterLayout::FourUp:
        return {CellGeometry::quarter(), {{0, 0}, {105, 0}, {0, 148.5}, {105, 148.5}}};
    case LetterLayout::Official:
        break;
    }
    return {CellGeometry::official(), {{0, 0}}};
}

// Dashed cut lines between cells, and ticks at the sheet's edges where they end.
void drawCutMarks(QPainter &p, LetterLayout layout, qreal mm)
{
    if (layout == LetterLayout::Official)
        return;
    p.save();
    QPen dashed(QColor(0x90, 0x90, 0x90), 0.15 * mm, Qt::DashLine);
    QPen tick(Qt::black, 0.25 * mm);
    auto horizontal = [&](qreal y) {
        p.setPen(dashed);
        p.drawLine(QPointF(8 * mm, y * mm), QPointF(202 * mm, y * mm));
        p.setPen(tick);
        p.drawLine(QPointF(1 * mm, y * mm), QPointF(7 * mm, y * mm));
        p.drawLine(QPointF(203 * mm, y * mm), QPointF(209 * mm, y * mm));
    };
    auto vertical = [&](qreal x) {
        p.setPen(dashed);
        p.drawLine(QPointF(x * mm, 8 * mm), QPointF(x * mm, 289 * mm));
        p.setPen(tick);
        p.drawLine(QPointF(x * mm, 1 * mm), QPointF(x * mm, 7 * mm));
        p.drawLine(QPointF(x * mm, 290 * mm), QPointF(x * mm, 296 * mm));
    };
    horizontal(148.5);
    if (layout == LetterLayout::FourUp)
        vertical(105);
    p.restore();
}

} // namespace

namespace {
constexpr EnumNames<LetterLayout, 3> kLayoutNames({{
    {LetterLayout::Official, u"official"},
    {LetterLayout::TwoUp, u"2up"},
    {LetterLayout::FourUp, u"4up"},
}});
} // namespace

QString letterLayoutName(LetterLayout layout)
{
    return kLayoutNames.name(layout);
}

std::optional<LetterLayout> letterLayoutFromName(QStringView name)
{
    return kLayoutNames.fromName(name);
}

LetterRenderer::LetterRenderer(LetterContext context, LetterTemplate texts, RenderOptions options)
    : m_context(std::move(context)), m_texts(std::move(texts)), m_options(options)
{
    if (m_context.activationUrl.isEmpty())
        m_options.qrCode = false; // nothing to encode
}

Result<LetterTemplate> LetterRenderer::letterTemplate(AccountKind kind)
{
    return LetterTemplate::load(kind == AccountKind::Guardian ? u":/letters/guardian-letter.txt"_s
                                                              : u":/letters/pupil-letter.txt"_s);
}

void LetterRenderer::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
}

QList<QList<Letter>> LetterRenderer::byClass(const QList<Letter> &letters)
{
    QList<QList<Letter>> groups;
    for (const Letter &letter : letters) {
        if (groups.isEmpty() || groups.last().first().className != letter.className)
            groups.append(QList<Letter>());
        groups.last().append(letter);
    }
    return groups;
}

QString LetterRenderer::fileNameForClass(const QString &className)
{
    QString name = className.trimmed();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s), u"_"_s);
    while (name.endsWith(u'.'))
        name.chop(1); // Windows drops trailing dots
    if (name.isEmpty())
        name = u"sans-classe"_s;
    return name.left(100) + u".pdf"_s;
}

int LetterRenderer::pageCount(const QList<Letter> &letters) const
{
    const int perSheet = int(sheetSpec(m_options.layout).originsMm.size());
    int pages = 0;
    for (const auto &group : byClass(letters)) {
        pages += m_options.separatorPages ? 1 : 0;
        pages += m_options.distributionSheets || m_options.sheetsOnly ? DistributionSheet::pageCount(int(group.size()))
                                                                      : 0;
        pages += m_options.sheetsOnly ? 0 : (int(group.size()) + perSheet - 1) / perSheet;
    }
    return pages;
}

Result<int> LetterRenderer::render(QPagedPaintDevice *device, const QList<Letter> &letters,
                                   const Progress &progress) const
{
    if (letters.isEmpty())
        return Error{u"letters-empty"_s, RendererText::tr("There is no letter to produce.")};
    // The texts and addresses are the context's kind's: a pupil's letter must not read as a parent's.
    if (std::any_of(letters.cbegin(), letters.cend(), [&](const Letter &l) { return l.kind != m_context.kind; }))
        return Error{u"letters-kind"_s, RendererText::tr("Pupils' and parents' letters cannot be mixed in one run.")};
    QPainter painter;
    if (!painter.begin(device))
        return Error{u"letters-device"_s, RendererText::tr("Cannot start drawing on the printer or file.")};
    painter.setRenderHint(QPainter::Antialiasing);
    // Paint in paper coordinates whatever margins the device imposes (printers have some).
    const QRect paint = device->pageLayout().paintRectPixels(device->logicalDpiY());
    const QTransform paper = QTransform::fromTranslate(-paint.left(), -paint.top());
    painter.setTransform(paper);

    const SheetSpec spec = sheetSpec(m_options.layout);
    const QrCode qr = m_options.qrCode ? QrCode::encode(m_context.activationUrl) : QrCode();
    const LetterCell cell(m_context, m_texts, spec.cell, qr, device);
    const DistributionSheet sheet(m_context, m_texts, device);
    const qreal mm = cell.millimetre();

    bool firstPage = true;
    auto newPage = [&]() {
        if (firstPage) {
            firstPage = false;
            return true;
        }
        return device->newPage();
    };
    auto fail = [&](int done) -> Result<int> {
        painter.end();
        return Error{u"letters-device"_s, RendererText::tr("Cannot start a new page (after %n letter(s)).", nullptr, done)};
    };

    int done = 0;
    for (const QList<Letter> &group : byClass(letters)) {
        if (m_options.separatorPages) {
            if (!newPage())
                return fail(done);
            paintSeparatorPage(painter, device, m_texts, group.first().className, int(group.size()));
        }
        if (m_options.distributionSheets || m_options.sheetsOnly) {
            for (int page = 0; page < sheet.pageCount(int(group.size())); ++page) {
                if (!newPage())
                    return fail(done);
                sheet.paint(painter, group, page);
            }
        }
        if (m_options.sheetsOnly) {
            done += int(group.size()); // a line each
            if (progress && !progress(done)) {
                painter.end();
                return Error{u"cancelled"_s, RendererText::tr("Cancelled after %n letter(s).", nullptr, done)};
            }
            continue;
        }
        // Each class starts on a new sheet.
        qsizetype slot = 0;
        for (const Letter &letter : group) {
            if (slot == 0) {
                if (!newPage())
                    return fail(done);
                drawCutMarks(painter, m_options.layout, mm);
            }
            const QPointF origin = spec.originsMm.at(slot) * mm;
            painter.setTransform(QTransform::fromTranslate(origin.x(), origin.y()) * paper);
            cell.paint(painter, letter);
            painter.setTransform(paper);
            slot = (slot + 1) % spec.originsMm.size();
            ++done;
            if (progress && !progress(done)) {
                painter.end();
                return Error{u"cancelled"_s, RendererText::tr("Cancelled after %n letter(s).", nullptr, done)};
            }
        }
    }
    if (!painter.end())
        return Error{u"letters-device"_s, RendererText::tr("The printer or file did not accept the last page.")};
    return done;
}

Result<int> LetterRenderer::writePdf(QIODevice *output, const QList<Letter> &letters,
                                     const Progress &progress) const
{
    QPdfWriter writer(output);
    writer.setResolution(600);
    writer.setCreator(u"EduConnect Admin"_s);
    writer.setTitle(u"Courriers EduConnect"_s);
    setUpPage(&writer);
    return render(&writer, letters, progress);
}

Result<int> LetterRenderer::writePdfFile(const QString &path, const QList<Letter> &letters,
                                         const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"letters-file"_s, RendererText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    auto written = writePdf(&file, letters, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{u"letters-file"_s,
                     RendererText::tr("Cannot finish writing %1: %2").arg(path, file.errorString())};
    return written;
}

Result<QStringList> LetterRenderer::writePdfPerClass(const QString &folder, const QList<Letter> &letters,
                                                     const Progress &progress) const
{
    if (!QDir().mkpath(folder))
        return Error{u"letters-file"_s, RendererText::tr("Cannot create the folder %1.").arg(folder)};
    const QList<QList<Letter>> groups = byClass(letters);
    QStringList files;
    for (const QList<Letter> &group : groups) {
        const QString path = QDir(folder).filePath(fileNameForClass(group.first().className));
        if (files.contains(path, Qt::CaseInsensitive))
            return Error{u"letters-file"_s,
                         RendererText::tr("Two classes would share the file %1: rename one of them.").arg(path)};
        files << path;
    }

    // Classes are independent files: render them on every core. Progress calls are serialized.
    std::mutex progressMutex;
    std::atomic_int done{0};
    std::atomic_bool stop{false};
    std::atomic_int next{0};
    std::vector<std::optional<Error>> errors(size_t(groups.size()));
    // Every class is written to its file's unnamed temporary and committed only once they all
    // succeeded: a failure or a cancel leaves the folder as it was, files from earlier runs included.
    std::vector<std::unique_ptr<QSaveFile>> outputs(size_t(groups.size()));
    QThread *const caller = QThread::currentThread(); // commits the files, and deletes them
    auto worker = [&]() {
        for (int g = next++; g < groups.size() && !stop; g = next++) {
            auto file = std::make_unique<QSaveFile>(files.at(g));
            file->moveToThread(caller);
            if (!file->open(QIODevice::WriteOnly)) {
                errors[size_t(g)] = Error{u"letters-file"_s, RendererText::tr("Cannot write %1: %2")
                                                                 .arg(files.at(g), file->errorString())};
                stop = true;
                continue;
            }
            auto written = writePdf(file.get(), groups.at(g), [&](int) {
                const int total = ++done;
                std::lock_guard lock(progressMutex);
                if (stop || (progress && !progress(total)))
                    stop = true;
                return !stop.load();
            });
            if (!written) {
                file->cancelWriting();
                errors[size_t(g)] = written.error();
                stop = true;
                continue;
            }
            outputs[size_t(g)] = std::move(file);
        }
    };
    // QThreads, not std::threads: Qt "adopts" a foreign thread that paints, and on Windows it
    // tears down that thread's font cache and FreeType data later, from its own watcher thread,
    // while the next render may run (under Wine it corrupted the heap within a few dozen renders).
    // A QThread finishes its thread-local data itself, before wait() returns.
    const int threads = std::clamp(QThread::idealThreadCount(), 1, int(groups.size()));
    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(QThread::create(worker));
        pool.back()->start();
    }
    worker();
    for (auto &thread : pool)
        thread->wait();

    for (const auto &error : errors) {
        if (error) {
            // All or nothing: a half-written set of classes would be mistaken for a complete one.
            for (auto &output : outputs) {
                if (output)
                    output->cancelWriting();
            }
            return *error;
        }
    }
    if (stop) // cancelled between two classes
        return Error{u"cancelled"_s, RendererText::tr("Cancelled.")};
    for (size_t g = 0; g < outputs.size(); ++g) {
        if (!outputs[g] || !outputs[g]->commit())
            return Error{u"letters-file"_s,
                         RendererText::tr("Cannot finish writing %1: %2")
                             .arg(files.at(int(g)), outputs[g] ? outputs[g]->errorString() : QString())};
    }
    return files;
}

} // namespace educonnect
