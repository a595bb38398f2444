// The client against a server that fails, lies or attacks: the sandbox's fault switches
// (--fault, see sandbox/faults.h), over real TLS on 127.0.0.1. Each case starts its own sandbox,
// since faults count the requests of a route from the server's start.

#include "cache/store.h"
#include "remote/apiclient.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "workflows/accountlisting.h"
#include "workflows/notificationrun.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using testsupport::await;

class TestHostileServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_caches = 0;

    // A sandbox with these faults, a signed-in client and an empty cache.
    struct Setup
    {
        testsupport::Sandbox sandbox;
        std::unique_ptr<ApiClient> client;
        std::unique_ptr<Store> store;
    };
    std::unique_ptr<Setup> setUp(const QStringList &faults, int pupils = 30,
                                 const std::function<void(ServerConfig &)> &tune = {})
    {
        auto s = std::make_unique<Setup>();
        QStringList args{u"--pupils"_s, QString::number(pupils), u"--seed"_s, u"5"_s};
        for (const QString &f : faults)
            args << u"--fault"_s << f;
        if (!s->sandbox.start(args))
            return nullptr;
        ServerConfig config = s->sandbox.clientConfig();
        if (tune)
            tune(config);
        s->client = std::make_unique<ApiClient>(config);
        if (!testsupport::signIn(*s->client, s->sandbox.info()).ok())
            return nullptr;
        auto store = Store::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_caches)));
        if (!store)
            return nullptr;
        s->store = store.takeValue();
        return s;
    }

    static Result<SyncReport> sync(Setup &s, int pageSize = 10)
    {
        SyncEngine engine(s.client.get(), s.store.get());
        engine.setPageSize(pageSize);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncStudents(s.sandbox.info().uai);
        if (!finished.wait(60000))
            return Error{u"timeout"_s, u"sync did not finish"_s};
        return finished.first().first().value<Result<SyncReport>>();
    }

    // How many requests the sandbox logged for a path (its log: "METHOD /path STATUS").
    static int requests(const Setup &s, const QString &method, const QString &pathPart)
    {
        int n = 0;
        for (const QString &line : s.sandbox.log().split(u'\n')) {
            if (line.startsWith(method + u' ') && line.contains(pathPart))
                ++n;
        }
        return n;
    }

    static QString message(const Result<SyncReport> &r) { return r.ok() ? QString() : r.error().message; }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Idempotent reads are retried on 5xx, 429 (after Retry-After) and lost connections.
    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("HTTP 500") << u"students:status:500:1"_s;
        QTest::newRow("HTTP 503 twice") << u"students:status:503:1x2"_s;
        QTest::newRow("HTTP 429 with Retry-After") << u"students:status:429:1"_s;
        QTest::newRow("connection dropped") << u"students:drop:2"_s;
        QTest::newRow("answer cut short") << u"students:truncate:1"_s;
        QTest::newRow("establishment 502") << u"establishment:status:502:1"_s;
    }
    void transientFailuresAreRetried()
    {
        QFETCH(QString, fault);
        auto s = setUp({fault});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        QCOMPARE(s->store->studentCount(s->sandbox.info().uai), 30);
        QTRY_VERIFY2(s->sandbox.log().contains(u"(fault)"_s), qPrintable(s->sandbox.log()));
    }

    // A failure that lasts ends with the client's own French-ready sentence, never the server's words.
    // The passwords of an account list: a server that fails part-way stops the whole fetch, with
    // a clear error, and the list keeps no password at all (never a list silently half-filled).
    void aFailingPasswordFetchLeavesNoPassword()
    {
        auto s = setUp({u"passwords:status:500:20+"_s}, 120);
        QVERIFY(s);
        QVERIFY(sync(*s).ok());
        AccountFilter everyone;
        auto list = accountList(*s->store, s->sandbox.info().uai, AccountKind::Student, everyone);
        QVERIFY(list.ok());
        ListPasswordFetch fetch(s->client.get(), s->sandbox.info().uai, &list.value());
        QSignalSpy finished(&fetch, &ListPasswordFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<Result<int>>();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"HTTP 500"_s), qPrintable(result.error().message));
        QVERIFY(fetch.shown() > 0); // some had arrived before the failure: they are wiped too
        for (const AccountListRow &row : list.value().rows())
            QCOMPARE(list.value().passwordCell(row), u"******"_s);
    }

    void aLastingFailureIsReportedClearly()
    {
        auto s = setUp({u"students:status:503:1+"_s});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().httpStatus, 503);
        QVERIFY2(report.error().message.contains(u"HTTP 503"_s), qPrintable(report.error().message));
        QVERIFY(!report.error().message.contains(u"injected"_s));
        QTRY_COMPARE(requests(*s, u"GET"_s, u"/students"_s), ApiClient::kMaxAttempts); // bounded
        QCOMPARE(s->store->studentCount(s->sandbox.info().uai), 0);
    }

    void tooManyRequestsForTooLongIsNotWaitedFor()
    {
        // Retry-After: 1 is longer than this client is willing to wait: said, not waited.
        auto s = setUp({u"students:status:429:1+"_s}, 30, [](ServerConfig &c) { c.maxRetryAfterSeconds = 0; });
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().httpStatus, 429);
        QTRY_COMPARE(requests(*s, u"GET"_s, u"/students"_s), 1);
        QVERIFY2(report.error().message.contains(u"1 second"_s), qPrintable(report.error().message));
    }

    void malformedJsonIsAClearErrorAndTheCacheIsUntouched()
    {
        auto s = setUp({u"students:malformed:2"_s});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"malformed-response"_s);
        // The first page was applied with its cursor; the broken second one changed nothing.
        QCOMPARE(s->store->studentCount(s->sandbox.info().uai), 10);
        QVERIFY(s->store->syncState(s->sandbox.info().uai).fullSyncInProgress);
        // Once the server is sane again, the sync goes on from there.
        const auto again = sync(*s);
        QVERIFY2(again.ok(), qPrintable(message(again)));
        QCOMPARE(s->store->studentCount(s->sandbox.info().uai), 30);
    }

    void aHugeAnswerIsRefused()
    {
        auto s = setUp({u"students:huge:200:1"_s});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"response-too-large"_s);
        QVERIFY2(report.error().message.contains(u"16 MB"_s), qPrintable(report.error().message));
        QTRY_COMPARE(requests(*s, u"GET"_s, u"/students"_s), 1); // not retried
    }

    void aServerThatNeverEndsASyncIsStopped()
    {
        auto s = setUp({u"students:stuck-cursor:1+"_s});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"sync-no-progress"_s);
        QTRY_VERIFY(requests(*s, u"GET"_s, u"/students"_s) >= 2);
        QVERIFY(requests(*s, u"GET"_s, u"/students"_s) <= 3);
    }

    void unreadableRecordsAreSkippedAndNamed()
    {
        auto s = setUp({u"students:bad-record:1"_s});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        QCOMPARE(report.value().rejected.size(), 2);
        QVERIFY(!report.value().rejected.at(0).id.isEmpty());
        QVERIFY2(report.value().rejected.at(0).reason.contains(u"suspended"_s),
                 qPrintable(report.value().rejected.at(0).reason));
        QVERIFY2(report.value().rejected.at(1).reason.contains(u"login"_s),
                 qPrintable(report.value().rejected.at(1).reason));
        QCOMPARE(s->store->studentCount(s->sandbox.info().uai), 28); // every other record is there
    }

    // The bearer token must never reach another origin: such a redirect is not followed at all.
    void aRedirectToAnotherOriginIsNotFollowed()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&]() {
            while (auto *socket = elsewhere.nextPendingConnection()) {
                ++connections;
                socket->deleteLater();
            }
        });
        const QString target = u"https://127.0.0.1:%1/api/v1/establishments/0459876R/students"_s.arg(elsewhere.serverPort());
        auto s = setUp({u"students:redirect:%1:1"_s.arg(target)});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"redirect"_s);
        QVERIFY2(report.error().message.contains(u"127.0.0.1"_s), qPrintable(report.error().message));
        QCoreApplication::processEvents();
        QCOMPARE(connections, 0);
    }

    void aRedirectWithinTheServerIsFollowed()
    {
        auto s = setUp({u"establishment:redirect:/api/v1/establishments/0459876R:1"_s});
        QVERIFY(s);
        const auto report = sync(*s);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        // The 307, then the same address answered (Qt may send a redirected GET twice under load).
        QTRY_VERIFY2(s->sandbox.log().contains(u"GET /api/v1/establishments/0459876R 307 (fault)\n"
                                               u"GET /api/v1/establishments/0459876R 200\n"_s),
                     qPrintable(s->sandbox.log()));
    }

    // A notification whose answer is late: the client gives up waiting, sends it again with the
    // same key, and gets the very batch the server made the first time.
    void aTimedOutNotificationIsRetriedWithItsKey()
    {
        auto s = setUp({u"notifications:delay:3000:1"_s}, 30, [](ServerConfig &c) { c.transferTimeoutMs = 1000; });
        QVERIFY(s);
        QVERIFY(sync(*s).ok());
        const QList<Student> pupils = s->store->students(s->sandbox.info().uai).value().mid(0, 5);
        auto created = NotificationRun::create(s->client.get(), s->store.get(), s->sandbox.info().uai, pupils, true);
        QVERIFY(created.ok());
        NotificationRun &run = *created.value();
        QSignalSpy finished(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().value<Result<void>>().ok(),
                 qPrintable(finished.first().first().value<Result<void>>().error().message));
        QTRY_COMPARE(requests(*s, u"POST"_s, u"/notifications"_s), 2);
        QCOMPARE(s->sandbox.serverValue(u"SELECT COUNT(*) FROM batches"_s), u"1"_s);
        for (const IssuedLetter &letter : run.batch().letters())
            QCOMPARE(s->sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s,
                                            letter.accountId),
                     letter.temporaryPassword);
    }

    // The answer to the second of three chunks is lost, again and again, until the server is
    // restarted: the run stops with the first chunk done. Resumed (read back from the cache, as
    // after a restart of the app too), it fetches the first chunk's letters again, re-sends the
    // second with its key (the server returns the batch it already made) and sends the third.
    // Every account is reset exactly once, and every letter is there.
    void aRunCutShortIsResumedWithoutResettingTwice()
    {
        auto s = setUp({u"notifications:drop-response:2+"_s}, 450);
        QVERIFY(s);
        QVERIFY(sync(*s, 500).ok());
        const QString uai = s->sandbox.info().uai;
        const QList<Student> pupils = s->store->students(uai).value();
        QCOMPARE(pupils.size(), 450);
        QString runId;
        {
            auto created = NotificationRun::create(s->client.get(), s->store.get(), uai, pupils, true);
            QVERIFY(created.ok());
            NotificationRun &run = *created.value();
            runId = run.runId();
            QSignalSpy finished(&run, &NotificationRun::finished);
            run.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(!finished.first().first().value<Result<void>>().ok());
            QCOMPARE(run.record().doneAccountCount(), 200);
        }
        const auto pending = s->store->pendingRuns(uai, s->sandbox.info().login);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().runId, runId);
        QCOMPARE(s->sandbox.serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s); // chunk 2 was processed

        // The server comes back healthy; a new session.
        QVERIFY(s->sandbox.restart({u"--pupils"_s, u"450"_s}));
        ApiClient client(s->sandbox.clientConfig());
        QVERIFY(testsupport::signIn(client, s->sandbox.info()).ok());
        auto resumed = NotificationRun::resume(&client, s->store.get(), runId);
        QVERIFY(resumed.ok());
        NotificationRun &run = *resumed.value();
        QSignalSpy finished(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().value<Result<void>>().ok(),
                 qPrintable(finished.first().first().value<Result<void>>().error().message));
        QVERIFY(run.isComplete());

        // Letters complete: one per account, each with the password the server holds now.
        QCOMPARE(run.batch().letters().size(), 450);
        QSet<QString> accounts;
        for (const IssuedLetter &letter : run.batch().letters()) {
            accounts.insert(letter.accountId);
            QCOMPARE(s->sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s,
                                            letter.accountId),
                     letter.temporaryPassword);
        }
        QCOMPARE(accounts.size(), 450);
        QCOMPARE(s->sandbox.serverValue(u"SELECT COUNT(*) FROM batches"_s), u"3"_s); // no second reset
        QVERIFY(s->store->pendingRuns(uai, s->sandbox.info().login).isEmpty());
        QCOMPARE(s->store->run(runId)->status, NotificationRecord::Status::Complete);
        // A finished run cannot be "resumed" into a second notification.
        QVERIFY(!NotificationRun::resume(&client, s->store.get(), runId).ok());
    }

    // Cancel part-way, then go on with the same object: nothing is sent twice.
    void aCancelledRunGoesOnWhereItStopped()
    {
        auto s = setUp({u"notifications:delay:400:2"_s}, 450);
        QVERIFY(s);
        QVERIFY(sync(*s, 500).ok());
        const QString uai = s->sandbox.info().uai;
        auto created = NotificationRun::create(s->client.get(), s->store.get(), uai,
                                               s->store->students(uai).value(), false);
        QVERIFY(created.ok());
        NotificationRun &run = *created.value();
        QSignalSpy finished(&run, &NotificationRun::finished);
        connect(&run, &NotificationRun::progress, &run, [&](int done) {
            if (done == 200)
                run.cancel(); // while chunk 2 waits for its late answer
        });
        run.start();
        QVERIFY(finished.wait(60000));
        const auto stopped = finished.first().first().value<Result<void>>();
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, u"cancelled"_s);
        disconnect(&run, &NotificationRun::progress, &run, nullptr);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().first().value<Result<void>>().ok());
        QCOMPARE(run.batch().letters().size(), 450);
        QCOMPARE(s->sandbox.serverValue(u"SELECT COUNT(*) FROM batches"_s), u"3"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
