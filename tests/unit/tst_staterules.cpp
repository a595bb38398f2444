#include "domain/staterules.h"

#include <QTest>

using namespace educonnect;

class TestStateRules : public QObject
{
    Q_OBJECT
private slots:
    // DESIGN.md section 2, the (Re)notify rows, one case per cell.
    void notifyEffectFollowsTheTable_data()
    {
        QTest::addColumn<AccountState>("state");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<AccountState>("after");
        QTest::addColumn<LetterVariant>("variant");
        QTest::addColumn<bool>("newPassword");
        QTest::addColumn<bool>("resetIgnored");
        QTest::addColumn<bool>("oldPasswordDies");

        QTest::newRow("not notified") << AccountState::NotNotified << false << AccountState::NotifiedNotActivated
                                      << LetterVariant::Distribution << true << false << false;
        QTest::newRow("not notified + reset") << AccountState::NotNotified << true
                                              << AccountState::NotifiedNotActivated << LetterVariant::Distribution
                                              << true << true << false;
        QTest::newRow("notified") << AccountState::NotifiedNotActivated << false << AccountState::NotifiedNotActivated
                                  << LetterVariant::Distribution << false << false << false;
        // Nobody signed in yet: a distribution letter with the new password (the guide's table).
        QTest::newRow("notified + reset") << AccountState::NotifiedNotActivated << true
                                          << AccountState::NotifiedNotActivated << LetterVariant::Distribution
                                          << true << false << true;
        QTest::newRow("pending") << AccountState::ActivationPending << false << AccountState::ActivationPending
                                 << LetterVariant::Redistribution << false << false << false;
        QTest::newRow("pending + reset") << AccountState::ActivationPending << true << AccountState::ActivationPending
                                         << LetterVariant::PasswordChange << true << false << true;
        QTest::newRow("activated") << AccountState::Activated << false << AccountState::Activated
                                   << LetterVariant::Redistribution << false << false << false;
        QTest::newRow("activated + reset") << AccountState::Activated << true << AccountState::Activated
                                           << LetterVariant::PasswordChange << true << false << true;
    }
    void notifyEffectFollowsTheTable()
    {
        QFETCH(AccountState, state);
        QFETCH(bool, reset);
        const NotifyEffect effect = notifyEffect(state, reset);
        QTEST(effect.stateAfter, "after");
        QTEST(effect.variant, "variant");
        QTEST(effect.newPassword, "newPassword");
        QTEST(effect.resetIgnored, "resetIgnored");
        QTEST(effect.oldPasswordDies, "oldPasswordDies");
    }

    void planCountsAndWarns()
    {
        const QList<AccountState> states{AccountState::NotNotified, AccountState::NotNotified,
                                         AccountState::Activated, AccountState::ActivationPending};
        const NotifyPlan withoutReset(states, false);
        QCOMPARE(withoutReset.total(), 4);
        QCOMPARE(withoutReset.count(AccountState::NotNotified), 2);
        QCOMPARE(withoutReset.newPasswords(), 2);
        QCOMPARE(withoutReset.unchangedPasswords(), 2);
        QCOMPARE(withoutReset.descriptions().size(), 3); // three states present
        QVERIFY(withoutReset.warnings().isEmpty());

        const NotifyPlan withReset(states, true);
        QCOMPARE(withReset.newPasswords(), 4);
        const QStringList warnings = withReset.warnings();
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).contains(QLatin1String("2")));  // two never-notified: reset ignored
        QVERIFY(warnings.at(1).contains(QLatin1String("2")));  // two passwords stop working
    }

    // Notifying again, with a reset, accounts notified this morning kills the letters printed for
    // them: the user is told before confirming (not without reset: the password stays).
    void warnsAboutAccountsNotifiedToday()
    {
        const QList<AccountState> states{AccountState::NotifiedNotActivated, AccountState::NotifiedNotActivated};
        NotifyPlan withReset(states, true);
        const int before = int(withReset.warnings().size());
        withReset.setNotifiedToday(2);
        QCOMPARE(withReset.warnings().size(), before + 1);
        QVERIFY(withReset.warnings().join(u' ').contains(QLatin1String("today")));
        NotifyPlan withoutReset(states, false);
        withoutReset.setNotifiedToday(2);
        QVERIFY(withoutReset.warnings().isEmpty());
    }

    void variantNamesRoundTrip()
    {
        for (auto v : {LetterVariant::Distribution, LetterVariant::Redistribution, LetterVariant::PasswordChange})
            QCOMPARE(letterVariantFromApiName(letterVariantApiName(v)), std::optional<LetterVariant>(v));
        QVERIFY(!letterVariantFromApiName(u"other").has_value());
        for (AccountState s : kAllAccountStates)
            QCOMPARE(accountStateFromApiName(accountStateApiName(s)), std::optional<AccountState>(s));
        QVERIFY(!accountStateFromApiName(u"ACTIVATED").has_value());
    }
};

QTEST_GUILESS_MAIN(TestStateRules)
#include "tst_staterules.moc"
