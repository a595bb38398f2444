// The sandbox's demo data generator, without a server: identifiers stay unique and well formed
// however many pupils share a name, and a seed always gives the same data.

#include "demodata.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandbox;

namespace {

const QRegularExpression kPupilLogin(u"^[a-z]\\.[a-z]+[0-9]+$"_s);

} // namespace

class TestSandboxDemoData : public QObject
{
    Q_OBJECT
private slots:
    // Two random digits give only 90 identifiers per initial.surname: a crowded name must still
    // get unique ones, and quickly (this used to loop forever past the 90th).
    void crowdedNamesStillGetUniqueLogins_data()
    {
        QTest::addColumn<QStringList>("firstNames");
        QTest::addColumn<QStringList>("lastNames");
        QTest::addColumn<QString>("base");
        QTest::newRow("one French name")
            << QStringList{u"Émile"_s} << QStringList{u"Lefèvre"_s} << u"e.lefevre"_s;
        QTest::newRow("two names, one base")
            << QStringList{u"Léa"_s, u"Lucas"_s} << QStringList{u"L'Hôte"_s} << u"l.lhote"_s;
        QTest::newRow("non-Latin names fold to the fallback")
            << QStringList{u"Мария"_s, u"Νίκος"_s} << QStringList{u"Иванова"_s, u"Παπαδόπουλος"_s}
            << u"e.eleve"_s;
    }
    void crowdedNamesStillGetUniqueLogins()
    {
        QFETCH(QStringList, firstNames);
        QFETCH(QStringList, lastNames);
        QFETCH(QString, base);
        DemoDataGenerator generator(1, QDate(2025, 9, 1));
        QSet<QString> taken;
        QStringList logins;
        for (int i = 0; i < 10000; ++i) {
            const QString login = generator.makeLogin(firstNames.at(i % firstNames.size()),
                                                      lastNames.at(i % lastNames.size()), taken);
            QVERIFY2(kPupilLogin.match(login).hasMatch(), qPrintable(login));
            QVERIFY2(login.startsWith(base), qPrintable(login));
            logins << login;
        }
        QCOMPARE(QSet<QString>(logins.cbegin(), logins.cend()).size(), 10000);
        QCOMPARE(taken.size(), 10000);
        // The first ones still look like the usual two-digit identifiers.
        QCOMPARE(logins.first().size(), base.size() + 2);
    }

    void aLoginAlreadyTakenIsNeverHandedOut()
    {
        DemoDataGenerator generator(3, QDate(2025, 9, 1));
        QSet<QString> taken;
        for (int n = 10; n < 200; ++n)
            taken.insert(u"z.zola%1"_s.arg(n)); // every random pick and the first fallbacks
        const QString login = generator.makeLogin(u"Zoé"_s, u"Zola"_s, taken);
        QCOMPARE(login, u"z.zola200"_s);
        QVERIFY(taken.contains(login));
    }

    // A first sign-in follows the letter, and never lies in the future (it once could, by up to a month).
    void loginDatesFollowNotificationsAndNeverLieAhead()
    {
        const QDate today(2025, 9, 1);
        const DemoData data = DemoDataGenerator(11, today).generate(5000);
        int signedIn = 0;
        for (const PupilRecord &p : data.pupils) {
            if (!p.lastLoginAt.isValid())
                continue;
            ++signedIn;
            QVERIFY2(p.lastLoginAt.date() < today, qPrintable(p.id));
            QVERIFY2(p.lastLoginAt.date() >= p.notifiedAt, qPrintable(p.id));
        }
        QVERIFY(signedIn > 1000);
    }

    // A head managing two schools (--second-establishment): the second's accounts never take an
    // id or an identifier of the first's, and the first's are those of a sandbox with one school.
    void aSecondEstablishmentSharesNoIdNorIdentifier()
    {
        DemoDataGenerator generator(9, QDate(2025, 9, 1));
        const DemoData first = generator.generate(800);
        const DemoData second = generator.generate(300, DemoDataGenerator::secondDemoEstablishment());
        QVERIFY(isValidUai(second.establishment.uai));
        QVERIFY(second.establishment.uai != first.establishment.uai);
        QSet<QString> ids;
        QSet<QString> logins;
        int accounts = 0;
        auto take = [&](const AccountRecord &a, const QString &uai) {
            ++accounts;
            ids.insert(a.id);
            logins.insert(a.login);
            return a.uai == uai;
        };
        for (const PupilRecord &p : first.pupils)
            QVERIFY(take(p, first.establishment.uai));
        for (const GuardianRecord &g : first.guardians)
            QVERIFY(take(g, first.establishment.uai));
        for (const PupilRecord &p : second.pupils)
            QVERIFY(take(p, second.establishment.uai));
        for (const GuardianRecord &g : second.guardians)
            QVERIFY(take(g, second.establishment.uai));
        QCOMPARE(second.pupils.size(), 300);
        QCOMPARE(ids.size(), accounts);
        QCOMPARE(logins.size(), accounts);
        // The first school is the same as without a second one.
        const DemoData alone = DemoDataGenerator(9, QDate(2025, 9, 1)).generate(800);
        QCOMPARE(alone.pupils.size(), first.pupils.size());
        for (qsizetype i = 0; i < alone.pupils.size(); ++i)
            QCOMPARE(alone.pupils.at(i).login, first.pupils.at(i).login);
    }

    void academySizeDataIsUniqueAndDeterministic()
    {
        DemoDataGenerator first(42, QDate(2025, 9, 1));
        DemoDataGenerator second(42, QDate(2025, 9, 1));
        DemoDataGenerator other(43, QDate(2025, 9, 1));
        const DemoData a = first.generate(50000);
        const DemoData b = second.generate(50000);
        const DemoData c = other.generate(50000);
        QCOMPARE(a.pupils.size(), 50000);
        QSet<QString> logins;
        QSet<QString> ids;
        for (const PupilRecord &p : a.pupils) {
            QVERIFY2(kPupilLogin.match(p.login).hasMatch(), qPrintable(p.login));
            logins.insert(p.login);
            ids.insert(p.id);
        }
        QCOMPARE(logins.size(), 50000);
        QCOMPARE(ids.size(), 50000);

        QCOMPARE(b.pupils.size(), a.pupils.size());
        bool sameAsOtherSeed = true;
        for (qsizetype i = 0; i < a.pupils.size(); ++i) {
            const PupilRecord &x = a.pupils.at(i);
            const PupilRecord &y = b.pupils.at(i);
            QCOMPARE(y.login, x.login);
            QCOMPARE(y.lastName, x.lastName);
            QCOMPARE(y.firstName, x.firstName);
            QCOMPARE(y.state, x.state);
            QCOMPARE(y.birthDate, x.birthDate);
            QCOMPARE(y.provisionalPassword, x.provisionalPassword);
            sameAsOtherSeed = sameAsOtherSeed && c.pupils.at(i).login == x.login;
        }
        QVERIFY(!sameAsOtherSeed);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDemoData)
#include "tst_sandboxdemodata.moc"
