#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "educonnect.cache")

namespace educonnect {

namespace {

const QString kStudentsResource = u"students"_s;

// Forward-only migrations; migration N takes the schema from version N-1 to N.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: establishments, pupils, one cursor per establishment and resource.
        {
            uR"(CREATE TABLE establishments(
                uai TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL DEFAULT '',
                pupil_url TEXT NOT NULL DEFAULT '', pupil_url_enabled INTEGER NOT NULL DEFAULT 0,
                guardian_url TEXT NOT NULL DEFAULT '', guardian_url_enabled INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE TABLE students(
                uai TEXT NOT NULL, id TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL,
                birth_date TEXT, class_name TEXT NOT NULL, level TEXT NOT NULL, mef_code TEXT NOT NULL,
                mef_label TEXT NOT NULL, login TEXT NOT NULL, state TEXT NOT NULL, origin TEXT NOT NULL,
                email TEXT NOT NULL, notified_at TEXT, last_login_at TEXT, guardian_ids TEXT NOT NULL,
                PRIMARY KEY(uai, id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE sync_state(
                uai TEXT NOT NULL, resource TEXT NOT NULL, cursor TEXT NOT NULL DEFAULT '',
                last_sync_at TEXT, PRIMARY KEY(uai, resource)))"_s,
        },
        // 2: resumable full resync (generation marking) and the class index the list filters on.
        {
            u"ALTER TABLE students ADD COLUMN sync_generation INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE sync_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE sync_state ADD COLUMN full_sync_cursor TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE sync_state ADD COLUMN full_sync_in_progress INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE INDEX students_by_class ON students(uai, class_name)"_s,
        },
        // 3: the runs of (re)notification, for reprints (ids and counts only, never a password).
        {
            uR"(CREATE TABLE notification_runs(
                run_id TEXT PRIMARY KEY, uai TEXT NOT NULL, batch_ids TEXT NOT NULL, created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL, letter_count INTEGER NOT NULL, classes TEXT NOT NULL,
                reset INTEGER NOT NULL DEFAULT 0))"_s,
            u"CREATE INDEX notification_runs_by_date ON notification_runs(uai, created_at)"_s,
        },
        // 4: runs that can be resumed: their chunks with the keys they are always sent with, and
        // the batch that answered each (runs recorded before this were complete).
        {
            u"ALTER TABLE notification_runs ADD COLUMN status TEXT NOT NULL DEFAULT 'complete'"_s,
            uR"(CREATE TABLE run_chunks(
                run_id TEXT NOT NULL REFERENCES notification_runs(run_id) ON DELETE CASCADE,
                chunk INTEGER NOT NULL, ids TEXT NOT NULL, idempotency_key TEXT NOT NULL,
                batch_id TEXT NOT NULL DEFAULT '', PRIMARY KEY(run_id, chunk)) WITHOUT ROWID)"_s,
        },
    };
    return steps;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{u"cache"_s, what + u": "_s + error.text(), 0};
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant optionalDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// Rolls back unless committed; keeps every early return safe.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Store::Store(QString path) : m_path(std::move(path))
{
    m_connectionName = u"educonnect-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    return openAtVersion(path, kSchemaVersion);
}

Result<std::unique_ptr<Store>> Store::openAtVersion(const QString &path, int targetVersion)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<Store> store(new Store(path));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(QCoreApplication::translate("Store", "Cannot open the local cache %1").arg(path),
                        db.lastError());
    QSqlQuery pragma(db);
    for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                     u"PRAGMA busy_timeout=5000"_s}) {
        if (!pragma.exec(statement))
            return sqlError(QCoreApplication::translate("Store", "Cannot configure the local cache"),
                            pragma.lastError());
    }
    if (store->schemaVersion() > kSchemaVersion) {
        return Error{u"cache-too-new"_s,
                     QCoreApplication::translate("Store", "The local cache %1 was written by a newer version "
                                                          "of the application (schema %2, this one knows %3).")
                         .arg(path)
                         .arg(store->schemaVersion())
                         .arg(kSchemaVersion)};
    }
    if (auto migrated = store->migrate(targetVersion); !migrated)
        return migrated.error();
    return store;
}

