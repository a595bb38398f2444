#pragma once

#include "domain/student.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NotifyDialog;
}

namespace educonnect::ui {

// Confirms a (re)notification: how many accounts per state, what each will get (DESIGN.md
// section 2), the reset option and its warnings; the pupil's name when there is only one.
class NotifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotifyDialog(const QList<Student> &selected, QWidget *parent = nullptr);
    ~NotifyDialog() override;

    bool reset() const;
    void setReset(bool reset);

private:
    void updatePlan();

    std::unique_ptr<Ui::NotifyDialog> m_ui;
    QList<AccountState> m_states;
};

} // namespace educonnect::ui
