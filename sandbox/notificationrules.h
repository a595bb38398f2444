#pragma once

#include "sandboxtypes.h"

#include <QDate>
#include <QString>

namespace sandbox {

// What one (re)notification did to an account: the letter variant and the password it shows
// (empty for `redistribution`: the password is unchanged and unknown to the server).
struct NotificationOutcome
{
    QString variant; // distribution, redistribution, password_change
    QString temporaryPassword;
};

// The account-state rules of DESIGN.md section 2 and the ministry's letter table, the same for
// pupils and guardians. Changes `account` (state, origin, provisional password, notification date).
NotificationOutcome applyNotification(AccountRecord &account, bool reset, const QDate &today);

// A fresh provisional password: 8 characters, A-Z and 0-9, from the system's secure source.
QString randomPassword();

} // namespace sandbox
