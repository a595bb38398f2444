#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

namespace sandbox {

// An answer as the sandbox builds it, before it goes on the wire.
struct Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Writes answers on a connection the HTTP server handed over, well-formed or, for the fault
// switches, deliberately not: late, cut short, cut off, or endless. The socket may go away at
// any time (the client gave up): every write checks it first.
class ResponseWriter
{
public:
    static void write(QTcpSocket *socket, const Response &response);
    static void writeLater(QTcpSocket *socket, const Response &response, int delayMs);
    // Closes the connection without a byte of answer.
    static void drop(QTcpSocket *socket);
    // The status line, the headers and half the body, then the connection is closed.
    static void writeTruncated(QTcpSocket *socket, const Response &response);
    // 200 with a JSON body of `megabytes` MB, generated as the client reads it (never in memory).
    static void writeHuge(QTcpSocket *socket, int megabytes);
};

} // namespace sandbox
