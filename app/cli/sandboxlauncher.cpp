#include "sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace educonnect {

SandboxLauncher::SandboxLauncher(QObject *parent) : QObject(parent), m_program(defaultProgram())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(60000);
    connect(&m_timeout, &QTimer::timeout, this, [this]() { fail(tr("The demo server did not start in time.")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this]() {
        m_output += m_process.readAllStandardOutput();
        if (m_output.contains("READY "))
            becomeReady();
    });
    // The connection file is written once the server listens: it tells too, where the server's
    // output does not reach us (a Linux sandbox started from Windows code under Wine).
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this]() {
        if (QFileInfo(m_connectionFile).size() > 0 && readConnectionFile(m_connectionFile))
            becomeReady();
    });
    // The sandbox logs every request on stderr: keep draining it (a full pipe would block the
    // server), and keep the tail to explain an early exit.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this]() {
        m_errorTail = (m_errorTail + m_process.readAllStandardError()).right(64 * 1024);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot start the demo server %1: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (!m_ready) {
            m_errorTail += m_process.readAllStandardError();
            const QString details = QString::fromUtf8(m_errorTail).trimmed().right(500);
            fail(tr("The demo server stopped (exit code %1): %2").arg(exitCode).arg(details));
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::defaultProgram()
{
    // Another sandbox program can stand in, e.g. the Linux one that the Windows build's tests
    // reach from Wine (packaging/windows/build.sh).
    const QString chosen = qEnvironmentVariable("EDUCONNECT_SANDBOX_PROGRAM");
    if (!chosen.isEmpty())
        return chosen;
#ifdef Q_OS_WIN
    const QString name = u"educonnect-sandbox.exe"_s;
#else
    const QString name = u"educonnect-sandbox"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QString SandboxLauncher::defaultDemoDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"EduConnect Sandbox/demo"_s);
}

void SandboxLauncher::start(const QString &dataDir, const QStringList &extraArguments)
{
    QDir().mkpath(dataDir);
    m_connectionFile = QDir(dataDir).filePath(u"connection.json"_s);
    QFile::remove(m_connectionFile);
    m_ready = false;
    m_output.clear();
    m_errorTail.clear();
    QStringList arguments{u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir, u"--connection-file"_s, m_connectionFile,
                          u"--stop-on-stdin-eof"_s};
    arguments += extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_program, arguments);
    m_timeout.start();
    m_poll.start();
}

void SandboxLauncher::stop()
{
    m_timeout.stop();
    m_poll.stop();
    // A stopped server's connection file is stale; its removal also stops a sandbox this process
    // cannot signal (tests/support/wine-sandbox.sh).
    if (!m_connectionFile.isEmpty())
        QFile::remove(m_connectionFile);
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void SandboxLauncher::becomeReady()
{
    if (m_ready)
        return;
    m_ready = true;
    m_timeout.stop();
    m_poll.stop();
    auto info = readConnectionFile(m_connectionFile);
    if (!info)
        return fail(info.error().message);
    emit ready(info.value());
}

void SandboxLauncher::fail(const QString &message)
{
    m_timeout.stop();
    m_poll.stop();
    m_ready = true; // report once
    emit failed(message);
}

} // namespace educonnect
