// The Statistiques tab, offscreen, against a real sandbox: the figures of the cache in a table
// and in stacked bars (grabbed: one coloured bar per group), pupils and parents, by class and by
// level; a bar or a line opens the matching list already filtered; the CSV export; a delegated
// account sees no parents' figures; the tab works from the cache with no server.

#include "cache/store.h"
#include "config/datapaths.h"
#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "exports/statisticsexport.h"
#include "mainwindow.h"
#include "parents/guardianspage.h"
#include "parents/guardiantablemodel.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "statistics/statisticschart.h"
#include "statistics/statisticspage.h"
#include "testsupport.h"
#include "uitest.h"
#include "windowtest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/accounttablemodel.h"
#include "widgets/criteriabar.h"
#include "widgets/multiselectbutton.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

class TestStatisticsTab : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/' + name);
    }

    void openWindow(const QString &dataDir) { m_window = uitest::startWindow(dataDir); }

    [[nodiscard]] bool signInAs(const QString &login)
    {
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->connectWith(testsupport::accountOf(m_sandbox, login));
        return QTest::qWaitFor([&]() { return !synced.isEmpty(); }, 60000) && synced.last().first().toBool();
    }

    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"mainTabs"_s); }

    // The bars a person sees: along a vertical line through the bars' start, the runs of pixels in
    // a state's colour (each bar starts with its first non-empty state).
    static int barsSeen(StatisticsChart *chart)
    {
        const QImage image = chart->grab().toImage();
        const int x = int(chart->barRect(0).left()) + 1;
        QSet<QRgb> colours;
        for (AccountState state : kAllAccountStates)
            colours.insert(StatisticsChart::stateColor(state).rgb());
        int runs = 0;
        bool inBar = false;
        for (int y = 0; y < image.height(); ++y) {
            const bool coloured = colours.contains(image.pixel(x, y) | 0xff000000);
            runs += coloured && !inBar ? 1 : 0;
            inBar = coloured;
        }
        return runs;
    }

    static QStringList column(QTableView *table, int column)
    {
        QStringList values;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            values << table->model()->index(r, column).data().toString();
        return values;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start({u"--pupils"_s, u"200"_s, u"--seed"_s, u"21"_s})); }

    void cleanup() { m_window.reset(); }

    void theFiguresOfTheCacheInATableAndBars()
    {
        openWindow(path(u"data"_s));
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StatisticsPage *page = m_window->statisticsPage();
        tabs()->setCurrentWidget(page);
        page->resize(1000, 700);

        // By class: one line per class, then the establishment, whose figures are the list's.
        const StudentTableModel *pupils = m_window->studentModel();
        QSet<QString> classes;
        int activated = 0;
        for (int row = 0; row < pupils->rowCount(); ++row) {
            classes.insert(pupils->account(row).className);
            activated += pupils->account(row).state == AccountState::Activated ? 1 : 0;
        }
        QTableView *table = page->table();
        QCOMPARE(table->model()->rowCount(), classes.size() + 1);
        const int last = table->model()->rowCount() - 1;
        QCOMPARE(table->model()->index(last, 0).data().toString(), statisticsTotalLabel());
        QCOMPARE(table->model()->index(last, 1).data().toInt(), pupils->rowCount());
        QCOMPARE(table->model()->index(last, 5).data().toInt(), activated);
        QCOMPARE(column(table, 0).first(), u"6e A"_s); // school order
        QVERIFY(page->findChild<QLabel *>(u"statisticsDataTime"_s)->text().contains(u"sync"_s));

        // The bars: as many as classes, each painted.
        StatisticsChart *chart = page->chart();
        QCOMPARE(chart->barCount(), classes.size());
        QCOMPARE(barsSeen(chart), classes.size());
        uitest::snapshot(page, u"statistics-pupils-by-class"_s);

        // Parents by level: fewer groups, the parents' columns.
        page->setKind(AccountKind::Guardian);
        page->setGrouping(StatisticsGrouping::Level);
        QSet<QString> levels;
        for (int row = 0; row < pupils->rowCount(); ++row)
            levels.insert(pupils->account(row).level);
        QCOMPARE(chart->barCount(), levels.size());
        QCOMPARE(barsSeen(chart), levels.size());
        auto *headers = qobject_cast<QStandardItemModel *>(table->model());
        QVERIFY(headers);
        QCOMPARE(headers->horizontalHeaderItem(0)->text(), statisticsHeader(AccountKind::Guardian,
                                                                            StatisticsGrouping::Level).first());
        QCOMPARE(headers->columnCount(), 7); // no "with an activated parent" column for parents
        QCOMPARE(table->model()->index(table->model()->rowCount() - 1, 1).data().toInt(),
                 m_window->guardianModel()->rowCount());
        uitest::snapshot(page, u"statistics-parents-by-level"_s);
    }

    // A bar opens the class's pupils; a line of the parents by level opens the parents of that
    // level's classes.
    void aBarOrALineOpensTheFilteredList()
    {
        openWindow(path(u"data"_s));
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StatisticsPage *page = m_window->statisticsPage();
        tabs()->setCurrentWidget(page);
        page->setKind(AccountKind::Student);
        page->setGrouping(StatisticsGrouping::Class);
        StatisticsChart *chart = page->chart();
        const QString firstClass = page->statistics().rows.at(page->statisticsRow(0)).group;
        const int inClass = page->statistics().rows.at(page->statisticsRow(0)).pupils.total();
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(0).center().toPoint());
        QCOMPARE(tabs()->currentWidget(), m_window->studentsPage());
        AccountFilterProxy *proxy = m_window->studentsPage()->proxy();
        QTRY_COMPARE(proxy->rowCount(), inClass);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, StudentTableModel::ClassColumn).data().toString(), firstClass);

        tabs()->setCurrentWidget(page);
        page->setKind(AccountKind::Guardian);
        page->setGrouping(StatisticsGrouping::Level);
        const StatisticsRow level = page->statistics().rows.at(page->statisticsRow(0));
        page->table()->setFocus();
        page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
        QTest::keyClick(page->table(), Qt::Key_Return);
        QCOMPARE(tabs()->currentWidget(), m_window->guardiansPage());
        QTRY_COMPARE(m_window->guardiansPage()->proxy()->rowCount(), level.parents.total());

        // A MEF's bar: the pupils' list by that MEF (its label, which the MEF criterion lists).
        m_window->studentsPage()->resetCriteria();
        tabs()->setCurrentWidget(page);
        page->setKind(AccountKind::Student);
        page->setGrouping(StatisticsGrouping::Mef);
        const StatisticsRow mef = page->statistics().rows.at(page->statisticsRow(0));
        QVERIFY(!mef.group.isEmpty());
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(0).center().toPoint());
        QCOMPARE(tabs()->currentWidget(), m_window->studentsPage());
        QTRY_COMPARE(proxy->rowCount(), mef.pupils.total());
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, StudentTableModel::MefColumn).data().toString(), mef.group);
        const QSet<QString> mefs = m_window->studentsPage()->criteriaBar()->button(CriteriaBar::Criterion::Mef)->selection();
        QCOMPARE(mefs, QSet<QString>{mef.group});
    }

    void exportsTheTableAsCsv()
    {
        openWindow(path(u"data"_s));
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StatisticsPage *page = m_window->statisticsPage();
        page->setKind(AccountKind::Student);
        page->setGrouping(StatisticsGrouping::Mef);
        const QString file = path(u"stats.csv"_s);
        FileDialog::setNextFileName(file);
        page->findChild<QPushButton *>(u"statisticsExport"_s)->click();
        const auto rows = testsupport::readCsv(file);
        QVERIFY(rows);
        QCOMPARE(rows->size(), page->table()->model()->rowCount() + 1);
        QCOMPARE(rows->first().at(1), statisticsHeader(AccountKind::Student, StatisticsGrouping::Mef).first());
        for (int r = 1; r < rows->size(); ++r) {
            QCOMPARE(rows->at(r).at(0), m_sandbox.info().uai);
            QCOMPARE(rows->at(r).at(1), page->table()->model()->index(r - 1, 0).data().toString());
        }
    }

    // Each day of sync leaves a snapshot: the progression, newest first, with the day's figures.
    void theProgressionOverTheWeeks()
    {
        const QString data = path(u"data"_s);
        openWindow(data);
        QVERIFY(signInAs(u"cheffe.demo"_s));
        StatisticsPage *page = m_window->statisticsPage();
        page->setKind(AccountKind::Student);
        QTableView *progression = page->progressionTable();
        QCOMPARE(progression->model()->rowCount(), 1);
        const QLocale locale;
        QCOMPARE(progression->model()->index(0, 0).data().toString(),
                 locale.toString(QDate::currentDate(), QLocale::ShortFormat));
        const StatisticsRow &all = page->statistics().total;
        QCOMPARE(progression->model()->index(0, 1).data().toInt(), all.pupils.total());
        QCOMPARE(progression->model()->index(0, 2).data().toString(),
                 percentText(all.pupilsActivatedPercent(), locale));
        QCOMPARE(progression->model()->index(0, 3).data().toString(),
                 percentText(all.withActivatedParentPercent(), locale));

        // A week ago, as another run of the app recorded it; the next sync shows both days.
        {
            auto store = Store::open(DataPaths(data).cacheFile());
            QVERIFY(store.ok());
            QVERIFY(store.value()->recordStatisticsSnapshot(m_sandbox.info().uai, QDate::currentDate().addDays(-7),
                                                            true).ok());
        }
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->findChild<QAction *>(u"syncAction"_s)->trigger();
        QVERIFY(synced.wait(60000));
        QCOMPARE(progression->model()->rowCount(), 2);
        QCOMPARE(progression->model()->index(1, 0).data().toString(),
                 locale.toString(QDate::currentDate().addDays(-7), QLocale::ShortFormat));
        page->setKind(AccountKind::Guardian);
        QCOMPARE(progression->model()->rowCount(), 2);
        QCOMPARE(progression->model()->columnCount(), 3);
        uitest::snapshot(page, u"statistics-progression"_s);
    }

    // A delegated staff member has no parents' figures; the tab works from the cache offline.
    void delegatedThenOffline()
    {
        const QString data = path(u"data"_s);
        openWindow(data);
        QVERIFY(signInAs(u"deleg.demo"_s));
        auto *connection = m_window->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(connection);
        QVERIFY2(connection->text().contains(u"Online since"_s), qPrintable(connection->text()));
        StatisticsPage *page = m_window->statisticsPage();
        auto *kinds = page->findChild<QComboBox *>(u"statisticsKind"_s);
        QCOMPARE(page->kind(), AccountKind::Student);
        const auto *items = qobject_cast<QStandardItemModel *>(kinds->model());
        QVERIFY(items && !items->item(1)->isEnabled());
        QVERIFY(!page->findChild<QLabel *>(u"statisticsSummary"_s)->text().contains(u"parent"_s));
        // No « with an activated parent » column: who cannot see parents cannot know it.
        QCOMPARE(page->table()->model()->columnCount(), 7);
        QCOMPARE(page->progressionTable()->model()->columnCount(), 3);
        const int lines = page->table()->model()->rowCount();
        QVERIFY(lines > 1);

        // Closed, then opened again with no server at all: the same figures, from the cache.
        m_window.reset();
        openWindow(data);
        connection = m_window->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY2(connection->text().contains(u"Offline since"_s), qPrintable(connection->text()));
        QVERIFY(!m_window->findChild<QLabel *>(u"lastSyncLabel"_s)->text().contains(u"Never"_s));
        QCOMPARE(m_window->statisticsPage()->table()->model()->rowCount(), lines);
        QCOMPARE(m_window->statisticsPage()->chart()->barCount(), lines - 1);
    }
};

QTEST_MAIN(TestStatisticsTab)
#include "tst_statisticstab.moc"
