// The Responsables tab as a secretary uses it, offscreen, against a real sandbox: find a parent
// through a child's name, tick parents, notify them, save their letters; and the tab kept from a
// delegated staff member, whose role does not allow parents.

#include "dialogs/batchdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "mainwindow.h"
#include "parents/guardianspage.h"
#include "parents/guardiantablemodel.h"
#include "pupils/studenttablemodel.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

class TestGuardiansTab : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/' + name);
    }

    // Signs in with a sandbox account (without the dialog) and waits for the first sync.
    [[nodiscard]] bool signInAs(const QString &login)
    {
        if (auto *dialog = m_window->findChild<SignInDialog *>())
            dialog->reject();
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->connectWith(testsupport::accountOf(m_sandbox, login));
        return QTest::qWaitFor([&]() { return !synced.isEmpty(); }, 60000) && synced.last().first().toBool();
    }

    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"mainTabs"_s); }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start({u"--pupils"_s, u"200"_s, u"--seed"_s, u"21"_s})); }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        AppOptions options;
        options.paths = DataPaths(path(u"data"_s));
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_window->start();
    }

    void cleanup()
    {
        if (BatchDialog *letters = m_window ? m_window->batchDialog() : nullptr)
            letters->discard();
        m_window.reset();
    }

    void theHeadOfEstablishmentSeesTheParents()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        QTabWidget *tabWidget = tabs();
        QVERIFY(tabWidget);
        GuardiansPage *page = m_window->guardiansPage();
        QVERIFY(page);
        QVERIFY(tabWidget->isTabVisible(tabWidget->indexOf(page)));
        const int parents = m_sandbox.serverValue(u"SELECT COUNT(*) FROM guardians"_s).toInt();
        QVERIFY(parents > 200);
        QCOMPARE(m_window->guardianModel()->rowCount(), parents);

        // « Nom ou prénom (responsable ou élève) »: a child's first name finds the parent.
        const Guardian parent = m_window->guardianModel()->account(0);
        QVERIFY(!parent.children.isEmpty());
        const GuardianChild child = parent.children.first();
        auto *search = page->findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        tabWidget->setCurrentWidget(page);
        search->setText(child.firstName + u' ' + child.lastName);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(page->proxy()->rowCount() < parents);
        bool found = false;
        for (int row : page->proxy()->visibleSourceRows())
            found = found || m_window->guardianModel()->account(row).id == parent.id;
        QVERIFY2(found, qPrintable(child.firstName));
        uitest::snapshot(m_window.get(), u"guardians-tab"_s);
    }

    // Tick three parents, notify them with a reset, save their letters: one page each, every
    // child named, the teleservices address there.
    void parentsAreNotifiedAndTheirLettersSaved()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        GuardiansPage *page = m_window->guardiansPage();
        QVERIFY(page);
        tabs()->setCurrentWidget(page);
        page->resetCriteria();
        QList<int> rows = page->proxy()->visibleSourceRows().mid(0, 3);
        QCOMPARE(rows.size(), 3);
        m_window->guardianModel()->setChecked(rows, true);
        QList<Guardian> chosen = page->checkedGuardians();
        QCOMPARE(chosen.size(), 3);
        auto *notify = page->findChild<QPushButton *>(u"notifyButton"_s);
        QVERIFY(notify);
        QTRY_VERIFY(notify->isEnabled());
        notify->click();
        NotifyDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr);
        confirm->setReset(true);
        confirm->accept();
        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr && letters->isVisible(), 60000);
        QCOMPARE(m_window->guardianModel()->checkedCount(), 0);

        const QString pdf = path(u"parents.pdf"_s);
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        FileDialog::setNextFileName(pdf);
        letters->savePdf();
        QVERIFY(jobs.wait(60000));
        QVERIFY(jobs.first().first().toBool());
        QCOMPARE(testsupport::pdfPageCount(pdf), 3);
        const QString text = testsupport::pdfText(pdf).simplified();
        QVERIFY(text.contains(u"teleservices.education.gouv.fr"_s));
        for (const Guardian &g : chosen) {
            QVERIFY2(text.contains(g.login), qPrintable(g.login));
            for (const GuardianChild &c : g.children)
                QVERIFY2(text.contains(c.firstName), qPrintable(c.firstName));
            const QString password =
                m_sandbox.serverValue(u"SELECT provisional_password FROM guardians WHERE id = ?"_s, g.id);
            QVERIFY2(text.contains(password), qPrintable(g.id));
        }
    }

    // A delegated staff member (deleg_ce) manages pupils only: no Responsables tab, no parents
    // loaded, even from a cache the head of establishment filled on this computer.
    void aDelegatedAccountDoesNotSeeTheParents()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        QVERIFY(m_window->guardianModel()->rowCount() > 0);
        QVERIFY(m_window->signOut());
        QVERIFY(signInAs(u"deleg.demo"_s));
        QTabWidget *tabWidget = tabs();
        QVERIFY(tabWidget);
        QVERIFY(!tabWidget->isTabVisible(tabWidget->indexOf(m_window->guardiansPage())));
        QCOMPARE(m_window->guardianModel()->rowCount(), 0);
        QCOMPARE(m_window->studentModel()->rowCount(), 200);
        QVERIFY(!m_window->showsGuardians());
        uitest::snapshot(m_window.get(), u"delegated-no-parents"_s);
    }
};

QTEST_MAIN(TestGuardiansTab)
#include "tst_guardianstab.moc"
