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

    bool operator==(const NotificationSettings &o) const
    {
        return pupilUrl == o.pupilUrl && pupilUrlEnabled == o.pupilUrlEnabled && guardianUrl == o.guardianUrl
               && guardianUrlEnabled == o.guardianUrlEnabled;
    }
    bool operator!=(const NotificationSettings &o) const { return !(*this == o); }
};

// The longest activation address the client sends and the server keeps.
inline constexpr int kMaxNotificationUrlLength = 2048;

// What the server found at an activation address (Paramétrage, « Vérifier »).
struct UrlCheck
{
    QString url;
    bool reachable = false;
    // Why not, as a code the client words itself: invalid_url, not_https, unknown_host, http_error,
    // or one this client does not know yet (then `reason`, the server's own words, is shown).
    QString reasonCode;
    QString reason;
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
