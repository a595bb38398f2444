// The sandbox's guardians (parents), without a server: families, links, states, identifiers and
// other-school children of generated and imported data, and the store's removal cascade.

#include "demodata.h"
#include "guardiandata.h"
#include "sandboxstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandbox;

namespace {

const QDate kToday(2025, 10, 6);
const QRegularExpression kGuardianLogin(u"^[a-z]+\\.[a-z]+[0-9]+$"_s);
const QRegularExpression kGuardianId(u"^R[0-9]{6}$"_s);

QHash<QString, const PupilRecord *> pupilsById(const DemoData &data)
{
    QHash<QString, const PupilRecord *> byId;
    for (const PupilRecord &p : data.pupils)
        byId.insert(p.id, &p);
    return byId;
}

// Every link is written on both sides, every pupil has one or two guardians, every guardian a child.
void checkLinks(const DemoData &data)
{
    const auto byId = pupilsById(data);
    QHash<QString, QSet<QString>> childrenOf;
    for (const GuardianRecord &g : data.guardians) {
        QVERIFY2(!g.childIds.isEmpty(), qPrintable(g.id));
        for (const QString &child : g.childIds) {
            QVERIFY2(byId.contains(child), qPrintable(child));
            QVERIFY2(byId.value(child)->guardianIds.contains(g.id), qPrintable(g.id + u" -> "_s + child));
        }
        childrenOf.insert(g.id, QSet<QString>(g.childIds.cbegin(), g.childIds.cend()));
    }
    for (const PupilRecord &p : data.pupils) {
        QVERIFY2(p.guardianIds.size() >= 1 && p.guardianIds.size() <= 2, qPrintable(p.id));
        for (const QString &g : p.guardianIds)
            QVERIFY2(childrenOf.value(g).contains(p.id), qPrintable(p.id + u" -> "_s + g));
    }
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

QJsonObject guardian(const QString &lastName, const QString &firstName, const QString &email = {},
                     const QJsonArray &otherChildren = {})
{
    QJsonObject o{{u"lastName"_s, lastName}, {u"firstName"_s, firstName}};
    if (!email.isEmpty())
        o.insert(u"email"_s, email);
    if (!otherChildren.isEmpty())
        o.insert(u"otherChildren"_s, otherChildren);
    return o;
}

QJsonObject pupil(const QString &lastName, const QString &firstName, const QString &className,
                  const QJsonArray &guardians = {})
{
    QJsonObject o{{u"lastName"_s, lastName}, {u"firstName"_s, firstName}, {u"className"_s, className}};
    if (!guardians.isEmpty())
        o.insert(u"guardians"_s, guardians);
    return o;
}

} // namespace

class TestSandboxGuardians : public QObject
{
    Q_OBJECT
    DemoData m_school; // 2,500 pupils, seed 7

private slots:
    void initTestCase() { m_school = DemoDataGenerator(7, kToday).generate(2500); }

    void aboutOnePointSixGuardianAccountsPerPupil()
    {
        QCOMPARE(m_school.pupils.size(), 2500);
        const double ratio = double(m_school.guardians.size()) / double(m_school.pupils.size());
        QVERIFY2(ratio > 1.5 && ratio < 1.7, qPrintable(QString::number(ratio)));
        checkLinks(m_school);
    }

    void siblingsShareTheirGuardians()
    {
        const auto byId = pupilsById(m_school);
        int families = 0;
        int sameSurname = 0;
        int sizeThree = 0;
        for (const GuardianRecord &g : m_school.guardians) {
            if (g.childIds.size() < 2)
                continue;
            ++families;
            sizeThree += g.childIds.size() == 3 ? 1 : 0;
            QVERIFY(g.childIds.size() <= 3);
            // Every child of a guardian lists the same co-guardians: one family, one set.
            const QStringList guardiansOfFirst = byId.value(g.childIds.first())->guardianIds;
            for (const QString &child : g.childIds)
                QCOMPARE(byId.value(child)->guardianIds, guardiansOfFirst);
            QSet<QString> surnames;
            for (const QString &child : g.childIds)
                surnames.insert(byId.value(child)->lastName);
            sameSurname += surnames.size() == 1 ? 1 : 0;
        }
        QVERIFY2(families > 300, qPrintable(QString::number(families))); // accounts of multi-child families
        QVERIFY(sizeThree > 0);
        QVERIFY2(sameSurname > families * 9 / 10, qPrintable(u"%1 of %2"_s.arg(sameSurname).arg(families)));
    }

