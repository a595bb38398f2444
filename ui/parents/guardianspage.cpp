#include "guardianspage.h"

#include "parents/guardiantablemodel.h"

using namespace Qt::StringLiterals;

namespace educonnect::ui {

GuardiansPage::GuardiansPage(GuardianTableModel *model, QWidget *parent)
    : AccountsPage(model,
                   {CriteriaBar::Criterion::Classes, CriteriaBar::Criterion::States, CriteriaBar::Criterion::Email,
                    CriteriaBar::Criterion::Origins, CriteriaBar::Criterion::FollowUp},
                   parent),
      m_guardians(model)
{
    setObjectName(u"guardiansPage"_s);
    connect(this, &AccountsPage::notifyClicked, this, [this]() { emit notifyRequested(checkedGuardians()); });
    connect(this, &AccountsPage::resetClicked, this, [this]() { emit resetRequested(checkedGuardians()); });
}

QList<Guardian> GuardiansPage::checkedGuardians() const
{
    return m_guardians->checkedAccounts();
}

} // namespace educonnect::ui
