#include "sandboxserver.h"

#include "accountjson.h"
#include "notificationrules.h"
#include "totpverifier.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

using Response = SandboxServer::Response;

Response json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Response error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

bool hasRole(const UserRecord &user, const QString &role)
{
    return user.roles.contains(role);
}

// Parents' accounts are the head of establishment's; a delegated staff member (deleg_ce) has the
// pupils' troubleshooting only (DESIGN.md section 2).
bool mayManageGuardians(const UserRecord &user)
{
    return hasRole(user, u"chef_etablissement"_s);
}

// The e-mail a notification sends, in French, per the letter variant: the identifier, and the
// provisional password where the variant has one.
QString notificationEmailBody(const AccountRecord &account, const NotificationOutcome &outcome)
{
    QString body = u"Bonjour %1 %2,\n\nVotre identifiant EduConnect : %3\n"_s.arg(account.firstName,
                                                                                 account.lastName.toUpper(), account.login);
    if (outcome.variant == u"distribution"_s)
        body += u"Mot de passe provisoire : %1 (à modifier lors de la première connexion)\n"_s.arg(outcome.temporaryPassword);
    else if (outcome.variant == u"password_change"_s)
        body += u"Un nouveau mot de passe provisoire remplace l'ancien : %1 (à modifier lors de la prochaine "
                u"connexion)\n"_s.arg(outcome.temporaryPassword);
    else
        body += u"Votre mot de passe est inchangé.\n"_s;
    body += u"\nConnectez-vous sur https://educonnect.education.gouv.fr\n"
            u"En cas de difficulté, contactez l'établissement.\n"_s;
    return body;
}

QString kindName(bool guardians)
{
    return guardians ? u"guardians"_s : u"students"_s;
}

// The activation addresses are the head of establishment's, like the parents' accounts.
bool mayChangeSettings(const UserRecord &user)
{
    return hasRole(user, u"chef_etablissement"_s);
}

QJsonObject establishmentJson(const EstablishmentRecord &e)
{
    return QJsonObject{
        {u"uai"_s, e.uai},
        {u"name"_s, e.name},
        {u"type"_s, e.type},
        {u"notificationSettings"_s, QJsonObject{{u"pupilUrl"_s, e.pupilUrl},
                                                {u"pupilUrlEnabled"_s, e.pupilUrlEnabled},
                                                {u"guardianUrl"_s, e.guardianUrl},
                                                {u"guardianUrlEnabled"_s, e.guardianUrlEnabled}}},
    };
}

constexpr int kMaxUrlLength = 2048;

// Why an address would not be reached; an empty code: it would be.
struct UrlVerdict
{
    QString reasonCode;
    QString reason;
};

// The sandbox reaches nothing outside: it judges an address by its form, the same way every time
// (docs/sandbox.md), so that tests and trainers can produce each answer on purpose.
UrlVerdict simulateReach(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty() || url.size() > kMaxUrlLength)
        return {u"invalid_url"_s,
                u"An absolute URL of at most %1 characters is expected."_s.arg(kMaxUrlLength)};
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || parsed.host().isEmpty())
        return {u"invalid_url"_s, u"This is not a valid absolute URL."_s};
    if (parsed.scheme() != u"https"_s)
        return {u"not_https"_s, u"Only https addresses are accepted."_s};
    const QString host = parsed.host();
    if (host.endsWith(u".invalid"_s) || !host.contains(u'.'))
        return {u"unknown_host"_s, u"The host name does not resolve."_s};
    if (parsed.path().contains(u"/404"_s))
        return {u"http_error"_s, u"The server answered HTTP 404."_s};
    return {};
}

} // namespace

SandboxServer::SandboxServer(SandboxStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_http.setMissingHandler([this](const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder) {
        handle(httpRequest, responder.socket());
    });
}

