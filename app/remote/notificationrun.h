#pragma once

#include "domain/credentials.h"
#include "remote/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace educonnect {

// One (re)notification of many accounts: sends chunks of at most ApiClient::kMaxIdsPerRequest ids,
// each with its own Idempotency-Key, and gathers the letters in one CredentialBatch (memory only).
// Cancel stops after the chunk in flight is aborted; start() again resumes with the same keys, so a
// chunk the server did process comes back unchanged instead of resetting passwords twice.
class NotificationRun : public QObject
{
    Q_OBJECT
public:
    NotificationRun(ApiClient *client, QString uai, const QStringList &ids, bool reset,
                    QObject *parent = nullptr);

    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isComplete() const { return m_nextChunk >= m_chunks.size(); }
    int total() const { return m_total; }
    int done() const;
    const CredentialBatch &batch() const { return m_batch; }
    CredentialBatch takeBatch() { return std::move(m_batch); }

signals:
    void progress(int done, int total);
    // ok when every chunk was processed; otherwise the error, and batch() keeps what did arrive.
    void finished(const educonnect::Result<void> &result);

private:
    struct Chunk
    {
        QStringList ids;
        QString idempotencyKey;
    };
    void sendNext();

    QPointer<ApiClient> m_client;
    QString m_uai;
    bool m_reset;
    QList<Chunk> m_chunks;
    int m_nextChunk = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
    CredentialBatch m_batch;
};

} // namespace educonnect
