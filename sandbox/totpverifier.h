#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sandbox {

// RFC 6238 (HMAC-SHA1, 30 s, 6 digits) as the server checks it: accepts the code of the current
// step and of one step either side, to allow for clock drift.
bool verifyTotp(const QString &base32Secret, const QString &code, const QDateTime &now);
QString newTotpSecret(); // 20 random bytes, base32

} // namespace sandbox
