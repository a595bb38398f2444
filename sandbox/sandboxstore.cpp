#include "sandboxstore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QVariant nullable(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant nullable(const QDateTime &d)
{
    return d.isValid() ? QVariant(d.toUTC().toString(Qt::ISODate)) : QVariant();
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

const QString kPupilColumns =
    u"id, uai, last_name, first_name, birth_date, class_name, level, mef_code, mef_label, login, state, origin, "
    u"email, notified_at, last_login_at, provisional_password, guardian_ids, version"_s;

PupilRecord readPupil(const QSqlQuery &q)
{
    PupilRecord p;
    p.id = q.value(0).toString();
    p.uai = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.className = q.value(5).toString();
    p.level = q.value(6).toString();
    p.mefCode = q.value(7).toString();
    p.mefLabel = q.value(8).toString();
    p.login = q.value(9).toString();
    p.state = q.value(10).toString();
    p.origin = q.value(11).toString();
    p.email = q.value(12).toString();
    p.notifiedAt = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    p.lastLoginAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    p.provisionalPassword = q.value(15).toString();
    const QString guardians = q.value(16).toString();
    if (!guardians.isEmpty())
        p.guardianIds = guardians.split(u',');
    return p;
}

} // namespace

SandboxStore::SandboxStore() : m_connection(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

SandboxStore::~SandboxStore()
{
    m_statements.clear(); // finalised before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SandboxStore::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const QStringList schema{
        u"PRAGMA journal_mode=WAL"_s,
        u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS establishments(uai TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, "
        u"pupil_url TEXT, pupil_url_enabled INTEGER NOT NULL DEFAULT 0, guardian_url TEXT, "
        u"guardian_url_enabled INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE IF NOT EXISTS users(login TEXT PRIMARY KEY, password TEXT NOT NULL, totp_secret TEXT NOT NULL, "
        u"name TEXT NOT NULL, roles TEXT NOT NULL, uais TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS pupils(id TEXT PRIMARY KEY, uai TEXT NOT NULL, last_name TEXT NOT NULL, "
        u"first_name TEXT NOT NULL, birth_date TEXT, class_name TEXT NOT NULL, level TEXT, mef_code TEXT, "
        u"mef_label TEXT, login TEXT NOT NULL UNIQUE, state TEXT NOT NULL, origin TEXT NOT NULL, email TEXT, "
        u"notified_at TEXT, last_login_at TEXT, provisional_password TEXT, guardian_ids TEXT, "
        u"version INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS pupils_by_version ON pupils(uai, version)"_s,
        u"CREATE TABLE IF NOT EXISTS tombstones(id TEXT PRIMARY KEY, uai TEXT NOT NULL, version INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS batches(batch_id TEXT PRIMARY KEY, uai TEXT NOT NULL, user_login TEXT NOT NULL, "
        u"idempotency_key TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, response BLOB NOT NULL, "
        u"UNIQUE(user_login, idempotency_key))"_s,
    };
    for (const QString &statement : schema) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (epoch().isEmpty()) {
        q.prepare(u"INSERT INTO meta(key, value) VALUES ('epoch', ?), ('version', '0')"_s);
        q.addBindValue(QString::number(QRandomGenerator::system()->generate64(), 36));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool SandboxStore::isEmpty() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"SELECT COUNT(*) FROM establishments"_s) && q.next() && q.value(0).toInt() == 0;
}

QString SandboxStore::epoch() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT value FROM meta WHERE key = 'epoch'"_s) && q.next())
        return q.value(0).toString();
    return {};
}

QSqlQuery &SandboxStore::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        q.prepare(sql); // if this fails, every exec() fails with the reason in lastError()
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second;
}

qint64 SandboxStore::currentVersion() const
{
    QSqlQuery &q = prepared(u"SELECT value FROM meta WHERE key = 'version'"_s);
    qint64 version = 0;
    if (q.exec() && q.next())
        version = q.value(0).toLongLong();
    q.finish(); // a kept statement must not hold its read open
    return version;
}

qint64 SandboxStore::nextVersion()
{
    prepared(u"UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'"_s).exec();
    return currentVersion();
}

bool SandboxStore::beginTransaction()
{
    return QSqlDatabase::database(m_connection).transaction();
}

bool SandboxStore::commit()
{
    return QSqlDatabase::database(m_connection).commit();
}

void SandboxStore::rollback()
{
    QSqlDatabase::database(m_connection).rollback();
}

bool SandboxStore::saveEstablishment(const EstablishmentRecord &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO establishments VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.uai);
    q.addBindValue(e.name);
    q.addBindValue(e.type);
    q.addBindValue(e.pupilUrl);
    q.addBindValue(e.pupilUrlEnabled);
    q.addBindValue(e.guardianUrl);
    q.addBindValue(e.guardianUrlEnabled);
    return q.exec();
}

std::optional<EstablishmentRecord> SandboxStore::establishment(const QString &uai) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT uai, name, type, pupil_url, pupil_url_enabled, guardian_url, guardian_url_enabled "
              u"FROM establishments WHERE uai = ?"_s);
    q.addBindValue(uai);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return EstablishmentRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toBool(),   q.value(5).toString(),
                               q.value(6).toBool()};
}

