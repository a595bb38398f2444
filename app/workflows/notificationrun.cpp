#include "notificationrun.h"

#include "domain/schoolorder.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRun, "educonnect.run")

namespace educonnect {

namespace {

QStringList filedUnder(const Student &pupil) { return {pupil.className}; }
QStringList filedUnder(const Guardian &parent) { return parent.childClasses(); }
AccountKind kindOf(const QList<Student> &) { return AccountKind::Student; }
AccountKind kindOf(const QList<Guardian> &) { return AccountKind::Guardian; }

} // namespace

template <typename Account>
NotificationRun::Accounts NotificationRun::accountsOf(const QList<Account> &accounts)
{
    Accounts out{kindOf(accounts), {}, {}};
    for (const Account &a : accounts) {
        out.ids << a.id;
        out.classes << filedUnder(a);
    }
    return out;
}

Result<std::unique_ptr<NotificationRun>> NotificationRun::create(ApiClient *client, Store *store, const QString &uai,
                                                                 const QList<Student> &pupils, bool reset,
                                                                 NotificationChannel channel, const QDateTime &now)
{
    return createFor(client, store, uai, accountsOf(pupils), reset, false, channel, now);
}

Result<std::unique_ptr<NotificationRun>> NotificationRun::create(ApiClient *client, Store *store, const QString &uai,
                                                                 const QList<Guardian> &guardians, bool reset,
                                                                 NotificationChannel channel, const QDateTime &now)
{
    return createFor(client, store, uai, accountsOf(guardians), reset, false, channel, now);
}

Result<std::unique_ptr<NotificationRun>> NotificationRun::createPasswordReset(ApiClient *client, Store *store,
                                                                              const QString &uai,
                                                                              const QList<Student> &pupils,
                                                                              const QDateTime &now)
{
    return createFor(client, store, uai, accountsOf(pupils), true, true, NotificationChannel::Letter, now);
}

Result<std::unique_ptr<NotificationRun>> NotificationRun::createPasswordReset(ApiClient *client, Store *store,
                                                                              const QString &uai,
                                                                              const QList<Guardian> &guardians,
                                                                              const QDateTime &now)
{
    return createFor(client, store, uai, accountsOf(guardians), true, true, NotificationChannel::Letter, now);
}

Result<std::unique_ptr<NotificationRun>> NotificationRun::createFor(ApiClient *client, Store *store,
                                                                    const QString &uai, const Accounts &accounts,
                                                                    bool reset, bool resetOnly,
                                                                    NotificationChannel channel, const QDateTime &now)
{
    NotificationRecord record = newNotificationRecord(uai, accounts.kind, accounts.ids, reset, ApiClient::kMaxIdsPerRequest,
                                                      now, client ? client->login() : QString());
    record.resetOnly = resetOnly;
    record.channel = channel;
    record.classes = distinctClassesInSchoolOrder(accounts.classes);
    // The keys are on disk before the first request: whatever happens next, a resume sends the
    // same ones.
    if (auto saved = store->saveRun(record); !saved)
        return saved.error();
    qCInfo(lcRun) << "run" << record.runId << "created:" << accounts.ids.size() << accountKindApiName(accounts.kind) << "in"
                  << record.chunks.size() << "chunks, reset" << reset << "reset only" << resetOnly;
    return std::unique_ptr<NotificationRun>(new NotificationRun(client, store, std::move(record)));
}

Result<std::unique_ptr<NotificationRun>> NotificationRun::resume(ApiClient *client, Store *store,
                                                                 const QString &runId)
{
    const auto record = store->run(runId);
    if (!record)
        return Error{u"unknown-run"_s, tr("There is no notification run %1 in this computer's records.").arg(runId)};
    if (record->status != NotificationRecord::Status::Pending)
        return Error{u"run-finished"_s, tr("The notification run %1 is already finished: print its letters again "
                                           "instead (reprint).")
                                            .arg(runId)};
    return std::unique_ptr<NotificationRun>(new NotificationRun(client, store, *record));
}

NotificationRun::NotificationRun(ApiClient *client, Store *store, NotificationRecord record)
    : m_client(client), m_store(store), m_record(std::move(record)), m_lettersHere(m_record.chunks.size(), false)
{
}

NotificationRun::~NotificationRun() = default;

int NotificationRun::done() const
{
    int n = 0;
    for (int i = 0; i < m_record.chunks.size(); ++i)
        n += m_lettersHere.at(i) ? int(m_record.chunks.at(i).ids.size()) : 0;
    return n;
}

int NotificationRun::inDoubt() const
{
    int n = 0;
    for (int i = 0; i < m_record.chunks.size(); ++i)
        n += !m_lettersHere.at(i) && m_record.chunks.at(i).isInDoubt() ? int(m_record.chunks.at(i).ids.size()) : 0;
    return n;
}

void NotificationRun::start()
{
    if (m_running || m_record.isFinished())
        return;
    m_running = true;
    m_cancelled = false;
    emit progress(done(), total());
    sendNext();
}

void NotificationRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->abort(this);
}

