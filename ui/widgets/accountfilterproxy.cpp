#include "accountfilterproxy.h"

#include "widgets/accounttablemodel.h"

namespace educonnect::ui {

AccountFilterProxy::AccountFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // a refreshed row is filtered again
}

void AccountFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<AccountTableModel *>(model);
    Q_ASSERT(m_model || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AccountFilterProxy::setFilter(const AccountFilter &filter)
{
    if (!m_filter.set(filter))
        return;
    // One layout change rather than invalidateFilter()'s removal and insertion signals, one per
    // run of rows: with scattered matches among 50,000 rows, those were thousands per keystroke.
    invalidate();
    emit filterChanged();
}

void AccountFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

QList<int> AccountFilterProxy::visibleSourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows << mapToSource(index(i, 0)).row();
    return rows;
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_model->matches(m_filter, sourceRow);
}

} // namespace educonnect::ui
