#pragma once

#include "cache/store.h"
#include "remote/connectioninfo.h"
#include "workflows/session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace educonnect {

class SandboxLauncher;

// Where a headless command gets its accounts: the demo sandbox, a server's connection file, or
// (for the commands that allow it) the cache alone.
struct SourceOptions
{
    bool demo = false;
    QString connectionFile;
    QString caFile;
    QString uai;
    bool offline = false;
    QString demoDataDir;
    QString dataDir; // --data-dir: the cache, settings and logs; empty: the user's standard folder
};

// The server side of every headless command, in one place: the options that name the source,
// starting the demo sandbox or reading a connection file, sign-in and the establishment, and the
// sync with its report. The commands (`letters`, `list`) say what they do once connected.
class CommandSource : public QObject
{
    Q_OBJECT
public:
    // The source options every command shares (--demo, --connection-file, --ca, --uai,
    // --demo-dir, --data-dir, --lang), and --offline when the command works from the cache.
    static QList<QCommandLineOption> options(bool withOffline);
    // Parses a command's arguments (after its name) with its options (options() and its own),
    // then reads the source: an error for an unknown option, a stray argument, or a source
    // missing or given twice. The parser then holds the command's own options.
    static std::optional<SourceOptions> parse(QCommandLineParser &parser, const QString &command,
                                              const QList<QCommandLineOption> &options, bool withOffline,
                                              const QStringList &arguments, QString *error);
    // The usage line, then the options' help.
    static QString usage(const QString &line, const QList<QCommandLineOption> &options);
    // The --state values (API names); an error names the one that is not a state.
    static std::optional<QList<AccountState>> states(const QCommandLineParser &parser, QString *error);
    // Reads them; an error when the source is missing or given twice.
    static std::optional<SourceOptions> read(const QCommandLineParser &parser, bool withOffline, QString *error);

    // The local cache of `options`' data folder, for a command that writes `outputFile` (whose
    // folder must exist: said before anything is asked of the server; empty: nothing written).
    static Result<std::unique_ptr<Store>> openCache(const SourceOptions &options, const QString &outputFile = {});

    // The words that give this source again (a resume command, say).
    static QStringList words(const SourceOptions &options);
    // A word of a command line, in double quotes when it holds a space or a quote.
    static QString quoted(const QString &word);

    CommandSource(SourceOptions options, Store *store, QTextStream &out, QObject *parent = nullptr);
    ~CommandSource() override;

    // Starts the sandbox or reads the connection file, signs in and syncs. `mustManage` is the
    // kind of accounts the command needs the right to (nullopt: none in particular). Then emits
    // ready() or failed(). Offline, the establishment is the one given or the one synced last,
    // there is no session, and it says how old the cache is.
    void connectAndSync(std::optional<AccountKind> mustManage);
    // Brings the cache up to date again (after a notification run); `done` runs whatever happens.
    void syncAgain(const std::function<void()> &done);

    Session *session() const { return m_session; }
    const QString &uai() const { return m_uai; }

signals:
    void ready();
    void failed(const QString &message);

private:
    void useCache();
    void signIn(const ConnectionInfo &info);
    void sync();
    void say(const QString &message);

    SourceOptions m_options;
    Store *m_store;
    QTextStream &m_out;
    QTextStream m_err;
    std::optional<AccountKind> m_mustManage;
    SandboxLauncher *m_sandbox = nullptr;
    Session *m_session = nullptr;
    QString m_uai;
};

} // namespace educonnect
