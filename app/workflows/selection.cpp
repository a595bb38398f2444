#include "selection.h"

#include "domain/schoolorder.h"
#include "letters/letter.h"

namespace educonnect {

QList<Student> studentsOfClass(const QString &className, const QList<Student> &pupils,
                               const QSet<AccountState> &states)
{
    QList<Student> chosen;
    for (const Student &s : pupils) {
        if (s.className.compare(className, Qt::CaseInsensitive) == 0 && (states.isEmpty() || states.contains(s.state)))
            chosen << s;
    }
    return chosen;
}

QList<Guardian> guardiansFiledUnder(const QString &className, const QList<Guardian> &guardians,
                                    const QList<Student> &pupils, const QSet<AccountState> &states)
{
    const QHash<QString, QString> filed = filingClasses(guardians, pupils);
    QList<Guardian> chosen;
    for (const Guardian &g : guardians) {
        if (filed.value(g.id).compare(className, Qt::CaseInsensitive) == 0
            && (states.isEmpty() || states.contains(g.state)))
            chosen << g;
    }
    return chosen;
}

std::optional<QString> resolveClass(const QString &wanted, const QList<Student> &pupils, QStringList *known)
{
    QStringList names;
    names.reserve(pupils.size());
    for (const Student &s : pupils)
        names << s.className;
    const QStringList classes = distinctClassesInSchoolOrder(names);
    for (const QString &c : classes) {
        if (c.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    if (known)
        *known = classes;
    return std::nullopt;
}

} // namespace educonnect
