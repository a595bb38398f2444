#pragma once

#include "cache/store.h"
#include "domain/accountkind.h"
#include "remote/apiclient.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace educonnect {

// The server configuration a front end was given: its address, the CA files it may trust besides
// the system store (a private CA, the demo sandbox's), and whether to trust the system store at
// all (not in demo mode, which trusts only its own sandbox).
Result<ServerConfig> serverConfig(const QUrl &baseUrl, const QStringList &caFiles, bool trustSystemStore);

// The user's role (DESIGN.md section 2): the head of establishment (chef_etablissement) has
// everything, the Paramétrage addresses included; a delegated staff member (deleg_ce) manages the
// pupils only.
enum class UserRole { None, Head, Delegated };
UserRole userRole(const QStringList &roles);

// What the signed-in user may manage.
QList<AccountKind> manageableKinds(const QStringList &roles);

// The establishment to work on: the preferred one (the last one used, or the one asked for) when
// the account manages it, else the account's first; an error when it manages none.
Result<QString> chooseEstablishment(const json::SessionUser &user, const QString &preferredUai);

// One signed-in conversation with the server about one establishment, the same for the window
// and the command line: sign-in and the establishment choice, what the user may manage, the sync
// of everything they may manage into the cache, sign-out, and fetching a finished run's letters
// again. Notification runs are NotificationRun objects on client() and the store.
class Session : public QObject
{
    Q_OBJECT
public:
    struct SignedIn
    {
        json::SessionUser user;
        QString uai;
        QList<AccountKind> kinds;
    };

    Session(const ServerConfig &config, Store *store, QObject *parent = nullptr);
    ~Session() override;

    ApiClient *client() const { return m_client; }
    SyncEngine *syncEngine() const { return m_sync; }
    Store *store() const { return m_store; }

    void signIn(const QString &login, const QString &password, const QString &otp, const QString &preferredUai,
                const std::function<void(Result<SignedIn>)> &done);
    // The server revokes the token; here it is forgotten at once, whatever the server answers.
    void signOut();
    bool isSignedIn() const;
    const json::SessionUser &user() const { return m_user; }
    const QString &uai() const { return m_uai; }
    // Works on another of the user's establishments from now on (a sync still running for the
    // previous one is cancelled). Refused when the user does not manage it.
    Result<void> setEstablishment(const QString &uai);
    const QList<AccountKind> &kinds() const { return m_kinds; }
    bool mayManage(AccountKind kind) const { return m_kinds.contains(kind); }
    UserRole role() const { return userRole(m_user.roles); }
    // The activation addresses printed on letters (Paramétrage): the head's only.
    bool mayChangeAddresses() const { return role() == UserRole::Head; }

    // Syncs the establishment and every kind of account the user may manage; the result comes
    // through syncEngine()'s finished signal. False (and no signal) when it cannot start: not
    // signed in, or a sync already running.
    bool sync();
    bool isSyncing() const { return m_sync->isRunning(); }

    // The letters of a finished run (or of one server batch) fetched again from the server, with
    // the kind of accounts they are for. A run stopped part-way is refused: resuming it writes
    // every letter.
    void fetchRunLetters(const QString &runOrBatchId,
                         const std::function<void(Result<CredentialBatch>, AccountKind)> &done);

signals:
    // True after any answer from the server, false after a network-level failure.
    void reachabilityChanged(bool reachable);
    void sessionExpired();

private:
    Store *m_store;
    ApiClient *m_client;
    SyncEngine *m_sync;
    json::SessionUser m_user;
    QString m_uai;
    QList<AccountKind> m_kinds;
};

} // namespace educonnect
