#include "studenttablemodel.h"

#include "domain/schoolorder.h"
#include "domain/accountfilter.h"
#include "widgets/plaintext.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

QCollator &collator()
{
    static QCollator c = [] {
        QCollator french{QLocale(QLocale::French, QLocale::France)};
        french.setNumericMode(true);
        french.setCaseSensitivity(Qt::CaseInsensitive);
        return french;
    }();
    return c;
}

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QString frenchDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

} // namespace

StudentTableModel::StudentTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_stateIcons[int(AccountState::NotNotified)] = dot(QColor(0x9e, 0x9e, 0x9e));
    m_stateIcons[int(AccountState::NotifiedNotActivated)] = dot(QColor(0x1e, 0x88, 0xe5));
    m_stateIcons[int(AccountState::ActivationPending)] = dot(QColor(0xfb, 0x8c, 0x00));
    m_stateIcons[int(AccountState::Activated)] = dot(QColor(0x2e, 0x7d, 0x32));
}

int StudentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

StudentTableModel::Row StudentTableModel::makeRow(const Student &s) const
{
    // Classes sort in school order (6e … Terminale, post-bac): the stage leads the class's key.
    const QChar stage(u'a' + schoolStage(s.level, s.className));
    return Row{s, AccountFilter::searchKey(s), collator().sortKey(s.lastName + u' ' + s.firstName),
               collator().sortKey(stage + u' ' + s.className)};
}

QVariant StudentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Student &s = student(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.displayName();
        case ClassColumn:
            return s.className;
        case MefColumn:
            return s.mef.label;
        case LoginColumn:
            return s.login;
        case StateColumn:
            return accountStateLabel(s.state);
        case OriginColumn:
            return accountOriginLabel(s.origin);
        case NotifiedColumn:
            return frenchDate(s.notifiedAt);
        case LastLoginColumn:
            return frenchDate(s.lastLoginAt.toLocalTime().date());
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == SelectColumn)
            return m_checked.contains(s.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return m_stateIcons[int(s.state)];
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return plainToolTip(s.lastName + u' ' + s.firstName);
        if (index.column() == MefColumn)
            return plainToolTip(s.mef.code.isEmpty() ? s.mef.label
                                                     : s.mef.label + u" ("_s + s.mef.code + u')');
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == SelectColumn)
            return tr("Select %1").arg(s.displayName());
        return {};
    case IdRole:
        return s.id;
    default:
        return {};
    }
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SelectColumn:
        return QString();
    case NameColumn:
        return tr("Pupil");
    case ClassColumn:
        return tr("Class");
    case MefColumn:
        return tr("MEF");
    case LoginColumn:
        return tr("Identifier");
    case StateColumn:
        return tr("Account status");
    case OriginColumn:
        return tr("Account origin");
    case NotifiedColumn:
        return tr("Notification date");
    case LastLoginColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

Qt::ItemFlags StudentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == SelectColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool StudentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != SelectColumn || role != Qt::CheckStateRole)
        return false;
    setChecked({index.row()}, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

void StudentTableModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = INT_MAX;
    int last = -1;
    for (int row : rows) {
        const QString &id = student(row).id;
        const bool changed = checked ? !m_checked.contains(id) : m_checked.contains(id);
        if (!changed)
            continue;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    emit dataChanged(index(first, SelectColumn), index(last, SelectColumn), {Qt::CheckStateRole});
    emit checkedChanged(checkedCount());
}

void StudentTableModel::clearChecked()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_rows.empty())
        emit dataChanged(index(0, SelectColumn), index(rowCount() - 1, SelectColumn), {Qt::CheckStateRole});
    emit checkedChanged(0);
}

void StudentTableModel::setStudents(const QList<Student> &students)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(students.size()));
    QSet<QString> present;
    for (const Student &s : students) {
        m_rows.push_back(makeRow(s));
        present.insert(s.id);
    }
    m_checked.intersect(present);
    endResetModel();
    emit checkedChanged(checkedCount());
}

