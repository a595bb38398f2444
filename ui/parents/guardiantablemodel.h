#pragma once

#include "domain/guardian.h"
#include "widgets/accountlistmodel.h"

namespace educonnect::ui {

// The parent accounts of one establishment, as the Responsables table shows them: each with the
// pupils it covers (name and class, or the other school of a child elsewhere).
class GuardianTableModel : public AccountListModel<Guardian>
{
    Q_OBJECT
public:
    enum Column {
        SelectColumn,
        NameColumn,
        ChildrenColumn,
        LoginColumn,
        StateColumn,
        OriginColumn,
        EmailColumn,
        NotifiedColumn,
        LastLoginColumn,
        PasswordColumn,
        ColumnCount
    };

    explicit GuardianTableModel(QObject *parent = nullptr);

    AccountKind kind() const override { return AccountKind::Guardian; }
    // The classes of the children of this establishment, in school order.
    QStringList classNames() const override;

    void setGuardians(const QList<Guardian> &guardians) { setAccounts(guardians); }
    void updateGuardians(const QList<Guardian> &guardians) { updateAccounts(guardians); }
    const Guardian &guardian(int row) const { return account(row); }

    // One child per line, with the class, or the other school and its UAI.
    static QString childrenToolTip(const Guardian &guardian);
};

} // namespace educonnect::ui
