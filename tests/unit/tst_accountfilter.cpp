#include "domain/accountfilter.h"
#include "domain/staterules.h"
#include "domain/textfold.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

class TestAccountFilter : public QObject
{
    Q_OBJECT

    static Student pupil(const QString &last, const QString &first, const QString &klass = u"3e A"_s,
                         AccountState state = AccountState::Activated, const QString &mef = u"3EME"_s)
    {
        Student s;
        s.id = last + first;
        s.lastName = last;
        s.firstName = first;
        s.className = klass;
        s.state = state;
        s.mef.label = mef;
        return s;
    }

private slots:
    void foldRemovesAccentsAndCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("acute") << u"Émile"_s << u"emile"_s;
        QTest::newRow("diaeresis") << u"Maëlys Anaïs"_s << u"maelys anais"_s;
        QTest::newRow("cedilla") << u"FRANÇOIS"_s << u"francois"_s;
        QTest::newRow("curly apostrophe") << u"N\u2019Diaye"_s << u"n'diaye"_s;
        QTest::newRow("vietnamese") << u"Nguyễn"_s << u"nguyen"_s;
        QTest::newRow("cyrillic kept") << u"Иванова"_s << u"иванова"_s;
        QTest::newRow("ascii") << u"Le Goff"_s << u"le goff"_s;
    }
    void foldRemovesAccentsAndCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    void textMatching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("first");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty matches all") << u""_s << u"Martin"_s << u"Léa"_s << true;
        QTest::newRow("plain last name") << u"martin"_s << u"Martin"_s << u"Léa"_s << true;
        QTest::newRow("no accent typed") << u"lea"_s << u"Martin"_s << u"Léa"_s << true;
        QTest::newRow("accent typed, none stored") << u"émile"_s << u"Dupont"_s << u"Emile"_s << true;
        QTest::newRow("apostrophe") << u"n'diaye"_s << u"N'Diaye"_s << u"Awa"_s << true;
        QTest::newRow("curly apostrophe typed") << u"N\u2019Di"_s << u"N'Diaye"_s << u"Awa"_s << true;
        QTest::newRow("two words, any order") << u"lea mart"_s << u"Martin"_s << u"Léa"_s << true;
        QTest::newRow("one word missing") << u"lea dupont"_s << u"Martin"_s << u"Léa"_s << false;
        QTest::newRow("spaces trimmed") << u"   martin  "_s << u"Martin"_s << u"Léa"_s << true;
        QTest::newRow("other pupil") << u"bernard"_s << u"Martin"_s << u"Léa"_s << false;
        QTest::newRow("markup is text") << u"<b>"_s << u"<b>Gras</b>"_s << u"Tom"_s << true;
        QTest::newRow("cyrillic") << u"иван"_s << u"Иванова"_s << u"Мария"_s << true;
    }
    void textMatching()
    {
        QFETCH(QString, text);
        QFETCH(QString, last);
        QFETCH(QString, first);
        QFETCH(bool, matches);
        AccountFilter filter;
        filter.setText(text);
        QCOMPARE(filter.matches(pupil(last, first)), matches);
    }

    void classStateAndMefCriteriaCombine()
    {
        AccountFilter filter;
        QVERIFY(filter.setClasses({u"3e A"_s, u"3e B"_s}));
        QVERIFY(filter.matches(pupil(u"A"_s, u"a"_s, u"3e A"_s)));
        QVERIFY(filter.matches(pupil(u"A"_s, u"a"_s, u"3e B"_s)));
        QVERIFY(!filter.matches(pupil(u"A"_s, u"a"_s, u"3e C"_s)));

        QVERIFY(filter.setStates({AccountState::NotNotified}));
        QVERIFY(!filter.matches(pupil(u"A"_s, u"a"_s, u"3e A"_s, AccountState::Activated)));
        QVERIFY(filter.matches(pupil(u"A"_s, u"a"_s, u"3e A"_s, AccountState::NotNotified)));

        const QString mef = u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s;
        QVERIFY(filter.setMefLabels({mef}));
        QVERIFY(!filter.matches(pupil(u"A"_s, u"a"_s, u"3e A"_s, AccountState::NotNotified)));
        QVERIFY(filter.matches(pupil(u"A"_s, u"a"_s, u"3e A"_s, AccountState::NotNotified, mef)));
    }

    void settersReportChanges()
    {
        AccountFilter filter;
        QVERIFY(!filter.isActive());
        QVERIFY(!filter.setText(u"  "_s));       // blank is no criterion
        QVERIFY(filter.setText(u"lea"_s));
        QVERIFY(!filter.setText(u" lea "_s));    // same after trimming
        QVERIFY(filter.isActive());
        QVERIFY(filter.setClasses({u"6e A"_s}));
        QVERIFY(!filter.setClasses({u"6e A"_s}));
        QVERIFY(!filter.setStates({}));
        QVERIFY(filter.clear());
        QVERIFY(!filter.isActive());
        QVERIFY(!filter.clear());
        QVERIFY(filter.text().isEmpty());
        QVERIFY(filter.classes().isEmpty());
    }

    void precomputedKeyGivesSameAnswer()
    {
        AccountFilter filter;
        filter.setText(u"eloise"_s);
        const Student s = pupil(u"Dupont-Moreau"_s, u"Éloïse"_s);
        QCOMPARE(filter.matches(s, AccountFilter::searchKey(s)), filter.matches(s));
        QVERIFY(filter.matches(s));
    }
    void originAndEmailCriteria()
    {
        AccountFilter filter;
        Student withMail = pupil(u"A"_s, u"a"_s);
        withMail.email = u"a@example.org"_s;
        withMail.origin = AccountOrigin::FranceConnect;
        const Student without = pupil(u"B"_s, u"b"_s);
        QVERIFY(filter.setEmail(AccountFilter::Email::With));
        QVERIFY(filter.isActive());
        QVERIFY(filter.matches(withMail));
        QVERIFY(!filter.matches(without));
        QVERIFY(filter.setEmail(AccountFilter::Email::Without));
        QVERIFY(!filter.matches(withMail));
        QVERIFY(filter.matches(without));
        QVERIFY(filter.setEmail(AccountFilter::Email::Any));
        QVERIFY(filter.setOrigins({AccountOrigin::FranceConnect}));
        QVERIFY(filter.matches(withMail));
        QVERIFY(!filter.matches(without));
    }

    // A parent is found by a child's name, and by the classes of the children of this school.
    void parentsAreFoundThroughTheirChildren()
    {
        Guardian parent;
        parent.id = u"R1"_s;
        parent.lastName = u"N'Diaye"_s;
        parent.firstName = u"Fatou"_s;
        parent.children = {{u"E1"_s, u"N'Diaye"_s, u"Awa"_s, u"6e B"_s, {}, {}},
                           {{}, u"N'Diaye"_s, u"Moussa"_s, u"2nde 3"_s, u"0450750W"_s, u"Lycée voisin"_s}};
        AccountFilter filter;
        QVERIFY(filter.setText(u"awa"_s));
        QVERIFY(filter.matches(parent));
        QVERIFY(filter.setText(u"fatou"_s));
        QVERIFY(filter.matches(parent));
        QVERIFY(filter.setText(u"zoe"_s));
        QVERIFY(!filter.matches(parent));
        QVERIFY(filter.setText(QString()));
        QVERIFY(filter.setClasses({u"6e B"_s}));
        QVERIFY(filter.matches(parent));
        // A class of the other school does not count: it is not one of ours.
        QVERIFY(filter.setClasses({u"2nde 3"_s}));
        QVERIFY(!filter.matches(parent));
        QCOMPARE(parent.childClasses(), QStringList{u"6e B"_s});
    }

    // « Suivi »: notified more than N days ago and still not activated; a letter (its provisional
    // password still waiting) that expired or expires within N days. Both kinds alike.
    void followUpCriteria()
    {
        const QDate today(2026, 12, 7);
        auto notified = [&](const QString &name, AccountState state, int daysAgo) {
            Student s = pupil(name, u"A"_s, u"3e A"_s, state);
            s.notifiedAt = daysAgo >= 0 ? today.addDays(-daysAgo) : QDate();
            return s;
        };
        const Student fresh = notified(u"Frais"_s, AccountState::NotifiedNotActivated, 10);
        const Student late = notified(u"Tard"_s, AccountState::NotifiedNotActivated, 20);
        const Student pending = notified(u"Attente"_s, AccountState::ActivationPending, 40);
        const Student active = notified(u"Actif"_s, AccountState::Activated, 40);
        const Student never = notified(u"Jamais"_s, AccountState::NotNotified, -1);
        // Notified on 2026-09-15: valid until 2026-12-15, 8 days from today.
        const Student expiring = notified(u"Bientot"_s, AccountState::NotifiedNotActivated, 83);
        const Student expired = notified(u"Expire"_s, AccountState::NotifiedNotActivated, 100);

        AccountFilter filter;
        QVERIFY(filter.setNotActivatedAfter(15, today));
        QVERIFY(filter.isActive());
        QVERIFY(!filter.matches(fresh));
        QVERIFY(filter.matches(late));
        QVERIFY(filter.matches(pending)); // waiting for the link is not activated either
        QVERIFY(!filter.matches(active));
        QVERIFY(!filter.matches(never));
        QVERIFY(filter.setNotActivatedAfter(30, today));
        QVERIFY(!filter.matches(late));
        QVERIFY(filter.matches(pending));
        QVERIFY(!filter.setNotActivatedAfter(30, today)); // no change
        // "More than 15 days": 15 days ago exactly is not yet, 16 is.
        QVERIFY(filter.setNotActivatedAfter(15, today));
        QVERIFY(!filter.matches(notified(u"Quinze"_s, AccountState::NotifiedNotActivated, 15)));
        QVERIFY(filter.matches(notified(u"Seize"_s, AccountState::NotifiedNotActivated, 16)));
        QVERIFY(filter.setNotActivatedAfter(0, today));
        QVERIFY(!filter.isActive());

        QCOMPARE(letterValidUntil(expiring.notifiedAt), QDate(2026, 12, 15));
        QCOMPARE(letterExpiry(expiring.state, expiring.notifiedAt, today), LetterExpiry::Soon);
        QCOMPARE(letterExpiry(expired.state, expired.notifiedAt, today), LetterExpiry::Expired);
        QCOMPARE(letterExpiry(late.state, late.notifiedAt, today), LetterExpiry::None);
        // Only a letter whose provisional password still waits: a pending account signed in.
        QCOMPARE(letterExpiry(AccountState::ActivationPending, expired.notifiedAt, today), LetterExpiry::None);
        QVERIFY(filter.setLetterExpiringWithin(15, today));
        QVERIFY(filter.matches(expiring));
        QVERIFY(filter.matches(expired));
        QVERIFY(!filter.matches(late));
        QVERIFY(!filter.matches(pending));
        QVERIFY(filter.setLetterExpiringWithin(7, today));
        QVERIFY(!filter.matches(expiring)); // 8 days left
        QVERIFY(filter.matches(expired));
        // Both ticked: late or expiring, either one.
        QVERIFY(filter.setNotActivatedAfter(15, today));
        QVERIFY(filter.matches(late));
        QVERIFY(filter.matches(expired));
        QVERIFY(!filter.matches(fresh));
        QVERIFY(filter.setNotActivatedAfter(0, today));

        Guardian parent;
        parent.state = AccountState::NotifiedNotActivated;
        parent.notifiedAt = expired.notifiedAt;
        QVERIFY(filter.matches(parent));
        parent.state = AccountState::Activated;
        QVERIFY(!filter.matches(parent));
    }
};

QTEST_GUILESS_MAIN(TestAccountFilter)
#include "tst_accountfilter.moc"
