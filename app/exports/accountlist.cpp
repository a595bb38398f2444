#include "accountlist.h"

#include "domain/credentials.h"
#include "domain/schoolorder.h"
#include "exports/csv.h"
#include "letters/letterfonts.h"
#include "letters/textblock.h" // plain-text paragraphs that wrap, shared with the letters

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

struct ListText
{
    Q_DECLARE_TR_FUNCTIONS(AccountList)
};

QString listedName(const QString &lastName, const QString &firstName)
{
    return (lastName.toUpper() + u' ' + firstName).trimmed();
}

// Class in school order, then last and first names in French order (« Émile » with « Emile »).
void sortRows(QList<AccountListRow> &rows)
{
    const ClassOrder classes;
    QCollator names{QLocale(QLocale::French, QLocale::France)};
    names.setCaseSensitivity(Qt::CaseInsensitive);
    names.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(), [&](const AccountListRow &a, const AccountListRow &b) {
        if (const int c = classes.compare(a.className, b.className, a.level, b.level))
            return c < 0;
        if (const int c = names.compare(a.lastName, b.lastName))
            return c < 0;
        if (const int c = names.compare(a.firstName, b.firstName))
            return c < 0;
        return a.id < b.id;
    });
}

struct Column
{
    QString header;
    qreal widthMm;
    bool mono = false;
};

QList<Column> columnsOf(AccountKind kind)
{
    // A4 landscape: 273 mm between the margins.
    if (kind == AccountKind::Student)
        return {{ListText::tr("Last name"), 40}, {ListText::tr("First name"), 32}, {ListText::tr("Level"), 18},
                {ListText::tr("Class"), 20},     {ListText::tr("Parents"), 54},    {ListText::tr("Identifier"), 46, true},
                {ListText::tr("State"), 35},     {ListText::tr("Password"), 28, true}};
    return {{ListText::tr("Last name"), 40}, {ListText::tr("First name"), 32},       {ListText::tr("Classes"), 26},
            {ListText::tr("Children"), 66},  {ListText::tr("Identifier"), 46, true}, {ListText::tr("State"), 35},
            {ListText::tr("Password"), 28, true}};
}

QStringList cellsOf(const AccountList &list, const AccountListRow &row)
{
    QStringList cells{row.lastName.toUpper(), row.firstName};
    if (list.kind() == AccountKind::Student)
        cells << row.level;
    cells << row.className << row.relatives << row.login << accountStateLabel(row.state) << list.passwordCell(row);
    return cells;
}

} // namespace

AccountList::AccountList(AccountKind kind, const Establishment &establishment, const QDateTime &madeAt, qsizetype rows)
    : m_kind(kind), m_establishment(establishment), m_madeAt(madeAt)
{
    m_rows.reserve(rows);
}

AccountList::~AccountList()
{
    wipe();
}

AccountList AccountList::of(const Establishment &establishment, const QList<Student> &pupils,
                            const QList<Guardian> &guardians, const QDateTime &madeAt)
{
    QHash<QString, const Guardian *> guardianById;
    for (const Guardian &g : guardians)
        guardianById.insert(g.id, &g);
    AccountList list(AccountKind::Student, establishment, madeAt, pupils.size());
    for (const Student &s : pupils) {
        QStringList parents;
        for (const QString &id : s.guardianIds) {
            if (const Guardian *g = guardianById.value(id))
                parents << listedName(g->lastName, g->firstName);
        }
        list.m_rows.append({s.id, s.lastName, s.firstName, s.level, s.className, parents.join(u", "_s), s.login,
                            s.state});
    }
    sortRows(list.m_rows);
    return list;
}

