#pragma once

#include "domain/guardian.h"
#include "widgets/accountspage.h"

namespace educonnect::ui {

class GuardianTableModel;

// The Responsables tab: the shared accounts page over the parents' model, with the parents'
// criteria (Nom ou prénom (responsable ou élève), Classe(s) of the children, État(s) de compte,
// Adresse e-mail, Origine).
class GuardiansPage : public AccountsPage
{
    Q_OBJECT
public:
    explicit GuardiansPage(GuardianTableModel *model, QWidget *parent = nullptr);

    QList<Guardian> checkedGuardians() const;

signals:
    void notifyRequested(const QList<educonnect::Guardian> &guardians);
    void resetRequested(const QList<educonnect::Guardian> &guardians);

private:
    GuardianTableModel *m_guardians;
};

} // namespace educonnect::ui
