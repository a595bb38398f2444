// The parents' (Responsables) table model over the shared account list model, with the shared
// proxy, page and notification dialog: what the Responsables tab will be built from.

#include "dialogs/notifydialog.h"
#include "parents/guardiantablemodel.h"
#include "uitest.h"
#include "widgets/accountfilterproxy.h"
#include "widgets/accountspage.h"
#include "widgets/accounttexts.h"
#include "widgets/checkheaderview.h"
#include "widgets/multiselectbutton.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;
using namespace educonnect;
using namespace educonnect::ui;

namespace {

const QString kBold = u"<b>Gras</b>"_s;
const QString kClass = u"1re <i>Arts</i> S&T"_s;

GuardianChild child(const QString &id, const QString &last, const QString &first, const QString &klass)
{
    GuardianChild c;
    c.id = id;
    c.lastName = last;
    c.firstName = first;
    c.className = klass;
    return c;
}

GuardianChild elsewhere(const QString &last, const QString &first, const QString &school)
{
    GuardianChild c;
    c.lastName = last;
    c.firstName = first;
    c.uai = u"0450750W"_s;
    c.establishmentName = school;
    return c;
}

Guardian guardian(const QString &id, const QString &last, const QString &first,
                  const QList<GuardianChild> &children, AccountState state = AccountState::Activated,
                  const QString &email = {})
{
    Guardian g;
    g.id = id;
    g.lastName = last;
    g.firstName = first;
    g.login = first.toLower() + u'.' + last.toLower();
    g.state = state;
    g.origin = state == AccountState::NotNotified ? AccountOrigin::Unknown : AccountOrigin::FranceConnect;
    g.email = email;
    g.children = children;
    if (state != AccountState::NotNotified)
        g.notifiedAt = QDate(2026, 9, 1).addDays(id.toInt());
    return g;
}

QList<Guardian> sample()
{
    return {
        guardian(u"1"_s, u"Martin"_s, u"Paul"_s,
                 {child(u"s1"_s, u"Martin"_s, u"Léa"_s, u"6e A"_s),
                  child(u"s2"_s, u"Martin"_s, u"Noé"_s, u"3e B"_s)},
                 AccountState::Activated, u"paul@example.fr"_s),
        guardian(u"2"_s, u"Durand"_s, u"Sophie"_s, {child(u"s3"_s, u"Durand"_s, u"Zoé"_s, u"6e A"_s)},
                 AccountState::NotNotified),
        guardian(u"3"_s, u"Émery"_s, u"Claire"_s,
                 {child(u"s4"_s, u"Émery"_s, u"Adam"_s, u"2nde 1"_s),
                  elsewhere(u"Émery"_s, u"Lou"_s, u"Collège Jean Moulin"_s)},
                 AccountState::NotifiedNotActivated),
        guardian(u"4"_s, u"Emery"_s, u"Bruno"_s, {elsewhere(u"N'Diaye"_s, u"Awa"_s, u"Lycée Voltaire"_s)},
                 AccountState::ActivationPending, u"bruno@example.fr"_s),
        guardian(u"5"_s, kBold, u"Hostile"_s, {child(u"s5"_s, u"<i>Kid</i>"_s, u"Tom"_s, kClass)}),
    };
}

int rowOf(const GuardianTableModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.guardian(row).id == id)
            return row;
    }
    return -1;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(AccountTableModel::IdRole).toString();
    return list;
}

