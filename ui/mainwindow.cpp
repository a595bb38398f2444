#include "mainwindow.h"

#include "cli/sandboxlauncher.h"
#include "dialogs/accountdetaildialog.h"
#include "dialogs/accountlistdialog.h"
#include "dialogs/batchdialog.h"
#include "dialogs/classlettersdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/reprintdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "domain/notificationrecord.h"
#include "letters/letter.h"
#include "pupils/studenttablemodel.h"
#include "home/homepage.h"
#include "parents/guardianspage.h"
#include "parents/guardiantablemodel.h"
#include "settings/settingspage.h"
#include "statistics/statisticspage.h"
#include "widgets/headerbar.h"
#include "widgets/idlewatcher.h"
#include "widgets/windowlock.h"
#include "widgets/criteriabar.h"
#include "pupils/studentspage.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/accounttablemodel.h"
#include "widgets/plaintext.h"
#include "remote/apiclient.h"
#include "workflows/letterset.h"
#include "workflows/session.h"
#include "workflows/notificationrun.h"
#include "workflows/selection.h"
#include "remote/totp.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QPushButton>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

MainWindow::MainWindow(AppOptions options, QWidget *parent)
    : QMainWindow(parent), m_options(std::move(options)), m_settings(m_options.paths.settingsFile()),
      m_model(new StudentTableModel(this)), m_guardianModel(new GuardianTableModel(this))
{
    setWindowTitle(tr("EduConnect – Account administration"));
    buildUi();
    restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray());
    updateHeader();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The client aborts its requests when it is deleted with the other children: a sync or a run
    // still going would report that to a half-destroyed window. A run stays pending in the cache.
    delete m_activeRun;
    delete m_session;
}

void MainWindow::buildUi()
{
    m_header = new HeaderBar(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_homePage = new HomePage(m_tabs);
    m_studentsPage = new StudentsPage(m_model, m_tabs);
    m_tabs->addTab(m_homePage, tr("Home"));
    m_tabs->addTab(m_studentsPage, tr("Pupils"));
    m_guardiansPage = new GuardiansPage(m_guardianModel, m_tabs);
    m_tabs->addTab(m_guardiansPage, tr("Parents"));
    m_statisticsPage = new StatisticsPage(m_tabs);
    m_tabs->addTab(m_statisticsPage, tr("Statistics"));
    m_settingsPage = new SettingsPage(&m_settings, m_tabs);
    m_tabs->addTab(m_settingsPage, tr("Settings"));
    connect(m_settingsPage, &SettingsPage::establishmentSaved, this, [this](const Establishment &e) {
        // The server's now: the cache, then everything that shows it (Accueil, the letters).
        if (!m_store)
            return;
        if (auto saved = m_store->saveEstablishment(e); !saved)
            return setStatus(saved.error().message, true);
        loadFromCache();
    });
    connect(m_statisticsPage, &StatisticsPage::listRequested, this, &MainWindow::openStatisticsGroup);
    connect(m_guardiansPage, &GuardiansPage::notifyRequested, this, &MainWindow::notifyGuardians);
    connect(m_guardiansPage, &GuardiansPage::resetRequested, this, &MainWindow::resetPasswords<Guardian>);
    connect(m_guardiansPage, &GuardiansPage::reprintRequested, this, &MainWindow::openReprint);
    connect(m_homePage, &HomePage::openStudentsRequested, this, [this]() { m_tabs->setCurrentWidget(m_studentsPage); });
    connect(m_homePage, &HomePage::openGuardiansRequested, this, [this]() { m_tabs->setCurrentWidget(m_guardiansPage); });
    connect(m_homePage, &HomePage::openStatisticsRequested, this,
            [this]() { m_tabs->setCurrentWidget(m_statisticsPage); });
    connect(m_homePage, &HomePage::reprintRequested, this, &MainWindow::openReprint);
    connect(m_homePage, &HomePage::classLettersRequested, this, &MainWindow::openClassLetters);
    connect(m_homePage, &HomePage::establishmentChosen, this, &MainWindow::chooseEstablishment);
    connect(m_studentsPage, &StudentsPage::notifyRequested, this, &MainWindow::notify);
    connect(m_studentsPage, &StudentsPage::resetRequested, this, &MainWindow::resetPasswords<Student>);
    connect(m_studentsPage, &StudentsPage::reprintRequested, this, &MainWindow::openReprint);
    for (AccountsPage *page :
         {static_cast<AccountsPage *>(m_studentsPage), static_cast<AccountsPage *>(m_guardiansPage)}) {
        connect(page, &AccountsPage::listRequested, this, [this, page] { openAccountList(page); });
        connect(page, &AccountsPage::accountActivated, this,
                [this, page](const QString &id) { openAccountDetail(page->model()->kind(), id); });
    }

    // A run that stopped part-way stays in view until it is resumed or abandoned.
    m_pendingBanner = new QFrame(this);
    m_pendingBanner->setObjectName(u"pendingRunBanner"_s);
    m_pendingBanner->setStyleSheet(u"#pendingRunBanner { background: #fff4e5; border-bottom: 1px solid #e0b070; }"_s);
    m_pendingLabel = new QLabel(m_pendingBanner);
    m_pendingLabel->setObjectName(u"pendingRunLabel"_s);
    m_pendingLabel->setTextFormat(Qt::PlainText);
    m_pendingLabel->setWordWrap(true);
    m_resumeButton = new QPushButton(tr("Resume"), m_pendingBanner);
    m_resumeButton->setObjectName(u"resumeRunButton"_s);
    m_abandonButton = new QPushButton(tr("Abandon…"), m_pendingBanner);
    m_abandonButton->setObjectName(u"abandonRunButton"_s);
    connect(m_resumeButton, &QPushButton::clicked, this, &MainWindow::resumePendingRun);
    connect(m_abandonButton, &QPushButton::clicked, this, &MainWindow::abandonPendingRun);
    auto *bannerLayout = new QHBoxLayout(m_pendingBanner);
    bannerLayout->addWidget(m_pendingLabel, 1);
    bannerLayout->addWidget(m_resumeButton);
    bannerLayout->addWidget(m_abandonButton);
    m_pendingBanner->hide();

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_pendingBanner);
    layout->addWidget(m_tabs, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_content);
    m_lock = new WindowLock(this, m_stack, m_content);
    m_lock->setMayLock([this]() { return !m_activeRun; }); // the user waits for the run's letters
    m_lock->idleWatcher()->setDelayMinutes(m_settings.value(Settings::Key::IdleLockMinutes).toInt());
    connect(m_settingsPage, &SettingsPage::idleLockMinutesChanged, m_lock->idleWatcher(),
            &IdleWatcher::setDelayMinutes);
    connect(m_lock, &WindowLock::lockedChanged, this, [this](bool locked) {
        menuBar()->setEnabled(!locked);
        m_toolBar->setEnabled(!locked);
        updateActions(); // no shortcut works behind the lock
    });
    connect(m_lock, &WindowLock::signOutRequested, this, &MainWindow::signOutAndUnlock);
    connect(m_lock, &WindowLock::message, this, [this](const QString &text) { setStatus(text); });
    setCentralWidget(m_stack);

    m_syncAction = new QAction(tr("&Synchronize"), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::startSync);
    m_signInAction = new QAction(tr("Sign &in…"), this);
    m_signInAction->setObjectName(u"signInAction"_s);
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::showSignIn);
    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signInAction);
    file->addAction(m_signOutAction);
    file->addAction(m_syncAction);
    file->addSeparator();
    file->addAction(quit);
    m_toolBar = addToolBar(tr("Actions"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_signInAction);
    m_toolBar->addAction(m_syncAction);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    resize(1200, 760);
}

