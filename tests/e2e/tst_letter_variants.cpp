// The ministry's letter table (DESIGN.md section 2; the guide's letters C01–C06), end to end:
// for each account state, notified with and without reset, the sandbox issues a letter, the
// client prints it, and the PDF read back says what is true for its reader, and only that.

#include "cache/store.h"
#include "letters/letterrenderer.h"
#include "letters/letter.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "workflows/notificationrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

class TestLetterVariants : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiClient> m_client;
    QString m_uai;
    QSet<QString> m_used; // each case takes pupils nobody notified before it

    Student freshPupilIn(AccountState state)
    {
        for (const Student &s : m_store->students(m_uai).value()) {
            if (s.state == state && !m_used.contains(s.id)) {
                m_used.insert(s.id);
                return s;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"400"_s, u"--seed"_s, u"3"_s}));
        m_uai = m_sandbox.info().uai;
        m_client = std::make_unique<ApiClient>(m_sandbox.clientConfig());
        QVERIFY(testsupport::signIn(*m_client, m_sandbox.info()).ok());
        auto store = Store::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(store.ok());
        m_store = store.takeValue();
        SyncEngine sync(m_client.get(), m_store.get());
        QSignalSpy synced(&sync, &SyncEngine::finished);
        sync.syncStudents(m_uai);
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().first().value<Result<SyncReport>>().ok());
    }

    void eachStateAndResetGetsItsLetter_data()
    {
        QTest::addColumn<AccountState>("state");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<LetterVariant>("variant");
        QTest::addColumn<QString>("layout");
        const struct
        {
            const char *name;
            AccountState state;
            bool reset;
            LetterVariant variant;
        } table[] = {
            {"not notified", AccountState::NotNotified, false, LetterVariant::Distribution},
            {"not notified + reset", AccountState::NotNotified, true, LetterVariant::Distribution},
            {"notified", AccountState::NotifiedNotActivated, false, LetterVariant::Distribution},
            {"notified + reset", AccountState::NotifiedNotActivated, true, LetterVariant::Distribution},
            {"pending", AccountState::ActivationPending, false, LetterVariant::Redistribution},
            {"pending + reset", AccountState::ActivationPending, true, LetterVariant::PasswordChange},
            {"activated", AccountState::Activated, false, LetterVariant::Redistribution},
            {"activated + reset", AccountState::Activated, true, LetterVariant::PasswordChange},
        };
        for (const QString &layout : {u"official"_s, u"4up"_s}) {
            for (const auto &row : table)
                QTest::addRow("%s, %s", row.name, qPrintable(layout))
                    << row.state << row.reset << row.variant << layout;
        }
    }
    void eachStateAndResetGetsItsLetter()
    {
        QFETCH(AccountState, state);
        QFETCH(bool, reset);
        QFETCH(LetterVariant, variant);
        QFETCH(QString, layout);
        const Student pupil = freshPupilIn(state);
        QVERIFY2(!pupil.id.isEmpty(), "the demo data ran out of pupils in this state");
        const QString before = m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, pupil.id);

        // The client tells the user the same before they confirm.
        QCOMPARE(notifyEffect(state, reset).variant, variant);

        auto created = NotificationRun::create(m_client.get(), m_store.get(), m_uai, {pupil}, reset);
        QVERIFY(created.ok());
        NotificationRun &run = *created.value();
        QSignalSpy finished(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<Result<void>>().ok());
        QCOMPARE(run.batch().letters().size(), 1);
        const IssuedLetter issued = run.batch().letters().first();
        QCOMPARE(issued.variant, variant);

        // Passwords: new, the same one again, or none, as the table says.
        const QString now = m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, pupil.id);
        if (variant == LetterVariant::Redistribution) {
            QVERIFY(issued.temporaryPassword.isEmpty());
        } else {
            QCOMPARE(issued.temporaryPassword, now);
            if (state == AccountState::NotifiedNotActivated && !reset)
                QCOMPARE(issued.temporaryPassword, before);
            else
                QVERIFY(issued.temporaryPassword != before);
        }

        // The letter, read back.
        const auto establishment = m_store->establishment(m_uai);
        QVERIFY(establishment.has_value());
        const LetterContext context = studentLetterContext(establishment, m_uai, run.batch().createdAt());
        QVERIFY(!context.activationUrl.isEmpty()); // the demo establishment enables its URL
        RenderOptions options;
        options.layout = letterLayoutFromName(layout).value();
        const QString pdf = m_dir.filePath(u"letter-%1.pdf"_s.arg(pupil.id));
        const QList<Letter> letters = studentLetters(run.batch(), {pupil});
        QVERIFY(LetterRenderer(context, LetterRenderer::studentTemplate().value(), options).writePdfFile(pdf, letters).ok());
        const QString text = testsupport::pdfText(pdf).simplified().replace(QChar(0x00A0), u' ');

        QVERIFY2(text.contains(pupil.login), qPrintable(text));
        QVERIFY(text.contains(context.activationUrl));
        const bool compact = layout == u"4up"_s;
        switch (variant) {
        case LetterVariant::Distribution:
            QVERIFY2(text.contains(u"Pour activer votre compte"_s), qPrintable(text));
            QVERIFY(text.contains(issued.temporaryPassword));
            QVERIFY(text.contains(u"Mot de passe provisoire"_s));
            QVERIFY(text.contains(u"à modifier lors de la première connexion"_s));
            break;
        case LetterVariant::Redistribution:
            QVERIFY2(!text.contains(u"activer"_s, Qt::CaseInsensitive), qPrintable(text));
            QVERIFY(text.contains(u"Votre mot de passe est inchangé."_s));
            QVERIFY(text.contains(u"Mot de passe oublié"_s));
            QVERIFY(!text.contains(u"Mot de passe provisoire"_s));
            if (!compact)
                QVERIFY(text.contains(u"votre mot de passe habituel"_s));
            break;
        case LetterVariant::PasswordChange:
            QVERIFY2(!text.contains(u"activer"_s, Qt::CaseInsensitive), qPrintable(text));
            QVERIFY(text.contains(issued.temporaryPassword));
            QVERIFY(text.contains(u"nouveau mot de passe provisoire"_s));
            QVERIFY(text.contains(u"prochaine connexion"_s));
            break;
        }
    }
};

QTEST_MAIN(TestLetterVariants) // letters need a QGuiApplication (fonts)
#include "tst_letter_variants.moc"
