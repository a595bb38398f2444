// List benchmark: loading cached pupils into the Élèves table model and changing the criteria with
// the table shown (DESIGN.md section 7), at 2,500 and 50,000 rows.
//
//   bench_listfilter                    every row: loads (median of several), filter changes
//                                       (QBENCHMARK) and the per-change distribution
//   bench_listfilter -iterations 20     fixed iteration count for the QBENCHMARK rows
//   bench_listfilter distribution       only the scripted sequence: median, p95 and worst per change
//   bench_listfilter loadModel:2500     one row of one function
//
// A filter change is timed from the new criteria to the repainted table: the proxy filters and
// sorts, the page updates its counts and header box, the view lays out and paints. See
// bench/README.md and docs/PERFORMANCE.md.

#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "widgets/accountfilterproxy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {

// splitmix64: the same fictional pupils on every run and platform.
class Random
{
public:
    quint32 next(quint32 bound)
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return quint32(z % bound);
    }

private:
    quint64 m_state = 20261129;
};

const QStringList kLastNames{
    u"Martin"_s,   u"Bernard"_s, u"Thomas"_s,   u"Petit"_s,    u"Robert"_s,    u"Richard"_s,
    u"Durand"_s,   u"Dubois"_s,  u"Moreau"_s,   u"Laurent"_s,  u"Simon"_s,     u"Michel"_s,
    u"Lefèvre"_s,  u"Leroy"_s,   u"Roux"_s,     u"David"_s,    u"Bertrand"_s,  u"Morel"_s,
    u"Fournier"_s, u"Girard"_s,  u"Bonnet"_s,   u"Dupont"_s,   u"Lambert"_s,   u"Fontaine"_s,
    u"Rousseau"_s, u"Vincent"_s, u"Müller"_s,   u"Lefèbvre"_s, u"Faure"_s,     u"André"_s,
    u"Mercier"_s,  u"Blanc"_s,   u"Guérin"_s,   u"Boyer"_s,    u"Garnier"_s,   u"Chevalier"_s,
    u"François"_s, u"Legrand"_s, u"Gauthier"_s, u"Garcia"_s,   u"Perrin"_s,    u"Robin"_s,
    u"Clément"_s,  u"Morin"_s,   u"Nicolas"_s,  u"Henry"_s,    u"Roussel"_s,   u"Mathieu"_s,
    u"Gautier"_s,  u"Masson"_s,  u"N'Diaye"_s,  u"Le Goff"_s,  u"Da Silva"_s,  u"Traoré"_s,
    u"Nguyễn"_s,   u"Öztürk"_s,  u"Ben Saïd"_s, u"L'Hôte"_s,   u"Kévorkian"_s, u"Benoît-Lefèbvre"_s};
const QStringList kFirstNames{
    u"Léa"_s,    u"Noé"_s,    u"Chloé"_s, u"Maëlys"_s,   u"Anaïs"_s,    u"Raphaël"_s, u"Inès"_s,  u"Jules"_s,
    u"Emma"_s,   u"Louis"_s,  u"Zoé"_s,   u"Hugo"_s,     u"Manon"_s,    u"Gabriel"_s, u"Jade"_s,  u"Arthur"_s,
    u"Lina"_s,   u"Adam"_s,   u"Rose"_s,  u"Éloïse"_s,   u"Timothée"_s, u"Awa"_s,     u"Yanis"_s, u"Célia"_s,
    u"Mathis"_s, u"Océane"_s, u"Théo"_s,  u"Clémence"_s, u"Aurélien"_s, u"Sofiane"_s};
struct Level
{
    QString prefix;
    QString code;
    QString mef;
};
const QList<Level> kLevels{{u"6e"_s, u"6EME"_s, u"6EME"_s},
                           {u"5e"_s, u"5EME"_s, u"5EME"_s},
                           {u"4e"_s, u"4EME"_s, u"4EME"_s},
                           {u"3e"_s, u"3EME"_s, u"3EME"_s},
                           {u"2nde"_s, u"2NDE"_s, u"2NDE GENERALE ET TECHNO."_s},
                           {u"1re"_s, u"1ERE"_s, u"1ERE GENERALE"_s},
                           {u"Tle"_s, u"TLE"_s, u"TERMINALE GENERALE"_s},
                           {u"2nde GATL"_s, u"2NDPRO"_s, u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s}};

