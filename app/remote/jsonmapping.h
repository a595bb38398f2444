#pragma once

#include "domain/credentials.h"
#include "domain/establishment.h"
#include "domain/result.h"
#include "domain/student.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// JSON <-> domain for API v1 (docs/api/openapi.yaml). Pure functions: no I/O, no state.
// Every parser rejects malformed input with a readable Error instead of guessing.
namespace educonnect::json {

struct SessionUser
{
    QString name;
    QStringList roles;
    QList<Establishment> establishments; // uai + name only
};

struct Session
{
    QByteArray token; // memory only
    QDateTime expiresAt;
    SessionUser user;
};

// One server batch (POST .../students/notifications).
struct NotificationBatch
{
    QString batchId;
    QDateTime createdAt;
    QDateTime expiresAt;
    QList<IssuedLetter> letters;
    QStringList emailed;
    QList<SkippedAccount> skipped;
};

Result<Student> studentFromJson(const QJsonObject &object);
QJsonObject studentToJson(const Student &student);

Result<StudentPage> studentPageFromJson(const QByteArray &body);
Result<Session> sessionFromJson(const QByteArray &body);
Result<Establishment> establishmentFromJson(const QByteArray &body);
Result<NotificationBatch> notificationBatchFromJson(const QByteArray &body);

// {"error": {"code", "message"}}; falls back to the HTTP status when the body says nothing usable.
Error errorFromResponse(int httpStatus, const QByteArray &body);

} // namespace educonnect::json
