#include "mainwindow.h"

#include "cli/sandboxlauncher.h"
#include "dialogs/batchdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/reprintdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "domain/notificationrecord.h"
#include "letters/pupilletter.h"
#include "models/studenttablemodel.h"
#include "pages/homepage.h"
#include "pages/studentspage.h"
#include "remote/apiclient.h"
#include "remote/notificationrun.h"
#include "remote/totp.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
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
      m_model(new StudentTableModel(this))
{
    setWindowTitle(tr("EduConnect – Account administration"));
    buildUi();
    restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray());
    updateHeader();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    // Header, like the web screens: establishment, user, connection, last sync.
    auto *header = new QWidget(this);
    header->setObjectName(u"headerBar"_s);
    header->setStyleSheet(u"#headerBar { background: #000091; } #headerBar QLabel { color: white; }"_s);
    m_establishmentLabel = new QLabel(header);
    m_establishmentLabel->setObjectName(u"establishmentLabel"_s);
    m_establishmentLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_establishmentLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_establishmentLabel->setFont(bold);
    m_userLabel = new QLabel(header);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setTextFormat(Qt::PlainText);
    m_connectionLabel = new QLabel(header);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_lastSyncLabel = new QLabel(header);
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->addWidget(m_establishmentLabel);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_userLabel);
    headerLayout->addSpacing(16);
    headerLayout->addWidget(m_connectionLabel);
    headerLayout->addSpacing(16);
    headerLayout->addWidget(m_lastSyncLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_homePage = new HomePage(m_model, m_tabs);
    m_studentsPage = new StudentsPage(m_model, m_tabs);
    m_tabs->addTab(m_homePage, tr("Home"));
    m_tabs->addTab(m_studentsPage, tr("Pupils"));
    connect(m_homePage, &HomePage::openStudentsRequested, this, [this]() { m_tabs->setCurrentWidget(m_studentsPage); });
    connect(m_studentsPage, &StudentsPage::notifyRequested, this, &MainWindow::notify);
    connect(m_studentsPage, &StudentsPage::reprintRequested, this, &MainWindow::openReprint);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_syncAction = new QAction(tr("&Synchronize"), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::startSync);
    m_signInAction = new QAction(tr("Sign &in…"), this);
    m_signInAction->setObjectName(u"signInAction"_s);
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::showSignIn);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signInAction);
    file->addAction(m_syncAction);
    file->addSeparator();
    file->addAction(quit);
    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->addAction(m_signInAction);
    toolbar->addAction(m_syncAction);

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
        m_uai = m_settings.string(Settings::Key::LastUai);
        loadFromCache();
    }

    if (m_options.demo) {
        setStatus(tr("Starting the demo sandbox…"));
        m_sandbox = new SandboxLauncher(this);
        connect(m_sandbox, &SandboxLauncher::ready, this, &MainWindow::connectWith);
        connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
            setStatus(message, true);
            MessageBox::warning(this, tr("Demo"), message);
        });
        m_sandbox->start(m_options.demoDataDir.isEmpty() ? SandboxLauncher::defaultDemoDataDir()
                                                         : m_options.demoDataDir);
        return;
    }
    showSignIn();
}

void MainWindow::connectWith(const ConnectionInfo &info)
{
    ServerConfig config;
    config.baseUrl = info.baseUrl;
    if (!info.caCertificatePath.isEmpty()) {
        auto ca = loadCaCertificates(info.caCertificatePath);
        if (!ca)
            return setStatus(ca.error().message, true);
        config.extraCaCertificates = ca.value();
    }
    if (!info.uai.isEmpty())
        m_uai = info.uai;
    setStatus(tr("Signing in to %1…").arg(info.baseUrl.toDisplayString()));
    signIn(config, info.login, info.password, totpCode(info.totpSecret, QDateTime::currentDateTimeUtc()),
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
                ServerConfig config;
                config.baseUrl = QUrl(server);
                const QString caFile =
                    !m_options.caFile.isEmpty() ? m_options.caFile : m_settings.string(Settings::Key::CaFile);
                if (!caFile.isEmpty()) {
                    auto ca = loadCaCertificates(caFile);
                    if (!ca)
                        return m_signInDialog->showError(ca.error().message);
                    config.extraCaCertificates = ca.value();
                }
                signIn(config, login, password, otp, [this](const QString &error) {
                    if (!m_signInDialog)
                        return;
                    if (error.isEmpty())
                        m_signInDialog->accept();
                    else
                        m_signInDialog->showError(error);
                });
            });
    connect(m_signInDialog, &QDialog::rejected, this, [this]() {
        if (!m_client || !m_client->isSignedIn())
            setStatus(tr("Offline: you can browse the cached lists. Sign in to notify accounts."));
    });
    m_signInDialog->open();
}

