#pragma once

#include "domain/accountstate.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NotifyDialog;
}

namespace educonnect::ui {

// Confirms a (re)notification: how many accounts per state, what each will get (DESIGN.md
// section 2), the reset option and its warnings.
class NotifyDialog : public QDialog
{
    Q_OBJECT
public:
    NotifyDialog(const QList<AccountState> &selectedStates, QWidget *parent = nullptr);
    ~NotifyDialog() override;

    bool reset() const;
    void setReset(bool reset);

private:
    void updatePlan();

    std::unique_ptr<Ui::NotifyDialog> m_ui;
    QList<AccountState> m_states;
};

} // namespace educonnect::ui
