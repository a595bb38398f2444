#pragma once

#include "domain/guardian.h"
#include "domain/student.h"

#include <QList>
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

} // namespace educonnect
