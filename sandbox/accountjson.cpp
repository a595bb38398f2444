#include "accountjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateTimeOrNull(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject pupilJson(const PupilRecord &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"lastName"_s, p.lastName},
        {u"firstName"_s, p.firstName},
        {u"birthDate"_s, dateOrNull(p.birthDate)},
        {u"className"_s, p.className},
        {u"level"_s, p.level},
        {u"mef"_s, QJsonObject{{u"code"_s, p.mefCode}, {u"label"_s, p.mefLabel}}},
        {u"login"_s, p.login},
        {u"state"_s, p.state},
        {u"origin"_s, p.origin},
        {u"email"_s, orNull(p.email)},
        {u"notifiedAt"_s, dateOrNull(p.notifiedAt)},
        {u"lastLoginAt"_s, dateTimeOrNull(p.lastLoginAt)},
        {u"passwordProvisional"_s, !p.provisionalPassword.isEmpty()},
        {u"guardianIds"_s, QJsonArray::fromStringList(p.guardianIds)},
    };
}

QJsonObject guardianJson(const GuardianRecord &g, const QHash<QString, SandboxStore::PupilSummary> &children)
{
    QJsonArray list;
    for (const QString &id : g.childIds) {
        const auto it = children.constFind(id);
        if (it == children.constEnd())
            continue; // removed pupils are unlinked when removed; never name a child that is gone
        list.append(QJsonObject{{u"id"_s, id},
                                {u"lastName"_s, it->lastName},
                                {u"firstName"_s, it->firstName},
                                {u"className"_s, it->className}});
    }
    // A child elsewhere has no id here: the other school's UAI and name say where it is.
    for (const OtherChild &c : g.otherChildren) {
        list.append(QJsonObject{{u"uai"_s, c.uai},
                                {u"establishmentName"_s, c.establishmentName},
                                {u"lastName"_s, c.lastName},
                                {u"firstName"_s, c.firstName},
                                {u"className"_s, c.className}});
    }
    return QJsonObject{
        {u"id"_s, g.id},
        {u"lastName"_s, g.lastName},
        {u"firstName"_s, g.firstName},
        {u"login"_s, g.login},
        {u"state"_s, g.state},
        {u"origin"_s, g.origin},
        {u"email"_s, orNull(g.email)},
        {u"mobile"_s, orNull(g.mobile)},
        {u"notifiedAt"_s, dateOrNull(g.notifiedAt)},
        {u"lastLoginAt"_s, dateTimeOrNull(g.lastLoginAt)},
        {u"passwordProvisional"_s, !g.provisionalPassword.isEmpty()},
        {u"children"_s, list},
    };
}

} // namespace sandbox