QSet<QString> visibleIds(const AccountFilterProxy &proxy)
{
    const QStringList list = ids(proxy);
    return QSet<QString>(list.cbegin(), list.cend());
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestGuardianModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        GuardianTableModel model;
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuardians(sample());
        for (int column = 0; column < GuardianTableModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.sort(column, Qt::DescendingOrder);
        }
        proxy.sort(GuardianTableModel::NameColumn);
        model.setChecked({0, 2}, true);
        AccountFilter f;
        f.setText(u"emery"_s);
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        QList<Guardian> changed = sample();
        changed.removeAt(1);
        changed[0].state = AccountState::NotifiedNotActivated;
        changed[2].lastName = u"Aubert"_s; // moves to the top: a layout change after the update
        changed << guardian(u"6"_s, u"Abel"_s, u"Tom"_s, {child(u"s6"_s, u"Abel"_s, u"Théo"_s, u"6e B"_s)});
        model.updateGuardians(changed);
        f.clear();
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 5);
        model.clearChecked();
        model.setGuardians({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void columnsShowTheParentAndItsPupils()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        QCOMPARE(model.columnCount(), int(GuardianTableModel::ColumnCount));
        for (int column = 1; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.headerData(GuardianTableModel::NameColumn, Qt::Horizontal).toString(), u"Parent"_s);
        QCOMPARE(model.headerData(GuardianTableModel::ChildrenColumn, Qt::Horizontal).toString(),
                 u"Attached pupil(s)"_s);

        const int martin = rowOf(model, u"1"_s);
        QCOMPARE(text(model, martin, GuardianTableModel::NameColumn), u"MARTIN Paul"_s);
        QCOMPARE(text(model, martin, GuardianTableModel::ChildrenColumn),
                 u"MARTIN Léa (6e A), MARTIN Noé (3e B)"_s);
        QCOMPARE(text(model, martin, GuardianTableModel::LoginColumn), u"paul.martin"_s);
        QCOMPARE(text(model, martin, GuardianTableModel::StateColumn),
                 accountStateLabel(AccountState::Activated));
        QCOMPARE(text(model, martin, GuardianTableModel::OriginColumn),
                 accountOriginLabel(AccountOrigin::FranceConnect));
        QCOMPARE(text(model, martin, GuardianTableModel::EmailColumn), u"Yes"_s);
        QCOMPARE(text(model, martin, GuardianTableModel::NotifiedColumn), u"02/09/2026"_s);
        QCOMPARE(text(model, rowOf(model, u"2"_s), GuardianTableModel::EmailColumn), u"No"_s);
        QVERIFY(!model.index(martin, GuardianTableModel::StateColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        // A child in another school is named with that school.
        QCOMPARE(text(model, rowOf(model, u"3"_s), GuardianTableModel::ChildrenColumn),
                 u"ÉMERY Adam (2nde 1), ÉMERY Lou (Collège Jean Moulin)"_s);

        // Tooltips: one pupil per line, the address itself; always literal text.
        const QString children =
            QTextDocumentFragment::fromHtml(
                text(model, rowOf(model, u"3"_s), GuardianTableModel::ChildrenColumn, Qt::ToolTipRole))
                .toPlainText();
        QVERIFY2(children.contains(u"ÉMERY Adam, class 2nde 1"_s), qPrintable(children));
        QVERIFY2(children.contains(u"Collège Jean Moulin (0450750W)"_s), qPrintable(children));
        QCOMPARE(QTextDocumentFragment::fromHtml(
                     text(model, martin, GuardianTableModel::EmailColumn, Qt::ToolTipRole))
                     .toPlainText(),
                 u"paul@example.fr"_s);
        const int hostile = rowOf(model, u"5"_s);
        for (int column : {int(GuardianTableModel::NameColumn), int(GuardianTableModel::ChildrenColumn)}) {
            const QString tip = text(model, hostile, column, Qt::ToolTipRole);
            QVERIFY2(!tip.contains(u"<b>"_s) && !tip.contains(u"<i>"_s), qPrintable(tip));
            const QString shown = QTextDocumentFragment::fromHtml(tip).toPlainText();
            QVERIFY2(shown.contains(column == GuardianTableModel::NameColumn ? kBold : kClass),
                     qPrintable(shown));
        }
        QCOMPARE(text(model, hostile, GuardianTableModel::SelectColumn, Qt::AccessibleTextRole),
                 AccountTableModel::tr("Select %1").arg(model.guardian(hostile).displayName()));
    }

    void searchFindsAParentByAChildsName()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        auto shownFor = [&](const QString &words) {
            AccountFilter f;
            f.setText(words);
            proxy.setFilter(f);
            return visibleIds(proxy);
        };
        QCOMPARE(shownFor(u"Noé"_s), QSet<QString>{u"1"_s});             // a pupil of this school
        QCOMPARE(shownFor(u"lou"_s), QSet<QString>{u"3"_s});             // a child elsewhere
        QCOMPARE(shownFor(u"ndiaye"_s), QSet<QString>());                // words, not squeezed letters
        QCOMPARE(shownFor(u"n'diaye awa"_s), QSet<QString>{u"4"_s});     // a parent of another name
        QCOMPARE(shownFor(u"emery"_s), QSet<QString>({u"3"_s, u"4"_s})); // accents folded
        QCOMPARE(shownFor(u"paul noe"_s), QSet<QString>{u"1"_s});        // parent and child together
        QCOMPARE(shownFor(u"sophie noe"_s), QSet<QString>());
        QCOMPARE(shownFor(QString()).size(), 5);
    }

    void classesAreTheChildrensClasses()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        // School order; a child elsewhere brings no class of this school.
        QCOMPARE(model.classNames(), QStringList({u"6e A"_s, u"3e B"_s, u"2nde 1"_s, kClass}));
        QVERIFY(model.mefLabels().isEmpty());
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        AccountFilter f;
        f.setClasses({u"6e A"_s});
        proxy.setFilter(f);
        QCOMPARE(visibleIds(proxy), QSet<QString>({u"1"_s, u"2"_s}));
        f.setClasses({u"3e B"_s, kClass});
        proxy.setFilter(f);
        QCOMPARE(visibleIds(proxy), QSet<QString>({u"1"_s, u"5"_s}));
        f.setClasses({});
        f.setEmail(AccountFilter::Email::With);
        proxy.setFilter(f);
        QCOMPARE(visibleIds(proxy), QSet<QString>({u"1"_s, u"4"_s}));
        f.setEmail(AccountFilter::Email::Any);
        f.setOrigins({AccountOrigin::Unknown});
        proxy.setFilter(f);
        QCOMPARE(visibleIds(proxy), QSet<QString>{u"2"_s});
    }

    void sortsTheFrenchWay()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(GuardianTableModel::NameColumn);
        // « Émery » sorts with « Emery », the first name breaks the tie.
        QCOMPARE(ids(proxy), QStringList({u"5"_s, u"2"_s, u"4"_s, u"3"_s, u"1"_s}));
        proxy.sort(GuardianTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), QStringList({u"1"_s, u"3"_s, u"4"_s, u"2"_s, u"5"_s}));
        proxy.sort(GuardianTableModel::StateColumn);
        QCOMPARE(text(proxy, 0, GuardianTableModel::StateColumn),
                 accountStateLabel(AccountState::NotNotified));
        proxy.sort(GuardianTableModel::EmailColumn);
        QCOMPARE(ids(proxy).mid(0, 2), QStringList({u"4"_s, u"1"_s})); // with an address first, then by name
        proxy.sort(GuardianTableModel::ChildrenColumn);
        QCOMPARE(ids(proxy).first(), u"5"_s); // « <I>KID</I> Tom »: '<' before letters
    }

    void checksSurviveSortFilterAndRefresh()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy checked(&model, &AccountTableModel::checkedChanged);
        model.setChecked({rowOf(model, u"1"_s), rowOf(model, u"3"_s)}, true);
        const QSet<QString> ticked{u"1"_s, u"3"_s};
        QCOMPARE(model.checkedIds(), ticked);
        QCOMPARE(checked.last().first().toInt(), 2);
        auto tickedRows = [&](const QAbstractItemModel &m) {
            QSet<QString> found;
            for (int row = 0; row < m.rowCount(); ++row) {
                const QModelIndex box = m.index(row, GuardianTableModel::SelectColumn);
                if (box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked)
                    found.insert(box.data(AccountTableModel::IdRole).toString());
            }
            return found;
        };

        // Sorting on every column, both ways, including the checkbox column.
        for (int column = 0; column < GuardianTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(tickedRows(proxy), ticked);
            }
        }
        proxy.sort(GuardianTableModel::SelectColumn);
        QCOMPARE(QSet<QString>({ids(proxy).at(0), ids(proxy).at(1)}), ticked); // ticked first

        // Filtering one out keeps its tick; "select all (filtered)" adds only the rows shown.
        AccountFilter f;
        f.setClasses({u"6e A"_s});
        proxy.setFilter(f);
        QCOMPARE(visibleIds(proxy), QSet<QString>({u"1"_s, u"2"_s}));
        QCOMPARE(model.checkedIds(), ticked);
        model.setChecked(proxy.visibleSourceRows(), true);
        QCOMPARE(model.checkedIds(), QSet<QString>({u"1"_s, u"2"_s, u"3"_s}));
        proxy.setFilter(AccountFilter());
        QCOMPARE(tickedRows(proxy), QSet<QString>({u"1"_s, u"2"_s, u"3"_s}));

        // A refresh that drops parent 3, changes parent 1 and reorders everything.
        QList<Guardian> refreshed = sample();
        refreshed.removeAt(2);
        refreshed[0].state = AccountState::NotifiedNotActivated;
        refreshed[0].lastName = u"Aaron"_s;
        std::reverse(refreshed.begin(), refreshed.end());
        model.updateGuardians(refreshed);
        QCOMPARE(model.checkedIds(), QSet<QString>({u"1"_s, u"2"_s}));
        QCOMPARE(checked.last().first().toInt(), 2);
        QCOMPARE(tickedRows(proxy), QSet<QString>({u"1"_s, u"2"_s}));
        QCOMPARE(model.checkedAccounts().size(), 2);
        // A full reload keeps the ticks of accounts still there.
        model.setGuardians(sample());
        QCOMPARE(model.checkedIds(), QSet<QString>({u"1"_s, u"2"_s}));
    }

    void updateEmitsFineGrainedSignals()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QList<Guardian> next = sample();
        next[1].state = AccountState::NotifiedNotActivated; // same name: stays in place
        next.removeAt(4);
        next << guardian(u"9"_s, u"Bernard"_s, u"Noé"_s,
                         {child(u"s9"_s, u"Bernard"_s, u"Lina"_s, u"6e A"_s)});
        model.updateGuardians(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        // Inserted at the end, then sorted into place: « Bernard » comes first.
        QCOMPARE(layout.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.guardian(0).lastName, u"Bernard"_s);
        // Nothing new: no signal at all.
        model.updateGuardians(next);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(layout.size(), 1);
    }

    // The shared page and dialog over the parents' model: a Responsables tab needs nothing more.
    void sharedPartsMakeAParentsScreen()
    {
        GuardianTableModel model;
        model.setGuardians(sample());
        AccountsPage page(&model, {CriteriaBar::Criterion::Classes, CriteriaBar::Criterion::States,
                                   CriteriaBar::Criterion::Email, CriteriaBar::Criterion::Origins});
        page.refreshCriteria();
        page.setServerActionsEnabled(true);
        page.resize(1200, 600);
        page.show();
        auto *table = page.findChild<QTableView *>(u"guardianTable"_s);
        auto *header = page.findChild<CheckHeaderView *>(u"selectAllHeader"_s);
        auto *classes = page.findChild<MultiSelectButton *>(u"classFilter"_s);
        auto *selection = page.findChild<QLabel *>(u"selectionLabel"_s);
        auto *notify = page.findChild<QPushButton *>(u"notifyButton"_s);
        QVERIFY(table && header && classes && selection && notify);
        QVERIFY(!page.findChild<MultiSelectButton *>(u"mefFilter"_s));
        QCOMPARE(table->accessibleName(), AccountTexts::tableName(AccountKind::Guardian));
        QCOMPARE(classes->menu()->actions().size(), 4);
        QVERIFY(!notify->isEnabled()); // nothing ticked yet

        classes->setSelection({u"6e A"_s});
        QCOMPARE(page.proxy()->rowCount(), 2);
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
        QCOMPARE(model.checkedIds(), QSet<QString>({u"1"_s, u"2"_s}));
        QCOMPARE(header->checkState(), Qt::Checked);
        QCOMPARE(selection->text(), AccountTexts::selected(AccountKind::Guardian, 2));
        QVERIFY(notify->isEnabled());
        uitest::snapshot(&page, u"parents-page"_s);
        QSignalSpy clicked(&page, &AccountsPage::notifyClicked);
        notify->click();
        QCOMPARE(clicked.size(), 1);

        // The notification dialog takes the ticked parents: counts by state, and who when only one.
        NotifyDialog two(model.checkedAccounts());
        QCOMPARE(two.kind(), AccountKind::Guardian);
        auto *summary = two.findChild<QLabel *>(u"summaryLabel"_s);
        auto *who = two.findChild<QLabel *>(u"accountLabel"_s);
        QVERIFY(summary && who);
        QCOMPARE(summary->text(), AccountTexts::accountsSelected(AccountKind::Guardian, 2));
        QVERIFY(who->isHidden());
        NotifyDialog one(QList<Guardian>{model.guardian(rowOf(model, u"3"_s))});
        who = one.findChild<QLabel *>(u"accountLabel"_s);
        QVERIFY(who && !who->isHidden());
        QCOMPARE(who->textFormat(), Qt::PlainText);
        QVERIFY2(who->text().contains(u"ÉMERY Claire"_s), qPrintable(who->text()));
        QVERIFY2(who->text().contains(u"ÉMERY Adam (2nde 1)"_s), qPrintable(who->text()));
        QVERIFY2(who->text().contains(u"Collège Jean Moulin"_s), qPrintable(who->text()));
    }
};

QTEST_MAIN(TestGuardianModel)
#include "tst_guardianmodel.moc"
