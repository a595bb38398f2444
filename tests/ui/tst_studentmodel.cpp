#include "pupils/studenttablemodel.h"
#include "widgets/accountfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {

Student pupil(const QString &id, const QString &last, const QString &first, const QString &klass,
              AccountState state = AccountState::Activated)
{
    Student s;
    s.id = id;
    s.lastName = last;
    s.firstName = first;
    s.className = klass;
    s.state = state;
    s.login = first.left(1).toLower() + u'.' + last.toLower();
    s.mef.label = klass.startsWith(u'3') ? u"3EME"_s : u"6EME"_s;
    return s;
}

QList<Student> sample()
{
    return {pupil(u"1"_s, u"Zola"_s, u"Émile"_s, u"3e A"_s), pupil(u"2"_s, u"Émery"_s, u"Léa"_s, u"3e B"_s),
            pupil(u"3"_s, u"Emery"_s, u"Adam"_s, u"6e A"_s, AccountState::NotNotified),
            pupil(u"4"_s, u"Durand"_s, u"Zoé"_s, u"3e A"_s),
            pupil(u"5"_s, u"N'Diaye"_s, u"Awa"_s, u"6e A"_s)};
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

// The model keeps its rows sorted (by name unless told otherwise): find a pupil by id.
int rowOf(const StudentTableModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.student(row).id == id)
            return row;
    }
    return -1;
}

} // namespace

class TestStudentModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        StudentTableModel model;
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStudents(sample());
        proxy.sort(StudentTableModel::NameColumn);
        QList<Student> changed = sample();
        changed.removeAt(1);
        changed[0].state = AccountState::NotifiedNotActivated;
        changed << pupil(u"6"_s, u"Abel"_s, u"Tom"_s, u"6e B"_s);
        model.updateStudents(changed);
        model.setChecked({0, 1}, true);
        AccountFilter f;
        f.setText(u"emery"_s);
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void sortsNamesTheFrenchWay()
    {
        StudentTableModel model;
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setStudents(sample());
        proxy.sort(StudentTableModel::NameColumn);
        // "Émery" sorts with "Emery", the first name breaks the tie.
        QCOMPARE(column(proxy, StudentTableModel::NameColumn),
                 QStringList({u"DURAND Zoé"_s, u"EMERY Adam"_s, u"ÉMERY Léa"_s, u"N'DIAYE Awa"_s, u"ZOLA Émile"_s}));
        // A last name that is a prefix of another sorts first, whatever the first names.
        model.setStudents({pupil(u"1"_s, u"Martinez"_s, u"Ana"_s, u"3e A"_s), pupil(u"2"_s, u"Martin"_s, u"Zoé"_s, u"3e A"_s)});
        QCOMPARE(column(proxy, StudentTableModel::NameColumn), QStringList({u"MARTIN Zoé"_s, u"MARTINEZ Ana"_s}));
        model.setStudents(sample());
        proxy.sort(StudentTableModel::ClassColumn);
        // Classes in school order: 6e before 3e; within a class, by name.
        QCOMPARE(column(proxy, StudentTableModel::ClassColumn),
                 QStringList({u"6e A"_s, u"6e A"_s, u"3e A"_s, u"3e A"_s, u"3e B"_s}));
        QCOMPARE(column(proxy, StudentTableModel::NameColumn).first(), u"EMERY Adam"_s);
    }

    void checksFollowIdsThroughRefreshes()
    {
        StudentTableModel model;
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setStudents(sample());
        QSignalSpy checked(&model, &StudentTableModel::checkedChanged);
        model.setChecked({rowOf(model, u"1"_s), rowOf(model, u"4"_s)}, true);
        QCOMPARE(model.checkedIds(), QSet<QString>({u"1"_s, u"4"_s}));
        QCOMPARE(checked.last().first().toInt(), 2);

        // A refresh that removes pupil 1 and reorders the rest keeps pupil 4 ticked.
        QList<Student> refreshed = sample();
        refreshed.removeAt(0);
        std::reverse(refreshed.begin(), refreshed.end());
        model.updateStudents(refreshed);
        QCOMPARE(model.checkedIds(), QSet<QString>({u"4"_s}));
        QCOMPARE(checked.last().first().toInt(), 1);
    }

    void updateEmitsFineGrainedSignals()
    {
        StudentTableModel model;
        model.setStudents(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Student> next = sample();
        next[2].state = AccountState::NotifiedNotActivated;
        next.removeAt(4);
        next << pupil(u"9"_s, u"Petit"_s, u"Noé"_s, u"6e A"_s);
        model.updateStudents(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    void selectAllAppliesToTheFilteredRowsOnly()
    {
        StudentTableModel model;
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setStudents(sample());
        AccountFilter f;
        f.setClasses({u"6e A"_s});
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        model.setChecked(proxy.visibleSourceRows(), true);
        QCOMPARE(model.checkedIds(), QSet<QString>({u"3"_s, u"5"_s}));
    }

    void distinctCriteriaValues()
    {
        StudentTableModel model;
        model.setStudents(sample());
        QCOMPARE(model.classNames(), QStringList({u"6e A"_s, u"3e A"_s, u"3e B"_s})); // school order
        QCOMPARE(model.mefLabels(), QStringList({u"3EME"_s, u"6EME"_s}));
    }

    void sortingKeepsTicksAndRefreshesStaySorted()
    {
        StudentTableModel model;
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStudents(sample());
        model.setChecked({rowOf(model, u"2"_s), rowOf(model, u"5"_s)}, true);
        // The source model sorts (the proxy only filters): every column, both ways.
        for (int column = 0; column < StudentTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.sortOrder(), order);
                QCOMPARE(model.checkedIds(), QSet<QString>({u"2"_s, u"5"_s}));
                for (int row = 0; row < proxy.rowCount(); ++row) {
                    const QModelIndex box = proxy.index(row, StudentTableModel::SelectColumn);
                    const bool ticked = box.data(AccountTableModel::IdRole).toString() == u"2"_s ||
                                        box.data(AccountTableModel::IdRole).toString() == u"5"_s;
                    QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(),
                             ticked ? Qt::Checked : Qt::Unchecked);
                }
            }
        }
        proxy.sort(StudentTableModel::SelectColumn);
        QCOMPARE(QSet<QString>({model.student(0).id, model.student(1).id}), QSet<QString>({u"2"_s, u"5"_s}));
        proxy.sort(StudentTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, StudentTableModel::NameColumn).first(), u"ZOLA Émile"_s);

        // Pupils a refresh adds land in order, under the current sort.
        QList<Student> more = sample();
        more << pupil(u"7"_s, u"Abel"_s, u"Tom"_s, u"6e B"_s) << pupil(u"8"_s, u"Zidane"_s, u"Enzo"_s, u"3e B"_s);
        model.updateStudents(more);
        QCOMPARE(column(proxy, StudentTableModel::NameColumn),
                 QStringList({u"ZOLA Émile"_s, u"ZIDANE Enzo"_s, u"N'DIAYE Awa"_s, u"ÉMERY Léa"_s, u"EMERY Adam"_s,
                              u"DURAND Zoé"_s, u"ABEL Tom"_s}));
        QCOMPARE(model.checkedIds(), QSet<QString>({u"2"_s, u"5"_s}));
    }

    // A change of criteria is one layout change, whatever the rows: not a removal or insertion
    // signal per run of rows, which made a 50,000-row list take seconds (bench_listfilter).
    void aFilterChangeIsOneLayoutChange()
    {
        StudentTableModel model;
        model.setStudents(sample());
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 5);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy filterChanged(&proxy, &AccountFilterProxy::filterChanged);
        AccountFilter f;
        f.setText(u"em"_s); // Émery, Emery, Zola Émile stay; Durand and N'Diaye (in between) go
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilter(f); // the same criteria: nothing at all
        f.clear();
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(layout.size(), 2);
        QCOMPARE(filterChanged.size(), 2);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
    }

    void checkboxColumnIsUserCheckable()
    {
        StudentTableModel model;
        model.setStudents(sample());
        const QModelIndex box = model.index(0, StudentTableModel::SelectColumn);
        QVERIFY(model.flags(box) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model.setData(model.index(0, StudentTableModel::NameColumn), u"x"_s, Qt::EditRole));
    }
};

QTEST_MAIN(TestStudentModel)
#include "tst_studentmodel.moc"