void StudentTableModel::updateStudents(const QList<Student> &students)
{
    QHash<QString, const Student *> incoming;
    incoming.reserve(students.size());
    for (const Student &s : students)
        incoming.insert(s.id, &s);

    // Removals, from the end so row numbers stay valid; contiguous runs in one signal.
    const int checkedBefore = checkedCount();
    for (int row = rowCount() - 1; row >= 0;) {
        if (incoming.contains(m_rows[size_t(row)].student.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows[size_t(first - 1)].student.id))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_checked.remove(m_rows[size_t(r)].student.id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Updates in place.
    QSet<QString> known;
    for (int row = 0; row < rowCount(); ++row) {
        Row &r = m_rows[size_t(row)];
        known.insert(r.student.id);
        const Student *fresh = incoming.value(r.student.id);
        if (fresh && !(*fresh == r.student)) {
            r = makeRow(*fresh);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // Insertions, appended in one block (the proxy sorts them into place).
    std::vector<Row> added;
    for (const Student &s : students) {
        if (!known.contains(s.id))
            added.push_back(makeRow(s));
    }
    if (!added.empty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
        std::move(added.begin(), added.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    if (checkedCount() != checkedBefore)
        emit checkedChanged(checkedCount());
}

bool StudentTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &a = m_rows[size_t(leftRow)];
    const Row &b = m_rows[size_t(rightRow)];
    auto byName = [&]() { return a.nameKey.compare(b.nameKey) < 0; };
    switch (column) {
    case SelectColumn: {
        const bool ca = m_checked.contains(a.student.id);
        const bool cb = m_checked.contains(b.student.id);
        return ca != cb ? ca : byName();
    }
    case ClassColumn:
        if (int c = a.classKey.compare(b.classKey))
            return c < 0;
        return byName();
    case MefColumn:
        if (int c = collator().compare(a.student.mef.label, b.student.mef.label))
            return c < 0;
        return byName();
    case LoginColumn:
        return a.student.login < b.student.login;
    case StateColumn:
        if (a.student.state != b.student.state)
            return a.student.state < b.student.state;
        return byName();
    case OriginColumn:
        if (a.student.origin != b.student.origin)
            return collator().compare(accountOriginLabel(a.student.origin), accountOriginLabel(b.student.origin)) < 0;
        return byName();
    case NotifiedColumn:
        if (a.student.notifiedAt != b.student.notifiedAt)
            return a.student.notifiedAt < b.student.notifiedAt;
        return byName();
    case LastLoginColumn:
        if (a.student.lastLoginAt != b.student.lastLoginAt)
            return a.student.lastLoginAt < b.student.lastLoginAt;
        return byName();
    case NameColumn:
    default:
        if (int c = a.nameKey.compare(b.nameKey))
            return c < 0;
        return a.student.id < b.student.id;
    }
}

template <typename Field>
QStringList StudentTableModel::distinct(Field field) const
{
    QSet<QString> values;
    for (const Row &r : m_rows) {
        const QString &v = field(r.student);
        if (!v.isEmpty())
            values.insert(v);
    }
    QStringList list(values.cbegin(), values.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return collator().compare(a, b) < 0; });
    return list;
}

QStringList StudentTableModel::classNames() const
{
    QHash<QString, QString> levelOf; // a class's level, from its first pupil
    for (const Row &r : m_rows) {
        if (!r.student.className.isEmpty() && !levelOf.contains(r.student.className))
            levelOf.insert(r.student.className, r.student.level);
    }
    QStringList list = levelOf.keys();
    const ClassOrder order;
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        return order.compare(a, b, levelOf.value(a), levelOf.value(b)) < 0;
    });
    return list;
}

QStringList StudentTableModel::mefLabels() const
{
    return distinct([](const Student &s) -> const QString & { return s.mef.label; });
}

} // namespace educonnect::ui
