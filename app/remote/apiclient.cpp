#include "apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRemote, "educonnect.remote")

namespace educonnect {

namespace {

struct ApiClientText
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

const char kApiPrefix[] = "/api/v1";
constexpr int kMaxRedirects = 3;
constexpr qint64 kReadBufferBytes = 1024 * 1024;

// Failures worth another try: the request may not have reached the server, or its answer was lost.
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure: // e.g. a body cut short
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

bool isTransientHttpStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(443) == b.port(443);
}

// Retry-After: a number of seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

// One call in flight: the request, how to answer it, and what was seen on the wire.
struct ApiClient::Exchange
{
    Call call;
    RawCallback done;
    QUrl url;
    QList<QByteArray> pieces; // the answer as it arrived: no copy grows while it does
    qint64 received = 0;
    QByteArray body; // joined once the answer is complete and within the limit
    QStringList tlsErrors;
    QUrl refusedRedirect;
    bool tooLarge = false;
    bool cancelled = false;
};

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

QList<QSslCertificate> trustedCaCertificates(const ServerConfig &config)
{
    QList<QSslCertificate> certificates;
    if (config.trustSystemStore)
        certificates = QSslConfiguration::systemCaCertificates();
    certificates += config.extraCaCertificates;
    return certificates;
}

ApiClient::ApiClient(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(m_config.transferTimeoutMs);
}

ApiClient::~ApiClient()
{
    abortAll();
    forgetToken();
}

void ApiClient::forgetToken()
{
    m_token.fill('\0');
    m_token.clear();
}

void ApiClient::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

const QSslConfiguration &ApiClient::tlsConfiguration()
{
    if (!m_tls) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setCaCertificates(trustedCaCertificates(m_config));
        m_tls = tls;
    }
    return *m_tls;
}

void ApiClient::send(Call call, RawCallback done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->url = m_config.baseUrl;
    exchange->url.setPath(exchange->url.path().chopped(exchange->url.path().endsWith(u'/') ? 1 : 0)
                          + QString::fromLatin1(kApiPrefix) + call.path);
    exchange->url.setQuery(call.query);
    exchange->call = std::move(call);
    exchange->done = std::move(done);
    const Call &c = exchange->call;

    if (exchange->url.scheme() != u"https"_s) {
        exchange->done(Error{u"tls"_s, ApiClientText::tr("Only HTTPS servers are accepted (got %1).")
                                           .arg(exchange->url.toDisplayString(QUrl::RemoveUserInfo))});
        return;
    }

    QNetworkRequest request(exchange->url);
    request.setSslConfiguration(tlsConfiguration());
    // Every redirect is vetted: the bearer token must never reach another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"EduConnectAdmin/%1 (Qt %2)"_s.arg(QCoreApplication::applicationVersion(),
                                                          QString::fromLatin1(qVersion())));
    request.setRawHeader("Accept", "application/json");
    if (!c.body.isEmpty() || c.method == "POST" || c.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : c.headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network->sendCustomRequest(request, c.method, c.body);
    // Qt holds at most this much before we read it: the answer is counted (and refused past
    // the limit) as it arrives, never buffered whole a second time.
    reply->setReadBufferSize(kReadBufferBytes);
    m_inFlight.append({reply, exchange});
    connect(reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the user is told why.
        for (const QSslError &error : errors) {
            qCWarning(lcRemote) << "TLS error:" << error.errorString();
            exchange->tlsErrors << error.errorString();
        }
    });
    connect(reply, &QNetworkReply::redirected, this, [reply, exchange](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (resolved.scheme() == u"https"_s && sameOrigin(resolved, exchange->url)) {
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcRemote) << "refused a redirect to another origin:" << resolved.toDisplayString(QUrl::RemoveQuery);
        exchange->refusedRedirect = resolved;
        reply->abort();
    });
    // Bounded answers: a hostile or broken server cannot make the client hold more than this.
    const qint64 limit = m_config.maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, exchange, limit]() {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > limit) {
            exchange->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, exchange, limit]() {
        if (exchange->tooLarge)
            return;
        const QByteArray piece = reply->read(limit + 1 - exchange->received);
        exchange->received += piece.size();
        exchange->pieces.append(piece);
        if (exchange->received > limit) {
            exchange->tooLarge = true;
            exchange->pieces.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, exchange]() { finish(reply, exchange); });
}

