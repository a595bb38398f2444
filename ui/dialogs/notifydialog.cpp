#include "notifydialog.h"

#include "domain/staterules.h"
#include "ui_notifydialog.h"
#include "widgets/accounttexts.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

template <typename Account> QList<AccountState> NotifyDialog::statesOf(const QList<Account> &accounts)
{
    QList<AccountState> states;
    states.reserve(accounts.size());
    for (const Account &a : accounts)
        states << a.state;
    return states;
}

template <typename Account> int NotifyDialog::notifiedTodayIn(const QList<Account> &accounts)
{
    const QDate today = QDate::currentDate();
    int n = 0;
    for (const Account &a : accounts)
        n += a.notifiedAt == today ? 1 : 0;
    return n;
}

NotifyDialog::NotifyDialog(const QList<Student> &selected, QWidget *parent)
    : NotifyDialog(AccountKind::Student, statesOf(selected),
                   selected.size() == 1 ? describe(selected.first()) : QString(), parent)
{
    m_notifiedToday = notifiedTodayIn(selected);
    updatePlan();
}

NotifyDialog::NotifyDialog(const QList<Guardian> &selected, QWidget *parent)
    : NotifyDialog(AccountKind::Guardian, statesOf(selected),
                   selected.size() == 1 ? describe(selected.first()) : QString(), parent)
{
    m_notifiedToday = notifiedTodayIn(selected);
    updatePlan();
}

NotifyDialog::NotifyDialog(AccountKind kind, const QList<AccountState> &states, const QString &oneAccount,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NotifyDialog>()), m_kind(kind), m_states(states)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(AccountTexts::accountsSelected(kind, int(m_states.size())));
    // One account (a lost password, a newcomer): say who, so the right account is notified.
    m_ui->accountLabel->setText(oneAccount);
    m_ui->accountLabel->setVisible(!oneAccount.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(tr("Notify %n account(s)", nullptr, int(m_states.size())));
    connect(m_ui->resetCheck, &QCheckBox::toggled, this, &NotifyDialog::updatePlan);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePlan();
}

NotifyDialog::~NotifyDialog() = default;

QString NotifyDialog::describe(const Student &student)
{
    return tr("Pupil: %1 (%2)").arg(student.displayName(), student.className);
}

QString NotifyDialog::describe(const Guardian &guardian)
{
    const QString children = AccountTexts::children(guardian);
    return children.isEmpty() ? tr("Parent: %1").arg(guardian.displayName())
                              : tr("Parent: %1, of %2").arg(guardian.displayName(), children);
}

bool NotifyDialog::reset() const
{
    return m_ui->resetCheck->isChecked();
}

void NotifyDialog::setReset(bool reset)
{
    m_ui->resetCheck->setChecked(reset);
}

void NotifyDialog::updatePlan()
{
    NotifyPlan plan(m_states, reset());
    plan.setNotifiedToday(m_notifiedToday);
    m_ui->planLabel->setText(u"• "_s + plan.descriptions().join(u"\n• "_s));
    const QStringList warnings = plan.warnings();
    m_ui->warningLabel->setText(warnings.join(u'\n'));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

} // namespace educonnect::ui