int Store::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Store::migrate(int targetVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const int from = schemaVersion();
    for (int version = from + 1; version <= targetVersion; ++version) {
        Transaction tx(db);
        if (!tx.isOpen())
            return sqlError(QCoreApplication::translate("Store", "Cannot start the cache migration"),
                            db.lastError());
        QSqlQuery query(db);
        for (const QString &statement : migrations().at(version - 1)) {
            if (!query.exec(statement)) {
                qCWarning(lcCache) << "migration to schema" << version << "failed:" << query.lastError().text();
                return sqlError(
                    QCoreApplication::translate("Store", "Cannot upgrade the local cache to schema %1").arg(version),
                    query.lastError());
            }
        }
        // PRAGMA user_version is transactional in SQLite: it commits or rolls back with the rest.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !tx.commit())
            return sqlError(
                QCoreApplication::translate("Store", "Cannot upgrade the local cache to schema %1").arg(version),
                db.lastError());
        qCInfo(lcCache) << "cache schema migrated to" << version;
    }
    return Result<void>::success();
}

Result<void> Store::saveEstablishment(const Establishment &e)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(uR"(INSERT OR REPLACE INTO establishments
        (uai, name, type, pupil_url, pupil_url_enabled, guardian_url, guardian_url_enabled)
        VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    query.addBindValue(e.uai);
    query.addBindValue(text(e.name));
    query.addBindValue(text(e.type));
    query.addBindValue(text(e.notification.pupilUrl));
    query.addBindValue(e.notification.pupilUrlEnabled);
    query.addBindValue(text(e.notification.guardianUrl));
    query.addBindValue(e.notification.guardianUrlEnabled);
    if (!query.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot save the establishment"), query.lastError());
    return Result<void>::success();
}

std::optional<Establishment> Store::establishment(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT name, type, pupil_url, pupil_url_enabled, guardian_url, guardian_url_enabled "
                  u"FROM establishments WHERE uai = ?"_s);
    query.addBindValue(uai);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Establishment e;
    e.uai = uai;
    e.name = query.value(0).toString();
    e.type = query.value(1).toString();
    e.notification.pupilUrl = query.value(2).toString();
    e.notification.pupilUrlEnabled = query.value(3).toBool();
    e.notification.guardianUrl = query.value(4).toString();
    e.notification.guardianUrlEnabled = query.value(5).toBool();
    return e;
}

SyncState Store::syncState(const QString &uai) const
{
    SyncState state;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT cursor, full_sync_cursor, generation, full_sync_in_progress, last_sync_at "
                  u"FROM sync_state WHERE uai = ? AND resource = ?"_s);
    query.addBindValue(uai);
    query.addBindValue(kStudentsResource);
    if (query.exec() && query.next()) {
        state.cursor = query.value(0).toString();
        state.fullSyncCursor = query.value(1).toString();
        state.generation = query.value(2).toLongLong();
        state.fullSyncInProgress = query.value(3).toBool();
        state.lastSyncAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    }
    return state;
}

