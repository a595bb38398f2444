#pragma once

#include "domain/student.h"
#include "widgets/accountspage.h"

namespace educonnect::ui {

class StudentTableModel;

// The Élèves tab: the shared accounts page over the pupils' model, with the pupils' criteria
// (Nom ou prénom, MEF, Classe(s), État(s) de compte, Origine, Adresse e-mail).
class StudentsPage : public AccountsPage
{
    Q_OBJECT
public:
    explicit StudentsPage(StudentTableModel *model, QWidget *parent = nullptr);

    QList<Student> checkedStudents() const;

signals:
    void notifyRequested(const QList<educonnect::Student> &students);
    void resetRequested(const QList<educonnect::Student> &students);

private:
    StudentTableModel *m_students;
};

} // namespace educonnect::ui