AccountList AccountList::of(const Establishment &establishment, const QList<Guardian> &guardians,
                            const QList<Student> &pupils, const QDateTime &madeAt)
{
    QHash<QString, const Student *> pupilById;
    for (const Student &s : pupils)
        pupilById.insert(s.id, &s);
    AccountList list(AccountKind::Guardian, establishment, madeAt, guardians.size());
    for (const Guardian &g : guardians) {
        QStringList children;
        QStringList classes;
        for (const GuardianChild &c : g.children) {
            if (c.isElsewhere()) {
                children << ListText::tr("%1 (%2)").arg(listedName(c.lastName, c.firstName),
                                                         c.establishmentName.isEmpty() ? c.uai : c.establishmentName);
                continue;
            }
            const Student *pupil = pupilById.value(c.id);
            const QString className = pupil ? pupil->className : c.className;
            children << (className.isEmpty() ? listedName(c.lastName, c.firstName)
                                             : ListText::tr("%1 (%2)").arg(listedName(c.lastName, c.firstName),
                                                                           className));
            if (!className.isEmpty() && !classes.contains(className))
                classes << className;
        }
        list.m_rows.append({g.id, g.lastName, g.firstName, QString(), distinctClassesInSchoolOrder(classes).join(u", "_s),
                            children.join(u", "_s), g.login, g.state});
    }
    sortRows(list.m_rows);
    return list;
}

void AccountList::setPassword(const QString &accountId, const QString &password)
{
    QString &slot = m_passwords[accountId];
    wipeSecret(slot);
    slot = password;
}

QString AccountList::passwordCell(const AccountListRow &row) const
{
    if (m_showsPasswords) {
        const auto it = m_passwords.constFind(row.id);
        if (it != m_passwords.constEnd() && !it->isEmpty())
            return *it;
    }
    return kHiddenPassword.toString();
}

void AccountList::wipe()
{
    for (QString &password : m_passwords)
        wipeSecret(password);
    m_passwords.clear();
}

QString AccountList::defaultFileName(AccountKind kind, const QDateTime &localTime)
{
    return (kind == AccountKind::Student ? u"Educonnect-ListeEleves-"_s : u"Educonnect-ListeResponsables-"_s)
           + localTime.toString(u"yyyyMMddHHmmss"_s);
}

QByteArray accountListCsv(const AccountList &list)
{
    QStringList header{ListText::tr("UAI"), ListText::tr("Establishment")};
    for (const Column &c : columnsOf(list.kind()))
        header << c.header;
    QString text = csvLine(header);
    for (const AccountListRow &row : list.rows())
        text += csvLine(QStringList{list.establishment().uai, list.establishment().name} + cellsOf(list, row));
    QByteArray bytes = csvBytes(text);
    wipeSecret(text);
    return bytes;
}

Result<void> writeAccountListCsv(const AccountList &list, const QString &path)
{
    QByteArray bytes = accountListCsv(list);
    auto written = writeFileAtomically(path, bytes, u"list-file"_s);
    wipeSecret(bytes);
    return written;
}

