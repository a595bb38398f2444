#include "statisticspage.h"

#include "dialogs/uiseams.h"
#include "exports/statisticsexport.h"
#include "statistics/statisticschart.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

StatisticsPage::StatisticsPage(QWidget *parent) : QWidget(parent)
{
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(u"statisticsKind"_s);
    m_kindBox->addItem(tr("Pupils"), int(AccountKind::Student));
    m_kindBox->addItem(tr("Parents"), int(AccountKind::Guardian));
    m_groupingBox = new QComboBox(this);
    m_groupingBox->setObjectName(u"statisticsGrouping"_s);
    m_groupingBox->addItem(tr("Class"), int(StatisticsGrouping::Class));
    m_groupingBox->addItem(tr("Level"), int(StatisticsGrouping::Level));
    m_groupingBox->addItem(tr("MEF"), int(StatisticsGrouping::Mef));
    m_dataTimeLabel = new QLabel(this);
    m_dataTimeLabel->setObjectName(u"statisticsDataTime"_s);
    m_export = new QPushButton(tr("Export as CSV…"), this);
    m_export->setObjectName(u"statisticsExport"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statisticsSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_chart = new StatisticsChart(this);
    auto *chartArea = new QScrollArea(this);
    chartArea->setWidget(m_chart);
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"statisticsTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Enter or double-click opens the list of these accounts."));

    // How activation went, one line per day of sync, newest first.
    m_progressionModel = new QStandardItemModel(this);
    m_progression = new QTableView(this);
    m_progression->setObjectName(u"statisticsProgression"_s);
    m_progression->setModel(m_progressionModel);
    m_progression->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progression->verticalHeader()->hide();
    m_progression->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(chartArea);
    right->addWidget(m_progression);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    // The table, and the bars beside it.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Accounts:"), this));
    controls->addWidget(m_kindBox);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("By:"), this));
    controls->addWidget(m_groupingBox);
    controls->addSpacing(12);
    controls->addWidget(m_dataTimeLabel, 1);
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, &StatisticsPage::showFigures);
    connect(m_groupingBox, &QComboBox::currentIndexChanged, this, &StatisticsPage::recompute);
    connect(m_chart, &StatisticsChart::barClicked, this, &StatisticsPage::openLine);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openLine(index.row()); });
    connect(m_export, &QPushButton::clicked, this, &StatisticsPage::exportCsv);
    recompute();
}

AccountKind StatisticsPage::kind() const
{
    return AccountKind(m_kindBox->currentData().toInt());
}

StatisticsGrouping StatisticsPage::grouping() const
{
    return StatisticsGrouping(m_groupingBox->currentData().toInt());
}

void StatisticsPage::setKind(AccountKind kind)
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
}

void StatisticsPage::setGrouping(StatisticsGrouping grouping)
{
    m_groupingBox->setCurrentIndex(m_groupingBox->findData(int(grouping)));
}

void StatisticsPage::setData(Data accounts)
{
    m_data = std::move(accounts);
    if (!m_data.parentsKnown) {
        m_data.guardians.clear();
        m_data.parentHistory.clear();
        setKind(AccountKind::Student);
    }
    // Offered only to who may see parents' accounts.
    auto *kinds = qobject_cast<QStandardItemModel *>(m_kindBox->model());
    if (QStandardItem *item = kinds ? kinds->item(1) : nullptr)
        item->setEnabled(m_data.parentsKnown);
    recompute();
}

void StatisticsPage::recompute()
{
    m_stats = activationStatistics(m_data.pupils, m_data.guardians, grouping());
    m_stats.parentsKnown = m_data.parentsKnown;
    showFigures();
}

