#pragma once

#include "domain/accountfilter.h"

#include <QSortFilterProxyModel>

namespace educonnect::ui {

class StudentTableModel;

// Filters with a AccountFilter and sorts with the model's precomputed collation keys.
class StudentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StudentFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    const AccountFilter &filter() const { return m_filter; }
    // Re-filters only when the criteria actually changed.
    void setFilter(const AccountFilter &filter);

    // Source rows of every visible (filtered) row.
    QList<int> visibleSourceRows() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StudentTableModel *m_model = nullptr;
    AccountFilter m_filter;
};

} // namespace educonnect::ui
