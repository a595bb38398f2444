#include "notificationrecord.h"

#include "domain/enumnames.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {
constexpr EnumNames<NotificationRecord::Status, 3> kStatusNames({{
    {NotificationRecord::Status::Pending, u"pending"},
    {NotificationRecord::Status::Complete, u"complete"},
    {NotificationRecord::Status::Abandoned, u"abandoned"},
}});

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

QString runStatusName(NotificationRecord::Status status)
{
    return kStatusNames.name(status);
}

std::optional<NotificationRecord::Status> runStatusFromName(QStringView name)
{
    return kStatusNames.fromName(name);
}

QStringList NotificationRecord::batchIds() const
{
    QStringList ids;
    for (const RunChunk &chunk : chunks) {
        if (chunk.isDone())
            ids << chunk.batchId;
    }
    return ids;
}

int NotificationRecord::accountCount() const
{
    int n = 0;
    for (const RunChunk &chunk : chunks)
        n += int(chunk.ids.size());
    return n;
}

int NotificationRecord::doneAccountCount() const
{
    int n = 0;
    for (const RunChunk &chunk : chunks)
        n += chunk.isDone() ? int(chunk.ids.size()) : 0;
    return n;
}

QString notificationChannelApiName(NotificationChannel channel)
{
    return channel == NotificationChannel::Email ? u"email"_s : u"letter"_s;
}

std::optional<NotificationChannel> notificationChannelFromApiName(QStringView name)
{
    if (name == u"letter")
        return NotificationChannel::Letter;
    if (name == u"email")
        return NotificationChannel::Email;
    return std::nullopt;
}

NotificationRecord newNotificationRecord(const QString &uai, AccountKind kind, const QStringList &ids, bool reset,
                                         int chunkSize, const QDateTime &now, const QString &login)
{
    NotificationRecord record;
    // Short enough to type after --resume; random enough never to meet another run.
    record.runId = newKey().remove(u'-').left(10);
    record.uai = uai;
    record.kind = kind;
    record.login = login;
    record.reset = reset;
    record.createdAt = now;
    for (qsizetype i = 0; i < ids.size(); i += chunkSize)
        record.chunks.append({ids.mid(i, chunkSize), newKey(), QString(), false});
    return record;
}

} // namespace educonnect
