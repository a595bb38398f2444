#pragma once

#include "accountstate.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace educonnect {

// MEF: the ministry's training code and its label (e.g. "2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE").
struct Mef
{
    QString code;
    QString label;
    friend bool operator==(const Mef &a, const Mef &b) { return a.code == b.code && a.label == b.label; }
};

// A pupil account as the server describes it. Never holds a password.
struct Student
{
    QString id;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString className;
    QString level;
    Mef mef;
    QString login;
    AccountState state = AccountState::NotNotified;
    AccountOrigin origin = AccountOrigin::Unknown;
    QString email;
    QDate notifiedAt;
    QDateTime lastLoginAt;
    // The password is still the provisional one the school handed out (Dépannage shows it on
    // demand); false once the holder changed it, or before any notification.
    bool passwordProvisional = false;
    QStringList guardianIds;

    // "NOM Prénom", the way the web screens list pupils.
    QString displayName() const;

    friend bool operator==(const Student &a, const Student &b);
};

// A record of a sync page the client could not read (an unknown state, a missing field): the
// others of the page are kept, and this one is reported. id is empty when it could not be read.
struct RejectedRecord
{
    int index = 0; // 1-based position in its page
    QString id;
    QString reason;
};

// One page of the cursor-based sync (GET .../students, .../guardians).
template <typename Account>
struct SyncPage
{
    QList<Account> items;
    QStringList removed;
    QList<RejectedRecord> rejected;
    QString nextCursor;
    bool hasMore = false;
};
using StudentPage = SyncPage<Student>;

} // namespace educonnect
