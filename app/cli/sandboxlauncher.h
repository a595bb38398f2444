#pragma once

#include "remote/connectioninfo.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace educonnect {

// Starts educonnect-sandbox as a child process on a free loopback port and reports its connection
// details once it listens. The process ends with this object.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Defaults to $EDUCONNECT_SANDBOX_PROGRAM, else educonnect-sandbox next to the running executable.
    void setProgram(const QString &program) { m_program = program; }
    static QString defaultProgram();
    // The demo sandbox's own data (kept apart from the client's: it is the server's side).
    static QString defaultDemoDataDir();

    void start(const QString &dataDir, const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // The end of the server's request log (one line per request: method, path, status).
    QByteArray recentLog() const { return m_errorTail; }

signals:
    void ready(const educonnect::ConnectionInfo &info);
    void failed(const QString &message);

private:
    void becomeReady();
    void fail(const QString &message);

    QString m_program;
    QString m_connectionFile;
    QProcess m_process;
    QTimer m_timeout;
    QTimer m_poll;
    QByteArray m_output;
    QByteArray m_errorTail;
    bool m_ready = false;
};

} // namespace educonnect
