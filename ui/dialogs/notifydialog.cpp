#include "notifydialog.h"

#include "domain/staterules.h"
#include "ui_notifydialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

NotifyDialog::NotifyDialog(const QList<Student> &selected, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NotifyDialog>())
{
    m_ui->setupUi(this);
    for (const Student &s : selected)
        m_states << s.state;
    m_ui->summaryLabel->setText(tr("%n pupil account(s) selected.", nullptr, int(m_states.size())));
    // One pupil (a lost password, a newcomer): say who, so the right account is notified.
    if (selected.size() == 1)
        m_ui->pupilLabel->setText(
            tr("Pupil: %1 (%2)").arg(selected.first().displayName(), selected.first().className));
    m_ui->pupilLabel->setVisible(selected.size() == 1);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Notify %n account(s)", nullptr, int(m_states.size())));
    connect(m_ui->resetCheck, &QCheckBox::toggled, this, &NotifyDialog::updatePlan);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePlan();
}

NotifyDialog::~NotifyDialog() = default;

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
    const NotifyPlan plan(m_states, reset());
    m_ui->planLabel->setText(u"• "_s + plan.descriptions().join(u"\n• "_s));
    const QStringList warnings = plan.warnings();
    m_ui->warningLabel->setText(warnings.join(u'\n'));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

} // namespace educonnect::ui
