#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace educonnect {

// RFC 4648 base32 (the form authenticator apps use for TOTP secrets); spaces and padding ignored.
Result<QByteArray> decodeBase32(QStringView text);

// RFC 6238 TOTP with HMAC-SHA1, 30-second steps, 6 digits: the OTP the sign-in asks for.
QString totpCode(const QByteArray &secret, const QDateTime &at);

} // namespace educonnect
