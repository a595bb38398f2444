#include "remote/jsonmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

QJsonObject validPupil()
{
    return QJsonObject{
        {u"id"_s, u"E000042"_s},
        {u"lastName"_s, u"N'Diaye"_s},
        {u"firstName"_s, u"Aïcha"_s},
        {u"birthDate"_s, u"2011-03-04"_s},
        {u"className"_s, u"3e A"_s},
        {u"level"_s, u"3EME"_s},
        {u"mef"_s, QJsonObject{{u"code"_s, u"10310019110"_s}, {u"label"_s, u"3EME"_s}}},
        {u"login"_s, u"a.ndiaye42"_s},
        {u"state"_s, u"activated"_s},
        {u"origin"_s, u"franceconnect"_s},
        {u"email"_s, QJsonValue()},
        {u"notifiedAt"_s, u"2025-09-03"_s},
        {u"lastLoginAt"_s, u"2025-09-10T08:12:00Z"_s},
        {u"guardianIds"_s, QJsonArray{u"R1"_s, u"R2"_s}},
    };
}

QJsonObject validGuardian()
{
    return QJsonObject{
        {u"id"_s, u"R000007"_s},
        {u"lastName"_s, u"N'Diaye"_s},
        {u"firstName"_s, u"Fatou"_s},
        {u"login"_s, u"fatou.ndiaye12"_s},
        {u"state"_s, u"notified"_s},
        {u"origin"_s, u"guardian"_s},
        {u"email"_s, u"fatou@example.org"_s},
        {u"mobile"_s, u"06 39 98 12 34"_s},
        {u"notifiedAt"_s, u"2026-09-03"_s},
        {u"lastLoginAt"_s, QJsonValue()},
        {u"children"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"E000042"_s}, {u"lastName"_s, u"N'Diaye"_s}, {u"firstName"_s, u"Aïcha"_s},
                                {u"className"_s, u"3e A"_s}},
                    QJsonObject{{u"uai"_s, u"0450750W"_s}, {u"establishmentName"_s, u"LP Rodin"_s},
                                {u"lastName"_s, u"N'Diaye"_s}, {u"firstName"_s, u"Moussa"_s},
                                {u"className"_s, u"2nde 3"_s}}}},
    };
}

