#pragma once

#include "domain/accountkind.h"
#include "domain/guardian.h"

#include <QCoreApplication>
#include <QString>

namespace educonnect::ui {

// The words of the shared list parts that depend on the kind of account: one place for both tabs,
// so that « élève » and « responsable » agree everywhere (and plurals stay whole sentences).
class AccountTexts
{
    Q_DECLARE_TR_FUNCTIONS(AccountTexts)
public:
    static QString pageTitle(AccountKind kind);
    // The table's accessible name.
    static QString tableName(AccountKind kind);
    static QString searchLabel(AccountKind kind);
    static QString selected(AccountKind kind, int count);
    static QString shown(AccountKind kind, int shown, int total);
    static QString tickFirst(AccountKind kind);
    // The notification dialog's first line.
    static QString accountsSelected(AccountKind kind, int count);

    // « DUPONT Léa », as lists show people.
    static QString childName(const GuardianChild &child);
    // The pupils a parent account covers: « DUPONT Léa (3e A), DUPONT Noé (Collège Jean Moulin) ».
    static QString children(const Guardian &guardian);
};

} // namespace educonnect::ui
