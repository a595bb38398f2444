// The sandbox's guardians API over real TLS, against the real sandbox process: cursor sync (full,
// incremental, removed, 410), the notification rules and letter variants per state, idempotent
// retries, the 200-id limit, reprints, the deleg_ce refusals and the fault switches. Raw HTTP
// requests, so the server is checked against docs/api/openapi.yaml, not against the client.

#include "remote/apiclient.h"
#include "remote/totp.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;

    QString errorCode() const { return body.value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

// A bare HTTPS client of API v1 that trusts exactly the sandbox's CA, with its own bearer token.
class RawApi
{
public:
    explicit RawApi(const testsupport::Sandbox &sandbox) : m_base(sandbox.info().baseUrl)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(educonnect::trustedCaCertificates(sandbox.clientConfig()));
    }

    bool signIn(const educonnect::ConnectionInfo &account)
    {
        const QString otp = educonnect::totpCode(account.totpSecret, QDateTime::currentDateTimeUtc());
        const Reply r = send(
            "POST", u"/api/v1/session"_s,
            QJsonObject{{u"login"_s, account.login}, {u"password"_s, account.password}, {u"otp"_s, otp}});
        m_token = r.body.value(u"token"_s).toString().toLatin1();
        return r.status == 200 && !m_token.isEmpty();
    }

    Reply get(const QString &path, const QUrlQuery &query = {}) { return send("GET", path, {}, {}, query); }
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
    {
        return send("POST", path, body, idempotencyKey);
    }

    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QByteArray &idempotencyKey = {}, const QUrlQuery &query = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        QNetworkReply *reply =
            method == "GET" ? m_network.get(request)
                            : m_network.sendCustomRequest(request, method,
                                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
        Reply result;
        if (!QTest::qWaitFor([&]() { return reply->isFinished(); }, 60000)) {
            reply->abort();
        } else {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.raw = reply->readAll();
            result.body = QJsonDocument::fromJson(result.raw).object();
        }
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QSslConfiguration m_tls;
    QByteArray m_token;
};

QString guardiansPath(const QString &uai)
{
    return u"/api/v1/establishments/%1/guardians"_s.arg(uai);
}

QString studentsPath(const QString &uai)
{
    return u"/api/v1/establishments/%1/students"_s.arg(uai);
}

QUrlQuery pageQuery(const QString &cursor, int limit)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return query;
}

// Every page from `cursor` on: the items by id, the removed ids, the final cursor.
struct Synced
{
    QHash<QString, QJsonObject> items;
    QStringList removed;
    QString cursor;
    int pages = 0;
    bool ok = false;
};

