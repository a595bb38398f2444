#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// A throw-away CA and a server certificate it signed, for localhost and 127.0.0.1: the sandbox
// serves real TLS and clients trust exactly this CA (never "ignore errors").
struct TlsIdentity
{
    QByteArray caCertificatePem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
};

bool generateTlsIdentity(TlsIdentity *identity, QString *error);

} // namespace sandbox