void MainWindow::start()
{
    auto opened = Store::open(m_options.paths.cacheFile());
    if (!opened) {
        setStatus(opened.error().message, true);
        MessageBox::warning(this, tr("Local cache"), opened.error().message);
    } else {
        m_store = opened.takeValue();
        // The establishment of the last session, else the one synced last (by the command line,
        // which shares this cache), so the lists are there before anyone signs in.
        m_uai = m_settings.string(Settings::Key::LastUai);
        if (m_uai.isEmpty() || !m_store->establishment(m_uai))
            m_uai = m_store->lastSyncedEstablishment();
        loadFromCache();
        updatePendingRunBanner(); // a run the app was closed in the middle of, offline too
    }

    if (m_options.demo) {
        setStatus(tr("Starting the demo sandbox…"));
        m_sandbox = new SandboxLauncher(this);
        connect(m_sandbox, &SandboxLauncher::ready, this, &MainWindow::connectWith);
        connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
            setStatus(message, true);
            MessageBox::warning(this, tr("Demo"), message);
        });
        // The head of the demo also runs a second, smaller school: the choice on Accueil.
        m_sandbox->start(m_options.demoDataDir.isEmpty() ? SandboxLauncher::defaultDemoDataDir()
                                                         : m_options.demoDataDir,
                         {u"--second-establishment"_s, u"240"_s});
        return;
    }
    showSignIn();
}

void MainWindow::connectWith(const ConnectionInfo &info)
{
    // The demo trusts its own sandbox's CA and nothing else.
    auto config = serverConfig(info.baseUrl, {info.caCertificatePath}, !m_options.demo);
    if (!config)
        return setStatus(config.error().message, true);
    if (!info.uai.isEmpty())
        m_uai = info.uai;
    setStatus(tr("Signing in to %1…").arg(info.baseUrl.toDisplayString()));
    signIn(config.value(), info.login, info.password, totpCode(info.totpSecret, QDateTime::currentDateTimeUtc()),
           [this](const QString &error) {
               if (!error.isEmpty())
                   setStatus(error, true);
           });
}

void MainWindow::showSignIn()
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        return;
    }
    m_signInDialog = new SignInDialog(this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->setServer(!m_options.serverUrl.isEmpty() ? m_options.serverUrl
                                                             : m_settings.string(Settings::Key::ServerUrl));
    m_signInDialog->setLogin(m_settings.string(Settings::Key::Login));
    connect(m_signInDialog, &SignInDialog::submitted, this,
            [this](const QString &server, const QString &login, const QString &password, const QString &otp) {
                const QString caFile =
                    !m_options.caFile.isEmpty() ? m_options.caFile : m_settings.string(Settings::Key::CaFile);
                auto config = serverConfig(QUrl(server), {caFile}, true);
                if (!config)
                    return m_signInDialog->showError(config.error().message);
                signIn(config.value(), login, password, otp, [this](const QString &error) {
                    if (!m_signInDialog)
                        return;
                    if (error.isEmpty())
                        m_signInDialog->accept();
                    else
                        m_signInDialog->showError(error);
                });
            });
    connect(m_signInDialog, &QDialog::rejected, this, [this]() {
        if (!isSignedIn())
            setStatus(tr("Offline: you can browse the cached lists. Sign in to notify accounts."));
    });
    m_signInDialog->open();
}

