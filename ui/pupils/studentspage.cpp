#include "studentspage.h"

#include "pupils/studenttablemodel.h"

using namespace Qt::StringLiterals;

namespace educonnect::ui {

StudentsPage::StudentsPage(StudentTableModel *model, QWidget *parent)
    : AccountsPage(model,
                   {CriteriaBar::Criterion::Mef, CriteriaBar::Criterion::Classes,
                    CriteriaBar::Criterion::States, CriteriaBar::Criterion::Origins,
                    CriteriaBar::Criterion::Email, CriteriaBar::Criterion::FollowUp},
                   parent),
      m_students(model)
{
    setObjectName(u"studentsPage"_s);
    connect(this, &AccountsPage::notifyClicked, this, [this]() { emit notifyRequested(checkedStudents()); });
    connect(this, &AccountsPage::resetClicked, this, [this]() { emit resetRequested(checkedStudents()); });
}

QList<Student> StudentsPage::checkedStudents() const
{
    return m_students->checkedAccounts();
}

} // namespace educonnect::ui
