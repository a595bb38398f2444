#include "checkheaderview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>

namespace educonnect::ui {

CheckHeaderView::CheckHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
}

void CheckHeaderView::setCheckState(Qt::CheckState state)
{
    if (state == m_state)
        return;
    m_state = state;
    viewport()->update();
}

void CheckHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
    if (logicalIndex != 0)
        return;
    QStyleOptionButton option;
    option.initFrom(this);
    const QSize box(style()->pixelMetric(QStyle::PM_IndicatorWidth), style()->pixelMetric(QStyle::PM_IndicatorHeight));
    option.rect = QRect(rect.center() - QPoint(box.width() / 2, box.height() / 2), box);
    option.state |= QStyle::State_Enabled;
    option.state |= m_state == Qt::Checked          ? QStyle::State_On
                    : m_state == Qt::PartiallyChecked ? QStyle::State_NoChange
                                                      : QStyle::State_Off;
    style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, painter, this);
}

void CheckHeaderView::mousePressEvent(QMouseEvent *event)
{
    if (logicalIndexAt(event->position().toPoint()) == 0 && event->button() == Qt::LeftButton) {
        emit toggled(m_state != Qt::Checked);
        event->accept();
        return;
    }
    QHeaderView::mousePressEvent(event);
}

} // namespace educonnect::ui
