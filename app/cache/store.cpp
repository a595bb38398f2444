#include "store.h"

#include "cache/migrations.h"
#include "cache/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

using namespace cache_detail;

namespace {


// The children of a parent account, in the cache's own compact form (a JSON array).
QString childrenToText(const QList<GuardianChild> &children)
{
    QJsonArray array;
    for (const GuardianChild &c : children)
        array.append(QJsonObject{{u"id"_s, c.id},
                                 {u"lastName"_s, c.lastName},
                                 {u"firstName"_s, c.firstName},
                                 {u"className"_s, c.className},
                                 {u"uai"_s, c.uai},
                                 {u"establishmentName"_s, c.establishmentName}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<GuardianChild> childrenFromText(const QString &text)
{
    QList<GuardianChild> children;
    for (const QJsonValue v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        children.append({o.value(u"id"_s).toString(), o.value(u"lastName"_s).toString(),
                         o.value(u"firstName"_s).toString(), o.value(u"className"_s).toString(),
                         o.value(u"uai"_s).toString(), o.value(u"establishmentName"_s).toString()});
    }
    return children;
}

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
        for (const QString &statement : cacheMigrations().at(version - 1)) {
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

namespace {

const QString kEstablishmentColumns =
    u"uai, name, type, pupil_url, pupil_url_enabled, guardian_url, guardian_url_enabled"_s;

Establishment establishmentAt(const QSqlQuery &query)
{
    Establishment e;
    e.uai = query.value(0).toString();
    e.name = query.value(1).toString();
    e.type = query.value(2).toString();
    e.notification.pupilUrl = query.value(3).toString();
    e.notification.pupilUrlEnabled = query.value(4).toBool();
    e.notification.guardianUrl = query.value(5).toString();
    e.notification.guardianUrlEnabled = query.value(6).toBool();
    return e;
}

} // namespace

std::optional<Establishment> Store::establishment(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT %1 FROM establishments WHERE uai = ?"_s.arg(kEstablishmentColumns));
    query.addBindValue(uai);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return establishmentAt(query);
}

QList<Establishment> Store::establishments() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QList<Establishment> all;
    if (!query.exec(u"SELECT %1 FROM establishments ORDER BY uai"_s.arg(kEstablishmentColumns)))
        return all;
    while (query.next())
        all << establishmentAt(query);
    return all;
}

SyncState Store::syncState(const QString &uai, AccountKind accounts) const
{
    SyncState state;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT cursor, full_sync_cursor, generation, full_sync_in_progress, last_sync_at "
                  u"FROM sync_state WHERE uai = ? AND resource = ?"_s);
    query.addBindValue(uai);
    query.addBindValue(accountKindApiName(accounts));
    if (query.exec() && query.next()) {
        state.cursor = query.value(0).toString();
        state.fullSyncCursor = query.value(1).toString();
        state.generation = query.value(2).toLongLong();
        state.fullSyncInProgress = query.value(3).toBool();
        state.lastSyncAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    }
    return state;
}

Result<void> Store::applyPage(const QString &uai, const StudentPage &page, PageKind kind, const QDateTime &now)
{
    static const QString upsert = uR"(INSERT OR REPLACE INTO students
        (uai, id, last_name, first_name, birth_date, class_name, level, mef_code, mef_label, login, state,
         origin, email, notified_at, last_login_at, guardian_ids, password_provisional, sync_generation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
    return applyRows(uai, AccountKind::Student, page.items.size(), upsert,
                     [&](QSqlQuery &q, qsizetype i) {
                         const Student &s = page.items.at(i);
                         q.addBindValue(s.id);
                         q.addBindValue(text(s.lastName));
                         q.addBindValue(text(s.firstName));
                         q.addBindValue(optionalDate(s.birthDate));
                         q.addBindValue(text(s.className));
                         q.addBindValue(text(s.level));
                         q.addBindValue(text(s.mef.code));
                         q.addBindValue(text(s.mef.label));
                         q.addBindValue(text(s.login));
                         q.addBindValue(accountStateApiName(s.state));
                         q.addBindValue(accountOriginApiName(s.origin));
                         q.addBindValue(text(s.email));
                         q.addBindValue(optionalDate(s.notifiedAt));
                         q.addBindValue(optionalDateTime(s.lastLoginAt));
                         q.addBindValue(text(s.guardianIds.join(u',')));
                         q.addBindValue(s.passwordProvisional);
                         return s.id;
                     },
                     page, kind, now);
}

Result<void> Store::applyPage(const QString &uai, const GuardianPage &page, PageKind kind, const QDateTime &now)
{
    static const QString upsert = uR"(INSERT OR REPLACE INTO guardians
        (uai, id, last_name, first_name, login, state, origin, email, notified_at, last_login_at, children,
         password_provisional, mobile, sync_generation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
    return applyRows(uai, AccountKind::Guardian, page.items.size(), upsert,
                     [&](QSqlQuery &q, qsizetype i) {
                         const Guardian &g = page.items.at(i);
                         q.addBindValue(g.id);
                         q.addBindValue(text(g.lastName));
                         q.addBindValue(text(g.firstName));
                         q.addBindValue(text(g.login));
                         q.addBindValue(accountStateApiName(g.state));
                         q.addBindValue(accountOriginApiName(g.origin));
                         q.addBindValue(text(g.email));
                         q.addBindValue(optionalDate(g.notifiedAt));
                         q.addBindValue(optionalDateTime(g.lastLoginAt));
                         q.addBindValue(childrenToText(g.children));
                         q.addBindValue(g.passwordProvisional);
                         q.addBindValue(text(g.mobile));
                         return g.id;
                     },
                     page, kind, now);
}

template <typename Page>
Result<void> Store::applyRows(const QString &uai, AccountKind accounts, qsizetype count, const QString &upsertSql,
                              const std::function<QString(QSqlQuery &, qsizetype)> &bindRow, const Page &page,
                              PageKind kind, const QDateTime &now)
{
    const QString table = accountKindApiName(accounts); // the table is named after the resource
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    if (!tx.isOpen())
        return sqlError(QCoreApplication::translate("Store", "Cannot write to the local cache"), db.lastError());

    SyncState state = syncState(uai, accounts);
    if (kind == PageKind::FullNext && !state.fullSyncInProgress)
        return Error{u"cache-sync-order"_s, QCoreApplication::translate("Store", "No full sync is in progress.")};
    if (kind == PageKind::FullFirst)
        ++state.generation;
    const bool full = kind != PageKind::Incremental;

    QSqlQuery upsert(db);
    upsert.prepare(upsertSql);
    for (qsizetype i = 0; i < count; ++i) {
        upsert.addBindValue(uai);
        const QString id = bindRow(upsert, i);
        upsert.addBindValue(state.generation);
        if (!upsert.exec())
            return sqlError(QCoreApplication::translate("Store", "Cannot store account %1").arg(id),
                            upsert.lastError());
    }

    if (full && !page.rejected.isEmpty()) {
        // A record the client could not read this time is not gone: keep its last good copy
        // instead of letting the end of this full sync sweep it away.
        QSqlQuery keep(db);
        keep.prepare(u"UPDATE %1 SET sync_generation = ? WHERE uai = ? AND id = ?"_s.arg(table));
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
    remove.prepare(u"DELETE FROM %1 WHERE uai = ? AND id = ?"_s.arg(table));
    for (const QString &id : page.removed) {
        remove.addBindValue(uai);
        remove.addBindValue(id);
        if (!remove.exec())
            return sqlError(QCoreApplication::translate("Store", "Cannot remove account %1").arg(id),
                            remove.lastError());
    }

    const bool finished = !page.hasMore;
    if (full && finished) {
        // Whatever this full sync did not mention no longer exists on the server.
        QSqlQuery sweep(db);
        sweep.prepare(u"DELETE FROM %1 WHERE uai = ? AND sync_generation <> ?"_s.arg(table));
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
    saveState.addBindValue(table);
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

Result<void> Store::resetCursor(const QString &uai, AccountKind accounts)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"UPDATE sync_state SET cursor = '', full_sync_cursor = '', full_sync_in_progress = 0 "
                  u"WHERE uai = ? AND resource = ?"_s);
    query.addBindValue(uai);
    query.addBindValue(accountKindApiName(accounts));
    if (!query.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot reset the sync position"), query.lastError());
    return Result<void>::success();
}

Result<QList<Student>> Store::students(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, last_name, first_name, birth_date, class_name, level, mef_code, mef_label, login, "
                  u"state, origin, email, notified_at, last_login_at, guardian_ids, password_provisional FROM students "
                  u"WHERE uai = ?"_s);
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
        s.passwordProvisional = query.value(15).toBool();
        result.append(std::move(s));
    }
    return result;
}

Result<QList<Guardian>> Store::guardians(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, last_name, first_name, login, state, origin, email, notified_at, last_login_at, "
                  u"children, password_provisional, mobile FROM guardians WHERE uai = ?"_s);
    query.addBindValue(uai);
    if (!query.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot read parents from the local cache"),
                        query.lastError());
    QList<Guardian> result;
    while (query.next()) {
        Guardian g;
        g.id = query.value(0).toString();
        g.lastName = query.value(1).toString();
        g.firstName = query.value(2).toString();
        g.login = query.value(3).toString();
        g.state = accountStateFromApiName(query.value(4).toString()).value_or(AccountState::NotNotified);
        g.origin = accountOriginFromApiName(query.value(5).toString()).value_or(AccountOrigin::Unknown);
        g.email = query.value(6).toString();
        g.notifiedAt = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        g.lastLoginAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        g.children = childrenFromText(query.value(9).toString());
        g.passwordProvisional = query.value(10).toBool();
        g.mobile = query.value(11).toString();
        result.append(std::move(g));
    }
    return result;
}

std::optional<AccountKind> Store::kindOfAccount(const QString &uai, const QString &accountId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT 0 FROM students WHERE uai = ? AND id = ? "
                  u"UNION ALL SELECT 1 FROM guardians WHERE uai = ? AND id = ? LIMIT 1"_s);
    for (int table = 0; table < 2; ++table) {
        query.addBindValue(uai);
        query.addBindValue(accountId);
    }
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toInt() == 0 ? AccountKind::Student : AccountKind::Guardian;
}

int Store::guardianCount(const QString &uai) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT COUNT(*) FROM guardians WHERE uai = ?"_s);
    query.addBindValue(uai);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
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
