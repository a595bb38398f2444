#include "connectioninfo.h"

#include "remote/totp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace educonnect {

Result<ConnectionInfo> readConnectionFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"connection-file"_s, QCoreApplication::translate("ConnectionInfo",
                                                                       "Cannot read the connection file %1: %2")
                                               .arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    ConnectionInfo info;
    info.baseUrl = QUrl(o.value(u"baseUrl"_s).toString());
    info.caCertificatePath = o.value(u"caCertificate"_s).toString();
    info.login = o.value(u"login"_s).toString();
    info.password = o.value(u"password"_s).toString();
    info.uai = o.value(u"uai"_s).toString();
    auto secret = decodeBase32(o.value(u"totpSecret"_s).toString());
    if (parseError.error != QJsonParseError::NoError || !info.baseUrl.isValid() || info.login.isEmpty()
        || !secret || secret.value().isEmpty())
        return Error{u"connection-file"_s,
                     QCoreApplication::translate("ConnectionInfo",
                                                 "The connection file %1 is incomplete or not valid JSON.")
                         .arg(path)};
    info.totpSecret = secret.takeValue();
    if (!info.caCertificatePath.isEmpty() && QFileInfo(info.caCertificatePath).isRelative())
        info.caCertificatePath = QFileInfo(path).absoluteDir().filePath(info.caCertificatePath);
    return info;
}

} // namespace educonnect
