#pragma once

#include "cache/store.h"
#include "domain/credentials.h"
#include "domain/notificationrecord.h"
#include "domain/guardian.h"
#include "domain/student.h"
#include "remote/apiclient.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace educonnect {

// One (re)notification of many accounts, the same for the window and the command line. It is
// recorded in the cache (ids, chunks of at most ApiClient::kMaxIdsPerRequest, their
// Idempotency-Keys; never a password) before the first request, and after each answer. The
// letters gather in one CredentialBatch, in memory only.
//
// A run that stops part-way (network, timeout, cancel, crash) is resumed with the same keys: a
// chunk the server did process returns its batch unchanged instead of resetting passwords a
// second time, and the letters of chunks answered before are fetched again from the server.
class NotificationRun : public QObject
{
    Q_OBJECT
public:
    // A new run for these pupils, or these parents, recorded as pending before anything is sent.
    static Result<std::unique_ptr<NotificationRun>> create(ApiClient *client, Store *store, const QString &uai,
                                                           const QList<Student> &pupils, bool reset,
                                                           NotificationChannel channel = NotificationChannel::Letter,
                                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<std::unique_ptr<NotificationRun>> create(ApiClient *client, Store *store, const QString &uai,
                                                           const QList<Guardian> &guardians, bool reset,
                                                           NotificationChannel channel = NotificationChannel::Letter,
                                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A password reset (Dépannage) of these pupils or parents: the same chunks, keys, record and
    // resume as a notification; every account already notified gets a new password and a letter.
    static Result<std::unique_ptr<NotificationRun>> createPasswordReset(ApiClient *client, Store *store,
                                                                        const QString &uai,
                                                                        const QList<Student> &pupils,
                                                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<std::unique_ptr<NotificationRun>> createPasswordReset(ApiClient *client, Store *store,
                                                                        const QString &uai,
                                                                        const QList<Guardian> &guardians,
                                                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A run that stopped part-way, read back from the cache.
    static Result<std::unique_ptr<NotificationRun>> resume(ApiClient *client, Store *store, const QString &runId);

    ~NotificationRun() override;

    // Sends (or fetches again) every chunk whose letters are not here yet; start() again after a
    // failure or a cancel goes on from there.
    void start();
    void cancel();
    // Gives up the rest: nothing more is sent, except the chunks that were sent but never answered
    // (the server may have processed them: their accounts may have new passwords), which are sent
    // again with their keys so their letters exist. Then the run is recorded as abandoned and
    // finished() reports it; the letters here (batch()) and those issued before stay available
    // (reprint). Needs the server only when a chunk is in doubt.
    void abandon();
    // Accounts whose chunk was sent but never answered.
    int inDoubt() const;

    const NotificationRecord &record() const { return m_record; }
    QString runId() const { return m_record.runId; }
    // "The notification stopped after N of M accounts: why", as the window and the CLI say it.
    static QString stoppedMessage(const NotificationRecord &record, const Error &error);
    AccountKind kind() const { return m_record.kind; }
    bool isRunning() const { return m_running; }
    bool isComplete() const { return m_record.status == NotificationRecord::Status::Complete; }
    int total() const { return m_record.accountCount(); }
    // Accounts whose letters are here (in memory).
    int done() const;
    const CredentialBatch &batch() const { return m_batch; }
    CredentialBatch takeBatch() { return std::move(m_batch); }

signals:
    void progress(int done, int total);
    // ok when every chunk was answered; otherwise why it stopped, and batch() keeps what arrived.
    void finished(const educonnect::Result<void> &result);

private:
    NotificationRun(ApiClient *client, Store *store, NotificationRecord record);
    // The accounts' ids, and the classes they are filed under.
    struct Accounts
    {
        AccountKind kind;
        QStringList ids;
        QStringList classes;
    };
    template <typename Account>
    static Accounts accountsOf(const QList<Account> &accounts);
    static Result<std::unique_ptr<NotificationRun>> createFor(ApiClient *client, Store *store, const QString &uai,
                                                              const Accounts &accounts, bool reset, bool resetOnly,
                                                              NotificationChannel channel, const QDateTime &now);
    void sendNext();
    void chunkAnswered(int index, const json::NotificationBatch &batch);
    void stop(const Error &error);
    void save();

    QPointer<ApiClient> m_client;
    Store *m_store;
    NotificationRecord m_record;
    QList<bool> m_lettersHere; // per chunk
    bool m_running = false;
    bool m_cancelled = false;
    bool m_abandoning = false;
    CredentialBatch m_batch;
};

} // namespace educonnect
