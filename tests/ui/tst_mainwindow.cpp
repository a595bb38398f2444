// The desktop flow a secretary follows, offscreen, against a real sandbox: sign in, find a class,
// tick pupils, notify, save the letters.

#include "dialogs/batchdialog.h"
#include "dialogs/letterpreviewdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/reprintdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "mainwindow.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "remote/totp.h"
#include "runtime/processtuning.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/checkheaderview.h"
#include "widgets/multiselectbutton.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
    // One server for every scenario (the letters scenario notifies 3e A, the others another class),
    // a fresh window and data folder per scenario.
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // Where the current scenario keeps its files; `data` is the window's data folder.
    QString path(const QString &name) const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/' + name);
    }

    // Null (with a warning naming it) if missing: callers QVERIFY the result.
    template <typename T>
    T *find(const QString &name) const
    {
        // The Élèves and Responsables tabs share their widgets' names: the pupils' first.
        T *widget = m_window->studentsPage()->findChild<T *>(name);
        if (!widget)
            widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }

    // Signs in with the sandbox's account, without the dialog, and waits for the first sync.
    [[nodiscard]] bool signInAndSync()
    {
        if (auto *dialog = m_window->findChild<SignInDialog *>())
            dialog->reject();
        m_window->connectWith(m_sandbox.info());
        return QTest::qWaitFor(
            [this]() { return m_window->studentModel()->rowCount() == 200 && !m_window->isSyncing(); },
            30000);
    }

    // The class, other than the one the main scenario notifies, with the most accounts that get a
    // provisional password: the letters then have passwords to look for.
    QString anotherClass() const
    {
        QHash<QString, int> withPassword;
        for (int row = 0; row < m_window->studentModel()->rowCount(); ++row) {
            const Student &s = m_window->studentModel()->student(row);
            if (s.className != u"3e A"_s)
                withPassword[s.className] +=
                    s.state == AccountState::NotNotified || s.state == AccountState::NotifiedNotActivated ? 1
                                                                                                          : 0;
        }
        QString best;
        for (auto it = withPassword.cbegin(); it != withPassword.cend(); ++it)
            best = best.isEmpty() || it.value() > withPassword.value(best) ? it.key() : best;
        return best;
    }

    // Ticks every pupil of `className`, notifies them (no reset) and returns the letters window,
    // or null if a step failed.
    BatchDialog *notifyClass(const QString &className)
    {
        auto *classes = find<MultiSelectButton>(u"classFilter"_s);
        auto *notify = find<QPushButton>(u"notifyButton"_s);
        if (!classes || !notify)
            return nullptr;
        m_window->studentsPage()->resetCriteria();
        classes->setSelection({className});
        m_window->studentModel()->setChecked(m_window->studentsPage()->proxy()->visibleSourceRows(), true);
        if (!QTest::qWaitFor([notify]() { return notify->isEnabled(); }))
            return nullptr;
        notify->click();
        NotifyDialog *confirm = nullptr;
        if (!QTest::qWaitFor(
                [&]() { return (confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)); }))
            return nullptr;
        confirm->accept();
        BatchDialog *letters = nullptr;
        const bool shown = QTest::qWaitFor(
            [&]() { return (letters = m_window->batchDialog()) != nullptr && letters->isVisible(); }, 30000);
        return shown ? letters : nullptr;
    }

    // Saves the letters, one per page, to `pdf`.
    [[nodiscard]] static bool saveLetters(BatchDialog *letters, const QString &pdf)
    {
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        FileDialog::setNextFileName(pdf);
        letters->savePdf();
        return jobs.wait(30000) && jobs.first().first().toBool();
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start({u"--pupils"_s, u"200"_s, u"--seed"_s, u"11"_s})); }

    // A window as the app starts it: cache opened, sign-in dialog shown.
    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        AppOptions options;
        options.paths = DataPaths(path(u"data"_s));
        options.caFile = m_sandbox.info().caCertificatePath;
        options.serverUrl = m_sandbox.info().baseUrl.toString();
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_window->start();
    }

    void cleanup() { m_window.reset(); }

    void offlineBeforeSignIn()
    {
        auto *notify = find<QPushButton>(u"notifyButton"_s);
        QVERIFY(notify);
        QVERIFY(!notify->isEnabled());
        QVERIFY(!notify->toolTip().isEmpty()); // says why
    }

    void signsInThroughTheDialog()
    {
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SignInDialog *>()) != nullptr && dialog->isVisible());
        auto *login = dialog->findChild<QLineEdit *>(u"loginEdit"_s);
        auto *password = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
        auto *otp = dialog->findChild<QLineEdit *>(u"otpEdit"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(login);
        QVERIFY(password);
        QVERIFY(otp);
        QVERIFY(buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Ok));
        QVERIFY(error);

        // A wrong code first: the dialog stays, with the server's reason.
        login->setText(m_sandbox.info().login);
        password->setText(m_sandbox.info().password);
        const QString good = totpCode(m_sandbox.info().totpSecret, QDateTime::currentDateTimeUtc());
        otp->setText(good == u"000000"_s ? u"111111"_s : u"000000"_s);
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());

        otp->setText(totpCode(m_sandbox.info().totpSecret, QDateTime::currentDateTimeUtc()));
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->studentModel()->rowCount() == 200, 30000);
        QTRY_VERIFY(!m_window->isSyncing());
        auto *establishment = find<QLabel>(u"establishmentLabel"_s);
        auto *lastSync = find<QLabel>(u"lastSyncLabel"_s);
        QVERIFY(establishment);
        QVERIFY(lastSync);
        QVERIFY(establishment->text().contains(u"0459876R"_s));
        QVERIFY(lastSync->text().contains(QDate::currentDate().toString(u"yyyy"_s)));
    }

    void filtersByNameAndClass()
    {
        QVERIFY(signInAndSync());
        auto *tabs = find<QTabWidget>(u"mainTabs"_s);
        auto *search = find<QLineEdit>(u"searchEdit"_s);
        auto *filterActive = find<QLabel>(u"filterActiveLabel"_s);
        auto *classes = find<MultiSelectButton>(u"classFilter"_s);
        QVERIFY(tabs);
        QVERIFY(search);
        QVERIFY(filterActive);
        QVERIFY(classes);
        tabs->setCurrentWidget(m_window->studentsPage());
        AccountFilterProxy *proxy = m_window->studentsPage()->proxy();
        QVERIFY(!filterActive->isVisible());

        // Type part of a pupil's name without accents: Return filters at once.
        const Student someone = m_window->studentModel()->student(0);
        search->setFocus();
        QTest::keyClicks(search, someone.lastName.left(4));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(proxy->rowCount() < 200);
        QVERIFY(proxy->rowCount() >= 1);
        QVERIFY(filterActive->isVisible());
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(proxy->rowCount(), 200);

        // Pick a class.
        classes->setSelection({u"3e A"_s});
        int inClass = 0;
        for (int row = 0; row < m_window->studentModel()->rowCount(); ++row)
            inClass += m_window->studentModel()->student(row).className == u"3e A"_s ? 1 : 0;
        QVERIFY(inClass > 3);
        QCOMPARE(proxy->rowCount(), inClass);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, StudentTableModel::ClassColumn).data().toString(), u"3e A"_s);
        QVERIFY(filterActive->isVisible());
        uitest::snapshot(m_window.get(), u"students-filtered"_s);
    }

    void ticksPupilsNotifiesAndSavesTheLetters()
    {
        QVERIFY(signInAndSync());
        auto *tabs = find<QTabWidget>(u"mainTabs"_s);
        auto *classes = find<MultiSelectButton>(u"classFilter"_s);
        auto *header = find<CheckHeaderView>(u"selectAllHeader"_s);
        auto *selection = find<QLabel>(u"selectionLabel"_s);
        auto *notify = find<QPushButton>(u"notifyButton"_s);
        QVERIFY(tabs);
        QVERIFY(classes);
        QVERIFY(header);
        QVERIFY(selection);
        QVERIFY(notify);
        tabs->setCurrentWidget(m_window->studentsPage());
        classes->setSelection({u"3e A"_s});
        AccountFilterProxy *proxy = m_window->studentsPage()->proxy();
        const int inClass = proxy->rowCount();
        QVERIFY(inClass > 3);

        // The header box selects every filtered pupil; unticking one makes it partial.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
        QCOMPARE(m_window->studentModel()->checkedCount(), inClass);
        QCOMPARE(header->checkState(), Qt::Checked);
        QVERIFY(selection->text().contains(QString::number(inClass)));
        proxy->setData(proxy->index(0, StudentTableModel::SelectColumn), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(header->checkState(), Qt::PartiallyChecked);
        const int ticked = inClass - 1;

        QTRY_VERIFY(notify->isEnabled());
        notify->click();
        NotifyDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr);
        QVERIFY(!confirm->reset());
        uitest::snapshot(confirm, u"notify-dialog"_s);
        confirm->setReset(true);
        uitest::snapshot(confirm, u"notify-dialog-reset"_s);
        confirm->setReset(false);
        confirm->accept();

        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr, 30000);
        QTRY_VERIFY(letters->isVisible());
        auto *printButton = letters->findChild<QPushButton *>(u"printButton"_s);
        auto *saveButton = letters->findChild<QPushButton *>(u"saveButton"_s);
        auto *status = letters->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(printButton);
        QVERIFY(saveButton);
        QVERIFY(status);

        // Closing before saving asks first; "No" keeps the letters.
        MessageBox::setNextAnswer(QMessageBox::No);
        letters->reject();
        QVERIFY(letters->isVisible());

        // A print that fails (here: a "print to file" into a folder that does not exist) keeps the letters.
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        PrintDialog::setNextPrinterSetup([this](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path(u"missing/printed.pdf"_s));
            return true;
        });
        printButton->click();
        QVERIFY(jobs.wait(30000));
        QCOMPARE(jobs.last().first().toBool(), false);
        QVERIFY(!letters->wasDelivered());
        QVERIFY(status->text().contains(u"try again"_s));

        // Then a save that works: four letters per sheet and the class's distribution sheet.
        letters->setRenderOptions({LetterLayout::FourUp, false, false, true}, BatchDialog::PerClass::None);
        const QString pdf = path(u"3eA.pdf"_s);
        FileDialog::setNextFileName(pdf);
        saveButton->click();
        QVERIFY(jobs.wait(30000));
        QCOMPARE(jobs.last().first().toBool(), true);
        QVERIFY(letters->wasDelivered());
        uitest::snapshot(letters, u"letters-dialog"_s);
        QCOMPARE(testsupport::pdfPageCount(pdf), 1 + (ticked + 3) / 4);
        const QString text = testsupport::pdfText(pdf);
        QVERIFY(text.contains(u"Fiche de distribution"_s));
        QVERIFY(text.contains(u"3e A"_s));
        QVERIFY(text.contains(u"Cité scolaire des Tilleuls"_s));

        // Printing through QPrinter ("print to file") uses the same pages.
        const QString printed = path(u"printed.pdf"_s);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        PrintDialog::setNextPrinterSetup([printed](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return true;
        });
        printButton->click();
        QVERIFY(jobs.wait(30000));
        QCOMPARE(jobs.last().first().toBool(), true);
        QCOMPARE(testsupport::pdfPageCount(printed), ticked);

        // The preview opens without blocking.
        letters->preview();
        LetterPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = letters->findChild<LetterPreviewDialog *>(u"letterPreview"_s)) != nullptr);
        QTRY_VERIFY(preview->isVisible());
        QTRY_COMPARE(preview->pageCount(), ticked);
        preview->close();

        letters->accept(); // saved: closes without asking
        QTRY_VERIFY(!m_window->batchDialog());
        QCOMPARE(m_window->studentModel()->checkedCount(), 0);
        // The window re-syncs: the ticked pupils now show today's notification date.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSyncing(), 30000);
        const QString today = QDate::currentDate().toString(u"dd/MM/yyyy"_s);
        const auto notifiedToday = [&]() {
            int n = 0;
            for (int row = 0; row < proxy->rowCount(); ++row)
                n += proxy->index(row, StudentTableModel::NotifiedColumn).data().toString() == today ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(notifiedToday(), ticked, 30000);
    }

    void printsARunAgainWithTheSamePasswords()
    {
        QVERIFY(signInAndSync());
        const QString className = anotherClass();
        BatchDialog *first = notifyClass(className);
        QVERIFY(first);
        const QString printed = path(u"first.pdf"_s);
        QVERIFY(saveLetters(first, printed));
        first->accept();
        QTRY_VERIFY(!m_window->batchDialog());

        auto *button = find<QPushButton>(u"reprintBatchButton"_s);
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        button->click();
        ReprintDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ReprintDialog *>(u"reprintDialog"_s)) != nullptr);
        auto *runs = dialog->findChild<QTreeWidget *>(u"runList"_s);
        auto *reprint = dialog->findChild<QPushButton *>(u"reprintButton"_s);
        QVERIFY(runs);
        QVERIFY(reprint);
        QCOMPARE(runs->topLevelItemCount(), 1);
        QVERIFY(runs->topLevelItem(0)->text(1).contains(className));
        uitest::snapshot(dialog, u"reprint-dialog"_s);
        dialog->selectRun(0);
        reprint->click();

        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr && letters->isVisible(), 30000);
        const QString again = path(u"again.pdf"_s);
        QVERIFY(saveLetters(letters, again));
        // Same letters, same passwords, as the first print.
        QCOMPARE(testsupport::pdfText(again), testsupport::pdfText(printed));
        letters->accept();
    }

    // Every file the process wrote anywhere (its home, config, cache and temporary folders, all
    // under one private root: see main()) is searched, PDFs read back, for the provisional
    // passwords of a run that was notified, saved and printed. Only the two files the user asked
    // for may hold them.
    void noPasswordInAnyFileTheAppWrote()
    {
        QVERIFY(signInAndSync());
        BatchDialog *letters = notifyClass(anotherClass());
        QVERIFY(letters);
        const QString pdf = path(u"letters.pdf"_s); // what the user chose to keep, outside the data folder
        QVERIFY(saveLetters(letters, pdf));
        // Printed too, through the same checked path as a real printer (here a PDF file).
        const QString printed = path(u"printed.pdf"_s);
        PrintDialog::setNextPrinterSetup([printed](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return true;
        });
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->print();
        QVERIFY(jobs.wait(30000));
        QVERIFY(jobs.first().first().toBool());
        letters->accept();
        m_window->close();
        m_window.reset();

        // What the letters held, as saved in the chosen PDF.
        const QRegularExpression passwordLine(u"Mot de passe provisoire[\\s\\x{00A0}]*:[\\s\\x{00A0}]*([A-Z0-9]{8})\\b"_s);
        QStringList passwords;
        auto it = passwordLine.globalMatch(testsupport::pdfText(pdf));
        while (it.hasNext())
            passwords << it.next().captured(1);
        QVERIFY(!passwords.isEmpty());
        QCOMPARE(testsupport::filesContaining(QFileInfo(printed).absolutePath(), passwords,
                                              {QFileInfo(pdf).absoluteFilePath()})
                     .size(),
                 1); // the printed copy: the scan sees inside PDFs

        // Not the client's: the server's own files (the sandbox plays the ministry), and what the
        // other scenarios chose to save.
        QStringList allowed{QFileInfo(pdf).absoluteFilePath(), QFileInfo(printed).absoluteFilePath()};
        const QString scenario = QFileInfo(path(u"data"_s)).absolutePath() + u'/';
        for (const QString &folder : {m_sandbox.dataDir(), m_dir.path()}) {
            QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = QFileInfo(files.next()).absoluteFilePath();
                if (folder == m_sandbox.dataDir() || !file.startsWith(scenario))
                    allowed << file;
            }
        }
        const QString machine = qEnvironmentVariable("EDUCONNECT_TEST_MACHINE_ROOT");
        QVERIFY(!machine.isEmpty());
        const QStringList leaks = testsupport::filesContaining(machine, passwords, allowed);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY(QFile::exists(path(u"data/settings.ini"_s)));
        QVERIFY(testsupport::filesContaining(machine, {m_sandbox.info().password}, allowed).isEmpty());
        // And what the window wrote is the user's alone (Wine does not keep Windows access lists:
        // tst_datapaths checks them where it can).
        if (!testsupport::runningUnderWine()) {
            const QStringList open = testsupport::entriesOpenToOthers(path(u"data"_s));
            QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        }
    }
};

// Everything this process writes (its data folders, Qt's caches, temporary files) goes under one
// private root, so that the no-secrets scenario can read every file the window wrote.
int main(int argc, char **argv)
{
    educonnect::hardenProcess(); // as the app's main() does first thing
    const QString root = QDir::tempPath() + u"/educonnect-ui-machine-"_s + QString::number(QCoreApplication::applicationPid());
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                            "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString dir = root + u'/' + QString::fromLatin1(var).toLower();
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(var, QFile::encodeName(dir));
    }
    qputenv("EDUCONNECT_TEST_MACHINE_ROOT", QFile::encodeName(root));
    int result = 0;
    {
        QApplication app(argc, argv);
        app.setAttribute(Qt::AA_Use96Dpi, true);
        TestMainWindow test;
        result = QTest::qExec(&test, argc, argv);
    }
    QDir(root).removeRecursively();
    return result;
}

#include "tst_mainwindow.moc"