Synced syncAll(RawApi &api, const QString &path, const QString &from = {}, int limit = 200)
{
    Synced s;
    s.cursor = from;
    for (int guard = 0; guard < 1000; ++guard) {
        const Reply r = api.get(path, pageQuery(s.cursor, limit));
        if (r.status != 200)
            return s;
        ++s.pages;
        for (const QJsonValue item : r.body.value(u"items"_s).toArray())
            s.items.insert(item.toObject().value(u"id"_s).toString(), item.toObject());
        for (const QJsonValue id : r.body.value(u"removed"_s).toArray())
            s.removed << id.toString();
        s.cursor = r.body.value(u"nextCursor"_s).toString();
        if (!r.body.value(u"hasMore"_s).toBool()) {
            s.ok = true;
            return s;
        }
    }
    return s;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

// The ids of an array of ids or of objects; a child at another school has none and is left out.
QSet<QString> idsOf(const QJsonArray &array)
{
    QSet<QString> ids;
    for (const QJsonValue v : array) {
        const QString id = v.isObject() ? v.toObject().value(u"id"_s).toString() : v.toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

bool isValidUai(const QString &uai)
{
    static const QString letters = u"ABCDEFGHJKLMNPRSTUVWXYZ"_s;
    return QRegularExpression(u"^[0-9]{7}[A-Z]$"_s).match(uai).hasMatch() &&
           uai.at(7) == letters.at(uai.left(7).toInt() % 23);
}

enum class Password { New, Same, None };

} // namespace

Q_DECLARE_METATYPE(Password)

class TestSandboxGuardians : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    std::unique_ptr<RawApi> m_api; // the head of establishment
    QString m_uai;
    QHash<QString, QJsonObject> m_guardians; // as the first full sync saw them
    QHash<QString, QJsonObject> m_pupils;
    QSet<QString> m_used; // guardians a test has notified already

    QString notificationsPath() const { return guardiansPath(m_uai) + u"/notifications"_s; }

    QString serverGuardian(const QString &column, const QString &id) const
    {
        return m_sandbox.serverValue(u"SELECT %1 FROM guardians WHERE id = ?"_s.arg(column), id);
    }

    // A guardian not used by an earlier test, in this state on the server now.
    QString freshGuardian(const QString &state, const std::function<bool(const QJsonObject &)> &also = {})
    {
        QStringList ids = m_guardians.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            if (m_used.contains(id) || serverGuardian(u"state"_s, id) != state)
                continue;
            if (also && !also(m_guardians.value(id)))
                continue;
            m_used.insert(id);
            return id;
        }
        return {};
    }

    Reply notify(const QStringList &ids, bool reset, const QString &channel = u"letter"_s,
                 const QByteArray &key = newKey())
    {
        return m_api->post(notificationsPath(),
                           QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)},
                                       {u"channel"_s, channel},
                                       {u"reset"_s, reset}},
                           key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"300"_s, u"--seed"_s, u"7"_s}));
        m_uai = m_sandbox.info().uai;
        m_api = std::make_unique<RawApi>(m_sandbox);
        QVERIFY(m_api->signIn(m_sandbox.info()));
    }

    void fullSyncByPages()
    {
        const Synced guardians = syncAll(*m_api, guardiansPath(m_uai), {}, 100);
        QVERIFY(guardians.ok);
        const int onServer = m_sandbox.serverValue(u"SELECT COUNT(*) FROM guardians"_s).toInt();
        QCOMPARE(guardians.items.size(), onServer);
        QVERIFY2(onServer > 420 && onServer < 540, qPrintable(QString::number(onServer))); // ~1.6 per pupil
        QVERIFY(guardians.pages >= 5);
        QVERIFY(guardians.removed.isEmpty());
        const Synced pupils = syncAll(*m_api, studentsPath(m_uai), {}, 500);
        QVERIFY(pupils.ok);
        QCOMPARE(pupils.items.size(), 300);

        const QSet<QString> fields{u"id"_s,          u"lastName"_s, u"firstName"_s, u"login"_s,
                                   u"state"_s,       u"origin"_s,   u"email"_s,     u"notifiedAt"_s,
                                   u"lastLoginAt"_s, u"passwordProvisional"_s, u"children"_s, u"mobile"_s};
        const QSet<QString> localChild{u"id"_s, u"lastName"_s, u"firstName"_s, u"className"_s};
        const QSet<QString> otherChild{u"uai"_s, u"establishmentName"_s, u"lastName"_s, u"firstName"_s,
                                       u"className"_s};
        int elsewhere = 0;
        QSet<QString> states;
        for (const QJsonObject &g : guardians.items) {
            const QString id = g.value(u"id"_s).toString();
            QCOMPARE(keysOf(g), fields);
            const QJsonValue mobile = g.value(u"mobile"_s);
            QVERIFY2(mobile.isNull()
                         || QRegularExpression(u"^06 39 98 [0-9]{2} [0-9]{2}$"_s).match(mobile.toString()).hasMatch(),
                     qPrintable(mobile.toString()));
            QVERIFY2(QRegularExpression(u"^[a-z]+\\.[a-z]+[0-9]+$"_s)
                         .match(g.value(u"login"_s).toString())
                         .hasMatch(),
                     qPrintable(g.value(u"login"_s).toString()));
            QCOMPARE(g.value(u"login"_s).toString(), serverGuardian(u"login"_s, id));
            states.insert(g.value(u"state"_s).toString());
            QVERIFY(g.value(u"email"_s).isNull() || g.value(u"email"_s).toString().contains(u'@'));
            QVERIFY(g.value(u"notifiedAt"_s).isNull() ||
                    QDate::fromString(g.value(u"notifiedAt"_s).toString(), Qt::ISODate).isValid());
            QVERIFY(g.value(u"lastLoginAt"_s).isNull() ||
                    QDateTime::fromString(g.value(u"lastLoginAt"_s).toString(), Qt::ISODate).isValid());
            int here = 0;
            for (const QJsonValue v : g.value(u"children"_s).toArray()) {
                const QJsonObject child = v.toObject();
                if (child.contains(u"id"_s)) {
                    ++here;
                    QCOMPARE(keysOf(child), localChild);
                    // The child as the pupils' sync has it, and linked back.
                    const QJsonObject pupil = pupils.items.value(child.value(u"id"_s).toString());
                    QCOMPARE(child.value(u"lastName"_s), pupil.value(u"lastName"_s));
                    QCOMPARE(child.value(u"firstName"_s), pupil.value(u"firstName"_s));
                    QCOMPARE(child.value(u"className"_s), pupil.value(u"className"_s));
                    QVERIFY(idsOf(pupil.value(u"guardianIds"_s).toArray()).contains(id));
                } else {
                    ++elsewhere;
                    QCOMPARE(keysOf(child), otherChild);
                    QVERIFY2(isValidUai(child.value(u"uai"_s).toString()),
                             qPrintable(child.value(u"uai"_s).toString()));
                    QVERIFY(child.value(u"uai"_s).toString() != m_uai);
                    QVERIFY(!child.value(u"establishmentName"_s).toString().isEmpty());
                }
            }
            QVERIFY2(here >= 1, qPrintable(id));
        }
        QVERIFY(elsewhere > 0);
        QCOMPARE(states,
                 (QSet<QString>{u"not_notified"_s, u"notified"_s, u"activation_pending"_s, u"activated"_s}));
        for (const QJsonObject &p : pupils.items) {
            const QJsonArray ids = p.value(u"guardianIds"_s).toArray();
            QVERIFY(ids.size() == 1 || ids.size() == 2);
            for (const QString &g : idsOf(ids))
                QVERIFY(idsOf(guardians.items.value(g).value(u"children"_s).toArray())
                            .contains(p.value(u"id"_s).toString()));
        }
        m_guardians = guardians.items;
        m_pupils = pupils.items;
    }

    void notificationsShowInTheNextIncrementalSync()
    {
        const Synced now = syncAll(*m_api, guardiansPath(m_uai));
        QVERIFY(now.ok);
        const Synced nothing = syncAll(*m_api, guardiansPath(m_uai), now.cursor);
        QVERIFY(nothing.ok);
        QVERIFY(nothing.items.isEmpty() && nothing.removed.isEmpty());

        const QStringList ids{freshGuardian(u"not_notified"_s), freshGuardian(u"activated"_s),
                              freshGuardian(u"notified"_s)};
        QVERIFY(!ids.contains(QString()));
        QCOMPARE(notify(ids, false).status, 200);
        const Synced delta = syncAll(*m_api, guardiansPath(m_uai), nothing.cursor);
        QVERIFY(delta.ok);
        QCOMPARE(QSet<QString>(delta.items.keyBegin(), delta.items.keyEnd()),
                 QSet<QString>(ids.cbegin(), ids.cend()));
        QVERIFY(delta.removed.isEmpty());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const QJsonObject &g : delta.items)
            QCOMPARE(g.value(u"notifiedAt"_s).toString(), today);
        QCOMPARE(delta.items.value(ids.first()).value(u"state"_s).toString(), u"notified"_s);
        QCOMPARE(delta.items.value(ids.first()).value(u"origin"_s).toString(), u"school"_s);
        QCOMPARE(delta.items.value(ids.at(1)).value(u"state"_s).toString(), u"activated"_s);
        // The pupils' stream knows nothing of it.
        QCOMPARE(
            syncAll(*m_api, studentsPath(m_uai), syncAll(*m_api, studentsPath(m_uai)).cursor).items.size(),
            0);
    }

    void anUnknownCursorIsGone_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("garbage") << u"not-a-cursor"_s;
        QTest::newRow("another server's") << u"ZzEuMTIzLjQ1Ng"_s; // g1.123.456
        QTest::newRow("the pupils' stream's") << QString();       // filled in below
    }
    void anUnknownCursorIsGone()
    {
        QFETCH(QString, cursor);
        if (cursor.isEmpty())
            cursor = m_api->get(studentsPath(m_uai), pageQuery({}, 1)).body.value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply r = m_api->get(guardiansPath(m_uai), pageQuery(cursor, 100));
        QCOMPARE(r.status, 410);
        QCOMPARE(r.errorCode(), u"cursor_expired"_s);
    }

    // DESIGN.md section 2, the ministry's letter table, for parents' accounts.
    void notificationRulesPerState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<Password>("password");
        QTest::addColumn<QString>("stateAfter");
        QTest::newRow("not notified")
            << u"not_notified"_s << false << u"distribution"_s << Password::New << u"notified"_s;
        QTest::newRow("not notified, reset")
            << u"not_notified"_s << true << u"distribution"_s << Password::New << u"notified"_s;
        QTest::newRow("notified") << u"notified"_s << false << u"distribution"_s << Password::Same
                                  << u"notified"_s;
        QTest::newRow("notified, reset")
            << u"notified"_s << true << u"distribution"_s << Password::New << u"notified"_s;
        QTest::newRow("activation pending") << u"activation_pending"_s << false << u"redistribution"_s
                                            << Password::None << u"activation_pending"_s;
        QTest::newRow("activation pending, reset") << u"activation_pending"_s << true << u"password_change"_s
                                                   << Password::New << u"activation_pending"_s;
        QTest::newRow("activated") << u"activated"_s << false << u"redistribution"_s << Password::None
                                   << u"activated"_s;
        QTest::newRow("activated, reset")
            << u"activated"_s << true << u"password_change"_s << Password::New << u"activated"_s;
    }
    void notificationRulesPerState()
    {
        QFETCH(QString, state);
        QFETCH(bool, reset);
        QFETCH(QString, variant);
        QFETCH(Password, password);
        QFETCH(QString, stateAfter);
        const QString id = freshGuardian(state);
        QVERIFY2(!id.isEmpty(), qPrintable(state));
        const QString before = serverGuardian(u"provisional_password"_s, id);

        const Reply r = notify({id}, reset);
        QCOMPARE(r.status, 200);
        const QJsonArray letters = r.body.value(u"letters"_s).toArray();
        QCOMPARE(letters.size(), 1);
        const QJsonObject letter = letters.first().toObject();
        QCOMPARE(letter.value(u"id"_s).toString(), id);
        QCOMPARE(letter.value(u"login"_s).toString(), m_guardians.value(id).value(u"login"_s).toString());
        QCOMPARE(letter.value(u"variant"_s).toString(), variant);
        const QString after = serverGuardian(u"provisional_password"_s, id);
        switch (password) {
        case Password::New:
            QVERIFY(QRegularExpression(u"^[A-Z0-9]{8}$"_s)
                        .match(letter.value(u"temporaryPassword"_s).toString())
                        .hasMatch());
            QCOMPARE(letter.value(u"temporaryPassword"_s).toString(), after);
            QVERIFY(after != before);
            break;
        case Password::Same:
            QVERIFY(!before.isEmpty());
            QCOMPARE(letter.value(u"temporaryPassword"_s).toString(), before);
            QCOMPARE(after, before);
            break;
        case Password::None:
            QVERIFY(letter.value(u"temporaryPassword"_s).isNull());
            QCOMPARE(after, before);
            break;
        }
        QCOMPARE(serverGuardian(u"state"_s, id), stateAfter);
        QCOMPARE(serverGuardian(u"notified_at"_s, id), QDate::currentDate().toString(Qt::ISODate));
    }

    void unknownIdsAndMissingAddressesAreSkipped()
    {
        const QString pupil = m_pupils.keys().value(0); // a pupil is no guardian
        const Reply unknown = notify({u"R999999"_s, pupil}, false);
        QCOMPARE(unknown.status, 200);
        QVERIFY(unknown.body.value(u"letters"_s).toArray().isEmpty());
        const QJsonArray skipped = unknown.body.value(u"skipped"_s).toArray();
        QCOMPARE(idsOf(skipped), (QSet<QString>{u"R999999"_s, pupil}));
        for (const QJsonValue s : skipped)
            QCOMPARE(s.toObject().value(u"reason"_s).toString(), u"unknown_account"_s);

        const QString with =
            freshGuardian(u"activated"_s, [](const QJsonObject &g) { return !g.value(u"email"_s).isNull(); });
        const QString without =
            freshGuardian(u"notified"_s, [](const QJsonObject &g) { return g.value(u"email"_s).isNull(); });
        QVERIFY(!with.isEmpty() && !without.isEmpty());
        const Reply emailed = notify({with, without}, false, u"email"_s);
        QCOMPARE(emailed.status, 200);
        QCOMPARE(emailed.body.value(u"emailed"_s).toArray(), QJsonArray{with});
        QCOMPARE(emailed.body.value(u"skipped"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"id"_s, without}, {u"reason"_s, u"no_email"_s}}}));
    }

    void aRetryReturnsTheSameBatch()
    {
        const QString id = freshGuardian(u"activated"_s);
        const QByteArray key = newKey();
        const Reply first = notify({id}, true, u"letter"_s, key);
        const Reply retry = notify({id}, true, u"letter"_s, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.raw, first.raw); // the stored batch, byte for byte
        const QString password = first.body.value(u"letters"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"temporaryPassword"_s)
                                     .toString();
        QCOMPARE(serverGuardian(u"provisional_password"_s, id), password); // never reset twice
        // The same key on the pupils' endpoint is not that batch.
        const Reply elsewhere =
            m_api->post(studentsPath(m_uai) + u"/notifications"_s,
                        QJsonObject{{u"ids"_s, QJsonArray{m_pupils.keys().value(0)}}}, key);
        QCOMPARE(elsewhere.status, 409);
        QCOMPARE(elsewhere.errorCode(), u"idempotency_key_reused"_s);
    }

    void moreThan200IdsOrNoKeyAreRefused()
    {
        QStringList ids;
        for (int i = 1; i <= 201; ++i)
            ids << u"R%1"_s.arg(i, 6, 10, QChar(u'0'));
        const QString notifiedBefore = serverGuardian(u"notified_at"_s, u"R000001"_s);
        const Reply tooMany = notify(ids, false);
        QCOMPARE(tooMany.status, 413);
        QCOMPARE(tooMany.errorCode(), u"too_many_ids"_s);
        QCOMPARE(serverGuardian(u"notified_at"_s, u"R000001"_s), notifiedBefore);
        const Reply noKey =
            m_api->send("POST", notificationsPath(), QJsonObject{{u"ids"_s, QJsonArray{u"R000001"_s}}});
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.errorCode(), u"idempotency_key_required"_s);
    }

    void aBatchIsFetchedAgainForAReprint()
    {
        const QStringList ids{freshGuardian(u"notified"_s), freshGuardian(u"not_notified"_s)};
        const Reply original = notify(ids, true);
        QCOMPARE(original.status, 200);
        QCOMPARE(original.body.value(u"letters"_s).toArray().size(), 2);
        const QString batchId = original.body.value(u"batchId"_s).toString();
        const Reply again =
            m_api->get(u"/api/v1/establishments/%1/notification-batches/%2"_s.arg(m_uai, batchId));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, original.body);
    }

    void aDelegatedStaffMemberHasNoGuardians()
    {
        const educonnect::ConnectionInfo deleg = testsupport::accountOf(m_sandbox, u"deleg.demo"_s);
        QCOMPARE(deleg.login, u"deleg.demo"_s);
        // The roles the server grants at sign-in, as the client reads them.
        educonnect::ApiClient client(m_sandbox.clientConfig());
        const auto user = testsupport::signIn(client, deleg);
        QVERIFY(user.ok());
        QCOMPARE(user.value().roles, QStringList{u"deleg_ce"_s});

        RawApi api(m_sandbox);
        QVERIFY(api.signIn(deleg));
        const Reply list = api.get(guardiansPath(m_uai));
        QCOMPARE(list.status, 403);
        QCOMPARE(list.errorCode(), u"forbidden"_s);
        const QString id = freshGuardian(u"not_notified"_s);
        const Reply notified =
            api.post(notificationsPath(), QJsonObject{{u"ids"_s, QJsonArray{id}}}, newKey());
        QCOMPARE(notified.status, 403);
        QCOMPARE(notified.errorCode(), u"forbidden"_s);
        QCOMPARE(serverGuardian(u"state"_s, id), u"not_notified"_s);
        QVERIFY(serverGuardian(u"notified_at"_s, id).isEmpty());
        // The pupils' side stays open to it.
        const Reply pupils = api.get(studentsPath(m_uai), pageQuery({}, 10));
        QCOMPARE(pupils.status, 200);
        QCOMPARE(pupils.body.value(u"items"_s).toArray().size(), 10);
        const Reply pupilLetters =
            api.post(studentsPath(m_uai) + u"/notifications"_s,
                     QJsonObject{{u"ids"_s, QJsonArray{m_pupils.keys().value(1)}}}, newKey());
        QCOMPARE(pupilLetters.status, 200);
        QCOMPARE(pupilLetters.body.value(u"letters"_s).toArray().size(), 1);
    }

    void aRemovedGuardianIsListedAsRemoved()
    {
        testsupport::Sandbox sandbox;
        QVERIFY(sandbox.start({u"--pupils"_s, u"40"_s, u"--seed"_s, u"3"_s}));
        const QString uai = sandbox.info().uai;
        Synced guardians, pupils;
        {
            RawApi api(sandbox);
            QVERIFY(api.signIn(sandbox.info()));
            guardians = syncAll(api, guardiansPath(uai), {}, 10);
            pupils = syncAll(api, studentsPath(uai), {}, 10);
            QVERIFY(guardians.ok && pupils.ok);
        }
        // A guardian whose child has another one, and a pupil whose guardians have no other child here.
        QString gone;
        QStringList itsChildren;
        QString onlyChild;
        QSet<QString> onlyChildsGuardians;
        QStringList pupilIds = pupils.items.keys();
        pupilIds.sort(); // the same choice at every run
        for (const QString &pupilId : std::as_const(pupilIds)) {
            const QJsonObject p = pupils.items.value(pupilId);
            const QSet<QString> ids = idsOf(p.value(u"guardianIds"_s).toArray());
            bool alone = true;
            for (const QString &g : ids)
                alone = alone && idsOf(guardians.items.value(g).value(u"children"_s).toArray()).size() == 1;
            if (ids.size() == 2 && gone.isEmpty()) {
                gone = p.value(u"guardianIds"_s).toArray().first().toString();
                itsChildren =
                    QStringList(idsOf(guardians.items.value(gone).value(u"children"_s).toArray()).values());
            } else if (alone && onlyChild.isEmpty() && !ids.contains(gone)) {
                onlyChild = p.value(u"id"_s).toString();
                onlyChildsGuardians = ids;
            }
        }
        QVERIFY(!gone.isEmpty() && !onlyChild.isEmpty());

        // The school's data feed removes them while the server is down; clients come back later.
        QVERIFY(sandbox.restart({u"--remove-account"_s, gone, u"--remove-account"_s, onlyChild}));
        RawApi api(sandbox);
        QVERIFY(api.signIn(sandbox.info()));
        const Synced guardianDelta = syncAll(api, guardiansPath(uai), guardians.cursor, 10);
        QVERIFY(guardianDelta.ok);
        QCOMPARE(QSet<QString>(guardianDelta.removed.cbegin(), guardianDelta.removed.cend()),
                 onlyChildsGuardians | QSet<QString>{gone});
        for (const QJsonObject &g : guardianDelta.items)
            QVERIFY(!idsOf(g.value(u"children"_s).toArray()).contains(onlyChild));
        const Synced pupilDelta = syncAll(api, studentsPath(uai), pupils.cursor, 10);
        QVERIFY(pupilDelta.ok);
        QCOMPARE(pupilDelta.removed, QStringList{onlyChild});
        // The removed guardian's children lost it: they come again, without it.
        for (const QString &child : itsChildren) {
            QVERIFY2(pupilDelta.items.contains(child), qPrintable(child));
            QVERIFY(!idsOf(pupilDelta.items.value(child).value(u"guardianIds"_s).toArray()).contains(gone));
        }
        const Synced full = syncAll(api, guardiansPath(uai));
        QCOMPARE(full.items.size(), guardians.items.size() - 1 - onlyChildsGuardians.size());
    }

    // The test-only fault switches work on the guardians' route too; notifications of both kinds
    // share one route.
    void faultSwitchesCoverGuardians()
    {
        testsupport::Sandbox sandbox;
        QVERIFY(
            sandbox.start({u"--pupils"_s, u"30"_s, u"--fault"_s, u"guardians:bad-record:1"_s, u"--fault"_s,
                           u"guardians:stuck-cursor:2"_s, u"--fault"_s, u"notifications:status:503:1"_s,
                           u"--fault"_s, u"notifications:status:500:3"_s}));
        const QString uai = sandbox.info().uai;
        RawApi api(sandbox);
        QVERIFY(api.signIn(sandbox.info()));
        // Pupils' pages count apart: this one is sound.
        const Reply pupils = api.get(studentsPath(uai), pageQuery({}, 5));
        QCOMPARE(pupils.status, 200);
        QVERIFY(pupils.body.value(u"items"_s).toArray().first().toObject().contains(u"login"_s));

        const Reply first = api.get(guardiansPath(uai), pageQuery({}, 5));
        QCOMPARE(first.status, 200);
        const QJsonArray items = first.body.value(u"items"_s).toArray();
        QCOMPARE(items.at(0).toObject().value(u"state"_s).toString(), u"suspended"_s);
        QVERIFY(!items.at(1).toObject().contains(u"login"_s));
        const QString cursor = first.body.value(u"nextCursor"_s).toString();
        const Reply stuck = api.get(guardiansPath(uai), pageQuery(cursor, 5));
        QCOMPARE(stuck.status, 200);
        QCOMPARE(stuck.body.value(u"nextCursor"_s).toString(), cursor);
        QVERIFY(stuck.body.value(u"hasMore"_s).toBool());
        const Reply moving = api.get(guardiansPath(uai), pageQuery(cursor, 5));
        QVERIFY(moving.body.value(u"nextCursor"_s).toString() != cursor);

        const QJsonObject one{{u"ids"_s, QJsonArray{u"R000001"_s}}};
        QCOMPARE(api.post(guardiansPath(uai) + u"/notifications"_s, one, newKey()).status, 503);
        QCOMPARE(api.post(studentsPath(uai) + u"/notifications"_s,
                          QJsonObject{{u"ids"_s, QJsonArray{u"E000001"_s}}}, newKey())
                     .status,
                 200);
        QCOMPARE(api.post(guardiansPath(uai) + u"/notifications"_s, one, newKey()).status, 500);
        QCOMPARE(api.post(guardiansPath(uai) + u"/notifications"_s, one, newKey()).status, 200);
        QVERIFY(sandbox.log().contains(u"GET /api/v1/establishments/%1/guardians 200 (fault)"_s.arg(uai)));
    }
};

QTEST_MAIN(TestSandboxGuardians)
#include "tst_sandbox_guardians.moc"
