// The shared criteria bar, on its own and inside the Élèves page: the search's pause, Return and
// Escape, reset and the « Filtre actif » marker, the criteria each screen shows, and the origin and
// e-mail criteria filtering the real table. Also the page's layout at the window's width.

#include "domain/clock.h"
#include "domain/staterules.h"
#include "pupils/studentspage.h"
#include "pupils/studenttablemodel.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/accounttexts.h"
#include "widgets/criteriabar.h"
#include "widgets/multiselectbutton.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

using Criterion = CriteriaBar::Criterion;

namespace {

Student pupil(const QString &id, const QString &last, const QString &first, const QString &klass,
              AccountOrigin origin, const QString &email)
{
    Student s;
    s.id = id;
    s.lastName = last;
    s.firstName = first;
    s.className = klass;
    s.level = klass.startsWith(u'6') ? u"6EME"_s : u"2NDPRO"_s;
    s.mef.label = klass.startsWith(u'6') ? u"6EME"_s : u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s;
    s.login = first.left(1).toLower() + u'.' + last.toLower();
    s.state = origin == AccountOrigin::Unknown ? AccountState::NotNotified : AccountState::Activated;
    s.origin = origin;
    s.email = email;
    return s;
}

QList<Student> sample()
{
    return {pupil(u"1"_s, u"Martin"_s, u"Léa"_s, u"6e A"_s, AccountOrigin::School, u"lea@example.fr"_s),
            pupil(u"2"_s, u"Martinez"_s, u"Noé"_s, u"6e A"_s, AccountOrigin::FranceConnect, QString()),
            pupil(u"3"_s, u"Durand"_s, u"Zoé"_s, u"2nde GATL"_s, AccountOrigin::FranceConnect,
                  u"zoe@example.fr"_s),
            pupil(u"4"_s, u"N'Diaye"_s, u"Awa"_s, u"2nde GATL"_s, AccountOrigin::Unknown, QString()),
            pupil(u"5"_s, u"Émery"_s, u"Adam"_s, u"6e B"_s, AccountOrigin::School, QString())};
}

// Ticks the menu entry of `button` whose value is `value`, as a click in the menu does.
bool tick(MultiSelectButton *button, const QString &value, bool on = true)
{
    for (QAction *action : button->menu()->actions()) {
        if (action->data().toString() == value) {
            action->setChecked(on);
            return true;
        }
    }
    return false;
}

QStringList shownIds(const AccountFilterProxy *proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(AccountTableModel::IdRole).toString();
    ids.sort();
    return ids;
}

} // namespace

class TestCriteriaBar : public QObject
{
    Q_OBJECT
    std::unique_ptr<CriteriaBar> m_bar;
    QLineEdit *m_search = nullptr;
    QLabel *m_marker = nullptr;
    QPushButton *m_reset = nullptr;

private slots:
    void init()
    {
        m_bar = std::make_unique<CriteriaBar>(
            u"Nom"_s, QList<Criterion>{Criterion::Mef, Criterion::Classes, Criterion::States,
                                       Criterion::Origins, Criterion::Email});
        m_bar->show();
        m_search = m_bar->findChild<QLineEdit *>(u"searchEdit"_s);
        m_marker = m_bar->findChild<QLabel *>(u"filterActiveLabel"_s);
        m_reset = m_bar->findChild<QPushButton *>(u"resetCriteriaButton"_s);
        QVERIFY(m_search);
        QVERIFY(m_marker);
        QVERIFY(m_reset);
    }
    void cleanup() { m_bar.reset(); }