void MainWindow::signIn(const ServerConfig &config, const QString &login, const QString &password,
                        const QString &otp, const std::function<void(const QString &)> &done)
{
    if (!m_store)
        return done(tr("The local data cannot be opened: signing in needs it."));
    if (m_activeRun)
        return done(tr("A notification is running: wait for it to end before signing in again."));
    // The new session replaces the current one only once it is signed in: a mistyped code must
    // not sign the user out.
    auto *session = new Session(config, m_store.get(), this);
    session->signIn(login, password, otp, m_uai,
                    [this, session, done, login, password, config,
                     url = config.baseUrl](Result<Session::SignedIn> signedIn) {
                        if (!signedIn) {
                            session->deleteLater();
                            return done(signedIn.error().message);
                        }
                        if (m_session) {
                            // Whatever the old session still had going reports to nobody now.
                            disconnect(m_session->syncEngine(), nullptr, this, nullptr);
                            disconnect(m_session, nullptr, this, nullptr);
                            m_session->signOut(); // the server revokes the old token
                            m_session->deleteLater();
                        }
                        m_session = session;
                        // Whom the idle lock asks for, until they sign out.
                        m_lock->rememberUser(config, login, signedIn.value().user.name, password);
                        connect(m_session, &Session::reachabilityChanged, this, [this](bool reachable) {
                            setOnline(reachable && isSignedIn());
                            updateHeader();
                            updateActions();
                        });
                        connect(m_session, &Session::sessionExpired, this, [this]() {
                            setOnline(false);
                            updateHeader();
                            updateActions();
                            setStatus(tr("The session expired: sign in again."), true);
                        });
                        const bool otherEstablishment = signedIn.value().uai != m_uai;
                        m_uai = signedIn.value().uai;
                        if (otherEstablishment)
                            clearLists();
                        m_userName = signedIn.value().user.name;
                        setOnline(true);
                        m_settings.setValue(Settings::Key::ServerUrl, url.toString());
                        m_settings.setValue(Settings::Key::Login, login);
                        m_settings.setValue(Settings::Key::LastUai, m_uai);
                        m_settings.setValue(Settings::Key::LastManagesGuardians,
                                            m_session->mayManage(AccountKind::Guardian));
                        m_homePage->setUser(m_userName);
                        loadFromCache();
                        updateHeader();
                        updateActions();
                        done(QString());
                        startSync();
                    });
}

void MainWindow::loadFromCache()
{
    if (!m_store || m_uai.isEmpty())
        return;
    auto students = m_store->students(m_uai);
    if (!students) {
        setStatus(students.error().message, true);
        return;
    }
    if (m_model->rowCount() == 0)
        m_model->setStudents(students.value());
    else
        m_model->updateStudents(students.value());
    m_studentsPage->refreshCriteria();
    // Parents only for a user who may manage them: the cache is shared by everyone of the school.
    QList<Guardian> parents;
    if (showsGuardians()) {
        auto guardians = m_store->guardians(m_uai);
        if (!guardians) {
            setStatus(guardians.error().message, true);
        } else {
            parents = guardians.takeValue();
            if (m_guardianModel->rowCount() == 0)
                m_guardianModel->setAccounts(parents);
            else
                m_guardianModel->updateAccounts(parents);
        }
        m_guardiansPage->refreshCriteria();
    } else if (m_guardianModel->rowCount() > 0) {
        m_guardianModel->setAccounts({});
    }
    updateGuardiansTab();
    const QDateTime lastSync = m_store->syncState(m_uai).lastSyncAt;
    auto history = [this](AccountKind kind) {
        auto snapshots = m_store->statisticsSnapshots(m_uai, kind);
        if (!snapshots)
            setStatus(snapshots.error().message, true); // the figures of today still show
        return snapshots ? snapshots.value() : QList<StatisticsSnapshot>();
    };
    m_statisticsPage->setData({m_uai, students.value(), parents, showsGuardians(), lastSync,
                               history(AccountKind::Student), history(AccountKind::Guardian)});
    m_homePage->setEstablishments(establishmentChoices(), m_uai);
    // Not cached yet (just chosen): its UAI alone, so that nothing of the previous one is shown
    // or sent as this one's.
    m_settingsPage->setEstablishment(m_store->establishment(m_uai).value_or(Establishment{m_uai, {}, {}, {}}));
    // The establishment's row of the figures the Statistiques tab just computed (any grouping).
    m_homePage->setEstablishment(m_store->establishment(m_uai), m_statisticsPage->statistics().total,
                                 showsGuardians(), lastSync);
    updateHeader();
}

QList<Establishment> MainWindow::establishmentChoices() const
{
    if (isSignedIn())
        return m_session->user().establishments;
    QList<Establishment> cached = m_store ? m_store->establishments() : QList<Establishment>();
    // Offline, only those with lists to show.
    cached.removeIf([this](const Establishment &e) { return !m_store->syncState(e.uai).lastSyncAt.isValid(); });
    return cached;
}

void MainWindow::clearLists()
{
    m_model->setStudents({});
    m_guardianModel->setAccounts({});
}

void MainWindow::chooseEstablishment(const QString &uai)
{
    if (uai.isEmpty() || uai == m_uai || !m_store)
        return;
    if (m_activeRun) {
        setStatus(tr("A notification is running: wait for it to end before choosing another establishment."), true);
        return m_homePage->setEstablishments(establishmentChoices(), m_uai);
    }
    if (isSignedIn()) {
        m_syncAgain = m_session->isSyncing(); // the old one's sync is cancelled: the new one's follows
        if (auto chosen = m_session->setEstablishment(uai); !chosen) {
            setStatus(chosen.error().message, true);
            return m_homePage->setEstablishments(establishmentChoices(), m_uai);
        }
    }
    // Each establishment has its own lists in the cache: the other's replace these at once.
    m_uai = uai;
    m_settings.setValue(Settings::Key::LastUai, m_uai);
    clearLists();
    loadFromCache();
    updatePendingRunBanner();
    updateActions();
    const auto e = m_store->establishment(m_uai);
    setStatus(tr("Establishment %1 chosen.").arg(e && !e->name.isEmpty() ? e->name : m_uai));
    if (!m_syncAgain)
        startSync();
}

