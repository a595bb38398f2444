#include "student.h"

using namespace Qt::StringLiterals;

namespace educonnect {

QString Student::displayName() const
{
    if (firstName.isEmpty())
        return lastName.toUpper();
    return lastName.toUpper() + u' ' + firstName;
}

bool operator==(const Student &a, const Student &b)
{
    return a.id == b.id && a.lastName == b.lastName && a.firstName == b.firstName
           && a.birthDate == b.birthDate && a.className == b.className && a.level == b.level
           && a.mef == b.mef && a.login == b.login && a.state == b.state && a.origin == b.origin
           && a.email == b.email && a.notifiedAt == b.notifiedAt && a.lastLoginAt == b.lastLoginAt
           && a.passwordProvisional == b.passwordProvisional
           && a.guardianIds == b.guardianIds;
}

} // namespace educonnect
