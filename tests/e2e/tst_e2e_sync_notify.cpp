// The real client against the real sandbox over TLS on 127.0.0.1.

#include "cache/store.h"
#include "letters/letterrenderer.h"
#include "letters/letter.h"
#include "remote/apiclient.h"
#include "workflows/notificationrun.h"
#include "remote/totp.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace educonnect;

using testsupport::await;
using testsupport::signIn;

class TestEndToEnd : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    ApiClient *m_client = nullptr;
    QString m_uai;

    ServerConfig trustedConfig() const
    {
        ServerConfig config;
        config.baseUrl = m_sandbox.info().baseUrl;
        config.extraCaCertificates = loadCaCertificates(m_sandbox.info().caCertificatePath).value();
        return config;
    }

    Result<SyncReport> sync()
    {
        SyncEngine engine(m_client, m_store.get());
        engine.setPageSize(120); // several pages for 300 pupils
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncStudents(m_uai);
        if (!finished.wait(60000))
            return Error{u"timeout"_s, u"sync did not finish"_s};
        return finished.first().first().value<Result<SyncReport>>();
    }

    QList<Student> pupilsOf(const QString &className)
    {
        QList<Student> list;
        for (const Student &s : m_store->students(m_uai).value()) {
            if (s.className == className)
                list << s;
        }
        return list;
    }

    // The pupils of the cache with these ids (an id unknown here stands alone, as a stranger's).
    QList<Student> withIds(const QStringList &ids)
    {
        QHash<QString, Student> all;
        for (const Student &s : m_store->students(m_uai).value())
            all.insert(s.id, s);
        QList<Student> list;
        for (const QString &id : ids) {
            Student s = all.value(id);
            s.id = id;
            list << s;
        }
        return list;
    }

    Result<void> notify(const QStringList &ids, bool reset, CredentialBatch *batch)
    {
        auto run = NotificationRun::create(m_client, m_store.get(), m_uai, withIds(ids), reset);
        if (!run)
            return run.error();
        QSignalSpy finished(run.value().get(), &NotificationRun::finished);
        run.value()->start();
        if (!finished.wait(60000))
            return Error{u"timeout"_s, u"notify did not finish"_s};
        *batch = run.value()->takeBatch();
        return finished.first().first().value<Result<void>>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"300"_s, u"--seed"_s, u"7"_s}));
        auto store = Store::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(store.ok());
        m_store = store.takeValue();
        m_uai = m_sandbox.info().uai;
    }

    void refusesAServerItDoesNotTrust()
    {
        ServerConfig config;
        config.baseUrl = m_sandbox.info().baseUrl; // no CA: only the system store, which does not know it
        ApiClient client(config);
        const auto user = signIn(client, m_sandbox.info());
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, u"tls"_s);
        QVERIFY(!client.isSignedIn());
    }

    void refusesAServerSignedByAnotherCa()
    {
        testsupport::Sandbox other;
        QVERIFY(other.start({u"--pupils"_s, u"1"_s}));
        ServerConfig config;
        config.baseUrl = m_sandbox.info().baseUrl;
        config.extraCaCertificates = loadCaCertificates(other.info().caCertificatePath).value();
        ApiClient client(config);
        const auto user = signIn(client, m_sandbox.info());
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, u"tls"_s);
    }

    void refusesPlainHttp()
    {
        ServerConfig config;
        config.baseUrl = QUrl(m_sandbox.info().baseUrl.toString().replace(u"https:"_s, u"http:"_s));
        ApiClient client(config);
        const auto user = await<json::SessionUser>(
            [&](auto done) { client.signIn(u"x"_s, u"y"_s, u"123456"_s, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, u"tls"_s);
    }

    void wrongOtpIsRefused()
    {
        ApiClient client(trustedConfig());
        const QString good = totpCode(m_sandbox.info().totpSecret, QDateTime::currentDateTimeUtc());
        const QString bad = good == u"000000"_s ? u"111111"_s : u"000000"_s;
        const auto user = signIn(client, m_sandbox.info(), bad);
        QVERIFY(!user.ok());
        QCOMPARE(user.error().httpStatus, 401);
        QCOMPARE(user.error().code, u"invalid_otp"_s);
    }

    void signsIn()
    {
        m_client = new ApiClient(trustedConfig(), this);
        const auto user = signIn(*m_client, m_sandbox.info());
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
        QVERIFY(m_client->isSignedIn());
        QCOMPARE(user.value().establishments.first().uai, m_uai);
        QVERIFY(user.value().roles.contains(u"chef_etablissement"_s));
    }

    void fullSyncThenNothingNew()
    {
        auto first = sync();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first.value().fullSync);
        QCOMPARE(first.value().upserted, 300);
        QVERIFY(first.value().pages >= 3);
        QCOMPARE(m_store->studentCount(m_uai), 300);
        const auto establishment = m_store->establishment(m_uai);
        QVERIFY(establishment.has_value());
        QCOMPARE(establishment->name, u"Cité scolaire des Tilleuls"_s);

        auto second = sync();
        QVERIFY(second.ok());
        QVERIFY(!second.value().fullSync);
        QCOMPARE(second.value().upserted, 0);
    }

    void notifyAClassAndPrintItsLetters()
    {
        const QString className = u"6e A"_s;
        const QList<Student> before = pupilsOf(className);
        QVERIFY(before.size() >= 10);
        QStringList ids;
        for (const Student &s : before)
            ids << s.id;

        CredentialBatch batch;
        const auto result = notify(ids, false, &batch);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(batch.letters().size(), before.size());
        QVERIFY(batch.skipped().isEmpty());

        // Each letter follows the state rules of the pupil it is for.
        QHash<QString, AccountState> stateOf;
        for (const Student &s : before)
            stateOf.insert(s.id, s.state);
        for (const IssuedLetter &l : batch.letters()) {
            const NotifyEffect expected = notifyEffect(stateOf.value(l.accountId), false);
            QCOMPARE(l.variant, expected.variant);
            if (l.variant == LetterVariant::Redistribution) {
                QVERIFY(l.temporaryPassword.isEmpty());
            } else {
                QCOMPARE(l.temporaryPassword.size(), 8);
                QVERIFY(QRegularExpression(u"^[A-Z0-9]{8}$"_s).match(l.temporaryPassword).hasMatch());
            }
        }

        // The letters, read back from the PDF: one page per pupil notified, in letter order.
        LetterContext context{m_store->establishment(m_uai)->name, QString(), QDate::currentDate(),
                              letterValidUntil(QDate::currentDate())};
        const QList<Letter> letters = studentLetters(batch, before);
        const QString pdf = m_dir.filePath(u"6eA.pdf"_s);
        auto written = LetterRenderer(context, LetterRenderer::studentTemplate().value()).writePdfFile(pdf, letters);
        QVERIFY(written.ok());
        QCOMPARE(testsupport::pdfPageCount(pdf), before.size());
        const QStringList pages = testsupport::pdfPages(pdf);
        QCOMPARE(pages.size(), letters.size());
        for (int i = 0; i < letters.size(); ++i) {
            const QString page = pages.at(i).simplified();
            QVERIFY2(page.contains(letters.at(i).login), qPrintable(letters.at(i).login));
            if (!letters.at(i).temporaryPassword.isEmpty())
                QVERIFY(page.contains(letters.at(i).temporaryPassword));
            else
                QVERIFY(page.contains(u"Votre mot de passe est inchangé."_s));
        }

        // The server changed states and dates; an incremental sync brings them here.
        auto delta = sync();
        QVERIFY(delta.ok());
        QVERIFY(!delta.value().fullSync);
        QCOMPARE(delta.value().upserted, before.size());
        for (const Student &s : pupilsOf(className)) {
            QCOMPARE(s.notifiedAt, QDate::currentDate());
            QVERIFY(s.state != AccountState::NotNotified);
        }
    }

    void renotifyKeepsOrResetsPasswordsAsTheRulesSay()
    {
        QList<Student> notified;
        for (const Student &s : pupilsOf(u"6e A"_s)) {
            if (s.state == AccountState::NotifiedNotActivated)
                notified << s;
        }
        QVERIFY(notified.size() >= 2);
        const QStringList ids{notified.at(0).id, notified.at(1).id};

        CredentialBatch first, again, reset;
        QVERIFY(notify(ids, false, &first).ok());
        QVERIFY(notify(ids, false, &again).ok());
        QCOMPARE(again.letters().at(0).temporaryPassword, first.letters().at(0).temporaryPassword);
        QCOMPARE(again.letters().at(0).variant, LetterVariant::Distribution);

        QVERIFY(notify(ids, true, &reset).ok());
        QVERIFY(reset.letters().at(0).temporaryPassword != first.letters().at(0).temporaryPassword);
        // Nobody has signed in yet: a distribution letter with the new password (the guide's table).
        QCOMPARE(reset.letters().at(0).variant, LetterVariant::Distribution);
    }

    void aRetriedRequestReturnsTheSameBatch()
    {
        const QString id = pupilsOf(u"6e B"_s).first().id;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto call = [&]() {
            return await<json::NotificationBatch>(
                [&](auto done) { m_client->notify(AccountKind::Student, m_uai, {id}, true, key, done); });
        };
        const auto first = call();
        const auto retry = call();
        QVERIFY(first.ok() && retry.ok());
        QCOMPARE(retry.value().batchId, first.value().batchId);
        // A retry never resets twice: same password.
        QCOMPARE(retry.value().letters.first().temporaryPassword, first.value().letters.first().temporaryPassword);
    }

    void lettersCanBeFetchedAgainForAReprint()
    {
        const QStringList ids{pupilsOf(u"6e C"_s).at(0).id, pupilsOf(u"6e C"_s).at(1).id};
        CredentialBatch original;
        QVERIFY(notify(ids, true, &original).ok());
        const auto again = await<CredentialBatch>(
            [&](auto done) { m_client->fetchNotificationBatches(m_uai, original.batchIds(), done); });
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again.value().letters().size(), original.letters().size());
        for (int i = 0; i < original.letters().size(); ++i) {
            QCOMPARE(again.value().letters().at(i).login, original.letters().at(i).login);
            QCOMPARE(again.value().letters().at(i).temporaryPassword, original.letters().at(i).temporaryPassword);
        }
        QCOMPARE(again.value().batchIds(), original.batchIds());

        const auto unknown = await<json::NotificationBatch>(
            [&](auto done) { m_client->fetchNotificationBatch(m_uai, u"no-such-batch"_s, done); });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 404);
    }

    void onlyTheAuthorCanFetchABatch()
    {
        CredentialBatch original;
        QVERIFY(notify({pupilsOf(u"6e C"_s).at(2).id}, false, &original).ok());
        // The delegated staff account of the same establishment.
        const ConnectionInfo deleg = testsupport::accountOf(m_sandbox, u"deleg.demo"_s);
        QCOMPARE(deleg.login, u"deleg.demo"_s);
        ApiClient other(trustedConfig());
        QVERIFY(signIn(other, deleg).ok());
        const auto r = await<json::NotificationBatch>(
            [&](auto done) { other.fetchNotificationBatch(m_uai, original.batchIds().first(), done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 404);
    }

    void anExpiredBatchIsGone()
    {
        testsupport::Sandbox shortLived;
        QVERIFY(shortLived.start({u"--pupils"_s, u"5"_s, u"--batch-validity-seconds"_s, u"0"_s}));
        ServerConfig config;
        config.baseUrl = shortLived.info().baseUrl;
        config.extraCaCertificates = loadCaCertificates(shortLived.info().caCertificatePath).value();
        ApiClient client(config);
        QVERIFY(signIn(client, shortLived.info()).ok());
        const auto batch = await<json::NotificationBatch>([&](auto done) {
            client.notify(AccountKind::Student, shortLived.info().uai, {u"E000001"_s}, false, u"k-expired"_s, done);
        });
        QVERIFY(batch.ok());
        const auto r = await<json::NotificationBatch>(
            [&](auto done) { client.fetchNotificationBatch(shortLived.info().uai, batch.value().batchId, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 410);
        QCOMPARE(r.error().code, u"batch_expired"_s);
    }

    // GET .../accounts/{id}/provisional-password (Dépannage, account lists): in clear only while
    // the password is provisional, never for an account never notified or whose holder changed it.
    void theProvisionalPasswordIsGivenOnlyWhileProvisional()
    {
        auto fetch = [&](ApiClient &client, const QString &id) {
            return await<QString>([&](auto done) { client.fetchProvisionalPassword(m_uai, id, done); });
        };
        std::optional<Student> fresh;
        std::optional<Student> active;
        for (const Student &s : m_store->students(m_uai).value()) {
            if (!fresh && s.state == AccountState::NotNotified && s.className.startsWith(u"3e"_s))
                fresh = s;
            if (!active && s.state == AccountState::Activated && s.className.startsWith(u"3e"_s))
                active = s;
        }
        QVERIFY(fresh && active);

        const auto never = fetch(*m_client, fresh->id);
        QVERIFY(!never.ok());
        QCOMPARE(never.error().code, u"not_notified"_s);
        QCOMPARE(never.error().httpStatus, 409);

        CredentialBatch notified;
        QVERIFY(notify({fresh->id}, false, &notified).ok());
        const auto provisional = fetch(*m_client, fresh->id);
        QVERIFY2(provisional.ok(), qPrintable(provisional.ok() ? QString() : provisional.error().message));
        QCOMPARE(provisional.value(), notified.letters().first().temporaryPassword);
        QCOMPARE(provisional.value(),
                 m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, fresh->id));

        // Signed in and changed it: nobody sees it any more, until a reset gives a new one.
        const auto changed = fetch(*m_client, active->id);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, u"password_changed"_s);
        QVERIFY(changed.error().message.contains(u"nobody"_s));
        CredentialBatch reset;
        QVERIFY(notify({active->id}, true, &reset).ok());
        QCOMPARE(reset.letters().first().variant, LetterVariant::PasswordChange);
        const auto renewed = fetch(*m_client, active->id);
        QVERIFY(renewed.ok());
        QCOMPARE(renewed.value(), reset.letters().first().temporaryPassword);

        const auto unknown = fetch(*m_client, u"E999999"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 404);

        // A delegated staff member manages pupils only: a parent's password is refused.
        const QString parentId = m_sandbox.serverValue(
            u"SELECT id FROM guardians WHERE uai = ? AND provisional_password IS NOT NULL LIMIT 1"_s, m_uai);
        QVERIFY(!parentId.isEmpty());
        QVERIFY(fetch(*m_client, parentId).ok());
        ApiClient deleg(trustedConfig());
        QVERIFY(signIn(deleg, testsupport::accountOf(m_sandbox, u"deleg.demo"_s)).ok());
        const auto forbidden = fetch(deleg, parentId);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error().httpStatus, 403);
        QVERIFY(fetch(deleg, fresh->id).ok());
    }

    void largeSelectionsAreSentInChunks()
    {
        QStringList ids;
        for (const Student &s : m_store->students(m_uai).value())
            ids << s.id;
        ids = ids.mid(0, 250);
        ids << u"E999999"_s; // unknown to the server: reported, not fatal

        auto created = NotificationRun::create(m_client, m_store.get(), m_uai, withIds(ids), false);
        QVERIFY(created.ok());
        NotificationRun &run = *created.value();
        QSignalSpy progress(&run, &NotificationRun::progress);
        QSignalSpy finished(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<Result<void>>().ok());
        QCOMPARE(progress.last().at(0).toInt(), 251);
        QCOMPARE(run.batch().batchIds().size(), 2); // 200 + 51
        QCOMPARE(run.batch().letters().size(), 250);
        QCOMPARE(run.batch().skipped().size(), 1);
        QCOMPARE(run.batch().skipped().first().reason, u"unknown_account"_s);
        // Recorded as complete, with both batches: what a reprint needs.
        const auto record = m_store->run(run.runId());
        QVERIFY(record.has_value());
        QCOMPARE(record->status, NotificationRecord::Status::Complete);
        QCOMPARE(record->batchIds(), run.batch().batchIds());
        QCOMPARE(record->letterCount, 250);
    }

    void anExpiredCursorLeadsToAFullResync()
    {
        // Make the stored cursor unknown to the server, as after a server-side purge.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE sync_state SET cursor = 'djEuMTIzLjQ1Ng'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"poke"_s);

        auto report = sync();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report.value().fullSync);
        QCOMPARE(report.value().upserted, 300);
        QCOMPARE(m_store->studentCount(m_uai), 300);
        QVERIFY(!m_store->syncState(m_uai).fullSyncInProgress);
    }

    void importedOddNamesSurviveTheWholeChain()
    {
        // Names that break naive code, from an import file through TLS, the cache and the letters.
        const QStringList lastNames{u"N'Diaye"_s, u"Dupont & Fils"_s, u"<b>Gras</b>"_s, u"Иванова"_s,
                                    u"De La Fontaine Du Bois De Saint-Martin-Des-Champs Et Des Environs Proches"_s};
        QJsonArray pupils;
        for (const QString &name : lastNames)
            pupils.append(QJsonObject{{u"lastName"_s, name}, {u"firstName"_s, u"Zoé"_s}, {u"className"_s, u"2nde GATL"_s},
                                      {u"mef"_s, u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s}, {u"level"_s, u"2NDPRO"_s}});
        const QString importFile = m_dir.filePath(u"import.json"_s);
        QFile file(importFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"establishment"_s, QJsonObject{{u"uai"_s, u"0450750W"_s},
                                                                              {u"name"_s, u"LP Métiers & Arts"_s}}},
                                             {u"pupils"_s, pupils}})
                       .toJson());
        file.close();

        testsupport::Sandbox imported;
        QVERIFY(imported.start({u"--import"_s, importFile}));
        QCOMPARE(imported.info().uai, u"0450750W"_s);
        ServerConfig config;
        config.baseUrl = imported.info().baseUrl;
        config.extraCaCertificates = loadCaCertificates(imported.info().caCertificatePath).value();
        ApiClient client(config);
        QVERIFY(signIn(client, imported.info()).ok());
        auto opened = Store::open(m_dir.filePath(u"imported.sqlite"_s));
        SyncEngine engine(&client, opened.value().get());
        QSignalSpy synced(&engine, &SyncEngine::finished);
        engine.syncStudents(u"0450750W"_s);
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().first().value<Result<SyncReport>>().ok());

        const QList<Student> students = opened.value()->students(u"0450750W"_s).value();
        QCOMPARE(students.size(), lastNames.size());
        QStringList ids;
        for (const Student &s : students) {
            QVERIFY2(lastNames.contains(s.lastName), qPrintable(s.lastName));
            QCOMPARE(s.mef.label, u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s);
            ids << s.id;
        }

        auto created = NotificationRun::create(&client, opened.value().get(), u"0450750W"_s, students, false);
        QVERIFY(created.ok());
        NotificationRun &run = *created.value();
        QSignalSpy notified(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(notified.wait(60000));
        const QList<Letter> letters = studentLetters(run.batch(), students);
        const LetterContext context{u"LP Métiers & Arts"_s, QString(), QDate::currentDate(),
                                    letterValidUntil(QDate::currentDate())};
        const QString pdf = m_dir.filePath(u"imported.pdf"_s);
        QVERIFY(LetterRenderer(context, LetterRenderer::studentTemplate().value()).writePdfFile(pdf, letters).ok());
        QString text = testsupport::pdfText(pdf);
        text.remove(QRegularExpression(u"\\s"_s));
        for (QString name : lastNames) {
            name.remove(QRegularExpression(u"\\s"_s));
            QVERIFY2(text.contains(name), qPrintable(name));
        }
    }

    void unknownEstablishmentIsForbidden()
    {
        const auto r = await<Establishment>([&](auto done) { m_client->fetchEstablishment(u"0450750W"_s, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 403);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_e2e_sync_notify.moc"
