#pragma once

#include "accountstate.h"
#include "student.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace educonnect {

// A child a parent account covers: a pupil of this establishment (id set), or a child in another
// establishment, named with that school (uai and establishmentName set, no id).
struct GuardianChild
{
    QString id;
    QString lastName;
    QString firstName;
    QString className;
    QString uai;
    QString establishmentName;

    bool isElsewhere() const { return id.isEmpty(); }
    friend bool operator==(const GuardianChild &a, const GuardianChild &b);
};

// A parent (responsable) account as the server describes it. Never holds a password.
struct Guardian
{
    QString id;
    QString lastName;
    QString firstName;
    QString login;
    AccountState state = AccountState::NotNotified;
    AccountOrigin origin = AccountOrigin::Unknown;
    QString email;
    QString mobile; // as the server gives it, for display
    QDate notifiedAt;
    QDateTime lastLoginAt;
    // The password is still the provisional one the school handed out (Dépannage shows it on
    // demand); false once the holder changed it, or before any notification.
    bool passwordProvisional = false;
    QList<GuardianChild> children;

    // "NOM Prénom", as the web screens list people.
    QString displayName() const;
    // The classes of the children of this establishment.
    QStringList childClasses() const;

    friend bool operator==(const Guardian &a, const Guardian &b);
};

using GuardianPage = SyncPage<Guardian>;

} // namespace educonnect
