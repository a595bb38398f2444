#include "statisticsexport.h"

#include "exports/csv.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {
struct StatsText
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};
} // namespace

QStringList statisticsHeader(AccountKind kind, StatisticsGrouping grouping, bool parentsKnown)
{
    QStringList header;
    switch (grouping) {
    case StatisticsGrouping::Class:
        header << StatsText::tr("Class");
        break;
    case StatisticsGrouping::Level:
        header << StatsText::tr("Level");
        break;
    case StatisticsGrouping::Mef:
        header << StatsText::tr("MEF");
        break;
    }
    header << (kind == AccountKind::Student ? StatsText::tr("Pupils") : StatsText::tr("Parents"));
    for (AccountState state : kAllAccountStates)
        header << accountStateLabel(state);
    header << StatsText::tr("% activated");
    if (kind == AccountKind::Student && parentsKnown)
        header << StatsText::tr("% with an activated parent");
    return header;
}

QString percentText(double percent, const QLocale &locale)
{
    return locale.toString(percent, 'f', 1);
}

QStringList statisticsCells(const StatisticsRow &row, AccountKind kind, const QLocale &locale, bool parentsKnown)
{
    const StateCounts &counts = kind == AccountKind::Student ? row.pupils : row.parents;
    QStringList cells{statisticsGroupLabel(row), QString::number(counts.total())};
    for (AccountState state : kAllAccountStates)
        cells << QString::number(counts.of(state));
    if (kind == AccountKind::Student) {
        cells << percentText(row.pupilsActivatedPercent(), locale);
        if (parentsKnown)
            cells << percentText(row.withActivatedParentPercent(), locale);
    } else {
        cells << percentText(row.parentsActivatedPercent(), locale);
    }
    return cells;
}

bool statisticsRowShown(const StatisticsRow &row, AccountKind kind)
{
    return kind == AccountKind::Student || row.parents.total() > 0;
}

QString statisticsGroupLabel(const StatisticsRow &row)
{
    return row.group.isEmpty() ? StatsText::tr("(not given)") : row.group;
}

QString statisticsTotalLabel()
{
    return StatsText::tr("Whole establishment");
}

QByteArray statisticsCsv(const ActivationStatistics &stats, AccountKind kind, const QString &uai)
{
    const QLocale french(QLocale::French, QLocale::France);
    QString text =
        csvLine(QStringList{StatsText::tr("UAI")} + statisticsHeader(kind, stats.grouping, stats.parentsKnown));
    for (const StatisticsRow &row : stats.rows) {
        if (!statisticsRowShown(row, kind))
            continue;
        text += csvLine(QStringList{uai} + statisticsCells(row, kind, french, stats.parentsKnown));
    }
    QStringList total = statisticsCells(stats.total, kind, french, stats.parentsKnown);
    total[0] = statisticsTotalLabel();
    text += csvLine(QStringList{uai} + total);
    return csvBytes(text);
}

Result<void> writeStatisticsCsv(const ActivationStatistics &stats, AccountKind kind, const QString &uai,
                                const QString &path)
{
    return writeFileAtomically(path, statisticsCsv(stats, kind, uai), u"stats-file"_s);
}

} // namespace educonnect
