#include "studentspage.h"

#include "models/studentfilterproxy.h"
#include "models/studenttablemodel.h"
#include "widgets/checkheaderview.h"
#include "widgets/multiselectbutton.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

StudentsPage::StudentsPage(StudentTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new StudentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(StudentTableModel::NameColumn, Qt::AscendingOrder);

    auto *title = new QLabel(tr("Pupil accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setAccessibleName(tr("Last or first name"));
    m_search->setPlaceholderText(tr("Last or first name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_mefFilter = new MultiSelectButton(tr("MEF"), MultiSelectButton::Gender::Masculine, this);
    m_mefFilter->setObjectName(u"mefFilter"_s);
    m_classFilter = new MultiSelectButton(tr("Class(es)"), MultiSelectButton::Gender::Feminine, this);
    m_classFilter->setObjectName(u"classFilter"_s);
    m_stateFilter = new MultiSelectButton(tr("Account state(s)"), MultiSelectButton::Gender::Masculine, this);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    QStringList stateLabels;
    QStringList stateKeys;
    for (AccountState state : kAllAccountStates) {
        stateLabels << accountStateLabel(state);
        stateKeys << accountStateApiName(state);
    }
    m_stateFilter->setItems(stateLabels, stateKeys);
    m_resetButton = new QPushButton(tr("Reset criteria"), this);
    m_resetButton->setObjectName(u"resetCriteriaButton"_s);
    m_filterActive = new QLabel(tr("● Filter active"), this);
    m_filterActive->setObjectName(u"filterActiveLabel"_s);
    m_filterActive->setStyleSheet(u"color: #b35c00; font-weight: bold;"_s);
    m_filterActive->hide();

    auto *criteria = new QHBoxLayout;
    criteria->addWidget(m_search, 2);
    criteria->addWidget(m_mefFilter);
    criteria->addWidget(m_classFilter);
    criteria->addWidget(m_stateFilter);
    criteria->addWidget(m_resetButton);
    criteria->addWidget(m_filterActive);
    criteria->addStretch(1);

    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    m_notifyButton = new QPushButton(tr("(Re)notify the accounts"), this);
    m_notifyButton->setObjectName(u"notifyButton"_s);
    m_reprintButton = new QPushButton(tr("Print a batch again…"), this);
    m_reprintButton->setObjectName(u"reprintBatchButton"_s);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_selectionLabel);
    actions->addWidget(m_notifyButton);
    actions->addWidget(m_reprintButton);
    actions->addStretch(1);
    actions->addWidget(m_countLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(u"studentTable"_s);
    m_table->setAccessibleName(tr("Pupils"));
    m_header = new CheckHeaderView(m_table);
    m_header->setObjectName(u"selectAllHeader"_s);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setStretchLastSection(true);
    m_header->resizeSection(StudentTableModel::SelectColumn, 32);
    m_header->resizeSection(StudentTableModel::NameColumn, 230);
    m_header->resizeSection(StudentTableModel::ClassColumn, 90);
    m_header->resizeSection(StudentTableModel::MefColumn, 230);
    m_header->resizeSection(StudentTableModel::LoginColumn, 140);
    m_header->resizeSection(StudentTableModel::StateColumn, 170);
    m_header->resizeSection(StudentTableModel::OriginColumn, 110);
    m_header->resizeSection(StudentTableModel::NotifiedColumn, 120);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(criteria);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, &StudentsPage::applyCriteria);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &StudentsPage::applyCriteria);
    for (MultiSelectButton *button : {m_mefFilter, m_classFilter, m_stateFilter})
        connect(button, &MultiSelectButton::selectionChanged, this, &StudentsPage::applyCriteria);
    connect(m_resetButton, &QPushButton::clicked, this, &StudentsPage::resetCriteria);
    connect(m_header, &CheckHeaderView::toggled, this,
            [this](bool checked) { m_model->setChecked(m_proxy->visibleSourceRows(), checked); });
    connect(m_model, &StudentTableModel::checkedChanged, this, &StudentsPage::updateSelectionInfo);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StudentsPage::updateSelectionInfo);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StudentsPage::updateSelectionInfo);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StudentsPage::updateSelectionInfo);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StudentsPage::updateSelectionInfo);
    connect(m_notifyButton, &QPushButton::clicked, this, [this]() { emit notifyRequested(checkedStudents()); });
    connect(m_reprintButton, &QPushButton::clicked, this, &StudentsPage::reprintRequested);

    updateSelectionInfo();
}

void StudentsPage::setServerActionsEnabled(bool enabled, const QString &reasonIfDisabled)
{
    m_serverActions = enabled;
    m_serverActionsReason = reasonIfDisabled;
    updateSelectionInfo();
}

void StudentsPage::refreshCriteria()
{
    m_classFilter->setItems(m_model->classNames());
    m_mefFilter->setItems(m_model->mefLabels());
}

void StudentsPage::resetCriteria()
{
    const QSignalBlocker b1(m_search), b2(m_mefFilter), b3(m_classFilter), b4(m_stateFilter);
    m_search->clear();
    m_mefFilter->setSelection({});
    m_classFilter->setSelection({});
    m_stateFilter->setSelection({});
    applyCriteria();
}

void StudentsPage::applyCriteria()
{
    m_searchTimer->stop();
    AccountFilter filter;
    filter.setText(m_search->text());
    filter.setMefLabels(m_mefFilter->selection());
    filter.setClasses(m_classFilter->selection());
    QSet<AccountState> states;
    for (const QString &key : m_stateFilter->selection()) {
        if (const auto state = accountStateFromApiName(key))
            states.insert(*state);
    }
    filter.setStates(states);
    m_proxy->setFilter(filter);
    m_filterActive->setVisible(filter.isActive());
    m_resetButton->setEnabled(filter.isActive());
    updateSelectionInfo();
}

QList<Student> StudentsPage::checkedStudents() const
{
    QList<Student> students;
    const QSet<QString> ids = m_model->checkedIds();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (ids.contains(m_model->student(row).id))
            students << m_model->student(row);
    }
    return students;
}

void StudentsPage::updateSelectionInfo()
{
    const int checked = m_model->checkedCount();
    m_selectionLabel->setText(tr("%n pupil(s) selected", nullptr, checked));
    // The plural follows the pupils shown: « 1 élève affiché sur 200 ».
    m_countLabel->setText(tr("%n pupil(s) shown of %1", nullptr, m_proxy->rowCount()).arg(m_model->rowCount()));

    // The header box reflects the visible rows only ("select all (filtered)").
    const QList<int> visible = m_proxy->visibleSourceRows();
    int visibleChecked = 0;
    for (int row : visible)
        visibleChecked += m_model->isChecked(row) ? 1 : 0;
    m_header->setCheckState(visibleChecked == 0                   ? Qt::Unchecked
                            : visibleChecked == int(visible.size()) ? Qt::Checked
                                                                    : Qt::PartiallyChecked);

    m_notifyButton->setEnabled(m_serverActions && checked > 0);
    m_reprintButton->setEnabled(m_serverActions);
    // The reason may quote the server (why it cannot be reached).
    m_reprintButton->setToolTip(m_serverActions
                                    ? tr("Letters of a recent run, with the same passwords, without "
                                         "notifying again.")
                                    : plainToolTip(m_serverActionsReason));
    m_notifyButton->setToolTip(!m_serverActions ? plainToolTip(m_serverActionsReason)
                               : checked == 0   ? tr("Tick the pupils to notify first.")
                                                : QString());
}

bool StudentsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_search->clear();
        applyCriteria();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace educonnect::ui
