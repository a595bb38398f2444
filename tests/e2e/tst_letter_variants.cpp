// The ministry's letter table (DESIGN.md section 2; the guide's letters C01–C06), end to end:
// for pupils and parents, for each account state, notified with and without reset, by letter or
// by e-mail, the sandbox issues a letter (or sends an e-mail), the client prints it, and the PDF
// read back (or the e-mail) says what is true for its reader, and only that.

#include "cache/store.h"
#include "letters/letterrenderer.h"
#include "letters/letter.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "workflows/notificationrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <type_traits>

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

    // An account in this state that no case used before (and, if given, that passes `also`).
    template <typename Account>
    Account fresh(AccountState state, const std::function<bool(const Account &)> &also = {})
    {
        QList<Account> all;
        if constexpr (std::is_same_v<Account, Student>)
            all = m_store->students(m_uai).value();
        else
            all = m_store->guardians(m_uai).value();
        for (const Account &a : std::as_const(all)) {
            if (a.state == state && !m_used.contains(a.id) && (!also || also(a))) {
                m_used.insert(a.id);
                return a;
            }
        }
        return {};
    }

    // One account of this kind and state, fresh, notified (the run finished): its id and login,
    // and the run. `withEmail`: only an account with an address (e-mail channel).
    struct Notified
    {
        QString id, login, email;
        QString passwordBefore; // the server's, before the run
        std::unique_ptr<NotificationRun> run;
    };
    Notified notifyOne(AccountKind kind, AccountState state, bool reset,
                       NotificationChannel channel = NotificationChannel::Letter)
    {
        const bool byEmail = channel == NotificationChannel::Email;
        Notified out;
        Result<std::unique_ptr<NotificationRun>> created = Error{};
        auto pick = [&](const auto &account) {
            out.id = account.id;
            out.login = account.login;
            out.email = account.email;
            if (account.id.isEmpty())
                return;
            out.passwordBefore = serverValue(kind, u"provisional_password"_s, account.id);
            created = NotificationRun::create(m_client.get(), m_store.get(), m_uai, QList{account}, reset, channel);
        };
        if (kind == AccountKind::Student)
            pick(fresh<Student>(state, [&](const Student &a) { return !byEmail || !a.email.isEmpty(); }));
        else
            pick(fresh<Guardian>(state, [&](const Guardian &a) { return !byEmail || !a.email.isEmpty(); }));
        if (!created.ok())
            return out;
        out.run = created.takeValue();
        QSignalSpy finished(out.run.get(), &NotificationRun::finished);
        out.run->start();
        if (!finished.wait(60000) || !finished.first().first().value<Result<void>>().ok())
            out.run.reset();
        return out;
    }

    QString serverValue(AccountKind kind, const QString &column, const QString &id)
    {
        const QString table = kind == AccountKind::Student ? u"pupils"_s : u"guardians"_s;
        return m_sandbox.serverValue(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(column, table), id);
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
        QTest::addColumn<AccountKind>("kind");
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
        for (AccountKind kind : {AccountKind::Student, AccountKind::Guardian}) {
            const char *who = kind == AccountKind::Student ? "pupil" : "parent";
            for (const QString &layout : {u"official"_s, u"4up"_s}) {
                for (const auto &row : table)
                    QTest::addRow("%s %s, %s", who, row.name, qPrintable(layout))
                        << kind << row.state << row.reset << row.variant << layout;
            }
        }
    }
    void eachStateAndResetGetsItsLetter()
    {
        QFETCH(AccountKind, kind);
        QFETCH(AccountState, state);
        QFETCH(bool, reset);
        QFETCH(LetterVariant, variant);
        QFETCH(QString, layout);

        // The client tells the user the same before they confirm.
        QCOMPARE(notifyEffect(state, reset).variant, variant);

        const Notified account = notifyOne(kind, state, reset);
        QVERIFY2(!account.id.isEmpty(), "the demo data ran out of accounts in this state");
        QVERIFY(account.run);
        const CredentialBatch &batch = account.run->batch();
        QCOMPARE(batch.letters().size(), 1);
        const IssuedLetter issued = batch.letters().first();
        QCOMPARE(issued.variant, variant);

        // Passwords: new, the same one again, or none, as the table says.
        const QString now = serverValue(kind, u"provisional_password"_s, account.id);
        if (variant == LetterVariant::Redistribution) {
            QVERIFY(issued.temporaryPassword.isEmpty());
        } else {
            QCOMPARE(issued.temporaryPassword, now);
            if (state == AccountState::NotifiedNotActivated && !reset)
                QCOMPARE(issued.temporaryPassword, account.passwordBefore);
            else
                QVERIFY(issued.temporaryPassword != account.passwordBefore);
        }

        // The letter, read back.
        const auto establishment = m_store->establishment(m_uai);
        QVERIFY(establishment.has_value());
        const LetterContext context = letterContext(kind, establishment, m_uai, batch.createdAt());
        QVERIFY(!context.activationUrl.isEmpty());
        RenderOptions options;
        options.layout = letterLayoutFromName(layout).value();
        const QString pdf = m_dir.filePath(u"letter-%1.pdf"_s.arg(account.id));
        const QList<Student> pupils = m_store->students(m_uai).value();
        const QList<Letter> letters =
            kind == AccountKind::Student
                ? studentLetters(batch, pupils)
                : guardianLetters(batch, m_store->guardians(m_uai).value(), pupils);
        QCOMPARE(letters.size(), 1);
        QVERIFY(LetterRenderer(context, LetterRenderer::letterTemplate(kind).value(), options)
                    .writePdfFile(pdf, letters)
                    .ok());
        const QString text = testsupport::pdfText(pdf).simplified().replace(QChar(0x00A0), u' ');

        QVERIFY2(text.contains(account.login), qPrintable(text));
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
            const Student s = fresh<Student>(state);
            id = s.id;
            created = NotificationRun::createPasswordReset(m_client.get(), m_store.get(), m_uai, {s});
        } else {
            const Guardian g = fresh<Guardian>(state);
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
        const Student s = fresh<Student>(AccountState::NotifiedNotActivated);
        const QString key = u"key-"_s + s.id;
        const auto notified = testsupport::await<json::NotificationBatch>(
            [&](auto done) { m_client->notify(AccountKind::Student, m_uai, {s.id}, false, key, done); });
        QVERIFY(notified.ok());
        const auto reset = testsupport::await<json::NotificationBatch>(
            [&](auto done) { m_client->resetPasswords(AccountKind::Student, m_uai, {s.id}, key, done); });
        QVERIFY(!reset.ok());
        QCOMPARE(reset.error().httpStatus, 409);
    }

    // The e-mail channel, for each kind, state and reset: the account with an address gets the
    // e-mail of the variant the letter would have (identifier, and the provisional password where
    // the letter would print one), the server's state moves as for a letter, and the run
    // remembers its channel, for a resume.
    void theEmailChannelSendsWhatTheLetterWouldSay_data()
    {
        QTest::addColumn<AccountKind>("kind");
        QTest::addColumn<AccountState>("state");
        QTest::addColumn<bool>("reset");
        for (AccountKind kind : {AccountKind::Student, AccountKind::Guardian}) {
            for (AccountState state : {AccountState::NotNotified, AccountState::NotifiedNotActivated,
                                       AccountState::ActivationPending, AccountState::Activated}) {
                // A never-notified pupil has no address yet (the pupil gives one when activating;
                // parents' come from the school's records): noAddressNoEmail covers that case.
                if (kind == AccountKind::Student && state == AccountState::NotNotified)
                    continue;
                for (bool reset : {false, true})
                    QTest::addRow("%s, %s%s", kind == AccountKind::Student ? "pupil" : "parent",
                                  qPrintable(accountStateApiName(state)), reset ? " + reset" : "")
                        << kind << state << reset;
            }
        }
    }
    void theEmailChannelSendsWhatTheLetterWouldSay()
    {
        QFETCH(AccountKind, kind);
        QFETCH(AccountState, state);
        QFETCH(bool, reset);
        const NotifyEffect effect = notifyEffect(state, reset);
        const int before = int(m_sandbox.outbox().size());
        const Notified account = notifyOne(kind, state, reset, NotificationChannel::Email);
        QVERIFY2(!account.id.isEmpty(), "the demo data ran out of accounts with an address in this state");
        QVERIFY(account.run);
        const CredentialBatch &batch = account.run->batch();
        QVERIFY(batch.letters().isEmpty());
        QCOMPARE(batch.emailed(), QStringList{account.id});
        QVERIFY(batch.skipped().isEmpty());
        QCOMPARE(m_store->run(account.run->runId())->channel, NotificationChannel::Email);
        QCOMPARE(serverValue(kind, u"state"_s, account.id), accountStateApiName(effect.stateAfter));

        const QList<QJsonObject> mails = m_sandbox.outbox().mid(before);
        QCOMPARE(mails.size(), 1);
        const QJsonObject mail = mails.first();
        QCOMPARE(mail.value(u"to"_s).toString(), account.email);
        QCOMPARE(mail.value(u"accountId"_s).toString(), account.id);
        QCOMPARE(mail.value(u"accounts"_s).toString(), kind == AccountKind::Student ? u"students"_s : u"guardians"_s);
        QCOMPARE(mail.value(u"type"_s).toString(), u"notification"_s);
        QCOMPARE(mail.value(u"variant"_s).toString(), letterVariantApiName(effect.variant));
        const QString body = mail.value(u"body"_s).toString();
        QVERIFY(body.contains(account.login));
        const QString password = serverValue(kind, u"provisional_password"_s, account.id);
        if (effect.variant == LetterVariant::Redistribution) {
            QVERIFY(body.contains(u"Votre mot de passe est inchangé."_s));
            QVERIFY(!body.contains(u"provisoire"_s)); // no password line at all
            QCOMPARE(password, account.passwordBefore);
        } else {
            QCOMPARE(password.size(), 8);
            QVERIFY2(body.contains(password), qPrintable(body));
            QCOMPARE(password == account.passwordBefore, !effect.newPassword);
        }
    }

    // By e-mail, an account without an address is not sent anything (no_email) and stays as it
    // was: its letter is for paper.
    void noAddressNoEmail()
    {
        for (AccountKind kind : {AccountKind::Student, AccountKind::Guardian}) {
            QString id;
            Result<std::unique_ptr<NotificationRun>> created = Error{};
            const auto noAddress = [](const auto &a) { return a.email.isEmpty(); };
            if (kind == AccountKind::Student) {
                const Student s = fresh<Student>(AccountState::NotNotified, noAddress);
                id = s.id;
                created = NotificationRun::create(m_client.get(), m_store.get(), m_uai, QList{s}, false,
                                                  NotificationChannel::Email);
            } else {
                const Guardian g = fresh<Guardian>(AccountState::NotNotified, noAddress);
                id = g.id;
                created = NotificationRun::create(m_client.get(), m_store.get(), m_uai, QList{g}, false,
                                                  NotificationChannel::Email);
            }
            QVERIFY(!id.isEmpty());
            QVERIFY(created.ok());
            const int before = int(m_sandbox.outbox().size());
            NotificationRun &run = *created.value();
            QSignalSpy finished(&run, &NotificationRun::finished);
            run.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(finished.first().first().value<Result<void>>().ok());
            QVERIFY(run.batch().letters().isEmpty() && run.batch().emailed().isEmpty());
            QCOMPARE(run.batch().skipped().size(), 1);
            QCOMPARE(run.batch().skipped().first().accountId, id);
            QCOMPARE(run.batch().skipped().first().reason, u"no_email"_s);
            QCOMPARE(serverValue(kind, u"state"_s, id), u"not_notified"_s);
            QCOMPARE(int(m_sandbox.outbox().size()), before);
        }
    }

    // « Renvoyer le mail d'activation »: only while the account waits for its link, to its
    // address or to a corrected one (kept by the server), and a bad address is refused.
    void theActivationEmailGoesAgain()
    {
        const Student pending = fresh<Student>(AccountState::ActivationPending);
        const Guardian parent = fresh<Guardian>(AccountState::ActivationPending);
        const Student active = fresh<Student>(AccountState::Activated);
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

        // Every other state is refused (the state table's last line), for pupils and parents.
        for (AccountKind kind : {AccountKind::Student, AccountKind::Guardian}) {
            for (AccountState state :
                 {AccountState::NotNotified, AccountState::NotifiedNotActivated, AccountState::Activated}) {
                const QString other =
                    kind == AccountKind::Student ? fresh<Student>(state).id : fresh<Guardian>(state).id;
                QVERIFY(!other.isEmpty());
                const auto no = resend(kind, other, u"x@example.org"_s);
                QVERIFY(!no.ok());
                QCOMPARE(no.error().httpStatus, 409);
                QCOMPARE(no.error().code, u"not_activation_pending"_s);
                QVERIFY(serverValue(kind, u"email"_s, other) != u"x@example.org"_s);
            }
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
