#pragma once

#include "domain/accountkind.h"
#include "domain/establishment.h"
#include "domain/guardian.h"
#include "domain/statistics.h"
#include "domain/notificationrecord.h"
#include "domain/result.h"
#include "domain/student.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace educonnect {

// Where a resource's sync stands for one establishment.
struct SyncState
{
    QString cursor;         // incremental cursor after the last completed sync ("" = never synced)
    QString fullSyncCursor; // cursor inside an unfinished full sync ("" = none in progress)
    qint64 generation = 0;  // rows not touched by the last full sync of this generation are gone
    bool fullSyncInProgress = false;
    QDateTime lastSyncAt;
};

// How a page of items applies to the cache.
enum class PageKind {
    Incremental, // upsert + remove, cursor advances
    FullFirst,   // the first page of a full (re)sync: starts a new generation
    FullNext     // a later page of a full sync
};

// The local SQLite cache. Never stores a password or a token (DESIGN.md section 5).
// One instance per thread: the connection is named after the instance.
class Store
{
public:
    static constexpr int kSchemaVersion = 10;

    // Opens (creating if needed) and migrates to kSchemaVersion.
    static Result<std::unique_ptr<Store>> open(const QString &path);
    // Opens without migrating further than targetVersion; for migration tests.
    static Result<std::unique_ptr<Store>> openAtVersion(const QString &path, int targetVersion);
    ~Store();

    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    int schemaVersion() const;
    QString path() const { return m_path; }

    Result<void> saveEstablishment(const Establishment &establishment);
    std::optional<Establishment> establishment(const QString &uai) const;
    // Every establishment cached here, by UAI: offline, the ones to choose from.
    QList<Establishment> establishments() const;

    // Where the sync of one kind of account stands.
    SyncState syncState(const QString &uai, AccountKind accounts = AccountKind::Student) const;
    // Applies one page and the cursor that follows it in a single transaction: after a crash the
    // cache is either before or after this page, never in between.
    Result<void> applyPage(const QString &uai, const StudentPage &page, PageKind kind, const QDateTime &now);
    Result<void> applyPage(const QString &uai, const GuardianPage &page, PageKind kind, const QDateTime &now);
    // Forgets the incremental cursor so the next sync is a full one (after a 410 from the server).
    Result<void> resetCursor(const QString &uai, AccountKind accounts);

    Result<QList<Student>> students(const QString &uai) const;
    Result<QList<Guardian>> guardians(const QString &uai) const;

    // Creates or updates a run and its chunks in one transaction (called before the first chunk
    // is sent, so its keys survive a crash, and after each chunk is answered).
    Result<void> saveRun(const NotificationRecord &record);
    std::optional<NotificationRecord> run(const QString &runId) const;
    // Finished runs (complete or abandoned) with letters still valid at `now`, newest first:
    // what can be printed again.
    QList<NotificationRecord> notificationRecords(const QString &uai, const QDateTime &now) const;
    // Runs that stopped part-way and can be resumed by `login` (who started them), newest first.
    QList<NotificationRecord> pendingRuns(const QString &uai, const QString &login) const;

    // Which list holds this account (pupils or parents), if the cache knows it.
    std::optional<AccountKind> kindOfAccount(const QString &uai, const QString &accountId) const;
    int studentCount(const QString &uai) const;
    int guardianCount(const QString &uai) const;
    // The establishment synced last, e.g. by the command line: the window opens on it.
    QString lastSyncedEstablishment() const;

    // Records the establishment's accounts by state as cached now, as the snapshot of `day` (a
    // later sync the same day replaces it): pupils, and parents when `withGuardians` (the user
    // syncs them). Counted by SQL over the state columns, without loading the lists.
    Result<void> recordStatisticsSnapshot(const QString &uai, const QDate &day, bool withGuardians);
    // The snapshots of one kind, oldest first.
    Result<QList<StatisticsSnapshot>> statisticsSnapshots(const QString &uai, AccountKind kind) const;

private:
    explicit Store(QString path);
    Result<void> migrate(int targetVersion);
    QList<NotificationRecord> loadRuns(const QString &where, const QVariantList &values) const;
    // The part of applyPage that does not depend on the kind of account: `bindRow` binds a row's
    // fields (after the UAI, before the generation) and returns its id.
    template <typename Page>
    Result<void> applyRows(const QString &uai, AccountKind accounts, qsizetype count, const QString &upsertSql,
                           const std::function<QString(QSqlQuery &, qsizetype)> &bindRow, const Page &page,
                           PageKind kind, const QDateTime &now);

    QString m_path;
    QString m_connectionName;
};

} // namespace educonnect
