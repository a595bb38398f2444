// The Statistiques figures on a small data set whose every number was counted by hand: pupils
// and parents by state, % activated, % of pupils with an activated parent, by class, level and
// MEF; a parent of children in two classes; a parent whose only child is elsewhere; the CSV.

#include "domain/statistics.h"
#include "exports/statisticsexport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

using S = AccountState;

Student pupil(const QString &id, const QString &className, const QString &level, const QString &mef, S state,
              const QStringList &parents)
{
    Student s;
    s.id = id;
    s.lastName = u"Élève "_s + id;
    s.className = className;
    s.level = level;
    s.mef = {mef.left(4), mef};
    s.state = state;
    s.guardianIds = parents;
    return s;
}

Guardian parent(const QString &id, S state, const QStringList &children, bool childElsewhere = false)
{
    Guardian g;
    g.id = id;
    g.lastName = u"Parent "_s + id;
    g.state = state;
    for (const QString &c : children)
        g.children.append({c, u"X"_s, u"Y"_s, {}, {}, {}});
    if (childElsewhere)
        g.children.append({{}, u"X"_s, u"Z"_s, u"CM2"_s, u"0451907D"_s, u"École des Hirondelles"_s});
    return g;
}

// Four classes, in an order the school order must undo:
//   3e A (3EME): P1 activated (parents R1 activated, R2 not notified), P2 notified (R3 notified),
//                P3 not notified (no parent).
//   6e B (6EME): P4 activated (R1 activated: a sibling of P1), P5 pending (R4 pending).
//   =HACK() (no level): P6 activated (R5 activated), a class name that looks like a formula.
//   "" (no class):      P7 not notified (R6 activated).
// R7 (activated) has only a child elsewhere.
const QList<Student> kPupils{
    pupil(u"P1"_s, u"3e A"_s, u"3EME"_s, u"3EME GENERAL"_s, S::Activated, {u"R1"_s, u"R2"_s}),
    pupil(u"P2"_s, u"3e A"_s, u"3EME"_s, u"3EME GENERAL"_s, S::NotifiedNotActivated, {u"R3"_s}),
    pupil(u"P3"_s, u"3e A"_s, u"3EME"_s, u"3EME SEGPA"_s, S::NotNotified, {}),
    pupil(u"P4"_s, u"6e B"_s, u"6EME"_s, u"6EME"_s, S::Activated, {u"R1"_s}),
    pupil(u"P5"_s, u"6e B"_s, u"6EME"_s, u"6EME"_s, S::ActivationPending, {u"R4"_s}),
    pupil(u"P6"_s, u"=HACK()"_s, {}, {}, S::Activated, {u"R5"_s}),
    pupil(u"P7"_s, {}, {}, {}, S::NotNotified, {u"R6"_s}),
};
const QList<Guardian> kParents{
    parent(u"R1"_s, S::Activated, {u"P1"_s, u"P4"_s}),
    parent(u"R2"_s, S::NotNotified, {u"P1"_s}),
    parent(u"R3"_s, S::NotifiedNotActivated, {u"P2"_s}),
    parent(u"R4"_s, S::ActivationPending, {u"P5"_s}, true),
    parent(u"R5"_s, S::Activated, {u"P6"_s}),
    parent(u"R6"_s, S::Activated, {u"P7"_s}),
    parent(u"R7"_s, S::Activated, {}, true),
};