void MainWindow::signIn(const ServerConfig &config, const QString &login, const QString &password,
                        const QString &otp, const std::function<void(const QString &)> &done)
{
    if (m_client)
        m_client->deleteLater();
    m_client = new ApiClient(config, this);
    connect(m_client, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        m_online = reachable && m_client && m_client->isSignedIn();
        updateHeader();
        updateActions();
    });
    connect(m_client, &ApiClient::sessionExpired, this, [this]() {
        m_online = false;
        updateHeader();
        updateActions();
        setStatus(tr("The session expired: sign in again."), true);
    });
    m_client->signIn(login, password, otp,
                     [this, done, login, url = config.baseUrl](Result<json::SessionUser> user) {
                         if (!user)
                             return done(user.error().message);
                         const auto &establishments = user.value().establishments;
                         if (establishments.isEmpty())
                             return done(tr("This account manages no establishment."));
                         bool known = false;
                         for (const Establishment &e : establishments)
                             known = known || e.uai == m_uai;
                         if (!known)
                             m_uai = establishments.first().uai;
                         m_userName = user.value().name;
                         m_online = true;
                         m_settings.setValue(Settings::Key::ServerUrl, url.toString());
                         m_settings.setValue(Settings::Key::Login, login);
                         m_settings.setValue(Settings::Key::LastUai, m_uai);
                         m_homePage->setUser(m_userName);
                         delete m_sync;
                         if (m_store)
                             m_sync = new SyncEngine(m_client, m_store.get(), this);
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
    if (const auto e = m_store->establishment(m_uai))
        m_homePage->setEstablishment(*e);
    updateHeader();
}

bool MainWindow::isSyncing() const
{
    return m_sync && m_sync->isRunning();
}

void MainWindow::startSync()
{
    if (!m_sync || !m_client || !m_client->isSignedIn() || m_sync->isRunning())
        return;
    setStatus(tr("Synchronizing…"));
    disconnect(m_sync, nullptr, this, nullptr);
    connect(m_sync, &SyncEngine::finished, this, [this](const Result<SyncReport> &report) {
        if (report) {
            setStatus(tr("Synchronized: %n change(s) received.", nullptr,
                         report.value().upserted + report.value().removed));
            loadFromCache();
        } else {
            setStatus(tr("Synchronization failed: %1").arg(report.error().message), true);
        }
        updateActions();
        emit syncFinished(report.ok());
    });
    m_sync->syncStudents(m_uai);
    updateActions();
}

void MainWindow::notify(const QList<Student> &students)
{
    if (students.isEmpty() || !m_client || !m_client->isSignedIn())
        return;
    QStringList ids;
    for (const Student &s : students)
        ids << s.id;
    auto *dialog = new NotifyDialog(students, this);
    dialog->setObjectName(u"notifyDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, students]() {
        auto *run = new NotificationRun(m_client, m_uai, ids, dialog->reset(), this);
        auto *progress = new QProgressDialog(tr("Notifying the accounts…"), tr("Cancel"), 0, int(ids.size()), this);
        progress->setObjectName(u"notifyProgress"_s);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        connect(run, &NotificationRun::progress, progress, &QProgressDialog::setValue);
        connect(progress, &QProgressDialog::canceled, run, &NotificationRun::cancel);
        const bool reset = dialog->reset();
        connect(run, &NotificationRun::finished, this,
                [this, run, progress, students, reset](const Result<void> &result) {
            progress->deleteLater();
            const CredentialBatch batch = run->takeBatch();
            run->deleteLater();
            // Remember the run (ids and counts only) so it can be printed again while valid.
            if (m_store && !batch.letters().isEmpty()) {
                if (auto saved = m_store->saveNotificationRecord(notificationRecordFor(m_uai, batch, students, reset));
                    !saved)
                    setStatus(saved.error().message, true);
            }
            m_model->clearChecked();
            showLetters(batch, students, result ? QString() : result.error().message);
            startSync(); // states and notification dates changed on the server
        });
        run->start();
    });
    dialog->open();
}

