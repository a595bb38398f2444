#pragma once

#include "domain/accountkind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace educonnect {

// How a run hands out what it issues: printable letters, or e-mails the server sends (only to
// accounts with an address; the others come back skipped, reason no_email).
enum class NotificationChannel { Letter, Email };
QString notificationChannelApiName(NotificationChannel channel); // "letter", "email"
std::optional<NotificationChannel> notificationChannelFromApiName(QStringView name);

// One request of a run: at most 200 account ids and the Idempotency-Key they are always sent
// with, so that sending them again returns the same server batch instead of a second reset.
struct RunChunk
{
    QStringList ids;
    QString idempotencyKey;
    QString batchId; // the server batch that answered it; empty until then
    bool sent = false; // sent at least once: unanswered, the server may still have processed it

    bool isDone() const { return !batchId.isEmpty(); }
    bool isInDoubt() const { return sent && !isDone(); }
};

// What the cache remembers of a (re)notification run: which accounts, in which chunks, with
// which keys, which server batches answered, when, for which classes. Never a letter or a
// password: a resumed or reprinted run fetches them from the server again.
//
// Glossary: a *run* is one (re)notification the user asked for; it is sent in *chunks*; each
// chunk is answered by one server *batch* of letters.
struct NotificationRecord
{
    enum class Status {
        Pending,   // not every chunk was answered: it can be resumed
        Complete,  // every chunk was answered
        Abandoned  // stopped for good by the user; the chunks answered keep their letters
    };

    QString runId; // the client's id of the run (what --resume and --reprint take)
    QString uai;
    QString login; // who started it: the server keys its requests per user
    AccountKind kind = AccountKind::Student;
    bool reset = false;
    // A password reset (Dépannage) rather than a notification: every account gets a new password
    // (reset is true too); a never-notified one is skipped by the server.
    bool resetOnly = false;
    NotificationChannel channel = NotificationChannel::Letter;
    Status status = Status::Pending;
    QDateTime createdAt; // when the run started
    QDateTime expiresAt; // the letters' end of validity (the earliest of its batches); invalid while none
    int letterCount = 0;
    QStringList classes; // of the accounts in the run, in school order
    QList<RunChunk> chunks;

    QStringList batchIds() const;
    int accountCount() const;
    int doneAccountCount() const;
    bool isFinished() const { return status != Status::Pending; }
};

QString runStatusName(NotificationRecord::Status status);
std::optional<NotificationRecord::Status> runStatusFromName(QStringView name);

// A new run's record: the ids cut into chunks of at most chunkSize, each with a fresh key.
NotificationRecord newNotificationRecord(const QString &uai, AccountKind kind, const QStringList &ids, bool reset,
                                         int chunkSize, const QDateTime &now, const QString &login = {});

} // namespace educonnect