Result<void> Store::applyStudentPage(const QString &uai, const StudentPage &page, PageKind kind,
                                     const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    if (!tx.isOpen())
        return sqlError(QCoreApplication::translate("Store", "Cannot write to the local cache"), db.lastError());

    SyncState state = syncState(uai);
    if (kind == PageKind::FullNext && !state.fullSyncInProgress)
        return Error{u"cache-sync-order"_s, QCoreApplication::translate("Store", "No full sync is in progress.")};
    if (kind == PageKind::FullFirst)
        ++state.generation;
    const bool full = kind != PageKind::Incremental;

    QSqlQuery upsert(db);
    upsert.prepare(uR"(INSERT OR REPLACE INTO students
        (uai, id, last_name, first_name, birth_date, class_name, level, mef_code, mef_label, login, state,
         origin, email, notified_at, last_login_at, guardian_ids, sync_generation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const Student &s : page.items) {
        upsert.addBindValue(uai);
        upsert.addBindValue(s.id);
        upsert.addBindValue(text(s.lastName));
        upsert.addBindValue(text(s.firstName));
        upsert.addBindValue(optionalDate(s.birthDate));
        upsert.addBindValue(text(s.className));
        upsert.addBindValue(text(s.level));
        upsert.addBindValue(text(s.mef.code));
        upsert.addBindValue(text(s.mef.label));
        upsert.addBindValue(text(s.login));
        upsert.addBindValue(accountStateApiName(s.state));
        upsert.addBindValue(accountOriginApiName(s.origin));
        upsert.addBindValue(text(s.email));
        upsert.addBindValue(optionalDate(s.notifiedAt));
        upsert.addBindValue(optionalDateTime(s.lastLoginAt));
        upsert.addBindValue(text(s.guardianIds.join(u',')));
        upsert.addBindValue(state.generation);
        if (!upsert.exec())
            return sqlError(QCoreApplication::translate("Store", "Cannot store pupil %1").arg(s.id),
                            upsert.lastError());
    }

    if (full && !page.rejected.isEmpty()) {
        // A record the client could not read this time is not gone: keep its last good copy
        // instead of letting the end of this full sync sweep it away.
        QSqlQuery keep(db);
        keep.prepare(u"UPDATE students SET sync_generation = ? WHERE uai = ? AND id = ?"_s);
        for (const RejectedRecord &r : page.rejected) {
            if (r.id.isEmpty())
                continue;
            keep.addBindValue(state.generation);
            keep.addBindValue(uai);
            keep.addBindValue(r.id);
            if (!keep.exec())
                return sqlError(QCoreApplication::translate("Store", "Cannot update the local cache"),
                                keep.lastError());
        }
    }

    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM students WHERE uai = ? AND id = ?"_s);
    for (const QString &id : page.removed) {
        remove.addBindValue(uai);
        remove.addBindValue(id);
        if (!remove.exec())
            return sqlError(QCoreApplication::translate("Store", "Cannot remove pupil %1").arg(id),
                            remove.lastError());
    }

    const bool finished = !page.hasMore;
    if (full && finished) {
        // Whatever this full sync did not mention no longer exists on the server.
        QSqlQuery sweep(db);
        sweep.prepare(u"DELETE FROM students WHERE uai = ? AND sync_generation <> ?"_s);
        sweep.addBindValue(uai);
        sweep.addBindValue(state.generation);
        if (!sweep.exec())
            return sqlError(QCoreApplication::translate("Store", "Cannot update the local cache"),
                            sweep.lastError());
    }

    if (full) {
        state.fullSyncInProgress = !finished;
        state.fullSyncCursor = finished ? QString() : page.nextCursor;
        if (finished)
            state.cursor = page.nextCursor;
    } else {
        state.cursor = page.nextCursor;
    }
    if (finished)
        state.lastSyncAt = now;

    QSqlQuery saveState(db);
    saveState.prepare(uR"(INSERT OR REPLACE INTO sync_state
        (uai, resource, cursor, last_sync_at, generation, full_sync_cursor, full_sync_in_progress)
        VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    saveState.addBindValue(uai);
    saveState.addBindValue(kStudentsResource);
    saveState.addBindValue(text(state.cursor));
    saveState.addBindValue(optionalDateTime(state.lastSyncAt));
    saveState.addBindValue(state.generation);
    saveState.addBindValue(text(state.fullSyncCursor));
    saveState.addBindValue(state.fullSyncInProgress);
    if (!saveState.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot save the sync position"),
                        saveState.lastError());

    if (!tx.commit())
        return sqlError(QCoreApplication::translate("Store", "Cannot write to the local cache"), db.lastError());
    return Result<void>::success();
}

Result<void> Store::resetStudentCursor(const QString &uai)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"UPDATE sync_state SET cursor = '', full_sync_cursor = '', full_sync_in_progress = 0 "
                  u"WHERE uai = ? AND resource = ?"_s);
    query.addBindValue(uai);
    query.addBindValue(kStudentsResource);
    if (!query.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot reset the sync position"), query.lastError());
    return Result<void>::success();
}

Result<QList<Student>> Store::students(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, last_name, first_name, birth_date, class_name, level, mef_code, mef_label, login, "
                  u"state, origin, email, notified_at, last_login_at, guardian_ids FROM students WHERE uai = ?"_s);
    query.addBindValue(uai);
    if (!query.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot read pupils from the local cache"),
                        query.lastError());
    QList<Student> result;
    while (query.next()) {
        Student s;
        s.id = query.value(0).toString();
        s.lastName = query.value(1).toString();
        s.firstName = query.value(2).toString();
        s.birthDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        s.className = query.value(4).toString();
        s.level = query.value(5).toString();
        s.mef.code = query.value(6).toString();
        s.mef.label = query.value(7).toString();
        s.login = query.value(8).toString();
        s.state = accountStateFromApiName(query.value(9).toString()).value_or(AccountState::NotNotified);
        s.origin = accountOriginFromApiName(query.value(10).toString()).value_or(AccountOrigin::Unknown);
        s.email = query.value(11).toString();
        s.notifiedAt = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        s.lastLoginAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
        const QString guardians = query.value(14).toString();
        if (!guardians.isEmpty())
            s.guardianIds = guardians.split(u',');
        result.append(std::move(s));
    }
    return result;
}

