#include "apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRemote, "educonnect.remote")

namespace educonnect {

namespace {

struct ApiClientText
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

constexpr int kTransferTimeoutMs = 30000;
const char kApiPrefix[] = "/api/v1";

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

bool isTransientHttpStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

Result<QList<QSslCertificate>> loadCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"ca-file"_s, ApiClientText::tr("Cannot read the CA certificate file %1: %2")
                                       .arg(path, file.errorString())};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error{u"ca-file"_s,
                     ApiClientText::tr("The file %1 holds no PEM certificate.").arg(path)};
    return certificates;
}

ApiClient::ApiClient(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setTransferTimeout(kTransferTimeoutMs);
}

ApiClient::~ApiClient()
{
    m_token.fill('\0');
}

void ApiClient::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

void ApiClient::send(Call call, RawCallback done)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QString::fromLatin1(kApiPrefix)
                + call.path);
    url.setQuery(call.query);

    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.addCaCertificates(m_config.extraCaCertificates);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"EduConnectAdmin/%1 (Qt %2)"_s.arg(QCoreApplication::applicationVersion(),
                                                          QString::fromLatin1(qVersion())));
    request.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty() || call.method == "POST" || call.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : std::as_const(call.headers))
        request.setRawHeader(name, value);

    if (url.scheme() != u"https"_s) {
        done(Error{u"tls"_s, ApiClientText::tr("Only HTTPS servers are accepted (got %1).")
                                 .arg(url.toDisplayString(QUrl::RemoveUserInfo))});
        return;
    }

    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, call.body);
    m_inFlight.append(reply);
    auto tlsErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [tlsErrors](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the user is told why.
        for (const QSslError &error : errors) {
            qCWarning(lcRemote) << "TLS error:" << error.errorString();
            *tlsErrors << error.errorString();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, done, tlsErrors]() mutable {
        reply->deleteLater();
        // Idempotent calls get two more tries after a transient failure, with a growing pause.
        auto retried = [&](bool transient) {
            if (!call.retryable || call.attempt >= kMaxAttempts || !transient)
                return false;
            ++call.attempt;
            QTimer::singleShot(250 * (1 << call.attempt), this, [this, call, done]() { send(call, done); });
            return true;
        };
        m_inFlight.removeAll(reply);
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError networkError = reply->error();

        if (reply->property("educonnectAborted").toBool()) {
            done(Error{u"cancelled"_s, ApiClientText::tr("Cancelled.")});
            return;
        }
        if (!tlsErrors->isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            setReachable(false);
            const QString details = tlsErrors->isEmpty() ? reply->errorString() : tlsErrors->join(u"; "_s);
            done(Error{u"tls"_s, ApiClientText::tr("The server's certificate is not trusted, the connection was "
                                                   "refused: %1")
                                     .arg(details)});
            return;
        }
        if (status == 0) {
            qCWarning(lcRemote) << call.method << call.path << "failed:" << reply->errorString();
            if (retried(isTransientNetworkError(networkError)))
                return;
            setReachable(false);
            done(Error{u"network"_s,
                       ApiClientText::tr("Cannot reach the server: %1").arg(reply->errorString())});
            return;
        }
        setReachable(true);
        if (status >= 200 && status < 300) {
            done(body);
            return;
        }
        qCWarning(lcRemote) << call.method << call.path << "answered HTTP" << status;
        if (retried(isTransientHttpStatus(status)))
            return;
        Error error = json::errorFromResponse(status, body);
        if (status == 401 && !m_token.isEmpty()) {
            m_token.fill('\0');
            m_token.clear();
            emit sessionExpired();
        }
        if (status == 429) {
            const QByteArray retryAfter = reply->rawHeader("Retry-After");
            if (!retryAfter.isEmpty())
                error.message += u' '
                                 + ApiClientText::tr("Try again in %1 seconds.")
                                       .arg(QString::fromLatin1(retryAfter).toInt());
        }
        done(error);
    });
}

void ApiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->setProperty("educonnectAborted", true);
            reply->abort();
        }
    }
}

void ApiClient::signIn(const QString &login, const QString &password, const QString &otp,
                       Callback<json::SessionUser> done)
{
    Call call;
    call.method = "POST";
    call.path = u"/session"_s;
    call.body = QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}, {u"otp"_s, otp}})
                    .toJson(QJsonDocument::Compact);
    send(call, [this, done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        auto session = json::sessionFromJson(raw.value());
        if (!session)
            return done(session.error());
        m_token = session.value().token;
        m_user = session.value().user;
        qCInfo(lcRemote) << "signed in as" << m_user.name;
        done(m_user);
    });
}

void ApiClient::signOut(Callback<void> done)
{
    if (m_token.isEmpty())
        return done(Result<void>::success());
    Call call;
    call.method = "DELETE";
    call.path = u"/session"_s;
    send(call, [this, done](Result<QByteArray> raw) {
        m_token.fill('\0');
        m_token.clear();
        if (!raw)
            return done(raw.error());
        done(Result<void>::success());
    });
}

void ApiClient::fetchEstablishment(const QString &uai, Callback<Establishment> done)
{
    Call call;
    call.method = "GET";
    call.path = u"/establishments/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)));
    call.retryable = true;
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::establishmentFromJson(raw.value()));
    });
}

void ApiClient::fetchStudents(const QString &uai, const QString &cursor, int limit, Callback<StudentPage> done)
{
    Call call;
    call.method = "GET";
    call.path = u"/establishments/%1/students"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)));
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, cursor); // base64url: nothing to escape
    call.query.addQueryItem(u"limit"_s, QString::number(limit));
    call.retryable = true;
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::studentPageFromJson(raw.value()));
    });
}

void ApiClient::notifyStudents(const QString &uai, const QStringList &ids, bool reset,
                               const QString &idempotencyKey, Callback<json::NotificationBatch> done)
{
    Call call;
    call.method = "POST";
    call.path =
        u"/establishments/%1/students/notifications"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)));
    call.body = QJsonDocument(QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)},
                                          {u"channel"_s, u"letter"_s},
                                          {u"reset"_s, reset}})
                    .toJson(QJsonDocument::Compact);
    call.headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    // Safe to retry: the server answers a repeated key with the same batch, never a second reset.
    call.retryable = true;
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::notificationBatchFromJson(raw.value()));
    });
}

void ApiClient::fetchNotificationBatch(const QString &uai, const QString &batchId,
                                       Callback<json::NotificationBatch> done)
{
    Call call;
    call.method = "GET";
    call.path = u"/establishments/%1/notification-batches/%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(uai)), QString::fromLatin1(QUrl::toPercentEncoding(batchId)));
    call.retryable = true;
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::notificationBatchFromJson(raw.value()));
    });
}

void ApiClient::fetchNotificationBatches(const QString &uai, const QStringList &batchIds, Callback<CredentialBatch> done)
{
    fetchBatchesFrom(uai, batchIds, 0, std::make_shared<CredentialBatch>(), std::move(done));
}

void ApiClient::fetchBatchesFrom(const QString &uai, const QStringList &batchIds, int index,
                                 std::shared_ptr<CredentialBatch> merged, Callback<CredentialBatch> done)
{
    if (index >= batchIds.size())
        return done(std::move(*merged));
    fetchNotificationBatch(uai, batchIds.at(index),
                           [this, uai, batchIds, index, merged, done](Result<json::NotificationBatch> b) {
                               if (!b)
                                   return done(b.error());
                               const json::NotificationBatch &v = b.value();
                               merged->append(v.batchId, v.createdAt, v.expiresAt, v.letters, v.skipped, v.emailed);
                               fetchBatchesFrom(uai, batchIds, index + 1, merged, done);
                           });
}

} // namespace educonnect