void SandboxServer::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    switch (httpRequest.method()) {
    case QHttpServerRequest::Method::Get:
        request.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        request.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        request.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        request.method = "DELETE";
        break;
    default:
        request.method = "OTHER";
    }
    const QString path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.body = httpRequest.body();
    request.authorization = httpRequest.value("Authorization");
    request.idempotencyKey = httpRequest.value("Idempotency-Key");
    request.path = path.startsWith(u"/api/v1/"_s) ? path.mid(7) : QString();

    const Fault *fault = faultFor(faultRoute(request.method, request.path.split(u'/', Qt::SkipEmptyParts)));
    auto log = [&](const QString &what) {
        QTextStream(stderr) << request.method << ' ' << path << ' ' << what << Qt::endl;
    };
    // Faults that strike before the request is processed.
    if (fault && fault->action == Fault::Action::Drop) {
        log(u"dropped (fault)"_s);
        return ResponseWriter::drop(socket);
    }
    if (fault && (fault->action == Fault::Action::Status || fault->action == Fault::Action::Redirect)) {
        const Response r = misbehave(*fault, request, {});
        log(u"%1 (fault)"_s.arg(r.status));
        return ResponseWriter::write(socket, r);
    }

    Response response = request.path.isEmpty() ? error(404, u"not_found"_s, u"No such resource."_s) : dispatch(request);
    log(QString::number(response.status) + (fault ? u" (fault)"_s : QString()));
    if (!fault)
        return ResponseWriter::write(socket, response);
    switch (fault->action) {
    case Fault::Action::DropResponse:
        return ResponseWriter::drop(socket); // processed, but the answer is lost
    case Fault::Action::Truncate:
        return ResponseWriter::writeTruncated(socket, response);
    case Fault::Action::Delay:
        return ResponseWriter::writeLater(socket, response, fault->argument.toInt());
    case Fault::Action::Huge:
        return ResponseWriter::writeHuge(socket, fault->argument.toInt());
    default:
        return ResponseWriter::write(socket, misbehave(*fault, request, response));
    }
}

const Fault *SandboxServer::faultFor(const QString &route)
{
    const int n = ++m_requestCounts[route];
    const int any = ++m_requestCounts[u"any"_s];
    for (const Fault &fault : std::as_const(m_faults)) {
        if ((fault.route == route && fault.hits(n)) || (fault.route == u"any"_s && fault.hits(any)))
            return &fault;
    }
    return nullptr;
}

