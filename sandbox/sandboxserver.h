#pragma once

#include "faults.h"
#include "responsewriter.h"
#include "sandboxstore.h"
#include "tlsidentity.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace sandbox {

// The reference implementation of API v1 (docs/api/openapi.yaml) over HTTPS: sessions with TOTP,
// role checks, cursor-based sync of pupils and guardians, and their notifications with the
// account-state rules.
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

    using Response = sandbox::Response;

    // Where the e-mails the sandbox would have sent are written, one JSON object per line (to,
    // subject, body…): its outbox, for tests and trainers. Empty: none kept.
    void setOutboxFile(const QString &path) { m_outboxFile = path; }

    // Test-only misbehaviour (see faults.h), applied in the order given.
    void setFaults(const QList<Fault> &faults) { m_faults = faults; }

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

    void handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket);
    Response dispatch(const Request &request);
    // The fault that hits this request of `route`, counting it; nullptr for none.
    const Fault *faultFor(const QString &route);
    static Response misbehave(const Fault &fault, const Request &request, Response response);
    Response signIn(const Request &request);
    Response signOut(const Request &request);
    Response establishment(const Session &session, const QString &uai);
    // Paramétrage. POST …/settings/verify-url {url}: whether the address would be
    // reached (simulated: the sandbox goes nowhere, docs/sandbox.md); PUT …/settings/notification-urls:
    // the addresses, an address printed on letters only once verified reachable here.
    // Paramétrage's requests: the head of establishment's only, with a JSON object body (in `body`);
    // otherwise the refusal to send.
    std::optional<Response> settingsRequestBody(const Session &session, const Request &request,
                                                QJsonObject *body) const;
    Response verifyUrl(const Session &session, const QString &uai, const Request &request);
    Response saveNotificationSettings(const Session &session, const QString &uai, const Request &request);
    // The two kinds of accounts, as their paths name them.
    enum class Kind { Students, Guardians };
    Response syncPage(Kind kind, const QString &uai, const Request &request);
    // POST …/notifications ({ids, channel, reset}) and POST …/password-resets ({ids}: a new
    // provisional password for each account already notified; a never-notified one is skipped).
    enum class Operation { Notify, ResetPasswords };
    Response notify(Kind kind, const Session &session, const QString &uai, const Request &request,
                    Operation operation = Operation::Notify);
    Response batch(const Session &session, const QString &uai, const QString &batchId);
    // POST …/{students|guardians}/{id}/activation-email [{email}]: the confirmation link again, for
    // an account waiting for it (« En cours d'activation »), to the address given (saved) or known.
    Response activationEmail(Kind kind, const QString &uai, const QString &accountId, const Request &request);
    // Appends one e-mail to the outbox.
    void sendEmail(const AccountRecord &account, const QString &kindName, const QString &what, const QString &variant,
                   const QString &subject, const QString &body);
    // A pupil's or a parent's provisional password, in clear while it is provisional (Dépannage).
    Response provisionalPassword(const Session &session, const QString &uai, const QString &accountId);

    // The session of a bearer token, or the 401 to answer.
    const Session *authenticate(const Request &request) const;
    std::optional<Response> checkEstablishment(const Session &session, const QString &uai) const;

    // A cursor names its resource: a pupils' cursor on the guardians' sync is unknown (410).
    QByteArray encodeCursor(Kind kind, qint64 version) const;
    std::optional<qint64> decodeCursor(Kind kind, const QString &cursor) const;

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
    QList<Fault> m_faults;
    QString m_outboxFile;
    QHash<QString, int> m_requestCounts; // per fault route
    // Per establishment, the addresses a verification found reachable (memory only: a restart forgets
    // them; an address already enabled stays acceptable as it is).
    QHash<QString, QSet<QString>> m_verifiedUrls;
};

} // namespace sandbox