bool SandboxStore::saveUser(const UserRecord &u)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(u.login);
    q.addBindValue(u.password);
    q.addBindValue(u.totpSecretBase32);
    q.addBindValue(u.name);
    q.addBindValue(u.roles.join(u','));
    q.addBindValue(u.uais.join(u','));
    return q.exec();
}

QList<UserRecord> SandboxStore::users() const
{
    QList<UserRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT login, password, totp_secret, name, roles, uais FROM users ORDER BY login"_s))
        return list;
    while (q.next()) {
        list << UserRecord{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString().split(u',', Qt::SkipEmptyParts),
                           q.value(5).toString().split(u',', Qt::SkipEmptyParts)};
    }
    return list;
}

std::optional<UserRecord> SandboxStore::user(const QString &login) const
{
    for (const UserRecord &u : users()) {
        if (u.login == login)
            return u;
    }
    return std::nullopt;
}

bool SandboxStore::savePupil(const PupilRecord &p)
{
    const qint64 version = nextVersion();
    static const QString sql =
        u"INSERT OR REPLACE INTO pupils(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            .arg(kPupilColumns);
    QSqlQuery &q = prepared(sql);
    q.addBindValue(p.id);
    q.addBindValue(p.uai);
    q.addBindValue(p.lastName);
    q.addBindValue(p.firstName);
    q.addBindValue(nullable(p.birthDate));
    q.addBindValue(p.className);
    q.addBindValue(p.level);
    q.addBindValue(p.mefCode);
    q.addBindValue(p.mefLabel);
    q.addBindValue(p.login);
    q.addBindValue(p.state);
    q.addBindValue(p.origin);
    q.addBindValue(nullable(p.email));
    q.addBindValue(nullable(p.notifiedAt));
    q.addBindValue(nullable(p.lastLoginAt));
    q.addBindValue(nullable(p.provisionalPassword));
    q.addBindValue(p.guardianIds.join(u','));
    q.addBindValue(version);
    return q.exec();
}

bool SandboxStore::removePupil(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT uai FROM pupils WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QString uai = q.value(0).toString();
    const qint64 version = nextVersion();
    q.prepare(u"DELETE FROM pupils WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return false;
    q.prepare(u"INSERT OR REPLACE INTO tombstones(id, uai, version) VALUES (?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(uai);
    q.addBindValue(version);
    return q.exec();
}

std::optional<PupilRecord> SandboxStore::pupil(const QString &uai, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT %1 FROM pupils WHERE uai = ? AND id = ?"_s.arg(kPupilColumns));
    q.addBindValue(uai);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPupil(q);
}

bool SandboxStore::loginExists(const QString &login) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT 1 FROM pupils WHERE login = ?"_s);
    q.addBindValue(login);
    return q.exec() && q.next();
}

SandboxStore::Changes SandboxStore::changesSince(const QString &uai, qint64 afterVersion, int limit) const
{
    Changes changes;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<QPair<qint64, PupilRecord>> items;
    QList<QPair<qint64, QString>> removed;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM pupils WHERE uai = ? AND version > ? ORDER BY version LIMIT ?"_s.arg(kPupilColumns));
    q.addBindValue(uai);
    q.addBindValue(afterVersion);
    q.addBindValue(limit + 1);
    if (q.exec()) {
        while (q.next())
            items.append({q.value(17).toLongLong(), readPupil(q)});
    }
    q.prepare(u"SELECT id, version FROM tombstones WHERE uai = ? AND version > ? ORDER BY version LIMIT ?"_s);
    q.addBindValue(uai);
    q.addBindValue(afterVersion);
    q.addBindValue(limit + 1);
    if (q.exec()) {
        while (q.next())
            removed.append({q.value(1).toLongLong(), q.value(0).toString()});
    }
    // Merge both sequences by version, up to `limit` entries.
    qsizetype i = 0, r = 0;
    int taken = 0;
    qint64 last = afterVersion;
    while (taken < limit && (i < items.size() || r < removed.size())) {
        if (r >= removed.size() || (i < items.size() && items.at(i).first < removed.at(r).first)) {
            last = items.at(i).first;
            changes.items.append(items.at(i).second);
            ++i;
        } else {
            last = removed.at(r).first;
            changes.removed.append(removed.at(r).second);
            ++r;
        }
        ++taken;
    }
    changes.hasMore = i < items.size() || r < removed.size();
    changes.lastVersion = changes.hasMore ? last : std::max(last, currentVersion());
    return changes;
}

std::optional<QByteArray> SandboxStore::storedResponse(const QString &userLogin, const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT response FROM batches WHERE user_login = ? AND idempotency_key = ?"_s);
    q.addBindValue(userLogin);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

std::optional<SandboxStore::StoredBatch> SandboxStore::batch(const QString &batchId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT uai, user_login, expires_at, response FROM batches WHERE batch_id = ?"_s);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredBatch{q.value(0).toString(), q.value(1).toString(),
                       QDateTime::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toByteArray()};
}

bool SandboxStore::storeBatch(const QString &batchId, const QString &uai, const QString &userLogin,
                              const QString &key, const QDateTime &createdAt, const QDateTime &expiresAt,
                              const QByteArray &response)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(batchId);
    q.addBindValue(uai);
    q.addBindValue(userLogin);
    q.addBindValue(key);
    q.addBindValue(createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(expiresAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(response);
    return q.exec();
}

} // namespace sandbox
