#include "distributionsheet.h"

#include "letters/letterfonts.h"
#include "letters/textblock.h"

#include <QLocale>

#include <iterator>

using namespace Qt::StringLiterals;

namespace educonnect::letters_detail {

namespace {

constexpr qreal kMarginMm = 15;
constexpr qreal kTableTopMm = 42;
constexpr qreal kRowMm = 9.5;
constexpr qreal kBottomMm = 280;
// Column widths in mm, 180 in all. Pupils: Élève, Classe, Identifiant, Remis le, Signature.
constexpr qreal kPupilColumnsMm[] = {56, 22, 40, 24, 38};
// Parents: Responsable, Élève (who takes the letter home), Classe, Identifiant, Remis le, Signature.
constexpr qreal kGuardianColumnsMm[] = {42, 38, 17, 39, 20, 24};

QString listedName(const QString &lastName, const QString &firstName)
{
    return (lastName.toUpper() + u' ' + firstName).trimmed();
}

// What a row says, column by column; the last one is the identifier, the rest are left blank.
QStringList rowValues(const Letter &l)
{
    QStringList values{listedName(l.lastName, l.firstName)};
    if (l.kind == AccountKind::Guardian) {
        const LetterChild *child = l.homeChildOrNull();
        values << (child ? listedName(child->lastName, child->firstName) : QString());
    }
    values << l.className << l.login;
    return values;
}

} // namespace

DistributionSheet::DistributionSheet(const LetterContext &context, const LetterTemplate &texts, QPaintDevice *device)
    : m_context(context), m_texts(texts), m_device(device), m_mm(device->logicalDpiY() / 25.4)
{
}

int DistributionSheet::rowsPerPage()
{
    return int((kBottomMm - kTableTopMm) / kRowMm) - 1; // one row for the headers
}

int DistributionSheet::pageCount(int rows)
{
    return std::max(1, (rows + rowsPerPage() - 1) / rowsPerPage());
}

void DistributionSheet::paint(QPainter &p, const QList<Letter> &letters, int page) const
{
    const qreal left = kMarginMm * m_mm;
    const qreal width = (210 - 2 * kMarginMm) * m_mm;
    const QString className = letters.isEmpty() ? QString() : letters.first().className;
    const QLocale french(QLocale::French, QLocale::France);
    const QHash<QString, QString> values{
        {u"className"_s, className},
        {u"count"_s, QString::number(letters.size())},
        {u"page"_s, QString::number(page + 1)},
        {u"pages"_s, QString::number(pageCount(int(letters.size())))},
        {u"date"_s, french.toString(m_context.issuedOn, u"d MMMM yyyy"_s)},
    };
    auto text = [&](const char *key) { return LetterTemplate::fill(m_texts.text(QString::fromLatin1(key)), values); };

    const QFont body = letterFont(LetterFont::Body, 9);
    const QFont bold = letterFont(LetterFont::Body, 9, true);
    const QFont mono = letterFont(LetterFont::Mono, 9, true);

    qreal y = 12 * m_mm;
    fittedBlock(m_context.establishmentName, letterFont(LetterFont::Body, 10, true), width, 2, m_device)
        ->draw(p, left, y);
    Block(text("sheet.page"), body, width, m_device, Qt::AlignRight).draw(p, left, y);
    y += 9 * m_mm;
    Block(text("sheet.title"), letterFont(LetterFont::Body, 13, true), width, m_device).draw(p, left, y);
    y += 8 * m_mm;
    fittedBlock(text(letters.size() == 1 ? "sheet.subtitle.one" : "sheet.subtitle.other"), body, width, 1, m_device)
        ->draw(p, left, y);
    y += 5 * m_mm;
    Block(text("sheet.note"), letterFont(LetterFont::Body, 8), width, m_device).draw(p, left, y);

    const QStringList headers = m_texts.text(u"sheet.columns"_s).split(u'|');
    const bool guardians = m_context.kind == AccountKind::Guardian;
    const qreal *widths = guardians ? kGuardianColumnsMm : kPupilColumnsMm;
    const int columns = guardians ? int(std::size(kGuardianColumnsMm)) : int(std::size(kPupilColumnsMm));
    const qreal row = kRowMm * m_mm;
    const qreal pad = 1.5 * m_mm;
    auto cellX = [&](int column) {
        qreal x = left;
        for (int c = 0; c < column; ++c)
            x += widths[c] * m_mm;
        return x;
    };
    auto drawRowText = [&](int column, const QString &value, const QFont &font, qreal top) {
        const auto block = fittedBlock(value, font, widths[column] * m_mm - 2 * pad, 2, m_device);
        block->draw(p, cellX(column) + pad, top + (row - block->height()) / 2);
    };

    qreal top = kTableTopMm * m_mm;
    p.save();
    p.fillRect(QRectF(left, top, width, row), QColor(0xe8, 0xe8, 0xe8));
    p.restore();
    for (int c = 0; c < headers.size() && c < columns; ++c)
        drawRowText(c, headers.at(c), bold, top);
    const int first = page * rowsPerPage();
    const int last = std::min<int>(int(letters.size()), first + rowsPerPage());
    for (int i = first; i < last; ++i) {
        top += row;
        const QStringList cells = rowValues(letters.at(i));
        for (int c = 0; c < cells.size() && c < columns; ++c)
            drawRowText(c, cells.at(c), c == cells.size() - 1 ? mono : body, top);
    }
    // The grid.
    p.save();
    p.setPen(QPen(Qt::black, 0.2 * m_mm));
    const qreal tableTop = kTableTopMm * m_mm;
    const qreal bottom = top + row;
    for (qreal yy = tableTop; yy <= bottom + 0.5; yy += row)
        p.drawLine(QPointF(left, yy), QPointF(left + width, yy));
    for (int c = 0; c <= columns; ++c)
        p.drawLine(QPointF(cellX(c), tableTop), QPointF(cellX(c), bottom));
    p.restore();
}

void paintSeparatorPage(QPainter &p, QPaintDevice *device, const LetterTemplate &texts, const QString &className,
                        int letterCount)
{
    const qreal mm = device->logicalDpiY() / 25.4;
    const QHash<QString, QString> values{{u"className"_s, className}, {u"count"_s, QString::number(letterCount)}};
    const qreal width = 170 * mm;
    auto title = fittedBlock(LetterTemplate::fill(texts.text(u"separator.title"_s), values),
                             letterFont(LetterFont::Body, 32, true), width, 2, device, Qt::AlignHCenter);
    title->draw(p, 20 * mm, 110 * mm);
    Block(LetterTemplate::fill(texts.text(letterCount == 1 ? u"separator.count.one"_s : u"separator.count.other"_s),
                               values),
          letterFont(LetterFont::Body, 16), width, device, Qt::AlignHCenter)
        .draw(p, 20 * mm, 110 * mm + title->height() + 6 * mm);
}

} // namespace educonnect::letters_detail
