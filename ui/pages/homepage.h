#pragma once

#include "domain/establishment.h"

#include <QWidget>

class QLabel;

namespace educonnect::ui {

class StudentTableModel;

// Accueil: who is signed in, for which establishment, a summary of the accounts and shortcuts.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(StudentTableModel *model, QWidget *parent = nullptr);

    void setUser(const QString &name);
    void setEstablishment(const Establishment &establishment);

signals:
    void openStudentsRequested();

private:
    void updateSummary();

    StudentTableModel *m_model;
    QLabel *m_welcome;
    QLabel *m_establishment;
    QLabel *m_summary;
};

} // namespace educonnect::ui
