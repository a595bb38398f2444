#pragma once

#include "domain/accountkind.h"
#include "domain/accountstate.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSet>

#include <array>
#include <vector>

class QCollator;

namespace educonnect {
class AccountFilter;
}

namespace educonnect::ui {

// What the lists of both tabs (Élèves, Responsables) share, whatever the account kind: a checkbox
// column first, check state kept as a set of account ids (it survives sorting, filtering and a
// refresh from the cache), rows kept sorted here on precomputed collation keys, and the hooks the
// shared proxy, page and header use. AccountListModel<Account> implements it for one account type;
// a tab's model only declares its columns.
//
// Rows are sorted in this model, not in the proxy: the proxy then only filters, and a change of
// criteria costs one pass over the rows and one layout change instead of a sorted insertion and a
// signal per run of rows (STACK-NOTES.md, model/view performance).
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Common { Login, State, Origin, Email, Notified, LastLogin, Password };
    // The header of a column every list has (one wording for both tabs).
    static QString commonHeader(Common column);
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int SelectColumn = 0;
    static constexpr int NameColumn = 1; // the person, right after the checkbox, in every list
    // The Dépannage column (« Mot de passe »), last in every list, hidden until asked for.
    int passwordColumn() const { return columnCount() - 1; }

    virtual AccountKind kind() const = 0;
    virtual const QString &accountId(int row) const = 0;
    virtual AccountState accountState(int row) const = 0;
    // The proxy's test: the row's account against the criteria, on its precomputed search key.
    virtual bool matches(const AccountFilter &filter, int row) const = 0;
    // Values for the criteria lists, in the order the screens list them.
    virtual QStringList classNames() const = 0;
    virtual QStringList mefLabels() const { return {}; }
    // The width a column starts with, in pixels.
    virtual int preferredWidth(int column) const = 0;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Reorders the rows (one layout change). Refreshes keep the order; ticking a box does not move
    // its row, even when the list is sorted on the checkbox column.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QSet<QString> checkedIds() const { return m_checked; }
    int checkedCount() const { return int(m_checked.size()); }
    bool isChecked(int row) const { return m_checked.contains(accountId(row)); }
    // Rows of the ticked accounts, in the model's order.
    QList<int> checkedRows() const;
    void setChecked(const QList<int> &rows, bool checked);
    void clearChecked();
    // Unticks these accounts only (those a run took), leaving the rest of the selection.
    void uncheck(const QSet<QString> &ids);

signals:
    void checkedChanged(int count);

protected:
    explicit AccountTableModel(QObject *parent = nullptr);

    // Headers and cell texts of the columns every kind of account has.
    static QString emailText(const QString &email);
    // After a notification date: « — expiré » or « — expire le … » when the letter's provisional
    // password is still waiting and its letter expired or expires within 15 days; else nothing.
    static QString expiryNote(AccountState state, const QDate &notifiedAt);
    static QString expiryToolTip(AccountState state, const QDate &notifiedAt);
    static QString selectText(const QString &name);
    // French, numeric, case-insensitive: « Émile » sorts with « Emile », « 2nde 2 » before « 2nde 10 ».
    static QCollator &collator();
    // A new collator like collator(), for a helper thread (a QCollator is not shared across threads).
    static QCollator frenchCollator();
    static QString frenchDate(const QDate &date);
    // Where an origin's label comes in the collated list of origin labels.
    static int originRank(AccountOrigin origin);
    const QIcon &stateIcon(AccountState state) const { return m_stateIcons[size_t(state)]; }

    // The rows in the order of `column` (-1: by name) and `order`: element i is the row that goes
    // to position i. Ties are broken by name, then id, so the order is total.
    virtual std::vector<int> sortedRows(int column, Qt::SortOrder order) const = 0;
    virtual bool isSorted(int column, Qt::SortOrder order) const = 0;
    // Row i becomes the old row order[i]. No signals: the caller emits them.
    virtual void permute(const std::vector<int> &order) = 0;

    // Puts the rows in the current sort order without signals (inside a model reset).
    void sortQuietly();
    // After a refresh: sorts again if rows are out of order (a layout change; nothing if in order).
    void restoreOrder();
    // Drops the ticks of accounts that are gone; true if the count changed.
    bool keepCheckedOnly(const QSet<QString> &present);
    bool forgetChecked(const QString &id) { return m_checked.remove(id); }

private:
    QSet<QString> m_checked;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::array<QIcon, 4> m_stateIcons;
};

} // namespace educonnect::ui
