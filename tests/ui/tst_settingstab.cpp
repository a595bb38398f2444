// The Paramétrage tab, offscreen, driven through its widgets against a real sandbox: a box can be
// ticked only once the server verified its address, editing unticks it, saving reports, a refusal
// and being offline say why; the preferences on this computer go to the settings file at once,
// and the letters dialog starts from them.

#include "config/settings.h"
#include "dialogs/batchdialog.h"
#include "remote/apiclient.h"
#include "settings/settingspage.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

using testsupport::await;

class TestSettingsTab : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsPage> m_page;
    QString m_uai;

    QString iniPath() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/settings.ini"_s);
    }

    std::unique_ptr<ApiClient> signedIn(const QString &login)
    {
        auto client = std::make_unique<ApiClient>(m_sandbox.clientConfig());
        const auto user = testsupport::signIn(*client, testsupport::accountOf(m_sandbox, login));
        return user.ok() ? std::move(client) : nullptr;
    }

    Establishment serverEstablishment()
    {
        return await<Establishment>([&](auto done) { m_client->fetchEstablishment(m_uai, done); }).value();
    }

    template <typename W> W *find(const QString &name) const
    {
        return m_page ? m_page->findChild<W *>(name) : nullptr;
    }

    // Types an address as a person would (the field emptied first).
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"5"_s, u"--seed"_s, u"3"_s}));
        m_uai = m_sandbox.info().uai;
        m_client = signedIn(u"cheffe.demo"_s);
        QVERIFY(m_client);
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(iniPath());
        m_page = std::make_unique<SettingsPage>(m_settings.get());
        m_page->setEstablishment(serverEstablishment());
        m_page->setServer(m_client.get(), m_uai, QString());
        m_page->resize(900, 800);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_settings.reset();
    }

    void aBoxIsTickedOnlyOnceItsAddressIsVerified()
    {
        auto *edit = find<QLineEdit>(u"guardianUrl"_s);
        auto *verify = find<QPushButton>(u"guardianUrlVerify"_s);
        auto *status = find<QLabel>(u"guardianUrlStatus"_s);
        auto *box = find<QCheckBox>(u"guardianUrlEnabled"_s);
        QVERIFY(edit && verify && status && box);
        // The demo establishment prints its pupils' address already: verified, ticked.
        QCOMPARE(find<QLineEdit>(u"pupilUrl"_s)->text(), u"https://educonnect.education.gouv.fr"_s);
        QVERIFY(find<QCheckBox>(u"pupilUrlEnabled"_s)->isChecked());
        QVERIFY(find<QCheckBox>(u"pupilUrlEnabled"_s)->isEnabled());

        type(edit, u"https://parents.example.fr/"_s);
        QVERIFY(!box->isEnabled());
        QVERIFY(!box->isChecked());
        QVERIFY(box->toolTip().contains(u"Verify"_s));
        QVERIFY(status->text().contains(u"Not verified"_s));
        QTest::mouseClick(box, Qt::LeftButton); // disabled: nothing happens
        QVERIFY(!box->isChecked());

        QVERIFY(verify->isEnabled());
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), 20000);
        QVERIFY2(status->text().contains(u"Verified"_s), qPrintable(status->text()));
        box->click();
        QVERIFY(box->isChecked());
        QVERIFY(m_page->draft().isEnabled(NotificationUrlsDraft::Which::Guardian));

        // One more character: another address, not verified, unticked.
        QTest::keyClick(edit, Qt::Key_X);
        QVERIFY(!box->isChecked());
        QVERIFY(!box->isEnabled());
        QVERIFY(!m_page->draft().settings().guardianUrlEnabled);
        // Back to the address the server reached: it may be ticked again, by hand.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        uitest::snapshot(m_page.get(), u"settings-verified"_s);
    }

    void anUnreachableAddressSaysWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("why");
        QTest::newRow("http") << u"http://ent.example.fr/"_s << u"https://"_s;
        QTest::newRow("unknown host") << u"https://ent.example.invalid/"_s << u"no server of that name"_s;
        QTest::newRow("404") << u"https://ent.example.fr/404"_s << u"does not exist"_s;
        QTest::newRow("markup") << u"https://ent.example.fr/<b>Gras</b>"_s << u"not a complete web address"_s;
    }

    void anUnreachableAddressSaysWhy()
    {
        QFETCH(QString, url);
        QFETCH(QString, why);
        auto *edit = find<QLineEdit>(u"pupilUrl"_s);
        auto *status = find<QLabel>(u"pupilUrlStatus"_s);
        auto *box = find<QCheckBox>(u"pupilUrlEnabled"_s);
        QVERIFY(edit && status && box);
        type(edit, url);
        QVERIFY(!box->isChecked());            // the address printed until now is no longer the one typed
        QTest::keyClick(edit, Qt::Key_Return); // Return verifies too
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Not reachable"_s), 20000);
        QVERIFY2(status->text().contains(why), qPrintable(status->text()));
        // The address as typed, never read as markup.
        QVERIFY2(status->text().contains(url), qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY(!box->isEnabled());
        QVERIFY(!box->isChecked());
    }

    void savingSendsTheAddressesAndReports()
    {
        auto *edit = find<QLineEdit>(u"guardianUrl"_s);
        auto *box = find<QCheckBox>(u"guardianUrlEnabled"_s);
        auto *save = find<QPushButton>(u"saveAddresses"_s);
        auto *message = find<QLabel>(u"addressesMessage"_s);
        QVERIFY(edit && box && save && message);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        const QString url = u"https://parents.tilleuls.example.fr/?a=1&b=<2>"_s;
        type(edit, url);
        QTest::mouseClick(find<QPushButton>(u"guardianUrlVerify"_s), Qt::LeftButton);
        // '<' and '>' are not allowed unescaped in an address: refused, and nothing to tick.
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(u"guardianUrlStatus"_s)->text().contains(u"Not reachable"_s),
                                 20000);
        const QString good = u"https://parents.tilleuls.example.fr/?a=1&b=2"_s;
        type(edit, good);
        QTest::mouseClick(find<QPushButton>(u"guardianUrlVerify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), 20000);
        box->click();
        QVERIFY(save->isEnabled());

        QSignalSpy saved(m_page.get(), &SettingsPage::establishmentSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        const auto e = saved.first().first().value<Establishment>();
        QCOMPARE(e.uai, m_uai);
        QCOMPARE(e.notification.guardianUrl, good);
        QVERIFY(e.notification.guardianUrlEnabled);
        QVERIFY2(message->text().contains(u"Saved"_s), qPrintable(message->text()));
        QVERIFY(!message->property("error").toBool());
        QVERIFY(!save->isEnabled());
        QCOMPARE(serverEstablishment().notification, e.notification);
        // Still ticked, still verified: the server has it.
        QVERIFY(box->isChecked());
        QVERIFY(box->isEnabled());

        // Unticked and saved: no longer on the letters.
        box->click();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
        QVERIFY(!serverEstablishment().notification.guardianUrlEnabled);
        QCOMPARE(serverEstablishment().notification.guardianUrl, good);
    }

    void aLongAddressStaysReadable()
    {
        auto *edit = find<QLineEdit>(u"pupilUrl"_s);
        auto *status = find<QLabel>(u"pupilUrlStatus"_s);
        QVERIFY(edit && status);
        edit->setText(u"https://ent.example.fr/"_s + QString(3000, u'a'));
        QCOMPARE(edit->text().size(), kMaxNotificationUrlLength); // what the server keeps at most
        QTest::mouseClick(find<QPushButton>(u"pupilUrlVerify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QCheckBox>(u"pupilUrlEnabled"_s)->isEnabled(), 20000);
        QVERIFY2(status->text().size() < 200, qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(edit->text()));
        QVERIFY(m_page->width() <= 900);
    }

    void aRefusalIsShownInTheMessage()
    {
        auto deleg = signedIn(u"deleg.demo"_s);
        QVERIFY(deleg);
        m_page->setServer(deleg.get(), m_uai, QString());
        auto *edit = find<QLineEdit>(u"pupilUrl"_s);
        auto *message = find<QLabel>(u"addressesMessage"_s);
        QVERIFY(edit && message);
        type(edit, u"https://deleg.example.fr/"_s);
        QTest::mouseClick(find<QPushButton>(u"pupilUrlVerify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(u"pupilUrlStatus"_s)->text().contains(u"not allowed"_s), 20000);
        QVERIFY(!find<QCheckBox>(u"pupilUrlEnabled"_s)->isEnabled());
        // Saving the change (the address unticked) is refused too, and says so.
        const NotificationSettings before = serverEstablishment().notification;
        QTest::mouseClick(find<QPushButton>(u"saveAddresses"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->property("error").toBool(), 20000);
        QVERIFY2(message->text().contains(u"not saved"_s), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"not allowed"_s), qPrintable(message->text()));
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QCOMPARE(serverEstablishment().notification, before);
        m_page->setServer(m_client.get(), m_uai, QString());
    }

    void offlineTheServerSideIsOffAndSaysWhy()
    {
        const QString whyNot = u"<b>Offline</b> since 10:02 & no server"_s;
        m_page->setServer(nullptr, m_uai, whyNot);
        for (const QString &name : {u"pupilUrlVerify"_s, u"guardianUrlVerify"_s, u"saveAddresses"_s}) {
            auto *button = find<QPushButton>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QCOMPARE(button->toolTip(), plainToolTip(whyNot));
        }
        for (const QString &name : {u"pupilUrlEnabled"_s, u"guardianUrlEnabled"_s}) {
            auto *box = find<QCheckBox>(name);
            QVERIFY2(box, qPrintable(name));
            QVERIFY(!box->isEnabled());
            QCOMPARE(box->toolTip(), plainToolTip(whyNot));
        }
        // The cached addresses are shown, but cannot be edited.
        auto *edit = find<QLineEdit>(u"pupilUrl"_s);
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->text(), serverEstablishment().notification.pupilUrl);
        QTest::keyClicks(edit, u"zz"_s);
        QCOMPARE(edit->text(), serverEstablishment().notification.pupilUrl);
        // The preferences are this computer's: they work offline.
        QVERIFY(find<QComboBox>(u"preferenceLayout"_s)->isEnabled());

        // Back online: on again.
        m_page->setServer(m_client.get(), m_uai, QString());
        QVERIFY(find<QPushButton>(u"pupilUrlVerify"_s)->isEnabled());
        QVERIFY(!edit->isReadOnly());
    }

    void preferencesAreSavedAtOnce()
    {
        auto *layout = find<QComboBox>(u"preferenceLayout"_s);
        auto *qr = find<QCheckBox>(u"preferenceQrCode"_s);
        auto *sheets = find<QCheckBox>(u"preferenceSheets"_s);
        auto *printer = find<QComboBox>(u"preferencePrinter"_s);
        auto *duplex = find<QCheckBox>(u"preferenceDuplex"_s);
        auto *idle = find<QSpinBox>(u"preferenceIdleLock"_s);
        auto *language = find<QComboBox>(u"preferenceLanguage"_s);
        QVERIFY(layout && qr && sheets && printer && duplex && idle && language);
        // Sane defaults.
        QCOMPARE(layout->currentData().toString(), u"official"_s);
        QVERIFY(!qr->isChecked());
        QVERIFY(!sheets->isChecked());
        QCOMPARE(printer->currentIndex(), 0);
        QCOMPARE(printer->currentData().toString(), QString());
        QVERIFY(!duplex->isChecked());
        QCOMPARE(idle->value(), 10);
        QCOMPARE(language->currentData().toString(), u"fr"_s);

        QSignalSpy idleChanged(m_page.get(), &SettingsPage::idleLockMinutesChanged);
        layout->setCurrentIndex(layout->findData(u"4up"_s));
        qr->click();
        sheets->click();
        duplex->click();
        idle->selectAll();
        QTest::keyClick(idle, Qt::Key_0);
        QTest::keyClick(idle, Qt::Key_Return);
        QCOMPARE(idle->text(), u"Never"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        QCOMPARE(idleChanged.count(), 1);
        QCOMPARE(idleChanged.first().first().toInt(), 0);

        // In the file already, as another process would read it.
        QSettings ini(iniPath(), QSettings::IniFormat);
        QCOMPARE(ini.value(u"letters/layout"_s).toString(), u"4up"_s);
        QCOMPARE(ini.value(u"letters/qrCode"_s).toBool(), true);
        QCOMPARE(ini.value(u"letters/distributionSheets"_s).toBool(), true);
        QCOMPARE(ini.value(u"printer/duplex"_s).toBool(), true);
        QCOMPARE(ini.value(u"ui/idleLockMinutes"_s).toInt(), 0);
        QCOMPARE(ini.value(u"ui/language"_s).toString(), u"en"_s);

        // The letters dialog starts from them.
        LetterSet set;
        set.context.establishmentName = u"LP"_s;
        set.context.activationUrl = u"https://ent.example.fr/"_s;
        set.texts = LetterRenderer::studentTemplate().value();
        BatchDialog dialog(set, CredentialBatch(), QString(), m_settings.get());
        QCOMPARE(dialog.renderOptions().layout, LetterLayout::FourUp);
        QVERIFY(dialog.renderOptions().distributionSheets);
        auto *dialogQr = dialog.findChild<QCheckBox *>(u"qrCheck"_s);
        QVERIFY(dialogQr);
        QVERIFY(dialogQr->isChecked());

        // A new page (the next start) shows them.
        m_page = std::make_unique<SettingsPage>(m_settings.get());
        QCOMPARE(find<QComboBox>(u"preferenceLayout"_s)->currentData().toString(), u"4up"_s);
        QCOMPARE(find<QSpinBox>(u"preferenceIdleLock"_s)->value(), 0);
        QCOMPARE(find<QComboBox>(u"preferenceLanguage"_s)->currentData().toString(), u"en"_s);
        QVERIFY(find<QCheckBox>(u"preferenceDuplex"_s)->isChecked());
    }

    void aPrinterGoneIsKeptNotForgotten()
    {
        const QString gone = u"Salle <b>B12</b> & co"_s;
        m_settings->setValue(Settings::Key::PrinterName, gone);
        m_page = std::make_unique<SettingsPage>(m_settings.get());
        m_page->show(); // the printers are asked of the system when the tab shows
        auto *printer = find<QComboBox>(u"preferencePrinter"_s);
        QVERIFY(printer);
        QCOMPARE(printer->currentData().toString(), gone);
        QVERIFY(printer->currentText().contains(gone));
        // Back to the system's default.
        printer->setCurrentIndex(0);
        QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).value(u"printer/name"_s).toString(), QString());
    }
};

QTEST_MAIN(TestSettingsTab)
#include "tst_settingstab.moc"