bool ApiClient::retryLater(const std::shared_ptr<Exchange> &exchange, int delayMs)
{
    if (!exchange->call.retryable || exchange->call.attempt >= kMaxAttempts)
        return false;
    ++exchange->call.attempt;
    m_waiting.append(exchange);
    qCInfo(lcRemote) << exchange->call.method << exchange->call.path << "try" << exchange->call.attempt << "in"
                     << delayMs << "ms";
    QTimer::singleShot(delayMs, this, [this, exchange]() {
        m_waiting.removeAll(exchange);
        if (exchange->cancelled)
            return;
        send(exchange->call, exchange->done);
    });
    return true;
}

void ApiClient::finish(QNetworkReply *reply, const std::shared_ptr<Exchange> &exchange)
{
    reply->deleteLater();
    m_inFlight.removeIf([reply](const auto &entry) { return entry.first == reply; });
    const Call &call = exchange->call;
    const bool aborted = exchange->cancelled || reply->property("educonnectAborted").toBool();
    if (!exchange->tooLarge && !aborted) {
        exchange->pieces.append(reply->readAll());
        exchange->body = exchange->pieces.size() == 1 ? exchange->pieces.first() : exchange->pieces.join();
        exchange->pieces.clear();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    // Growing pauses with a little jitter, so clients that failed together do not retry together.
    const int backoffMs = int(m_config.retryDelayMs * (1 << (call.attempt - 1))
                              * (1.0 + QRandomGenerator::global()->bounded(0.25)));
    const RawCallback &done = exchange->done;

    if (aborted) {
        done(Error{u"cancelled"_s, ApiClientText::tr("Cancelled.")});
        return;
    }
    if (exchange->tooLarge) {
        qCWarning(lcRemote) << call.method << call.path << "answer over" << m_config.maxResponseBytes << "bytes";
        setReachable(true);
        done(Error{u"response-too-large"_s,
                   ApiClientText::tr("The server sent an answer larger than %1 MB; it was refused. The server may "
                                     "be faulty: try again later or contact its administrators.")
                       .arg(megabytes(m_config.maxResponseBytes))});
        return;
    }
    if (exchange->refusedRedirect.isValid()) {
        done(Error{u"redirect"_s,
                   ApiClientText::tr("The server redirected the request to another address (%1); it was not "
                                     "followed, so that your session stays with this server.")
                       .arg(exchange->refusedRedirect.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))});
        return;
    }
    if (!exchange->tlsErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        setReachable(false);
        const QString details =
            exchange->tlsErrors.isEmpty() ? reply->errorString() : exchange->tlsErrors.join(u"; "_s);
        done(Error{u"tls"_s, ApiClientText::tr("The server's certificate is not trusted, the connection was "
                                               "refused: %1")
                                 .arg(details)});
        return;
    }
    if (status == 0) {
        // Not aborted by us (checked above): Qt reports its transfer timeout as a cancellation.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError;
        qCWarning(lcRemote) << call.method << call.path << "failed:" << (timedOut ? "timeout" : "network")
                            << reply->errorString();
        if ((timedOut || isTransientNetworkError(networkError)) && retryLater(exchange, backoffMs))
            return;
        setReachable(false);
        if (timedOut)
            done(Error{u"timeout"_s, ApiClientText::tr("The server did not answer in time (%n second(s)).", nullptr,
                                                       m_config.transferTimeoutMs / 1000)});
        else
            done(Error{u"network"_s,
                       ApiClientText::tr("Cannot reach the server: %1").arg(reply->errorString())});
        return;
    }
    setReachable(true);
    // A connection cut before the announced length is not an answer (Qt 6.4 may report it as one).
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const bool cutShort = reply->hasRawHeader("Content-Length") && reply->rawHeader("Content-Encoding").isEmpty()
                          && exchange->body.size() < announced;
    if (cutShort) {
        qCWarning(lcRemote) << call.method << call.path << "answer cut short:" << exchange->body.size() << "of"
                            << announced << "bytes";
        if (retryLater(exchange, backoffMs))
            return;
        done(Error{u"network"_s, ApiClientText::tr("The server's answer was cut short (%1 of %2 bytes). Try again.")
                                     .arg(exchange->body.size())
                                     .arg(announced)});
        return;
    }
    if (status >= 200 && status < 300) {
        done(exchange->body);
        return;
    }
    const json::ServerError serverError = json::serverErrorFromBody(exchange->body);
    // A 409 is an answer about the account's state (a password nobody may see any more), part of
    // the normal flow: logged, not shouted on the console.
    if (status == 409 && (serverError.code == u"password_changed"_s || serverError.code == u"not_notified"_s))
        qCInfo(lcRemote) << call.method << call.path << "answered HTTP" << status << serverError.code;
    else
        qCWarning(lcRemote) << call.method << call.path << "answered HTTP" << status << serverError.code
                            << serverError.message.left(200);
    int waitSeconds = -1;
    if (status == 429) {
        waitSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
        if (waitSeconds >= 0 && waitSeconds <= m_config.maxRetryAfterSeconds
            && retryLater(exchange, std::max(backoffMs, waitSeconds * 1000)))
            return;
    } else if (isTransientHttpStatus(status) && retryLater(exchange, backoffMs)) {
        return;
    }
    Error error = json::errorFromResponse(status, serverError, waitSeconds);
    if (status == 401 && !m_token.isEmpty()) {
        forgetToken();
        emit sessionExpired();
    }
    done(error);
}

