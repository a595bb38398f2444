#pragma once

#include "cache/store.h"
#include "remote/apiclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace educonnect {

struct SyncReport
{
    int upserted = 0;
    int removed = 0;
    int pages = 0;
    bool fullSync = false;
};

// Remote -> cache. A first sync (or one after the server forgot our cursor: HTTP 410) is a full
// sync; later ones are incremental from the stored cursor. Each page is applied with its cursor in
// one transaction, so an interrupted sync resumes where it stopped and the cache stays consistent.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(ApiClient *client, Store *store, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Syncs the establishment record, then its pupils.
    void syncStudents(const QString &uai);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int itemsReceived);
    void finished(const educonnect::Result<educonnect::SyncReport> &result);

private:
    void fetchPage(const QString &cursor, PageKind kind);
    void finish(Result<SyncReport> result);

    QPointer<ApiClient> m_client;
    Store *m_store;
    std::function<QDateTime()> m_clock;
    int m_pageSize = 500;
    QString m_uai;
    SyncReport m_report;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_restartedAfterGone = false;
};

} // namespace educonnect