void NotificationRun::abandon()
{
    if (m_running || m_record.isFinished())
        return;
    // A chunk sent but never answered may have been processed: its accounts may have new
    // passwords. Send it again with its key first (the server returns the batch it made, or makes
    // it for accounts the user had chosen anyway), so that no password exists without its letter.
    m_abandoning = true;
    m_running = true;
    m_cancelled = false;
    sendNext();
}

void NotificationRun::save()
{
    // The keys were saved at creation, so a lost update costs nothing but a batch fetched again.
    if (auto saved = m_store->saveRun(m_record); !saved)
        qCWarning(lcRun) << "cannot record run" << m_record.runId << ":" << saved.error().message;
}

void NotificationRun::stop(const Error &error)
{
    m_running = false;
    qCWarning(lcRun) << "run" << m_record.runId << "stopped after" << m_record.doneAccountCount() << "of" << total()
                     << "accounts:" << error.message;
    emit finished(error);
}

void NotificationRun::sendNext()
{
    int index = int(m_lettersHere.indexOf(false));
    if (m_abandoning) {
        // Only the chunks in doubt; the others stay unsent (or, done, fetched again by a reprint).
        index = -1;
        for (int i = 0; i < m_record.chunks.size() && index < 0; ++i) {
            if (!m_lettersHere.at(i) && m_record.chunks.at(i).isInDoubt())
                index = i;
        }
        if (index < 0) {
            m_running = false;
            m_abandoning = false;
            m_record.status = NotificationRecord::Status::Abandoned;
            save();
            qCInfo(lcRun) << "run" << m_record.runId << "abandoned after" << m_record.doneAccountCount() << "of"
                          << total();
            emit finished(Result<void>::success());
            return;
        }
    }
    if (index < 0) {
        m_running = false;
        m_record.status = NotificationRecord::Status::Complete;
        m_record.letterCount = int(m_batch.letters().size());
        save();
        qCInfo(lcRun) << "run" << m_record.runId << "complete:" << m_record.letterCount << "letters";
        emit finished(Result<void>::success());
        return;
    }
    if (!m_client || !m_client->isSignedIn()) {
        m_abandoning = false;
        return stop(Error{u"not-signed-in"_s, tr("The server is needed to go on: sign in first.")});
    }

    RunChunk &chunk = m_record.chunks[index];
    if (!chunk.isDone() && !chunk.sent) {
        // On disk before it goes: from now on its outcome is unknown until answered.
        chunk.sent = true;
        save();
    }
    auto answered = [this, index, guard = QPointer<NotificationRun>(this)](Result<json::NotificationBatch> r) {
        if (!guard)
            return;
        if (!r) {
            m_abandoning = false;
            return stop(m_cancelled ? Error{u"cancelled"_s, tr("Cancelled.")} : r.error());
        }
        chunkAnswered(index, r.value());
        if (m_cancelled && m_lettersHere.contains(false))
            return stop(Error{u"cancelled"_s, tr("Cancelled.")});
        sendNext();
    };
    if (chunk.isDone())
        m_client->fetchNotificationBatch(m_record.uai, chunk.batchId, answered, this); // answered before a stop
    else if (m_record.channel == NotificationChannel::Email)
        m_client->notifyByEmail(m_record.kind, m_record.uai, chunk.ids, m_record.reset, chunk.idempotencyKey, answered,
                                this);
    else if (m_record.resetOnly)
        m_client->resetPasswords(m_record.kind, m_record.uai, chunk.ids, chunk.idempotencyKey, answered, this);
    else
        m_client->notify(m_record.kind, m_record.uai, chunk.ids, m_record.reset, chunk.idempotencyKey, answered,
                         this);
}

void NotificationRun::chunkAnswered(int index, const json::NotificationBatch &b)
{
    m_batch.append(b.batchId, b.createdAt, b.expiresAt, b.letters, b.skipped, b.emailed);
    m_batch.addUnreadable(b.unreadable);
    m_lettersHere[index] = true;
    RunChunk &chunk = m_record.chunks[index];
    if (!chunk.isDone()) {
        chunk.batchId = b.batchId;
        if (b.expiresAt.isValid() && (!m_record.expiresAt.isValid() || b.expiresAt < m_record.expiresAt))
            m_record.expiresAt = b.expiresAt;
        m_record.letterCount += int(b.letters.size()); // every answered chunk's, here or not
        save();
    }
    emit progress(done(), total());
}

QString NotificationRun::stoppedMessage(const NotificationRecord &record, const Error &error)
{
    return tr("The notification stopped after %n of %1 account(s): %2", nullptr, record.doneAccountCount())
        .arg(record.accountCount())
        .arg(error.message);
}

} // namespace educonnect
