// The Store's daily statistics snapshots (the Statistiques tab's progression over the weeks).

#include "store.h"

#include "cache/sqlhelpers.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace educonnect {

using namespace cache_detail;

namespace {

// The accounts of one table by state, counted by SQLite.
std::optional<StateCounts> countByState(QSqlDatabase db, const QString &table, const QString &uai)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT state, COUNT(*) FROM %1 WHERE uai = ? GROUP BY state"_s.arg(table));
    query.addBindValue(uai);
    if (!query.exec())
        return std::nullopt;
    StateCounts counts;
    while (query.next()) {
        if (const auto state = accountStateFromApiName(query.value(0).toString()))
            counts.counts[size_t(*state)] += query.value(1).toInt();
    }
    return counts;
}

} // namespace

Result<void> Store::recordStatisticsSnapshot(const QString &uai, const QDate &day, bool withGuardians)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const auto pupils = countByState(db, u"students"_s, uai);
    const auto parents = countByState(db, u"guardians"_s, uai);
    // Pupils with at least one activated parent: the activated parents' ids, then each pupil's.
    QSet<QString> activatedParents;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM guardians WHERE uai = ? AND state = 'activated'"_s);
    query.addBindValue(uai);
    bool ok = pupils && parents && query.exec();
    while (ok && query.next())
        activatedParents.insert(query.value(0).toString());
    int withActivatedParent = 0;
    query.prepare(u"SELECT guardian_ids FROM students WHERE uai = ? AND guardian_ids <> ''"_s);
    query.addBindValue(uai);
    ok = ok && query.exec();
    while (ok && query.next()) {
        const QStringList ids = query.value(0).toString().split(u',');
        withActivatedParent += std::any_of(ids.cbegin(), ids.cend(),
                                           [&](const QString &id) { return activatedParents.contains(id); })
                                   ? 1
                                   : 0;
    }
    if (!ok)
        return sqlError(QCoreApplication::translate("Store", "Cannot count the accounts in the local cache"),
                        query.lastError());

    Transaction tx(db);
    QSqlQuery save(db);
    save.prepare(uR"(INSERT OR REPLACE INTO statistics_snapshots
        (uai, day, resource, not_notified, notified, activation_pending, activated, with_activated_parent)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s);
    auto write = [&](AccountKind kind, const StateCounts &counts, int withParent) {
        save.addBindValue(uai);
        save.addBindValue(day.toString(Qt::ISODate));
        save.addBindValue(accountKindApiName(kind));
        for (int n : counts.counts)
            save.addBindValue(n);
        save.addBindValue(withParent);
        return save.exec();
    };
    if (!tx.isOpen() || !write(AccountKind::Student, *pupils, withGuardians ? withActivatedParent : -1)
        || (withGuardians && !write(AccountKind::Guardian, *parents, 0)) || !tx.commit())
        return sqlError(QCoreApplication::translate("Store", "Cannot save the statistics in the local cache"),
                        save.lastError());
    return {};
}

QList<StatisticsSnapshot> Store::statisticsSnapshots(const QString &uai, AccountKind kind) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT day, not_notified, notified, activation_pending, activated, with_activated_parent "
                  u"FROM statistics_snapshots WHERE uai = ? AND resource = ? ORDER BY day"_s);
    query.addBindValue(uai);
    query.addBindValue(accountKindApiName(kind));
    QList<StatisticsSnapshot> snapshots;
    if (!query.exec())
        return snapshots;
    while (query.next()) {
        StatisticsSnapshot s;
        s.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        for (int i = 0; i < 4; ++i)
            s.counts.counts[size_t(i)] = query.value(1 + i).toInt();
        s.withActivatedParent = query.value(5).toInt();
        snapshots.append(s);
    }
    return snapshots;
}

} // namespace educonnect
