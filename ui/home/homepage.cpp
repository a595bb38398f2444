#include "homepage.h"

#include "widgets/accounttablemodel.h"

#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

HomePage::HomePage(AccountTableModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_welcome = new QLabel(tr("Welcome"), this);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setTextFormat(Qt::PlainText); // carries the user's name, from the server
    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_welcome->setFont(big);
    m_establishment = new QLabel(this);
    m_establishment->setWordWrap(true);
    m_establishment->setTextFormat(Qt::PlainText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);

    auto *students = new QPushButton(tr("Pupil accounts"), this);
    students->setObjectName(u"openStudentsButton"_s);
    connect(students, &QPushButton::clicked, this, &HomePage::openStudentsRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addWidget(m_establishment);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(students, 0, Qt::AlignLeft);
    layout->addStretch(1);

    // A refresh comes as a signal per changed row or run of rows: count once they are all in.
    connect(m_model, &QAbstractItemModel::modelReset, this, &HomePage::scheduleSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HomePage::scheduleSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HomePage::scheduleSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles != QList<int>{Qt::CheckStateRole}) // ticking a box changes no count
                    scheduleSummary();
            });
    updateSummary();
}

void HomePage::setUser(const QString &name)
{
    m_welcome->setText(name.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(name));
}

void HomePage::setEstablishment(const Establishment &e)
{
    m_establishment->setText(tr("You chose %1 (%2). Manage the pupils' accounts in the Pupils tab.")
                                 .arg(e.name, e.uai));
}

void HomePage::scheduleSummary()
{
    if (m_summaryScheduled)
        return;
    m_summaryScheduled = true;
    QTimer::singleShot(0, this, &HomePage::updateSummary);
}

void HomePage::updateSummary()
{
    m_summaryScheduled = false;
    QHash<AccountState, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->accountState(row)];
    QStringList lines{tr("%n pupil account(s) saved on this computer:", nullptr, m_model->rowCount())};
    for (AccountState state : kAllAccountStates)
        lines << tr("• %1: %2").arg(accountStateLabel(state)).arg(counts.value(state));
    m_summary->setText(lines.join(u'\n'));
}

} // namespace educonnect::ui
