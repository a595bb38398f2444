#include "notificationrules.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sandbox {

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString password;
    for (int i = 0; i < 8; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return password;
}

NotificationOutcome applyNotification(AccountRecord &account, bool reset, const QDate &today)
{
    NotificationOutcome outcome;
    if (account.state == u"not_notified"_s) {
        // A first notification: reset or not, the letter hands out a new password.
        account.provisionalPassword = randomPassword();
        account.state = u"notified"_s;
        account.origin = u"school"_s;
        outcome = {u"distribution"_s, account.provisionalPassword};
    } else if (reset) {
        // Someone who never signed in gets a distribution letter; the others a password change.
        account.provisionalPassword = randomPassword();
        outcome = {account.state == u"notified"_s ? u"distribution"_s : u"password_change"_s,
                   account.provisionalPassword};
    } else if (account.state == u"notified"_s) {
        if (account.provisionalPassword.isEmpty())
            account.provisionalPassword = randomPassword();
        outcome = {u"distribution"_s, account.provisionalPassword};
    } else {
        // Signed in already: the letter never tells them to « activer », nor shows a password.
        outcome = {u"redistribution"_s, QString()};
    }
    account.notifiedAt = today;
    return outcome;
}

} // namespace sandbox
