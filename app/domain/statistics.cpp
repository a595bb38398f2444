#include "statistics.h"

#include "domain/enumnames.h"
#include "domain/schoolorder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

constexpr EnumNames<StatisticsGrouping, 3> kGroupingNames({{
    {StatisticsGrouping::Class, u"class"},
    {StatisticsGrouping::Level, u"level"},
    {StatisticsGrouping::Mef, u"mef"},
}});

} // namespace

QString statisticsGroupOf(const Student &pupil, StatisticsGrouping grouping)
{
    switch (grouping) {
    case StatisticsGrouping::Level:
        return pupil.level;
    case StatisticsGrouping::Mef:
        return pupil.mef.label.isEmpty() ? pupil.mef.code : pupil.mef.label;
    case StatisticsGrouping::Class:
        break;
    }
    return pupil.className;
}

QString statisticsGroupingName(StatisticsGrouping grouping)
{
    return kGroupingNames.name(grouping);
}

std::optional<StatisticsGrouping> statisticsGroupingFromName(QStringView name)
{
    return kGroupingNames.fromName(name);
}

double percentOf(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

ActivationStatistics activationStatistics(const QList<Student> &pupils, const QList<Guardian> &guardians,
                                          StatisticsGrouping grouping)
{
    ActivationStatistics stats;
    stats.grouping = grouping;
    QHash<QString, AccountState> parentState;
    parentState.reserve(guardians.size());
    for (const Guardian &g : guardians) {
        parentState.insert(g.id, g.state);
        stats.total.parents.add(g.state);
    }

    QHash<QString, qsizetype> rowOf; // group -> index in stats.rows
    QList<QString> levelOf;          // the level of a group's first pupil, for the school order
    QHash<QString, QString> groupOfPupil;
    groupOfPupil.reserve(pupils.size());
    for (const Student &s : pupils) {
        const QString group = statisticsGroupOf(s, grouping);
        groupOfPupil.insert(s.id, group);
        auto found = rowOf.constFind(group);
        if (found == rowOf.cend()) {
            found = rowOf.insert(group, stats.rows.size());
            stats.rows.append(StatisticsRow{group, {}, 0, {}});
            levelOf.append(s.level);
        }
        StatisticsRow &row = stats.rows[*found];
        row.pupils.add(s.state);
        stats.total.pupils.add(s.state);
        const bool withActivatedParent = std::any_of(s.guardianIds.cbegin(), s.guardianIds.cend(), [&](const QString &id) {
            return parentState.value(id, AccountState::NotNotified) == AccountState::Activated;
        });
        if (withActivatedParent) {
            ++row.pupilsWithActivatedParent;
            ++stats.total.pupilsWithActivatedParent;
        }
    }
    // Each parent once in each group of their children here.
    for (const Guardian &g : guardians) {
        QSet<QString> groups;
        for (const GuardianChild &c : g.children) {
            const auto group = groupOfPupil.constFind(c.id);
            if (!c.isElsewhere() && group != groupOfPupil.cend())
                groups.insert(*group);
        }
        for (const QString &group : std::as_const(groups))
            stats.rows[rowOf.value(group)].parents.add(g.state);
    }

    // School order: the stage from the level, then the name (a group without a name last).
    QList<qsizetype> order(stats.rows.size());
    std::iota(order.begin(), order.end(), 0);
    const ClassOrder classOrder;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const QString &ga = stats.rows.at(a).group;
        const QString &gb = stats.rows.at(b).group;
        if (ga.isEmpty() != gb.isEmpty())
            return gb.isEmpty();
        return classOrder.compare(ga, gb, levelOf.at(a), levelOf.at(b)) < 0;
    });
    QList<StatisticsRow> sorted;
    sorted.reserve(order.size());
    for (qsizetype i : order)
        sorted.append(std::move(stats.rows[i]));
    stats.rows = std::move(sorted);
    return stats;
}

} // namespace educonnect
