#include "models/studentfilterproxy.h"
#include "models/studenttablemodel.h"

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
            pupil(u"4"_s, u"Durand"_s, u"Zoé"_s, u"3e A"_s), pupil(u"5"_s, u"N'Diaye"_s, u"Awa"_s, u"6e A"_s)};
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestStudentModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        StudentTableModel model;
        StudentFilterProxy proxy;
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
        StudentFilterProxy proxy;
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
        StudentFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setStudents(sample());
        QSignalSpy checked(&model, &StudentTableModel::checkedChanged);
        model.setChecked({0, 3}, true); // ids 1 and 4
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
        StudentFilterProxy proxy;
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
