#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// Test-only misbehaviour of the sandbox (--fault), to try the client against a broken or hostile
// server. A fault is ROUTE:ACTION[:ARGUMENT]:WHEN, e.g.
//   students:status:500:1          the first pupils page answers HTTP 500
//   students:status:429:1x2        the first two answer 429 with Retry-After: 1
//   notifications:drop-response:2x3  requests 2 to 4 are processed, then the connection is cut
//   students:redirect:https://127.0.0.1:9/x:1   the first pupils page redirects elsewhere
// ROUTE: session, establishment, students (pupils' sync pages), guardians (guardians' sync pages),
// notifications (pupils' and guardians', password resets included), batches, passwords (an
// account's provisional password), settings (saving the activation addresses), verifications
// (checking one), or any.
// WHEN: N (the Nth request of that route), NxK (K requests from the Nth), N+ (from the Nth on).
// ACTION (ARGUMENT):
//   status (CODE)       answer CODE with an error body (429 adds Retry-After: 1)
//   delay (MS)          process, then answer after MS milliseconds
//   drop                cut the connection without processing the request
//   drop-response       process the request, then cut the connection without answering
//   truncate            process, then send half the body and cut the connection
//   malformed           answer 200 with a body that is not JSON
//   huge (MB)           answer 200 with a JSON body of MB megabytes, streamed
//   stuck-cursor        sync pages: repeat the request's cursor with hasMore: true, forever
//   bad-record          sync pages: the first record has an unknown state, the second no login
//   redirect (URL)      answer 307 to URL
struct Fault
{
    enum class Action { Status, Delay, Drop, DropResponse, Truncate, Malformed, Huge, StuckCursor, BadRecord, Redirect };

    QString route;
    Action action = Action::Status;
    QString argument;
    int first = 1;
    int count = 1; // -1: every request from `first` on

    bool hits(int requestNumber) const
    {
        return requestNumber >= first && (count < 0 || requestNumber < first + count);
    }
};

// Parses one --fault; nullopt (and why, in *error) when it does not follow the grammar above.
std::optional<Fault> parseFault(const QString &spec, QString *error);

// The route name of an API path (after /api/v1), as faults name it.
QString faultRoute(const QByteArray &method, const QStringList &pathParts);

} // namespace sandbox