    // The search waits for a pause in typing (a single-shot timer every keystroke restarts), then
    // applies the whole text once. The pause is stretched here so that no slow machine can make
    // it elapse while typing: the test depends on no clock.
    void searchWaitsForAPauseInTyping()
    {
        auto *pause = m_bar->findChild<QTimer *>(u"searchTimer"_s);
        QVERIFY(pause);
        QVERIFY(pause->isSingleShot());
        QCOMPARE(pause->interval(), CriteriaBar::kSearchDelayMs);
        pause->setInterval(3'600'000);
        QSignalSpy changed(m_bar.get(), &CriteriaBar::filterChanged);
        QTest::keyClicks(m_search, u"mar"_s);
        // Nothing while typing: three keystrokes, not yet a filter.
        QVERIFY(pause->isActive());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_bar->filter().text(), QString());
        QVERIFY(!m_marker->isVisible());
        // The pause ends: applied once, with the whole text, and nothing is left pending.
        pause->setInterval(0);
        pause->start();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(m_bar->filter().text(), u"mar"_s);
        QCOMPARE(changed.first().first().value<AccountFilter>().text(), u"mar"_s);
        QVERIFY(m_marker->isVisible());
        QVERIFY(m_reset->isEnabled());
        QVERIFY(!pause->isActive());
    }

    void returnAppliesAtOnceAndEscapeClears()
    {
        QSignalSpy changed(m_bar.get(), &CriteriaBar::filterChanged);
        QTest::keyClicks(m_search, u"Émery"_s);
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_bar->filter().text(), u"Émery"_s);
        QVERIFY(m_marker->isVisible());
        // Nothing is left pending to apply it a second time.
        auto *pause = m_bar->findChild<QTimer *>(u"searchTimer"_s);
        QVERIFY(pause);
        QVERIFY(!pause->isActive());

        QTest::keyClick(m_search, Qt::Key_Escape);
        QCOMPARE(m_search->text(), QString());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!m_bar->filter().isActive());
        QVERIFY(!m_marker->isVisible());
        QVERIFY(!m_reset->isEnabled());
    }

    void resetClearsEveryCriterionInOneChange()
    {
        auto *classes = m_bar->button(Criterion::Classes);
        auto *states = m_bar->button(Criterion::States);
        auto *email = m_bar->button(Criterion::Email);
        QVERIFY(classes && states && email);
        m_bar->setChoices(Criterion::Classes, {u"6e A"_s, u"6e B"_s});
        QSignalSpy changed(m_bar.get(), &CriteriaBar::filterChanged);
        QVERIFY(tick(classes, u"6e B"_s));
        QVERIFY(tick(states, accountStateApiName(AccountState::Activated)));
        QVERIFY(tick(email, u"without"_s));
        QCOMPARE(changed.size(), 3); // a ticked value applies at once
        m_search->setText(u"lé"_s);
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(changed.size(), 4);
        const AccountFilter f = m_bar->filter();
        QCOMPARE(f.classes(), QSet<QString>{u"6e B"_s});
        QCOMPARE(f.states(), QSet<AccountState>{AccountState::Activated});
        QCOMPARE(f.email(), AccountFilter::Email::Without);
        QVERIFY(m_marker->isVisible());

        QTest::mouseClick(m_reset, Qt::LeftButton);
        QCOMPARE(changed.size(), 5);
        QVERIFY(!m_bar->filter().isActive());
        QCOMPARE(m_search->text(), QString());
        QCOMPARE(classes->selection(), QSet<QString>());
        QCOMPARE(states->selection(), QSet<QString>());
        QCOMPARE(email->selection(), QSet<QString>());
        QVERIFY(!m_marker->isVisible());
        QVERIFY(!m_reset->isEnabled());
    }

    void filterActiveFollowsEachCriterion()
    {
        for (Criterion criterion :
             {Criterion::Mef, Criterion::Classes, Criterion::States, Criterion::Origins, Criterion::Email}) {
            auto *button = m_bar->button(criterion);
            QVERIFY(button);
            if (criterion == Criterion::Mef || criterion == Criterion::Classes)
                m_bar->setChoices(criterion, {u"x"_s}); // the others come with their values
            QAction *first = button->menu()->actions().value(0);
            QVERIFY(first);
            first->setChecked(true);
            QVERIFY2(m_marker->isVisible(), qPrintable(button->objectName()));
            QVERIFY(m_bar->filter().isActive());
            first->setChecked(false);
            QVERIFY2(!m_marker->isVisible(), qPrintable(button->objectName()));
        }
    }

    void emailWithAndWithoutIsAny()
    {
        auto *email = m_bar->button(Criterion::Email);
        QVERIFY(email);
        QVERIFY(tick(email, u"with"_s));
        QCOMPARE(m_bar->filter().email(), AccountFilter::Email::With);
        QVERIFY(tick(email, u"without"_s));
        QCOMPARE(m_bar->filter().email(), AccountFilter::Email::Any);
        QVERIFY(!m_marker->isVisible());
        QVERIFY(tick(email, u"with"_s, false));
        QCOMPARE(m_bar->filter().email(), AccountFilter::Email::Without);
    }

    void eachScreenGetsItsCriteria()
    {
        // Élèves: DESIGN.md section 6.
        StudentTableModel model;
        StudentsPage pupils(&model);
        const CriteriaBar *bar = pupils.criteriaBar();
        for (const char *name : {"mefFilter", "classFilter", "stateFilter", "originFilter", "emailFilter"})
            QVERIFY2(bar->findChild<MultiSelectButton *>(QString::fromLatin1(name)), name);
        QCOMPARE(bar->searchEdit()->placeholderText(), AccountTexts::searchLabel(AccountKind::Student));

        // Responsables: no MEF, and the search covers the pupils' names too.
        CriteriaBar parents(AccountTexts::searchLabel(AccountKind::Guardian),
                            {Criterion::Classes, Criterion::States, Criterion::Email, Criterion::Origins});
        QVERIFY(!parents.hasCriterion(Criterion::Mef));
        QVERIFY(!parents.findChild<MultiSelectButton *>(u"mefFilter"_s));
        QCOMPARE(parents.findChildren<MultiSelectButton *>().size(), 4);
        QCOMPARE(parents.searchEdit()->placeholderText(), AccountTexts::searchLabel(AccountKind::Guardian));
        QVERIFY(parents.searchEdit()->placeholderText() != bar->searchEdit()->placeholderText());
        // The states and origins are offered without any data; the classes come from the model.
        QCOMPARE(parents.button(Criterion::States)->menu()->actions().size(), 4);
        QCOMPARE(parents.button(Criterion::Origins)->menu()->actions().size(), 6);
        QCOMPARE(parents.button(Criterion::Email)->menu()->actions().size(), 2);
        QCOMPARE(parents.button(Criterion::Classes)->menu()->actions().size(), 0);
    }

    void originAndEmailFilterThePupilsTable()
    {
        StudentTableModel model;
        model.setStudents(sample());
        StudentsPage page(&model);
        page.refreshCriteria();
        page.resize(1200, 600);
        page.show();
        auto *origins = page.findChild<MultiSelectButton *>(u"originFilter"_s);
        auto *email = page.findChild<MultiSelectButton *>(u"emailFilter"_s);
        auto *classes = page.findChild<MultiSelectButton *>(u"classFilter"_s);
        auto *count = page.findChild<QLabel *>(u"countLabel"_s);
        QVERIFY(origins && email && classes && count);
        const AccountFilterProxy *proxy = page.proxy();
        QCOMPARE(proxy->rowCount(), 5);

        QVERIFY(tick(origins, accountOriginApiName(AccountOrigin::FranceConnect)));
        QCOMPARE(shownIds(proxy), QStringList({u"2"_s, u"3"_s}));
        QCOMPARE(count->text(), AccountTexts::shown(AccountKind::Student, 2, 5));
        QVERIFY(tick(email, u"with"_s));
        QCOMPARE(shownIds(proxy), QStringList({u"3"_s}));
        QVERIFY(tick(origins, accountOriginApiName(AccountOrigin::FranceConnect), false));
        QCOMPARE(shownIds(proxy), QStringList({u"1"_s, u"3"_s}));
        QVERIFY(tick(email, u"with"_s, false));
        QVERIFY(tick(email, u"without"_s));
        QCOMPARE(shownIds(proxy), QStringList({u"2"_s, u"4"_s, u"5"_s}));
        // With the other criteria: never notified (no origin) and no address, in 2nde GATL.
        QVERIFY(tick(origins, accountOriginApiName(AccountOrigin::Unknown)));
        QVERIFY(tick(classes, u"2nde GATL"_s));
        QCOMPARE(shownIds(proxy), QStringList({u"4"_s}));
        QCOMPARE(count->text(), AccountTexts::shown(AccountKind::Student, 1, 5));

        page.resetCriteria();
        QCOMPARE(proxy->rowCount(), 5);
    }

    // « Suivi »: the letters to chase, ticked in the criteria; the notification date says why.
    // The clock is fixed (a January day, the letters of October and December around it), so the
    // boundaries are the same whatever day the test runs: notified 15 days ago is not « more than
    // 15 days »; a letter valid until today + 15 is « expiring within 15 days », + 16 is not.
    void followUpFindsTheLettersToChase()
    {
        const QDate today(2027, 1, 10);
        Clock::setForTests(QDateTime(today, QTime(9, 30)));
        const auto restore = qScopeGuard([] { Clock::setForTests({}); });
        // Notified on the day whose letter is valid until `until` (three months later).
        auto notifiedForUntil = [](const QDate &until) {
            QDate d = until.addMonths(-3).addDays(-3);
            while (letterValidUntil(d) < until)
                d = d.addDays(1);
            return d;
        };
        QList<Student> pupils;
        for (const auto &[id, state, notified] :
             {std::tuple{u"E1"_s, AccountState::NotifiedNotActivated, today.addDays(-100)}, // expired
              std::tuple{u"E2"_s, AccountState::NotifiedNotActivated, today.addDays(-20)},  // late, still valid
              std::tuple{u"E3"_s, AccountState::Activated, today.addDays(-100)},
              std::tuple{u"E4"_s, AccountState::NotifiedNotActivated, today.addDays(-15)},  // not yet late
              std::tuple{u"E5"_s, AccountState::NotifiedNotActivated, today.addDays(-16)},  // late by a day
              std::tuple{u"E6"_s, AccountState::NotifiedNotActivated, notifiedForUntil(today.addDays(15))},
              std::tuple{u"E7"_s, AccountState::NotifiedNotActivated, notifiedForUntil(today.addDays(16))}}) {
            Student s;
            s.id = id;
            s.lastName = u"Suivi"_s;
            s.firstName = id;
            s.className = u"3e A"_s;
            s.state = state;
            s.notifiedAt = notified;
            pupils << s;
        }
        QCOMPARE(letterValidUntil(pupils.at(5).notifiedAt), today.addDays(15));
        StudentTableModel model;
        model.setStudents(pupils);
        StudentsPage page(&model);
        page.refreshCriteria();
        auto *followUp = page.findChild<MultiSelectButton *>(u"followUpFilter"_s);
        QVERIFY(followUp);
        auto sorted = [&page]() {
            QStringList ids = shownIds(page.proxy());
            ids.sort();
            return ids;
        };
        QVERIFY(tick(followUp, u"expiring"_s));
        QTRY_COMPARE(sorted(), (QStringList{u"E1"_s, u"E6"_s}));
        const int e1 = shownIds(page.proxy()).indexOf(u"E1"_s);
        const QModelIndex date = page.proxy()->index(e1, StudentTableModel::NotifiedColumn);
        QVERIFY2(date.data().toString().contains(u" — "_s), qPrintable(date.data().toString()));
        QVERIFY(!date.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(tick(followUp, u"expiring"_s, false));
        QVERIFY(tick(followUp, u"late15"_s));
        // Notified more than 15 days ago and not activated: E1, E2, E5 and E6/E7 (about three
        // months ago), never the activated E3 nor E4 (exactly 15 days).
        QTRY_COMPARE(sorted(), (QStringList{u"E1"_s, u"E2"_s, u"E5"_s, u"E6"_s, u"E7"_s}));
        const int e2 = shownIds(page.proxy()).indexOf(u"E2"_s);
        QVERIFY(!page.proxy()->index(e2, StudentTableModel::NotifiedColumn).data().toString().contains(u" — "_s));
    }

    // The criteria row holds six criteria now: at the window's 1200 px it must still fit, the
    // buttons wrapping onto a second row, even with long MEF labels ticked.
    void criteriaFitTheWindowWidth()
    {
        StudentTableModel model;
        model.setStudents(sample());
        StudentsPage page(&model);
        page.refreshCriteria();
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *mef = page.findChild<MultiSelectButton *>(u"mefFilter"_s);
        auto *classes = page.findChild<MultiSelectButton *>(u"classFilter"_s);
        QVERIFY(mef && classes);
        QVERIFY(tick(mef, u"2NDPRO MET.GEST.ADM._TRA.&LOG 2NDE"_s));
        QVERIFY(tick(mef, u"6EME"_s));
        QVERIFY(tick(classes, u"6e A"_s));
        QVERIFY(tick(classes, u"2nde GATL"_s));
        const QList<MultiSelectButton *> buttons = page.criteriaBar()->findChildren<MultiSelectButton *>();
        QCOMPARE(buttons.size(), 6); // MEF, classes, states, origins, e-mail, follow-up
        for (int width : {1200, 900, 640}) {
            page.resize(width, 600);
            QApplication::processEvents();
            QVERIFY2(page.minimumSizeHint().width() <= width,
                     qPrintable(QString::number(page.minimumSizeHint().width())));
            // Every button inside the page, none over another (they wrap instead).
            QSet<int> rows;
            for (const MultiSelectButton *b : buttons) {
                const QRect r(b->mapTo(&page, QPoint(0, 0)), b->size());
                QVERIFY2(page.rect().contains(r),
                         qPrintable(u"%1 at %2 px"_s.arg(b->objectName()).arg(width)));
                rows.insert(r.top());
                for (const MultiSelectButton *other : buttons) {
                    if (other != b)
                        QVERIFY(!r.intersects(QRect(other->mapTo(&page, QPoint(0, 0)), other->size())));
                }
            }
            // The table stays below the criteria.
            const QWidget *table = page.findChild<QTableView *>(u"studentTable"_s);
            QVERIFY(table);
            for (const MultiSelectButton *b : buttons)
                QVERIFY(b->mapTo(&page, QPoint(0, b->height())).y() <= table->mapTo(&page, QPoint(0, 0)).y());
            if (width == 640)
                QVERIFY2(rows.size() >= 2, "the buttons wrap onto a second row");
            uitest::snapshot(&page, u"pupils-criteria-%1"_s.arg(width));
        }
        // At the window's width, the columns fit too.
        page.resize(1200, 600);
        QApplication::processEvents();
        const auto *table = page.findChild<QTableView *>(u"studentTable"_s);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestCriteriaBar)
#include "tst_criteriabar.moc"
