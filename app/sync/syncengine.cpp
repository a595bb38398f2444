#include "syncengine.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "educonnect.sync")

namespace educonnect {

SyncEngine::SyncEngine(ApiClient *client, Store *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void SyncEngine::sync(const QString &uai, const QList<AccountKind> &kinds)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_uai = uai;
    m_pending = kinds;
    m_report = {};
    m_client->fetchEstablishment(uai, [this, guard = QPointer<SyncEngine>(this)](Result<Establishment> r) {
        if (!guard)
            return;
        if (m_cancelled)
            return finish(Error{u"cancelled"_s, tr("Sync cancelled.")});
        if (!r)
            return finish(r.error());
        if (auto saved = m_store->saveEstablishment(r.value()); !saved)
            return finish(saved.error());
        startNextResource();
    }, this);
}

void SyncEngine::startNextResource()
{
    if (m_pending.isEmpty())
        return finish(m_report);
    m_resource = m_pending.takeFirst();
    m_restartedAfterGone = false;
    m_resyncNextTime = false;
    m_seenCursors.clear();
    m_emptyPagesInARow = 0;
    m_records = 0;
    const SyncState state = m_store->syncState(m_uai, m_resource);
    if (state.fullSyncInProgress)
        fetchPage(state.fullSyncCursor, PageKind::FullNext);
    else if (state.cursor.isEmpty())
        fetchPage(QString(), PageKind::FullFirst);
    else
        fetchPage(state.cursor, PageKind::Incremental);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->abort(this);
}

void SyncEngine::fetchPage(const QString &cursor, PageKind kind)
{
    if (!m_client)
        return finish(Error{u"cancelled"_s, tr("The connection to the server was closed.")});
    m_report.fullSync = m_report.fullSync || kind != PageKind::Incremental;
    if (kind == PageKind::FullFirst) {
        m_seenCursors.clear();
        m_emptyPagesInARow = 0;
    }
    auto guard = QPointer<SyncEngine>(this);
    if (m_resource == AccountKind::Student)
        m_client->fetchStudents(
            m_uai, cursor, m_pageSize,
            [this, guard, cursor, kind](Result<StudentPage> r) {
                if (guard)
                    pageReceived(cursor, kind, std::move(r));
            },
            this);
    else
        m_client->fetchGuardians(
            m_uai, cursor, m_pageSize,
            [this, guard, cursor, kind](Result<GuardianPage> r) {
                if (guard)
                    pageReceived(cursor, kind, std::move(r));
            },
            this);
}

template <typename Page>
void SyncEngine::pageReceived(const QString &cursor, PageKind kind, Result<Page> r)
{
    if (m_cancelled)
        return finish(Error{u"cancelled"_s, tr("Sync cancelled.")});
    if (!r) {
        // The server no longer knows our cursor: start over with a full sync (once).
        if (r.error().httpStatus == 410 && !m_restartedAfterGone) {
            qCInfo(lcSync) << "cursor expired, full resync of" << accountKindApiName(m_resource) << "of" << m_uai;
            m_restartedAfterGone = true;
            return fetchPage(QString(), PageKind::FullFirst);
        }
        return finish(r.error());
    }
    const Page &page = r.value();
    if (auto stuck = checkProgress(cursor, page); !stuck)
        return finish(stuck.error());
    if (auto applied = m_store->applyPage(m_uai, page, kind, m_clock()); !applied)
        return finish(applied.error());
    for (const RejectedRecord &rejected : page.rejected)
        qCWarning(lcSync) << "skipped" << accountKindApiName(m_resource) << "record" << rejected.index << "of page"
                          << m_report.pages + 1 << "id" << rejected.id << ":" << rejected.reason;
    m_report.rejected += page.rejected;
    const int received = int(page.items.size());
    m_report.upserted += received;
    (m_resource == AccountKind::Student ? m_report.students : m_report.guardians) += received;
    m_report.removed += int(page.removed.size());
    ++m_report.pages;
    emit progress(m_report.upserted);
    // A record set aside in an incremental page would stay stale (or missing) once the cursor is
    // past it: the next sync of this resource is a full one, which asks for it again.
    m_resyncNextTime = m_resyncNextTime || (kind == PageKind::Incremental && !page.rejected.isEmpty());
    if (page.hasMore)
        return fetchPage(page.nextCursor, kind == PageKind::Incremental ? kind : PageKind::FullNext);
    if (m_resyncNextTime) {
        if (auto reset = m_store->resetCursor(m_uai, m_resource); !reset)
            qCWarning(lcSync) << "cannot schedule a full resync:" << reset.error().message;
    }
    startNextResource();
}

template <typename Page>
Result<void> SyncEngine::checkProgress(const QString &cursor, const Page &page)
{
    m_records += page.items.size() + page.removed.size();
    if (!page.hasMore)
        return Result<void>::success();
    const bool empty = page.items.isEmpty() && page.removed.isEmpty() && page.rejected.isEmpty();
    m_emptyPagesInARow = empty ? m_emptyPagesInARow + 1 : 0;
    if (!cursor.isEmpty())
        m_seenCursors.insert(cursor);
    const bool loops = page.nextCursor == cursor || m_seenCursors.contains(page.nextCursor);
    if (!loops && m_emptyPagesInARow < kMaxEmptyPagesInARow && m_records <= kMaxRecordsPerSync)
        return Result<void>::success();
    qCWarning(lcSync) << "sync of" << accountKindApiName(m_resource) << "of" << m_uai << "makes no progress: cursor"
                      << cursor.left(40) << "-> next" << page.nextCursor.left(40) << "empty pages"
                      << m_emptyPagesInARow << "records" << m_records;
    return Error{u"sync-no-progress"_s,
                 tr("The server keeps announcing more data without moving forward (page %1); the sync was stopped. "
                    "What was received so far is kept. Try again later or contact the server's administrators.")
                     .arg(m_report.pages + 1)};
}

void SyncEngine::finish(Result<SyncReport> result)
{
    m_running = false;
    m_pending.clear();
    if (result)
        qCInfo(lcSync) << "synced" << m_uai << result.value().students << "pupils" << result.value().guardians
                       << "parents" << result.value().removed << "removed in" << result.value().pages << "pages";
    else
        qCWarning(lcSync) << "sync of" << m_uai << "failed:" << result.error().message;
    emit finished(result);
}

} // namespace educonnect
