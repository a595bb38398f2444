#pragma once

#include "domain/accountstate.h"
#include "domain/statistics.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace educonnect::ui {

// Stacked horizontal bars, one per group (class, level, MEF): each account state a colour, in the
// order of the state table, with the group's name on the left and its count on the right, and
// a legend. Drawn with QPainter: the same on Linux and in the Windows build (DESIGN's Qt Charts
// cannot be built for Windows here; the README's architecture says why). A click on a bar asks
// for that group's list.
class StatisticsChart : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsChart(QWidget *parent = nullptr);

    struct Bar
    {
        QString label;
        StateCounts counts;
    };
    void setBars(const QList<Bar> &bars);
    int barCount() const { return int(m_bars.size()); }
    // Where bar `index` is drawn (its whole length), for clicks and tests.
    QRectF barRect(int index) const;
    int barAt(const QPointF &position) const;
    static QColor stateColor(AccountState state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    qreal labelWidth() const;
    int maxTotal() const;

    QList<Bar> m_bars;
};

} // namespace educonnect::ui
