#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace educonnect::ui {

// Says when nobody has used the keyboard or the mouse for a while, anywhere in the application
// (an application-wide event filter), so that the window can lock itself on a shared machine.
// Off until a delay is set.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 (or less): never idle. Starts counting from now.
    void setDelayMinutes(int minutes);
    // The same in milliseconds (tests, and a finer delay).
    void setDelayMs(qint64 ms);
    qint64 delayMs() const { return m_delayMs; }
    bool isEnabled() const { return m_delayMs > 0; }
    // Counts from now, as after user input (e.g. once the window is unlocked).
    void restart();

signals:
    // `delay` without input; once per idle period: the next input starts a new one.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    qint64 m_delayMs = 0;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace educonnect::ui
