#include "cache/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

const QString kUai = u"0450750W"_s;

Student pupil(const QString &id, const QString &last = u"Martin"_s)
{
    Student s;
    s.id = id;
    s.lastName = last;
    s.firstName = u"Léa"_s;
    s.className = u"3e A"_s;
    s.level = u"3EME"_s;
    s.mef = {u"10310019110"_s, u"3EME"_s};
    s.login = u"l.martin"_s + id;
    s.state = AccountState::NotifiedNotActivated;
    s.origin = AccountOrigin::School;
    s.notifiedAt = QDate(2026, 9, 2);
    s.lastLoginAt = QDateTime(QDate(2026, 9, 3), QTime(9, 30), Qt::UTC);
    s.guardianIds = {u"R1"_s};
    return s;
}

StudentPage pageOf(const QStringList &ids, const QString &cursor, bool hasMore, const QStringList &removed = {})
{
    StudentPage p;
    for (const QString &id : ids)
        p.items << pupil(id);
    p.removed = removed;
    p.nextCursor = cursor;
    p.hasMore = hasMore;
    return p;
}

QStringList ids(const Store &store)
{
    QStringList list;
    for (const Student &s : store.students(kUai).value())
        list << s.id;
    list.sort();
    return list;
}

// Runs SQL on the file through a connection of its own, as another process would.
bool execRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_n)); }

