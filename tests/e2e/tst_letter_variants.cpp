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

    Guardian freshGuardianIn(AccountState state)
    {
        for (const Guardian &g : m_store->guardians(m_uai).value()) {
            if (g.state == state && !m_used.contains(g.id)) {
                m_used.insert(g.id);
                return g;
            }
        }
        return {};
    }

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
        sync.sync(m_uai, {AccountKind::Student, AccountKind::Guardian});
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

    // « Réinitialiser les mots de passe » (Dépannage), pupils and parents: a never-notified
    // account is refused (notify it instead); every other gets a new password, its old one dead
    // at once, and the letter the table gives for a reset.
    void aPasswordResetFollowsTheTable_data()
    {
        QTest::addColumn<AccountKind>("kind");
        QTest::addColumn<AccountState>("state");
        QTest::addColumn<int>("variant"); // -1: refused
        for (AccountKind kind : {AccountKind::Student, AccountKind::Guardian}) {
            const char *who = kind == AccountKind::Student ? "pupil" : "parent";
            QTest::addRow("%s not notified", who) << kind << AccountState::NotNotified << -1;
            QTest::addRow("%s notified", who) << kind << AccountState::NotifiedNotActivated
                                              << int(LetterVariant::Distribution);
            QTest::addRow("%s pending", who) << kind << AccountState::ActivationPending
                                             << int(LetterVariant::PasswordChange);
            QTest::addRow("%s activated", who) << kind << AccountState::Activated << int(LetterVariant::PasswordChange);
        }
    }
    void aPasswordResetFollowsTheTable()
    {
        QFETCH(AccountKind, kind);
        QFETCH(AccountState, state);
        QFETCH(int, variant);
        const bool pupil = kind == AccountKind::Student;
        const QString table = pupil ? u"pupils"_s : u"guardians"_s;
        QString id;
        Result<std::unique_ptr<NotificationRun>> created = Error{};
        if (pupil) {
            const Student s = freshPupilIn(state);
            id = s.id;
            created = NotificationRun::createPasswordReset(m_client.get(), m_store.get(), m_uai, {s});
        } else {
            const Guardian g = freshGuardianIn(state);
            id = g.id;
            created = NotificationRun::createPasswordReset(m_client.get(), m_store.get(), m_uai, {g});
        }
        QVERIFY2(!id.isEmpty(), "the demo data ran out of accounts in this state");
        QVERIFY(created.ok());
        const QString before =
            m_sandbox.serverValue(u"SELECT provisional_password FROM %1 WHERE id = ?"_s.arg(table), id);
        NotificationRun &run = *created.value();
        QVERIFY(run.record().resetOnly);
        QSignalSpy finished(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<Result<void>>().ok());
        const QString after =
            m_sandbox.serverValue(u"SELECT provisional_password FROM %1 WHERE id = ?"_s.arg(table), id);
        const QString stateAfter = m_sandbox.serverValue(u"SELECT state FROM %1 WHERE id = ?"_s.arg(table), id);
        if (variant < 0) {
            QVERIFY(run.batch().letters().isEmpty());
            QCOMPARE(run.batch().skipped().size(), 1);
            QCOMPARE(run.batch().skipped().first().accountId, id);
            QVERIFY2(run.batch().skipped().first().reason.contains(u"notif"_s, Qt::CaseInsensitive),
                     qPrintable(run.batch().skipped().first().reason));
            QCOMPARE(after, before); // nothing changed on the server
            QCOMPARE(stateAfter, u"not_notified"_s);
            return;
        }
        QCOMPARE(run.batch().letters().size(), 1);
        const IssuedLetter issued = run.batch().letters().first();
        QCOMPARE(int(issued.variant), variant);
        QCOMPARE(issued.temporaryPassword, after);
        QVERIFY(issued.temporaryPassword != before);
        QCOMPARE(stateAfter, accountStateApiName(state)); // a reset does not change the state
        // The run is recorded as a reset (what a resume must send again), never with a password.
        const auto record = m_store->run(run.runId());
        QVERIFY(record && record->resetOnly && record->reset);
        // The provisional password on demand is the new one.
        const auto shown = testsupport::await<QString>(
            [&](auto done) { m_client->fetchProvisionalPassword(m_uai, id, done); });
        QVERIFY(shown.ok());
        QCOMPARE(shown.value(), after);
    }

    // A key used for a notification cannot be spent again on a reset: that batch is not this one.
    void aNotificationKeyIsNotAResetKey()
    {
        const Student s = freshPupilIn(AccountState::NotifiedNotActivated);
        const QString key = u"key-"_s + s.id;
        const auto notified = testsupport::await<json::NotificationBatch>(
            [&](auto done) { m_client->notify(AccountKind::Student, m_uai, {s.id}, false, key, done); });
        QVERIFY(notified.ok());
        const auto reset = testsupport::await<json::NotificationBatch>(
            [&](auto done) { m_client->resetPasswords(AccountKind::Student, m_uai, {s.id}, key, done); });
        QVERIFY(!reset.ok());
        QCOMPARE(reset.error().httpStatus, 409);
    }

    // The e-mail channel: each account with an address gets its e-mail (identifier, and the
    // provisional password where the letter would have one), the others are skipped (no_email);
    // the run remembers its channel, for a resume.
    void theEmailChannelSendsWhatTheLetterWouldSay()
    {
        QList<Student> chosen;
        Student withoutAddress;
        for (const Student &s : m_store->students(m_uai).value()) {
            if (m_used.contains(s.id))
                continue;
            // Someone who never signed in: the e-mail carries a provisional password.
            const bool neverSignedIn =
                s.state == AccountState::NotNotified || s.state == AccountState::NotifiedNotActivated;
            if (s.email.isEmpty() && withoutAddress.id.isEmpty() && s.state == AccountState::NotNotified)
                withoutAddress = s;
            else if (!s.email.isEmpty() && neverSignedIn && chosen.size() < 2)
                chosen << s;
        }
        QVERIFY(chosen.size() == 2 && !withoutAddress.id.isEmpty());
        for (const Student &s : std::as_const(chosen))
            m_used.insert(s.id);
        m_used.insert(withoutAddress.id);
        const int before = int(m_sandbox.outbox().size());
        auto created = NotificationRun::create(m_client.get(), m_store.get(), m_uai,
                                               chosen + QList<Student>{withoutAddress}, false,
                                               NotificationChannel::Email);
        QVERIFY(created.ok());
        NotificationRun &run = *created.value();
        QSignalSpy finished(&run, &NotificationRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<Result<void>>().ok());
        QVERIFY(run.batch().letters().isEmpty());
        QCOMPARE(run.batch().emailed(), (QStringList{chosen.at(0).id, chosen.at(1).id}));
        QCOMPARE(run.batch().skipped().size(), 1);
        QCOMPARE(run.batch().skipped().first().reason, u"no_email"_s);
        QCOMPARE(m_store->run(run.runId())->channel, NotificationChannel::Email);

        const QList<QJsonObject> mails = m_sandbox.outbox().mid(before);
        QCOMPARE(mails.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject mail = mails.at(i);
            QCOMPARE(mail.value(u"to"_s).toString(), chosen.at(i).email);
            QCOMPARE(mail.value(u"accountId"_s).toString(), chosen.at(i).id);
            const QString body = mail.value(u"body"_s).toString();
            QVERIFY(body.contains(chosen.at(i).login));
            const QString password =
                m_sandbox.serverValue(u"SELECT provisional_password FROM pupils WHERE id = ?"_s, chosen.at(i).id);
            QCOMPARE(password.size(), 8);
            QVERIFY2(body.contains(password), qPrintable(body));
            QCOMPARE(m_sandbox.serverValue(u"SELECT state FROM pupils WHERE id = ?"_s, chosen.at(i).id), u"notified"_s);
            QCOMPARE(mail.value(u"variant"_s).toString(), u"distribution"_s);
        }
        QCOMPARE(m_sandbox.serverValue(u"SELECT state FROM pupils WHERE id = ?"_s, withoutAddress.id),
                 u"not_notified"_s);
    }

    // « Renvoyer le mail d'activation »: only while the account waits for its link, to its
    // address or to a corrected one (kept by the server), and a bad address is refused.
    void theActivationEmailGoesAgain()
    {
        const Student pending = freshPupilIn(AccountState::ActivationPending);
        const Guardian parent = freshGuardianIn(AccountState::ActivationPending);
        const Student active = freshPupilIn(AccountState::Activated);
        QVERIFY(!pending.id.isEmpty() && !parent.id.isEmpty() && !active.id.isEmpty());
        auto resend = [&](AccountKind kind, const QString &id, const QString &email) {
            return testsupport::await<QString>(
                [&](auto done) { m_client->resendActivationEmail(kind, m_uai, id, email, done); });
        };
        const int before = int(m_sandbox.outbox().size());
        const auto corrected = resend(AccountKind::Student, pending.id, u"nouvelle.adresse@example.org"_s);
        QVERIFY2(corrected.ok(), qPrintable(corrected.ok() ? QString() : corrected.error().message));
        QCOMPARE(corrected.value(), u"nouvelle.adresse@example.org"_s);
        QCOMPARE(m_sandbox.serverValue(u"SELECT email FROM pupils WHERE id = ?"_s, pending.id),
                 u"nouvelle.adresse@example.org"_s);
        const auto same = resend(AccountKind::Guardian, parent.id, QString());
        QVERIFY(same.ok());
        QCOMPARE(same.value(), parent.email);
        const QList<QJsonObject> mails = m_sandbox.outbox().mid(before);
        QCOMPARE(mails.size(), 2);
        QCOMPARE(mails.at(0).value(u"to"_s).toString(), u"nouvelle.adresse@example.org"_s);
        QCOMPARE(mails.at(0).value(u"type"_s).toString(), u"activation"_s);
        QVERIFY(mails.at(0).value(u"body"_s).toString().contains(pending.login));
        QCOMPARE(mails.at(1).value(u"to"_s).toString(), parent.email);
        QCOMPARE(mails.at(1).value(u"accounts"_s).toString(), u"guardians"_s);

        // Every other state is refused (the state table's last line).
        for (AccountState state : {AccountState::NotNotified, AccountState::NotifiedNotActivated}) {
            const Student other = freshPupilIn(state);
            QVERIFY(!other.id.isEmpty());
            const auto no = resend(AccountKind::Student, other.id, u"x@example.org"_s);
            QVERIFY(!no.ok());
            QCOMPARE(no.error().code, u"not_activation_pending"_s);
            QVERIFY(m_sandbox.serverValue(u"SELECT email FROM pupils WHERE id = ?"_s, other.id) != u"x@example.org"_s);
        }
        const auto refused = resend(AccountKind::Student, active.id, QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 409);
        const auto invalid = resend(AccountKind::Student, pending.id, u"pas une adresse"_s);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().httpStatus, 422);
        QCOMPARE(int(m_sandbox.outbox().size()), before + 2);
    }
};

QTEST_MAIN(TestLetterVariants) // letters need a QGuiApplication (fonts)
#include "tst_letter_variants.moc"