QList<int> countsOf(const StateCounts &c)
{
    return {c.of(S::NotNotified), c.of(S::NotifiedNotActivated), c.of(S::ActivationPending), c.of(S::Activated)};
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void byClassCountedByHand()
    {
        const ActivationStatistics stats = activationStatistics(kPupils, kParents, StatisticsGrouping::Class);
        QStringList groups;
        for (const StatisticsRow &row : stats.rows)
            groups << row.group;
        // 6e before 3e (school order), an unknown name after them, no class last.
        QCOMPARE(groups, (QStringList{u"6e B"_s, u"3e A"_s, u"=HACK()"_s, QString()}));

        const StatisticsRow &sixth = stats.rows.at(0);
        QCOMPARE(countsOf(sixth.pupils), (QList<int>{0, 0, 1, 1}));
        QCOMPARE(sixth.pupilsWithActivatedParent, 1); // P4 through R1
        QCOMPARE(countsOf(sixth.parents), (QList<int>{0, 0, 1, 1})); // R4, R1
        QCOMPARE(sixth.pupilsActivatedPercent(), 50.0);
        QCOMPARE(sixth.parentsActivatedPercent(), 50.0);

        const StatisticsRow &third = stats.rows.at(1);
        QCOMPARE(countsOf(third.pupils), (QList<int>{1, 1, 0, 1}));
        QCOMPARE(third.pupilsWithActivatedParent, 1); // P1 through R1; P2's R3 is not activated
        QCOMPARE(countsOf(third.parents), (QList<int>{1, 1, 0, 1})); // R2, R3, R1
        QCOMPARE(third.withActivatedParentPercent(), 100.0 / 3);

        QCOMPARE(countsOf(stats.rows.at(2).pupils), (QList<int>{0, 0, 0, 1}));
        QCOMPARE(stats.rows.at(3).pupilsWithActivatedParent, 1); // P7 through R6

        // The establishment: 7 pupils, 7 parents each once (R1 is in two classes, R7 in none).
        QCOMPARE(countsOf(stats.total.pupils), (QList<int>{2, 1, 1, 3}));
        QCOMPARE(stats.total.pupilsWithActivatedParent, 4); // P1, P4, P6, P7
        QCOMPARE(countsOf(stats.total.parents), (QList<int>{1, 1, 1, 4}));
        QCOMPARE(stats.total.pupilsActivatedPercent(), 300.0 / 7);
        QCOMPARE(stats.total.withActivatedParentPercent(), 400.0 / 7);
        QCOMPARE(stats.total.parentsActivatedPercent(), 400.0 / 7);
        // Parents by class add up to more than the establishment's: R1 is in two.
        int byClass = 0;
        for (const StatisticsRow &row : stats.rows)
            byClass += row.parents.total();
        QCOMPARE(byClass, 7); // R4 R1 | R2 R3 R1 | R5 | R6; R7 nowhere
    }

    void byLevelAndByMef()
    {
        const ActivationStatistics levels = activationStatistics(kPupils, kParents, StatisticsGrouping::Level);
        QCOMPARE(levels.rows.size(), 3); // 6EME, 3EME, none (P6 and P7)
        QCOMPARE(levels.rows.at(0).group, u"6EME"_s);
        QCOMPARE(levels.rows.at(1).group, u"3EME"_s);
        QCOMPARE(levels.rows.at(2).group, QString());
        QCOMPARE(countsOf(levels.rows.at(2).pupils), (QList<int>{1, 0, 0, 1}));
        QCOMPARE(countsOf(levels.rows.at(2).parents), (QList<int>{0, 0, 0, 2})); // R5, R6

        const ActivationStatistics mefs = activationStatistics(kPupils, kParents, StatisticsGrouping::Mef);
        QStringList groups;
        for (const StatisticsRow &row : mefs.rows)
            groups << row.group;
        QCOMPARE(groups, (QStringList{u"6EME"_s, u"3EME GENERAL"_s, u"3EME SEGPA"_s, QString()}));
        QCOMPARE(countsOf(mefs.rows.at(1).pupils), (QList<int>{0, 1, 0, 1}));
        QCOMPARE(mefs.rows.at(2).parents.total(), 0); // P3 has no parent
        QCOMPARE(mefs.total.pupils.total(), 7);
    }

    void nothingToCountIsZeroPercent()
    {
        const ActivationStatistics none = activationStatistics({}, {}, StatisticsGrouping::Class);
        QVERIFY(none.rows.isEmpty());
        QCOMPARE(none.total.pupilsActivatedPercent(), 0.0);
        QCOMPARE(none.total.parentsActivatedPercent(), 0.0);
    }

    // The CSV, read back by Python's csv module: French decimal commas, the formula-looking class
    // neutralised, the establishment last; parents' lines only where there are parents.
    void csvForFrenchSpreadsheets()
    {
        QTemporaryDir dir;
        const ActivationStatistics stats = activationStatistics(kPupils, kParents, StatisticsGrouping::Class);
        const QString pupils = dir.filePath(u"pupils.csv"_s);
        QVERIFY(writeStatisticsCsv(stats, AccountKind::Student, u"0459876R"_s, pupils).ok());
        const auto rows = testsupport::readCsv(pupils);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 6); // header, 4 classes, establishment
        QCOMPARE(rows->at(1), (QStringList{u"0459876R"_s, u"6e B"_s, u"2"_s, u"0"_s, u"0"_s, u"1"_s, u"1"_s,
                                           u"50,0"_s, u"50,0"_s}));
        QCOMPARE(rows->at(2).mid(7), (QStringList{u"33,3"_s, u"33,3"_s}));
        QCOMPARE(rows->at(3).at(1), u"'=HACK()"_s);
        QCOMPARE(rows->at(4).at(1), statisticsGroupLabel(StatisticsRow{}));
        QCOMPARE(rows->at(5).mid(1), (QStringList{statisticsTotalLabel(), u"7"_s, u"2"_s, u"1"_s, u"1"_s, u"3"_s,
                                                  u"42,9"_s, u"57,1"_s}));

        const QString parents = dir.filePath(u"parents.csv"_s);
        QVERIFY(writeStatisticsCsv(stats, AccountKind::Guardian, u"0459876R"_s, parents).ok());
        const auto parentRows = testsupport::readCsv(parents);
        QVERIFY(parentRows);
        QCOMPARE(parentRows->first().size(), 8);
        QCOMPARE(parentRows->size(), 6);
        QCOMPARE(parentRows->last().mid(2), (QStringList{u"7"_s, u"1"_s, u"1"_s, u"1"_s, u"4"_s, u"57,1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