void MainWindow::showLetters(const CredentialBatch &batch, const QList<Student> &students, const QString &problem)
{
    if (batch.letters().isEmpty() && !problem.isEmpty()) {
        setStatus(tr("Notification failed: %1").arg(problem), true);
        MessageBox::warning(this, tr("Notification"), tr("Notification failed: %1").arg(problem));
        return;
    }
    const LetterContext context =
        pupilLetterContext(m_store ? m_store->establishment(m_uai) : std::nullopt, m_uai, batch.createdAt());
    const QList<PupilLetter> letters = pupilLetters(batch, students);

    QSet<QString> classes;
    for (const PupilLetter &l : letters)
        classes.insert(l.className);
    QString name = u"courriers-educonnect-%1"_s.arg(context.issuedOn.toString(Qt::ISODate));
    if (classes.size() == 1)
        name += u'-' + QString(*classes.cbegin()).replace(QRegularExpression(u"[^\\w-]+"_s), u"_"_s);

    m_batchDialog = new BatchDialog(context, letters, batch, problem, &m_settings, this);
    m_batchDialog->setObjectName(u"batchDialog"_s);
    m_batchDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_batchDialog->setSuggestedFileName(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + u".pdf"_s));
    m_batchDialog->open();
    setStatus(tr("%n letter(s) ready.", nullptr, int(letters.size())));
}

void MainWindow::openReprint()
{
    if (!m_store || !m_client || !m_client->isSignedIn())
        return;
    auto *dialog = new ReprintDialog(m_store->notificationRecords(m_uai, QDateTime::currentDateTimeUtc()), this);
    dialog->setObjectName(u"reprintDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReprintDialog::reprintRequested, this, [this, dialog](const NotificationRecord &record) {
        m_client->fetchNotificationBatches(
            m_uai, record.batchIds, [this, dialog = QPointer<ReprintDialog>(dialog)](Result<CredentialBatch> batch) {
                if (!batch) {
                    if (dialog)
                        dialog->showError(tr("The letters cannot be fetched again: %1").arg(batch.error().message));
                    return;
                }
                if (dialog)
                    dialog->accept();
                auto students = m_store->students(m_uai);
                showLetters(batch.value(), students ? students.value() : QList<Student>(), QString());
            });
    });
    dialog->open();
}

void MainWindow::updateHeader()
{
    const auto establishment = m_store && !m_uai.isEmpty() ? m_store->establishment(m_uai) : std::nullopt;
    m_establishmentLabel->setText(establishment ? u"%1  %2"_s.arg(establishment->uai, establishment->name)
                                                : tr("No establishment yet"));
    m_userLabel->setText(m_userName);
    m_connectionLabel->setText(m_online ? tr("● Online") : tr("● Offline"));
    m_connectionLabel->setAccessibleName(m_online ? tr("Online") : tr("Offline"));
    const QDateTime last = m_store && !m_uai.isEmpty() ? m_store->syncState(m_uai).lastSyncAt : QDateTime();
    m_lastSyncLabel->setText(last.isValid() ? tr("Last sync: %1")
                                                  .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                                            : tr("Never synchronized"));
}

void MainWindow::updateActions()
{
    const bool signedIn = m_client && m_client->isSignedIn();
    m_syncAction->setEnabled(signedIn && !isSyncing());
    m_studentsPage->setServerActionsEnabled(signedIn && m_online,
                                            signedIn ? tr("The server cannot be reached: notifying needs it.")
                                                     : tr("Sign in to notify accounts: it needs the server."));
}

void MainWindow::setStatus(const QString &message, bool error)
{
    m_statusLabel->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_statusLabel->setText(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
    if (m_sync)
        m_sync->cancel();
    event->accept();
}

} // namespace educonnect::ui
