// A notification run that stops part-way, as the window handles it: the question (Retry, Close,
// Abort), the banner that resumes it later (also after the app was closed mid-run), the letters at
// the end; then signing out, and a window that opens on what the command line synced. Offscreen,
// against real sandboxes over TLS, each scenario with its own sandbox (faults count a route's
// requests from the server's start), window and data folder.

#include "cache/store.h"
#include "dialogs/batchdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/reprintdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "mainwindow.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/multiselectbutton.h"
#include "workflows/notificationrun.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {

constexpr int kPupils = 450; // three chunks: 200, 200, 50
constexpr int kTimeoutMs = 60000;

const QString kServerPassword = u"SELECT provisional_password FROM pupils WHERE login = ?"_s;

} // namespace

class TestRunFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    // Answers any real message box that the seams did not (it would block the test), and keeps
    // its text so that the scenario fails saying which.
    QTimer m_boxGuard;
    QStringList m_unexpectedBoxes;

    QString path(const QString &name) const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/' + name);
    }

    template <typename T> T *find(const QString &name) const
    {
        // The Élèves and Responsables tabs share their widgets' names: the pupils' first.
        T *widget = m_window->studentsPage()->findChild<T *>(name);
        if (!widget)
            widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }

    // The window as the app starts it on this scenario's data folder: cache opened, sign-in
    // dialog shown, nobody signed in.
    void openWindow()
    {
        m_window.reset();
        AppOptions options;
        options.paths = DataPaths(path(u"data"_s));
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_window->start();
    }

    [[nodiscard]] bool startSandbox(int pupils, const QStringList &faults = {})
    {
        m_sandbox = std::make_unique<testsupport::Sandbox>();
        return m_sandbox->start(sandboxArguments(pupils, faults));
    }

    static QStringList sandboxArguments(int pupils, const QStringList &faults = {})
    {
        QStringList args{u"--pupils"_s, QString::number(pupils), u"--seed"_s, u"11"_s};
        for (const QString &fault : faults)
            args << u"--fault"_s << fault;
        return args;
    }

    // Signs the window in to the scenario's sandbox (without the dialog) and waits for the sync.
    [[nodiscard]] bool signInAndSync(int pupils)
    {
        if (auto *dialog = m_window->findChild<SignInDialog *>())
            dialog->reject();
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->connectWith(m_sandbox->info());
        if (!QTest::qWaitFor([&]() { return !synced.isEmpty(); }, kTimeoutMs) ||
            !synced.last().first().toBool())
            return false;
        return m_window->isSignedIn() && m_window->studentModel()->rowCount() == pupils;
    }

    // Ticks every pupil, confirms the notification (with a reset: every letter then has a new
    // password) and returns at once: the run goes on in the window.
    [[nodiscard]] bool notifyEveryone(bool reset)
    {
        auto *notify = find<QPushButton>(u"notifyButton"_s);
        if (!notify)
            return false;
        m_window->studentsPage()->resetCriteria();
        m_window->studentModel()->setChecked(m_window->studentsPage()->proxy()->visibleSourceRows(), true);
        if (!QTest::qWaitFor([notify]() { return notify->isEnabled(); }))
            return false;
        notify->click();
        NotifyDialog *confirm = nullptr;
        if (!QTest::qWaitFor([&]() {
                return (confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr;
            }))
            return false;
        confirm->setReset(reset);
        confirm->accept();
        return true;
    }

    BatchDialog *waitForLetters() const
    {
        BatchDialog *letters = nullptr;
        const bool shown = QTest::qWaitFor(
            [&]() { return (letters = m_window->batchDialog()) != nullptr && letters->isVisible(); },
            kTimeoutMs);
        return shown ? letters : nullptr;
    }

    // Saves the letters, one per page (the official layout), to `pdf`.
    [[nodiscard]] static bool saveLetters(BatchDialog *letters, const QString &pdf)
    {
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        FileDialog::setNextFileName(pdf);
        letters->savePdf();
        return jobs.wait(kTimeoutMs) && jobs.first().first().toBool();
    }

    // Reads the saved letters back: one page per account, each with the password the server holds
    // for that account now (a second reset after the letter was made would change it). Empty when
    // they are all right, else what is wrong.
    QString checkLettersAgainstServer(const QString &pdf, int expected) const
    {
        const QStringList pages = testsupport::pdfPages(pdf);
        if (pages.size() != expected)
            return u"%1 pages, %2 expected"_s.arg(pages.size()).arg(expected);
        const QRegularExpression loginLine(u"Identifiant[\\s\\x{00A0}]*:[\\s\\x{00A0}]*(\\S+)"_s);
        const QRegularExpression passwordLine(
            u"Mot de passe provisoire[\\s\\x{00A0}]*:[\\s\\x{00A0}]*([A-Z0-9]{8})\\b"_s);
        QSet<QString> logins;
        for (int i = 0; i < pages.size(); ++i) {
            const auto login = loginLine.match(pages.at(i));
            const auto password = passwordLine.match(pages.at(i));
            if (!login.hasMatch() || !password.hasMatch())
                return u"page %1 has no identifier or no password:\n%2"_s.arg(i + 1).arg(pages.at(i));
            const QString onServer = m_sandbox->serverValue(kServerPassword, login.captured(1));
            if (onServer != password.captured(1))
                return u"page %1: %2 has %3 on the letter, %4 on the server"_s.arg(i + 1).arg(
                    login.captured(1), password.captured(1), onServer);
            logins.insert(login.captured(1));
        }
        if (logins.size() != expected)
            return u"%1 distinct accounts in %2 letters"_s.arg(logins.size()).arg(expected);
        return {};
    }

    // A second look at the window's cache, as the app would read it at its next start.
    std::unique_ptr<Store> cache() const
    {
        auto store = Store::open(DataPaths(path(u"data"_s)).cacheFile());
        return store ? store.takeValue() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_boxGuard.setInterval(50);
        connect(&m_boxGuard, &QTimer::timeout, this, [this]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            m_unexpectedBoxes << box->windowTitle() + u": "_s + box->text();
            box->reject();
        });
    }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_unexpectedBoxes.clear();
        m_boxGuard.start();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_sandbox.reset();
        m_boxGuard.stop();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(u'\n')));
    }

    // Chunk 2's answer is lost, again and again: the run stops after 200 accounts; "Close" leaves
    // a banner. The server comes back healthy (restarted, a new session), and the banner's Resume
    // completes the run: every letter, each with the server's current password, no second reset.
    void resumesFromTheBannerAfterTheServerComesBack()
    {
        QVERIFY(startSandbox(kPupils, {u"notifications:drop-response:2+"_s}));
        QVERIFY(signInAndSync(kPupils));
        auto *banner = find<QWidget>(u"pendingRunBanner"_s);
        auto *label = find<QLabel>(u"pendingRunLabel"_s);
        auto *resume = find<QPushButton>(u"resumeRunButton"_s);
        auto *abandon = find<QPushButton>(u"abandonRunButton"_s);
        QVERIFY(banner);
        QVERIFY(label);
        QVERIFY(resume);
        QVERIFY(abandon);
        QVERIFY(!banner->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Close);
        QVERIFY(notifyEveryone(true));
        QVERIFY(!banner->isVisible()); // a run being sent has not stopped
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeoutMs);
        QVERIFY2(label->text().contains(u"200 of %1"_s.arg(kPupils)), qPrintable(label->text()));
        QVERIFY(!m_window->batchDialog()); // later: no letters now
        // Once the server answers again (the window syncs after the stop), it can be resumed.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSyncing(), kTimeoutMs);
        QTRY_VERIFY(resume->isEnabled());
        QVERIFY(abandon->isEnabled());
        uitest::snapshot(m_window.get(), u"pending-run-banner"_s);
        // The run is in the cache, resumable, with its first chunk answered; chunk 2 was processed
        // by the server although its answer never came.
        {
            auto store = cache();
            QVERIFY(store);
            const auto pending = store->pendingRuns(m_sandbox->info().uai, m_sandbox->info().login);
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().doneAccountCount(), 200);
        }
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s);

        // Same data, no fault, a new port and CA: the old session is gone, sign in again.
        QVERIFY(m_sandbox->restart(sandboxArguments(kPupils)));
        QVERIFY(signInAndSync(kPupils));
        QVERIFY(banner->isVisible()); // still pending after a new sign-in
        QTRY_VERIFY(resume->isEnabled());
        resume->click();

        BatchDialog *letters = waitForLetters();
        QVERIFY(letters);
        QTRY_VERIFY(!banner->isVisible());
        const QString pdf = path(u"letters.pdf"_s);
        QVERIFY(saveLetters(letters, pdf));
        QCOMPARE(testsupport::pdfPageCount(pdf), kPupils);
        const QString wrong = checkLettersAgainstServer(pdf, kPupils);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"3"_s); // chunk 2 not made twice
        {
            auto store = cache();
            QVERIFY(store);
            QVERIFY(store->pendingRuns(m_sandbox->info().uai, m_sandbox->info().login).isEmpty());
        }
        letters->accept();
        QTRY_VERIFY(!m_window->batchDialog());
        QVERIFY(!banner->isVisible());
    }

    // Chunk 2's answer is lost for six requests: enough to stop the run whether or not Qt sends each
    // of the client's three tries twice (it does here, on the connection the server cut). "Retry"
    // goes on at once with the same run object, which completes: every letter, every account reset
    // exactly once.
    void retriesAtOnceWithTheSameRun()
    {
        QVERIFY(startSandbox(kPupils, {u"notifications:drop-response:2x6"_s}));
        QVERIFY(signInAndSync(kPupils));
        auto *banner = find<QWidget>(u"pendingRunBanner"_s);
        QVERIFY(banner);

        MessageBox::setNextAnswer(QMessageBox::Retry);
        QVERIFY(notifyEveryone(true));
        QVERIFY(!banner->isVisible());
        QPointer<NotificationRun> run = m_window->findChild<NotificationRun *>();
        QVERIFY(run);
        const QString runId = run->runId();
        QSignalSpy finished(run.data(), &NotificationRun::finished);

        BatchDialog *letters = waitForLetters();
        QVERIFY(letters);
        // The same object stopped once, then finished: the Retry did not start a new run.
        QCOMPARE(finished.size(), 2);
        QVERIFY(!finished.first().first().value<Result<void>>().ok());
        QVERIFY(finished.last().first().value<Result<void>>().ok());
        QVERIFY(m_sandbox->log().contains(u"(fault)"_s));
        QVERIFY(!banner->isVisible());

        const QString pdf = path(u"letters.pdf"_s);
        QVERIFY(saveLetters(letters, pdf));
        QCOMPARE(testsupport::pdfPageCount(pdf), kPupils);
        const QString wrong = checkLettersAgainstServer(pdf, kPupils);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"3"_s);
        auto store = cache();
        QVERIFY(store);
        QVERIFY(store->pendingRuns(m_sandbox->info().uai, m_sandbox->info().login).isEmpty());
        QVERIFY(store->run(runId));
        QCOMPARE(store->run(runId)->status, NotificationRecord::Status::Complete);
        QCOMPARE(store->notificationRecords(m_sandbox->info().uai, QDateTime::currentDateTimeUtc()).size(),
                 1);
        letters->accept();
    }

    // "Abort": the run is recorded as abandoned, nothing more is sent, the 200 letters issued so
    // far are shown (and stay available for reprint), and no banner offers to resume it.
    // Chunk 2 fails three times (HTTP 503): the run stops; "Abort" sends chunk 2 once more with
    // its key (its outcome was unknown), then nothing else: the letters dialog has chunks 1 and 2,
    // chunk 3 is never sent, and the reprint list offers the abandoned run.
    void abortKeepsTheLettersIssuedSoFar()
    {
        QVERIFY(startSandbox(kPupils, {u"notifications:status:503:2x3"_s}));
        QVERIFY(signInAndSync(kPupils));
        auto *banner = find<QWidget>(u"pendingRunBanner"_s);
        auto *reprintButton = find<QPushButton>(u"reprintBatchButton"_s);
        QVERIFY(banner);
        QVERIFY(reprintButton);

        MessageBox::setNextAnswer(QMessageBox::Abort);
        QVERIFY(notifyEveryone(true));
        QPointer<NotificationRun> run = m_window->findChild<NotificationRun *>();
        QVERIFY(run);
        const QString runId = run->runId();

        BatchDialog *letters = waitForLetters();
        QVERIFY(letters);
        auto *problem = letters->findChild<QLabel *>(u"problemLabel"_s);
        QVERIFY(problem);
        QVERIFY(problem->isVisible()); // says the run stopped early
        QVERIFY(!banner->isVisible());
        const QString pdf = path(u"letters.pdf"_s);
        QVERIFY(saveLetters(letters, pdf));
        const QString wrong = checkLettersAgainstServer(pdf, 400);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        {
            auto store = cache();
            QVERIFY(store);
            QVERIFY(store->pendingRuns(m_sandbox->info().uai, m_sandbox->info().login).isEmpty());
            QVERIFY(store->run(runId));
            QCOMPARE(store->run(runId)->status, NotificationRecord::Status::Abandoned);
            QCOMPARE(store->run(runId)->letterCount, 400);
        }
        // Chunk 3 was never sent.
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s);

        // The reprint list offers the abandoned run.
        letters->accept();
        QTRY_VERIFY(!m_window->batchDialog());
        QTRY_VERIFY(reprintButton->isEnabled());
        reprintButton->click();
        ReprintDialog *reprint = nullptr;
        QTRY_VERIFY((reprint = m_window->findChild<ReprintDialog *>(u"reprintDialog"_s)) != nullptr);
        auto *runs = reprint->findChild<QTreeWidget *>(u"runList"_s);
        QVERIFY(runs);
        QCOMPARE(runs->topLevelItemCount(), 1);
        reprint->reject();
        QVERIFY(!banner->isVisible());
    }

    // Chunk 2 reached the server (its accounts were reset) but its answer is lost, and the server
    // keeps losing answers: "Abort" cannot be honoured yet, since those passwords would exist in no
    // letter. The run stays in the banner; once the server is healthy, the banner's "Abandon…"
    // gets chunk 2's letters (the batch the server made, no second reset) and stops there.
    void abandonNeverLosesTheLettersOfAChunkInDoubt()
    {
        QVERIFY(startSandbox(kPupils, {u"notifications:drop-response:2+"_s}));
        QVERIFY(signInAndSync(kPupils));
        auto *banner = find<QWidget>(u"pendingRunBanner"_s);
        auto *abandon = find<QPushButton>(u"abandonRunButton"_s);
        QVERIFY(banner);
        QVERIFY(abandon);
        MessageBox::setNextAnswer(QMessageBox::Abort);
        QVERIFY(notifyEveryone(true));
        // The abandon fails (the answer is lost again) and says so in a message box.
        QTRY_VERIFY_WITH_TIMEOUT(!m_unexpectedBoxes.isEmpty(), kTimeoutMs);
        QVERIFY2(m_unexpectedBoxes.first().contains(u"could not be abandoned yet"_s),
                 qPrintable(m_unexpectedBoxes.first()));
        m_unexpectedBoxes.clear();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!m_window->batchDialog());
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s);

        // The server comes back; the banner abandons, with chunk 2's letters.
        QVERIFY(m_sandbox->restart(sandboxArguments(kPupils)));
        QVERIFY(signInAndSync(kPupils));
        QTRY_VERIFY(abandon->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        abandon->click();
        BatchDialog *letters = waitForLetters();
        QVERIFY(letters);
        const QString pdf = path(u"chunk2.pdf"_s);
        QVERIFY(saveLetters(letters, pdf));
        const QString wrong = checkLettersAgainstServer(pdf, 200);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s);
        QTRY_VERIFY(!banner->isVisible());
    }

    // The app is closed while chunk 1 waits for its (late) answer: the window goes without a crash
    // and the run stays in the cache. At the next start the banner offers it, offline too (Resume
    // waits for a sign-in); resumed, chunk 1 is sent again with its key and the server returns the
    // batch it had made: every letter, no second reset.
    void aRunCutByClosingTheAppIsOfferedAtTheNextStart()
    {
        QVERIFY(startSandbox(kPupils, {u"notifications:delay:3000:1"_s}));
        QVERIFY(signInAndSync(kPupils));
        QVERIFY(notifyEveryone(true));
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = m_window->findChild<QProgressDialog *>(u"notifyProgress"_s)) != nullptr &&
                    progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s) == u"1"_s,
                                 kTimeoutMs);
        m_window.reset(); // before the answer comes

        openWindow();
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = m_window->findChild<SignInDialog *>()) != nullptr);
        signIn->reject();
        auto *banner = find<QWidget>(u"pendingRunBanner"_s);
        auto *label = find<QLabel>(u"pendingRunLabel"_s);
        auto *resume = find<QPushButton>(u"resumeRunButton"_s);
        QVERIFY(banner);
        QVERIFY(label);
        QVERIFY(resume);
        QVERIFY(banner->isVisible());
        QVERIFY2(label->text().contains(u"0 of %1"_s.arg(kPupils)), qPrintable(label->text()));
        QVERIFY(!resume->isEnabled());
        QVERIFY(!resume->toolTip().isEmpty()); // says why
        uitest::snapshot(m_window.get(), u"pending-run-banner-offline"_s);

        QVERIFY(signInAndSync(kPupils));
        QTRY_VERIFY(resume->isEnabled());
        resume->click();
        BatchDialog *letters = waitForLetters();
        QVERIFY(letters);
        QTRY_VERIFY(!banner->isVisible());
        const QString pdf = path(u"letters.pdf"_s);
        QVERIFY(saveLetters(letters, pdf));
        const QString wrong = checkLettersAgainstServer(pdf, kPupils);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(m_sandbox->serverValue(u"SELECT COUNT(*) FROM batches"_s), u"3"_s);
        letters->accept();
    }

    // « Se déconnecter » with letters neither saved nor printed asks first; "No" keeps everything,
    // "Yes" drops the letters, revokes the token on the server and leaves the cached lists.
    void signOutAsksThenRevokesTheSession()
    {
        QVERIFY(startSandbox(200));
        QVERIFY(signInAndSync(200));
        auto *signOutAction = find<QAction>(u"signOutAction"_s);
        auto *notify = find<QPushButton>(u"notifyButton"_s);
        auto *classes = find<MultiSelectButton>(u"classFilter"_s);
        auto *table = find<QTableView>(u"studentTable"_s);
        QVERIFY(signOutAction);
        QVERIFY(notify);
        QVERIFY(classes);
        QVERIFY(table);

        m_window->studentsPage()->resetCriteria();
        classes->setSelection({u"3e A"_s});
        m_window->studentModel()->setChecked(m_window->studentsPage()->proxy()->visibleSourceRows(), true);
        QTRY_VERIFY(notify->isEnabled());
        notify->click();
        NotifyDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr);
        confirm->accept();
        BatchDialog *letters = waitForLetters();
        QVERIFY(letters);
        QPointer<BatchDialog> guard = letters;
        QVERIFY(!letters->wasDelivered());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSyncing(), kTimeoutMs);
        QTRY_VERIFY(signOutAction->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_window->signOut());
        QVERIFY(m_window->isSignedIn());
        QVERIFY(guard);
        QVERIFY(letters->isVisible());
        QVERIFY(!m_sandbox->log().contains(u"DELETE /api/v1/session"_s));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        signOutAction->trigger(); // File > Se déconnecter
        QTRY_VERIFY(!guard);
        QVERIFY(!m_window->batchDialog());
        QVERIFY(!m_window->isSignedIn());
        QTRY_VERIFY2(m_sandbox->log().contains(u"DELETE /api/v1/session 204"_s),
                     qPrintable(m_sandbox->log()));
        QVERIFY(!signOutAction->isEnabled());
        m_window->studentsPage()->resetCriteria();
        QVERIFY(!notify->isEnabled());
        QVERIFY(!notify->toolTip().isEmpty());               // says why
        QCOMPARE(m_window->studentModel()->rowCount(), 200); // the cached lists stay
        QCOMPARE(table->model()->rowCount(), 200);
        uitest::snapshot(m_window.get(), u"signed-out"_s);
    }

    // The command line syncs an establishment into the shared cache; the window started afterwards
    // on the same data folder opens on it, offline, with its pupils.
    void opensOnTheEstablishmentTheCommandLineSynced()
    {
        QVERIFY(startSandbox(200));
        auto *establishment = find<QLabel>(u"establishmentLabel"_s);
        QVERIFY(establishment);
        QVERIFY(!establishment->text().contains(m_sandbox->info().uai)); // nothing cached yet
        m_window.reset(); // the app is closed while the command line runs

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"}) {
            const QString dir = path(QString::fromLatin1(var).toLower());
            QVERIFY(QDir().mkpath(dir));
            env.insert(QString::fromLatin1(var), dir);
        }
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s),
                  {u"letters"_s, u"--connection-file"_s, m_sandbox->connectionFile(), u"--class"_s, u"6e A"_s,
                   u"--output"_s, path(u"x.pdf"_s), u"--data-dir"_s, path(u"data"_s)});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));
        QVERIFY(testsupport::pdfPageCount(path(u"x.pdf"_s)) > 0);

        openWindow();
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = m_window->findChild<SignInDialog *>()) != nullptr);
        signIn->reject();
        QVERIFY(!m_window->isSignedIn());
        establishment = find<QLabel>(u"establishmentLabel"_s);
        auto *table = find<QTableView>(u"studentTable"_s);
        QVERIFY(establishment);
        QVERIFY(table);
        const QString uai = m_sandbox->info().uai;
        const QString name = m_sandbox->serverValue(u"SELECT name FROM establishments WHERE uai = ?"_s, uai);
        QVERIFY(!name.isEmpty());
        QVERIFY2(establishment->text().contains(uai), qPrintable(establishment->text()));
        QVERIFY2(establishment->text().contains(name), qPrintable(establishment->text()));
        const int onServer =
            m_sandbox->serverValue(u"SELECT COUNT(*) FROM pupils WHERE uai = ?"_s, uai).toInt();
        QCOMPARE(onServer, 200);
        QCOMPARE(m_window->studentModel()->rowCount(), onServer);
        QCOMPARE(table->model()->rowCount(), onServer);
        uitest::snapshot(m_window.get(), u"opened-on-cli-establishment"_s);
    }
};

QTEST_MAIN(TestRunFlow)
#include "tst_runflow.moc"
