// An academy-size establishment: a 50,000-pupil sandbox starts, and the real client signs in and
// syncs all of it over TLS into its cache.

#include "cache/store.h"
#include "remote/apiclient.h"
#include "remote/totp.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

class TestEndToEndAcademy : public QObject
{
    Q_OBJECT
    static constexpr int kPupils = 50000;

private slots:
    void fiftyThousandPupilsSyncWithUniqueLogins()
    {
        testsupport::Sandbox sandbox;
        // Generating 50,000 pupils used to loop forever: the sandbox never got ready.
        QVERIFY(sandbox.start({u"--pupils"_s, QString::number(kPupils)}));
        const ConnectionInfo &info = sandbox.info();

        ServerConfig config;
        config.baseUrl = info.baseUrl;
        config.extraCaCertificates = loadCaCertificates(info.caCertificatePath).value();
        ApiClient client(config);
        std::optional<Result<json::SessionUser>> user;
        client.signIn(info.login, info.password, totpCode(info.totpSecret, QDateTime::currentDateTimeUtc()),
                      [&](Result<json::SessionUser> r) { user = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(user.has_value(), 60000);
        QVERIFY2(user->ok(), qPrintable(user->ok() ? QString() : user->error().message));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::open(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(opened.ok());
        const std::unique_ptr<Store> store = opened.takeValue();

        SyncEngine engine(&client, store.get());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncStudents(info.uai);
        QVERIFY(finished.wait(240000));
        const auto report = finished.first().first().value<Result<SyncReport>>();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report.value().fullSync);
        QCOMPARE(report.value().upserted, kPupils);
        QCOMPARE(store->studentCount(info.uai), kPupils);

        const auto students = store->students(info.uai);
        QVERIFY(students.ok());
        QCOMPARE(students.value().size(), kPupils);
        const QRegularExpression pupilLogin(u"^[a-z]\\.[a-z]+[0-9]+$"_s);
        QSet<QString> logins;
        for (const Student &s : students.value()) {
            QVERIFY2(pupilLogin.match(s.login).hasMatch(), qPrintable(s.login));
            logins.insert(s.login);
        }
        QCOMPARE(logins.size(), kPupils);
    }
};

QTEST_GUILESS_MAIN(TestEndToEndAcademy)
#include "tst_e2e_academy.moc"