// `count` fictional pupils in classes of 30 (an academy-size list has ~1,700 classes).
QList<Student> fictionalPupils(int count)
{
    Random random;
    QList<Student> pupils;
    pupils.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int classIndex = i / 30;
        const Level &level = kLevels.at(classIndex % kLevels.size());
        Student s;
        s.id = u"p%1"_s.arg(i);
        s.lastName = kLastNames.at(random.next(quint32(kLastNames.size())));
        s.firstName = kFirstNames.at(random.next(quint32(kFirstNames.size())));
        s.className = u"%1 %2"_s.arg(level.prefix).arg(classIndex / kLevels.size() + 1);
        s.level = level.code;
        s.mef.label = level.mef;
        s.login = s.firstName.left(1).toLower() + u'.' + s.lastName.toLower() + QString::number(i);
        s.state = kAllAccountStates[random.next(4)];
        s.origin = s.state == AccountState::NotNotified ? AccountOrigin::Unknown
                   : random.next(5) == 0                ? AccountOrigin::FranceConnect
                                                        : AccountOrigin::School;
        if (random.next(3) == 0)
            s.email = s.login + u"@example.fr"_s;
        if (s.state != AccountState::NotNotified)
            s.notifiedAt = QDate(2026, 9, 1).addDays(random.next(80));
        pupils << s;
    }
    return pupils;
}

// What a secretary does in the criteria bar: types a name letter by letter and back, picks classes,
// states and a MEF, then resets. Every step is one filter change.
QList<AccountFilter> scriptedChanges(const QList<Student> &pupils)
{
    QList<AccountFilter> changes;
    AccountFilter f;
    auto push = [&]() { changes << f; };
    for (const QString &name : {u"martin"_s, u"lefevre"_s, u"noe"_s, u"ben said"_s}) {
        for (int n = 1; n <= name.size(); ++n) {
            f.setText(name.left(n));
            push();
        }
        for (int n = name.size() - 1; n >= 0; --n) {
            f.setText(name.left(n));
            push();
        }
    }
    const QString classA = pupils.at(pupils.size() / 3).className;
    const QString classB = pupils.at(pupils.size() / 2).className;
    f.setClasses({classA});
    push();
    f.setClasses({classA, classB});
    push();
    f.setText(u"le"_s);
    push();
    f.setText(QString());
    push();
    f.setClasses({});
    push();
    f.setStates({AccountState::NotNotified});
    push();
    f.setStates({AccountState::NotNotified, AccountState::NotifiedNotActivated});
    push();
    f.setMefLabels({u"3EME"_s});
    push();
    f.setStates({});
    push();
    f.setText(u"ma"_s);
    push();
    f.setMefLabels({});
    push();
    f.clear();
    push();
    return changes;
}

// The same, with the criteria the Élèves screen added for parents' sake: origin and e-mail.
QList<AccountFilter> originAndEmailChanges()
{
    QList<AccountFilter> changes;
    AccountFilter f;
    for (int i = 0; i < 4; ++i) {
        f.setOrigins({AccountOrigin::FranceConnect});
        changes << f;
        f.setEmail(AccountFilter::Email::Without);
        changes << f;
        f.setOrigins({});
        changes << f;
        f.setEmail(AccountFilter::Email::With);
        changes << f;
        f.clear();
        changes << f;
    }
    return changes;
}

struct Timings
{
    double median = 0;
    double p95 = 0;
    double worst = 0;
    int count = 0;
};

Timings summarize(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timings t;
    t.count = int(ms.size());
    if (ms.isEmpty())
        return t;
    t.median = ms.at(ms.size() / 2);
    t.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    t.worst = ms.last();
    return t;
}

} // namespace

class BenchListFilter : public QObject
{
    Q_OBJECT
    QList<Student> m_pupils50k;
    QList<Student> m_pupils2500;

    // The page as the window shows it, 1200 px wide.
    struct Shown
    {
        StudentTableModel model;
        StudentsPage page{&model};
        QTableView *table = nullptr;