    void everyStateAndOriginWithConsistentDates()
    {
        QHash<QString, int> states;
        QHash<QString, int> origins;
        int withEmail = 0;
        for (const GuardianRecord &g : m_school.guardians) {
            ++states[g.state];
            ++origins[g.origin];
            withEmail += g.email.isEmpty() ? 0 : 1;
            QVERIFY2(!g.lastLoginAt.isValid() || g.lastLoginAt.date() < kToday, qPrintable(g.id));
            if (g.notifiedAt.isValid()) {
                QVERIFY(g.notifiedAt < kToday);
                QVERIFY(!g.lastLoginAt.isValid() || g.lastLoginAt.date() >= g.notifiedAt);
            }
            if (g.state == u"not_notified"_s) {
                QCOMPARE(g.origin, u"unknown"_s);
                QVERIFY(!g.notifiedAt.isValid() && !g.lastLoginAt.isValid() &&
                        g.provisionalPassword.isEmpty());
            } else if (g.state == u"notified"_s) {
                QCOMPARE(g.origin, u"school"_s);
                QVERIFY(g.notifiedAt.isValid() && !g.lastLoginAt.isValid());
                QVERIFY(QRegularExpression(u"^[A-Z0-9]{8}$"_s).match(g.provisionalPassword).hasMatch());
            } else if (g.state == u"activation_pending"_s) {
                QVERIFY(g.notifiedAt.isValid() && g.lastLoginAt.isValid());
                QVERIFY2(!g.email.isEmpty(), "the confirmation link went to an address");
            } else {
                QCOMPARE(g.state, u"activated"_s);
                QVERIFY(g.lastLoginAt.isValid());
                // Self-registered parents were never notified by the school.
                QCOMPARE(g.notifiedAt.isValid(), g.origin == u"school"_s);
            }
        }
        for (const QString &state :
             {u"not_notified"_s, u"notified"_s, u"activation_pending"_s, u"activated"_s})
            QVERIFY2(states.value(state) > m_school.guardians.size() / 50, qPrintable(state));
        for (const QString &origin : {u"school"_s, u"guardian"_s, u"franceconnect"_s, u"unknown"_s})
            QVERIFY2(origins.value(origin) > m_school.guardians.size() / 50, qPrintable(origin));
        QVERIFY(withEmail > m_school.guardians.size() / 4);
        QVERIFY(withEmail < m_school.guardians.size() * 9 / 10);
    }

    // Most parents have a mobile number, every one who registered by SMS; all fictional (the
    // range ARCEP keeps for fiction).
    void mobilesAreFictionalAndSelfRegisteredParentsHaveOne()
    {
        const QRegularExpression fiction(u"^06 39 98 [0-9]{2} [0-9]{2}$"_s);
        int withMobile = 0;
        for (const GuardianRecord &g : m_school.guardians) {
            if (g.origin == u"guardian"_s)
                QVERIFY2(!g.mobile.isEmpty(), qPrintable(g.id));
            if (g.mobile.isEmpty())
                continue;
            ++withMobile;
            QVERIFY2(fiction.match(g.mobile).hasMatch(), qPrintable(g.mobile));
        }
        QVERIFY(withMobile > m_school.guardians.size() / 2);
        QVERIFY(withMobile < m_school.guardians.size() * 9 / 10);
    }

    void someHaveAChildAtAnotherSchool()
    {
        int guardians = 0;
        QSet<QString> schools;
        for (const GuardianRecord &g : m_school.guardians) {
            guardians += g.otherChildren.isEmpty() ? 0 : 1;
            for (const OtherChild &c : g.otherChildren) {
                QVERIFY2(isValidUai(c.uai), qPrintable(c.uai));
                QVERIFY(c.uai != m_school.establishment.uai);
                QVERIFY(!c.establishmentName.isEmpty() && !c.lastName.isEmpty() && !c.firstName.isEmpty() &&
                        !c.className.isEmpty());
                schools.insert(c.uai);
            }
        }
        QVERIFY2(guardians > m_school.guardians.size() / 20, qPrintable(QString::number(guardians)));
        QVERIFY(guardians < m_school.guardians.size() / 4);
        QVERIFY(schools.size() >= 4);
    }

    void identifiersAreUniqueAndApartFromPupils()
    {
        QSet<QString> pupilLogins;
        for (const PupilRecord &p : m_school.pupils)
            pupilLogins.insert(p.login);
        QSet<QString> logins;
        for (int i = 0; i < m_school.guardians.size(); ++i) {
            const GuardianRecord &g = m_school.guardians.at(i);
            QCOMPARE(g.id, u"R%1"_s.arg(i + 1, 6, 10, QChar(u'0')));
            QVERIFY2(kGuardianLogin.match(g.login).hasMatch(), qPrintable(g.login));
            QVERIFY2(!pupilLogins.contains(g.login), qPrintable(g.login));
            logins.insert(g.login);
            // firstname.surname: the whole first name, not an initial as pupils have.
            QVERIFY2(g.login.startsWith(asciiFold(g.firstName) + u'.') || asciiFold(g.firstName).isEmpty(),
                     qPrintable(g.login));
        }
        QCOMPARE(logins.size(), m_school.guardians.size());
    }

