#pragma once

#include "domain/accountkind.h"
#include "domain/result.h"
#include "domain/statistics.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace educonnect {

// The Statistiques tables as the window shows them and `stats` writes them: pupils' or parents'
// columns, one line per group, then the establishment's.
QStringList statisticsHeader(AccountKind kind, StatisticsGrouping grouping);
QStringList statisticsCells(const StatisticsRow &row, AccountKind kind);
// The group's name as shown: « (non renseigné) » for pupils without one, the establishment's line.
QString statisticsGroupLabel(const StatisticsRow &row);
QString statisticsTotalLabel();
// A percentage as French spreadsheets read it: one decimal, a decimal comma (« 52,4 »).
QString percentText(double percent);

// CSV by the rules of exports/csv.h, the UAI first on every line.
QByteArray statisticsCsv(const ActivationStatistics &stats, AccountKind kind, const QString &uai);
Result<void> writeStatisticsCsv(const ActivationStatistics &stats, AccountKind kind, const QString &uai,
                                const QString &path);

} // namespace educonnect
