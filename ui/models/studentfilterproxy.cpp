#include "studentfilterproxy.h"

#include "models/studenttablemodel.h"

namespace educonnect::ui {

StudentFilterProxy::StudentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void StudentFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<StudentTableModel *>(model);
    Q_ASSERT(m_model);
    QSortFilterProxyModel::setSourceModel(model);
}

void StudentFilterProxy::setFilter(const AccountFilter &filter)
{
    bool changed = m_filter.setText(filter.text());
    changed |= m_filter.setClasses(filter.classes());
    changed |= m_filter.setMefLabels(filter.mefLabels());
    changed |= m_filter.setStates(filter.states());
    if (!changed)
        return;
    invalidateFilter();
    emit filterChanged();
}

QList<int> StudentFilterProxy::visibleSourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows << mapToSource(index(i, 0)).row();
    return rows;
}

bool StudentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.matches(m_model->student(sourceRow), m_model->searchKey(sourceRow));
}

bool StudentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->lessThan(left.row(), right.row(), left.column());
}

} // namespace educonnect::ui
