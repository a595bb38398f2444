#pragma once

#include "domain/accountkind.h"
#include "domain/result.h"
#include "domain/statistics.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace educonnect {

// The Statistiques tables as the window shows them and `stats` writes them: pupils' or parents'
// columns, one line per group, then the establishment's.
// Without `parentsKnown`, the pupils' « with an activated parent » column is left out.
QStringList statisticsHeader(AccountKind kind, StatisticsGrouping grouping, bool parentsKnown = true);
// Percentages in `locale`'s way (the CSV's: French, whatever the interface's language).
QStringList statisticsCells(const StatisticsRow &row, AccountKind kind,
                            const QLocale &locale = QLocale(QLocale::French, QLocale::France),
                            bool parentsKnown = true);
// Whether the group has a line for this kind: parents are counted by their children's groups, so
// a group whose pupils have no parent account has no parents' line.
bool statisticsRowShown(const StatisticsRow &row, AccountKind kind);
// The group's name as shown: « (non renseigné) » for pupils without one, the establishment's line.
QString statisticsGroupLabel(const StatisticsRow &row);
QString statisticsTotalLabel();
// A percentage with one decimal, by default as French spreadsheets read it (« 52,4 »).
QString percentText(double percent, const QLocale &locale = QLocale(QLocale::French, QLocale::France));

// CSV by the rules of exports/csv.h, the UAI first on every line.
QByteArray statisticsCsv(const ActivationStatistics &stats, AccountKind kind, const QString &uai);
Result<void> writeStatisticsCsv(const ActivationStatistics &stats, AccountKind kind, const QString &uai,
                                const QString &path);

} // namespace educonnect