void StatisticsPage::showFigures()
{
    const AccountKind shown = kind();
    const QLocale locale;
    m_dataTimeLabel->setText(m_data.dataTime.isValid()
                            ? tr("Data of %1 (last sync)").arg(locale.toString(m_data.dataTime.toLocalTime(),
                                                                                QLocale::ShortFormat))
                            : tr("No data yet: synchronize once."));
    const StatisticsRow &all = m_stats.total;
    QString summary = tr("%n pupil(s): %1 % activated", nullptr, all.pupils.total())
                          .arg(percentText(all.pupilsActivatedPercent(), locale));
    if (m_data.parentsKnown) {
        summary += u"; "_s
                   + tr("%1 % with at least one activated parent")
                         .arg(percentText(all.withActivatedParentPercent(), locale))
                   + u". "_s
                   + tr("%n parent account(s): %1 % activated.", nullptr, all.parents.total())
                         .arg(percentText(all.parentsActivatedPercent(), locale));
    } else {
        summary += u'.';
    }
    m_summary->setText(summary);

    m_model->clear();
    m_model->setHorizontalHeaderLabels(statisticsHeader(shown, m_stats.grouping, m_data.parentsKnown));
    m_lines.clear();
    QList<StatisticsChart::Bar> bars;
    auto addLine = [&](const QStringList &cells, int statisticsRow) {
        QList<QStandardItem *> items;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QStandardItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        m_model->appendRow(items);
        m_lines << statisticsRow;
    };
    for (int i = 0; i < m_stats.rows.size(); ++i) {
        const StatisticsRow &row = m_stats.rows.at(i);
        if (!statisticsRowShown(row, shown))
            continue;
        addLine(statisticsCells(row, shown, locale, m_data.parentsKnown), i);
        bars.append({statisticsGroupLabel(row), shown == AccountKind::Student ? row.pupils : row.parents});
    }
    QStringList total = statisticsCells(all, shown, locale, m_data.parentsKnown);
    total[0] = statisticsTotalLabel();
    addLine(total, -1);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_model->item(m_model->rowCount() - 1, c)->setFont(bold);
    m_chart->setBars(bars);

    const QList<StatisticsSnapshot> &history =
        shown == AccountKind::Student ? m_data.pupilHistory : m_data.parentHistory;
    m_progressionModel->clear();
    QStringList progressionHeader{tr("Sync of"), shown == AccountKind::Student ? tr("Pupils") : tr("Parents"),
                                  tr("% activated")};
    const bool withParents = shown == AccountKind::Student && m_data.parentsKnown;
    if (withParents)
        progressionHeader << tr("% with an activated parent");
    m_progressionModel->setHorizontalHeaderLabels(progressionHeader);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        QStringList cells{locale.toString(it->day, QLocale::ShortFormat), QString::number(it->counts.total()),
                          percentText(percentOf(it->counts.activated(), it->counts.total()), locale)};
        if (withParents)
            cells << (it->withActivatedParent < 0 ? tr("—")
                                                  : percentText(percentOf(it->withActivatedParent, it->counts.total()),
                                                                locale));
        QList<QStandardItem *> items;
        for (const QString &cell : cells) {
            items << new QStandardItem(cell);
            items.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_progressionModel->appendRow(items);
    }
    m_export->setEnabled(!m_data.pupils.isEmpty());
}

void StatisticsPage::openLine(int line)
{
    const int row = statisticsRow(line);
    if (row < 0 || row >= m_stats.rows.size())
        return;
    emit listRequested(kind(), m_stats.grouping, m_stats.rows.at(row).group);
}

void StatisticsPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        u"Educonnect-Statistiques%1-%2.csv"_s.arg(kind() == AccountKind::Student ? u"Eleves"_s : u"Responsables"_s,
                                                  QDateTime::currentDateTime().toString(u"yyyyMMddHHmmss"_s)));
    QString path = FileDialog::getSaveFileName(this, tr("Export the statistics"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    if (auto written = writeStatisticsCsv(m_stats, kind(), m_data.uai, path); !written)
        MessageBox::warning(this, tr("Export the statistics"), written.error().message);
}

} // namespace educonnect::ui
