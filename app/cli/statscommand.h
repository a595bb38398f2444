#pragma once

#include "cli/commandsource.h"
#include "config/datapaths.h"
#include "domain/statistics.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace educonnect {

struct StatsOptions
{
    SourceOptions source;
    bool guardians = false;
    StatisticsGrouping grouping = StatisticsGrouping::Class;
    QString output; // .csv
};

// `educonnect-admin stats ...`: the Statistiques tab's table (pupils' or parents' accounts by
// state, by class, level or MEF) as CSV, for the IT person's scripts; from the server after a
// sync, or from the cache alone (--offline).
class StatsCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 1, Failure = 2 };

    static std::optional<StatsOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();

    explicit StatsCommand(StatsOptions options, QObject *parent = nullptr);
    ~StatsCommand() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void write();
    void fail(const QString &message);

    StatsOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Store> m_store;
    CommandSource *m_source = nullptr;
};

} // namespace educonnect
