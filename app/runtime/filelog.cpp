#include "filelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

namespace educonnect {

namespace {

QFile *g_logFile = nullptr;
QMutex g_logMutex;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                            + names[type] + ' ' + (context.category ? context.category : "default") + ": "
                            + message.toUtf8() + '\n';
    {
        QMutexLocker lock(&g_logMutex);
        if (g_logFile) {
            g_logFile->write(line);
            g_logFile->flush();
        }
    }
    if (type != QtDebugMsg && type != QtInfoMsg) {
        std::fputs(line.constData(), stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installFileLog(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return;
    }
    {
        QMutexLocker lock(&g_logMutex);
        g_logFile = file;
    }
    qInstallMessageHandler(handler);
}

} // namespace educonnect
