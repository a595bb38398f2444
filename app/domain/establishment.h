#pragma once

#include <QString>
#include <QStringView>

namespace educonnect {

// Where the activation URL printed on letters comes from (Paramétrage screen).
struct NotificationSettings
{
    QString pupilUrl;
    bool pupilUrlEnabled = false;
    QString guardianUrl;
    bool guardianUrlEnabled = false;
};

struct Establishment
{
    QString uai;
    QString name;
    QString type;
    NotificationSettings notification;
};

// UAI: 7 digits + a check letter; the number mod 23 indexes "ABCDEFGHJKLMNPRSTUVWXYZ".
bool isValidUai(QStringView uai);
QChar uaiCheckLetter(QStringView sevenDigits);

} // namespace educonnect
