#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace educonnect {

// What a sandbox writes with --connection-file: where it listens, which CA signed its certificate,
// and the demo account. The demo password and OTP secret are the sandbox's own training
// credentials, not school data.
struct ConnectionInfo
{
    QUrl baseUrl;
    QString caCertificatePath;
    QString login;
    QString password;
    QByteArray totpSecret; // decoded
    QString uai;           // the demo establishment
};

Result<ConnectionInfo> readConnectionFile(const QString &path);

} // namespace educonnect