SandboxServer::Response SandboxServer::misbehave(const Fault &fault, const Request &request, Response response)
{
    switch (fault.action) {
    case Fault::Action::Status: {
        const int status = fault.argument.toInt();
        Response r = error(status, u"injected_fault"_s, u"Fault injected by the sandbox (HTTP %1)."_s.arg(status));
        if (status == 429)
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return r;
    }
    case Fault::Action::Redirect:
        return {307, {}, {{"Location", fault.argument.toUtf8()}}};
    case Fault::Action::Malformed:
        return {200, R"({"items": [{"id": "E000001", "lastName": )", {}};
    case Fault::Action::StuckCursor:
    case Fault::Action::BadRecord: {
        if (response.status != 200)
            return response;
        QJsonObject page = QJsonDocument::fromJson(response.body).object();
        if (fault.action == Fault::Action::StuckCursor) {
            // Always "more", never further: the same cursor comes back.
            const QString cursor = request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
            if (!cursor.isEmpty())
                page.insert(u"nextCursor"_s, cursor);
            page.insert(u"hasMore"_s, true);
        } else {
            QJsonArray items = page.value(u"items"_s).toArray();
            if (!items.isEmpty()) {
                QJsonObject first = items.at(0).toObject();
                first.insert(u"state"_s, u"suspended"_s);
                items[0] = first;
            }
            if (items.size() > 1) {
                QJsonObject second = items.at(1).toObject();
                second.remove(u"login"_s);
                items[1] = second;
            }
            page.insert(u"items"_s, items);
        }
        response.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        return response;
    }
    default:
        return response;
    }
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port, const TlsIdentity &identity, QString *message)
{
    const QSslCertificate certificate(identity.serverCertificatePem, QSsl::Pem);
    const QSslKey key(identity.serverKeyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *message = u"the TLS certificate or key cannot be loaded"_s;
        return 0;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain({certificate, QSslCertificate(identity.caCertificatePem, QSsl::Pem)});
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates
    m_http.sslSetup(tls);
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        *message = u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
    return bound;
}

SandboxServer::Response SandboxServer::dispatch(const Request &request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    auto methodNotAllowed = [](const QByteArray &allow) {
        Response r = error(405, u"method_not_allowed"_s, u"Method not allowed on this resource."_s);
        r.headers.append({"Allow", allow});
        return r;
    };

    if (parts == QStringList{u"session"_s}) {
        if (request.method == "POST")
            return signIn(request);
        if (request.method == "DELETE")
            return signOut(request);
        return methodNotAllowed("POST, DELETE");
    }
    if (parts.value(0) != u"establishments"_s || parts.size() < 2)
        return error(404, u"not_found"_s, u"No such resource."_s);

    const Session *session = authenticate(request);
    if (!session)
        return error(401, u"unauthenticated"_s, u"Sign in first: the session is missing or expired."_s);
    const QString uai = parts.at(1);
    if (auto refused = checkEstablishment(*session, uai))
        return *refused;

    if (parts.size() == 2) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return establishment(*session, uai);
    }
    if (parts.size() == 4 && parts.at(2) == u"settings"_s && parts.at(3) == u"notification-urls"_s) {
        if (request.method == "GET")
            return establishment(*session, uai);
        if (request.method != "PUT")
            return methodNotAllowed("GET, PUT");
        return saveNotificationSettings(*session, uai, request);
    }
    if (parts.size() == 4 && parts.at(2) == u"settings"_s && parts.at(3) == u"verify-url"_s) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        return verifyUrl(*session, uai, request);
    }
    if (parts.size() >= 3 && parts.at(2) == u"guardians"_s) {
        const auto user = m_store->user(session->login);
        if (!user || !mayManageGuardians(*user))
            return error(403, u"forbidden"_s, u"This account may not manage guardians' accounts."_s);
    }
    if (parts.size() == 3 && (parts.at(2) == u"students"_s || parts.at(2) == u"guardians"_s)) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return syncPage(parts.at(2) == u"guardians"_s ? Kind::Guardians : Kind::Students, uai, request);
    }
    if (parts.size() == 4 && parts.at(2) == u"notification-batches"_s) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return batch(*session, uai, parts.at(3));
    }
    if (parts.size() == 4 && (parts.at(2) == u"students"_s || parts.at(2) == u"guardians"_s) &&
        (parts.at(3) == u"notifications"_s || parts.at(3) == u"password-resets"_s)) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        return notify(parts.at(2) == u"guardians"_s ? Kind::Guardians : Kind::Students, *session, uai, request,
                      parts.at(3) == u"notifications"_s ? Operation::Notify : Operation::ResetPasswords);
    }
    if (parts.size() == 5 && (parts.at(2) == u"students"_s || parts.at(2) == u"guardians"_s) &&
        parts.at(4) == u"activation-email"_s) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        return activationEmail(parts.at(2) == u"guardians"_s ? Kind::Guardians : Kind::Students, uai, parts.at(3),
                               request);
    }
    if (parts.size() == 5 && parts.at(2) == u"accounts"_s && parts.at(4) == u"provisional-password"_s) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return provisionalPassword(*session, uai, parts.at(3));
    }
    return error(404, u"not_found"_s, u"No such resource."_s);
}

