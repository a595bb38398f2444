// Printing to a real CUPS scheduler: cups-pdf queues added by the `cups` CTest fixture
// (tests/support/cups-fixture.sh). cups-pdf turns each job into a PDF in the user's ~/PDF.

#include "config/datapaths.h"
#include "config/settings.h"
#include "dialogs/classlettersdialog.h"
#include "dialogs/signindialog.h"
#include "home/homepage.h"
#include "cache/store.h"
#include "mainwindow.h"
#include "dialogs/batchdialog.h"
#include "dialogs/uiseams.h"
#include "printing/printjob.h"
#include "workflows/selection.h"
#include "testsupport.h"
#include "windowtest.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

const QString kQueue = u"EduConnectTestPDF"_s;
const QString kRejecting = u"EduConnectTestRejecting"_s;

// Where cups-pdf writes jobs of this user: ~/PDF from the password database (not $HOME).
QString outputFolder()
{
    const passwd *pw = getpwuid(getuid());
    return QDir(QString::fromLocal8Bit(pw ? pw->pw_dir : "/root")).filePath(u"PDF"_s);
}

// The PDFs there and when each was last written: cups-pdf names files after the job title and
// number, so a new job can overwrite an old file of the same name (job numbers restart with CUPS).
using OutputFiles = QHash<QString, QDateTime>;
OutputFiles outputFiles()
{
    OutputFiles files;
    QDirIterator it(outputFolder(), {u"*.pdf"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(file, QFileInfo(file).lastModified());
    }
    return files;
}

Letter letter(const QString &klass, int i)
{
    Letter l;
    l.accountId = klass + QString::number(i);
    l.className = klass;
    l.lastName = u"Élève%1"_s.arg(i);
    l.firstName = u"Zoé"_s;
    l.login = u"z.eleve%1"_s.arg(i);
    l.temporaryPassword = u"PRNT000%1"_s.arg(i);
    return l;
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;

    // Waits until CUPS has finished every job of the queue (cups-pdf writes the file while the job
    // runs, so a file seen earlier may be incomplete), then returns the new files.
    QStringList waitForNewFiles(const OutputFiles &before, int count)
    {
        QStringList fresh;
        const bool done = QTest::qWaitFor(
            [&]() {
                if (!testsupport::runTool(u"lpstat"_s, {u"-o"_s, kQueue}).trimmed().isEmpty())
                    return false; // jobs still queued or printing
                fresh.clear();
                const OutputFiles now = outputFiles();
                for (auto it = now.cbegin(); it != now.cend(); ++it) {
                    if (before.value(it.key()) != it.value())
                        fresh << it.key();
                }
                return fresh.size() >= count;
            },
            60000);
        if (!done)
            qWarning() << "cups-pdf produced" << fresh.size() << "of" << count << "files in" << outputFolder();
        fresh.sort();
        return fresh;
    }

    // A window's options whose settings say the secretariat printed on `queue` last time.
    static ui::AppOptions optionsPrintingOn(const QString &queue, const QString &dataDir)
    {
        ui::AppOptions options;
        options.paths = DataPaths(dataDir);
        Settings settings(options.paths.settingsFile());
        settings.setValue(Settings::Key::PrinterName, queue);
        return options;
    }

    // The window signed in to the sandbox and synced; null if the sync failed.
    std::unique_ptr<ui::MainWindow> signedInWindow(const ui::AppOptions &options)
    {
        auto window = uitest::startWindow(options);
        QSignalSpy synced(window.get(), &ui::MainWindow::syncFinished);
        window->connectWith(m_sandbox.info());
        if (!synced.wait(60000) || !synced.first().first().toBool())
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(checkPrinter(kQueue).ok(), "the cups fixture did not add the test queue");
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"120"_s, u"--seed"_s, u"5"_s}));
    }

    void oneJobPerClassArrivesWithItsPages()
    {
        QList<Letter> letters;
        for (int i = 0; i < 5; ++i)
            letters << letter(u"3e A"_s, i);
        for (int i = 0; i < 3; ++i)
            letters << letter(u"3e B"_s, i);
        const LetterContext context{u"Cité scolaire des Tilleuls"_s, QString(), QDate::currentDate(),
                                    letterValidUntil(QDate::currentDate())};
        const LetterRenderer renderer(context, LetterRenderer::studentTemplate().value());

        const OutputFiles before = outputFiles();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(kQueue);
        setUpPrinter(printer, u"EduConnect print test"_s);
        auto printed = printLetters(printer, renderer, letters, true);
        QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().message));
        QCOMPARE(printed.value(), 8);

        const QStringList files = waitForNewFiles(before, 2);
        QCOMPARE(files.size(), 2);
        QList<int> pages{testsupport::pdfPageCount(files.at(0)), testsupport::pdfPageCount(files.at(1))};
        std::sort(pages.begin(), pages.end());
        QCOMPARE(pages, QList<int>({3, 5}));
    }

    void aQueueThatRefusesJobsIsAnError()
    {
        const auto check = checkPrinter(kRejecting);
        QVERIFY(!check.ok());
        QVERIFY(check.error().message.contains(kRejecting));

        // Even past the check (the queue may change its mind), a refusal is reported.
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(kRejecting);
        setUpPrinter(printer, u"EduConnect refused"_s);
        const LetterContext context{u"LP"_s, QString(), QDate::currentDate(), QDate::currentDate().addMonths(3)};
        auto printed = printLetters(printer, LetterRenderer(context, LetterRenderer::studentTemplate().value()),
                                    {letter(u"3e A"_s, 1)}, false);
        QVERIFY(!printed.ok());
        QCOMPARE(printed.error().code, u"printer-refused"_s);
        QVERIFY2(printed.error().message.contains(u"not accepting"_s), qPrintable(printed.error().message));
    }

    void anUnknownPrinterIsNamedWithTheKnownOnes()
    {
        const auto check = checkPrinter(u"NoSuchPrinter"_s);
        QVERIFY(!check.ok());
        QVERIFY(check.error().message.contains(u"NoSuchPrinter"_s));
        QVERIFY(check.error().message.contains(kQueue));
    }

    void theLettersWindowRemembersPrinterAndDuplex()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        const LetterContext context{u"LP"_s, QString(), QDate::currentDate(), QDate::currentDate().addMonths(3)};
        const LetterSet letters{AccountKind::Student, context, LetterRenderer::studentTemplate().value(),
                                {letter(u"4e B"_s, 1), letter(u"4e B"_s, 2)}};
        {
            ui::BatchDialog dialog(letters, CredentialBatch(), QString(), &settings);
            QSignalSpy jobs(&dialog, &ui::BatchDialog::jobFinished);
            const OutputFiles before = outputFiles();
            ui::PrintDialog::setNextPrinterSetup([](QPrinter *printer) {
                printer->setPrinterName(kQueue);
                printer->setDuplex(QPrinter::DuplexLongSide);
                return true;
            });
            dialog.print();
            QVERIFY(jobs.wait(60000));
            QVERIFY(jobs.first().first().toBool());
            QVERIFY(dialog.wasDelivered());
            QCOMPARE(waitForNewFiles(before, 1).size(), 1);
        }
        QCOMPARE(settings.string(Settings::Key::PrinterName), kQueue);
        QVERIFY(settings.value(Settings::Key::PrinterDuplex).toBool());

        // Next time the print dialog opens on the same printer, duplex on.
        ui::BatchDialog again(letters, CredentialBatch(), QString(), &settings);
        QString offered;
        bool duplex = false;
        ui::PrintDialog::setNextPrinterSetup([&](QPrinter *printer) {
            offered = printer->printerName();
            duplex = printer->duplex() != QPrinter::DuplexNone;
            return false; // the user cancels: nothing is printed
        });
        again.print();
        QCOMPARE(offered, kQueue);
        QVERIFY(duplex);
        QVERIFY(!again.wasDelivered());
    }

    // Accueil's « Courriers d'une classe… »: from the signed-in window to the letters of one class
    // in the printer in at most five user actions (the web module needs about twelve and a
    // download). Each action is counted as the test drives the widgets.
    void aClassLettersReachThePrinterInFiveActionsAtMost_data()
    {
        QTest::addColumn<QString>("klass");
        QTest::addColumn<bool>("parents");
        QTest::newRow("pupils") << u"6e B"_s << false;
        QTest::newRow("parents") << u"6e C"_s << true;
    }

    void aClassLettersReachThePrinterInFiveActionsAtMost()
    {
        QFETCH(QString, klass);
        QFETCH(bool, parents);
        QTemporaryDir dataDir;
        const ui::AppOptions options = optionsPrintingOn(kQueue, dataDir.path());
        const auto window = signedInWindow(options);
        QVERIFY(window);

        // Who should get a letter: the not-notified accounts of the class, from the cache.
        QStringList logins;
        {
            auto store = Store::open(options.paths.cacheFile());
            QVERIFY(store);
            const QString uai = m_sandbox.info().uai;
            const QList<Student> pupils = store.value()->students(uai).value();
            if (parents) {
                for (const Guardian &g : guardiansFiledUnder(klass, store.value()->guardians(uai).value(), pupils,
                                                             {AccountState::NotNotified}))
                    logins << g.login;
            } else {
                for (const Student &s : studentsOfClass(klass, pupils, {AccountState::NotNotified}))
                    logins << s.login;
            }
        }
        QVERIFY(!logins.isEmpty());
        const OutputFiles before = outputFiles();
        // The class's accounts by state on the server, before: only the chosen ones may change.
        const QString table = parents ? u"guardians"_s : u"pupils"_s;
        auto countIn = [&](const QString &state) {
            return m_sandbox.serverValue(u"SELECT COUNT(*) FROM %1 WHERE state = ?"_s.arg(table), state).toInt();
        };
        const int notifiedBefore = countIn(u"notified"_s);
        const int activatedBefore = countIn(u"activated"_s);
        const int pendingBefore = countIn(u"activation_pending"_s);

        int actions = 0;
        auto *shortcut = window->homePage()->findChild<QPushButton *>(u"classLettersButton"_s);
        QVERIFY(shortcut->isEnabled());
        shortcut->click();
        ++actions;
        ui::ClassLettersDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::ClassLettersDialog *>()));
        QTest::keyClicks(dialog->findChild<QComboBox *>(u"classCombo"_s)->lineEdit(), klass);
        ++actions;
        if (parents) {
            dialog->findChild<QRadioButton *>(u"parentsRadio"_s)->click();
            ++actions;
        }
        QCOMPARE(dialog->printer(), kQueue);
        auto *print = dialog->findChild<QPushButton *>(u"printButton"_s);
        QVERIFY(print->isEnabled());
        print->click();
        ++actions;
        QVERIFY2(actions <= 5, qPrintable(QString::number(actions)));

        // Nothing more to do: the run, then the letters window printing on its own.
        QTRY_VERIFY_WITH_TIMEOUT(window->batchDialog() && window->batchDialog()->wasDelivered(), 60000);
        const QStringList files = waitForNewFiles(before, 1);
        QCOMPARE(files.size(), 1);
        // One page per letter (the official layout; cups-pdf's output keeps no text to read back).
        QCOMPARE(testsupport::pdfPageCount(files.first()), int(logins.size()));
        // The server notified exactly them.
        QCOMPARE(countIn(u"notified"_s), notifiedBefore + int(logins.size()));
        QCOMPARE(countIn(u"activated"_s), activatedBefore);
        QCOMPARE(countIn(u"activation_pending"_s), pendingBefore);
        for (const QString &login : logins)
            QCOMPARE(m_sandbox.serverValue(u"SELECT state FROM %1 WHERE login = ?"_s.arg(table), login),
                     u"notified"_s);
        window->batchDialog()->accept();
    }

    // The printer refuses the job: the letters window says so and keeps the letters for another
    // try (or a PDF); nothing is lost.
    void aClassLettersOnARefusingPrinterStayInTheWindow()
    {
        QTemporaryDir dataDir;
        const auto window = signedInWindow(optionsPrintingOn(kRejecting, dataDir.path()));
        QVERIFY(window);
        window->homePage()->findChild<QPushButton *>(u"classLettersButton"_s)->click();
        ui::ClassLettersDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::ClassLettersDialog *>()));
        QTest::keyClicks(dialog->findChild<QComboBox *>(u"classCombo"_s)->lineEdit(), u"6e A"_s);
        QCOMPARE(dialog->printer(), kRejecting);
        const int count = int(dialog->chosenPupils().size());
        QVERIFY(count > 0);
        dialog->findChild<QPushButton *>(u"printButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window->batchDialog(), 60000);
        ui::BatchDialog *letters = window->batchDialog();
        // The job started with the window; once it is over, the window says it failed.
        QTRY_VERIFY_WITH_TIMEOUT(!letters->isBusy(), 60000);
        auto *status = letters->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"Printing failed"_s), qPrintable(status->text()));
        QVERIFY(!letters->wasDelivered());
        QVERIFY(letters->isVisible());
        // Still there to save: the same letters, passwords included.
        const QString pdf = QDir(dataDir.path()).filePath(u"kept.pdf"_s);
        ui::FileDialog::setNextFileName(pdf);
        QSignalSpy saved(letters, &ui::BatchDialog::jobFinished);
        letters->savePdf();
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.last().first().toBool());
        QCOMPARE(testsupport::pdfPageCount(pdf), count);
        letters->discard();
    }

    void theCommandPrintsAClass()
    {
        QTemporaryDir dataDir;
        const OutputFiles before = outputFiles();
        QProcess process;
        process.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s),
                      {u"letters"_s, u"--lang"_s, u"en"_s, u"--connection-file"_s, m_sandbox.connectionFile(),
                       u"--class"_s, u"5e A"_s, u"--layout"_s, u"2up"_s, u"--printer"_s, kQueue, u"--data-dir"_s,
                       dataDir.path()});
        QVERIFY(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        const QRegularExpressionMatch m = QRegularExpression(u"Sent (\\d+) letters? to the printer"_s).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const int letters = m.captured(1).toInt();
        const QStringList files = waitForNewFiles(before, 1);
        QCOMPARE(files.size(), 1);
        QCOMPARE(testsupport::pdfPageCount(files.first()), (letters + 1) / 2); // two letters per sheet
    }

    void theCommandRefusesABadPrinterBeforeNotifying()
    {
        QTemporaryDir dataDir;
        QProcess process;
        process.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s),
                      {u"letters"_s, u"--lang"_s, u"en"_s, u"--connection-file"_s, m_sandbox.connectionFile(),
                       u"--class"_s, u"5e B"_s, u"--printer"_s, kRejecting, u"--data-dir"_s, dataDir.path()});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"does not accept jobs"_s), qPrintable(err));
        QVERIFY(!QString::fromUtf8(process.readAllStandardOutput()).contains(u"Notifying"_s));
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
