#include "notificationrun.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace educonnect {

NotificationRun::NotificationRun(ApiClient *client, QString uai, const QStringList &ids, bool reset,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_uai(std::move(uai)), m_reset(reset), m_total(int(ids.size()))
{
    for (qsizetype i = 0; i < ids.size(); i += ApiClient::kMaxIdsPerRequest)
        m_chunks.append({ids.mid(i, ApiClient::kMaxIdsPerRequest), QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

int NotificationRun::done() const
{
    int n = 0;
    for (int i = 0; i < m_nextChunk && i < m_chunks.size(); ++i)
        n += int(m_chunks.at(i).ids.size());
    return n;
}

void NotificationRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    emit progress(done(), m_total);
    sendNext();
}

void NotificationRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->abortAll();
}

void NotificationRun::sendNext()
{
    if (isComplete()) {
        m_running = false;
        emit finished(Result<void>::success());
        return;
    }
    if (!m_client) {
        m_running = false;
        emit finished(Error{u"cancelled"_s, tr("The connection to the server was closed.")});
        return;
    }
    const Chunk &chunk = m_chunks.at(m_nextChunk);
    m_client->notifyStudents(m_uai, chunk.ids, m_reset, chunk.idempotencyKey,
                             [this, guard = QPointer<NotificationRun>(this)](Result<json::NotificationBatch> r) {
                                 if (!guard)
                                     return;
                                 if (!r) {
                                     m_running = false;
                                     Error error = r.error();
                                     if (m_cancelled)
                                         error = Error{u"cancelled"_s, tr("Cancelled.")};
                                     emit finished(error);
                                     return;
                                 }
                                 const json::NotificationBatch &b = r.value();
                                 m_batch.append(b.batchId, b.createdAt, b.expiresAt, b.letters, b.skipped,
                                                b.emailed);
                                 ++m_nextChunk;
                                 emit progress(done(), m_total);
                                 if (m_cancelled && !isComplete()) {
                                     m_running = false;
                                     emit finished(Error{u"cancelled"_s, tr("Cancelled.")});
                                     return;
                                 }
                                 sendNext();
                             });
}

} // namespace educonnect
