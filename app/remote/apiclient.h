#pragma once

#include "domain/accountkind.h"
#include "remote/jsonmapping.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace educonnect {

// Where the server is, whom to trust for it, and the limits of a conversation with it.
struct ServerConfig
{
    QUrl baseUrl; // e.g. https://127.0.0.1:8443 (the client adds /api/v1)
    // Trusted besides the system store (a school's private CA, or the demo sandbox's CA).
    QList<QSslCertificate> extraCaCertificates;
    // The operating system's trust store. Off only in demo mode, which trusts nothing but the CA
    // its own sandbox generated.
    bool trustSystemStore = true;
    int transferTimeoutMs = 30000; // no byte for this long: the request failed
    int retryDelayMs = 500;        // first pause before a retry; doubles at each try
    int maxRetryAfterSeconds = 60; // a 429 asking to wait longer is reported, not waited for
    // One answer at most. The largest the API sends (a page of 1,000 pupils) is under 1 MB; 16 MB
    // keeps a hostile answer well within the memory budget (DESIGN.md section 7: peak <= 100 MB,
    // of which the app itself takes ~40; docs/PERFORMANCE.md).
    qint64 maxResponseBytes = qint64(16) * 1024 * 1024;
};

// Reads a PEM file of one or more CA certificates; an unreadable or empty file is an error.
Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);

// The CA certificates a client with this configuration trusts: the system store (unless off)
// plus the extra ones. Built explicitly: on Qt 6.4, adding CAs to the default configuration
// stops it from loading the system roots on demand.
QList<QSslCertificate> trustedCaCertificates(const ServerConfig &config);

// The one owner of the QNetworkAccessManager: HTTPS JSON calls of API v1, bearer session,
// strict TLS (1.2 or later, no redirect to another origin), bounded answers, retries of
// idempotent calls. Results come back as value structs through callbacks run on this object's
// thread; nothing here blocks or shows UI.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ApiClient(ServerConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    const ServerConfig &config() const { return m_config; }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    const json::SessionUser &user() const { return m_user; }
    // The login the session was opened with (runs are recorded under it).
    const QString &login() const { return m_login; }

    void signIn(const QString &login, const QString &password, const QString &otp,
                Callback<json::SessionUser> done);
    // Ends the session on the server (which revokes the token) and forgets the token here,
    // whatever the server answers.
    void signOut(Callback<void> done);
    // `owner` (optional, for the calls below) tags a request so that abort(owner) stops it and
    // nothing else: cancelling a notification run must not cut the sync beside it.
    void fetchEstablishment(const QString &uai, Callback<Establishment> done, const QObject *owner = nullptr);
    // Paramétrage: whether the server reaches an activation address (it remembers the addresses it
    // reached, the only ones it lets the establishment print), and saving the addresses; done with
    // the establishment as the server now has it.
    void verifyUrl(const QString &uai, const QString &url, Callback<UrlCheck> done,
                   const QObject *owner = nullptr);
    void saveNotificationSettings(const QString &uai, const NotificationSettings &settings,
                                  Callback<Establishment> done, const QObject *owner = nullptr);
    // One page of the cursor-based sync of pupils or parents.
    void fetchStudents(const QString &uai, const QString &cursor, int limit, Callback<StudentPage> done,
                       const QObject *owner = nullptr);
    void fetchGuardians(const QString &uai, const QString &cursor, int limit, Callback<GuardianPage> done,
                        const QObject *owner = nullptr);
    // (Re)notifies accounts of one kind: one request of at most kMaxIdsPerRequest ids. The key
    // makes a retry return the same batch.
    void notify(AccountKind kind, const QString &uai, const QStringList &ids, bool reset,
                const QString &idempotencyKey, Callback<json::NotificationBatch> done, const QObject *owner = nullptr);
    // The same by e-mail: the server sends each account with an address its e-mail (`emailed`)
    // and skips the others (reason no_email); no letter comes back.
    void notifyByEmail(AccountKind kind, const QString &uai, const QStringList &ids, bool reset,
                       const QString &idempotencyKey, Callback<json::NotificationBatch> done,
                       const QObject *owner = nullptr);
    // The confirmation link again for an account « En cours d'activation », to `email` when given
    // (the server saves it) or to its known address. Done with the address it went to.
    void resendActivationEmail(AccountKind kind, const QString &uai, const QString &accountId, const QString &email,
                               Callback<QString> done, const QObject *owner = nullptr);

    // Resets the passwords of accounts of one kind (Dépannage): one request of at most
    // kMaxIdsPerRequest ids, with its key; the batch holds the new letters, and the accounts never
    // notified in `skipped` (reason not_notified).
    void resetPasswords(AccountKind kind, const QString &uai, const QStringList &ids, const QString &idempotencyKey,
                        Callback<json::NotificationBatch> done, const QObject *owner = nullptr);

    // The letters of an earlier batch, for its author, while they are valid (reprint).
    void fetchNotificationBatch(const QString &uai, const QString &batchId, Callback<json::NotificationBatch> done,
                                const QObject *owner = nullptr);
    // An account's provisional password, in clear, while it is provisional (pupils and parents
    // alike). Never cached: the caller shows or prints it and wipes it. Errors `not_notified`
    // (no password yet) and `password_changed` (nobody can see it any more) say why not.
    void fetchProvisionalPassword(const QString &uai, const QString &accountId, Callback<QString> done,
                                  const QObject *owner = nullptr);
    // Several batches (one run) merged, in order; stops at the first failure.
    void fetchNotificationBatches(const QString &uai, const QStringList &batchIds, Callback<CredentialBatch> done);

    // Aborts the requests (in flight, or waiting to be retried) of one owner, or every one;
    // their callbacks get a "cancelled" error.
    void abort(const QObject *owner);
    void abortAll();

    static constexpr int kMaxIdsPerRequest = 200;
    static constexpr int kMaxAttempts = 3;

