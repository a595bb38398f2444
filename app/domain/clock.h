#pragma once

#include <QDate>
#include <QDateTime>

namespace educonnect {

// The date and time the rules work with (the follow-up criteria, letters expiring, the day of a
// statistics snapshot, the day a letter is issued): the system's, unless a test fixed it, so
// that a test of « more than 15 days » or « expires within 15 days » means the same whatever
// the day it runs on.
class Clock
{
public:
    static QDateTime now();
    static QDate today() { return now().date(); }

    // Tests: from now on, `fixed` is the time; an invalid one gives the system's back.
    static void setForTests(const QDateTime &fixed);
};

} // namespace educonnect
