#include "commandsource.h"

#include "cli/sandboxlauncher.h"
#include "config/datapaths.h"
#include "remote/totp.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace educonnect {

QList<QCommandLineOption> CommandSource::options(bool withOffline)
{
    QList<QCommandLineOption> list{
        {u"demo"_s, tr("Use the built-in demo sandbox (started and stopped by this command).")},
        {u"connection-file"_s, tr("Connect with the details in FILE (written by educonnect-sandbox)."), u"FILE"_s},
        {u"ca"_s, tr("Also trust the CA certificates in FILE (PEM)."), u"FILE"_s},
        {u"uai"_s, tr("Establishment (UAI); default: the first one of the account."), u"UAI"_s},
        {u"demo-dir"_s, tr("Data folder of the demo sandbox."), u"DIR"_s},
        {u"data-dir"_s, tr("Folder of the local cache, settings and logs."), u"DIR"_s},
        {u"lang"_s, tr("Language of the messages: fr (default) or en."), u"LANG"_s},
    };
    if (withOffline)
        list.append({u"offline"_s, tr("No server: work from the local cache only (the establishment synced last, "
                                      "or --uai).")});
    return list;
}

std::optional<SourceOptions> CommandSource::parse(QCommandLineParser &parser, const QString &command,
                                                  const QList<QCommandLineOption> &options, bool withOffline,
                                                  const QStringList &arguments, QString *error)
{
    parser.addOptions(options);
    if (!parser.parse(QStringList{command} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    return read(parser, withOffline, error);
}

QString CommandSource::usage(const QString &line, const QList<QCommandLineOption> &options)
{
    QCommandLineParser parser;
    parser.addOptions(options);
    return line + u"\n\n"_s + parser.helpText().section(u'\n', 2);
}

std::optional<QList<AccountState>> CommandSource::states(const QCommandLineParser &parser, QString *error)
{
    QList<AccountState> states;
    for (const QString &name : parser.values(u"state"_s)) {
        const auto state = accountStateFromApiName(name);
        if (!state) {
            *error = tr("Unknown state \"%1\": use not_notified, notified, activation_pending or activated.").arg(name);
            return std::nullopt;
        }
        states << *state;
    }
    return states;
}

std::optional<SourceOptions> CommandSource::read(const QCommandLineParser &parser, bool withOffline, QString *error)
{
    SourceOptions o;
    o.demo = parser.isSet(u"demo"_s);
    o.connectionFile = parser.value(u"connection-file"_s);
    o.caFile = parser.value(u"ca"_s);
    o.uai = parser.value(u"uai"_s).toUpper();
    o.demoDataDir = parser.value(u"demo-dir"_s);
    o.offline = withOffline && parser.isSet(u"offline"_s);
    o.dataDir = parser.value(u"data-dir"_s);
    const int sources = int(o.demo) + int(!o.connectionFile.isEmpty()) + int(o.offline);
    if (sources != 1) {
        *error = withOffline ? tr("Give one of --demo, --connection-file or --offline.")
                             : tr("Give either --demo or --connection-file.");
        return std::nullopt;
    }
    return o;
}

QString CommandSource::quoted(const QString &word)
{
    return word.contains(u' ') || word.contains(u'"') ? u'"' + QString(word).replace(u'"', u"\\\""_s) + u'"' : word;
}

QStringList CommandSource::words(const SourceOptions &options)
{
    QStringList words;
    if (options.demo)
        words << u"--demo"_s;
    else if (options.offline)
        words << u"--offline"_s;
    else
        words << u"--connection-file"_s << quoted(options.connectionFile);
    if (!options.uai.isEmpty())
        words << u"--uai"_s << options.uai;
    if (!options.dataDir.isEmpty())
        words << u"--data-dir"_s << quoted(options.dataDir);
    return words;
}

Result<std::unique_ptr<Store>> CommandSource::openCache(const SourceOptions &options, const QString &outputFile)
{
    if (!outputFile.isEmpty() && !QFileInfo(outputFile).absoluteDir().exists())
        return Error{u"no-folder"_s, tr("The folder of %1 does not exist.").arg(outputFile)};
    const DataPaths paths = options.dataDir.isEmpty() ? DataPaths::standard() : DataPaths(options.dataDir);
    return Store::open(paths.cacheFile());
}

CommandSource::CommandSource(SourceOptions options, Store *store, QTextStream &out, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_store(store), m_out(out), m_err(stderr)
{
}

CommandSource::~CommandSource() = default;

void CommandSource::say(const QString &message)
{
    m_out << message << Qt::endl;
}

void CommandSource::connectAndSync(std::optional<AccountKind> mustManage)
{
    m_mustManage = mustManage;
    if (m_options.offline)
        return useCache();
    if (!m_options.demo) {
        auto info = readConnectionFile(m_options.connectionFile);
        if (!info)
            return emit failed(info.error().message);
        return signIn(info.value());
    }
    say(tr("Starting the demo sandbox..."));
    m_sandbox = new SandboxLauncher(this);
    connect(m_sandbox, &SandboxLauncher::ready, this, &CommandSource::signIn);
    connect(m_sandbox, &SandboxLauncher::failed, this, &CommandSource::failed);
    m_sandbox->start(m_options.demoDataDir.isEmpty() ? SandboxLauncher::defaultDemoDataDir() : m_options.demoDataDir);
}

void CommandSource::useCache()
{
    m_uai = !m_options.uai.isEmpty() ? m_options.uai : m_store->lastSyncedEstablishment();
    if (m_uai.isEmpty())
        return emit failed(tr("The local cache is empty: sync once with the server first."));
    const SyncState state = m_store->syncState(m_uai, m_mustManage.value_or(AccountKind::Student));
    if (!state.lastSyncAt.isValid() && !m_store->establishment(m_uai))
        return emit failed(tr("The local cache has no accounts of establishment %1: sync it once first.").arg(m_uai));
    say(state.lastSyncAt.isValid() ? tr("Offline: the accounts as of the last sync, %1.")
                                         .arg(QLocale().toString(state.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
                                   : tr("Offline: the accounts in the local cache."));
    emit ready();
}

void CommandSource::signIn(const ConnectionInfo &info)
{
    // The demo trusts its own sandbox's CA only.
    auto config = serverConfig(info.baseUrl, {info.caCertificatePath, m_options.caFile}, !m_options.demo);
    if (!config)
        return emit failed(config.error().message);
    m_session = new Session(config.value(), m_store, this);
    const QString preferred = !m_options.uai.isEmpty() ? m_options.uai : info.uai;
    m_session->signIn(info.login, info.password, totpCode(info.totpSecret, QDateTime::currentDateTimeUtc()), preferred,
                      [this](Result<Session::SignedIn> signedIn) {
                          if (!signedIn)
                              return emit failed(tr("Sign-in failed: %1").arg(signedIn.error().message));
                          m_uai = signedIn.value().uai;
                          if (!m_options.uai.isEmpty() && m_uai.compare(m_options.uai, Qt::CaseInsensitive) != 0)
                              return emit failed(
                                  tr("This account does not manage establishment %1.").arg(m_options.uai));
                          if (m_mustManage == AccountKind::Guardian && !m_session->mayManage(AccountKind::Guardian))
                              return emit failed(tr("This account may not manage parents' accounts."));
                          say(tr("Signed in as %1.").arg(signedIn.value().user.name));
                          sync();
                      });
}

void CommandSource::sync()
{
    connect(m_session->syncEngine(), &SyncEngine::finished, this, [this](const Result<SyncReport> &report) {
        disconnect(m_session->syncEngine(), nullptr, this, nullptr);
        if (!report)
            return emit failed(tr("Sync failed: %1").arg(report.error().message));
        const SyncReport &r = report.value();
        const QString how = r.fullSync ? tr("full sync") : tr("changes since the last sync");
        const QString pupils = tr("%n pupil record(s)", nullptr, r.students);
        if (m_session->mayManage(AccountKind::Guardian))
            say(tr("Synced %1 and %2 (%3).").arg(pupils, tr("%n parent record(s)", nullptr, r.guardians), how));
        else
            say(tr("Synced %1 (%2).").arg(pupils, how));
        for (const RejectedRecord &rejected : r.rejected)
            m_err << tr("Warning: a record the server sent could not be read and was skipped (%1): %2")
                         .arg(rejected.id.isEmpty() ? tr("no id") : rejected.id, rejected.reason)
                  << Qt::endl;
        emit ready();
    });
    if (!m_session->sync())
        emit failed(tr("The sync could not start: the session has ended."));
}

void CommandSource::syncAgain(const std::function<void()> &done)
{
    connect(m_session->syncEngine(), &SyncEngine::finished, this, [this, done](const Result<SyncReport> &) {
        disconnect(m_session->syncEngine(), nullptr, this, nullptr);
        done();
    });
    if (!m_session->sync()) {
        disconnect(m_session->syncEngine(), nullptr, this, nullptr);
        done();
    }
}

} // namespace educonnect
