#pragma once

// The sandbox plays the server: it shares the API's JSON schema (docs/api/openapi.yaml) with the
// client, never the client's code, so a mapping bug cannot hide by being the same on both sides.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// What pupils' and guardians' accounts have in common: the state rules work on this part alone.
struct AccountRecord
{
    QString id;
    QString uai;
    QString lastName;
    QString firstName;
    QString login;
    QString state; // wire names: not_notified, notified, activation_pending, activated
    QString origin;
    QString email;
    QString mobile; // parents only: "06 39 98 12 34" (a range kept for fiction), or empty
    QDate notifiedAt;
    QDateTime lastLoginAt;
    QString provisionalPassword; // set while the account's password is provisional
};

struct PupilRecord : AccountRecord
{
    QDate birthDate;
    QString className;
    QString level;
    QString mefCode;
    QString mefLabel;
    QStringList guardianIds;
};

// A guardian's child at another establishment: known by name only, with that school's UAI.
struct OtherChild
{
    QString uai;
    QString establishmentName;
    QString lastName;
    QString firstName;
    QString className; // may be empty: the other school did not say

    bool operator==(const OtherChild &o) const
    {
        return uai == o.uai && establishmentName == o.establishmentName && lastName == o.lastName &&
               firstName == o.firstName && className == o.className;
    }
};

struct GuardianRecord : AccountRecord
{
    QStringList childIds; // pupils of this establishment, in the order they were attached
    QList<OtherChild> otherChildren;
};

struct EstablishmentRecord
{
    QString uai;
    QString name;
    QString type;
    QString pupilUrl;
    bool pupilUrlEnabled = false;
    QString guardianUrl;
    bool guardianUrlEnabled = false;
};

struct UserRecord
{
    QString login;
    QString password;
    QString totpSecretBase32;
    QString name;
    QStringList roles;
    QStringList uais;
};

} // namespace sandbox
