#pragma once

#include "domain/accountstate.h"
#include "domain/guardian.h"
#include "domain/student.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace educonnect {

// How the Statistiques tab and `stats --by` group accounts, as the web module does.
enum class StatisticsGrouping { Class, Level, Mef };

QString statisticsGroupingName(StatisticsGrouping grouping); // class, level, mef
std::optional<StatisticsGrouping> statisticsGroupingFromName(QStringView name);

// How many accounts are in each state.
struct StateCounts
{
    std::array<int, 4> counts{}; // by AccountState

    void add(AccountState state) { ++counts[size_t(state)]; }
    int of(AccountState state) const { return counts[size_t(state)]; }
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    int activated() const { return of(AccountState::Activated); }
};

// part / whole in percent; 0 when there is nothing to count.
double percentOf(int part, int whole);

// One group (a class, a level, a MEF), or the whole establishment.
struct StatisticsRow
{
    QString group; // the class name, level code or MEF label; empty when the pupils have none
    StateCounts pupils;
    int pupilsWithActivatedParent = 0; // pupils of whom at least one parent's account is activated
    // The parents of the group's pupils: a parent of children in two classes counts in both, and
    // once in the establishment's row. A parent with no child here counts only there.
    StateCounts parents;

    double pupilsActivatedPercent() const { return percentOf(pupils.activated(), pupils.total()); }
    double withActivatedParentPercent() const { return percentOf(pupilsWithActivatedParent, pupils.total()); }
    double parentsActivatedPercent() const { return percentOf(parents.activated(), parents.total()); }
};

// The figures of the Statistiques tab, computed from the cache (so they work offline).
struct ActivationStatistics
{
    StatisticsGrouping grouping = StatisticsGrouping::Class;
    QList<StatisticsRow> rows; // in school order (6e … Terminale, post-bac, then the rest)
    StatisticsRow total;       // the establishment
    // The user may see parents' accounts (not a delegated account): otherwise the figures about
    // parents, « with an activated parent » included, are not known, and not shown.
    bool parentsKnown = true;
};

// One kind of accounts by state on a day of sync: the Statistiques tab's progression over the
// weeks. For pupils, withActivatedParent counts those with at least one activated parent.
struct StatisticsSnapshot
{
    QDate day;
    StateCounts counts;
    int withActivatedParent = -1; // -1: not known (the user who synced that day sees no parents)
};

// The group a pupil counts in: its class, its level, or its MEF (the label, else the code).
QString statisticsGroupOf(const Student &pupil, StatisticsGrouping grouping);

ActivationStatistics activationStatistics(const QList<Student> &pupils, const QList<Guardian> &guardians,
                                          StatisticsGrouping grouping);

} // namespace educonnect
