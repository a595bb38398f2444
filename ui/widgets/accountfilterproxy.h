#pragma once

#include "domain/accountfilter.h"

#include <QSortFilterProxyModel>

namespace educonnect::ui {

class AccountTableModel;

// The list criteria (AccountFilter) over an AccountTableModel of either kind of account. It only
// filters: sorting is the source model's, which keeps its rows in order on precomputed keys, so a
// change of criteria is one pass over the rows and one layout change, whatever the list's size.
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterProxy(QObject *parent = nullptr);

    // Must be an AccountTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    AccountTableModel *accountModel() const { return m_model; }
    const AccountFilter &filter() const { return m_filter; }
    // Re-filters only when the criteria actually changed.
    void setFilter(const AccountFilter &filter);
    // Sorting a view sorts the source model's rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Source rows of every visible (filtered) row, in the order shown.
    QList<int> visibleSourceRows() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AccountTableModel *m_model = nullptr;
    AccountFilter m_filter;
};

} // namespace educonnect::ui
