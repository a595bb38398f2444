#pragma once

#include "domain/accountkind.h"
#include "domain/guardian.h"
#include "domain/statistics.h"
#include "domain/student.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace educonnect::ui {

class StatisticsChart;

// « Statistiques »: accounts by state, by class, level or MEF, for pupils or parents, as stacked
// bars and a table, computed from the cache (so it works offline) with the time of the data. A
// bar or a row opens the matching list already filtered; the table exports as CSV.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(QWidget *parent = nullptr);

    struct Data
    {
        QString uai;
        QList<Student> pupils;
        QList<Guardian> guardians;
        // Without it (a delegated account), parents are left out: figures about them would be
        // empty, not true.
        bool parentsKnown = false;
        QDateTime dataTime; // the last sync
        QList<StatisticsSnapshot> pupilHistory, parentHistory; // one per day of sync, oldest first
    };
    // The establishment's accounts as cached.
    void setData(Data accounts);
    void setKind(AccountKind kind);
    void setGrouping(StatisticsGrouping grouping);
    AccountKind kind() const;
    StatisticsGrouping grouping() const;

    const ActivationStatistics &statistics() const { return m_stats; }
    StatisticsChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QTableView *progressionTable() const { return m_progression; }
    // The statistics row each bar and table line stands for (the establishment's line: -1).
    int statisticsRow(int line) const { return line < m_lines.size() ? m_lines.at(line) : -1; }

signals:
    // The list of these accounts in this group (a class, a level, a MEF label), already filtered.
    void listRequested(educonnect::AccountKind kind, educonnect::StatisticsGrouping grouping, const QString &group);

private:
    void recompute();
    void showFigures();
    void openLine(int line);
    void exportCsv();

    QComboBox *m_kindBox;
    QComboBox *m_groupingBox;
    QLabel *m_dataTimeLabel;
    QLabel *m_summary;
    QPushButton *m_export;
    StatisticsChart *m_chart;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QTableView *m_progression;
    QStandardItemModel *m_progressionModel;

    Data m_data;
    ActivationStatistics m_stats;
    QList<int> m_lines; // table line -> index in m_stats.rows
};

} // namespace educonnect::ui