    void crowdedGuardianNamesStillGetUniqueLogins()
    {
        DemoDataGenerator generator(1, kToday);
        QSet<QString> taken{u"nathalie.martin10"_s};
        QSet<QString> logins;
        for (int i = 0; i < 5000; ++i) {
            const QString login = generator.makeGuardianLogin(u"Nathalie"_s, u"Martin"_s, taken);
            QVERIFY2(login.startsWith(u"nathalie.martin"_s) && kGuardianLogin.match(login).hasMatch(),
                     qPrintable(login));
            logins.insert(login);
        }
        QCOMPARE(logins.size(), 5000);
        QVERIFY(!logins.contains(u"nathalie.martin10"_s));
        // Names in another script fold to a fallback, as pupils' do.
        QVERIFY(
            generator.makeGuardianLogin(u"Ольга"_s, u"Иванова"_s, taken).startsWith(u"parent.responsable"_s));
    }

    void aSeedAlwaysGivesTheSameFamilies()
    {
        const DemoData again = DemoDataGenerator(7, kToday).generate(2500);
        const DemoData other = DemoDataGenerator(8, kToday).generate(2500);
        QCOMPARE(again.guardians.size(), m_school.guardians.size());
        bool sameAsOtherSeed = other.guardians.size() == m_school.guardians.size();
        for (qsizetype i = 0; i < m_school.guardians.size(); ++i) {
            const GuardianRecord &a = m_school.guardians.at(i);
            const GuardianRecord &b = again.guardians.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.login, a.login);
            QCOMPARE(b.lastName, a.lastName);
            QCOMPARE(b.firstName, a.firstName);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.origin, a.origin);
            QCOMPARE(b.email, a.email);
            QCOMPARE(b.notifiedAt, a.notifiedAt);
            QCOMPARE(b.lastLoginAt, a.lastLoginAt);
            QCOMPARE(b.childIds, a.childIds);
            QVERIFY(b.otherChildren == a.otherChildren);
            if (sameAsOtherSeed && i < other.guardians.size())
                sameAsOtherSeed = other.guardians.at(i).login == a.login;
        }
        for (qsizetype i = 0; i < m_school.pupils.size(); ++i)
            QCOMPARE(again.pupils.at(i).guardianIds, m_school.pupils.at(i).guardianIds);
        QVERIFY(!sameAsOtherSeed);
    }

    void academySizeFamilies()
    {
        QElapsedTimer timer;
        timer.start();
        const DemoData data = DemoDataGenerator(42, kToday).generate(50000);
        qInfo("50,000 pupils and %lld guardians generated in %lld ms", qlonglong(data.guardians.size()),
              timer.elapsed());
        QCOMPARE(data.pupils.size(), 50000);
        const double ratio = double(data.guardians.size()) / 50000.0;
        QVERIFY2(ratio > 1.5 && ratio < 1.7, qPrintable(QString::number(ratio)));
        checkLinks(data);
        QSet<QString> logins;
        for (const PupilRecord &p : data.pupils)
            logins.insert(p.login);
        for (const GuardianRecord &g : data.guardians)
            logins.insert(g.login);
        QCOMPARE(logins.size(), data.pupils.size() + data.guardians.size());
    }

    void tinySchoolsToo()
    {
        for (int count : {0, 1, 2, 5}) {
            const DemoData data = DemoDataGenerator(3, kToday).generate(count);
            QCOMPARE(data.pupils.size(), count);
            QCOMPARE(data.guardians.isEmpty(), count == 0);
            checkLinks(data);
        }
    }

    void importedGuardiansAreMatchedAcrossSiblings()
    {
        QTemporaryDir dir;
        const QJsonArray elsewhere{QJsonObject{{u"lastName"_s, u"N'Diaye"_s},
                                               {u"firstName"_s, u"Moussa"_s},
                                               {u"className"_s, u"CM2"_s},
                                               {u"uai"_s, uaiOf(452301)},
                                               {u"establishmentName"_s, u"École des Tournesols"_s}}};
        const QJsonArray pupils{
            pupil(u"N'Diaye"_s, u"Awa"_s, u"2nde GATL"_s,
                  {guardian(u"N'Diaye"_s, u"Fatoumata"_s, u"f.ndiaye@example.org"_s, elsewhere),
                   guardian(u"Traoré"_s, u"Karim"_s)}),
            // The same guardians, written differently: case and spaces do not make a new account.
            pupil(u"N'Diaye"_s, u"Issa"_s, u"6e A"_s,
                  {guardian(u" n'diaye"_s, u"FATOUMATA "_s, u"F.NDIAYE@example.org"_s, elsewhere),
                   guardian(u"Traoré"_s, u"Karim"_s)}),
            // Same name, another address: another person.
            pupil(u"Petit"_s, u"Léo"_s, u"5e B"_s,
                  {guardian(u"Traoré"_s, u"Karim"_s, u"k.traore@example.net"_s)}),
            pupil(u"Sans"_s, u"Parent"_s, u"3e A"_s), // an old-style record: no guardians
        };
        const QString path = dir.filePath(u"import.json"_s);
        writeJson(path,
                  QJsonObject{{u"establishment"_s, QJsonObject{{u"uai"_s, u"0450750W"_s},
                                                               {u"name"_s, u"LP des Métiers & Arts"_s}}},
                              {u"pupils"_s, pupils}});
        EstablishmentRecord establishment;
        QList<ImportedPupil> imported;
        QString error;
        QVERIFY2(readImportFile(path, &establishment, &imported, &error), qPrintable(error));
        const DemoData data = DemoDataGenerator(1, kToday).fromImport(establishment, imported);

        QCOMPARE(data.guardians.size(), 3);
        const GuardianRecord &mother = data.guardians.at(0);
        QCOMPARE(mother.lastName, u"N'Diaye"_s);
        QCOMPARE(mother.email, u"f.ndiaye@example.org"_s);
        QCOMPARE(mother.childIds, (QStringList{data.pupils.at(0).id, data.pupils.at(1).id}));
        QCOMPARE(mother.otherChildren.size(), 1); // mentioned twice, one child
        QCOMPARE(mother.otherChildren.first().uai, uaiOf(452301));
        QCOMPARE(mother.otherChildren.first().className, u"CM2"_s);
        QVERIFY(kGuardianLogin.match(mother.login).hasMatch());
        QVERIFY(mother.login.startsWith(u"fatoumata.ndiaye"_s));
        const GuardianRecord &karim = data.guardians.at(1);
        QCOMPARE(karim.childIds, (QStringList{data.pupils.at(0).id, data.pupils.at(1).id}));
        QVERIFY(karim.email.isEmpty());
        QVERIFY(karim.state != u"activation_pending"_s); // no address, no confirmation link waiting
        const GuardianRecord &otherKarim = data.guardians.at(2);
        QCOMPARE(otherKarim.childIds, QStringList{data.pupils.at(2).id});
        QCOMPARE(otherKarim.email, u"k.traore@example.net"_s);
        QVERIFY(otherKarim.login != karim.login);

        QCOMPARE(data.pupils.at(0).guardianIds, (QStringList{mother.id, karim.id}));
        QCOMPARE(data.pupils.at(2).guardianIds, QStringList{otherKarim.id});
        QVERIFY(data.pupils.at(3).guardianIds.isEmpty());
    }

    void badImportedGuardiansAreRefusedClearly_data()
    {
        QTest::addColumn<QJsonValue>("guardians");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an array") << QJsonValue(u"Martin"_s) << u"must be an array"_s;
        QTest::newRow("no first name")
            << QJsonValue(QJsonArray{QJsonObject{{u"lastName"_s, u"Martin"_s}}}) << u"guardian #1 needs"_s;
        QTest::newRow("bad UAI") << QJsonValue(QJsonArray{
                                        guardian(u"Martin"_s, u"Hervé"_s, {},
                                                 QJsonArray{QJsonObject{{u"uai"_s, u"0452301A"_s},
                                                                        {u"establishmentName"_s, u"École"_s},
                                                                        {u"lastName"_s, u"Martin"_s},
                                                                        {u"firstName"_s, u"Léo"_s}}})})
                                 << u"other child #1 needs a valid"_s;
    }
    void badImportedGuardiansAreRefusedClearly()
    {
        QFETCH(QJsonValue, guardians);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QJsonObject p = pupil(u"Martin"_s, u"Léo"_s, u"6e A"_s);
        p.insert(u"guardians"_s, guardians);
        const QString path = dir.filePath(u"import.json"_s);
        writeJson(path, QJsonObject{{u"establishment"_s,
                                     QJsonObject{{u"uai"_s, u"0450750W"_s}, {u"name"_s, u"LP"_s}}},
                                    {u"pupils"_s, QJsonArray{p}}});
        EstablishmentRecord establishment;
        QList<ImportedPupil> imported;
        QString error;
        QVERIFY(!readImportFile(path, &establishment, &imported, &error));
        QVERIFY2(error.contains(u"pupil #1"_s) && error.contains(message), qPrintable(error));
    }

    // Removing accounts keeps both sides of every link right and tells incremental syncs.
    void removalsFollowTheLinks()
    {
        QTemporaryDir dir;
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        const DemoData data = DemoDataGenerator(5, kToday).generate(200);
        QVERIFY(store.beginTransaction());
        QVERIFY(store.saveEstablishment(data.establishment));
        QVERIFY(store.saveAccounts(data.pupils, data.guardians));
        QVERIFY(store.commit());
        const QString uai = data.establishment.uai;
        QCOMPARE(store.currentVersion(), qint64(data.pupils.size() + data.guardians.size()));
        const auto all = store.guardianChangesSince(uai, 0, 1000);
        QCOMPARE(all.items.size(), data.guardians.size());
        QVERIFY(!all.hasMore);
        // One version each, pupils first: a cursor after the pupils sees every guardian still.
        QCOMPARE(store.guardianChangesSince(uai, data.pupils.size(), 1000).items.size(),
                 data.guardians.size());
        QCOMPARE(store.changesSince(uai, 0, 1000).items.size(), data.pupils.size());
        QCOMPARE(store.guardian(uai, data.guardians.first().id)->childIds, data.guardians.first().childIds);
        QVERIFY(store.guardian(uai, data.guardians.first().id)->otherChildren ==
                data.guardians.first().otherChildren);
        QVERIFY(store.loginExists(data.guardians.first().login));

        // A pupil with a sibling: the guardians stay, with one child less.
        const GuardianRecord *shared = nullptr;
        for (const GuardianRecord &g : data.guardians) {
            if (g.childIds.size() >= 2) {
                shared = &g;
                break;
            }
        }
        QVERIFY(shared);
        const QString leaving = shared->childIds.first();
        const QStringList itsGuardians = store.pupil(uai, leaving)->guardianIds;
        qint64 cursor = all.lastVersion;
        QVERIFY(store.beginTransaction());
        QVERIFY(store.removePupil(leaving));
        QVERIFY(store.commit());
        auto delta = store.guardianChangesSince(uai, cursor, 1000);
        QVERIFY(delta.removed.isEmpty());
        QCOMPARE(delta.items.size(), itsGuardians.size());
        for (const GuardianRecord &g : delta.items)
            QVERIFY(!g.childIds.contains(leaving));
        QCOMPARE(store.changesSince(uai, cursor, 1000).removed, QStringList{leaving});

        // An only child: the guardians (of no other pupil here) go with it.
        const PupilRecord *only = nullptr;
        for (const PupilRecord &p : data.pupils) {
            const auto g = store.guardian(uai, p.guardianIds.value(0));
            if (g && g->childIds == QStringList{p.id}) {
                only = &p;
                break;
            }
        }
        QVERIFY(only);
        cursor = delta.lastVersion;
        QVERIFY(store.beginTransaction());
        QVERIFY(store.removePupil(only->id));
        QVERIFY(store.commit());
        delta = store.guardianChangesSince(uai, cursor, 1000);
        QCOMPARE(QSet<QString>(delta.removed.cbegin(), delta.removed.cend()),
                 QSet<QString>(only->guardianIds.cbegin(), only->guardianIds.cend()));
        QVERIFY(!store.guardian(uai, only->guardianIds.first()));

        // A guardian removed: its children no longer list it.
        std::optional<GuardianRecord> parent;
        for (qsizetype i = data.guardians.size() - 1; i >= 0 && !parent; --i)
            parent = store.guardian(uai, data.guardians.at(i).id);
        QVERIFY(parent);
        cursor = delta.lastVersion;
        QVERIFY(store.beginTransaction());
        QVERIFY(store.removeGuardian(parent->id));
        QVERIFY(store.commit());
        QCOMPARE(store.guardianChangesSince(uai, cursor, 1000).removed, QStringList{parent->id});
        const auto pupils = store.changesSince(uai, cursor, 1000);
        QCOMPARE(pupils.items.size(), parent->childIds.size());
        for (const PupilRecord &p : pupils.items)
            QVERIFY(!p.guardianIds.contains(parent->id));
        QVERIFY(!store.removeGuardian(parent->id)); // already gone
    }
};

QTEST_GUILESS_MAIN(TestSandboxGuardians)
#include "tst_sandboxguardians.moc"
