#pragma once

#include "domain/guardian.h"
#include "domain/student.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <QSet>
#include <QString>

namespace educonnect {

// Which accounts a class-by-class run takes, one rule for the command line and the window.
// Class names match as the server spells them, case aside.

// The pupils of a class, optionally only in some states (empty: every state).
QList<Student> studentsOfClass(const QString &className, const QList<Student> &pupils,
                               const QSet<AccountState> &states = {});

// The parent accounts whose letter is filed under this class (the youngest child's class in this
// establishment: see guardianLetters). A parent of children in 6e B and 3e A belongs to one class
// only, so working class by class never notifies them twice, nor resets the password of a letter
// already printed in another class's pile.
QList<Guardian> guardiansFiledUnder(const QString &className, const QList<Guardian> &guardians,
                                    const QList<Student> &pupils, const QSet<AccountState> &states = {});

// The class of the establishment the user named (case aside), as the server spells it; nullopt
// when there is none, and `known` then lists them in school order for the message.
std::optional<QString> resolveClass(const QString &wanted, const QList<Student> &pupils, QStringList *known = nullptr);

// A notification by e-mail: the accounts with an address get one; the others can get paper
// letters in the same flow.
template <typename Account>
struct EmailSplit
{
    QList<Account> withAddress;
    QList<Account> withoutAddress;
};
template <typename Account>
EmailSplit<Account> splitByEmail(const QList<Account> &accounts)
{
    EmailSplit<Account> split;
    for (const Account &a : accounts)
        (a.email.trimmed().isEmpty() ? split.withoutAddress : split.withAddress) << a;
    return split;
}

// A password reset (the state table): a never-notified account has no password to reset; it is
// notified instead.
template <typename Account>
struct ResetSplit
{
    QList<Account> resettable;
    QList<Account> neverNotified;
};
template <typename Account>
ResetSplit<Account> splitForReset(const QList<Account> &accounts)
{
    ResetSplit<Account> split;
    for (const Account &a : accounts)
        (a.state == AccountState::NotNotified ? split.neverNotified : split.resettable) << a;
    return split;
}

} // namespace educonnect