Result<void> Store::saveRun(const NotificationRecord &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QString what = QCoreApplication::translate("Store", "Cannot remember the notification run");
    if (r.runId.isEmpty())
        return Error{u"cache"_s, what};
    Transaction tx(db);
    if (!tx.isOpen())
        return sqlError(what, db.lastError());
    QSqlQuery run(db);
    run.prepare(uR"(INSERT OR REPLACE INTO notification_runs
        (run_id, uai, batch_ids, created_at, expires_at, letter_count, classes, reset, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    run.addBindValue(r.runId);
    run.addBindValue(r.uai);
    run.addBindValue(text(r.batchIds().join(u',')));
    run.addBindValue(r.createdAt.toUTC().toString(Qt::ISODateWithMs));
    run.addBindValue(r.expiresAt.isValid() ? r.expiresAt.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s));
    run.addBindValue(r.letterCount);
    run.addBindValue(text(r.classes.join(u'\n')));
    run.addBindValue(r.reset);
    run.addBindValue(runStatusName(r.status));
    if (!run.exec())
        return sqlError(what, run.lastError());
    QSqlQuery chunk(db);
    chunk.prepare(u"INSERT OR REPLACE INTO run_chunks (run_id, chunk, ids, idempotency_key, batch_id) "
                  u"VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < r.chunks.size(); ++i) {
        chunk.addBindValue(r.runId);
        chunk.addBindValue(i);
        chunk.addBindValue(r.chunks.at(i).ids.join(u','));
        chunk.addBindValue(r.chunks.at(i).idempotencyKey);
        chunk.addBindValue(text(r.chunks.at(i).batchId));
        if (!chunk.exec())
            return sqlError(what, chunk.lastError());
    }
    if (!tx.commit())
        return sqlError(what, db.lastError());
    return Result<void>::success();
}

namespace {

const QString kRunColumns =
    u"run_id, uai, batch_ids, created_at, expires_at, letter_count, classes, reset, status"_s;

NotificationRecord runFromQuery(const QSqlQuery &query)
{
    NotificationRecord r;
    r.runId = query.value(0).toString();
    r.uai = query.value(1).toString();
    r.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    r.expiresAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    r.letterCount = query.value(5).toInt();
    r.classes = query.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    r.reset = query.value(7).toBool();
    r.status = runStatusFromName(query.value(8).toString()).value_or(NotificationRecord::Status::Complete);
    // Runs recorded before schema 4 have no chunks: their batches are one done chunk each.
    for (const QString &batchId : query.value(2).toString().split(u',', Qt::SkipEmptyParts))
        r.chunks.append({{}, {}, batchId});
    return r;
}

} // namespace

QList<NotificationRecord> Store::loadRuns(const QString &where, const QVariantList &values) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QList<NotificationRecord> records;
    QSqlQuery query(db);
    query.prepare(u"SELECT %1 FROM notification_runs WHERE %2 ORDER BY created_at DESC"_s.arg(kRunColumns, where));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot read runs:" << query.lastError().text();
        return records;
    }
    while (query.next())
        records << runFromQuery(query);
    QSqlQuery chunks(db);
    chunks.prepare(u"SELECT ids, idempotency_key, batch_id FROM run_chunks WHERE run_id = ? ORDER BY chunk"_s);
    for (NotificationRecord &r : records) {
        chunks.addBindValue(r.runId);
        if (!chunks.exec())
            continue;
        QList<RunChunk> list;
        while (chunks.next())
            list.append({chunks.value(0).toString().split(u',', Qt::SkipEmptyParts), chunks.value(1).toString(),
                         chunks.value(2).toString()});
        if (!list.isEmpty())
            r.chunks = list;
    }
    return records;
}

std::optional<NotificationRecord> Store::run(const QString &runId) const
{
    const QList<NotificationRecord> runs = loadRuns(u"run_id = ?"_s, {runId});
    if (runs.isEmpty())
        return std::nullopt;
    return runs.first();
}

QList<NotificationRecord> Store::notificationRecords(const QString &uai, const QDateTime &now) const
{
    return loadRuns(u"uai = ? AND status <> 'pending' AND expires_at > ?"_s,
                    {uai, now.toUTC().toString(Qt::ISODateWithMs)});
}

QList<NotificationRecord> Store::pendingRuns(const QString &uai) const
{
    return loadRuns(u"uai = ? AND status = 'pending'"_s, {uai});
}

int Store::studentCount(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT COUNT(*) FROM students WHERE uai = ?"_s);
    query.addBindValue(uai);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace educonnect

namespace educonnect {

QString Store::lastSyncedEstablishment() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"SELECT uai FROM sync_state WHERE last_sync_at IS NOT NULL ORDER BY last_sync_at DESC LIMIT 1"_s)
        || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace educonnect
