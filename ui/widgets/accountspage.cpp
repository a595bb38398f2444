#include "accountspage.h"

#include "widgets/accountfilterproxy.h"
#include "widgets/accounttablemodel.h"
#include "widgets/accounttexts.h"
#include "widgets/checkheaderview.h"
#include "widgets/selectionbar.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

AccountsPage::AccountsPage(AccountTableModel *model, const QList<CriteriaBar::Criterion> &criteria,
                           QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new AccountFilterProxy(this))
{
    const AccountKind kind = model->kind();
    m_proxy->setSourceModel(m_model);

    auto *title = new QLabel(AccountTexts::pageTitle(kind), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_criteria = new CriteriaBar(AccountTexts::searchLabel(kind), criteria, this);
    m_criteria->setObjectName(u"criteriaBar"_s);
    m_selection = new SelectionBar(kind, this);
    m_selection->setObjectName(u"selectionBar"_s);
    QPushButton *notify = m_selection->addButton(u"notifyButton"_s, tr("(Re)notify the accounts"),
                                                 SelectionBar::Need::Server | SelectionBar::Need::Selection);
    QPushButton *reset = m_selection->addButton(
        u"resetButton"_s, tr("Reset the passwords…"), SelectionBar::Need::Server | SelectionBar::Need::Selection,
        tr("A new provisional password for each ticked account: the old one stops working at once, and the new "
           "letters follow."));
    QPushButton *reprint = m_selection->addButton(
        u"reprintBatchButton"_s, tr("Print a batch again…"), SelectionBar::Need::Server,
        tr("Letters of a recent run, with the same passwords, without notifying again."));
    QPushButton *troubleshooting = m_selection->addButton(
        u"troubleshootingButton"_s, tr("Troubleshooting view"), {},
        tr("Shows a « Password » column: ****** once changed by its holder, or a provisional one to show "
           "from the account (Enter)."));
    troubleshooting->setCheckable(true);
    QPushButton *list = m_selection->addButton(
        u"listButton"_s, tr("List the accounts…"), {},
        tr("A PDF or CSV list of the ticked accounts, or of those shown, e.g. for a teacher. Works offline."));

    m_table = new QTableView(this);
    m_table->setObjectName(kind == AccountKind::Student ? u"studentTable"_s : u"guardianTable"_s);
    m_table->setAccessibleName(AccountTexts::tableName(kind));
    m_header = new CheckHeaderView(m_table);
    m_header->setObjectName(u"selectAllHeader"_s);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setStretchLastSection(true);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_header->resizeSection(column, m_model->preferredWidth(column));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_criteria);
    layout->addWidget(m_selection);
    layout->addWidget(m_table, 1);

    connect(m_criteria, &CriteriaBar::filterChanged, this, [this](const AccountFilter &filter) {
        m_proxy->setFilter(filter);
        updateCounts();
    });
    connect(m_header, &CheckHeaderView::toggled, this,
            [this](bool checked) { m_model->setChecked(m_proxy->visibleSourceRows(), checked); });
    connect(m_model, &AccountTableModel::checkedChanged, this, &AccountsPage::updateCounts);
    // Refreshes can come as many signals (a run of rows each): count once they are all in.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountsPage::scheduleCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsPage::scheduleCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsPage::scheduleCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountsPage::scheduleCounts);
    // Double-click or Enter (the view's "activated"), as users expect of a list.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit accountActivated(index.data(AccountTableModel::IdRole).toString());
    });
    connect(notify, &QPushButton::clicked, this, &AccountsPage::notifyClicked);
    connect(reset, &QPushButton::clicked, this, &AccountsPage::resetClicked);
    connect(reprint, &QPushButton::clicked, this, &AccountsPage::reprintRequested);
    connect(list, &QPushButton::clicked, this, &AccountsPage::listRequested);
    connect(troubleshooting, &QPushButton::toggled, this, &AccountsPage::setTroubleshooting);
    m_table->setColumnHidden(m_model->passwordColumn(), true);

    updateCounts();
}

void AccountsPage::setServerActionsEnabled(bool enabled, const QString &reasonIfDisabled)
{
    m_selection->setServerActionsEnabled(enabled, reasonIfDisabled);
}

void AccountsPage::setTroubleshooting(bool on)
{
    m_table->setColumnHidden(m_model->passwordColumn(), !on);
    // Room for it, as the web module's Dépannage screen: origin and last sign-in step aside.
    const QStringList aside{AccountTableModel::commonHeader(AccountTableModel::Common::Origin),
                            AccountTableModel::commonHeader(AccountTableModel::Common::LastLogin)};
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (aside.contains(m_model->headerData(column, Qt::Horizontal).toString()))
            m_table->setColumnHidden(column, on);
    }
    if (auto *button = m_selection->findChild<QPushButton *>(u"troubleshootingButton"_s); button && button->isChecked() != on)
        button->setChecked(on);
}

bool AccountsPage::isTroubleshooting() const
{
    return !m_table->isColumnHidden(m_model->passwordColumn());
}

void AccountsPage::refreshCriteria()
{
    m_criteria->setChoices(CriteriaBar::Criterion::Classes, m_model->classNames());
    m_criteria->setChoices(CriteriaBar::Criterion::Mef, m_model->mefLabels());
}

void AccountsPage::resetCriteria()
{
    m_criteria->reset();
}

void AccountsPage::scheduleCounts()
{
    if (m_countsScheduled)
        return;
    m_countsScheduled = true;
    QTimer::singleShot(0, this, &AccountsPage::updateCounts);
}

void AccountsPage::updateCounts()
{
    m_countsScheduled = false;
    m_selection->setCounts(m_model->checkedCount(), m_proxy->rowCount(), m_model->rowCount());
    updateHeaderBox();
}

void AccountsPage::updateHeaderBox()
{
    // The header box reflects the visible rows only ("select all (filtered)").
    const int visible = m_proxy->rowCount();
    bool someChecked = false;
    bool someUnchecked = false;
    if (m_model->checkedCount() == 0) {
        someUnchecked = visible > 0;
    } else {
        for (int row = 0; row < visible && !(someChecked && someUnchecked); ++row) {
            if (m_model->isChecked(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
                someChecked = true;
            else
                someUnchecked = true;
        }
    }
    m_header->setCheckState(someChecked && someUnchecked ? Qt::PartiallyChecked
                            : someChecked                ? Qt::Checked
                                                         : Qt::Unchecked);
}

} // namespace educonnect::ui
