#pragma once

#include "domain/accountfilter.h"
#include "widgets/accounttablemodel.h"
#include "widgets/plaintext.h"
#include "widgets/twothreads.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>

#include <algorithm>
#include <functional>
#include <iterator>
#include <numeric>
#include <vector>

namespace educonnect::ui {

// AccountTableModel over a list of one account type (Student, Guardian): the rows, their search
// and collation keys computed once per row, full loads and refreshes with fine-grained signals,
// and the columns every account has. A tab's model derives from it and declares its columns in
// its constructor; the checkbox column comes first on its own.
template <typename Account> class AccountListModel : public AccountTableModel
{
public:
    using Text = std::function<QString(const Account &)>;

    // One column: its header, its text, and how it sorts. Ties always go to the name, then the id.
    class ColumnSpec
    {
    public:
        ColumnSpec(QString header, Text text, int width)
            : m_header(std::move(header)), m_text(std::move(text)), m_width(width)
        {
        }
        // Plain text, shown literally (server data never becomes markup).
        ColumnSpec &toolTip(Text text)
        {
            m_toolTip = std::move(text);
            return *this;
        }
        // Sorts on the collation key of this text, computed once per row and shared between rows
        // with the same text (a class name).
        ColumnSpec &sortByKey(Text keyText)
        {
            m_sort = Sort::Key;
            m_keyText = std::move(keyText);
            return *this;
        }
        ColumnSpec &sortBy(std::function<int(const Account &, const Account &)> compare)
        {
            m_sort = Sort::Compare;
            m_compare = std::move(compare);
            return *this;
        }
        ColumnSpec &withStateIcon()
        {
            m_stateIcon = true;
            return *this;
        }

    private:
        friend class AccountListModel;
        enum class Sort { Name, Key, Compare };
        QString m_header;
        Text m_text;
        int m_width;
        Text m_toolTip;
        Sort m_sort = Sort::Name;
        Text m_keyText;
        int m_keyIndex = 0;
        std::function<int(const Account &, const Account &)> m_compare;
        bool m_stateIcon = false;
    };

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_data.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    int preferredWidth(int column) const override { return m_columns.at(column).m_width; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
            return {};
        const Account &a = account(index.row());
        if (role == IdRole)
            return a.id;
        if (index.column() == SelectColumn) {
            if (role == Qt::CheckStateRole)
                return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::AccessibleTextRole)
                return selectText(a.displayName());
            return {};
        }
        const ColumnSpec &c = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return c.m_text(a);
        case Qt::ToolTipRole:
            return c.m_toolTip ? plainToolTip(c.m_toolTip(a)) : QVariant();
        case Qt::DecorationRole:
            return c.m_stateIcon ? stateIcon(a.state) : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= columnCount())
            return AccountTableModel::headerData(section, orientation, role);
        return m_columns.at(section).m_header;
    }

    const QString &accountId(int row) const override { return account(row).id; }
    AccountState accountState(int row) const override { return account(row).state; }
    bool matches(const AccountFilter &filter, int row) const override
    {
        const Row &r = m_data[size_t(row)];
        return filter.matches(r.account, r.searchKey);
    }

    const Account &account(int row) const { return m_data[size_t(row)].account; }
    const QString &searchKey(int row) const { return m_data[size_t(row)].searchKey; }
    // The ticked accounts, in the model's order.
    QList<Account> checkedAccounts() const
    {
        QList<Account> accounts;
        for (int row : checkedRows())
            accounts << account(row);
        return accounts;
    }

    // Full reload (a model reset).
    void setAccounts(const QList<Account> &accounts)
    {
        beginResetModel();
        m_data.clear();
        m_data.resize(size_t(accounts.size()));
        // The keys are most of a load's time: half of them on a helper thread for a large list.
        splitInTwo(m_data.size(), [this, &accounts](size_t begin, size_t end) {
            QCollator collator = frenchCollator();
            KeyCache keys;
            for (size_t i = begin; i < end; ++i)
                m_data[i] = makeRow(accounts.at(qsizetype(i)), keys, collator);
        });
        if (checkedCount() > 0) {
            QSet<QString> present;
            present.reserve(accounts.size());
            for (const Account &a : accounts)
                present.insert(a.id);
            keepCheckedOnly(present);
        }
        sortQuietly();
        endResetModel();
        emit checkedChanged(checkedCount());
    }

    // A refreshed list, applied with fine-grained signals: removals, changed rows, insertions, then
    // one layout change if the changes put rows out of order.
    void updateAccounts(const QList<Account> &accounts)
    {
        QHash<QString, const Account *> incoming;
        incoming.reserve(accounts.size());
        for (const Account &a : accounts)
            incoming.insert(a.id, &a);

        // Removals, from the end so row numbers stay valid; contiguous runs in one signal.
        bool ticksDropped = false;
        for (int row = rowCount() - 1; row >= 0;) {
            if (incoming.contains(accountId(row))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incoming.contains(accountId(first - 1)))
                --first;
            beginRemoveRows({}, first, row);
            for (int r = first; r <= row; ++r)
                ticksDropped |= forgetChecked(accountId(r));
            m_data.erase(m_data.begin() + first, m_data.begin() + row + 1);
            endRemoveRows();
            row = first - 1;
        }

        // Updates in place.
        KeyCache keys;
        QSet<QString> known;
        known.reserve(rowCount());
        for (int row = 0; row < rowCount(); ++row) {
            Row &r = m_data[size_t(row)];
            known.insert(r.account.id);
            const Account *fresh = incoming.value(r.account.id);
            if (fresh && !(*fresh == r.account)) {
                r = makeRow(*fresh, keys, collator());
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        // Insertions, appended in one block, then sorted into place.
        std::vector<Row> added;
        for (const Account &a : accounts) {
            if (!known.contains(a.id))
                added.push_back(makeRow(a, keys, collator()));
        }
        if (!added.empty()) {
            beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
            std::move(added.begin(), added.end(), std::back_inserter(m_data));
            endInsertRows();
        }
        restoreOrder();
        if (ticksDropped)
            emit checkedChanged(checkedCount());
    }

protected:
    explicit AccountListModel(QObject *parent = nullptr) : AccountTableModel(parent) {}

    // The tab's columns after the checkbox column, in the order of its Column enum.
    void setColumns(const QList<ColumnSpec> &columns)
    {
        m_columns = {ColumnSpec(QString(), {}, 32)};
        m_columns += columns;
        m_keyCount = 1; // key 0 is the name's
        for (ColumnSpec &c : m_columns) {
            if (c.m_sort == ColumnSpec::Sort::Key)
                c.m_keyIndex = m_keyCount++;
        }
    }

    // The columns both kinds of account have. The person's name is given its header by the tab.
    static ColumnSpec nameColumn(const QString &header, int width)
    {
        return ColumnSpec(
                   header, [](const Account &a) { return a.displayName(); }, width)
            .toolTip([](const Account &a) { return a.lastName + u' ' + a.firstName; });
    }
    static ColumnSpec loginColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::Login), [](const Account &a) { return a.login; }, width)
            .sortBy([](const Account &a, const Account &b) { return a.login.compare(b.login); });
    }
    static ColumnSpec stateColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::State), [](const Account &a) { return accountStateLabel(a.state); },
                   width)
            .withStateIcon()
            .sortBy([](const Account &a, const Account &b) { return int(a.state) - int(b.state); });
    }
    static ColumnSpec originColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::Origin),
                   [](const Account &a) { return accountOriginLabel(a.origin); }, width)
            .sortBy([](const Account &a, const Account &b) {
                return originRank(a.origin) - originRank(b.origin);
            });
    }
    static ColumnSpec emailColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::Email), [](const Account &a) { return emailText(a.email); }, width)
            .toolTip([](const Account &a) { return a.email; })
            .sortBy([](const Account &a, const Account &b) {
                return int(a.email.isEmpty()) - int(b.email.isEmpty());
            });
    }
    // The date, flagged when the letter it gave expired or expires soon (follow-up).
    static ColumnSpec notifiedColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::Notified),
                   [](const Account &a) { return frenchDate(a.notifiedAt) + expiryNote(a.state, a.notifiedAt); },
                   width)
            .toolTip([](const Account &a) { return expiryToolTip(a.state, a.notifiedAt); })
            .sortBy(
                [](const Account &a, const Account &b) { return compareValues(a.notifiedAt, b.notifiedAt); });
    }
    // « ****** » once the holder changed it; a provisional one is offered (shown from the account's
    // detail, fetched on demand); nothing before the first notification.
    static ColumnSpec passwordStateColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::Password),
                   [](const Account &a) {
                       if (a.state == AccountState::NotNotified)
                           return QString();
                       return a.passwordProvisional ? AccountTableModel::tr("provisional: Enter to show")
                                                    : QStringLiteral("******");
                   },
                   width)
            .sortBy([](const Account &a, const Account &b) {
                return compareValues(a.passwordProvisional, b.passwordProvisional);
            });
    }

    static ColumnSpec lastLoginColumn(int width)
    {
        return ColumnSpec(
                   commonHeader(Common::LastLogin),
                   [](const Account &a) { return frenchDate(a.lastLoginAt.toLocalTime().date()); }, width)
            .sortBy([](const Account &a, const Account &b) {
                return compareValues(a.lastLoginAt, b.lastLoginAt);
            });
    }

    // Distinct non-empty values of a field over every row, collated.
    QStringList distinct(const std::function<QString(const Account &)> &field) const
    {
        QSet<QString> values;
        for (const Row &r : m_data) {
            const QString v = field(r.account);
            if (!v.isEmpty())
                values.insert(v);
        }
        QStringList list(values.cbegin(), values.cend());
        std::sort(list.begin(), list.end(),
                  [](const QString &a, const QString &b) { return collator().compare(a, b) < 0; });
        return list;
    }

    std::vector<int> sortedRows(int column, Qt::SortOrder order) const override
    {
        const std::vector<char> ticked = ticks(column);
        std::vector<int> rows(m_data.size());
        std::iota(rows.begin(), rows.end(), 0);
        sortInTwo(rows, lessFor(column, order, ticked));
        return rows;
    }

    bool isSorted(int column, Qt::SortOrder order) const override
    {
        const std::vector<char> ticked = ticks(column);
        const Less less = lessFor(column, order, ticked);
        for (int row = 1; row < rowCount(); ++row) {
            if (less(row, row - 1))
                return false;
        }
        return true;
    }

    void permute(const std::vector<int> &order) override
    {
        std::vector<Row> sorted;
        sorted.reserve(m_data.size());
        for (int row : order)
            sorted.push_back(std::move(m_data[size_t(row)]));
        m_data = std::move(sorted);
    }