void ApiClient::abortWhere(const std::function<bool(const Call &)> &matches)
{
    const auto waiting = m_waiting;
    for (const auto &exchange : waiting) {
        if (!matches(exchange->call))
            continue;
        m_waiting.removeAll(exchange);
        exchange->cancelled = true;
        exchange->done(Error{u"cancelled"_s, ApiClientText::tr("Cancelled.")});
    }
    const auto replies = m_inFlight;
    for (const auto &[reply, exchange] : replies) {
        if (reply && matches(exchange->call)) {
            reply->setProperty("educonnectAborted", true);
            reply->abort();
        }
    }
}

void ApiClient::abort(const QObject *owner)
{
    abortWhere([owner](const Call &call) { return call.owner == owner; });
}

void ApiClient::abortAll()
{
    abortWhere([](const Call &) { return true; });
}

void ApiClient::signIn(const QString &login, const QString &password, const QString &otp,
                       Callback<json::SessionUser> done)
{
    Call call;
    call.method = "POST";
    call.path = u"/session"_s;
    call.body = QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}, {u"otp"_s, otp}})
                    .toJson(QJsonDocument::Compact);
    send(call, [this, done, login](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        auto session = json::sessionFromJson(raw.value());
        if (!session)
            return done(session.error());
        m_token = session.value().token;
        m_user = session.value().user;
        m_login = login;
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
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(Result<void>::success());
    });
    // The request above carries the token; from now on nothing else does.
    forgetToken();
    m_user = {};
}

void ApiClient::fetchEstablishment(const QString &uai, Callback<Establishment> done, const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "GET";
    call.path = u"/establishments/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)));
    call.retryable = true;
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::establishmentFromJson(raw.value()));
    });
}

void ApiClient::verifyUrl(const QString &uai, const QString &url, Callback<UrlCheck> done,
                          const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "POST";
    call.path = u"/establishments/%1/settings/verify-url"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(uai)));
    call.body = QJsonDocument(QJsonObject{{u"url"_s, url}}).toJson(QJsonDocument::Compact);
    // A check changes nothing but the server's memory of what it reached: safe to send again.
    call.retryable = true;
    send(call, [done, url](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::urlCheckFromJson(raw.value(), url));
    });
}

void ApiClient::saveNotificationSettings(const QString &uai, const NotificationSettings &settings,
                                         Callback<Establishment> done, const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "PUT";
    call.path =
        u"/establishments/%1/settings/notification-urls"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)));
    call.body = QJsonDocument(json::notificationSettingsToJson(settings)).toJson(QJsonDocument::Compact);
    call.retryable = true; // a PUT: the same body twice leaves the same settings
    send(call, [done, uai](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        auto establishment = json::establishmentFromJson(raw.value());
        if (establishment && establishment.value().uai.compare(uai, Qt::CaseInsensitive) != 0)
            return done(Error{u"malformed-response"_s,
                              ApiClient::tr("The server answered about another establishment (%1).")
                                  .arg(establishment.value().uai)});
        done(std::move(establishment));
    });
}

template <typename Page>
void ApiClient::fetchPage(AccountKind kind, const QString &uai, const QString &cursor, int limit,
                          Result<Page> (*parse)(const QByteArray &), Callback<Page> done, const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "GET";
    call.path = u"/establishments/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)),
                                               accountKindApiName(kind));
    if (!cursor.isEmpty())
        call.query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    call.query.addQueryItem(u"limit"_s, QString::number(limit));
    call.retryable = true;
    send(call, [done, parse](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(parse(raw.value()));
    });
}

