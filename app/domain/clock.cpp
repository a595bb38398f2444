#include "clock.h"

#include <atomic>

namespace educonnect {

namespace {
// Milliseconds since the epoch, or 0 for the system's clock. Atomic: the letters render on
// worker threads.
std::atomic<qint64> g_fixedMs{0};
} // namespace

QDateTime Clock::now()
{
    const qint64 fixed = g_fixedMs.load(std::memory_order_relaxed);
    return fixed != 0 ? QDateTime::fromMSecsSinceEpoch(fixed) : QDateTime::currentDateTime();
}

void Clock::setForTests(const QDateTime &fixed)
{
    g_fixedMs.store(fixed.isValid() ? fixed.toMSecsSinceEpoch() : 0, std::memory_order_relaxed);
}

} // namespace educonnect
