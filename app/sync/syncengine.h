#pragma once

#include "cache/store.h"
#include "domain/accountkind.h"
#include "remote/apiclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace educonnect {

struct SyncReport
{
    int upserted = 0; // every kind together
    int removed = 0;
    int pages = 0;
    bool fullSync = false;
    int students = 0;  // records received, by kind
    int guardians = 0;
    // Records the client could not read: skipped (their last good copy, if any, is kept) and
    // named here so the user is told which ones and why.
    QList<RejectedRecord> rejected;
};

// Remote -> cache, for the establishment record then each kind of account asked for (pupils,
// parents), each with its own cursor. A first sync (or one after the server forgot our cursor:
// HTTP 410) is a full sync; later ones are incremental from the stored cursor. Each page is
// applied with its cursor in one transaction, so an interrupted sync resumes where it stopped and
// the cache stays consistent. A server that never ends a sync (a cursor seen twice, pages that
// bring nothing but "more", more records than any establishment has) is stopped with a clear
// error instead of looping.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(ApiClient *client, Store *store, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // More records than this in one sync means the server is faulty (the largest lycées have a
    // few thousand pupils; an academy-size sandbox 200,000, and their parents).
    static constexpr int kMaxRecordsPerSync = 1'000'000;
    static constexpr int kMaxEmptyPagesInARow = 3;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Syncs the establishment record, then each kind of account in turn.
    void sync(const QString &uai, const QList<AccountKind> &kinds);
    void syncStudents(const QString &uai) { sync(uai, {AccountKind::Student}); }
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int itemsReceived);
    void finished(const educonnect::Result<educonnect::SyncReport> &result);

private:
    void startNextResource();
    void fetchPage(const QString &cursor, PageKind kind);
    template <typename Page>
    void pageReceived(const QString &cursor, PageKind kind, Result<Page> result);
    // An error when the page shows the server going round in circles.
    template <typename Page>
    Result<void> checkProgress(const QString &cursor, const Page &page);
    void finish(Result<SyncReport> result);

    QPointer<ApiClient> m_client;
    Store *m_store;
    std::function<QDateTime()> m_clock;
    int m_pageSize = 500;
    QString m_uai;
    QList<AccountKind> m_pending; // kinds still to sync
    AccountKind m_resource = AccountKind::Student;
    SyncReport m_report;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_restartedAfterGone = false;
    bool m_resyncNextTime = false;
    QSet<QString> m_seenCursors;
    int m_emptyPagesInARow = 0;
    qint64 m_records = 0; // of the resource being synced
};

} // namespace educonnect