void MainWindow::openClassLetters()
{
    if (!isSignedIn() || !m_online || !m_store || m_activeRun || m_uai.isEmpty())
        return;
    ClassLettersDialog::Source source;
    auto pupils = m_store->students(m_uai);
    if (!pupils)
        return setStatus(pupils.error().message, true);
    source.pupils = pupils.value();
    source.guardiansAllowed = showsGuardians();
    if (source.guardiansAllowed) {
        auto guardians = m_store->guardians(m_uai);
        if (guardians)
            source.guardians = guardians.value();
    }
    source.printers = QPrinterInfo::availablePrinterNames();
    const QString last = m_settings.string(Settings::Key::PrinterName);
    source.printer = source.printers.contains(last) ? last : QPrinterInfo::defaultPrinterName();
    auto *dialog = new ClassLettersDialog(source, this);
    dialog->setObjectName(u"classLettersDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!isSignedIn() || m_activeRun)
            return;
        const QString printer = dialog->printer();
        Result<std::unique_ptr<NotificationRun>> run =
            dialog->kind() == AccountKind::Student
                ? NotificationRun::create(m_session->client(), m_store.get(), m_uai, dialog->chosenPupils(),
                                          dialog->reset())
                : NotificationRun::create(m_session->client(), m_store.get(), m_uai, dialog->chosenGuardians(),
                                          dialog->reset());
        if (!run) {
            setStatus(run.error().message, true);
            MessageBox::warning(this, tr("Notification"), run.error().message);
            return;
        }
        if (!printer.isEmpty()) {
            m_settings.setValue(Settings::Key::PrinterName, printer);
            // The letters window opens as after any run, and prints at once: if the printer
            // fails, the letters are still there to try again or save.
            m_afterRun = {run.value()->runId(), [this, printer](const CredentialBatch &) {
                              if (m_batchDialog)
                                  m_batchDialog->printOn(printer);
                              startSync();
                          }};
        }
        followRun(run.takeValue().release());
    });
    dialog->open();
}

void MainWindow::openStatisticsGroup(AccountKind kind, StatisticsGrouping grouping, const QString &group)
{
    AccountsPage *page = kind == AccountKind::Student ? static_cast<AccountsPage *>(m_studentsPage)
                                                      : static_cast<AccountsPage *>(m_guardiansPage);
    if (kind == AccountKind::Guardian && !showsGuardians())
        return;
    if (group.isEmpty())
        return; // « (non renseigné) »: no criterion selects what has no value
    m_tabs->setCurrentWidget(page);
    CriteriaBar *criteria = page->criteriaBar();
    // A class is itself; a level or a MEF is the classes of its pupils (parents have no MEF
    // criterion; the pupils' filters MEF labels, so a MEF known by its code only goes by classes).
    QSet<QString> classes;
    bool mefLabel = false;
    if (grouping == StatisticsGrouping::Class) {
        classes.insert(group);
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Student s = m_model->account(row);
            if (statisticsGroupOf(s, grouping) == group) {
                classes.insert(s.className);
                mefLabel = mefLabel || s.mef.label == group;
            }
        }
    }
    if (grouping == StatisticsGrouping::Mef && mefLabel && criteria->hasCriterion(CriteriaBar::Criterion::Mef))
        return criteria->showOnly(CriteriaBar::Criterion::Mef, {group});
    criteria->showOnly(CriteriaBar::Criterion::Classes, classes);
}

bool MainWindow::isSyncing() const
{
    return m_session && m_session->isSyncing();
}

void MainWindow::startSync()
{
    if (!isSignedIn() || m_session->isSyncing())
        return;
    setStatus(tr("Synchronizing…"));
    SyncEngine *engine = m_session->syncEngine();
    disconnect(engine, nullptr, this, nullptr);
    connect(engine, &SyncEngine::finished, this, [this](const Result<SyncReport> &report) {
        if (!report && std::exchange(m_syncAgain, false)) {
            // Cancelled because another establishment was chosen: that one's sync, not an error.
            updateActions();
            return startSync();
        }
        if (report) {
            const SyncReport &r = report.value();
            QString status = tr("Synchronized: %n change(s) received.", nullptr, r.upserted + r.removed);
            QStringList skipped;
            for (const RejectedRecord &rejected : r.rejected)
                skipped << (rejected.id.isEmpty() ? tr("record without an id") : rejected.id) + u": "_s
                               + rejected.reason;
            if (!skipped.isEmpty())
                status += u' '
                          + tr("%n record(s) sent by the server could not be read and were set aside; the next "
                               "sync asks for them again.",
                               nullptr, int(skipped.size()));
            setStatus(status, !skipped.isEmpty());
            m_statusLabel->setToolTip(skipped.isEmpty() ? QString() : plainToolTip(skipped.join(u'\n')));
            loadFromCache();
        } else {
            setStatus(tr("Synchronization failed: %1").arg(report.error().message), true);
        }
        updateActions();
        emit syncFinished(report.ok());
        if (std::exchange(m_syncAgain, false))
            startSync(); // the establishment changed while that sync ran
    });
    m_session->sync();
    updateActions();
}