QByteArray page(const QJsonArray &items, const QJsonValue &nextCursor = u"abc"_s, const QJsonValue &hasMore = false)
{
    return QJsonDocument(QJsonObject{{u"items"_s, items}, {u"removed"_s, QJsonArray{u"E9"_s}},
                                     {u"nextCursor"_s, nextCursor}, {u"hasMore"_s, hasMore}})
        .toJson();
}

} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT
private slots:
    void validPupilMapsEveryField()
    {
        auto r = json::studentFromJson(validPupil());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const Student &s = r.value();
        QCOMPARE(s.id, u"E000042"_s);
        QCOMPARE(s.lastName, u"N'Diaye"_s);
        QCOMPARE(s.firstName, u"Aïcha"_s);
        QCOMPARE(s.birthDate, QDate(2011, 3, 4));
        QCOMPARE(s.mef.code, u"10310019110"_s);
        QCOMPARE(s.state, AccountState::Activated);
        QCOMPARE(s.origin, AccountOrigin::FranceConnect);
        QVERIFY(s.email.isEmpty());
        QCOMPARE(s.notifiedAt, QDate(2025, 9, 3));
        QCOMPARE(s.lastLoginAt, QDateTime(QDate(2025, 9, 10), QTime(8, 12), Qt::UTC));
        QCOMPARE(s.guardianIds, QStringList({u"R1"_s, u"R2"_s}));
    }

    void roundTripKeepsOddNames_data()
    {
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("apostrophe") << u"N'Diaye"_s << u"Awa"_s;
        QTest::newRow("ampersand") << u"Dupont & Fils"_s << u"Léo"_s;
        QTest::newRow("markup") << u"<b>Gras</b>"_s << u"<i>x</i>"_s;
        QTest::newRow("80 characters") << QString(80, u'é') << u"Jean-Baptiste"_s;
        QTest::newRow("cyrillic") << u"Иванова"_s << u"Мария"_s;
        QTest::newRow("greek") << u"Παπαδόπουλος"_s << u"Νίκος"_s;
        QTest::newRow("quotes and backslash") << u"O\"Brien\\"_s << u"Zoé"_s;
    }
    void roundTripKeepsOddNames()
    {
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        auto s = json::studentFromJson(validPupil());
        Student original = s.value();
        original.lastName = lastName;
        original.firstName = firstName;
        const QByteArray wire = QJsonDocument(json::studentToJson(original)).toJson();
        auto back = json::studentFromJson(QJsonDocument::fromJson(wire).object());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), original);
    }

    void malformedPupilIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("missing id") << u"id"_s << QJsonValue(QJsonValue::Undefined) << u"id"_s;
        QTest::newRow("empty id") << u"id"_s << QJsonValue(u"  "_s) << u"id"_s;
        QTest::newRow("numeric last name") << u"lastName"_s << QJsonValue(12) << u"lastName"_s;
        QTest::newRow("missing class") << u"className"_s << QJsonValue(QJsonValue::Null) << u"className"_s;
        QTest::newRow("unknown state") << u"state"_s << QJsonValue(u"frozen"_s) << u"frozen"_s;
        QTest::newRow("bad date") << u"birthDate"_s << QJsonValue(u"31/02/2011"_s) << u"birthDate"_s;
        QTest::newRow("bad timestamp") << u"lastLoginAt"_s << QJsonValue(u"yesterday"_s) << u"lastLoginAt"_s;
        QTest::newRow("guardians not a list") << u"guardianIds"_s << QJsonValue(u"R1"_s) << u"guardianIds"_s;
        QTest::newRow("guardians not text") << u"guardianIds"_s << QJsonValue(QJsonArray{1, 2}) << u"guardianIds"_s;
        QTest::newRow("mef not an object") << u"mef"_s << QJsonValue(u"3EME"_s) << u"mef"_s;
    }
    void malformedPupilIsRejected()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentioned);
        QJsonObject o = validPupil();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        auto r = json::studentFromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"malformed-response"_s);
        QVERIFY2(r.error().message.contains(mentioned), qPrintable(r.error().message));
    }

    void unknownOriginIsNotAnError()
    {
        QJsonObject o = validPupil();
        o.insert(u"origin"_s, u"some_future_origin"_s);
        auto r = json::studentFromJson(o);
        QVERIFY(r.ok());
        QCOMPARE(r.value().origin, AccountOrigin::Unknown);
    }

    void pageParsing()
    {
        auto ok = json::studentPageFromJson(page({validPupil()}, u"cur"_s, true));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().items.size(), 1);
        QCOMPARE(ok.value().removed, QStringList{u"E9"_s});
        QCOMPARE(ok.value().nextCursor, u"cur"_s);
        QVERIFY(ok.value().hasMore);
    }

    void malformedPageIsRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QJsonObject badPupil = validPupil();
        badPupil.remove(u"login"_s);
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("HTML error page") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("truncated") << page({validPupil()}).left(60);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("items not a list") << QByteArray(R"({"items": {}, "nextCursor": "x", "hasMore": false})");
        QTest::newRow("no cursor") << page({validPupil()}, QJsonValue(QJsonValue::Null));
        QTest::newRow("hasMore as string") << page({validPupil()}, u"c"_s, u"false"_s);
    }
    void malformedPageIsRejected()
    {
        QFETCH(QByteArray, body);
        auto r = json::studentPageFromJson(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"malformed-response"_s);
        QVERIFY(!r.error().message.isEmpty());
    }

    // One record the client cannot read must not block the whole sync: the others are kept and
    // the bad ones are reported with their place, their id when readable, and why.
    void unreadableRecordsAreSetAsideNotFatal()
    {
        QJsonObject noLogin = validPupil();
        noLogin.insert(u"id"_s, u"E7"_s);
        noLogin.remove(u"login"_s);
        QJsonObject unknownState = validPupil();
        unknownState.insert(u"id"_s, u"E8"_s);
        unknownState.insert(u"state"_s, u"suspended"_s);
        auto r = json::studentPageFromJson(page({validPupil(), noLogin, 42, unknownState}));
        QVERIFY(r.ok());
        QCOMPARE(r.value().items.size(), 1);
        QCOMPARE(r.value().items.at(0).id, validPupil().value(u"id"_s).toString());
        const QList<RejectedRecord> rejected = r.value().rejected;
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected.at(0).index, 2);
        QCOMPARE(rejected.at(0).id, u"E7"_s);
        QVERIFY2(rejected.at(0).reason.contains(u"login"_s), qPrintable(rejected.at(0).reason));
        QCOMPARE(rejected.at(1).index, 3);
        QVERIFY(rejected.at(1).id.isEmpty());
        QCOMPARE(rejected.at(2).id, u"E8"_s);
        QVERIFY2(rejected.at(2).reason.contains(u"suspended"_s), qPrintable(rejected.at(2).reason));
        QCOMPARE(r.value().nextCursor, u"abc"_s);
    }

    void notificationBatch()
    {
        const QByteArray body = R"({"batchId":"b-1","createdAt":"2026-09-02T08:00:00Z","expiresAt":"2026-12-02T23:59:59Z",
            "letters":[{"id":"E1","login":"a.b12","temporaryPassword":"PT4HUMM2","variant":"distribution"},
                       {"id":"E2","login":"c.d13","temporaryPassword":null,"variant":"redistribution"}],
            "emailed":[],"skipped":[{"id":"E3","reason":"unknown_account"}]})";
        auto r = json::notificationBatchFromJson(body);
        QVERIFY(r.ok());
        QCOMPARE(r.value().letters.size(), 2);
        QCOMPARE(r.value().letters.at(0).temporaryPassword, u"PT4HUMM2"_s);
        QCOMPARE(r.value().letters.at(1).variant, LetterVariant::Redistribution);
        QVERIFY(r.value().letters.at(1).temporaryPassword.isEmpty());
        QCOMPARE(r.value().skipped.at(0).reason, u"unknown_account"_s);
    }

    // A letter the client cannot read is named, and the batch's other letters are kept: the server
    // has already done what the batch says, and a resume would get the very same body.
    void unreadableLettersAreNamedNotFatal()
    {
        const QByteArray body = R"({"batchId":"b","createdAt":"2026-09-02T08:00:00Z","expiresAt":null,
            "letters":[{"id":"E1","login":"a.b12","temporaryPassword":null,"variant":"distribution"},
                       {"id":"E2","login":"c.d13","temporaryPassword":"PT4HUMM2","variant":"distribution"},
                       {"id":"E3","login":"e.f14","temporaryPassword":"X","variant":"postcard"}],
            "skipped":[{"reason":"unknown_account"}]})";
        auto r = json::notificationBatchFromJson(body);
        QVERIFY(r.ok());
        QCOMPARE(r.value().letters.size(), 1);
        QCOMPARE(r.value().letters.first().login, u"c.d13"_s);
        QCOMPARE(r.value().unreadable.size(), 3);
        QCOMPARE(r.value().unreadable.at(0).id, u"a.b12"_s);
        QVERIFY(r.value().unreadable.at(0).reason.contains(u"password"_s));
        QCOMPARE(r.value().unreadable.at(1).id, u"e.f14"_s);
        QVERIFY(r.value().unreadable.at(1).reason.contains(u"postcard"_s));
        QVERIFY(r.value().skipped.isEmpty());
    }

    void sessionRejectsInvalidUai()
    {
        const QByteArray good = R"({"token":"t","expiresAt":"2026-09-02T16:00:00Z","user":{"name":"X","roles":["chef_etablissement"],
            "establishments":[{"uai":"0450750W","name":"LP"}]}})";
        QVERIFY(json::sessionFromJson(good).ok());
        QByteArray bad = good;
        bad.replace("0450750W", "0450750X");
        auto r = json::sessionFromJson(bad);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"0450750X"_s));
    }

    // What the user reads comes from the client, by the server's code or the HTTP status; the
    // server's own (English) words never reach the screen.
    void errorBodies()
    {
        const QByteArray body = R"({"error":{"code":"too_many_attempts","message":"Too many failed sign-ins."}})";
        const json::ServerError server = json::serverErrorFromBody(body);
        QCOMPARE(server.code, u"too_many_attempts"_s);
        QCOMPARE(server.message, u"Too many failed sign-ins."_s);
        const Error withBody = json::errorFromResponse(429, server, 1);
        QCOMPARE(withBody.code, u"too_many_attempts"_s);
        QCOMPARE(withBody.httpStatus, 429);
        QVERIFY(!withBody.message.contains(server.message));
        QVERIFY(withBody.message.contains(u"1"_s));

        const json::ServerError unknown{u"brand_new_code"_s, u"Something went <b>wrong</b>"_s};
        const Error byStatus = json::errorFromResponse(409, unknown);
        QCOMPARE(byStatus.code, u"brand_new_code"_s);
        QVERIFY(byStatus.message.contains(u"409"_s));
        QVERIFY(!byStatus.message.contains(u"wrong"_s));

        // In French, as the users read it: the plural follows the number.
        QTranslator french;
        QVERIFY(french.load(qEnvironmentVariable("EDUCONNECT_QM_DIR") + u"/educonnect_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        const QString one = json::errorFromResponse(429, server, 1).message;
        const QString five = json::errorFromResponse(429, server, 5).message;
        QCoreApplication::removeTranslator(&french);
        QVERIFY2(one.endsWith(u"Réessayez dans 1 seconde."_s), qPrintable(one));
        QVERIFY2(five.endsWith(u"Réessayez dans 5 secondes."_s), qPrintable(five));

        const Error withoutBody =
            json::errorFromResponse(503, json::serverErrorFromBody("<html>Service Unavailable</html>"));
        QCOMPARE(withoutBody.code, u"http-503"_s);
        QVERIFY(withoutBody.message.contains(u"503"_s));
    }
    void guardianRoundTrip()
    {
        auto r = json::guardianFromJson(validGuardian());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const Guardian g = r.value();
        QCOMPARE(g.login, u"fatou.ndiaye12"_s);
        QCOMPARE(g.state, AccountState::NotifiedNotActivated);
        QCOMPARE(g.origin, AccountOrigin::Guardian);
        QCOMPARE(g.mobile, u"06 39 98 12 34"_s);
        QCOMPARE(g.children.size(), 2);
        QVERIFY(!g.children.at(0).isElsewhere());
        QVERIFY(g.children.at(1).isElsewhere());
        QCOMPARE(g.children.at(1).establishmentName, u"LP Rodin"_s);
        QCOMPARE(g.childClasses(), QStringList{u"3e A"_s});
        auto back = json::guardianFromJson(json::guardianToJson(g));
        QVERIFY(back.ok());
        QVERIFY(back.value() == g);

        // No mobile (null or absent, as from a server before mobiles) is no number, not an error.
        for (const QJsonValue &none : {QJsonValue(), QJsonValue(QJsonValue::Undefined)}) {
            QJsonObject o = validGuardian();
            if (none.isUndefined())
                o.remove(u"mobile"_s);
            else
                o.insert(u"mobile"_s, none);
            auto without = json::guardianFromJson(o);
            QVERIFY(without.ok());
            QVERIFY(without.value().mobile.isEmpty());
        }
    }

    // A parent record that cannot be read is set aside like a pupil's; the page goes on.
    void unreadableParentsAreSetAside()
    {
        QJsonObject noChildren = validGuardian();
        noChildren.insert(u"id"_s, u"R8"_s);
        noChildren.remove(u"children"_s);
        QJsonObject strayChild = validGuardian();
        strayChild.insert(u"id"_s, u"R9"_s);
        // Neither a pupil id nor a valid school: where would the letter say the child is?
        strayChild.insert(u"children"_s, QJsonArray{QJsonObject{{u"lastName"_s, u"X"_s}, {u"firstName"_s, u"Y"_s},
                                                               {u"uai"_s, u"0450750X"_s},
                                                               {u"establishmentName"_s, u"?"_s}}});
        QJsonObject numericMobile = validGuardian();
        numericMobile.insert(u"id"_s, u"R10"_s);
        numericMobile.insert(u"mobile"_s, 639981234); // a number, not text: its leading 0 is lost
        auto r = json::guardianPageFromJson(page({validGuardian(), noChildren, strayChild, numericMobile}));
        QVERIFY(r.ok());
        QCOMPARE(r.value().items.size(), 1);
        QCOMPARE(r.value().rejected.size(), 3);
        QCOMPARE(r.value().rejected.at(0).id, u"R8"_s);
        QVERIFY2(r.value().rejected.at(0).reason.contains(u"children"_s), qPrintable(r.value().rejected.at(0).reason));
        QCOMPARE(r.value().rejected.at(1).id, u"R9"_s);
        QCOMPARE(r.value().rejected.at(2).id, u"R10"_s);
        QVERIFY2(r.value().rejected.at(2).reason.contains(u"mobile"_s), qPrintable(r.value().rejected.at(2).reason));
    }

    // Paramétrage: the establishment's addresses are read strictly, and written trimmed.
    void establishmentAddresses()
    {
        const QByteArray good =
            R"({"uai":"0450750W","name":"LP","notificationSettings":{"pupilUrl":"https://ent.example.fr/",
            "pupilUrlEnabled":true,"guardianUrl":"","guardianUrlEnabled":false}})";
        auto r = json::establishmentFromJson(good);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().notification.pupilUrl, u"https://ent.example.fr/"_s);
        QVERIFY(r.value().notification.pupilUrlEnabled);
        QVERIFY(!r.value().notification.guardianUrlEnabled);
        // No settings at all (an older server): nothing enabled.
        auto bare = json::establishmentFromJson(R"({"uai":"0450750W","name":"LP"})");
        QVERIFY(bare.ok());
        QVERIFY(!bare.value().notification.pupilUrlEnabled);

        for (
            const QByteArray &bad : {
                QByteArray(R"({"uai":"0450750W","name":"LP","notificationSettings":"https://x.fr"})"),
                QByteArray(
                    R"({"uai":"0450750W","name":"LP","notificationSettings":{"pupilUrlEnabled":"yes"}})"),
                QByteArray(R"({"uai":"0450750W","name":"LP","notificationSettings":{"pupilUrl":7}})"),
                // Enabled but empty: letters would print no address where the school expects one.
                QByteArray(
                    R"({"uai":"0450750W","name":"LP","notificationSettings":{"pupilUrl":" ","pupilUrlEnabled":true}})"),
                QByteArray(
                    R"({"uai":"0450750W","name":"LP","notificationSettings":{"guardianUrlEnabled":true}})"),
            }) {
            auto rejected = json::establishmentFromJson(bad);
            QVERIFY2(!rejected.ok(), bad.constData());
            QCOMPARE(rejected.error().code, u"malformed-response"_s);
        }

        const NotificationSettings settings{u"  https://ent.example.fr/<b>x</b>  "_s, true, u""_s, false};
        const QJsonObject o = json::notificationSettingsToJson(settings);
        QCOMPARE(o.value(u"pupilUrl"_s).toString(), u"https://ent.example.fr/<b>x</b>"_s);
        QCOMPARE(o.value(u"pupilUrlEnabled"_s).toBool(), true);
        QCOMPARE(o.value(u"guardianUrl"_s).toString(), QString());
        QVERIFY(o.value(u"guardianUrlEnabled"_s).isBool());
        QCOMPARE(o.size(), 4);
    }

    void urlCheck()
    {
        const QString url = u"https://ent.example.fr/"_s;
        auto ok = json::urlCheckFromJson(
            R"({"url":"https://ent.example.fr/","reachable":true,"reasonCode":null,"reason":null})", url);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QVERIFY(ok.value().reachable);
        QVERIFY(ok.value().reasonCode.isEmpty());

        auto no = json::urlCheckFromJson(
            R"({"url":"https://ent.example.fr/","reachable":false,"reasonCode":"not_https",
            "reason":"Only https."})",
            url);
        QVERIFY(no.ok());
        QVERIFY(!no.value().reachable);
        QCOMPARE(no.value().reasonCode, u"not_https"_s);
        // The client's own words for a known code, not the server's.
        QVERIFY(!json::urlCheckReasonText(no.value()).contains(u"Only https."_s));
        QVERIFY(json::urlCheckReasonText(no.value()).contains(u"https://"_s));
        // An unknown code: the server's reason, as text.
        UrlCheck unknown{url, false, u"firewall"_s, u"Blocked by <b>the firewall</b>"_s};
        QCOMPARE(json::urlCheckReasonText(unknown), u"Blocked by <b>the firewall</b>"_s);
        unknown.reason.clear();
        QCOMPARE(json::urlCheckReasonText(unknown), u"firewall"_s);
    }

    void malformedUrlCheckIsRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no reachable") << QByteArray(R"({"url":"https://ent.example.fr/"})");
        QTest::newRow("reachable as text")
            << QByteArray(R"({"url":"https://ent.example.fr/","reachable":"true"})");
        // An answer about another address must never let this one be printed.
        QTest::newRow("another address") << QByteArray(R"({"url":"https://evil.example/","reachable":true})");
        QTest::newRow("no url") << QByteArray(R"({"reachable":true})");
        QTest::newRow("unreachable without a reason")
            << QByteArray(R"({"url":"https://ent.example.fr/","reachable":false,"reasonCode":null})");
        QTest::newRow("reason code not text")
            << QByteArray(R"({"url":"https://ent.example.fr/","reachable":false,"reasonCode":404})");
    }

    void malformedUrlCheckIsRejected()
    {
        QFETCH(QByteArray, body);
        auto r = json::urlCheckFromJson(body, u"https://ent.example.fr/"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"malformed-response"_s);
    }

    void urlNotVerifiedHasItsOwnWords()
    {
        const Error e = json::errorFromResponse(422, {u"url_not_verified"_s, u"pupilUrl was not verified"_s});
        QCOMPARE(e.code, u"url_not_verified"_s);
        QVERIFY(!e.message.contains(u"pupilUrl"_s));
        QVERIFY2(e.message.contains(u"verif"_s, Qt::CaseInsensitive), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
