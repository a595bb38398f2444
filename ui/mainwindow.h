#pragma once

#include "config/datapaths.h"
#include "config/settings.h"
#include "cache/store.h"
#include "domain/accountkind.h"
#include "domain/clock.h"
#include "domain/credentials.h"
#include "domain/statistics.h"
#include "domain/student.h"
#include "dialogs/batchdialog.h"
#include "remote/apiclient.h"
#include "remote/connectioninfo.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QFrame;
class QLabel;
class QStackedWidget;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QToolBar;

namespace educonnect {
class NotificationRun;
class SandboxLauncher;
class Session;
struct ServerConfig;
} // namespace educonnect

namespace educonnect::ui {

class AccountsPage;
class HeaderBar;
class HomePage;
class IdleWatcher;
class LockScreen;
class WindowLock;
class SettingsPage;
class SignInDialog;
class GuardianTableModel;
class GuardiansPage;
class StatisticsPage;
class StudentTableModel;
class StudentsPage;

struct AppOptions
{
    DataPaths paths = DataPaths::standard();
    bool demo = false;
    QString demoDataDir;
    QString caFile;    // extra CA to trust (private CA), besides the system store
    QString serverUrl; // pre-fills the sign-in dialog
};

// The composition of the desktop app: header (establishment, user, online state, last sync),
// the tabs, and the flows that cross them: sign-in, sync, (re)notify, letters.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppOptions options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the cache (shows the last establishment offline), then starts the demo sandbox or
    // asks to sign in.
    void start();
    // Signs in with a sandbox's connection details (demo mode, tests).
    void connectWith(const ConnectionInfo &info);

    StudentsPage *studentsPage() const { return m_studentsPage; }
    StudentTableModel *studentModel() const { return m_model; }
    GuardiansPage *guardiansPage() const { return m_guardiansPage; }
    GuardianTableModel *guardianModel() const { return m_guardianModel; }
    StatisticsPage *statisticsPage() const { return m_statisticsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    IdleWatcher *idleWatcher() const;
    // Locked after the idle delay (Paramétrage): the window shows nothing but the lock screen.
    bool isLocked() const;
    // Whether the Responsables tab is offered: the signed-in user (or, offline, the last one)
    // may manage parents' accounts.
    bool showsGuardians() const;
    bool isSyncing() const;
    bool isSignedIn() const;
    BatchDialog *batchDialog() const { return m_batchDialog; }
    HomePage *homePage() const { return m_homePage; }
    QString currentEstablishment() const { return m_uai; }
    // Ends the session: the server revokes the token, and every letter held in memory is
    // dropped (after asking, when some were neither saved nor printed). False when the user
    // chose to keep them.
    bool signOut();
    // Leaves the lock (tests, and the lock screen's answer).
    LockScreen *lockScreen() const;

signals:
    void syncFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void showSignIn();
    void signIn(const ServerConfig &config, const QString &login, const QString &password, const QString &otp,
                const std::function<void(const QString &error)> &done);
    void loadFromCache();
    void startSync();
    void notify(const QList<Student> &students);
    void notifyGuardians(const QList<Guardian> &guardians);
    // The notify dialog, then the run: one flow for either kind of account.
    template <typename Account>
    void notifyAccounts(const QList<Account> &accounts);
    // « Réinitialiser les mots de passe »: the state table's warnings, then a reset run whose new
    // letters come in the same flow as a notification's. Never-notified accounts are offered a
    // notification instead.
    template <typename Account>
    void resetPasswords(const QList<Account> &accounts);
    // Unticks the accounts a run took, in their tab.
    template <typename Account>
    void untick(const QList<Account> &accounts);
    void updateGuardiansTab();
    // Follows a run to its end: progress with Cancel; when it stops part-way, resume now, later
    // (the banner), or abandon it (the letters issued so far are shown).
    void followRun(NotificationRun *run);
    void runStopped(NotificationRun *run, const Error &error);
    // Abandons a run (confirming first the chunks in doubt), then shows the letters it has.
    void abandonRun(NotificationRun *run, const QString &problem);
    // The user runs are recorded under: signed in, the session's; offline, the last one here.
    QString currentLogin() const;
    void resumePendingRun();
    void abandonPendingRun();
    void updatePendingRunBanner();
    void showLetters(const CredentialBatch &batch, AccountKind kind, const QString &problem);
    void openReprint();
    // One account's detail (pupil or parent), from a row of either tab.
    void openAccountDetail(AccountKind kind, const QString &accountId);
    // The Élèves or Responsables tab, filtered to a group of the statistics.
    void openStatisticsGroup(AccountKind kind, StatisticsGrouping grouping, const QString &group);
    // Accueil: the establishments to choose from (signed in: the account's; offline: the cached
    // ones), and the switch to another, whose cached lists replace the current ones.
    QList<Establishment> establishmentChoices() const;
    void chooseEstablishment(const QString &uai);
    // Empties both lists (before another establishment's are loaded).
    void clearLists();
    // « Courriers d'une classe… »: the class, the accounts, the printer; then a letter run whose
    // letters go straight to that printer.
    void openClassLetters();
    // « Lister les comptes » for the page's kind of accounts, with its criteria and ticks.
    void openAccountList(AccountsPage *page);
    void updateHeader();
    // « Se déconnecter et déverrouiller » (the idle lock, WindowLock): the session and every
    // letter in memory go, and the dialogs the lock hid close instead of coming back.
    void signOutAndUnlock();
    // Forgets the signed-in user here (the session itself ended or expired): header, Accueil,
    // actions, and what the lock would check.
    void forgetUser();
    void setOnline(bool online);
    void updateActions();
    void setStatus(const QString &message, bool error = false);

    AppOptions m_options;
    Settings m_settings;
    std::unique_ptr<Store> m_store;
    QPointer<Session> m_session; // the signed-in conversation with the server (core workflows)
    SandboxLauncher *m_sandbox = nullptr;
    QString m_uai;
    QString m_userName;
    bool m_online = false;
    bool m_syncAgain = false; // the establishment changed while a sync ran: sync the new one after
    QDateTime m_connectionSince = Clock::now(); // of m_online's value

    StudentTableModel *m_model;
    GuardianTableModel *m_guardianModel;
    QTabWidget *m_tabs = nullptr;
    HomePage *m_homePage = nullptr;
    StudentsPage *m_studentsPage = nullptr;
    GuardiansPage *m_guardiansPage = nullptr;
    StatisticsPage *m_statisticsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    WindowLock *m_lock = nullptr;
    QToolBar *m_toolBar = nullptr;
    HeaderBar *m_header = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QFrame *m_pendingBanner = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_abandonButton = nullptr;
    QString m_pendingRunId;
    QPointer<NotificationRun> m_activeRun;
    // What follows a run when it completes (paper letters after e-mails): only that run's.
    struct AfterRun
    {
        QString runId;
        std::function<void(const CredentialBatch &)> then;
    };
    AfterRun m_afterRun;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<BatchDialog> m_batchDialog;
};

} // namespace educonnect::ui
