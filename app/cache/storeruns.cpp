// The Store's notification runs: what a resume or a reprint needs (never a password).

#include "store.h"

#include "cache/sqlhelpers.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace educonnect {

// The `reset` column of a run: 0 notify, 1 notify with reset, 2 password reset only.
constexpr int kResetOnly = 2;


using namespace cache_detail;

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
        (run_id, uai, batch_ids, created_at, expires_at, letter_count, classes, reset, status, account_kind, login,
         channel)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    run.addBindValue(r.runId);
    run.addBindValue(r.uai);
    run.addBindValue(text(r.batchIds().join(u',')));
    run.addBindValue(r.createdAt.toUTC().toString(Qt::ISODateWithMs));
    run.addBindValue(r.expiresAt.isValid() ? r.expiresAt.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s));
    run.addBindValue(r.letterCount);
    run.addBindValue(text(r.classes.join(u'\n')));
    run.addBindValue(r.resetOnly ? kResetOnly : int(r.reset)); // 0 notify, 1 notify + reset, 2 reset only
    run.addBindValue(runStatusName(r.status));
    run.addBindValue(accountKindApiName(r.kind));
    run.addBindValue(text(r.login));
    run.addBindValue(notificationChannelApiName(r.channel));
    if (!run.exec())
        return sqlError(what, run.lastError());
    QSqlQuery chunk(db);
    chunk.prepare(u"INSERT OR REPLACE INTO run_chunks (run_id, chunk, ids, idempotency_key, batch_id, sent) "
                  u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < r.chunks.size(); ++i) {
        chunk.addBindValue(r.runId);
        chunk.addBindValue(i);
        chunk.addBindValue(r.chunks.at(i).ids.join(u','));
        chunk.addBindValue(r.chunks.at(i).idempotencyKey);
        chunk.addBindValue(text(r.chunks.at(i).batchId));
        chunk.addBindValue(r.chunks.at(i).sent);
        if (!chunk.exec())
            return sqlError(what, chunk.lastError());
    }
    if (!tx.commit())
        return sqlError(what, db.lastError());
    return Result<void>::success();
}

namespace {

const QString kRunColumns =
    u"run_id, uai, batch_ids, created_at, expires_at, letter_count, classes, reset, status, account_kind, login, "
    u"channel"_s;

NotificationRecord runFromQuery(const QSqlQuery &query)
{
    NotificationRecord r;
    r.runId = query.value(0).toString();
    r.uai = query.value(1).toString();
    r.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    r.expiresAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    r.letterCount = query.value(5).toInt();
    r.classes = query.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    r.resetOnly = query.value(7).toInt() == kResetOnly;
    r.reset = query.value(7).toInt() != 0;
    r.status = runStatusFromName(query.value(8).toString()).value_or(NotificationRecord::Status::Complete);
    r.kind = accountKindFromApiName(query.value(9).toString()).value_or(AccountKind::Student);
    r.login = query.value(10).toString();
    r.channel = notificationChannelFromApiName(query.value(11).toString()).value_or(NotificationChannel::Letter);
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
    chunks.prepare(u"SELECT ids, idempotency_key, batch_id, sent FROM run_chunks WHERE run_id = ? ORDER BY chunk"_s);
    for (NotificationRecord &r : records) {
        chunks.addBindValue(r.runId);
        if (!chunks.exec())
            continue;
        QList<RunChunk> list;
        while (chunks.next())
            list.append({chunks.value(0).toString().split(u',', Qt::SkipEmptyParts), chunks.value(1).toString(),
                         chunks.value(2).toString(), chunks.value(3).toBool()});
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

QList<NotificationRecord> Store::pendingRuns(const QString &uai, const QString &login) const
{
    return loadRuns(u"uai = ? AND status = 'pending' AND login = ?"_s, {uai, text(login)});
}

} // namespace educonnect