signals:
    // True after any answer from the server, false after a network-level failure.
    void reachabilityChanged(bool reachable);
    void sessionExpired();

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool retryable = false; // a GET, or a POST carrying an Idempotency-Key
        int attempt = 1;
        const QObject *owner = nullptr; // compared only, never dereferenced
    };
    using RawCallback = std::function<void(Result<QByteArray>)>;
    struct Exchange;

    void send(Call call, RawCallback done);
    // A POST that creates a batch of letters (notification, reset), with its Idempotency-Key.
    void notifyBy(const QString &channel, AccountKind kind, const QString &uai, const QStringList &ids, bool reset,
                  const QString &idempotencyKey, Callback<json::NotificationBatch> done, const QObject *owner);
    void postForBatch(AccountKind kind, const QString &uai, const QString &operation, const QJsonObject &body,
                      const QString &idempotencyKey, Callback<json::NotificationBatch> done, const QObject *owner);
    template <typename Page>
    void fetchPage(AccountKind kind, const QString &uai, const QString &cursor, int limit,
                   Result<Page> (*parse)(const QByteArray &), Callback<Page> done, const QObject *owner);
    void abortWhere(const std::function<bool(const Call &)> &matches);
    void finish(QNetworkReply *reply, const std::shared_ptr<Exchange> &exchange);
    // Schedules the next try of a retryable call after a transient failure; false when none is left.
    bool retryLater(const std::shared_ptr<Exchange> &exchange, int delayMs);
    const QSslConfiguration &tlsConfiguration();
    void fetchBatchesFrom(const QString &uai, const QStringList &batchIds, int index,
                          std::shared_ptr<CredentialBatch> merged, Callback<CredentialBatch> done);
    void setReachable(bool reachable);
    void forgetToken();

    ServerConfig m_config;
    std::optional<QSslConfiguration> m_tls; // built at the first request (the system store is read once)
    QNetworkAccessManager *m_network;
    QByteArray m_token; // memory only, never logged
    json::SessionUser m_user;
    QString m_login;
    bool m_reachable = true;
    QList<QPair<QPointer<QNetworkReply>, std::shared_ptr<Exchange>>> m_inFlight;
    QList<std::shared_ptr<Exchange>> m_waiting; // retries waiting for their pause to end
};

} // namespace educonnect
