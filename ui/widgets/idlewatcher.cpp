#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <limits>

namespace educonnect::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setDelayMinutes(int minutes)
{
    setDelayMs(qint64(std::max(0, minutes)) * 60 * 1000);
}

void IdleWatcher::setDelayMs(qint64 ms)
{
    m_delayMs = std::max<qint64>(0, ms);
    restart();
}

void IdleWatcher::restart()
{
    m_sinceInput.start();
    if (m_delayMs > 0)
        m_timer.start(int(std::min<qint64>(m_delayMs, std::numeric_limits<int>::max())));
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // Only what a person did: Qt also sends itself mouse moves (e.g. when a widget appears
        // under the pointer), which must not keep a deserted machine awake.
        if (event->spontaneous() && m_delayMs > 0) {
            // A mouse move arrives many times a second: note the time, and let the timer, when it
            // fires, see how long it has really been.
            m_sinceInput.start();
            if (!m_timer.isActive())
                m_timer.start(int(std::min<qint64>(m_delayMs, std::numeric_limits<int>::max())));
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (m_delayMs <= 0)
        return;
    const qint64 left = m_delayMs - m_sinceInput.elapsed();
    if (left > 0) {
        m_timer.start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));
        return;
    }
    emit idle(); // the timer stays off until the next input
}

} // namespace educonnect::ui
