#pragma once

#include "remote/apiclient.h"
#include "remote/connectioninfo.h"
#include "domain/student.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

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
    // Stops the server and starts it again on the same data (accounts, pupils, batches), as after
    // a server restart: a new port and a new CA, sessions gone.
    bool restart(const QStringList &arguments = {});
    // Stops the server (its address stops answering); restart() brings it back on the same data.
    void stop();
    const educonnect::ConnectionInfo &info() const { return m_info; }
    QString connectionFile() const;
    QString dataDir() const { return m_dir.path(); }
    // The end of the server's request log: one "METHOD /path STATUS" line per request.
    QString log() const;
    // A client configuration that trusts this sandbox's CA.
    educonnect::ServerConfig clientConfig() const;
    // The e-mails the sandbox would have sent so far (its outbox file), oldest first.
    QList<QJsonObject> outbox() const;
    // Reads the sandbox's own database (the server's truth), e.g. a pupil's current password.
    QString serverValue(const QString &sql, const QString &bound = {}) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<educonnect::SandboxLauncher> m_launcher;
    educonnect::ConnectionInfo m_info;
};

// Waits for an async call's callback without a nested event loop of our own making.
template <typename T>
educonnect::Result<T> await(const std::function<void(std::function<void(educonnect::Result<T>)>)> &call,
                            int timeoutMs = 60000)
{
    std::optional<educonnect::Result<T>> result;
    call([&](educonnect::Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&]() { return result.has_value(); }, timeoutMs))
        return educonnect::Error{QStringLiteral("timeout"), QStringLiteral("no answer")};
    return *result;
}

// Signs in with a sandbox's demo account (and the current one-time code unless one is given).
educonnect::Result<educonnect::json::SessionUser> signIn(educonnect::ApiClient &client,
                                                         const educonnect::ConnectionInfo &info,
                                                         const QString &otp = {});

// Another demo account of the sandbox (e.g. "deleg.demo"), from its connection file.
educonnect::ConnectionInfo accountOf(const Sandbox &sandbox, const QString &login);

// Poppler's command-line tools, as a reviewer would use them.
int pdfPageCount(const QString &path);
QString pdfText(const QString &path, int page = 0); // 0: every page; pages are separated by \f
QStringList pdfPages(const QString &path);
QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr);
// A CSV file as Python's csv module reads it (a parser this project did not write): UTF-8 with
// an optional BOM, `;` between fields, double quotes, strict. nullopt when it cannot be read.
std::optional<QList<QStringList>> readCsv(const QString &path);

// Files under `root` (recursively) whose bytes contain any needle, as UTF-8, UTF-16 or Latin-1.
// A PDF is also read as a reviewer would: its compressed streams inflated, and its text
// extracted (a password drawn in a PDF is glyph codes, invisible to a plain byte search).
QStringList filesContaining(const QString &root, const QStringList &needles, const QStringList &excludedFiles = {});
// The text a byte search of this file must see: the bytes, plus for a PDF its inflated streams
// and extracted text.
QByteArray searchableContent(const QString &path);

// `root` and the files and folders under it that users other than the owner may read or write
// (Windows: whose access list lets anyone else in).
QStringList entriesOpenToOthers(const QString &root);

// Windows tests under Wine (which does not keep every Windows behaviour, e.g. access lists).
bool runningUnderWine();

} // namespace testsupport
