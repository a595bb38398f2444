// The Responsables tab as a secretary uses it, offscreen, against a real sandbox: find a parent
// through a child's name, tick parents, notify them, save their letters; and the tab kept from a
// delegated staff member, whose role does not allow parents.

#include "dialogs/accountdetaildialog.h"
#include "dialogs/accountlistdialog.h"
#include "dialogs/batchdialog.h"
#include "dialogs/notifydialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "mainwindow.h"
#include "parents/guardianspage.h"
#include "parents/guardiantablemodel.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/accounttablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QTableView>
#include <QRadioButton>
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

    // « Lister les comptes » on either tab: the ticked parents as CSV with their provisional
    // passwords (asked of the server), then the pupils the criteria show as PDF; and offline the
    // passwords cannot be asked, with the reason.
    void accountListsFromBothTabs()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        GuardiansPage *page = m_window->guardiansPage();
        tabs()->setCurrentWidget(page);
        page->resetCriteria();
        // Three parents who were notified and never signed in: their passwords are provisional.
        QList<int> rows;
        for (int row : page->proxy()->visibleSourceRows()) {
            if (m_window->guardianModel()->accountState(row) == AccountState::NotifiedNotActivated && rows.size() < 3)
                rows << row;
        }
        QCOMPARE(rows.size(), 3);
        m_window->guardianModel()->setChecked(rows, true);

        auto openList = [&](AccountsPage *on) {
            auto *button = on->findChild<QPushButton *>(u"listButton"_s);
            if (!button || !button->isEnabled())
                return static_cast<AccountListDialog *>(nullptr);
            button->click();
            AccountListDialog *dialog = nullptr;
            (void)QTest::qWaitFor(
                [&] {
                    for (AccountListDialog *d : m_window->findChildren<AccountListDialog *>())
                        dialog = d->isVisible() ? d : dialog; // earlier ones are closed, not yet deleted
                    return dialog != nullptr;
                },
                5000);
            return dialog;
        };
        AccountListDialog *dialog = openList(page);
        QVERIFY(dialog);
        QVERIFY(dialog->checkedScope()->isChecked());
        QVERIFY(dialog->passwordsBox()->isEnabled());
        auto *csvFormat = dialog->findChild<QRadioButton *>(u"csvFormat"_s);
        QVERIFY(csvFormat);
        csvFormat->setChecked(true);
        dialog->passwordsBox()->setChecked(true);
        uitest::snapshot(dialog, u"account-list-dialog"_s);
        const QString csv = path(u"parents"_s); // the extension is added
        QDir().mkpath(QFileInfo(csv).absolutePath());
        FileDialog::setNextFileName(csv);
        QSignalSpy written(dialog, &AccountListDialog::written);
        auto saveButton = [](AccountListDialog *d) {
            auto *box = d->findChild<QDialogButtonBox *>();
            return box ? box->button(QDialogButtonBox::Save) : nullptr;
        };
        QVERIFY(saveButton(dialog));
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 30000);
        QCOMPARE(written.first().at(0).toString(), csv + u".csv"_s);
        QCOMPARE(written.first().at(1).toInt(), 3);
        const auto parsed = testsupport::readCsv(csv + u".csv"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 4);
        for (int r = 1; r < parsed->size(); ++r) {
            const QString login = parsed->at(r).at(parsed->first().indexOf(u"Identifier"_s));
            QCOMPARE(parsed->at(r).last(),
                     m_sandbox.serverValue(u"SELECT provisional_password FROM guardians WHERE login = ?"_s, login));
        }

        // The pupils of one class, by the criteria, as PDF, without passwords.
        StudentsPage *pupils = m_window->studentsPage();
        tabs()->setCurrentWidget(pupils);
        auto *search = pupils->findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        const Student first = m_window->studentModel()->account(0);
        search->setText(first.lastName);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(pupils->proxy()->rowCount() < m_window->studentModel()->rowCount());
        const int shown = pupils->proxy()->rowCount();
        dialog = openList(pupils);
        QVERIFY(dialog);
        QVERIFY(!dialog->checkedScope()->isEnabled()); // nothing ticked on this tab
        QVERIFY(dialog->pdfFormat()->isChecked());
        const QString pdf = path(u"pupils.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QSignalSpy pupilsWritten(dialog, &AccountListDialog::written);
        QVERIFY(saveButton(dialog));
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pupilsWritten.isEmpty(), 30000);
        QCOMPARE(pupilsWritten.first().at(1).toInt(), shown);
        const QString text = testsupport::pdfText(pdf);
        QVERIFY(text.contains(first.login));
        QCOMPARE(text.count(u"******"_s), shown);

        // Closed while the passwords are on their way (every parent shown, so many requests):
        // nothing written, nothing left running.
        tabs()->setCurrentWidget(page);
        m_window->guardianModel()->clearChecked();
        QPointer<AccountListDialog> closing = openList(page);
        QVERIFY(closing);
        closing->passwordsBox()->setChecked(true);
        const QString abandoned = path(u"abandoned.pdf"_s);
        FileDialog::setNextFileName(abandoned);
        QVERIFY(saveButton(closing));
        saveButton(closing)->click();
        QTest::keyClick(closing, Qt::Key_Escape);
        QTRY_VERIFY(closing.isNull()); // done() deleted the fetch and aborted its requests at once
        QVERIFY(!QFile::exists(abandoned));

        // Offline: the list still works, the passwords say why they cannot be asked.
        m_window->signOut();
        dialog = openList(pupils);
        QVERIFY(dialog);
        QVERIFY(!dialog->passwordsBox()->isEnabled());
        QVERIFY(dialog->passwordsBox()->toolTip().contains(u"Sign in"_s));
        dialog->reject();
    }

    // Enter on a row opens the account: the password hidden until asked, fetched from the
    // server, gone when hidden again or closed; a parent opens from the pupil's detail; and the
    // list behind is as it was (criteria, sort, ticks).
    void theAccountDetailShowsThePasswordOnlyOnDemand()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StudentsPage *pupils = m_window->studentsPage();
        tabs()->setCurrentWidget(pupils);
        StudentTableModel *model = m_window->studentModel();
        // A notified pupil (provisional password) with parents, and an activated one.
        int provisional = -1;
        int activated = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Student s = model->account(row);
            if (provisional < 0 && s.state == AccountState::NotifiedNotActivated && !s.guardianIds.isEmpty())
                provisional = row;
            if (activated < 0 && s.state == AccountState::Activated)
                activated = row;
        }
        QVERIFY(provisional >= 0 && activated >= 0);
        const Student pupil = model->account(provisional);
        const QString activatedId = model->account(activated).id; // rows move when the list is sorted
        auto *search = pupils->findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        search->setText(pupil.lastName);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(pupils->proxy()->rowCount() < model->rowCount());
        pupils->table()->sortByColumn(AccountTableModel::NameColumn, Qt::DescendingOrder);
        model->setChecked({provisional}, true);
        const QSet<QString> ticked = model->checkedIds();
        const int shown = pupils->proxy()->rowCount();

        auto openDetail = [&](const QString &id) -> AccountDetailDialog * {
            for (int r = 0; r < pupils->proxy()->rowCount(); ++r) {
                const QModelIndex index = pupils->proxy()->index(r, AccountTableModel::NameColumn);
                if (index.data(AccountTableModel::IdRole).toString() != id)
                    continue;
                pupils->table()->setFocus();
                pupils->table()->setCurrentIndex(index);
                QTest::keyClick(pupils->table(), Qt::Key_Return);
                AccountDetailDialog *dialog = nullptr;
                (void)QTest::qWaitFor(
                    [&] {
                        for (AccountDetailDialog *d : m_window->findChildren<AccountDetailDialog *>())
                            dialog = d->isVisible() ? d : dialog;
                        return dialog != nullptr;
                    },
                    5000);
                return dialog;
            }
            return nullptr;
        };
        QPointer<AccountDetailDialog> dialog = openDetail(pupil.id);
        QVERIFY(dialog);
        QCOMPARE(dialog->accountId(), pupil.id);
        const QString masked = dialog->passwordText();
        QVERIFY(!masked.contains(QRegularExpression(u"[A-Z0-9]"_s)));
        const QString server =
            m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, pupil.id);
        QCOMPARE(server.size(), 8);
        dialog->revealButton()->click();
        QTRY_COMPARE(dialog->passwordText(), server);
        uitest::snapshot(dialog, u"account-detail"_s);
        dialog->revealButton()->click(); // hide: wiped, masked again
        QCOMPARE(dialog->passwordText(), masked);

        // Its parents, each opens in turn.
        QCOMPARE(dialog->linkedList()->count(), pupil.guardianIds.size());
        dialog->revealButton()->click();
        QTRY_COMPARE(dialog->passwordText(), server);
        dialog->linkedList()->setCurrentRow(0);
        emit dialog->linkedList()->itemActivated(dialog->linkedList()->item(0));
        QCOMPARE(dialog->kind(), AccountKind::Guardian);
        QVERIFY(pupil.guardianIds.contains(dialog->accountId()));
        QVERIFY(dialog->passwordText() != server); // the pupil's password went with the pupil
        QVERIFY(!dialog->findChildren<QLabel *>().isEmpty());
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(server));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull()); // closed: the dialog and what it showed are gone

        // The list is as it was.
        QCOMPARE(search->text(), pupil.lastName);
        QCOMPARE(pupils->proxy()->rowCount(), shown);
        QCOMPARE(pupils->table()->horizontalHeader()->sortIndicatorSection(), int(AccountTableModel::NameColumn));
        QCOMPARE(pupils->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model->checkedIds(), ticked);

        // A password its holder changed: nobody sees it.
        search->clear();
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(pupils->proxy()->rowCount(), model->rowCount());
        dialog = openDetail(activatedId);
        QVERIFY(dialog);
        dialog->revealButton()->click();
        auto *note = dialog->findChild<QLabel *>(u"passwordNote"_s);
        QVERIFY(note);
        QTRY_VERIFY(note->text().contains(u"nobody"_s));
        QCOMPARE(dialog->passwordText(), masked);
        dialog->reject();
    }

    // « Réinitialiser les mots de passe » on ticked pupils: the never-notified one is left out
    // (said before confirming), the others get new passwords, their old ones dead, and their new
    // letters come in the same flow; a selection of never-notified pupils only is offered a
    // notification instead.
    void aBulkResetGivesNewLettersInTheSameFlow()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StudentsPage *pupils = m_window->studentsPage();
        tabs()->setCurrentWidget(pupils);
        pupils->resetCriteria();
        StudentTableModel *model = m_window->studentModel();
        QList<int> rows;
        int neverNotified = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const AccountState state = model->account(row).state;
            if (state == AccountState::NotNotified && neverNotified < 0)
                neverNotified = row;
            else if ((state == AccountState::NotifiedNotActivated || state == AccountState::Activated) && rows.size() < 2)
                rows << row;
        }
        QVERIFY(rows.size() == 2 && neverNotified >= 0);
        QStringList before;
        for (int row : std::as_const(rows))
            before << m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s,
                                            model->account(row).id);
        const Student left = model->account(neverNotified);
        QList<Student> chosen{model->account(rows.at(0)), model->account(rows.at(1))};
        model->setChecked(rows + QList<int>{neverNotified}, true);

        auto *reset = pupils->findChild<QPushButton *>(u"resetButton"_s);
        QVERIFY(reset);
        QTRY_VERIFY(reset->isEnabled());
        QString asked;
        QVERIFY(uitest::answerMessageBox([&] { reset->click(); }, QMessageBox::Yes,
                                         [&](QMessageBox *box) { asked = box->text(); }));
        QVERIFY2(asked.contains(u"2 account"_s) && asked.contains(u"stop working"_s) && asked.contains(u"never notified"_s),
                 qPrintable(asked));
        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr && letters->isVisible(), 60000);
        // Those reset are unticked; the one left out stays ticked, ready to be notified.
        QCOMPARE(model->checkedIds(), QSet<QString>{left.id});
        const QString pdf = path(u"reset.pdf"_s);
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        FileDialog::setNextFileName(pdf);
        letters->savePdf();
        QVERIFY(jobs.wait(60000));
        QCOMPARE(testsupport::pdfPageCount(pdf), 2);
        const QString text = testsupport::pdfText(pdf);
        for (int i = 0; i < chosen.size(); ++i) {
            const QString now =
                m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, chosen.at(i).id);
            QCOMPARE(now.size(), 8);
            QVERIFY(now != before.at(i));
            QVERIFY2(text.contains(now), qPrintable(chosen.at(i).login));
        }
        QVERIFY(!text.contains(left.login));
        QVERIFY(m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, left.id).isEmpty());
        letters->discard();

        // Only never-notified pupils: nothing to reset; the answer No changes nothing.
        QTRY_VERIFY(m_window->batchDialog() == nullptr);
        int leftRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            leftRow = model->account(row).id == left.id ? row : leftRow;
        QVERIFY(leftRow >= 0);
        model->setChecked({leftRow}, true);
        QTRY_VERIFY(reset->isEnabled());
        QVERIFY(uitest::answerMessageBox([&] { reset->click(); }, QMessageBox::No,
                                         [&](QMessageBox *box) { asked = box->text(); }));
        QVERIFY2(asked.contains(u"never notified"_s) && asked.contains(u"Notify them instead"_s), qPrintable(asked));
        QVERIFY(m_window->findChild<NotifyDialog *>(u"notifyDialog"_s) == nullptr);
    }

    // By e-mail: the dialog names who has no address; they get paper letters in the same flow
    // (the letters window), the others an e-mail each (the sandbox's outbox).
    void emailThenPaperForTheOthers()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        GuardiansPage *page = m_window->guardiansPage();
        tabs()->setCurrentWidget(page);
        page->resetCriteria();
        GuardianTableModel *model = m_window->guardianModel();
        QList<int> withAddress;
        int withoutAddress = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Guardian g = model->account(row);
            if (g.state != AccountState::NotNotified)
                continue;
            if (g.email.isEmpty() && withoutAddress < 0)
                withoutAddress = row;
            else if (!g.email.isEmpty() && withAddress.size() < 2)
                withAddress << row;
        }
        QVERIFY(withAddress.size() == 2 && withoutAddress >= 0);
        const Guardian paper = model->account(withoutAddress);
        const QList<Guardian> mailed{model->account(withAddress.at(0)), model->account(withAddress.at(1))};
        model->setChecked(withAddress + QList<int>{withoutAddress}, true);
        const int before = int(m_sandbox.outbox().size());

        auto *notify = page->findChild<QPushButton *>(u"notifyButton"_s);
        QVERIFY(notify);
        QTRY_VERIFY(notify->isEnabled());
        notify->click();
        NotifyDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<NotifyDialog *>(u"notifyDialog"_s)) != nullptr);
        confirm->setChannel(NotificationChannel::Email);
        const QLabel *emailLabel = confirm->findChild<QLabel *>(u"emailLabel"_s);
        QVERIFY(emailLabel && emailLabel->isVisible());
        QVERIFY2(emailLabel->text().contains(paper.displayName()), qPrintable(emailLabel->text()));
        QVERIFY(confirm->paperForTheOthers());
        uitest::snapshot(confirm, u"notify-dialog-email"_s);
        confirm->accept();

        BatchDialog *letters = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letters = m_window->batchDialog()) != nullptr && letters->isVisible(), 60000);
        const QList<QJsonObject> mails = m_sandbox.outbox().mid(before);
        QCOMPARE(mails.size(), 2);
        QSet<QString> to;
        for (const QJsonObject &mail : mails)
            to << mail.value(u"to"_s).toString();
        QCOMPARE(to, (QSet<QString>{mailed.at(0).email, mailed.at(1).email}));
        const QString pdf = path(u"paper.pdf"_s);
        QSignalSpy jobs(letters, &BatchDialog::jobFinished);
        letters->setRenderOptions({LetterLayout::Official, false, false, false}, BatchDialog::PerClass::None);
        FileDialog::setNextFileName(pdf);
        letters->savePdf();
        QVERIFY(jobs.wait(60000));
        QCOMPARE(testsupport::pdfPageCount(pdf), 1);
        QVERIFY(testsupport::pdfText(pdf).contains(paper.login));
        for (const Guardian &g : mailed)
            QCOMPARE(m_sandbox.serverValue(u"SELECT state FROM guardians WHERE id = ?"_s, g.id), u"notified"_s);
    }

    // « Renvoyer le mail d'activation » from a parent's detail, to a corrected address.
    void theActivationEmailFromTheDetail()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        GuardianTableModel *model = m_window->guardianModel();
        QString id, mobile;
        for (int row = 0; row < model->rowCount() && id.isEmpty(); ++row) {
            const Guardian g = model->account(row);
            if (g.state == AccountState::ActivationPending && !g.mobile.isEmpty()) {
                id = g.id;
                mobile = g.mobile;
            }
        }
        QVERIFY(!id.isEmpty());
        m_window->guardiansPage()->accountActivated(id);
        AccountDetailDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AccountDetailDialog *>()) != nullptr);
        // The parent's mobile, as the server has it, beside the e-mail.
        bool mobileShown = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            mobileShown = mobileShown || label->text() == mobile;
        QVERIFY2(mobileShown, qPrintable(mobile));
        QCOMPARE(mobile, m_sandbox.serverValue(u"SELECT mobile FROM guardians WHERE id = ?"_s, id));
        QVERIFY(dialog->resendButton()->isVisible());
        const int before = int(m_sandbox.outbox().size());
        dialog->activationEmailEdit()->setText(u"corrigee@example.net"_s);
        dialog->resendButton()->click();
        auto *note = dialog->findChild<QLabel *>(u"activationNote"_s);
        QVERIFY(note);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"corrigee@example.net"_s), 30000);
        QCOMPARE(int(m_sandbox.outbox().size()), before + 1);
        QCOMPARE(m_sandbox.outbox().last().value(u"to"_s).toString(), u"corrigee@example.net"_s);
        QCOMPARE(m_sandbox.serverValue(u"SELECT email FROM guardians WHERE id = ?"_s, id), u"corrigee@example.net"_s);
        dialog->reject();
    }

    // The Dépannage view: a « Mot de passe » column, hidden until asked, that says for each
    // account what the server says: provisional (shown from the detail) or changed (******).
    void theTroubleshootingViewShowsWhichPasswordsAreProvisional()
    {
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StudentsPage *pupils = m_window->studentsPage();
        tabs()->setCurrentWidget(pupils);
        StudentTableModel *model = m_window->studentModel();
        const int column = model->passwordColumn();
        QVERIFY(pupils->table()->isColumnHidden(column));
        auto *toggle = pupils->findChild<QPushButton *>(u"troubleshootingButton"_s);
        QVERIFY(toggle);
        toggle->click();
        QVERIFY(!pupils->table()->isColumnHidden(column));
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), u"Password"_s);
        int provisional = 0;
        int changed = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Student s = model->account(row);
            const QString shown = model->index(row, column).data().toString();
            const bool server =
                !m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, s.id).isEmpty();
            if (s.state == AccountState::NotNotified) {
                QCOMPARE(shown, QString());
            } else if (server) {
                QVERIFY2(shown.contains(u"provisional"_s), qPrintable(s.id + u": "_s + shown));
                ++provisional;
            } else {
                QCOMPARE(shown, u"******"_s);
                ++changed;
            }
            QVERIFY(!shown.contains(QRegularExpression(u"[A-Z0-9]{8}"_s))); // never a password in the list
        }
        QVERIFY(provisional > 0 && changed > 0);
        uitest::snapshot(m_window.get(), u"troubleshooting-view"_s);
        toggle->click();
        QVERIFY(pupils->table()->isColumnHidden(column));
    }
};

QTEST_MAIN(TestGuardiansTab)
#include "tst_guardianstab.moc"