private:
    struct Row
    {
        Account account;
        QString searchKey;
        std::vector<QCollatorSortKey> keys; // the name's, then one per column sorted by key
    };
    using KeyCache = QHash<QString, QCollatorSortKey>;

    // "Goes before" for a column and an order; ties go to the name, then the id.
    struct Less
    {
        const AccountListModel *model;
        const ColumnSpec *spec; // null: by name (or by tick, then name)
        const std::vector<char> *ticked;
        int sign;

        bool operator()(int a, int b) const
        {
            int c = 0;
            if (!ticked->empty() && (*ticked)[size_t(a)] != (*ticked)[size_t(b)])
                c = (*ticked)[size_t(a)] ? -1 : 1;
            else
                c = model->compareRows(model->m_data[size_t(a)], model->m_data[size_t(b)], spec);
            return sign * c < 0;
        }
    };
    Less lessFor(int column, Qt::SortOrder order, const std::vector<char> &ticked) const
    {
        const ColumnSpec *spec =
            column > SelectColumn && column < columnCount() ? &m_columns.at(column) : nullptr;
        return Less{this, spec, &ticked, order == Qt::AscendingOrder ? 1 : -1};
    }
    // Sorting on the checkbox column: each row's tick, looked up once (empty for other columns).
    std::vector<char> ticks(int column) const
    {
        std::vector<char> ticked;
        if (column == SelectColumn) {
            ticked.resize(m_data.size());
            for (size_t row = 0; row < ticked.size(); ++row)
                ticked[row] = isChecked(int(row));
        }
        return ticked;
    }
    int compareRows(const Row &a, const Row &b, const ColumnSpec *spec) const
    {
        if (spec) {
            int result = 0;
            if (spec->m_sort == ColumnSpec::Sort::Key)
                result = a.keys[size_t(spec->m_keyIndex)].compare(b.keys[size_t(spec->m_keyIndex)]);
            else if (spec->m_sort == ColumnSpec::Sort::Compare)
                result = spec->m_compare(a.account, b.account);
            if (result != 0)
                return result;
        }
        if (const int byName = a.keys.front().compare(b.keys.front()))
            return byName;
        return a.account.id.compare(b.account.id);
    }

    template <typename T> static int compareValues(const T &a, const T &b)
    {
        return a < b ? -1 : (b < a ? 1 : 0);
    }

    Row makeRow(const Account &a, KeyCache &cache, const QCollator &collator) const
    {
        Row r{a, AccountFilter::searchKey(a), {}};
        r.keys.reserve(size_t(m_keyCount));
        r.keys.push_back(collator.sortKey(a.lastName + u' ' + a.firstName));
        for (const ColumnSpec &c : m_columns) {
            if (c.m_sort != ColumnSpec::Sort::Key)
                continue;
            const QString text = c.m_keyText(a);
            auto it = cache.constFind(text);
            if (it == cache.constEnd())
                it = cache.insert(text, collator.sortKey(text));
            r.keys.push_back(*it);
        }
        return r;
    }
    QList<ColumnSpec> m_columns;
    int m_keyCount = 1;
    std::vector<Row> m_data;
};

} // namespace educonnect::ui