void MainWindow::notify(const QList<Student> &students)
{
    notifyAccounts(students);
}

void MainWindow::notifyGuardians(const QList<Guardian> &guardians)
{
    notifyAccounts(guardians);
}

template <typename Account>
void MainWindow::notifyAccounts(const QList<Account> &accounts)
{
    if (accounts.isEmpty() || !isSignedIn() || !m_store || m_activeRun)
        return;
    auto *dialog = new NotifyDialog(accounts, this);
    dialog->setObjectName(u"notifyDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, accounts]() {
        const bool reset = dialog->reset();
        const NotificationChannel channel = dialog->channel();
        // By e-mail: the accounts with an address get one; the others (and any the server finds
        // without one) get paper letters, if the user kept the box, in a letter run that follows.
        const EmailSplit<Account> split = splitByEmail(accounts);
        const QList<Account> emailed = channel == NotificationChannel::Email ? split.withAddress : QList<Account>();
        const bool paper = channel == NotificationChannel::Letter || dialog->paperForTheOthers();
        const QList<Account> onPaper = channel == NotificationChannel::Letter ? accounts
                                       : paper                                ? split.withoutAddress
                                                                              : QList<Account>();
        if (emailed.isEmpty() && onPaper.isEmpty())
            return setStatus(tr("Nothing was sent: no account has an e-mail address."), true);
        auto start = [this, reset](const QList<Account> &chosen, NotificationChannel how) {
            auto run = NotificationRun::create(m_session->client(), m_store.get(), m_uai, chosen, reset, how);
            if (!run) {
                setStatus(run.error().message, true);
                MessageBox::warning(this, tr("Notification"), run.error().message);
                return;
            }
            untick(chosen);
            followRun(run.takeValue().release());
        };
        if (emailed.isEmpty())
            return start(onPaper, NotificationChannel::Letter);
        auto run = NotificationRun::create(m_session->client(), m_store.get(), m_uai, emailed, reset,
                                           NotificationChannel::Email);
        if (!run) {
            setStatus(run.error().message, true);
            MessageBox::warning(this, tr("Notification"), run.error().message);
            return;
        }
        if (paper) {
            // Tied to this run: it fires when this run completes (resumed included), never after another.
            m_afterRun = {run.value()->runId(), [start, onPaper, emailed](const CredentialBatch &batch) {
                              QList<Account> rest = onPaper;
                              for (const SkippedAccount &s : batch.skipped()) {
                                  for (const Account &a : emailed)
                                      if (a.id == s.accountId && s.reason == u"no_email"_s)
                                          rest << a;
                              }
                              if (!rest.isEmpty())
                                  start(rest, NotificationChannel::Letter);
                          }};
        }
        untick(emailed);
        followRun(run.takeValue().release());
    });
    dialog->open();
}

template <typename Account>
void MainWindow::untick(const QList<Account> &accounts)
{
    QSet<QString> ids;
    for (const Account &a : accounts)
        ids.insert(a.id);
    (std::is_same_v<Account, Student> ? static_cast<AccountTableModel *>(m_model)
                                      : static_cast<AccountTableModel *>(m_guardianModel))
        ->uncheck(ids);
}

