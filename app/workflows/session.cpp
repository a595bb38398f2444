#include "session.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcRun)

namespace educonnect {

namespace {
struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

// The UAI as the server spells it, when the account manages that establishment.
std::optional<QString> managedUai(const json::SessionUser &user, const QString &uai)
{
    for (const Establishment &e : user.establishments) {
        if (e.uai.compare(uai, Qt::CaseInsensitive) == 0)
            return e.uai;
    }
    return std::nullopt;
}
} // namespace

Result<ServerConfig> serverConfig(const QUrl &baseUrl, const QStringList &caFiles, bool trustSystemStore)
{
    ServerConfig config;
    config.baseUrl = baseUrl;
    config.trustSystemStore = trustSystemStore;
    for (const QString &file : caFiles) {
        if (file.isEmpty())
            continue;
        auto certificates = loadCaCertificates(file);
        if (!certificates)
            return certificates.error();
        config.extraCaCertificates += certificates.value();
    }
    return config;
}

UserRole userRole(const QStringList &roles)
{
    if (roles.contains(u"chef_etablissement"_s))
        return UserRole::Head;
    if (roles.contains(u"deleg_ce"_s))
        return UserRole::Delegated;
    return UserRole::None;
}

QList<AccountKind> manageableKinds(const QStringList &roles)
{
    switch (userRole(roles)) {
    case UserRole::Head:
        return {AccountKind::Student, AccountKind::Guardian};
    case UserRole::Delegated:
        return {AccountKind::Student};
    case UserRole::None:
        break;
    }
    return {};
}

Result<QString> chooseEstablishment(const json::SessionUser &user, const QString &preferredUai)
{
    if (user.establishments.isEmpty())
        return Error{u"no-establishment"_s, SessionText::tr("This account manages no establishment.")};
    return managedUai(user, preferredUai).value_or(user.establishments.first().uai);
}

Session::Session(const ServerConfig &config, Store *store, QObject *parent)
    : QObject(parent), m_store(store), m_client(new ApiClient(config, this)), m_sync(new SyncEngine(m_client, store, this))
{
    connect(m_client, &ApiClient::reachabilityChanged, this, &Session::reachabilityChanged);
    connect(m_client, &ApiClient::sessionExpired, this, &Session::sessionExpired);
    // The day's statistics snapshot, for the window and the command line alike. Connected first,
    // so it is recorded before anyone else hears that the sync finished.
    connect(m_sync, &SyncEngine::finished, this, [this](const Result<SyncReport> &report) {
        if (!report || m_uai.isEmpty())
            return;
        if (auto recorded = m_store->recordStatisticsSnapshot(m_uai, Clock::today(),
                                                              m_kinds.contains(AccountKind::Guardian));
            !recorded)
            qCWarning(lcRun) << "statistics snapshot not recorded:" << recorded.error().message;
    });
}

Session::~Session()
{
    // Whatever is still running reports to objects that are going away: stop it first.
    delete m_sync;
    m_sync = nullptr;
}

bool Session::isSignedIn() const
{
    return m_client->isSignedIn();
}

void Session::signIn(const QString &login, const QString &password, const QString &otp,
                     const QString &preferredUai, const std::function<void(Result<SignedIn>)> &done)
{
    m_client->signIn(login, password, otp,
                     [this, done, preferredUai, guard = QPointer<Session>(this)](Result<json::SessionUser> user) {
                         if (!guard)
                             return;
                         if (!user)
                             return done(user.error());
                         auto uai = chooseEstablishment(user.value(), preferredUai);
                         if (!uai) {
                             m_client->signOut([](const Result<void> &) {});
                             return done(uai.error());
                         }
                         m_user = user.value();
                         m_uai = uai.value();
                         m_kinds = manageableKinds(m_user.roles);
                         done(SignedIn{m_user, m_uai, m_kinds});
                     });
}

void Session::signOut()
{
    if (m_sync->isRunning())
        m_sync->cancel();
    m_client->signOut([](const Result<void> &result) {
        if (!result)
            qCWarning(lcRun) << "sign-out: the server did not confirm:" << result.error().message;
    });
    m_user = {};
    m_kinds.clear();
}

Result<void> Session::setEstablishment(const QString &uai)
{
    const auto managed = managedUai(m_user, uai);
    if (!managed)
        return Error{u"not-managed"_s, SessionText::tr("This account does not manage establishment %1.").arg(uai)};
    // The new one first: whoever hears that the old one's sync was cancelled (the abort reports
    // at once) and syncs again, syncs this one.
    const bool other = *managed != m_uai;
    m_uai = *managed;
    if (other && m_sync->isRunning())
        m_sync->cancel();
    return {};
}

bool Session::sync()
{
    if (!isSignedIn() || m_sync->isRunning())
        return false;
    m_sync->sync(m_uai, m_kinds);
    return true;
}

void Session::fetchRunLetters(const QString &runOrBatchId,
                              const std::function<void(Result<CredentialBatch>, AccountKind)> &done)
{
    QStringList batchIds{runOrBatchId}; // a server batch id is accepted too
    std::optional<AccountKind> kind;
    if (const auto record = m_store->run(runOrBatchId)) {
        if (record->status == NotificationRecord::Status::Pending)
            return done(Error{u"run-pending"_s,
                              SessionText::tr("Run %1 stopped part-way: resume it, which gives all its letters.")
                                  .arg(runOrBatchId)},
                        record->kind);
        batchIds = record->batchIds();
        kind = record->kind;
    }
    const Store *store = m_store;
    const QString uai = m_uai;
    m_client->fetchNotificationBatches(m_uai, batchIds, [done, kind, store, uai](Result<CredentialBatch> batch) {
        // A batch this computer has no record of (another computer's run): its letters tell
        // whose accounts they are, pupils' or parents'.
        AccountKind known = kind.value_or(AccountKind::Student);
        if (!kind && batch && !batch.value().letters().isEmpty())
            known = store->kindOfAccount(uai, batch.value().letters().first().accountId).value_or(known);
        done(std::move(batch), known);
    });
}

} // namespace educonnect
