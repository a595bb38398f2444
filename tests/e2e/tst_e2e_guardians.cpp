// Parents' accounts end to end: the client's sync, notification runs and roles against the real
// sandbox over TLS, through the same workflows the window and the command line use.

#include "cache/store.h"
#include "domain/staterules.h"
#include "remote/totp.h"
#include "testsupport.h"
#include "workflows/notificationrun.h"
#include "workflows/session.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using testsupport::await;

class TestEndToEndGuardians : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Session> m_session;
    QString m_uai;

    // A signed-in session of this sandbox's account `login` on `store`.
    static std::unique_ptr<Session> signedIn(const testsupport::Sandbox &sandbox, Store *store,
                                             const QString &login = u"cheffe.demo"_s)
    {
        auto session = std::make_unique<Session>(sandbox.clientConfig(), store);
        const ConnectionInfo account = testsupport::accountOf(sandbox, login);
        const auto done = await<Session::SignedIn>([&](auto callback) {
            session->signIn(account.login, account.password,
                            totpCode(account.totpSecret, QDateTime::currentDateTimeUtc()), account.uai, callback);
        });
        if (!done.ok()) {
            qWarning() << "sign-in failed:" << done.error().message;
            return nullptr;
        }
        return session;
    }

    static Result<SyncReport> sync(Session &session)
    {
        QSignalSpy finished(session.syncEngine(), &SyncEngine::finished);
        session.syncEngine()->setPageSize(150);
        session.sync();
        if (!finished.wait(60000))
            return Error{u"timeout"_s, u"sync did not finish"_s};
        return finished.first().first().value<Result<SyncReport>>();
    }

    QString server(const QString &sql, const QString &bound = {}) const { return m_sandbox.serverValue(sql, bound); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"300"_s, u"--seed"_s, u"4"_s}));
        m_uai = m_sandbox.info().uai;
        auto store = Store::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(store.ok());
        m_store = store.takeValue();
        m_session = signedIn(m_sandbox, m_store.get());
        QVERIFY(m_session);
        QCOMPARE(m_session->kinds(), QList<AccountKind>({AccountKind::Student, AccountKind::Guardian}));
    }

    void fullSyncBringsPupilsAndParents()
    {
        const auto report = sync(*m_session);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report.value().fullSync);
        QCOMPARE(report.value().students, 300);
        const int parents = server(u"SELECT COUNT(*) FROM guardians"_s).toInt();
        QVERIFY(parents > 300);
        QCOMPARE(report.value().guardians, parents);
        QCOMPARE(m_store->guardianCount(m_uai), parents);
        QVERIFY(!m_store->syncState(m_uai, AccountKind::Guardian).cursor.isEmpty());

        // Every parent's children of this school are pupils the cache knows, and siblings share.
        QSet<QString> pupils;
        for (const Student &s : m_store->students(m_uai).value())
            pupils.insert(s.id);
        int elsewhere = 0;
        int siblings = 0;
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            int here = 0;
            for (const GuardianChild &c : g.children) {
                if (c.isElsewhere()) {
                    ++elsewhere;
                    QVERIFY(isValidUai(c.uai));
                    QVERIFY(!c.establishmentName.isEmpty());
                } else {
                    QVERIFY2(pupils.contains(c.id), qPrintable(c.id));
                    ++here;
                }
            }
            QVERIFY(here >= 1);
            siblings += here > 1 ? 1 : 0;
        }
        QVERIFY(elsewhere > 0);
        QVERIFY(siblings > 0);

        // Mobiles come through as the server has them (the account detail shows them).
        int mobiles = 0;
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            QCOMPARE(g.mobile, server(u"SELECT COALESCE(mobile, '') FROM guardians WHERE id = ?"_s, g.id));
            mobiles += g.mobile.isEmpty() ? 0 : 1;
        }
        QVERIFY(mobiles > parents / 2);

        const auto nothingNew = sync(*m_session);
        QVERIFY(nothingNew.ok());
        QVERIFY(!nothingNew.value().fullSync);
        QCOMPARE(nothingNew.value().upserted, 0);
    }

    // The letter table for parents, as for pupils; the incremental sync brings the new states.
    void parentsAreNotifiedByTheRules()
    {
        // Two parents of each state: the first of each notified without reset, the second with.
        QList<Guardian> plain;
        QList<Guardian> withReset;
        QHash<AccountState, int> taken;
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            const int n = taken.value(g.state);
            if (n < 2)
                (n == 0 ? plain : withReset) << g;
            taken[g.state] = n + 1;
        }
        QCOMPARE(plain.size(), 4);
        QCOMPARE(withReset.size(), 4);
        const QList<Guardian> chosen = plain + withReset;
        for (const bool reset : {false, true}) {
            const QList<Guardian> &batch = reset ? withReset : plain;
            auto created = NotificationRun::create(m_session->client(), m_store.get(), m_uai, batch, reset);
            QVERIFY(created.ok());
            NotificationRun &run = *created.value();
            QCOMPARE(run.kind(), AccountKind::Guardian);
            QSignalSpy finished(&run, &NotificationRun::finished);
            run.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(finished.first().first().value<Result<void>>().ok());
            QCOMPARE(run.batch().letters().size(), batch.size());
            QHash<QString, AccountState> stateOf;
            for (const Guardian &g : batch)
                stateOf.insert(g.id, g.state);
            for (const IssuedLetter &letter : run.batch().letters()) {
                QCOMPARE(letter.variant, notifyEffect(stateOf.value(letter.accountId), reset).variant);
                if (letter.variant == LetterVariant::Redistribution)
                    QVERIFY(letter.temporaryPassword.isEmpty());
                else
                    QCOMPARE(server(u"SELECT provisional_password FROM guardians WHERE id = ?"_s, letter.accountId),
                             letter.temporaryPassword);
            }
            QCOMPARE(m_store->run(run.runId())->kind, AccountKind::Guardian);
        }
        const auto delta = sync(*m_session);
        QVERIFY(delta.ok());
        QVERIFY(!delta.value().fullSync);
        QVERIFY(delta.value().guardians >= 8);
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            for (const Guardian &c : chosen) {
                if (c.id == g.id) {
                    QCOMPARE(g.notifiedAt, QDate::currentDate());
                    QVERIFY(g.state != AccountState::NotNotified);
                }
            }
        }
    }

    void aReprintGivesTheParentsLettersAgain()
    {
        const QList<NotificationRecord> runs = m_store->notificationRecords(m_uai, QDateTime::currentDateTimeUtc());
        QVERIFY(!runs.isEmpty());
        const NotificationRecord run = runs.first();
        QCOMPARE(run.kind, AccountKind::Guardian);
        AccountKind kind = AccountKind::Student;
        std::optional<Result<CredentialBatch>> letters;
        m_session->fetchRunLetters(run.runId, [&](Result<CredentialBatch> batch, AccountKind k) {
            letters = std::move(batch);
            kind = k;
        });
        QTRY_VERIFY_WITH_TIMEOUT(letters.has_value(), 30000);
        QVERIFY(letters->ok());
        QCOMPARE(kind, AccountKind::Guardian);
        QCOMPARE(letters->value().letters().size(), run.letterCount);

        // The server's batch id, as another computer of the school would type it: this
        // computer has no record of it, the letters tell they are parents'.
        const QString batchId = run.batchIds().first();
        QVERIFY(!m_store->run(batchId));
        letters.reset();
        kind = AccountKind::Student;
        m_session->fetchRunLetters(batchId, [&](Result<CredentialBatch> batch, AccountKind k) {
            letters = std::move(batch);
            kind = k;
        });
        QTRY_VERIFY_WITH_TIMEOUT(letters.has_value(), 30000);
        QVERIFY(letters->ok());
        QVERIFY(!letters->value().letters().isEmpty());
        QCOMPARE(kind, AccountKind::Guardian);
    }

    void anExpiredCursorLeadsToAFullResyncOfParentsOnly()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE sync_state SET cursor = 'djEuMTIzLjQ1Ng' WHERE resource = 'guardians'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"poke"_s);
        const QString pupilsCursor = m_store->syncState(m_uai, AccountKind::Student).cursor;
        const auto report = sync(*m_session);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report.value().fullSync);
        QCOMPARE(report.value().students, 0);
        QCOMPARE(report.value().guardians, server(u"SELECT COUNT(*) FROM guardians"_s).toInt());
        QCOMPARE(m_store->syncState(m_uai, AccountKind::Student).cursor, pupilsCursor);
    }

    // A pupil who leaves takes away the parent account that only had them: both come as removed.
    void removedAccountsLeaveTheCache()
    {
        QString leaving;
        QString onlyParent;
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            if (g.children.size() == 1 && !g.children.first().isElsewhere()) {
                leaving = g.children.first().id;
                onlyParent = g.id;
                break;
            }
        }
        QVERIFY(!leaving.isEmpty());
        // Every parent of that pupil who has no other child goes with them.
        QStringList gone;
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            if (g.children.size() == 1 && g.children.first().id == leaving)
                gone << g.id;
        }
        QVERIFY(gone.contains(onlyParent));
        QVERIFY(m_sandbox.restart({u"--remove-account"_s, leaving}));
        m_session = signedIn(m_sandbox, m_store.get());
        QVERIFY(m_session);
        const int before = m_store->guardianCount(m_uai);
        const auto report = sync(*m_session);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(!report.value().fullSync);
        QCOMPARE(m_store->guardianCount(m_uai), before - gone.size());
        for (const Guardian &g : m_store->guardians(m_uai).value())
            QVERIFY(!gone.contains(g.id));
        for (const Student &s : m_store->students(m_uai).value())
            QVERIFY(s.id != leaving);
    }

    // A delegated staff member manages pupils only: the session does not sync parents, and the
    // server refuses them anyway.
    void aDelegatedAccountHasNoParents()
    {
        auto store = Store::open(m_dir.filePath(u"deleg.sqlite"_s));
        QVERIFY(store.ok());
        auto deleg = signedIn(m_sandbox, store.value().get(), u"deleg.demo"_s);
        QVERIFY(deleg);
        QCOMPARE(deleg->kinds(), QList<AccountKind>{AccountKind::Student});
        QVERIFY(!deleg->mayManage(AccountKind::Guardian));
        const auto report = sync(*deleg);
        QVERIFY(report.ok());
        QVERIFY(report.value().students > 0);
        QCOMPARE(store.value()->guardianCount(m_uai), 0);

        const auto page = await<GuardianPage>(
            [&](auto done) { deleg->client()->fetchGuardians(m_uai, QString(), 10, done); });
        QVERIFY(!page.ok());
        QCOMPARE(page.error().httpStatus, 403);
        const auto notified = await<json::NotificationBatch>([&](auto done) {
            deleg->client()->notify(AccountKind::Guardian, m_uai, {u"R000001"_s}, false, u"k-deleg"_s, done);
        });
        QVERIFY(!notified.ok());
        QCOMPARE(notified.error().httpStatus, 403);
    }
};

QTEST_GUILESS_MAIN(TestEndToEndGuardians)
#include "tst_e2e_guardians.moc"
