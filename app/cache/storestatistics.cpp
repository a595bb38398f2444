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

QString countingFailed()
{
    return QCoreApplication::translate("Store", "Cannot count the accounts in the local cache");
}

// The accounts of one table by state, counted by SQLite.
Result<StateCounts> countByState(QSqlDatabase db, const QString &table, const QString &uai)
{
    QSqlQuery query(db);
    // A failed prepare's error says why (a missing table); exec's would not.
    if (!query.prepare(u"SELECT state, COUNT(*) FROM %1 WHERE uai = ? GROUP BY state"_s.arg(table)))
        return sqlError(countingFailed(), query.lastError());
    query.addBindValue(uai);
    if (!query.exec())
        return sqlError(countingFailed(), query.lastError());
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
    if (!pupils)
        return pupils.error();
    const auto parents = countByState(db, u"guardians"_s, uai);
    if (!parents)
        return parents.error();
    // Pupils with at least one activated parent: the activated parents' ids, then each pupil's.
    QSet<QString> activatedParents;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(u"SELECT id FROM guardians WHERE uai = ? AND state = 'activated'"_s);
    query.addBindValue(uai);
    ok = ok && query.exec();
    while (ok && query.next())
        activatedParents.insert(query.value(0).toString());
    int withActivatedParent = 0;
    ok = ok && query.prepare(u"SELECT guardian_ids FROM students WHERE uai = ? AND guardian_ids <> ''"_s);
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
        return sqlError(countingFailed(), query.lastError());

    Transaction tx(db);
    QSqlQuery save(db);
    const bool prepared = save.prepare(uR"(INSERT OR REPLACE INTO statistics_snapshots
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
    if (!tx.isOpen() || !prepared || !write(AccountKind::Student, pupils.value(), withGuardians ? withActivatedParent : -1)
        || (withGuardians && !write(AccountKind::Guardian, parents.value(), 0)) || !tx.commit())
        return sqlError(QCoreApplication::translate("Store", "Cannot save the statistics in the local cache"),
                        save.lastError());
    return {};
}

Result<QList<StatisticsSnapshot>> Store::statisticsSnapshots(const QString &uai, AccountKind kind) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    const bool prepared =
        query.prepare(u"SELECT day, not_notified, notified, activation_pending, activated, with_activated_parent "
                      u"FROM statistics_snapshots WHERE uai = ? AND resource = ? ORDER BY day"_s);
    query.addBindValue(uai);
    query.addBindValue(accountKindApiName(kind));
    QList<StatisticsSnapshot> snapshots;
    if (!prepared || !query.exec())
        return sqlError(QCoreApplication::translate("Store", "Cannot read the statistics of the local cache"),
                        query.lastError());
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
