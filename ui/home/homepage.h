#pragma once

#include "domain/establishment.h"

#include <QWidget>

class QLabel;

namespace educonnect::ui {

class AccountTableModel;

// Accueil: who is signed in, for which establishment, a summary of the accounts and shortcuts.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    // `model`: the pupils' list, whose accounts the summary counts.
    explicit HomePage(AccountTableModel *model, QWidget *parent = nullptr);

    void setUser(const QString &name);
    void setEstablishment(const Establishment &establishment);

signals:
    void openStudentsRequested();

private:
    void scheduleSummary();
    void updateSummary();

    AccountTableModel *m_model;
    bool m_summaryScheduled = false;
    QLabel *m_welcome;
    QLabel *m_establishment;
    QLabel *m_summary;
};

} // namespace educonnect::ui