const SandboxServer::Session *SandboxServer::authenticate(const Request &request) const
{
    if (!request.authorization.startsWith("Bearer "))
        return nullptr;
    const auto it = m_sessions.constFind(request.authorization.mid(7));
    if (it == m_sessions.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
        return nullptr;
    return &it.value();
}

std::optional<SandboxServer::Response> SandboxServer::checkEstablishment(const Session &session,
                                                                         const QString &uai) const
{
    const auto user = m_store->user(session.login);
    if (!user || !user->uais.contains(uai))
        return error(403, u"forbidden"_s, u"This account does not manage establishment %1."_s.arg(uai));
    if (!m_store->establishment(uai))
        return error(404, u"not_found"_s, u"Unknown establishment %1."_s.arg(uai));
    return std::nullopt;
}

SandboxServer::Response SandboxServer::signIn(const Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString login = body.value(u"login"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    const QString otp = body.value(u"otp"_s).toString();
    if (login.isEmpty() || password.isEmpty() || otp.isEmpty())
        return error(400, u"bad_request"_s, u"login, password and otp are required."_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Failures &failures = m_failures[login];
    if (failures.lockedUntil.isValid() && failures.lockedUntil > now) {
        Response r = error(429, u"too_many_attempts"_s, u"Too many failed sign-ins; try again later."_s);
        r.headers.append({"Retry-After", QByteArray::number(now.secsTo(failures.lockedUntil) + 1)});
        return r;
    }
    const auto user = m_store->user(login);
    auto fail = [&](const QString &code, const QString &message) {
        if (++failures.count >= kMaxFailedSignIns) {
            failures.count = 0;
            failures.lockedUntil = now.addSecs(60);
        }
        return error(401, code, message);
    };
    if (!user || user->password != password)
        return fail(u"invalid_credentials"_s, u"Unknown login or wrong password."_s);
    if (!verifyTotp(user->totpSecretBase32, otp, now))
        return fail(u"invalid_otp"_s, u"The one-time code is wrong or expired."_s);
    failures = {};

    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), token.size() / 4);
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime expiresAt = now.addSecs(8 * 3600);
    m_sessions.insert(token, Session{login, expiresAt});

    QJsonArray establishments;
    for (const QString &uai : user->uais) {
        if (const auto e = m_store->establishment(uai))
            establishments.append(QJsonObject{{u"uai"_s, e->uai}, {u"name"_s, e->name}});
    }
    return json(200, QJsonObject{
                         {u"token"_s, QString::fromLatin1(token)},
                         {u"expiresAt"_s, expiresAt.toString(Qt::ISODate)},
                         {u"user"_s, QJsonObject{{u"name"_s, user->name},
                                                 {u"roles"_s, QJsonArray::fromStringList(user->roles)},
                                                 {u"establishments"_s, establishments}}},
                     });
}

SandboxServer::Response SandboxServer::signOut(const Request &request)
{
    if (!authenticate(request))
        return error(401, u"unauthenticated"_s, u"No session."_s);
    m_sessions.remove(request.authorization.mid(7));
    return {204, {}, {}};
}

SandboxServer::Response SandboxServer::establishment(const Session &, const QString &uai)
{
    return json(200, establishmentJson(*m_store->establishment(uai)));
}

std::optional<SandboxServer::Response> SandboxServer::settingsRequestBody(const Session &session,
                                                                         const Request &request,
                                                                         QJsonObject *body) const
{
    const auto user = m_store->user(session.login);
    if (!user || !mayChangeSettings(*user))
        return error(403, u"forbidden"_s,
                     u"Only the head of establishment may change the activation addresses."_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, u"bad_request"_s, u"The body is not a JSON object."_s);
    *body = document.object();
    return std::nullopt;
}

SandboxServer::Response SandboxServer::verifyUrl(const Session &session, const QString &uai,
                                                 const Request &request)
{
    QJsonObject body;
    if (auto refused = settingsRequestBody(session, request, &body))
        return *refused;
    const QJsonValue urlValue = body.value(u"url"_s);
    if (!urlValue.isString())
        return error(400, u"bad_request"_s, u"url is required (text)."_s);
    const QString url = urlValue.toString();
    const UrlVerdict verdict = simulateReach(url);
    if (verdict.reasonCode.isEmpty())
        m_verifiedUrls[uai].insert(url.trimmed());
    return json(200, QJsonObject{
                         {u"url"_s, url},
                         {u"reachable"_s, verdict.reasonCode.isEmpty()},
                         {u"reasonCode"_s,
                          verdict.reasonCode.isEmpty() ? QJsonValue() : QJsonValue(verdict.reasonCode)},
                         {u"reason"_s, verdict.reason.isEmpty() ? QJsonValue() : QJsonValue(verdict.reason)},
                     });
}

SandboxServer::Response SandboxServer::saveNotificationSettings(const Session &session, const QString &uai,
                                                                const Request &request)
{
    QJsonObject body;
    if (auto refused = settingsRequestBody(session, request, &body))
        return *refused;
    for (const QString &key : {u"pupilUrl"_s, u"guardianUrl"_s}) {
        if (!body.value(key).isString())
            return error(400, u"bad_request"_s, u"%1 is required (text; empty for none)."_s.arg(key));
        if (body.value(key).toString().size() > kMaxUrlLength)
            return error(400, u"bad_request"_s,
                         u"%1 is longer than %2 characters."_s.arg(key).arg(kMaxUrlLength));
    }
    for (const QString &key : {u"pupilUrlEnabled"_s, u"guardianUrlEnabled"_s}) {
        if (!body.value(key).isBool())
            return error(400, u"bad_request"_s, u"%1 is required (true or false)."_s.arg(key));
    }
    EstablishmentRecord e = *m_store->establishment(uai);
    const QSet<QString> verified = m_verifiedUrls.value(uai);
    // An address printed on letters must be one this server reached, or the one already enabled.
    auto acceptable = [&](const QString &url, const QString &current, bool currentEnabled) {
        return !url.isEmpty() && (verified.contains(url) || (currentEnabled && url == current));
    };
    const QString pupilUrl = body.value(u"pupilUrl"_s).toString().trimmed();
    const QString guardianUrl = body.value(u"guardianUrl"_s).toString().trimmed();
    const bool pupilEnabled = body.value(u"pupilUrlEnabled"_s).toBool();
    const bool guardianEnabled = body.value(u"guardianUrlEnabled"_s).toBool();
    if (pupilEnabled && !acceptable(pupilUrl, e.pupilUrl, e.pupilUrlEnabled))
        return error(422, u"url_not_verified"_s, u"pupilUrl was not verified reachable: verify it first."_s);
    if (guardianEnabled && !acceptable(guardianUrl, e.guardianUrl, e.guardianUrlEnabled))
        return error(422, u"url_not_verified"_s,
                     u"guardianUrl was not verified reachable: verify it first."_s);
    e.pupilUrl = pupilUrl;
    e.pupilUrlEnabled = pupilEnabled;
    e.guardianUrl = guardianUrl;
    e.guardianUrlEnabled = guardianEnabled;
    if (!m_store->saveEstablishment(e))
        return error(500, u"internal"_s, u"Cannot save the establishment."_s);
    return json(200, establishmentJson(e));
}

QByteArray SandboxServer::encodeCursor(Kind kind, qint64 version) const
{
    // Pupils' cursors keep the shape they always had, so a client's stored cursor stays valid.
    const QString prefix = kind == Kind::Guardians ? u"g1"_s : u"v1"_s;
    return u"%1.%2.%3"_s.arg(prefix, m_store->epoch())
        .arg(version)
        .toUtf8()
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<qint64> SandboxServer::decodeCursor(Kind kind, const QString &cursor) const
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                              | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(*decoded).split(u'.');
    const QString prefix = kind == Kind::Guardians ? u"g1"_s : u"v1"_s;
    if (parts.size() != 3 || parts.at(0) != prefix || parts.at(1) != m_store->epoch())
        return std::nullopt;
    bool ok = false;
    const qint64 version = parts.at(2).toLongLong(&ok);
    if (!ok || version < 0 || version > m_store->currentVersion())
        return std::nullopt;
    return version;
}

SandboxServer::Response SandboxServer::syncPage(Kind kind, const QString &uai, const Request &request)
{
    int limit = 500;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return error(400, u"bad_request"_s, u"limit must be between 1 and 1000."_s);
    }
    qint64 after = 0;
    const QString cursor = request.query.queryItemValue(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto version = decodeCursor(kind, cursor);
        if (!version)
            return error(410, u"cursor_expired"_s, u"Unknown or expired cursor: sync again from the start."_s);
        after = *version;
    }
    QJsonArray items;
    QStringList removed;
    qint64 lastVersion = 0;
    bool hasMore = false;
    if (kind == Kind::Students) {
        const SandboxStore::Changes changes = m_store->changesSince(uai, after, limit);
        for (const PupilRecord &p : changes.items)
            items.append(pupilJson(p));
        removed = changes.removed;
        lastVersion = changes.lastVersion;
        hasMore = changes.hasMore;
    } else {
        const SandboxStore::GuardianChanges changes = m_store->guardianChangesSince(uai, after, limit);
        // One look-up for the whole page's children, not one per guardian.
        QStringList childIds;
        for (const GuardianRecord &g : changes.items)
            childIds += g.childIds;
        const auto children = m_store->pupilSummaries(uai, childIds);
        for (const GuardianRecord &g : changes.items)
            items.append(guardianJson(g, children));
        removed = changes.removed;
        lastVersion = changes.lastVersion;
        hasMore = changes.hasMore;
    }
    return json(200, QJsonObject{
                         {u"items"_s, items},
                         {u"removed"_s, QJsonArray::fromStringList(removed)},
                         {u"nextCursor"_s, QString::fromLatin1(encodeCursor(kind, lastVersion))},
                         {u"hasMore"_s, hasMore},
                     });
}

