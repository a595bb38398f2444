#include "guardian.h"

using namespace Qt::StringLiterals;

namespace educonnect {

bool operator==(const GuardianChild &a, const GuardianChild &b)
{
    return a.id == b.id && a.lastName == b.lastName && a.firstName == b.firstName && a.className == b.className
           && a.uai == b.uai && a.establishmentName == b.establishmentName;
}

QString Guardian::displayName() const
{
    if (firstName.isEmpty())
        return lastName.toUpper();
    return lastName.toUpper() + u' ' + firstName;
}

QStringList Guardian::childClasses() const
{
    QStringList classes;
    for (const GuardianChild &child : children) {
        if (!child.isElsewhere() && !child.className.isEmpty() && !classes.contains(child.className))
            classes << child.className;
    }
    return classes;
}

bool operator==(const Guardian &a, const Guardian &b)
{
    return a.id == b.id && a.lastName == b.lastName && a.firstName == b.firstName && a.login == b.login
           && a.state == b.state && a.origin == b.origin && a.email == b.email && a.mobile == b.mobile
           && a.notifiedAt == b.notifiedAt
           && a.lastLoginAt == b.lastLoginAt && a.passwordProvisional == b.passwordProvisional
           && a.children == b.children;
}

} // namespace educonnect