template <typename Account>
void MainWindow::resetPasswords(const QList<Account> &accounts)
{
    if (accounts.isEmpty() || !isSignedIn() || !m_store || m_activeRun)
        return;
    const ResetSplit<Account> split = splitForReset(accounts);
    const QList<Account> &resettable = split.resettable;
    const QList<Account> &neverNotified = split.neverNotified;
    const QString title = tr("Reset the passwords");
    if (resettable.isEmpty()) {
        // Nothing to reset: these accounts have no password yet. Notifying them is what gives one.
        const auto answer = MessageBox::question(
            this, title,
            tr("%n account(s) were never notified: they have no password to reset. Notify them instead?", nullptr,
               int(neverNotified.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            notifyAccounts(neverNotified);
        return;
    }
    QString text = tr("Reset the passwords of %n account(s)?", nullptr, int(resettable.size())) + u"\n\n"_s
                   + tr("Their current passwords stop working at once. New letters with the new provisional "
                        "passwords follow: hand them out, or the account holders cannot sign in.");
    if (!neverNotified.isEmpty())
        text += u"\n\n"_s + tr("%n account(s) never notified are left out: they have no password yet; notify them "
                                "instead.", nullptr, int(neverNotified.size()));
    if (MessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto run = NotificationRun::createPasswordReset(m_session->client(), m_store.get(), m_uai, resettable);
    if (!run) {
        setStatus(run.error().message, true);
        MessageBox::warning(this, title, run.error().message);
        return;
    }
    untick(resettable);
    followRun(run.takeValue().release());
}

bool MainWindow::showsGuardians() const
{
    if (isSignedIn())
        return m_session->mayManage(AccountKind::Guardian);
    return m_settings.value(Settings::Key::LastManagesGuardians).toBool();
}

void MainWindow::updateGuardiansTab()
{
    const int index = m_tabs->indexOf(m_guardiansPage);
    m_tabs->setTabVisible(index, showsGuardians());
}

void MainWindow::followRun(NotificationRun *run)
{
    run->setParent(this);
    m_activeRun = run;
    auto *progress = new QProgressDialog(run->record().resetOnly ? tr("Resetting the passwords…")
                                                                 : tr("Notifying the accounts…"),
                                         tr("Cancel"), 0, run->total(), this);
    progress->setObjectName(u"notifyProgress"_s);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(run, &NotificationRun::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, run, &NotificationRun::cancel);
    connect(run, &NotificationRun::finished, this, [this, run, progress](const Result<void> &result) {
        disconnect(run, nullptr, progress, nullptr);
        progress->deleteLater();
        if (!result)
            return runStopped(run, result.error()); // a resume completes it, paper letters included
        m_activeRun = nullptr;
        const CredentialBatch batch = run->takeBatch();
        const bool byEmail = run->record().channel == NotificationChannel::Email;
        run->deleteLater();
        updateActions(); // the banner and every action a run held
        if (byEmail) {
            // Nothing to print: say what went, and who was left out (an address removed since the
            // last sync comes back skipped).
            QString status = tr("%n e-mail(s) sent by the server.", nullptr, int(batch.emailed().size()));
            if (!batch.skipped().isEmpty())
                status += u' ' + tr("%n account(s) skipped (no e-mail address, or not an account here).", nullptr,
                                    int(batch.skipped().size()));
            setStatus(status, !batch.skipped().isEmpty());
        } else {
            showLetters(batch, run->kind(), QString());
        }
        // The paper letters of the accounts without an address, in the same flow.
        auto next = std::exchange(m_afterRun, {});
        if (next.runId == run->runId() && next.then)
            next.then(batch);
        else
            startSync(); // states and notification dates changed on the server
    });
    updateActions();
    run->start();
}

void MainWindow::runStopped(NotificationRun *run, const Error &error)
{
    const NotificationRecord &record = run->record();
    const QString text =
        NotificationRun::stoppedMessage(record, error) + u"\n\n"_s
        + tr("No account will be notified twice: resuming sends the rest with the same requests.\n\n"
             "Retry: resume now.\nClose: resume later (the banner at the top of the window).\n"
             "Abandon: notify no one else, and get the letters issued so far.");
    const auto answer = MessageBox::question(this, tr("Notification stopped"), text,
                                             QMessageBox::Retry | QMessageBox::Close | QMessageBox::Abort,
                                             QMessageBox::Retry);
    if (answer == QMessageBox::Retry && isSignedIn()) {
        disconnect(run, nullptr, this, nullptr);
        followRun(run); // goes on with the letters already here
        return;
    }
    disconnect(run, nullptr, this, nullptr);
    if (answer == QMessageBox::Abort)
        return abandonRun(run, error.message);
    // Later: the letters issued so far are fetched again when the run is resumed.
    m_activeRun = nullptr;
    run->takeBatch().wipe();
    setStatus(tr("Notification stopped: resume it from the banner at the top of the window."), true);
    run->deleteLater();
    updatePendingRunBanner();
    updateActions();
    startSync();
}

void MainWindow::abandonRun(NotificationRun *run, const QString &problem)
{
    run->setParent(this);
    m_activeRun = run;
    updateActions();
    connect(run, &NotificationRun::finished, this, [this, run, problem](const Result<void> &result) {
        m_activeRun = nullptr;
        CredentialBatch batch = run->takeBatch();
        if (!result) {
            // A chunk in doubt could not be confirmed: the run stays pending, nothing is lost.
            batch.wipe();
            const QString message =
                tr("The notification could not be abandoned yet: %n account(s) may have been notified without "
                   "their letter, and the server must confirm it first (%1). It stays in the banner.",
                   nullptr, run->inDoubt())
                    .arg(result.error().message);
            setStatus(message, true);
            MessageBox::warning(this, tr("Notification"), message);
        } else if (!batch.letters().isEmpty()) {
            showLetters(batch, run->kind(), problem);
        } else {
            setStatus(tr("Notification abandoned. The letters already issued can be printed again with "
                         "\"Print a batch again…\"."));
        }
        run->deleteLater();
        updatePendingRunBanner();
        updateActions();
        startSync();
    });
    run->abandon();
}

void MainWindow::resumePendingRun()
{
    if (m_pendingRunId.isEmpty() || !m_store || !isSignedIn() || m_activeRun)
        return;
    auto run = NotificationRun::resume(m_session->client(), m_store.get(), m_pendingRunId);
    if (!run) {
        setStatus(run.error().message, true);
        return updatePendingRunBanner();
    }
    followRun(run.takeValue().release());
}

void MainWindow::abandonPendingRun()
{
    if (m_pendingRunId.isEmpty() || !m_store || m_activeRun)
        return;
    const auto answer = MessageBox::question(
        this, tr("Abandon the notification?"),
        tr("The accounts not yet notified will not be. The letters already issued stay available in "
           "\"Print a batch again…\" while they are valid. Abandon?"));
    if (answer != QMessageBox::Yes)
        return;
    auto run = NotificationRun::resume(m_session ? m_session->client() : nullptr, m_store.get(), m_pendingRunId);
    if (!run) {
        setStatus(run.error().message, true);
        return updatePendingRunBanner();
    }
    abandonRun(run.takeValue().release(), QString());
}

QString MainWindow::currentLogin() const
{
    return isSignedIn() ? m_session->client()->login() : m_settings.string(Settings::Key::Login);
}

void MainWindow::updatePendingRunBanner()
{
    QList<NotificationRecord> pending =
        m_store && !m_uai.isEmpty() ? m_store->pendingRuns(m_uai, currentLogin()) : QList<NotificationRecord>();
    // The run being sent has not stopped: it shows here only once it has.
    if (m_activeRun)
        pending.removeIf([id = m_activeRun->runId()](const NotificationRecord &r) { return r.runId == id; });
    m_pendingRunId = pending.isEmpty() ? QString() : pending.first().runId;
    m_pendingBanner->setVisible(!pending.isEmpty());
    if (pending.isEmpty())
        return;
    const NotificationRecord &r = pending.first();
    // A long list of classes would crowd the window: the first few, then how many more.
    constexpr int kClassesShown = 4;
    const QString classes =
        r.classes.size() <= kClassesShown
            ? r.classes.join(u", "_s)
            : tr("%1 and %n other class(es)", nullptr, int(r.classes.size()) - kClassesShown)
                  .arg(r.classes.mid(0, kClassesShown).join(u", "_s));
    // "Confirmed": a chunk sent just before the app closed may be done on the server unbeknown to
    // it; the resume finds out (same key), and nobody is notified twice.
    m_pendingLabel->setText(
        tr("A notification started on %1 stopped part-way: the server confirmed %n of %2 account(s) (%3).", nullptr,
           r.doneAccountCount())
            .arg(QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat))
            .arg(r.accountCount())
            .arg(classes));
    m_pendingLabel->setToolTip(plainToolTip(r.classes.join(u", "_s)));
    const bool signedIn = isSignedIn();
    const bool canResume = signedIn && m_online && !m_activeRun;
    m_resumeButton->setEnabled(canResume);
    m_resumeButton->setToolTip(canResume   ? QString()
                               : signedIn ? tr("The server cannot be reached: resuming needs it.")
                                          : tr("Resuming needs the server: sign in first."));
    m_abandonButton->setEnabled(!m_activeRun);
}

void MainWindow::showLetters(const CredentialBatch &batch, AccountKind kind, const QString &problem)
{
    if (batch.letters().isEmpty() && !problem.isEmpty()) {
        setStatus(tr("Notification failed: %1").arg(problem), true);
        MessageBox::warning(this, tr("Notification"), tr("Notification failed: %1").arg(problem));
        return;
    }
    if (!m_store)
        return;
    auto set = letterSet(kind, batch, *m_store, m_uai);
    if (!set) {
        setStatus(set.error().message, true);
        MessageBox::warning(this, tr("Letters"), set.error().message);
        return;
    }
    QSet<QString> classes;
    for (const Letter &l : set.value().letters)
        classes.insert(l.className);
    QString name = u"courriers-educonnect-%1"_s.arg(set.value().context.issuedOn.toString(Qt::ISODate));
    if (classes.size() == 1)
        name += u'-' + QString(*classes.cbegin()).replace(QRegularExpression(u"[^\\w-]+"_s), u"_"_s);
    const int count = int(set.value().letters.size());

    m_batchDialog = new BatchDialog(set.takeValue(), batch, problem, &m_settings, this);
    m_batchDialog->setObjectName(u"batchDialog"_s);
    m_batchDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_batchDialog->setSuggestedFileName(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + u".pdf"_s));
    m_batchDialog->open();
    setStatus(tr("%n letter(s) ready.", nullptr, count));
}

void MainWindow::openReprint()
{
    if (!m_store || !isSignedIn())
        return;
    auto *dialog = new ReprintDialog(m_store->notificationRecords(m_uai, QDateTime::currentDateTimeUtc()), this);
    dialog->setObjectName(u"reprintDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReprintDialog::reprintRequested, this, [this, dialog](const NotificationRecord &record) {
        m_session->fetchRunLetters(
            record.runId, [this, dialog = QPointer<ReprintDialog>(dialog)](Result<CredentialBatch> batch, AccountKind kind) {
                if (!batch) {
                    if (dialog)
                        dialog->showError(tr("The letters cannot be fetched again: %1").arg(batch.error().message));
                    return;
                }
                if (!dialog)
                    return; // closed while the letters were on their way: the user changed their mind
                dialog->accept();
                showLetters(batch.value(), kind, QString());
            });
    });
    dialog->open();
}

void MainWindow::openAccountDetail(AccountKind kind, const QString &accountId)
{
    if (!m_store || m_uai.isEmpty() || accountId.isEmpty())
        return;
    AccountDetailDialog::Source source;
    source.store = m_store.get();
    source.uai = m_uai;
    source.guardiansAllowed = showsGuardians();
    if (isSignedIn() && m_online)
        source.client = m_session->client();
    else
        source.whyNoServer = isSignedIn() ? tr("The server cannot be reached: this needs it.")
                                          : tr("Sign in first: this needs the server.");
    auto *dialog = new AccountDetailDialog(source, kind, accountId, this);
    dialog->setObjectName(u"accountDetailDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The detail's actions go through the same flows as the lists'.
    auto act = [this](AccountKind which, const QString &id, bool reset) {
        if (which == AccountKind::Student) {
            auto pupils = m_store->students(m_uai);
            for (const Student &s : pupils ? pupils.value() : QList<Student>())
                if (s.id == id)
                    return reset ? resetPasswords<Student>({s}) : notify({s});
        } else {
            auto guardians = m_store->guardians(m_uai);
            for (const Guardian &g : guardians ? guardians.value() : QList<Guardian>())
                if (g.id == id)
                    return reset ? resetPasswords<Guardian>({g}) : notifyGuardians({g});
        }
    };
    connect(dialog, &AccountDetailDialog::notifyRequested, this,
            [act](AccountKind which, const QString &id) { act(which, id, false); });
    connect(dialog, &AccountDetailDialog::resetRequested, this,
            [act](AccountKind which, const QString &id) { act(which, id, true); });
    // A corrected address is the server's now: bring the cache up to date.
    connect(dialog, &AccountDetailDialog::activationEmailSent, this, [this] { startSync(); });
    dialog->open();
}

void MainWindow::openAccountList(AccountsPage *page)
{
    if (!m_store || m_uai.isEmpty())
        return;
    AccountListDialog::Source source;
    source.store = m_store.get();
    source.uai = m_uai;
    source.kind = page->model()->kind();
    source.filter = page->proxy()->filter();
    source.checked = page->model()->checkedIds();
    source.shownCount = page->proxy()->rowCount();
    if (isSignedIn() && m_online)
        source.client = m_session->client();
    else
        source.whyNoServer = isSignedIn() ? tr("The server cannot be reached: the passwords are only on the server.")
                                          : tr("Sign in to show passwords: they are only on the server.");
    auto *dialog = new AccountListDialog(source, this);
    dialog->setObjectName(u"accountListDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountListDialog::written, this, [this](const QString &path, int accounts) {
        setStatus(tr("List of %n account(s) written to %1.", nullptr, accounts).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void MainWindow::updateHeader()
{
    HeaderBar::State state;
    state.establishment = m_store && !m_uai.isEmpty() ? m_store->establishment(m_uai) : std::nullopt;
    state.userName = m_userName;
    state.role = isSignedIn() ? m_session->role() : UserRole::None;
    state.online = m_online;
    state.since = m_connectionSince;
    state.lastSync = m_store && !m_uai.isEmpty() ? m_store->syncState(m_uai).lastSyncAt : QDateTime();
    m_header->setState(state);
}

void MainWindow::setOnline(bool online)
{
    if (online != m_online)
        m_connectionSince = Clock::now();
    m_online = online;
}

bool MainWindow::isSignedIn() const
{
    return m_session && m_session->isSignedIn();
}

void MainWindow::updateActions()
{
    const bool signedIn = isSignedIn();
    const bool locked = m_lock->isLocked();
    m_syncAction->setEnabled(signedIn && !isSyncing() && !locked);
    m_syncAction->setToolTip(!signedIn    ? tr("Sign in to synchronize: it needs the server.")
                             : isSyncing() ? tr("A synchronization is running.")
                                           : tr("Synchronize with the server (F5)"));
    m_signOutAction->setEnabled(signedIn && !m_activeRun && !locked);
    m_signInAction->setEnabled(!m_activeRun && !locked);
    updatePendingRunBanner();
    const QString why = signedIn ? tr("The server cannot be reached: notifying needs it.")
                                 : tr("Sign in to notify accounts: it needs the server.");
    m_studentsPage->setServerActionsEnabled(signedIn && m_online, why);
    // The activation addresses: the head of establishment's, online.
    const bool mayChangeAddresses = signedIn && m_session->mayChangeAddresses();
    m_settingsPage->setServer(signedIn && m_online && mayChangeAddresses ? m_session->client() : nullptr, m_uai,
                              !signedIn          ? tr("Sign in to change the addresses: the server keeps them.")
                              : !m_online        ? tr("The server cannot be reached: it keeps the addresses.")
                              : !mayChangeAddresses ? tr("Only the head of establishment may change the addresses.")
                                                    : QString());
    m_homePage->setServerActionsEnabled(signedIn && m_online && !m_activeRun,
                                        m_activeRun ? tr("A notification is running.") : why);
    m_guardiansPage->setServerActionsEnabled(signedIn && m_online, why);
    updateGuardiansTab();
}

void MainWindow::setStatus(const QString &message, bool error)
{
    m_statusLabel->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_statusLabel->setText(message);
}

bool MainWindow::signOut()
{
    if (!isSignedIn() || m_activeRun)
        return false;
    if (m_batchDialog && !m_batchDialog->wasDelivered()) {
        const auto answer = MessageBox::question(
            this, tr("Sign out?"),
            tr("Letters were neither saved nor printed: signing out drops them, and their provisional passwords "
               "with them. Sign out anyway?"));
        if (answer != QMessageBox::Yes)
            return false;
    }
    // Every letter in memory goes with the session.
    if (m_batchDialog)
        m_batchDialog->discard();
    m_session->signOut();
    forgetUser();
    setStatus(tr("Signed out. The cached lists stay available offline."));
    return true;
}

void MainWindow::signOutAndUnlock()
{
    if (m_batchDialog)
        m_batchDialog->discard();
    if (isSignedIn())
        m_session->signOut();
    forgetUser();
    m_lock->closeHiddenAndUnlock();
    setStatus(tr("Signed out. The cached lists stay available offline."));
}

IdleWatcher *MainWindow::idleWatcher() const
{
    return m_lock->idleWatcher();
}

bool MainWindow::isLocked() const
{
    return m_lock->isLocked();
}

LockScreen *MainWindow::lockScreen() const
{
    return m_lock->lockScreen();
}

void MainWindow::forgetUser()
{
    setOnline(false);
    m_userName.clear();
    m_lock->forgetUser();
    m_homePage->setUser(QString());
    updateHeader();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_activeRun) {
        const auto answer = MessageBox::question(
            this, tr("Quit?"),
            tr("A notification is running. Quit anyway? It stops where it is, and the banner offers to resume it "
               "at the next start: nobody is notified twice."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // Stop it quietly: its record stays pending, and no dialog about it opens while quitting.
        disconnect(m_activeRun, nullptr, this, nullptr);
        m_activeRun->cancel();
    }
    if (m_batchDialog && !m_batchDialog->wasDelivered()) {
        const auto answer = MessageBox::question(
            this, tr("Quit?"), tr("Letters were neither saved nor printed. Quit anyway and lose them?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.sync();
    if (m_session && m_session->isSyncing())
        m_session->syncEngine()->cancel();
    event->accept();
}

} // namespace educonnect::ui
