#pragma once

#include "remote/jsonmapping.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace educonnect {

// Where the server is and which extra CA (besides the system store) may vouch for it.
struct ServerConfig
{
    QUrl baseUrl; // e.g. https://127.0.0.1:8443 (the client adds /api/v1)
    QList<QSslCertificate> extraCaCertificates;
};

// Reads a PEM file of one or more CA certificates; an unreadable or empty file is an error.
Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);

// The one owner of the QNetworkAccessManager: HTTPS JSON calls of API v1, bearer session,
// strict TLS, retries of idempotent calls. Results come back as value structs through callbacks
// run on this object's thread; nothing here blocks or shows UI.
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

    void signIn(const QString &login, const QString &password, const QString &otp,
                Callback<json::SessionUser> done);
    void signOut(Callback<void> done);
    void fetchEstablishment(const QString &uai, Callback<Establishment> done);
    void fetchStudents(const QString &uai, const QString &cursor, int limit, Callback<StudentPage> done);
    // One request of at most kMaxIdsPerRequest ids. The key makes a retry return the same batch.
    void notifyStudents(const QString &uai, const QStringList &ids, bool reset, const QString &idempotencyKey,
                        Callback<json::NotificationBatch> done);

    // The letters of an earlier batch, for its author, while they are valid (reprint).
    void fetchNotificationBatch(const QString &uai, const QString &batchId, Callback<json::NotificationBatch> done);
    // Several batches (one run) merged, in order; stops at the first failure.
    void fetchNotificationBatches(const QString &uai, const QStringList &batchIds, Callback<CredentialBatch> done);

    // Aborts every request in flight; their callbacks get a "cancelled" error.
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
        bool retryable = false;
        int attempt = 1;
    };
    using RawCallback = std::function<void(Result<QByteArray>)>;

    void send(Call call, RawCallback done);
    void fetchBatchesFrom(const QString &uai, const QStringList &batchIds, int index,
                          std::shared_ptr<CredentialBatch> merged, Callback<CredentialBatch> done);
    void setReachable(bool reachable);

    ServerConfig m_config;
    QNetworkAccessManager *m_network;
    QByteArray m_token; // memory only, never logged
    json::SessionUser m_user;
    bool m_reachable = true;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace educonnect