private slots:
    void migratesAnEmptyFile()
    {
        auto store = Store::open(freshPath());
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE(store.value()->studentCount(kUai), 0);
        QVERIFY(store.value()->syncState(kUai).cursor.isEmpty());
    }

    void migratesAVersion1CacheKeepingItsData()
    {
        const QString path = freshPath();
        {
            auto v1 = Store::openAtVersion(path, 1);
            QVERIFY(v1.ok());
            QCOMPARE(v1.value()->schemaVersion(), 1);
        }
        // What a version-1 client left behind: a pupil and a cursor.
        QVERIFY(execRaw(path, {
            uR"(INSERT INTO students VALUES ('0450750W', 'E1', 'N''Diaye', 'Awa', '2011-01-02', '3e A', '3EME',
                '10310019110', '3EME', 'a.ndiaye12', 'activated', 'school', '', '2025-09-01', NULL, ''))"_s,
            u"INSERT INTO sync_state VALUES ('0450750W', 'students', 'cursor-v1', '2026-09-01T10:00:00.000Z')"_s,
        }));

        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), Store::kSchemaVersion);
        const QList<Student> students = store.value()->students(kUai).value();
        QCOMPARE(students.size(), 1);
        QCOMPARE(students.first().lastName, u"N'Diaye"_s);
        QCOMPARE(students.first().state, AccountState::Activated);
        const SyncState state = store.value()->syncState(kUai);
        QCOMPARE(state.cursor, u"cursor-v1"_s); // an incremental sync can go on from there
        QVERIFY(!state.fullSyncInProgress);
        QCOMPARE(state.lastSyncAt, QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC));
    }

    void migratesAVersion3CacheKeepingItsRuns()
    {
        const QString path = freshPath();
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        {
            auto v3 = Store::openAtVersion(path, 3);
            QVERIFY(v3.ok());
        }
        // What a version-3 client wrote, in that version's columns (today's code writes more).
        QVERIFY(execRaw(path, {uR"(INSERT INTO students (uai, id, last_name, first_name, birth_date, class_name,
            level, mef_code, mef_label, login, state, origin, email, notified_at, last_login_at, guardian_ids)
            VALUES ('0450750W', '1', 'Un', 'A', NULL, '3e A', '3EME', '', '', 'a.un', 'activated', 'school', '',
                    NULL, NULL, ''),
                   ('0450750W', '2', 'Deux', 'B', NULL, '3e A', '3EME', '', '', 'b.deux', 'activated', 'school', '',
                    NULL, NULL, ''))"_s,
                               uR"(INSERT INTO sync_state (uai, resource, cursor, last_sync_at)
            VALUES ('0450750W', 'students', 'c1', '2026-09-02T08:00:00.000Z'))"_s}));
        // A run a version-3 client recorded: named after its first batch, no chunks.
        QVERIFY(execRaw(path, {uR"(INSERT INTO notification_runs VALUES ('b1', '0450750W', 'b1,b2',
            '2026-09-02T08:00:00.000Z', '2026-12-02T23:59:59.000Z', 250, '3e A
3e B', 1))"_s}));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE(ids(*store.value()), QStringList({u"1"_s, u"2"_s}));
        QCOMPARE(store.value()->syncState(kUai).cursor, u"c1"_s);
        const QList<NotificationRecord> records = store.value()->notificationRecords(kUai, now);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).runId, u"b1"_s);
        QCOMPARE(records.at(0).batchIds(), QStringList({u"b1"_s, u"b2"_s}));
        QCOMPARE(records.at(0).status, NotificationRecord::Status::Complete);
        QCOMPARE(records.at(0).classes, QStringList({u"3e A"_s, u"3e B"_s}));
        QCOMPARE(records.at(0).letterCount, 250);
        QVERIFY(records.at(0).reset);
        QVERIFY(store.value()->pendingRuns(kUai, QString()).isEmpty());
    }

    // Parents cached before mobiles (version 8) keep their rows; their next sync is a full one,
    // which brings the numbers, while the pupils' goes on from its cursor.
    void migratesAVersion8CacheToFetchParentsMobiles()
    {
        const QString path = freshPath();
        {
            auto v8 = Store::openAtVersion(path, 8);
            QVERIFY(v8.ok());
        }
        QVERIFY(execRaw(path, {uR"(INSERT INTO guardians (uai, id, last_name, first_name, login, state, origin, email,
            notified_at, last_login_at, children, password_provisional)
            VALUES ('0450750W', 'R1', 'Un', 'A', 'a.un', 'activated', 'school', '', NULL, NULL, '', 0))"_s,
                               uR"(INSERT INTO sync_state (uai, resource, cursor, last_sync_at)
            VALUES ('0450750W', 'guardians', 'g8', '2026-09-02T08:00:00.000Z'),
                   ('0450750W', 'students', 's8', '2026-09-02T08:00:00.000Z'))"_s}));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), Store::kSchemaVersion);
        const QList<Guardian> parents = store.value()->guardians(kUai).value();
        QCOMPARE(parents.size(), 1);
        QVERIFY(parents.first().mobile.isEmpty());
        QVERIFY(store.value()->syncState(kUai, AccountKind::Guardian).cursor.isEmpty());
        QCOMPARE(store.value()->syncState(kUai, AccountKind::Student).cursor, u"s8"_s);
    }

    // A run is on disk, keys and all, before its first request; each answer is recorded; only
    // finished runs with valid letters are offered for reprint, only pending ones for resume.
    void runsAreRecordedChunkByChunk()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        QStringList accounts;
        for (int i = 0; i < 450; ++i)
            accounts << u"E%1"_s.arg(i);
        NotificationRecord run = newNotificationRecord(kUai, AccountKind::Guardian, accounts, true, 200, now);
        run.classes = {u"6e A"_s, u"3e B"_s};
        QVERIFY(store.saveRun(run).ok());
        QCOMPARE(store.pendingRuns(kUai, QString()).size(), 1);
        QVERIFY(store.notificationRecords(kUai, now).isEmpty());

        run.chunks[0].batchId = u"batch-1"_s;
        run.expiresAt = now.addMonths(3);
        run.letterCount = 200;
        QVERIFY(store.saveRun(run).ok());
        const auto back = store.run(run.runId);
        QVERIFY(back.has_value());
        QCOMPARE(back->chunks.size(), 3);
        QCOMPARE(back->chunks.at(0).batchId, u"batch-1"_s);
        QCOMPARE(back->chunks.at(1).ids, run.chunks.at(1).ids);
        QCOMPARE(back->chunks.at(2).idempotencyKey, run.chunks.at(2).idempotencyKey);
        QCOMPARE(back->doneAccountCount(), 200);
        QCOMPARE(back->classes, run.classes);
        QVERIFY(back->reset);

        run.status = NotificationRecord::Status::Abandoned;
        QVERIFY(store.saveRun(run).ok());
        QVERIFY(store.pendingRuns(kUai, QString()).isEmpty());
        QCOMPARE(store.notificationRecords(kUai, now.addDays(1)).size(), 1);
        QVERIFY(store.notificationRecords(kUai, now.addMonths(4)).isEmpty()); // letters expired
        QVERIFY(!store.run(u"unknown"_s).has_value());
    }

    void remembersTheEstablishmentSyncedLast()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        QVERIFY(store.lastSyncedEstablishment().isEmpty());
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(store.applyPage(u"0450750W"_s, pageOf({u"1"_s}, u"c"_s, false), PageKind::FullFirst, now).ok());
        QVERIFY(store.applyPage(u"0459876R"_s, pageOf({u"2"_s}, u"c"_s, false), PageKind::FullFirst,
                                       now.addSecs(60)).ok());
        QCOMPARE(store.lastSyncedEstablishment(), u"0459876R"_s);
    }

    // A record the client could not read in a full sync keeps its last good copy instead of
    // being swept away as if the server had deleted it.
    void unreadableRecordKeepsItsCachedCopy()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s, u"2"_s, u"3"_s}, u"c1"_s, false), PageKind::FullFirst,
                                       now).ok());
        StudentPage again = pageOf({u"1"_s}, u"c2"_s, false);
        again.rejected = {{2, u"2"_s, u"unknown account state"_s}, {3, QString(), u"not an object"_s}};
        QVERIFY(store.applyPage(kUai, again, PageKind::FullFirst, now).ok());
        QCOMPARE(ids(store), QStringList({u"1"_s, u"2"_s})); // 3 is gone, 2 kept as it was
    }

    void refusesACacheFromANewerVersion()
    {
        const QString path = freshPath();
        QVERIFY(Store::open(path).ok());
        QVERIFY(execRaw(path, {u"PRAGMA user_version = 99"_s}));
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"cache-too-new"_s);
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY(!store.error().message.isEmpty());
    }

    void fullSyncThenIncremental()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);

        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s, u"2"_s}, u"c1"_s, true), PageKind::FullFirst, now).ok());
        SyncState s = store.syncState(kUai);
        QVERIFY(s.fullSyncInProgress);
        QCOMPARE(s.fullSyncCursor, u"c1"_s);
        QVERIFY(s.cursor.isEmpty());
        QVERIFY(!s.lastSyncAt.isValid());

        QVERIFY(store.applyPage(kUai, pageOf({u"3"_s}, u"c2"_s, false), PageKind::FullNext, now).ok());
        s = store.syncState(kUai);
        QVERIFY(!s.fullSyncInProgress);
        QCOMPARE(s.cursor, u"c2"_s);
        QCOMPARE(s.lastSyncAt, now);
        QCOMPARE(ids(store), QStringList({u"1"_s, u"2"_s, u"3"_s}));

        // Incremental: one update, one removal.
        StudentPage delta = pageOf({u"2"_s}, u"c3"_s, false, {u"1"_s});
        delta.items[0].state = AccountState::Activated;
        QVERIFY(store.applyPage(kUai, delta, PageKind::Incremental, now.addSecs(60)).ok());
        QCOMPARE(ids(store), QStringList({u"2"_s, u"3"_s}));
        QCOMPARE(store.syncState(kUai).cursor, u"c3"_s);
        for (const Student &st : store.students(kUai).value()) {
            if (st.id == u"2"_s)
                QCOMPARE(st.state, AccountState::Activated);
        }
    }

    void fullResyncDropsWhatTheServerNoLongerHas()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s, u"2"_s, u"3"_s}, u"c1"_s, false), PageKind::FullFirst, now).ok());
        // After a 410 the server resends everything it has: pupil 2 left the school.
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s}, u"d1"_s, true), PageKind::FullFirst, now).ok());
        QCOMPARE(ids(store).size(), 3); // nothing is dropped before the full sync completes
        QVERIFY(store.applyPage(kUai, pageOf({u"3"_s}, u"d2"_s, false), PageKind::FullNext, now).ok());
        QCOMPARE(ids(store), QStringList({u"1"_s, u"3"_s}));
    }

    void failureMidPageRollsBackThePageAndItsCursor()
    {
        const QString path = freshPath();
        auto opened = Store::open(path);
        Store &store = *opened.value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s}, u"c1"_s, false), PageKind::FullFirst, now).ok());

        // The third row of the next page fails (as a crash or a full disk would, mid-transaction).
        QVERIFY(execRaw(path, {u"CREATE TRIGGER boom BEFORE INSERT ON students WHEN NEW.id = 'boom' "
                               u"BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s}));
        auto failed = store.applyPage(kUai, pageOf({u"2"_s, u"3"_s, u"boom"_s}, u"c2"_s, false, {u"1"_s}),
                                             PageKind::Incremental, now);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(u"boom"_s));
        QCOMPARE(ids(store), QStringList{u"1"_s});           // rows 2 and 3 rolled back, 1 not removed
        QCOMPARE(store.syncState(kUai).cursor, u"c1"_s);    // the cursor did not move past the page
    }

    void fullNextWithoutAFullSyncIsRefused()
    {
        auto opened = Store::open(freshPath());
        auto r = opened.value()->applyPage(kUai, pageOf({u"1"_s}, u"c"_s, false), PageKind::FullNext,
                                                  QDateTime::currentDateTimeUtc());
        QVERIFY(!r.ok());
        QCOMPARE(opened.value()->studentCount(kUai), 0);
    }

    void resetCursorForcesAFullSync()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s}, u"c1"_s, false), PageKind::FullFirst,
                                       QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(store.resetCursor(kUai, AccountKind::Student).ok());
        QVERIFY(store.syncState(kUai).cursor.isEmpty());
        QCOMPARE(store.studentCount(kUai), 1); // the data stays for offline use
    }

    void oddNamesSurviveTheCache()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        StudentPage p = pageOf({u"1"_s, u"2"_s, u"3"_s}, u"c"_s, false);
        p.items[0].lastName = u"O'Brien'); DROP TABLE students;--"_s;
        p.items[1].lastName = QString(80, u'W') + u" & <b>"_s;
        p.items[2].lastName = u"Παπαδόπουλος"_s;
        p.items[2].firstName = QString(); // null first name is stored as empty
        QVERIFY(store.applyPage(kUai, p, PageKind::FullFirst, QDateTime::currentDateTimeUtc()).ok());
        QList<Student> back = store.students(kUai).value();
        std::sort(back.begin(), back.end(), [](const Student &a, const Student &b) { return a.id < b.id; });
        QCOMPARE(back.size(), 3);
        QCOMPARE(back[0].lastName, p.items[0].lastName);
        QCOMPARE(back[1].lastName, p.items[1].lastName);
        QCOMPARE(back[2].lastName, p.items[2].lastName);
        QCOMPARE(back[0].guardianIds, QStringList{u"R1"_s});
        QCOMPARE(back[0].lastLoginAt, p.items[0].lastLoginAt);
    }

    void establishmentRoundTrip()
    {
        auto opened = Store::open(freshPath());
        Establishment e{kUai, u"LP Métiers & Arts"_s, u"LP"_s, {u"https://ent.example"_s, true, QString(), false}};
        QVERIFY(opened.value()->saveEstablishment(e).ok());
        const auto back = opened.value()->establishment(kUai);
        QVERIFY(back.has_value());
        QCOMPARE(back->name, e.name);
        QCOMPARE(back->notification.pupilUrl, e.notification.pupilUrl);
        QVERIFY(back->notification.pupilUrlEnabled);
        QVERIFY(!opened.value()->establishment(u"0000000A"_s).has_value());
    }
    // One snapshot per day and kind, counted from the cache: a second sync the same day replaces
    // it; a user who does not sync parents records none for them.
    void statisticsSnapshotsPerDayOfSync()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        StudentPage pupils = pageOf({u"1"_s, u"2"_s, u"3"_s}, u"s1"_s, false);
        pupils.items[0].state = AccountState::Activated;
        pupils.items[1].guardianIds = {u"R2"_s};
        pupils.items[2].guardianIds = {};
        QVERIFY(store.applyPage(kUai, pupils, PageKind::FullFirst, now).ok());
        GuardianPage parents;
        for (const auto &[id, state] : {std::pair{u"R1"_s, AccountState::Activated},
                                        std::pair{u"R2"_s, AccountState::NotNotified}}) {
            Guardian g;
            g.id = id;
            g.lastName = u"Parent"_s;
            g.login = id.toLower();
            g.state = state;
            parents.items << g;
        }
        parents.nextCursor = u"g1"_s;
        QVERIFY(store.applyPage(kUai, parents, PageKind::FullFirst, now).ok());

        const QDate monday(2026, 9, 7);
        QVERIFY(store.recordStatisticsSnapshot(kUai, monday, false).ok());
        QList<StatisticsSnapshot> history = store.statisticsSnapshots(kUai, AccountKind::Student).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().day, monday);
        QCOMPARE(history.first().counts.total(), 3);
        QCOMPARE(history.first().counts.activated(), 1);
        QCOMPARE(history.first().counts.of(AccountState::NotifiedNotActivated), 2);
        // Synced without parents (a delegated account): how many have an activated parent is not
        // known, whatever parents another user left in the cache.
        QCOMPARE(history.first().withActivatedParent, -1);
        QVERIFY(store.statisticsSnapshots(kUai, AccountKind::Guardian).value().isEmpty());

        // Later the same day, pupil 2 activated: the day's snapshot is replaced, parents recorded.
        pupils.items[1].state = AccountState::Activated;
        QVERIFY(store.applyPage(kUai, pupils, PageKind::FullFirst, now).ok());
        QVERIFY(store.recordStatisticsSnapshot(kUai, monday, true).ok());
        history = store.statisticsSnapshots(kUai, AccountKind::Student).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().counts.activated(), 2);
        QCOMPARE(history.first().withActivatedParent, 1); // pupil 1, through R1; R2 not activated
        const QList<StatisticsSnapshot> parentHistory = store.statisticsSnapshots(kUai, AccountKind::Guardian).value();
        QCOMPARE(parentHistory.size(), 1);
        QCOMPARE(parentHistory.first().counts.activated(), 1);
        QCOMPARE(parentHistory.first().counts.of(AccountState::NotNotified), 1);

        // The next day, a line of its own, oldest first; another establishment has none.
        QVERIFY(store.recordStatisticsSnapshot(kUai, monday.addDays(1), true).ok());
        history = store.statisticsSnapshots(kUai, AccountKind::Student).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).day, monday);
        QCOMPARE(history.at(1).day, monday.addDays(1));
        QVERIFY(store.statisticsSnapshots(u"0000000A"_s, AccountKind::Student).value().isEmpty());
    }

    // A cache file damaged from outside: the statistics say which query failed and why, and
    // nothing is half-written.
    void aBrokenStatisticsTableIsAnErrorThatSaysWhy()
    {
        const QString path = freshPath();
        auto opened = Store::open(path);
        Store &store = *opened.value();
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s}, u"s1"_s, false), PageKind::FullFirst,
                                QDateTime::currentDateTimeUtc())
                    .ok());
        QVERIFY(execRaw(path, {u"DROP TABLE statistics_snapshots"_s}));
        const auto recorded = store.recordStatisticsSnapshot(kUai, QDate(2026, 9, 7), false);
        QVERIFY(!recorded);
        QVERIFY2(recorded.error().message.contains(u"statistics_snapshots"_s), qPrintable(recorded.error().message));
        const auto read = store.statisticsSnapshots(kUai, AccountKind::Student);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"statistics_snapshots"_s), qPrintable(read.error().message));

        // The counting itself failing names its own query's error, not another's.
        QVERIFY(execRaw(path, {u"ALTER TABLE guardians RENAME TO guardians_gone"_s}));
        const auto counted = store.recordStatisticsSnapshot(kUai, QDate(2026, 9, 7), false);
        QVERIFY(!counted);
        QVERIFY2(counted.error().message.contains(u"guardians"_s), qPrintable(counted.error().message));
    }

    // Parents live beside the pupils with their own cursor: syncing one never sweeps the other.
    void parentsHaveTheirOwnTableAndCursor()
    {
        auto opened = Store::open(freshPath());
        Store &store = *opened.value();
        const QDateTime now(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(store.applyPage(kUai, pageOf({u"1"_s, u"2"_s}, u"s1"_s, false), PageKind::FullFirst, now).ok());
        GuardianPage parents;
        Guardian g;
        g.id = u"R1"_s;
        g.lastName = u"D'Almeida"_s;
        g.firstName = u"Inès"_s;
        g.login = u"ines.dalmeida12"_s;
        g.state = AccountState::Activated;
        g.origin = AccountOrigin::FranceConnect;
        g.mobile = u"06 39 98 00 07"_s;
        g.children = {{u"1"_s, u"D'Almeida"_s, u"Léa"_s, u"3e A"_s, {}, {}},
                      {{}, u"D'Almeida"_s, u"Tom"_s, u"BTS 1"_s, u"0450750W"_s, u"LP <b>Rodin</b> & Cie"_s}};
        parents.items = {g};
        parents.nextCursor = u"g1"_s;
        QVERIFY(store.applyPage(kUai, parents, PageKind::FullFirst, now).ok());
        QCOMPARE(store.studentCount(kUai), 2);
        QCOMPARE(store.guardianCount(kUai), 1);
        QCOMPARE(store.syncState(kUai, AccountKind::Student).cursor, u"s1"_s);
        QCOMPARE(store.syncState(kUai, AccountKind::Guardian).cursor, u"g1"_s);
        const QList<Guardian> back = store.guardians(kUai).value();
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first() == g);

        // A new full sync of the parents that no longer lists R1 removes it, and only it.
        GuardianPage empty;
        empty.nextCursor = u"g2"_s;
        QVERIFY(store.applyPage(kUai, empty, PageKind::FullFirst, now).ok());
        QCOMPARE(store.guardianCount(kUai), 0);
        QCOMPARE(store.studentCount(kUai), 2);
        QVERIFY(store.resetCursor(kUai, AccountKind::Guardian).ok());
        QVERIFY(store.syncState(kUai, AccountKind::Guardian).cursor.isEmpty());
        QCOMPARE(store.syncState(kUai, AccountKind::Student).cursor, u"s1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
