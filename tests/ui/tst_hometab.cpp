// Accueil, offscreen, against a real sandbox whose head manages two establishments: the summary
// and details from the cache (compared with the server's own database), the establishment
// switch (each its own cached lists, the choice held across tabs and restarts), the class-letters
// dialog's choices, and offline first: sync, stop the server, restart the window on the cache,
// check what works and what says why not, start the server again and catch up.

#include "cache/store.h"
#include "config/datapaths.h"
#include "dialogs/accountlistdialog.h"
#include "dialogs/classlettersdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "remote/totp.h"
#include "settings/settingspage.h"
#include "widgets/idlewatcher.h"
#include "widgets/lockscreen.h"
#include "parents/guardianspage.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "statistics/statisticspage.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/criteriabar.h"
#include "testsupport.h"
#include "uitest.h"
#include "windowtest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {
const QString kFirst = u"0459876R"_s; // the sandbox's cité scolaire
const int kFirstPupils = 150;
const int kSecondPupils = 60;
} // namespace

class TestHomeTab : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    QString m_second; // the second establishment's UAI, from the server
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const QString &dataDir)
    {
        m_window.reset(); // one window on a cache at a time
        m_window = uitest::startWindow(dataDir);
    }

    [[nodiscard]] bool connectAndSync(const ConnectionInfo &info)
    {
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->connectWith(info);
        return QTest::qWaitFor([&]() { return !synced.isEmpty(); }, 60000) && synced.last().first().toBool();
    }

    HomePage *home() const { return m_window->homePage(); }
    QComboBox *establishments() const { return home()->findChild<QComboBox *>(u"establishmentCombo"_s); }
    // A missing widget or cell reads as such, and fails the comparison instead of crashing.
    QString labelText(const QString &name) const
    {
        const auto *label = home()->findChild<QLabel *>(name);
        return label ? label->text() : u"<no label %1>"_s.arg(name);
    }
    QString summaryCell(int row, int column) const
    {
        const auto *table = home()->findChild<QTableWidget *>(u"summaryTable"_s);
        const QTableWidgetItem *item = table ? table->item(row, column) : nullptr;
        return item ? item->text() : u"<no cell %1,%2>"_s.arg(row).arg(column);
    }
    int serverCount(const QString &sql, const QString &uai) const { return m_sandbox.serverValue(sql, uai).toInt(); }

    // Picks an establishment in the combo as a person would: the keyboard on the closed combo.
    void choose(const QString &uai)
    {
        QComboBox *combo = establishments();
        const int target = combo->findData(uai);
        QVERIFY(target >= 0);
        combo->setFocus();
        while (combo->currentIndex() != target)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, QString::number(kFirstPupils), u"--second-establishment"_s,
                                 QString::number(kSecondPupils), u"--seed"_s, u"8"_s}));
        m_second = m_sandbox.serverValue(u"SELECT uai FROM establishments WHERE uai <> ?"_s, kFirst);
        QVERIFY(!m_second.isEmpty());
        QVERIFY(isValidUai(m_second));
    }

    void cleanup() { m_window.reset(); }

    void summaryAndDetailsComeFromTheCache()
    {
        openWindow(m_dir.filePath(u"summary"_s));
        QVERIFY(connectAndSync(m_sandbox.info()));
        QCOMPARE(m_window->currentEstablishment(), kFirst);
        QCOMPARE(labelText(u"establishmentUai"_s), kFirst);
        QCOMPARE(labelText(u"establishmentName"_s), u"Cité scolaire des Tilleuls"_s);
        QCOMPARE(labelText(u"establishmentType"_s), u"CITE SCOLAIRE"_s);
        QVERIFY(labelText(u"welcomeLabel"_s).contains(u"Claire Morvan"_s));
        QCOMPARE(m_window->findChild<QLabel *>(u"userLabel"_s)->text(), u"Claire Morvan (head of establishment)"_s);

        // The counts by state are the server's, pupils and parents.
        const QStringList states{u"not_notified"_s, u"notified"_s, u"activation_pending"_s, u"activated"_s};
        int activated = 0;
        for (int column = 0; column < states.size(); ++column) {
            const int pupils = serverCount(
                u"SELECT count(*) FROM pupils WHERE uai = ? AND state = '%1'"_s.arg(states.at(column)), kFirst);
            const int parents = serverCount(
                u"SELECT count(*) FROM guardians WHERE uai = ? AND state = '%1'"_s.arg(states.at(column)), kFirst);
            QCOMPARE(summaryCell(0, column), QLocale().toString(pupils));
            QCOMPARE(summaryCell(1, column), QLocale().toString(parents));
            if (column == 3)
                activated = pupils;
        }
        QCOMPARE(summaryCell(0, 4), QLocale().toString(kFirstPupils));
        QCOMPARE(summaryCell(0, 5), QLocale().toString(100.0 * activated / kFirstPupils, 'f', 1) + u"\u00a0%"_s);
        QVERIFY(home()->findChild<QLabel *>(u"parentsSummaryLabel"_s)->isVisibleTo(home()));
        uitest::snapshot(m_window.get(), u"home-tab"_s);

        // The shortcuts open the tabs.
        auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
        home()->findChild<QPushButton *>(u"openStatisticsButton"_s)->click();
        QCOMPARE(tabs->currentWidget(), m_window->statisticsPage());
        tabs->setCurrentWidget(home());
        home()->findChild<QPushButton *>(u"openGuardiansButton"_s)->click();
        QCOMPARE(tabs->currentWidget(), m_window->guardiansPage());
    }

    void theChoiceOfEstablishmentHoldsAcrossTabsAndRestarts()
    {
        const QString dataDir = m_dir.filePath(u"switch"_s);
        openWindow(dataDir);
        QVERIFY(connectAndSync(m_sandbox.info()));
        QCOMPARE(establishments()->count(), 2);
        QVERIFY(establishments()->isEnabled());
        QCOMPARE(m_window->studentModel()->rowCount(), kFirstPupils);

        // The other establishment: its lists replace these, synced at once.
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        choose(m_second);
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.last().first().toBool());
        QCOMPARE(m_window->currentEstablishment(), m_second);
        QCOMPARE(m_window->studentModel()->rowCount(), kSecondPupils);
        QCOMPARE(m_window->studentModel()->rowCount(),
                 serverCount(u"SELECT count(*) FROM pupils WHERE uai = ?"_s, m_second));
        QVERIFY(m_window->findChild<QLabel *>(u"establishmentLabel"_s)->text().contains(m_second));
        QCOMPARE(labelText(u"establishmentUai"_s), m_second);
        QCOMPARE(summaryCell(0, 4), QLocale().toString(kSecondPupils));
        // None of the first establishment's pupils shows among the second's.
        const QString firstIds = m_sandbox.serverValue(u"SELECT group_concat(id) FROM pupils WHERE uai = ?"_s, kFirst);
        const QStringList first = firstIds.split(u',');
        QCOMPARE(first.size(), kFirstPupils);
        for (int row = 0; row < m_window->studentModel()->rowCount(); ++row)
            QVERIFY(!first.contains(m_window->studentModel()->account(row).id));
        uitest::snapshot(m_window.get(), u"home-second-establishment"_s);

        // Each establishment keeps its own lists in the cache.
        {
            auto store = Store::open(DataPaths(dataDir).cacheFile());
            QVERIFY(store);
            QCOMPARE(store.value()->students(kFirst).value().size(), kFirstPupils);
            QCOMPARE(store.value()->students(m_second).value().size(), kSecondPupils);
        }

        // Restarted offline, the window opens on the establishment chosen, and offers both.
        openWindow(dataDir);
        QCOMPARE(m_window->currentEstablishment(), m_second);
        QCOMPARE(m_window->studentModel()->rowCount(), kSecondPupils);
        QCOMPARE(establishments()->count(), 2);
        QCOMPARE(establishments()->currentData().toString(), m_second);
        // Offline, the switch works on the cache alone.
        choose(kFirst);
        QCOMPARE(m_window->currentEstablishment(), kFirst);
        QCOMPARE(m_window->studentModel()->rowCount(), kFirstPupils);

        // Signing in keeps the choice made offline.
        QVERIFY(connectAndSync(m_sandbox.info()));
        QCOMPARE(m_window->currentEstablishment(), kFirst);
    }

    // Another establishment chosen while the first one's sync is still running (its pages slowed
    // by the server): that sync stops, and the chosen one is synced and shown.
    void aSwitchDuringASyncSyncsTheChosenOne()
    {
        testsupport::Sandbox slow;
        QVERIFY(slow.start({u"--pupils"_s, u"80"_s, u"--second-establishment"_s, u"30"_s, u"--seed"_s, u"8"_s,
                            u"--fault"_s, u"students:delay:1500:1+"_s}));
        openWindow(m_dir.filePath(u"switch-during-sync"_s));
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->connectWith(slow.info());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSyncing(), 30000);
        QCOMPARE(establishments()->count(), 2);
        choose(m_second);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty() && synced.last().first().toBool(), 60000);
        QCOMPARE(m_window->currentEstablishment(), m_second);
        QCOMPARE(m_window->studentModel()->rowCount(), 30);
        QCOMPARE(summaryCell(0, 4), QLocale().toString(30));
        QVERIFY(!m_window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"failed"_s));
    }

    void aDelegatedAccountHasOneEstablishmentAndNoParents()
    {
        openWindow(m_dir.filePath(u"delegated"_s));
        QVERIFY(connectAndSync(testsupport::accountOf(m_sandbox, u"deleg.demo"_s)));
        QCOMPARE(m_window->findChild<QLabel *>(u"userLabel"_s)->text(), u"Yves Kerjean (delegated staff)"_s);
        QCOMPARE(establishments()->count(), 1);
        QVERIFY(!establishments()->isEnabled());
        QVERIFY(!establishments()->toolTip().isEmpty());
        QVERIFY(!home()->findChild<QLabel *>(u"parentsSummaryLabel"_s)->isVisibleTo(home()));
        QVERIFY(!home()->findChild<QPushButton *>(u"openGuardiansButton"_s)->isVisibleTo(home()));

        // The class letters: pupils only.
        home()->findChild<QPushButton *>(u"classLettersButton"_s)->click();
        ClassLettersDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ClassLettersDialog *>()));
        QVERIFY(!dialog->findChild<QRadioButton *>(u"parentsRadio"_s)->isEnabled());
        dialog->reject();
    }

    void theClassLettersDialogTypesAheadAndCounts()
    {
        openWindow(m_dir.filePath(u"classletters"_s));
        QVERIFY(connectAndSync(m_sandbox.info()));
        home()->findChild<QPushButton *>(u"classLettersButton"_s)->click();
        ClassLettersDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ClassLettersDialog *>()));
        auto *combo = dialog->findChild<QComboBox *>(u"classCombo"_s);
        auto *print = dialog->findChild<QPushButton *>(u"printButton"_s);
        auto *summary = dialog->findChild<QLabel *>(u"classLettersSummary"_s);
        QVERIFY(!print->isEnabled()); // no class yet

        // « 6e » offers the 6e classes, wherever the letters are in the name.
        QTest::keyClicks(combo->lineEdit(), u"6E"_s);
        QCompleter *completer = combo->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionCount() >= 2);
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            QVERIFY2(completer->currentCompletion().startsWith(u"6e"_s), qPrintable(completer->currentCompletion()));
        }
        completer->popup()->hide();
        QVERIFY(summary->text().contains(u"6E"_s)); // not a class: said so
        QVERIFY(!print->isEnabled());

        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), u"6e a"_s); // case aside
        QCOMPARE(dialog->className(), u"6e A"_s);
        const int notNotified = serverCount(
            u"SELECT count(*) FROM pupils WHERE uai = ? AND class_name = '6e A' AND state = 'not_notified'"_s, kFirst);
        QVERIFY(notNotified > 0);
        QCOMPARE(dialog->chosenPupils().size(), notNotified);
        QVERIFY(print->isEnabled());

        // Another state ticked: more accounts, and what they get is said.
        dialog->findChild<QCheckBox *>(u"stateCheck_notified"_s)->click();
        const int notified = serverCount(
            u"SELECT count(*) FROM pupils WHERE uai = ? AND class_name = '6e A' AND state = 'notified'"_s, kFirst);
        QCOMPARE(dialog->chosenPupils().size(), notNotified + notified);
        // Parents filed under the class.
        dialog->findChild<QRadioButton *>(u"parentsRadio"_s)->click();
        QCOMPARE(dialog->kind(), AccountKind::Guardian);
        QVERIFY(summary->text().contains(u"6e A"_s));
        // No state ticked: nothing to print.
        for (QCheckBox *check : dialog->findChildren<QCheckBox *>())
            if (check->objectName().startsWith(u"stateCheck_"_s) && check->isChecked())
                check->click();
        QVERIFY(!print->isEnabled());
        uitest::snapshot(dialog, u"class-letters-dialog"_s);
        dialog->reject();
    }

    // A shared machine: after the idle delay the window hides behind a lock screen, the dialogs
    // with it; the user's password and a one-time code open it again (checked by the server,
    // the session kept), or the password alone when the server cannot be reached; a dialog
    // waiting for an answer defers the lock; « Sign out and unlock » closes what the lock hid.
    void theWindowLocksWhenLeftAlone()
    {
        openWindow(m_dir.filePath(u"lock"_s));
        const ConnectionInfo info = m_sandbox.info();
        QVERIFY(connectAndSync(info));
        auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
        auto *password = m_window->findChild<QLineEdit *>(u"unlockPassword"_s);
        auto *otp = m_window->findChild<QLineEdit *>(u"unlockOtp"_s);
        auto *message = m_window->findChild<QLabel *>(u"unlockMessage"_s);
        auto *unlockButton = m_window->findChild<QPushButton *>(u"unlockButton"_s);
        QVERIFY(tabs && password && otp && message && unlockButton);
        auto openDialog = [this]() -> ClassLettersDialog * {
            home()->findChild<QPushButton *>(u"classLettersButton"_s)->click();
            ClassLettersDialog *dialog = nullptr;
            const bool opened = QTest::qWaitFor(
                [&]() { return (dialog = m_window->findChild<ClassLettersDialog *>()) != nullptr; }, 1000);
            return opened ? dialog : nullptr;
        };
        auto lockNow = [this]() {
            m_window->idleWatcher()->setDelayMs(100);
            const bool locked = QTest::qWaitFor([this]() { return m_window->isLocked(); }, 10000);
            m_window->idleWatcher()->setDelayMs(0); // no second lock while the test types
            return locked;
        };
        QPointer<ClassLettersDialog> dialog = openDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(lockNow());
        QVERIFY(!dialog->isVisible());
        QVERIFY(!tabs->isVisible());
        QVERIFY(!m_window->findChild<QAction *>(u"syncAction"_s)->isEnabled());
        QVERIFY(password->isVisible() && otp->isVisible());
        uitest::snapshot(m_window.get(), u"window-locked"_s);

        // A wrong code keeps it locked, says why, and leaves the session alone.
        const QString code = totpCode(info.totpSecret, QDateTime::currentDateTimeUtc());
        QString wrong = code;
        wrong[0] = wrong.at(0) == u'1' ? u'2' : u'1';
        QTest::keyClicks(password, info.password);
        QTest::keyClicks(otp, wrong);
        QTest::keyClick(otp, Qt::Key_Return);
        QVERIFY(password->text().isEmpty()); // never left in a field
        QTRY_VERIFY_WITH_TIMEOUT(unlockButton->isEnabled() && !message->text().isEmpty(), 30000);
        QVERIFY(m_window->isLocked());
        QVERIFY(m_window->isSignedIn());

        QTest::keyClicks(password, info.password);
        QTest::keyClicks(otp, code);
        unlockButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 30000);
        QVERIFY(m_window->isSignedIn());
        QVERIFY(dialog && dialog->isVisible()); // as it was
        QVERIFY(tabs->isVisible());
        // The session the window works with is still good: a sync goes through.
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->findChild<QAction *>(u"syncAction"_s)->trigger();
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().first().toBool());
        dialog->reject();

        // A question on screen: hiding it would answer it, so the lock waits.
        bool idleWhileAsking = false;
        bool lockedWhileAsking = true;
        QVERIFY(uitest::answerMessageBox(
            [this]() { MessageBox::question(m_window.get(), u"?"_s, u"Still there?"_s); }, QMessageBox::No,
            [&](QMessageBox *) {
                QSignalSpy idle(m_window->idleWatcher(), &IdleWatcher::idle);
                m_window->idleWatcher()->setDelayMs(100);
                idleWhileAsking = idle.wait(10000); // the idle period came, and went by
                lockedWhileAsking = m_window->isLocked();
            }));
        QVERIFY(idleWhileAsking);
        QVERIFY(!lockedWhileAsking);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 10000); // one delay after the answer
        m_window->idleWatcher()->setDelayMs(0);

        // Someone else: sign out and unlock. What the lock hid closes; nobody is signed in.
        m_window->lockScreen()->signOutRequested();
        QVERIFY(!m_window->isLocked());
        QVERIFY(!m_window->isSignedIn());
        QVERIFY(m_window->findChild<QLabel *>(u"userLabel"_s)->text().isEmpty());
        dialog = openDialog(); // the shortcut needs the server: nothing opens
        QVERIFY(!dialog);
        QVERIFY(lockNow());
        QVERIFY(!password->isVisible()); // nothing of anyone's to keep: one click
        unlockButton->click();
        QVERIFY(!m_window->isLocked());

        // The server gone: the password alone opens it (the one-time code cannot be checked).
        QVERIFY(connectAndSync(m_sandbox.info()));
        m_sandbox.stop();
        QVERIFY(lockNow());
        QTest::keyClicks(password, u"not the password"_s);
        QTest::keyClicks(otp, code);
        unlockButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(unlockButton->isEnabled() && !message->text().isEmpty(), 30000);
        QVERIFY(m_window->isLocked());
        QTest::keyClicks(password, m_sandbox.info().password);
        QTest::keyClicks(otp, code);
        unlockButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 30000);
        QVERIFY(m_window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"password alone"_s));
        QVERIFY(m_sandbox.restart());
    }

    // Paramétrage in the window: the head online may change the addresses; a delegated account
    // or no server: off, with the reason; a saved address reaches the cache and Accueil.
    void theSettingsTabFollowsTheSessionAndSavesToTheCache()
    {
        openWindow(m_dir.filePath(u"settings"_s));
        auto *verify = m_window->settingsPage()->findChild<QPushButton *>(u"pupilUrlVerify"_s);
        QVERIFY(verify);
        QVERIFY(!verify->isEnabled());
        QVERIFY(verify->toolTip().contains(u"Sign in"_s));

        QVERIFY(connectAndSync(testsupport::accountOf(m_sandbox, u"deleg.demo"_s)));
        QVERIFY(!verify->isEnabled());
        QVERIFY(verify->toolTip().contains(u"head of establishment"_s));

        QVERIFY(connectAndSync(m_sandbox.info()));
        QVERIFY(verify->isEnabled());
        // The parents' extra address, verified by the server, ticked and saved, as a person would.
        SettingsPage *page = m_window->settingsPage();
        auto *edit = page->findChild<QLineEdit *>(u"guardianUrl"_s);
        auto *check = page->findChild<QPushButton *>(u"guardianUrlVerify"_s);
        auto *enabled = page->findChild<QCheckBox *>(u"guardianUrlEnabled"_s);
        auto *save = page->findChild<QPushButton *>(u"saveAddresses"_s);
        QVERIFY(edit && check && enabled && save);
        edit->clear();
        QTest::keyClicks(edit, u"https://ent.example.fr/parents"_s);
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(enabled->isEnabled(), 30000);
        enabled->click();
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(labelText(u"establishmentGuardianUrl"_s),
                                  u"https://teleservices.education.gouv.fr and https://ent.example.fr/parents"_s, 30000);
        // In the cache, for the letters and the next start.
        const auto cached = Store::open(DataPaths(m_dir.filePath(u"settings"_s)).cacheFile()).value()->establishment(kFirst);
        QVERIFY(cached);
        QCOMPARE(cached->notification.guardianUrl, u"https://ent.example.fr/parents"_s);
        QVERIFY(cached->notification.guardianUrlEnabled);
        QCOMPARE(m_sandbox.serverValue(u"SELECT guardian_url FROM establishments WHERE uai = ?"_s, kFirst),
                 u"https://ent.example.fr/parents"_s);
    }

    void offlineFirst()
    {
        const QString dataDir = m_dir.filePath(u"offline"_s);
        openWindow(dataDir);
        QVERIFY(connectAndSync(m_sandbox.info()));
        const ConnectionInfo before = m_sandbox.info();
        const int pupils = m_window->studentModel()->rowCount();
        m_window.reset();

        // The server stops answering; the client starts again and tries to sign in.
        m_sandbox.stop();
        openWindow(dataDir);
        // At once, before any answer: the cached lists, the statistics, the summary.
        QCOMPARE(m_window->studentModel()->rowCount(), pupils);
        QCOMPARE(summaryCell(0, 4), QLocale().toString(pupils));
        auto *status = m_window->findChild<QLabel *>(u"statusLabel"_s);
        m_window->connectWith(before);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().startsWith(u"Signing in"_s), 60000);
        QVERIFY(!m_window->isSignedIn());
        QVERIFY(m_window->findChild<QLabel *>(u"connectionLabel"_s)->text().contains(u"Offline"_s));
        QCOMPARE(m_window->studentModel()->rowCount(), pupils);

        // What needs the server is off, and says why.
        auto *sync = m_window->findChild<QAction *>(u"syncAction"_s);
        QVERIFY(!sync->isEnabled());
        QVERIFY(sync->toolTip().contains(u"Sign in"_s));
        for (const QString &name : {u"classLettersButton"_s, u"reprintButton"_s}) {
            auto *button = home()->findChild<QPushButton *>(name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(name));
        }
        auto *notify = m_window->studentsPage()->findChild<QPushButton *>(u"notifyButton"_s);
        QVERIFY(notify);
        QVERIFY(!notify->isEnabled());
        QVERIFY(notify->toolTip().contains(u"Sign in"_s));
        // What does not is on: the lists and their filters, the statistics.
        m_window->studentsPage()->criteriaBar()->showOnly(CriteriaBar::Criterion::Classes, {u"6e A"_s});
        QVERIFY(m_window->studentsPage()->proxy()->rowCount() > 0);
        QVERIFY(m_window->studentsPage()->proxy()->rowCount() < pupils);
        auto *statistics = m_window->statisticsPage()->findChild<QTableView *>();
        QVERIFY(statistics && statistics->model()->rowCount() > 1);
        // A class's distribution sheet, from the cache: the class's pupils and their identifiers,
        // never a password.
        const int inClass = m_window->studentsPage()->proxy()->rowCount();
        m_window->studentsPage()->findChild<QPushButton *>(u"listButton"_s)->click();
        AccountListDialog *list = nullptr;
        QTRY_VERIFY((list = m_window->findChild<AccountListDialog *>()));
        QVERIFY(!list->passwordsBox()->isEnabled());
        list->sheetsFormat()->click();
        const QString sheets = QDir(dataDir).filePath(u"sheets.pdf"_s);
        FileDialog::setNextFileName(sheets);
        list->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(QFile::exists(sheets));
        const QString text = testsupport::pdfText(sheets);
        QVERIFY2(text.contains(u"Signature"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"6e A"_s));
        int found = 0;
        for (int r = 0; r < inClass; ++r) {
            const QString login = m_window->studentsPage()->proxy()->index(r, StudentTableModel::LoginColumn).data().toString();
            found += text.contains(login) ? 1 : 0;
        }
        QCOMPARE(found, inClass);
        QVERIFY(!text.contains(u"Mot de passe"_s));
        uitest::snapshot(m_window.get(), u"home-offline"_s);

        // The server comes back, with a pupil gone: a sync brings the cache up to date, no restart.
        const QString gone = m_window->studentModel()->account(0).id;
        QVERIFY(m_sandbox.restart({u"--remove-account"_s, gone}));
        QVERIFY(connectAndSync(m_sandbox.info()));
        QVERIFY(m_window->findChild<QLabel *>(u"connectionLabel"_s)->text().contains(u"Online"_s));
        QCOMPARE(m_window->studentModel()->rowCount(), pupils - 1);
        QVERIFY(home()->findChild<QPushButton *>(u"classLettersButton"_s)->isEnabled());
        QVERIFY(sync->isEnabled());
    }
};

QTEST_MAIN(TestHomeTab)
#include "tst_hometab.moc"