        explicit Shown(const QList<Student> &pupils)
        {
            model.setStudents(pupils);
            page.refreshCriteria();
            page.resize(1200, 700);
            page.show();
            table = page.findChild<QTableView *>(u"studentTable"_s);
            Q_ASSERT(table);
            settle();
        }
        void settle()
        {
            QApplication::processEvents();
            table->viewport()->repaint();
        }
        // One change, from the criteria to the repainted table, in milliseconds.
        double change(const AccountFilter &filter)
        {
            QElapsedTimer timer;
            timer.start();
            page.proxy()->setFilter(filter);
            page.proxy()->rowCount(); // a proxy does nothing until asked
            settle();
            return double(timer.nsecsElapsed()) / 1e6;
        }
    };

    void distributionFor(const QList<Student> &pupils, const QList<AccountFilter> &changes, const char *what,
                         int rounds)
    {
        Shown shown(pupils);
        QList<double> ms;
        for (int round = 0; round < rounds; ++round) {
            for (const AccountFilter &f : changes)
                ms << shown.change(f);
        }
        const Timings t = summarize(ms);
        qInfo("| %s | %lld | %d | %.1f | %.1f | %.1f |", what, qlonglong(pupils.size()), t.count, t.median,
              t.p95, t.worst);
    }

private slots:
    void initTestCase()
    {
        m_pupils50k = fictionalPupils(50000);
        m_pupils2500 = fictionalPupils(2500);
    }

    // Model load: every row's search and collation keys, and the rows sorted by name. A fresh
    // model each time, as at start-up; the median of 7 loads (freeing the rows is not counted).
    void loadModel_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("2500") << 2500;
        QTest::newRow("50000") << 50000;
    }
    void loadModel()
    {
        QFETCH(int, rows);
        const QList<Student> &pupils = rows == 2500 ? m_pupils2500 : m_pupils50k;
        QList<double> ms;
        for (int i = 0; i < 7; ++i) {
            StudentTableModel model;
            QElapsedTimer timer;
            timer.start();
            model.setStudents(pupils);
            model.rowCount();
            ms << double(timer.nsecsElapsed()) / 1e6;
            QCOMPARE(model.rowCount(), rows);
        }
        QTest::setBenchmarkResult(summarize(ms).median, QTest::WalltimeMilliseconds);
    }

    // The same into the Élèves page on screen, until the table is painted: what start-up waits for.
    void loadShownTable()
    {
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            StudentTableModel model;
            StudentsPage page(&model);
            page.resize(1200, 700);
            page.show();
            auto *table = page.findChild<QTableView *>(u"studentTable"_s);
            QVERIFY(table);
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            model.setStudents(m_pupils50k);
            page.refreshCriteria();
            QApplication::processEvents();
            table->viewport()->repaint();
            ms << double(timer.nsecsElapsed()) / 1e6;
            QCOMPARE(page.proxy()->rowCount(), 50000);
        }
        QTest::setBenchmarkResult(summarize(ms).median, QTest::WalltimeMilliseconds);
    }

    // Two changes per iteration: there (the criteria of the row) and back (no criteria).
    void filterChange_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text 'ma'") << u"text"_s;
        QTest::newRow("one class") << u"class"_s;
        QTest::newRow("one state") << u"state"_s;
        QTest::newRow("origin FranceConnect") << u"origin"_s;
        QTest::newRow("without e-mail") << u"email"_s;
    }
    void filterChange()
    {
        QFETCH(QString, kind);
        Shown shown(m_pupils50k);
        AccountFilter there;
        if (kind == u"text"_s)
            there.setText(u"ma"_s);
        else if (kind == u"class"_s)
            there.setClasses({m_pupils50k.at(25000).className});
        else if (kind == u"state"_s)
            there.setStates({AccountState::ActivationPending});
        else if (kind == u"origin"_s)
            there.setOrigins({AccountOrigin::FranceConnect});
        else
            there.setEmail(AccountFilter::Email::Without);
        QBENCHMARK
        {
            shown.change(there);
            shown.change(AccountFilter());
        }
    }

    // The budget is about every change: median, p95 and worst of a scripted session.
    void distribution()
    {
        qInfo("| changes | rows | samples | median (ms) | p95 (ms) | worst (ms) |");
        qInfo("|---|---|---|---|---|---|");
        distributionFor(m_pupils2500, scriptedChanges(m_pupils2500), "name, class, state, MEF", 5);
        distributionFor(m_pupils50k, scriptedChanges(m_pupils50k), "name, class, state, MEF", 3);
        distributionFor(m_pupils50k, originAndEmailChanges(), "origin, e-mail", 3);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    BenchListFilter bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "listfilter_bench.moc"
