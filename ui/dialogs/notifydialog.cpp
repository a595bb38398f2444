#include "notifydialog.h"

#include "domain/clock.h"
#include "domain/staterules.h"
#include "workflows/selection.h"
#include "ui_notifydialog.h"
#include "widgets/accounttexts.h"

#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>

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

template <typename Account> QStringList NotifyDialog::withoutEmail(const QList<Account> &accounts)
{
    QStringList names;
    for (const Account &a : splitByEmail(accounts).withoutAddress)
        names << a.displayName();
    return names;
}

template <typename Account> int NotifyDialog::notifiedTodayIn(const QList<Account> &accounts)
{
    const QDate today = Clock::today();
    int n = 0;
    for (const Account &a : accounts)
        n += a.notifiedAt == today ? 1 : 0;
    return n;
}

NotifyDialog::NotifyDialog(const QList<Student> &selected, QWidget *parent)
    : NotifyDialog(AccountKind::Student, statesOf(selected),
                   selected.size() == 1 ? describe(selected.first()) : QString(), withoutEmail(selected), parent)
{
    m_notifiedToday = notifiedTodayIn(selected);
    updatePlan();
}

NotifyDialog::NotifyDialog(const QList<Guardian> &selected, QWidget *parent)
    : NotifyDialog(AccountKind::Guardian, statesOf(selected),
                   selected.size() == 1 ? describe(selected.first()) : QString(), withoutEmail(selected), parent)
{
    m_notifiedToday = notifiedTodayIn(selected);
    updatePlan();
}

NotifyDialog::NotifyDialog(AccountKind kind, const QList<AccountState> &states, const QString &oneAccount,
                           const QStringList &withoutEmail, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NotifyDialog>()), m_kind(kind), m_states(states),
      m_withoutEmail(withoutEmail)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(AccountTexts::accountsSelected(kind, int(m_states.size())));
    // One account (a lost password, a newcomer): say who, so the right account is notified.
    m_ui->accountLabel->setText(oneAccount);
    m_ui->accountLabel->setVisible(!oneAccount.isEmpty());
    connect(m_ui->resetCheck, &QCheckBox::toggled, this, &NotifyDialog::updatePlan);
    connect(m_ui->emailChannel, &QRadioButton::toggled, this, &NotifyDialog::updatePlan);
    connect(m_ui->paperCheck, &QCheckBox::toggled, this, &NotifyDialog::updatePlan);
    m_ui->paperCheck->setText(tr("Printable letters for the %n account(s) without an address, in the same run",
                                 nullptr, int(m_withoutEmail.size())));
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

NotificationChannel NotifyDialog::channel() const
{
    return m_ui->emailChannel->isChecked() ? NotificationChannel::Email : NotificationChannel::Letter;
}

void NotifyDialog::setChannel(NotificationChannel channel)
{
    (channel == NotificationChannel::Email ? m_ui->emailChannel : m_ui->letterChannel)->setChecked(true);
}

bool NotifyDialog::paperForTheOthers() const
{
    return m_ui->paperCheck->isChecked();
}

void NotifyDialog::setPaperForTheOthers(bool paper)
{
    m_ui->paperCheck->setChecked(paper);
}

void NotifyDialog::updatePlan()
{
    const bool email = channel() == NotificationChannel::Email;
    const int total = int(m_states.size());
    const int missing = int(m_withoutEmail.size());
    m_ui->emailLabel->setVisible(email);
    m_ui->paperCheck->setVisible(email && missing > 0);
    if (email) {
        // By name, with the reason: the secretary sees who will not get an e-mail.
        constexpr int kNamed = 8;
        QStringList named = m_withoutEmail.mid(0, kNamed);
        if (missing > kNamed)
            named << tr("and %n more", nullptr, missing - kNamed);
        m_ui->emailLabel->setText(
            missing == 0 ? tr("Every account has an e-mail address: %n e-mail(s) will be sent.", nullptr, total)
                         : tr("%1 e-mail(s) will be sent. No e-mail address, so no e-mail, for: %2.")
                               .arg(total - missing)
                               .arg(named.join(u", "_s)));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(email ? tr("Send %n e-mail(s)", nullptr, total - missing)
                        : tr("Notify %n account(s)", nullptr, total));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!email || total > missing || m_ui->paperCheck->isChecked());
    // Lines appear and go with the channel: grow to show them all.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
    NotifyPlan plan(m_states, reset());
    plan.setNotifiedToday(m_notifiedToday);
    m_ui->planLabel->setText(u"• "_s + plan.descriptions().join(u"\n• "_s));
    const QStringList warnings = plan.warnings();
    m_ui->warningLabel->setText(warnings.join(u'\n'));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

} // namespace educonnect::ui
