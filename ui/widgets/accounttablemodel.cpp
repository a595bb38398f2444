#include "accounttablemodel.h"

#include "domain/clock.h"
#include "domain/staterules.h"

#include <QCollator>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

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

} // namespace

AccountTableModel::AccountTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_stateIcons[size_t(AccountState::NotNotified)] = dot(QColor(0x9e, 0x9e, 0x9e));
    m_stateIcons[size_t(AccountState::NotifiedNotActivated)] = dot(QColor(0x1e, 0x88, 0xe5));
    m_stateIcons[size_t(AccountState::ActivationPending)] = dot(QColor(0xfb, 0x8c, 0x00));
    m_stateIcons[size_t(AccountState::Activated)] = dot(QColor(0x2e, 0x7d, 0x32));
}

QCollator AccountTableModel::frenchCollator()
{
    QCollator french{QLocale(QLocale::French, QLocale::France)};
    french.setNumericMode(true);
    french.setCaseSensitivity(Qt::CaseInsensitive);
    return french;
}

QCollator &AccountTableModel::collator()
{
    static QCollator c = frenchCollator();
    return c;
}

QString AccountTableModel::frenchDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

int AccountTableModel::originRank(AccountOrigin origin)
{
    static const std::array<int, 6> ranks = [] {
        std::array<AccountOrigin, 6> origins{AccountOrigin::School,        AccountOrigin::Guardian,
                                             AccountOrigin::FranceConnect, AccountOrigin::Aten,
                                             AccountOrigin::Ent,           AccountOrigin::Unknown};
        std::sort(origins.begin(), origins.end(), [](AccountOrigin a, AccountOrigin b) {
            return collator().compare(accountOriginLabel(a), accountOriginLabel(b)) < 0;
        });
        std::array<int, 6> rank{};
        for (size_t i = 0; i < origins.size(); ++i)
            rank[size_t(origins[i])] = int(i);
        return rank;
    }();
    return ranks[size_t(origin)];
}

QString AccountTableModel::commonHeader(Common column)
{
    switch (column) {
    case Common::Login:
        return tr("Identifier");
    case Common::State:
        return tr("Account status");
    case Common::Origin:
        return tr("Account origin");
    case Common::Email:
        return tr("E-mail address");
    case Common::Notified:
        return tr("Notification date");
    case Common::LastLogin:
        return tr("Last sign-in");
    case Common::Password:
        return tr("Password");
    }
    return {};
}

QString AccountTableModel::emailText(const QString &email)
{
    return email.isEmpty() ? tr("No") : tr("Yes");
}

QString AccountTableModel::expiryNote(AccountState state, const QDate &notifiedAt)
{
    switch (letterExpiry(state, notifiedAt, Clock::today())) {
    case LetterExpiry::Expired:
        return u" — "_s + tr("expired");
    case LetterExpiry::Soon:
        return u" — "_s + tr("expires %1").arg(QLocale().toString(letterValidUntil(notifiedAt), u"d MMM"_s));
    case LetterExpiry::None:
        break;
    }
    return {};
}

QString AccountTableModel::expiryToolTip(AccountState state, const QDate &notifiedAt)
{
    switch (letterExpiry(state, notifiedAt, Clock::today())) {
    case LetterExpiry::Expired:
        return tr("The letter expired on %1 and the account was never activated: hand out a new one.")
            .arg(QLocale().toString(letterValidUntil(notifiedAt), QLocale::ShortFormat));
    case LetterExpiry::Soon:
        return tr("The letter expires on %1 and the account is not activated yet.")
            .arg(QLocale().toString(letterValidUntil(notifiedAt), QLocale::ShortFormat));
    case LetterExpiry::None:
        break;
    }
    return {};
}

QString AccountTableModel::selectText(const QString &name)
{
    return tr("Select %1").arg(name);
}

Qt::ItemFlags AccountTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == SelectColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AccountTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != SelectColumn ||
        role != Qt::CheckStateRole)
        return false;
    setChecked({index.row()}, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

QList<int> AccountTableModel::checkedRows() const
{
    QList<int> rows;
    if (m_checked.isEmpty())
        return rows;
    rows.reserve(m_checked.size());
    for (int row = 0, n = rowCount(); row < n; ++row) {
        if (m_checked.contains(accountId(row)))
            rows << row;
    }
    return rows;
}

void AccountTableModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = INT_MAX;
    int last = -1;
    for (int row : rows) {
        const QString &id = accountId(row);
        if (checked == m_checked.contains(id))
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

void AccountTableModel::clearChecked()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, SelectColumn), index(rowCount() - 1, SelectColumn), {Qt::CheckStateRole});
    emit checkedChanged(0);
}

void AccountTableModel::uncheck(const QSet<QString> &ids)
{
    const qsizetype before = m_checked.size();
    m_checked -= ids;
    if (m_checked.size() == before)
        return;
    if (rowCount() > 0)
        emit dataChanged(index(0, SelectColumn), index(rowCount() - 1, SelectColumn), {Qt::CheckStateRole});
    emit checkedChanged(int(m_checked.size()));
}

bool AccountTableModel::keepCheckedOnly(const QSet<QString> &present)
{
    const qsizetype before = m_checked.size();
    m_checked.intersect(present);
    return m_checked.size() != before;
}

void AccountTableModel::sortQuietly()
{
    permute(sortedRows(m_sortColumn, m_sortOrder));
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const std::vector<int> rows = sortedRows(m_sortColumn, m_sortOrder);
    bool moved = false;
    for (size_t i = 0; i < rows.size() && !moved; ++i)
        moved = rows[i] != int(i);
    if (!moved)
        return;

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRow(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        newRow[size_t(rows[i])] = int(i);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(newRow[size_t(index.row())], index.column());
    permute(rows);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AccountTableModel::restoreOrder()
{
    if (!isSorted(m_sortColumn, m_sortOrder))
        sort(m_sortColumn, m_sortOrder);
}

} // namespace educonnect::ui
