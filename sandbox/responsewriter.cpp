#include "responsewriter.h"

#include <QTimer>

#include <memory>

namespace sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray head(const Response &response, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

bool open(QTcpSocket *socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

void ResponseWriter::write(QTcpSocket *socket, const Response &response)
{
    if (!open(socket))
        return;
    socket->write(head(response, response.body.size()));
    socket->write(response.body);
}

void ResponseWriter::writeLater(QTcpSocket *socket, const Response &response, int delayMs)
{
    QTimer::singleShot(delayMs, socket, [target = QPointer<QTcpSocket>(socket), response]() {
        write(target, response);
    });
}

void ResponseWriter::drop(QTcpSocket *socket)
{
    if (socket)
        socket->abort();
}

void ResponseWriter::writeTruncated(QTcpSocket *socket, const Response &response)
{
    if (!open(socket))
        return;
    socket->write(head(response, response.body.size()));
    socket->write(response.body.left(response.body.size() / 2));
    socket->disconnectFromHost(); // after what was written has gone out
}

void ResponseWriter::writeHuge(QTcpSocket *socket, int megabytes)
{
    if (!open(socket))
        return;
    const qint64 total = qint64(megabytes) * 1024 * 1024;
    QByteArray record = R"({"id":"E000000","padding":")";
    record += QByteArray(200, 'x') + R"("},)";
    QByteArray chunk = R"({"items":[)";
    while (chunk.size() < 256 * 1024)
        chunk += record;
    socket->write(head(Response{}, total));
    auto sent = std::make_shared<qint64>(0);
    // Keeps a few chunks queued and adds one each time some are gone: memory stays flat
    // whatever the announced size.
    auto pump = [target = QPointer<QTcpSocket>(socket), sent, total, chunk]() {
        while (target && target->state() == QAbstractSocket::ConnectedState && *sent < total
               && target->bytesToWrite() < 4 * chunk.size()) {
            const QByteArray piece = chunk.left(int(std::min<qint64>(chunk.size(), total - *sent)));
            target->write(piece);
            *sent += piece.size();
        }
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, pump);
    pump();
}

} // namespace sandbox