Result<int> writeAccountListPdf(const AccountList &list, const QString &path)
{
    using letters_detail::Block;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"list-file"_s, ListText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    QPdfWriter pdf(&file);
    pdf.setCreator(u"EduConnect Admin"_s);
    pdf.setTitle(AccountList::defaultFileName(list.kind(), list.madeAt()));
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));

    const qreal mm = pdf.logicalDpiY() / 25.4;
    const qreal left = 12 * mm;
    const qreal width = 273 * mm;
    const qreal tableTop = 24 * mm;
    const qreal bottom = (210 - 12) * mm;
    const qreal pad = 1.2 * mm;
    const QList<Column> columns = columnsOf(list.kind());
    const QFont body = letterFont(LetterFont::Body, 8);
    const QFont bold = letterFont(LetterFont::Body, 8, true);
    const QFont mono = letterFont(LetterFont::Mono, 8, true);

    // A row: each cell laid out once (wrapping at words, or anywhere in a very long word), its
    // height the tallest cell's.
    struct Row
    {
        std::vector<std::unique_ptr<Block>> cells;
        qreal height = 0;
    };
    auto layoutRow = [&](const QStringList &cells, bool header) {
        Row row;
        for (int c = 0; c < cells.size(); ++c) {
            const QFont &font = header ? bold : columns.at(c).mono ? mono : body;
            row.cells.push_back(std::make_unique<Block>(cells.at(c), font, columns.at(c).widthMm * mm - 2 * pad, &pdf));
            row.height = std::max(row.height, row.cells.back()->height() + 2 * pad);
        }
        return row;
    };
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    const Row header = layoutRow(headers, true);

    // Pages first, so that each says « page n / N »: at least one row per page, however tall.
    std::vector<Row> rows;
    rows.reserve(size_t(list.rows().size()));
    QList<qsizetype> pageStarts{0};
    qreal y = tableTop + header.height;
    for (const AccountListRow &r : list.rows()) {
        QStringList cells = cellsOf(list, r);
        rows.push_back(layoutRow(cells, false));
        for (QString &cell : cells)
            wipeSecret(cell);
        if (y + rows.back().height > bottom && qsizetype(rows.size()) - 1 > pageStarts.back()) {
            pageStarts << qsizetype(rows.size()) - 1;
            y = tableTop + header.height;
        }
        y += rows.back().height;
    }
    const int pages = int(pageStarts.size());

    const QLocale locale;
    const QString title = list.kind() == AccountKind::Student ? ListText::tr("Pupils' accounts")
                                                              : ListText::tr("Parents' accounts");
    const QString subtitle =
        ListText::tr("%1 (%2) · %n account(s) · %3 at %4", nullptr, int(list.rows().size()))
            .arg(list.establishment().name, list.establishment().uai,
                 locale.toString(list.madeAt().date(), QLocale::LongFormat),
                 locale.toString(list.madeAt().time(), QLocale::ShortFormat));
    const Block titleBlock(title, letterFont(LetterFont::Body, 13, true), width * 0.8, &pdf);
    const Block subtitleBlock(subtitle, body, width, &pdf);

    QPainter p;
    if (!p.begin(&pdf))
        return Error{u"list-file"_s, ListText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    p.setPen(QPen(Qt::black, 0.2 * mm));
    auto drawRow = [&](const Row &row, qreal top, bool shaded) {
        if (shaded)
            p.fillRect(QRectF(left, top, width, row.height), QColor(0xe8, 0xe8, 0xe8));
        qreal x = left;
        for (size_t c = 0; c < row.cells.size(); ++c) {
            row.cells[c]->draw(p, x + pad, top + (row.height - row.cells[c]->height()) / 2);
            p.drawLine(QPointF(x, top), QPointF(x, top + row.height));
            x += columns.at(int(c)).widthMm * mm;
        }
        p.drawLine(QPointF(x, top), QPointF(x, top + row.height));
        p.drawLine(QPointF(left, top + row.height), QPointF(left + width, top + row.height));
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        titleBlock.draw(p, left, 9 * mm);
        Block(ListText::tr("Page %1 / %2").arg(page + 1).arg(pages), body, width, &pdf, Qt::AlignRight)
            .draw(p, left, 10 * mm);
        subtitleBlock.draw(p, left, 17 * mm);
        p.drawLine(QPointF(left, tableTop), QPointF(left + width, tableTop));
        drawRow(header, tableTop, true);
        qreal top = tableTop + header.height;
        const qsizetype end = page + 1 < pages ? pageStarts.at(page + 1) : qsizetype(rows.size());
        for (qsizetype i = pageStarts.at(page); i < end; ++i) {
            drawRow(rows[size_t(i)], top, false);
            top += rows[size_t(i)].height;
        }
    }
    if (!p.end())
        return Error{u"list-file"_s, ListText::tr("Cannot write %1.").arg(path)};
    if (!file.commit())
        return Error{u"list-file"_s, ListText::tr("Cannot finish writing %1: %2").arg(path, file.errorString())};
    return pages;
}

} // namespace educonnect
