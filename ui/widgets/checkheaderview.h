#pragma once

#include <QHeaderView>

namespace educonnect::ui {

// A horizontal header whose first section is a tri-state "select all (filtered)" checkbox.
class CheckHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit CheckHeaderView(QWidget *parent = nullptr);

    Qt::CheckState checkState() const { return m_state; }
    void setCheckState(Qt::CheckState state);

signals:
    // The user clicked the box: true = check every filtered row, false = uncheck them.
    void toggled(bool checked);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    Qt::CheckState m_state = Qt::Unchecked;
};

} // namespace educonnect::ui
