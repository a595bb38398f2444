#include "sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const QString kGuardianColumns =
    u"id, uai, last_name, first_name, login, state, origin, email, notified_at, last_login_at, "
    u"provisional_password, child_ids, other_children, version, mobile"_s;

QByteArray otherChildrenJson(const QList<OtherChild> &children)
{
    QJsonArray array;
    for (const OtherChild &c : children)
        array.append(QJsonObject{{u"uai"_s, c.uai},
                                 {u"establishmentName"_s, c.establishmentName},
                                 {u"lastName"_s, c.lastName},
                                 {u"firstName"_s, c.firstName},
                                 {u"className"_s, c.className}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

GuardianRecord readGuardian(const QSqlQuery &q)
{
    GuardianRecord g;
    g.id = q.value(0).toString();
    g.uai = q.value(1).toString();
    g.lastName = q.value(2).toString();
    g.firstName = q.value(3).toString();
    g.login = q.value(4).toString();
    g.state = q.value(5).toString();
    g.origin = q.value(6).toString();
    g.email = q.value(7).toString();
    g.notifiedAt = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    g.lastLoginAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    g.provisionalPassword = q.value(10).toString();
    g.childIds = q.value(11).toString().split(u',', Qt::SkipEmptyParts);
    g.mobile = q.value(14).toString();
    const QByteArray others = q.value(12).toByteArray();
    if (!others.isEmpty() && others != "[]") {
        for (const QJsonValue v : QJsonDocument::fromJson(others).array()) {
            const QJsonObject o = v.toObject();
            g.otherChildren << OtherChild{o.value(u"uai"_s).toString(),
                                          o.value(u"establishmentName"_s).toString(),
                                          o.value(u"lastName"_s).toString(),
                                          o.value(u"firstName"_s).toString(),
                                          o.value(u"className"_s).toString()};
        }
    }
    return g;
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
        u"CREATE TABLE IF NOT EXISTS guardians(id TEXT PRIMARY KEY, uai TEXT NOT NULL, "
        u"last_name TEXT NOT NULL, first_name TEXT NOT NULL, login TEXT NOT NULL UNIQUE, "
        u"state TEXT NOT NULL, origin TEXT NOT NULL, email TEXT, notified_at TEXT, last_login_at TEXT, "
        u"provisional_password TEXT, child_ids TEXT NOT NULL, other_children TEXT NOT NULL, "
        u"version INTEGER NOT NULL, mobile TEXT)"_s,
        u"CREATE INDEX IF NOT EXISTS guardians_by_version ON guardians(uai, version)"_s,
        u"CREATE TABLE IF NOT EXISTS guardian_tombstones(id TEXT PRIMARY KEY, uai TEXT NOT NULL, "
        u"version INTEGER NOT NULL)"_s,
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
    // Columns added since: data dirs made before them get them (batches before guardians existed
    // were all pupils'; parents from before mobiles have none).
    auto addColumn = [&](const QString &table, const QString &column, const QString &definition) {
        bool has = false;
        if (q.exec(u"PRAGMA table_info(%1)"_s.arg(table))) {
            while (q.next())
                has = has || q.value(1).toString() == column;
        }
        if (has || q.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, column, definition)))
            return true;
        *error = q.lastError().text();
        return false;
    };
    if (!addColumn(u"batches"_s, u"kind"_s, u"TEXT NOT NULL DEFAULT 'students'"_s)
        || !addColumn(u"guardians"_s, u"mobile"_s, u"TEXT"_s))
        return false;
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
    return writePupil(p, nextVersion());
}

bool SandboxStore::saveGuardian(const GuardianRecord &g)
{
    return writeGuardian(g, nextVersion());
}

bool SandboxStore::saveAccounts(const QList<PupilRecord> &pupils, const QList<GuardianRecord> &guardians)
{
    // The versions in one step: reading the counter back after each account was two statements
    // out of three when a sandbox starts with academy-size data.
    const qint64 count = pupils.size() + guardians.size();
    QSqlQuery &q = prepared(u"UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'version'"_s);
    q.addBindValue(count);
    if (!q.exec())
        return false;
    qint64 version = currentVersion() - count;
    for (const PupilRecord &p : pupils) {
        if (!writePupil(p, ++version))
            return false;
    }
    for (const GuardianRecord &g : guardians) {
        if (!writeGuardian(g, ++version))
            return false;
    }
    return true;
}

bool SandboxStore::writePupil(const PupilRecord &p, qint64 version)
{
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

bool SandboxStore::addTombstone(const QString &table, const QString &id, const QString &uai)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO %1(id, uai, version) VALUES (?, ?, ?)"_s.arg(table));
    q.addBindValue(id);
    q.addBindValue(uai);
    q.addBindValue(nextVersion());
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
    const std::optional<PupilRecord> removed = pupil(uai, id);
    q.prepare(u"DELETE FROM pupils WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !addTombstone(u"tombstones"_s, id, uai))
        return false;
    // A guardian is this school's through its children: the last one gone, the account goes too.
    for (const QString &guardianId : removed->guardianIds) {
        std::optional<GuardianRecord> g = guardian(uai, guardianId);
        if (!g)
            continue;
        g->childIds.removeAll(id);
        if (!(g->childIds.isEmpty() ? removeGuardian(guardianId) : saveGuardian(*g)))
            return false;
    }
    return true;
}

bool SandboxStore::removeGuardian(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT uai FROM guardians WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QString uai = q.value(0).toString();
    const std::optional<GuardianRecord> removed = guardian(uai, id);
    q.prepare(u"DELETE FROM guardians WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !addTombstone(u"guardian_tombstones"_s, id, uai))
        return false;
    // Its children's guardianIds change: they show up in the pupils' next incremental sync.
    for (const QString &pupilId : removed->childIds) {
        std::optional<PupilRecord> p = pupil(uai, pupilId);
        if (!p)
            continue;
        p->guardianIds.removeAll(id);
        if (!savePupil(*p))
            return false;
    }
    return true;
}

bool SandboxStore::writeGuardian(const GuardianRecord &g, qint64 version)
{
    static const QString sql =
        u"INSERT OR REPLACE INTO guardians(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            kGuardianColumns);
    QSqlQuery &q = prepared(sql);
    q.addBindValue(g.id);
    q.addBindValue(g.uai);
    q.addBindValue(g.lastName);
    q.addBindValue(g.firstName);
    q.addBindValue(g.login);
    q.addBindValue(g.state);
    q.addBindValue(g.origin);
    q.addBindValue(nullable(g.email));
    q.addBindValue(nullable(g.notifiedAt));
    q.addBindValue(nullable(g.lastLoginAt));
    q.addBindValue(nullable(g.provisionalPassword));
    q.addBindValue(g.childIds.join(u','));
    q.addBindValue(QString::fromUtf8(otherChildrenJson(g.otherChildren)));
    q.addBindValue(version);
    q.addBindValue(nullable(g.mobile));
    return q.exec();
}

std::optional<GuardianRecord> SandboxStore::guardian(const QString &uai, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT %1 FROM guardians WHERE uai = ? AND id = ?"_s.arg(kGuardianColumns));
    q.addBindValue(uai);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readGuardian(q);
}

QHash<QString, SandboxStore::PupilSummary> SandboxStore::pupilSummaries(const QString &uai,
                                                                        const QStringList &ids) const
{
    QHash<QString, PupilSummary> summaries;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // In slices: SQLite caps the number of bound values of one statement.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QStringList slice = ids.mid(from, kSlice);
        QStringList marks(slice.size(), u"?"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, last_name, first_name, class_name FROM pupils WHERE uai = ? AND id IN (%1)"_s
                      .arg(marks.join(u',')));
        q.addBindValue(uai);
        for (const QString &id : slice)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next())
            summaries.insert(q.value(0).toString(), PupilSummary{q.value(1).toString(), q.value(2).toString(),
                                                                 q.value(3).toString()});
    }
    return summaries;
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
    q.prepare(u"SELECT 1 FROM pupils WHERE login = ? UNION ALL SELECT 1 FROM guardians WHERE login = ?"_s);
    q.addBindValue(login);
    q.addBindValue(login);
    return q.exec() && q.next();
}

template <typename Record>
SandboxStore::ChangesOf<Record> SandboxStore::mergeChanges(QList<QPair<qint64, Record>> items,
                                                           const QString &tombstones, const QString &uai,
                                                           qint64 afterVersion, int limit) const
{
    ChangesOf<Record> changes;
    QList<QPair<qint64, QString>> removed;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, version FROM %1 WHERE uai = ? AND version > ? ORDER BY version LIMIT ?"_s
                  .arg(tombstones));
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
            changes.items.append(std::move(items[i].second));
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

SandboxStore::Changes SandboxStore::changesSince(const QString &uai, qint64 afterVersion, int limit) const
{
    QList<QPair<qint64, PupilRecord>> items;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM pupils WHERE uai = ? AND version > ? ORDER BY version LIMIT ?"_s
                  .arg(kPupilColumns));
    q.addBindValue(uai);
    q.addBindValue(afterVersion);
    q.addBindValue(limit + 1);
    if (q.exec()) {
        while (q.next())
            items.append({q.value(17).toLongLong(), readPupil(q)});
    }
    return mergeChanges(std::move(items), u"tombstones"_s, uai, afterVersion, limit);
}

