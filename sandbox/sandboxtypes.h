#pragma once

// The sandbox plays the server: it shares the API's JSON schema (docs/api/openapi.yaml) with the
// client, never the client's code, so a mapping bug cannot hide by being the same on both sides.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sandbox {

struct PupilRecord
{
    QString id;
    QString uai;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString className;
    QString level;
    QString mefCode;
    QString mefLabel;
    QString login;
    QString state; // wire names: not_notified, notified, activation_pending, activated
    QString origin;
    QString email;
    QDate notifiedAt;
    QDateTime lastLoginAt;
    QString provisionalPassword; // set while the account's password is provisional
    QStringList guardianIds;
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
