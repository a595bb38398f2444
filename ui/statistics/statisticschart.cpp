#include "statisticschart.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {
constexpr int kBarHeight = 18;
constexpr int kBarGap = 6;
constexpr int kMargin = 8;
constexpr int kLegendHeight = 26;
constexpr int kCountWidth = 48;
} // namespace

StatisticsChart::StatisticsChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"statisticsChart"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor StatisticsChart::stateColor(AccountState state)
{
    switch (state) {
    case AccountState::NotNotified:
        return QColor(0xb0, 0xb0, 0xb0);
    case AccountState::NotifiedNotActivated:
        return QColor(0xe8, 0x9b, 0x2a);
    case AccountState::ActivationPending:
        return QColor(0x3f, 0x72, 0xc8);
    case AccountState::Activated:
        break;
    }
    return QColor(0x2a, 0x8f, 0x55);
}

void StatisticsChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    resize(width(), sizeHint().height());
    update();
}

QSize StatisticsChart::sizeHint() const
{
    return {640, kLegendHeight + kMargin * 2 + int(m_bars.size()) * (kBarHeight + kBarGap)};
}

QSize StatisticsChart::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

qreal StatisticsChart::labelWidth() const
{
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    for (const Bar &bar : m_bars)
        widest = std::max(widest, metrics.horizontalAdvance(bar.label));
    return std::min(widest + 8, width() * 0.35);
}

int StatisticsChart::maxTotal() const
{
    int most = 0;
    for (const Bar &bar : m_bars)
        most = std::max(most, bar.counts.total());
    return most;
}

QRectF StatisticsChart::barRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const qreal left = kMargin + labelWidth();
    const qreal full = std::max<qreal>(1, width() - left - kMargin - kCountWidth);
    const int most = std::max(1, maxTotal());
    const qreal length = full * m_bars.at(index).counts.total() / most;
    return {left, qreal(kLegendHeight + kMargin + index * (kBarHeight + kBarGap)), length, qreal(kBarHeight)};
}

int StatisticsChart::barAt(const QPointF &position) const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRectF r = barRect(i);
        // The whole line is the target: a short bar is still easy to click.
        if (position.y() >= r.top() && position.y() <= r.bottom())
            return i;
    }
    return -1;
}

void StatisticsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(font());

    // Legend: one swatch per state, in the state table's order.
    qreal x = kMargin;
    for (AccountState state : kAllAccountStates) {
        const QString label = accountStateLabel(state);
        p.fillRect(QRectF(x, kMargin + 2, 12, 12), stateColor(state));
        p.setPen(palette().text().color());
        p.drawText(QPointF(x + 16, kMargin + 2 + metrics.ascent() - 1), label);
        x += 16 + metrics.horizontalAdvance(label) + 18;
    }

    const qreal labels = labelWidth();
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRectF whole = barRect(i);
        p.setPen(palette().text().color());
        const QString label = metrics.elidedText(bar.label, Qt::ElideRight, labels - 8);
        p.drawText(QRectF(kMargin, whole.top(), labels - 8, whole.height()), Qt::AlignRight | Qt::AlignVCenter,
                   label);
        const int total = bar.counts.total();
        qreal left = whole.left();
        for (AccountState state : kAllAccountStates) {
            const int n = bar.counts.of(state);
            if (n == 0 || total == 0)
                continue;
            const qreal w = whole.width() * n / total;
            p.fillRect(QRectF(left, whole.top(), w, whole.height()), stateColor(state));
            left += w;
        }
        p.setPen(palette().text().color());
        p.drawText(QRectF(whole.right() + 4, whole.top(), kCountWidth, whole.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(total));
    }
}

void StatisticsChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int index = barAt(event->position());
    if (index >= 0)
        emit barClicked(index);
}

void StatisticsChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (index < 0)
        return QToolTip::hideText();
    const Bar &bar = m_bars.at(index);
    // Plain text: a class name could look like markup, and a tooltip guesses rich text.
    QStringList lines{bar.label.toHtmlEscaped()};
    for (AccountState state : kAllAccountStates)
        lines << tr("%1: %2").arg(accountStateLabel(state)).arg(bar.counts.of(state));
    lines << tr("Click to open the list.");
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(u"<br>"_s), this);
}

} // namespace educonnect::ui