SandboxStore::GuardianChanges SandboxStore::guardianChangesSince(const QString &uai, qint64 afterVersion,
                                                                 int limit) const
{
    QList<QPair<qint64, GuardianRecord>> items;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM guardians WHERE uai = ? AND version > ? ORDER BY version LIMIT ?"_s
                  .arg(kGuardianColumns));
    q.addBindValue(uai);
    q.addBindValue(afterVersion);
    q.addBindValue(limit + 1);
    if (q.exec()) {
        while (q.next())
            items.append({q.value(13).toLongLong(), readGuardian(q)});
    }
    return mergeChanges(std::move(items), u"guardian_tombstones"_s, uai, afterVersion, limit);
}

std::optional<SandboxStore::StoredResponse> SandboxStore::storedResponse(const QString &userLogin,
                                                                         const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT kind, response FROM batches WHERE user_login = ? AND idempotency_key = ?"_s);
    q.addBindValue(userLogin);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredResponse{q.value(0).toString(), q.value(1).toByteArray()};
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

bool SandboxStore::storeBatch(const QString &batchId, const QString &kind, const QString &uai,
                              const QString &userLogin, const QString &key, const QDateTime &createdAt,
                              const QDateTime &expiresAt, const QByteArray &response)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO batches(batch_id, uai, user_login, idempotency_key, created_at, expires_at, "
              u"response, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(batchId);
    q.addBindValue(uai);
    q.addBindValue(userLogin);
    q.addBindValue(key);
    q.addBindValue(createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(expiresAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(response);
    q.addBindValue(kind);
    return q.exec();
}

} // namespace sandbox
