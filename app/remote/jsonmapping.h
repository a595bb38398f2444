#pragma once

#include "domain/credentials.h"
#include "domain/establishment.h"
#include "domain/guardian.h"
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
    // Letters the client could not read (login or id, and why): their accounts may have new
    // passwords that no letter carries, which the user must be told.
    QList<RejectedRecord> unreadable;
};

Result<Student> studentFromJson(const QJsonObject &object);
QJsonObject studentToJson(const Student &student);

Result<Guardian> guardianFromJson(const QJsonObject &object);
QJsonObject guardianToJson(const Guardian &guardian);

// A page whose envelope is wrong is an error; a record inside it that cannot be read is not: it
// lands in the page's `rejected` with the reason, and the others are kept.
Result<StudentPage> studentPageFromJson(const QByteArray &body);
Result<GuardianPage> guardianPageFromJson(const QByteArray &body);
Result<Session> sessionFromJson(const QByteArray &body);
Result<Establishment> establishmentFromJson(const QByteArray &body);
// PUT .../settings/notification-urls: the addresses as the server takes them (trimmed).
QJsonObject notificationSettingsToJson(const NotificationSettings &settings);
// POST .../settings/verify-url: the answer must be about `url` (the one sent), and
// an unreachable address must say why.
Result<UrlCheck> urlCheckFromJson(const QByteArray &body, const QString &url);
// Why an address could not be verified, in the user's words; a code this client does not know
// shows the server's reason (as text, never markup), or else the code.
QString urlCheckReasonText(const UrlCheck &check);
Result<NotificationBatch> notificationBatchFromJson(const QByteArray &body);
// GET .../accounts/{id}/provisional-password: the password, checked to be 8 of A-Z and 0-9.
Result<QString> provisionalPasswordFromJson(const QByteArray &body, const QString &accountId);

// Why the server skipped an account (its reason code: unknown_account, no_email, not_notified),
// in the user's words; an unknown code is shown as sent.
QString skipReasonText(const QString &code);

// What a server's error body says: {"error": {"code", "message"}}. Both may be empty.
struct ServerError
{
    QString code;
    QString message; // the server's own words, for the log only
};
ServerError serverErrorFromBody(const QByteArray &body);

// The error to show for an HTTP error answer: the server's code is kept for the client's logic,
// the sentence is the client's own (translated), chosen by that code or else by the status; the
// server's raw message is never shown. retryAfterSeconds >= 0 when a 429 said how long to wait.
Error errorFromResponse(int httpStatus, const ServerError &serverError, int retryAfterSeconds = -1);

} // namespace educonnect::json
