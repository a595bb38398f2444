#pragma once

#include "sandboxstore.h"
#include "tlsidentity.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace sandbox {

// The reference implementation of API v1 (docs/api/openapi.yaml) over HTTPS: sessions with TOTP,
// role checks, cursor-based pupil sync and notifications with the account-state rules.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxStore *store, QObject *parent = nullptr);

    // How long a batch's letters can be fetched again (default: three months, as the letters).
    // A test sets seconds to check expiry.
    void setBatchValiditySeconds(qint64 seconds) { m_batchValiditySeconds = seconds; }

    // Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const TlsIdentity &identity, QString *error);

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    static constexpr int kMaxIdsPerRequest = 200;
    static constexpr int kMaxFailedSignIns = 5;

private:
    struct Session
    {
        QString login;
        QDateTime expiresAt;
    };
    struct Request
    {
        QByteArray method;
        QString path; // after /api/v1
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;
        QByteArray idempotencyKey;
    };

    Response dispatch(const Request &request);
    Response signIn(const Request &request);
    Response signOut(const Request &request);
    Response establishment(const Session &session, const QString &uai);
    Response students(const Session &session, const QString &uai, const Request &request);
    Response notify(const Session &session, const QString &uai, const Request &request);
    Response batch(const Session &session, const QString &uai, const QString &batchId);

    // The session of a bearer token, or the 401 to answer.
    const Session *authenticate(const Request &request) const;
    std::optional<Response> checkEstablishment(const Session &session, const QString &uai) const;

    QByteArray encodeCursor(qint64 version) const;
    std::optional<qint64> decodeCursor(const QString &cursor) const;

    QHttpServer m_http;
    SandboxStore *m_store;
    QHash<QByteArray, Session> m_sessions;
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, Failures> m_failures;
    qint64 m_batchValiditySeconds = -1; // -1: until the letters' own end of validity
};

} // namespace sandbox