void ApiClient::fetchStudents(const QString &uai, const QString &cursor, int limit, Callback<StudentPage> done,
                              const QObject *owner)
{
    fetchPage<StudentPage>(AccountKind::Student, uai, cursor, limit, &json::studentPageFromJson, std::move(done),
                           owner);
}

void ApiClient::fetchGuardians(const QString &uai, const QString &cursor, int limit, Callback<GuardianPage> done,
                               const QObject *owner)
{
    fetchPage<GuardianPage>(AccountKind::Guardian, uai, cursor, limit, &json::guardianPageFromJson, std::move(done),
                            owner);
}

void ApiClient::notify(AccountKind kind, const QString &uai, const QStringList &ids, bool reset,
                       const QString &idempotencyKey, Callback<json::NotificationBatch> done, const QObject *owner)
{
    notifyBy(u"letter"_s, kind, uai, ids, reset, idempotencyKey, std::move(done), owner);
}

void ApiClient::notifyByEmail(AccountKind kind, const QString &uai, const QStringList &ids, bool reset,
                              const QString &idempotencyKey, Callback<json::NotificationBatch> done,
                              const QObject *owner)
{
    notifyBy(u"email"_s, kind, uai, ids, reset, idempotencyKey, std::move(done), owner);
}

void ApiClient::notifyBy(const QString &channel, AccountKind kind, const QString &uai, const QStringList &ids,
                         bool reset, const QString &idempotencyKey, Callback<json::NotificationBatch> done,
                         const QObject *owner)
{
    postForBatch(kind, uai, u"notifications"_s,
                 QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)}, {u"channel"_s, channel}, {u"reset"_s, reset}},
                 idempotencyKey, std::move(done), owner);
}

void ApiClient::resendActivationEmail(AccountKind kind, const QString &uai, const QString &accountId,
                                      const QString &email, Callback<QString> done, const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "POST";
    call.path = u"/establishments/%1/%2/%3/activation-email"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)),
                                                                   accountKindApiName(kind),
                                                                   QString::fromLatin1(QUrl::toPercentEncoding(accountId)));
    call.body = QJsonDocument(email.isEmpty() ? QJsonObject() : QJsonObject{{u"email"_s, email}})
                    .toJson(QJsonDocument::Compact);
    // Not retried: a second identical e-mail would only confuse its reader.
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        const QJsonObject o = QJsonDocument::fromJson(raw.value()).object();
        const QString to = o.value(u"email"_s).toString();
        if (to.isEmpty())
            return done(Error{u"malformed"_s, ApiClient::tr("The server's answer does not say where the e-mail went.")});
        done(to);
    });
}

void ApiClient::resetPasswords(AccountKind kind, const QString &uai, const QStringList &ids,
                               const QString &idempotencyKey, Callback<json::NotificationBatch> done,
                               const QObject *owner)
{
    postForBatch(kind, uai, u"password-resets"_s, QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)}},
                 idempotencyKey, std::move(done), owner);
}

void ApiClient::postForBatch(AccountKind kind, const QString &uai, const QString &operation, const QJsonObject &body,
                             const QString &idempotencyKey, Callback<json::NotificationBatch> done,
                             const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "POST";
    call.path = u"/establishments/%1/%2/%3"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(uai)),
                                                  accountKindApiName(kind), operation);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    // Safe to retry, timeouts included: the server answers a repeated key with the same batch,
    // never a second reset.
    call.retryable = true;
    send(call, [done](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        done(json::notificationBatchFromJson(raw.value()));
    });
}

void ApiClient::fetchNotificationBatch(const QString &uai, const QString &batchId,
                                       Callback<json::NotificationBatch> done, const QObject *owner)
{
    Call call;
    call.owner = owner;
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

void ApiClient::fetchProvisionalPassword(const QString &uai, const QString &accountId, Callback<QString> done,
                                         const QObject *owner)
{
    Call call;
    call.owner = owner;
    call.method = "GET";
    call.path = u"/establishments/%1/accounts/%2/provisional-password"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(uai)), QString::fromLatin1(QUrl::toPercentEncoding(accountId)));
    call.retryable = true;
    send(call, [done, accountId](Result<QByteArray> raw) {
        if (!raw)
            return done(raw.error());
        auto password = json::provisionalPasswordFromJson(raw.value(), accountId);
        wipeSharedSecret(raw.value()); // the exchange's copy shares these bytes
        done(std::move(password));
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
                               merged->addUnreadable(v.unreadable);
                               fetchBatchesFrom(uai, batchIds, index + 1, merged, done);
                           });
}

} // namespace educonnect