SandboxServer::Response SandboxServer::notify(Kind kind, const Session &session, const QString &uai,
                                              const Request &request, Operation operation)
{
    const bool guardians = kind == Kind::Guardians;
    const bool resetOnly = operation == Operation::ResetPasswords;
    // What an Idempotency-Key was used for: the kind of accounts, and a reset apart.
    const QString keyUse = kindName(guardians) + (resetOnly ? u"/password-resets"_s : QString());
    const auto user = m_store->user(session.login);
    if (!hasRole(*user, u"chef_etablissement"_s) && !hasRole(*user, u"deleg_ce"_s))
        return error(403, u"forbidden"_s, u"This account may not notify pupils."_s);
    if (request.idempotencyKey.isEmpty())
        return error(400, u"idempotency_key_required"_s, u"Send an Idempotency-Key header."_s);
    // A repeated request returns the batch it created, never a second reset.
    if (const auto stored =
            m_store->storedResponse(session.login, QString::fromLatin1(request.idempotencyKey))) {
        // The same key on the other kind of accounts, or for another operation, is a client bug:
        // that batch is not this one.
        if (stored->kind != keyUse)
            return error(409, u"idempotency_key_reused"_s,
                         u"This Idempotency-Key was used for %1; send a new key."_s.arg(stored->kind));
        return {200, stored->response, {}};
    }

    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return error(400, u"bad_request"_s, u"The body is not valid JSON."_s);
    const QJsonArray ids = body.value(u"ids"_s).toArray();
    const QString channel = resetOnly ? u"letter"_s : body.value(u"channel"_s).toString(u"letter"_s);
    const bool reset = resetOnly || body.value(u"reset"_s).toBool(false);
    if (ids.isEmpty())
        return error(400, u"bad_request"_s, u"ids must list at least one account."_s);
    if (ids.size() > kMaxIdsPerRequest)
        return error(413, u"too_many_ids"_s, u"At most %1 accounts per request."_s.arg(kMaxIdsPerRequest));
    if (channel != u"letter"_s && channel != u"email"_s)
        return error(400, u"bad_request"_s, u"channel must be \"letter\" or \"email\"."_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = QDate::currentDate(); // the school's calendar day, not UTC's
    QJsonArray letters;
    QJsonArray emailed;
    QJsonArray skipped;
    if (!m_store->beginTransaction())
        return error(500, u"internal"_s, u"Cannot start a transaction."_s);
    for (const QJsonValue idValue : ids) {
        const QString id = idValue.toString();
        // Only accounts of the path's kind: a pupil's id on the guardians' path is unknown there.
        std::optional<PupilRecord> pupil;
        std::optional<GuardianRecord> guardian;
        if (guardians)
            guardian = m_store->guardian(uai, id);
        else
            pupil = m_store->pupil(uai, id);
        AccountRecord *account = guardians ? static_cast<AccountRecord *>(guardian ? &*guardian : nullptr)
                                           : static_cast<AccountRecord *>(pupil ? &*pupil : nullptr);
        if (!account) {
            skipped.append(QJsonObject{{u"id"_s, id}, {u"reason"_s, u"unknown_account"_s}});
            continue;
        }
        if (channel == u"email"_s && account->email.isEmpty()) {
            skipped.append(QJsonObject{{u"id"_s, id}, {u"reason"_s, u"no_email"_s}});
            continue;
        }
        // Resetting needs a password to reset: a never-notified account is notified instead.
        if (resetOnly && account->state == u"not_notified"_s) {
            skipped.append(QJsonObject{{u"id"_s, id}, {u"reason"_s, u"not_notified"_s}});
            continue;
        }
        const NotificationOutcome outcome = applyNotification(*account, reset, today);
        if (!(guardians ? m_store->saveGuardian(*guardian) : m_store->savePupil(*pupil))) {
            m_store->rollback();
            return error(500, u"internal"_s, u"Cannot save account %1."_s.arg(id));
        }
        if (channel == u"email"_s) {
            sendEmail(*account, kindName(guardians), u"notification"_s, outcome.variant,
                      u"Votre compte EduConnect"_s, notificationEmailBody(*account, outcome));
            emailed.append(id);
            continue;
        }
        letters.append(QJsonObject{{u"id"_s, id},
                                   {u"login"_s, account->login},
                                   {u"temporaryPassword"_s, outcome.temporaryPassword.isEmpty()
                                                                ? QJsonValue()
                                                                : QJsonValue(outcome.temporaryPassword)},
                                   {u"variant"_s, outcome.variant}});
    }
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime expiresAt = m_batchValiditySeconds >= 0
                                    ? now.addSecs(m_batchValiditySeconds)
                                    : QDateTime(today.addMonths(3), QTime(23, 59, 59), Qt::UTC);
    const QByteArray response = QJsonDocument(QJsonObject{
                                                  {u"batchId"_s, batchId},
                                                  {u"createdAt"_s, now.toString(Qt::ISODate)},
                                                  {u"expiresAt"_s, expiresAt.toString(Qt::ISODate)},
                                                  {u"letters"_s, letters},
                                                  {u"emailed"_s, emailed},
                                                  {u"skipped"_s, skipped},
                                              })
                                    .toJson(QJsonDocument::Compact);
    if (!m_store->storeBatch(batchId, keyUse, uai, session.login,
                             QString::fromLatin1(request.idempotencyKey), now, expiresAt, response) ||
        !m_store->commit()) {
        m_store->rollback();
        return error(500, u"internal"_s, u"Cannot save the batch."_s);
    }
    return {200, response, {}};
}

SandboxServer::Response SandboxServer::batch(const Session &session, const QString &uai, const QString &batchId)
{
    // Only its author gets a batch back, and only while its letters are valid.
    const auto stored = m_store->batch(batchId);
    if (!stored || stored->uai != uai || stored->userLogin != session.login)
        return error(404, u"not_found"_s, u"No such notification batch for this account."_s);
    if (stored->expiresAt <= QDateTime::currentDateTimeUtc())
        return error(410, u"batch_expired"_s, u"This batch has expired: its letters are no longer valid."_s);
    return {200, stored->response, {}};
}

SandboxServer::Response SandboxServer::activationEmail(Kind kind, const QString &uai, const QString &accountId,
                                                       const Request &request)
{
    const bool guardians = kind == Kind::Guardians;
    std::optional<PupilRecord> pupil;
    std::optional<GuardianRecord> guardian;
    if (guardians)
        guardian = m_store->guardian(uai, accountId);
    else
        pupil = m_store->pupil(uai, accountId);
    AccountRecord *account = guardians ? static_cast<AccountRecord *>(guardian ? &*guardian : nullptr)
                                       : static_cast<AccountRecord *>(pupil ? &*pupil : nullptr);
    if (!account)
        return error(404, u"not_found"_s, u"No such account in establishment %1."_s.arg(uai));
    if (account->state != u"activation_pending"_s)
        return error(409, u"not_activation_pending"_s,
                     u"Only an account waiting for its confirmation link (activation_pending) gets it again."_s);
    QJsonParseError parseError;
    const QJsonObject body = request.body.trimmed().isEmpty()
                                 ? QJsonObject()
                                 : QJsonDocument::fromJson(request.body, &parseError).object();
    if (!request.body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError)
        return error(400, u"bad_request"_s, u"The body is not valid JSON."_s);
    const QString newAddress = body.value(u"email"_s).toString().trimmed();
    if (!newAddress.isEmpty()) {
        static const QRegularExpression kAddress(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (newAddress.size() > 254 || !kAddress.match(newAddress).hasMatch())
            return error(422, u"invalid_email"_s, u"This is not an e-mail address."_s);
        account->email = newAddress;
        if (!(guardians ? m_store->saveGuardian(*guardian) : m_store->savePupil(*pupil)))
            return error(500, u"internal"_s, u"Cannot save account %1."_s.arg(accountId));
    }
    if (account->email.isEmpty())
        return error(422, u"no_email"_s, u"This account has no e-mail address: give one."_s);
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sendEmail(*account, kindName(guardians), u"activation"_s, QString(), u"Confirmez votre adresse e-mail EduConnect"_s,
              u"Bonjour %1 %2,\n\nPour terminer l'activation de votre compte EduConnect (identifiant : %3), "
              u"confirmez votre adresse en ouvrant ce lien :\nhttps://educonnect.education.gouv.fr/activation/%4\n\n"
              u"Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n"_s
                  .arg(account->firstName, account->lastName.toUpper(), account->login, token));
    return {200, QJsonDocument(QJsonObject{{u"id"_s, account->id}, {u"email"_s, account->email}}).toJson(QJsonDocument::Compact),
            {}};
}

void SandboxServer::sendEmail(const AccountRecord &account, const QString &kindName, const QString &what,
                              const QString &variant, const QString &subject, const QString &body)
{
    if (m_outboxFile.isEmpty())
        return;
    QFile file(m_outboxFile);
    if (!file.open(QIODevice::Append)) {
        qWarning("sandbox: cannot write the outbox %s", qPrintable(m_outboxFile));
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QJsonObject mail{{u"sentAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"to"_s, account.email},
                           {u"accountId"_s, account.id},
                           {u"accounts"_s, kindName},
                           {u"uai"_s, account.uai},
                           {u"type"_s, what},
                           {u"variant"_s, variant},
                           {u"subject"_s, subject},
                           {u"body"_s, body}};
    file.write(QJsonDocument(mail).toJson(QJsonDocument::Compact) + '\n');
}

SandboxServer::Response SandboxServer::provisionalPassword(const Session &session, const QString &uai,
                                                           const QString &accountId)
{
    std::optional<AccountRecord> account;
    if (const auto pupil = m_store->pupil(uai, accountId)) {
        account = *pupil;
    } else if (const auto guardian = m_store->guardian(uai, accountId)) {
        // Parents' accounts: as for every other guardians' resource, the head of establishment only.
        const auto user = m_store->user(session.login);
        if (!user || !mayManageGuardians(*user))
            return error(403, u"forbidden"_s, u"This account may not manage guardians' accounts."_s);
        account = *guardian;
    }
    if (!account)
        return error(404, u"not_found"_s, u"No such account in establishment %1."_s.arg(uai));
    if (account->state == u"not_notified"_s)
        return error(409, u"not_notified"_s,
                     u"This account was never notified: it has no password yet; notify it instead."_s);
    if (account->provisionalPassword.isEmpty())
        return error(409, u"password_changed"_s,
                     u"The account holder has changed this password: nobody can see it any more."_s);
    QJsonObject body{{u"id"_s, account->id}, {u"password"_s, account->provisionalPassword}};
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

} // namespace sandbox
