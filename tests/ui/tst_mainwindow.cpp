// The desktop flow a secretary follows, offscreen, against a real sandbox: sign in, find a class,
// tick pupils, notify, save the letters.

#include "dialogs/batchdialog.h"
#include "dialogs/letterpreviewdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/reprintdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "mainwindow.h"
#include "models/studentfilterproxy.h"
#include "models/studenttablemodel.h"
#include "pages/studentspage.h"
#include "remote/totp.h"
#include "testsupport.h"
#include "widgets/checkheaderview.h"
#include "widgets/multiselectbutton.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
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
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }

    // With EDUCONNECT_SCREENSHOT_DIR set, each step's window is saved as a PNG for review.
    static void snapshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("EDUCONNECT_SCREENSHOT_DIR");
        if (!dir.isEmpty() && widget)
            widget->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"200"_s, u"--seed"_s, u"11"_s}));
        AppOptions options;
        options.paths = DataPaths(m_dir.filePath(u"data"_s));
        options.caFile = m_sandbox.info().caCertificatePath;
        options.serverUrl = m_sandbox.info().baseUrl.toString();
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_window->start();
    }

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
        dialog->findChild<QLineEdit *>(u"loginEdit"_s)->setText(m_sandbox.info().login);
        // A wrong code first: the dialog stays, with the server's reason.
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(m_sandbox.info().password);
        const QString good = totpCode(m_sandbox.info().totpSecret, QDateTime::currentDateTimeUtc());
        dialog->findChild<QLineEdit *>(u"otpEdit"_s)->setText(good == u"000000"_s ? u"111111"_s : u"000000"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());

        dialog->findChild<QLineEdit *>(u"otpEdit"_s)
            ->setText(totpCode(m_sandbox.info().totpSecret, QDateTime::currentDateTimeUtc()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->studentModel()->rowCount() == 200, 30000);
        QTRY_VERIFY(!m_window->isSyncing());
        QVERIFY(find<QLabel>(u"establishmentLabel"_s)->text().contains(u"0459876R"_s));
        QVERIFY(find<QLabel>(u"lastSyncLabel"_s)->text().contains(QDate::currentDate().toString(u"yyyy"_s)));
    }

    void filtersByNameAndClass()
    {
        find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(m_window->studentsPage());
        StudentFilterProxy *proxy = m_window->studentsPage()->proxy();
        auto *search = find<QLineEdit>(u"searchEdit"_s);
        auto *filterActive = find<QLabel>(u"filterActiveLabel"_s);
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
        auto *classes = find<MultiSelectButton>(u"classFilter"_s);
        classes->setSelection({u"3e A"_s});
        int inClass = 0;
        for (int row = 0; row < m_window->studentModel()->rowCount(); ++row)
            inClass += m_window->studentModel()->student(row).className == u"3e A"_s ? 1 : 0;
        QVERIFY(inClass > 3);
        QCOMPARE(proxy->rowCount(), inClass);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, StudentTableModel::ClassColumn).data().toString(), u"3e A"_s);
        QVERIFY(filterActive->isVisible());
        snapshot(m_window.get(), u"students-filtered"_s);
    }

    void ticksPupilsNotifiesAndSavesTheLetters()
    {
        StudentFilterProxy *proxy = m_window->studentsPage()->proxy();
        const int inClass = proxy->rowCount();
        auto *header = find<CheckHeaderView>(u"selectAllHeader"_s);
        auto *table = find<QTableView>(u"studentTable"_s);

        // The header box selects every filtered pupil; unticking one makes it partial.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
        QCOMPARE(m_window->studentModel()->checkedCount(), inClass);
        QCOMPARE(header->checkState(), Qt::Checked);
        QVERIFY(find<QLabel>(u"selectionLabel"_s)->text().contains(QString::number(inClass)));
        proxy->setData(proxy->index(0, StudentTableModel::SelectColumn), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(header->checkState(), Qt::PartiallyChecked);
        const int ticked = inClass - 1;
        Q_UNUSED(table);

        auto *notify = find<QPushButton>(u"notifyButton"_s);
        QTRY_VERIFY(notify->isEnabled());
        notify->click();
        NotifyDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr);
        QVERIFY(!confirm->reset());
        snapshot(confirm, u"notify-dialog"_s);
        confirm->setReset(true);
        snapshot(confirm, u"notify-dialog-reset"_s);
        confirm->setReset(false);
        confirm->accept();

        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr, 30000);
        QTRY_VERIFY(letters->isVisible());

        // Closing before saving asks first; "No" keeps the letters.
        MessageBox::setNextAnswer(QMessageBox::No);
        letters->reject();
        QVERIFY(letters->isVisible());

        // A print that fails (here: a "print to file" into a folder that does not exist) keeps the letters.
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        PrintDialog::setNextPrinterSetup([this](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(m_dir.filePath(u"missing/printed.pdf"_s));
            return true;
        });
        letters->findChild<QPushButton *>(u"printButton"_s)->click();
        QVERIFY(jobs.wait(30000));
        QCOMPARE(jobs.last().first().toBool(), false);
        QVERIFY(!letters->wasDelivered());
        QVERIFY(letters->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"try again"_s));

        // Then a save that works: four letters per sheet and the class's distribution sheet.
        letters->setRenderOptions({LetterLayout::FourUp, false, false, true}, BatchDialog::PerClass::None);
        const QString pdf = m_dir.filePath(u"3eA.pdf"_s);
        FileDialog::setNextFileName(pdf);
        letters->findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY(jobs.wait(30000));
        QCOMPARE(jobs.last().first().toBool(), true);
        QVERIFY(letters->wasDelivered());
        snapshot(letters, u"letters-dialog"_s);
        QCOMPARE(testsupport::pdfPageCount(pdf), 1 + (ticked + 3) / 4);
        const QString text = testsupport::pdfText(pdf);
        QVERIFY(text.contains(u"Fiche de distribution"_s));
        QVERIFY(text.contains(u"3e A"_s));
        QVERIFY(text.contains(u"Cité scolaire des Tilleuls"_s));

        // Printing through QPrinter ("print to file") uses the same pages.
        const QString printed = m_dir.filePath(u"printed.pdf"_s);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        PrintDialog::setNextPrinterSetup([printed](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return true;
        });
        letters->findChild<QPushButton *>(u"printButton"_s)->click();
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
        auto *button = find<QPushButton>(u"reprintBatchButton"_s);
        QTRY_VERIFY(button->isEnabled());
        button->click();
        ReprintDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ReprintDialog *>(u"reprintDialog"_s)) != nullptr);
        auto *runs = dialog->findChild<QTreeWidget *>(u"runList"_s);
        QCOMPARE(runs->topLevelItemCount(), 1);
        QVERIFY(runs->topLevelItem(0)->text(1).contains(u"3e A"_s));
        snapshot(dialog, u"reprint-dialog"_s);
        dialog->selectRun(0);
        dialog->findChild<QPushButton *>(u"reprintButton"_s)->click();

        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr && letters->isVisible(), 30000);
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        const QString again = m_dir.filePath(u"3eA-again.pdf"_s);
        FileDialog::setNextFileName(again);
        letters->savePdf();
        QVERIFY(jobs.wait(30000));
        // Same letters, same passwords, as the first print.
        QCOMPARE(testsupport::pdfText(again), testsupport::pdfText(m_dir.filePath(u"printed.pdf"_s)));
        letters->accept();
    }

    void noPasswordInAnyFileTheAppWrote()
    {
        m_window->close();
        // What the letters held, as saved in the chosen PDF.
        const QString pdf = m_dir.filePath(u"printed.pdf"_s);
        const QRegularExpression passwordLine(u"Mot de passe provisoire[\\s\\x{00A0}]*:[\\s\\x{00A0}]*([A-Z0-9]{8})\\b"_s);
        QStringList passwords;
        auto it = passwordLine.globalMatch(testsupport::pdfText(pdf));
        while (it.hasNext())
            passwords << it.next().captured(1);
        QVERIFY(!passwords.isEmpty());
        const QStringList leaks = testsupport::filesContaining(m_dir.filePath(u"data"_s), passwords);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY(QFile::exists(m_dir.filePath(u"data/settings.ini"_s)));
        QVERIFY(testsupport::filesContaining(m_dir.filePath(u"data"_s), {m_sandbox.info().password}).isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
