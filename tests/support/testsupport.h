#pragma once

#include "remote/connectioninfo.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace educonnect {
class SandboxLauncher;
}

namespace testsupport {

// A real educonnect-sandbox process on a free loopback port, with its own data folder.
class Sandbox
{
public:
    Sandbox();
    ~Sandbox();
    // Starts and waits until it listens; false (with a QWARN) if it did not.
    bool start(const QStringList &arguments = {});
    const educonnect::ConnectionInfo &info() const { return m_info; }
    QString connectionFile() const;
    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<educonnect::SandboxLauncher> m_launcher;
    educonnect::ConnectionInfo m_info;
};

// Poppler's command-line tools, as a reviewer would use them.
int pdfPageCount(const QString &path);
QString pdfText(const QString &path, int page = 0); // 0: every page; pages are separated by \f
QStringList pdfPages(const QString &path);
QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr);

// Files under `root` (recursively) whose bytes contain any needle, as UTF-8, UTF-16 or Latin-1.
QStringList filesContaining(const QString &root, const QStringList &needles, const QStringList &excludedFiles = {});

} // namespace testsupport
