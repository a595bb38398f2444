#pragma once

#include "domain/student.h"
#include "widgets/accountlistmodel.h"

namespace educonnect::ui {

// The pupils of one establishment, as the Élèves table shows them: the columns over the shared
// account list model (check state, keys, refreshes and sorting live there).
class StudentTableModel : public AccountListModel<Student>
{
    Q_OBJECT
public:
    enum Column {
        SelectColumn,
        NameColumn,
        ClassColumn,
        MefColumn,
        LoginColumn,
        StateColumn,
        OriginColumn,
        NotifiedColumn,
        LastLoginColumn,
        ColumnCount
    };

    explicit StudentTableModel(QObject *parent = nullptr);

    AccountKind kind() const override { return AccountKind::Student; }
    // Classes in school order (6e … Terminale, post-bac), from each class's level.
    QStringList classNames() const override;
    QStringList mefLabels() const override;

    void setStudents(const QList<Student> &students) { setAccounts(students); }
    void updateStudents(const QList<Student> &students) { updateAccounts(students); }
    const Student &student(int row) const { return account(row); }
};

} // namespace educonnect::ui
