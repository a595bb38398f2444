// Paramétrage end to end: the real client against the real sandbox over TLS. Verifying an
// activation address (each reason, and reachable), saving the addresses (only verified ones may be
// enabled; the head of establishment only), and a saved address on the next letters.

#include "cache/store.h"
#include "letters/letter.h"
#include "letters/letterrenderer.h"
#include "remote/apiclient.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "workflows/letterset.h"
#include "workflows/notificationrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

using testsupport::await;

class TestE2eSettings : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiClient> m_client;
    QString m_uai;

    std::unique_ptr<ApiClient> signedIn(const testsupport::Sandbox &sandbox, const QString &login)
    {
        ServerConfig config = sandbox.clientConfig();
        config.retryDelayMs = 20;
        auto client = std::make_unique<ApiClient>(config);
        const auto user = testsupport::signIn(*client, testsupport::accountOf(sandbox, login));
        if (!user.ok()) {
            qWarning("sign-in failed: %s", qPrintable(user.error().message));
            return nullptr;
        }
        return client;
    }

    static Result<UrlCheck> verify(ApiClient &client, const QString &uai, const QString &url)
    {
        return await<UrlCheck>([&](auto done) { client.verifyUrl(uai, url, done); });
    }

    static Result<Establishment> save(ApiClient &client, const QString &uai,
                                      const NotificationSettings &settings)
    {
        return await<Establishment>([&](auto done) { client.saveNotificationSettings(uai, settings, done); });
    }

    Result<Establishment> fetch(ApiClient &client)
    {
        return await<Establishment>([&](auto done) { client.fetchEstablishment(m_uai, done); });
    }

    Result<SyncReport> sync()
    {
        SyncEngine engine(m_client.get(), m_store.get());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.sync(m_uai, {AccountKind::Student, AccountKind::Guardian});
        if (!finished.wait(60000))
            return Error{u"timeout"_s, u"sync did not finish"_s};
        return finished.first().first().value<Result<SyncReport>>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"60"_s, u"--seed"_s, u"5"_s}));
        auto store = Store::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(store.ok());
        m_store = store.takeValue();
        m_uai = m_sandbox.info().uai;
        m_client = signedIn(m_sandbox, u"cheffe.demo"_s);
        QVERIFY(m_client);
    }

    void verifyTellsWhyNot_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reasonCode"); // empty: reachable
        const QString longPath = QString(2000, u'a');
        QTest::newRow("reachable") << u"https://ent.example.fr/"_s << QString();
        QTest::newRow("with a path and a query")
            << u"https://ent.example.fr/connexion?uai=0459876R"_s << QString();
        QTest::newRow("spaces around it") << u"  https://ent.example.fr/  "_s << QString();
        QTest::newRow("long but within the limit") << u"https://ent.example.fr/"_s + longPath << QString();
        QTest::newRow("too long") << u"https://ent.example.fr/"_s + longPath + QString(30, u'b')
                                  << u"invalid_url"_s;
        QTest::newRow("not an address") << u"ent example"_s << u"invalid_url"_s;
        QTest::newRow("no scheme") << u"ent.example.fr/connexion"_s << u"invalid_url"_s;
        QTest::newRow("markup") << u"https://ent.example.fr/<b>Gras</b>"_s << u"invalid_url"_s;
        QTest::newRow("http") << u"http://ent.example.fr/"_s << u"not_https"_s;
        QTest::newRow("ftp") << u"ftp://ent.example.fr/"_s << u"not_https"_s;
        QTest::newRow(".invalid host") << u"https://ent.example.invalid/"_s << u"unknown_host"_s;
        QTest::newRow("host without a dot") << u"https://intranet/ent"_s << u"unknown_host"_s;
        QTest::newRow("HTTP 404") << u"https://ent.example.fr/404/connexion"_s << u"http_error"_s;
    }

    void verifyTellsWhyNot()
    {
        QFETCH(QString, url);
        QFETCH(QString, reasonCode);
        const auto check = verify(*m_client, m_uai, url);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QCOMPARE(check.value().url, url);
        QCOMPARE(check.value().reachable, reasonCode.isEmpty());
        QCOMPARE(check.value().reasonCode, reasonCode);
        if (!reasonCode.isEmpty())
            QVERIFY(!json::urlCheckReasonText(check.value()).isEmpty());
    }

    void onlyVerifiedAddressesMayBeEnabled()
    {
        const auto before = fetch(*m_client);
        QVERIFY(before.ok());

        // Never verified, verified unreachable, or empty: refused, and nothing changes.
        QVERIFY(verify(*m_client, m_uai, u"https://ent.example.fr/404"_s).ok());
        for (const NotificationSettings &refused : {
                 NotificationSettings{u"https://never-verified.example.fr/"_s, true, QString(), false},
                 NotificationSettings{u"https://ent.example.fr/404"_s, true, QString(), false},
                 NotificationSettings{QString(), true, QString(), false},
                 NotificationSettings{QString(), false, u"https://never-verified.example.fr/"_s, true},
                 NotificationSettings{QString(), false, u"   "_s, true},
             }) {
            const auto saved = save(*m_client, m_uai, refused);
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().httpStatus, 422);
            QCOMPARE(saved.error().code, u"url_not_verified"_s);
            QVERIFY(!saved.error().message.contains(u"pupilUrl"_s)); // the client's words, not the server's
        }
        QCOMPARE(fetch(*m_client).value().notification, before.value().notification);

        // Kept but not printed: any address, verified or not.
        const auto unticked =
            save(*m_client, m_uai,
                 {u"https://never-verified.example.fr/"_s, false, u"https://x.example"_s, false});
        QVERIFY2(unticked.ok(), qPrintable(unticked.ok() ? QString() : unticked.error().message));
        QCOMPARE(fetch(*m_client).value().notification.pupilUrl, u"https://never-verified.example.fr/"_s);
        QVERIFY(!fetch(*m_client).value().notification.pupilUrlEnabled);
    }

    void theDelegatedStaffMayNotChangeThem()
    {
        auto deleg = signedIn(m_sandbox, u"deleg.demo"_s);
        QVERIFY(deleg);
        const auto before = fetch(*m_client);
        const auto check = verify(*deleg, m_uai, u"https://ent.example.fr/"_s);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().httpStatus, 403);
        // Even an address the head of establishment verified.
        QVERIFY(verify(*m_client, m_uai, u"https://deleg.example.fr/"_s).value().reachable);
        const auto saved = save(*deleg, m_uai, {u"https://deleg.example.fr/"_s, true, QString(), false});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().httpStatus, 403);
        QCOMPARE(saved.error().code, u"forbidden"_s);
        QCOMPARE(fetch(*m_client).value().notification, before.value().notification);
    }

    void savedAddressesReachTheLetters()
    {
        const QString pupilUrl = u"https://ent.tilleuls.example.fr/connexion"_s;
        const QString guardianUrl = u"https://parents.tilleuls.example.fr/"_s;
        QVERIFY(verify(*m_client, m_uai, pupilUrl).value().reachable);
        QVERIFY(verify(*m_client, m_uai, u" "_s + guardianUrl).value().reachable);
        // Sent as typed: the client trims them.
        const auto saved = save(*m_client, m_uai, {pupilUrl + u"  "_s, true, u" "_s + guardianUrl, true});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved.value().uai, m_uai);
        const NotificationSettings expected{pupilUrl, true, guardianUrl, true};
        QCOMPARE(saved.value().notification, expected);
        QCOMPARE(fetch(*m_client).value().notification, expected);

        // A sync brings them into the cache, and the next letters carry them.
        const auto synced = sync();
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().message));
        QCOMPARE(m_store->establishment(m_uai)->notification, expected);

        QList<Student> pupils;
        for (const Student &s : m_store->students(m_uai).value()) {
            if (pupils.size() < 3)
                pupils << s;
        }
        auto run = NotificationRun::create(m_client.get(), m_store.get(), m_uai, pupils, false);
        QVERIFY(run.ok());
        QSignalSpy finished(run.value().get(), &NotificationRun::finished);
        run.value()->start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<Result<void>>().ok());
        const auto set = letterSet(AccountKind::Student, run.value()->batch(), *m_store, m_uai);
        QVERIFY(set.ok());
        QCOMPARE(set.value().context.activationUrl, pupilUrl);
        QCOMPARE(set.value().letters.size(), 3);
        const QString pdf = m_dir.filePath(u"letters.pdf"_s);
        QVERIFY(LetterRenderer(set.value().context, set.value().texts)
                    .writePdfFile(pdf, set.value().letters)
                    .ok());
        const QString text = testsupport::pdfText(pdf).simplified();
        QCOMPARE(text.count(pupilUrl), 3);

        const LetterContext parents = letterContext(AccountKind::Guardian, m_store->establishment(m_uai),
                                                    m_uai, QDateTime::currentDateTime());
        QCOMPARE(parents.activationUrl, QString::fromUtf16(kGuardianActivationUrl));
        QCOMPARE(parents.extraUrl, guardianUrl);

        // Unticked: the letters go back to no address of the school's.
        QVERIFY(save(*m_client, m_uai, {pupilUrl, false, guardianUrl, false}).ok());
        QVERIFY(sync().ok());
        QVERIFY(letterContext(AccountKind::Student, m_store->establishment(m_uai), m_uai, {})
                    .activationUrl.isEmpty());
        QVERIFY(letterContext(AccountKind::Guardian, m_store->establishment(m_uai), m_uai, {})
                    .extraUrl.isEmpty());
    }

    // The server remembers what it verified in memory: after a restart an address already enabled
    // may be saved again as it is (e.g. while changing the other one), a new one must be verified.
    void anEnabledAddressStaysAcceptableAfterARestart()
    {
        const QString url = u"https://restart.example.fr/"_s;
        QVERIFY(verify(*m_client, m_uai, url).value().reachable);
        QVERIFY(save(*m_client, m_uai, {url, true, QString(), false}).ok());
        QVERIFY(m_sandbox.restart());
        m_client = signedIn(m_sandbox, u"cheffe.demo"_s);
        QVERIFY(m_client);
        QCOMPARE(fetch(*m_client).value().notification.pupilUrl, url);
        const auto again = save(*m_client, m_uai, {url, true, u"https://kept.example.fr"_s, false});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        const auto other =
            save(*m_client, m_uai, {u"https://restart.example.fr/other"_s, true, QString(), false});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, u"url_not_verified"_s);
        // Once unticked, it is a new address again.
        QVERIFY(save(*m_client, m_uai, {url, false, QString(), false}).ok());
        QCOMPARE(save(*m_client, m_uai, {url, true, QString(), false}).error().code, u"url_not_verified"_s);
    }

    // The fault switches of both routes: a malformed answer is an error, not a verified address;
    // a save that keeps failing says so, and the next one goes through.
    void aFailingServerVerifiesAndSavesNothing()
    {
        testsupport::Sandbox faulty;
        QVERIFY(faulty.start({u"--pupils"_s, u"5"_s, u"--fault"_s, u"verifications:malformed:1"_s,
                              u"--fault"_s, u"settings:status:503:1x3"_s}));
        auto client = signedIn(faulty, u"cheffe.demo"_s);
        QVERIFY(client);
        const QString uai = faulty.info().uai;
        const QString url = u"https://ent.example.fr/"_s;
        const auto malformed = verify(*client, uai, url);
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().code, u"malformed-response"_s);
        QVERIFY(verify(*client, uai, url).value().reachable);
        const auto failed = save(*client, uai, {url, true, QString(), false});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().httpStatus, 503); // after the client's retries
        QVERIFY(faulty.log().count(u"PUT /api/v1/establishments/%1/settings/notification-urls 503"_s.arg(uai)) >=
                3);
        const auto saved = save(*client, uai, {url, true, QString(), false});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved.value().notification.pupilUrlEnabled);
    }
};

QTEST_MAIN(TestE2eSettings)
#include "tst_e2e_settings.moc"
