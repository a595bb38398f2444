#include "faults.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sandbox {

std::optional<Fault> parseFault(const QString &spec, QString *error)
{
    static const QHash<QString, Fault::Action> actions{
        {u"status"_s, Fault::Action::Status},         {u"delay"_s, Fault::Action::Delay},
        {u"drop"_s, Fault::Action::Drop},             {u"drop-response"_s, Fault::Action::DropResponse},
        {u"truncate"_s, Fault::Action::Truncate},     {u"malformed"_s, Fault::Action::Malformed},
        {u"huge"_s, Fault::Action::Huge},             {u"stuck-cursor"_s, Fault::Action::StuckCursor},
        {u"bad-record"_s, Fault::Action::BadRecord},  {u"redirect"_s, Fault::Action::Redirect},
    };
    static const QStringList routes{u"session"_s,   u"establishment"_s, u"students"_s,      u"guardians"_s,
                                    u"notifications"_s, u"batches"_s,   u"passwords"_s,     u"settings"_s,
                                    u"verifications"_s, u"any"_s};
    static const QSet<Fault::Action> needArgument{Fault::Action::Status, Fault::Action::Delay, Fault::Action::Huge,
                                                  Fault::Action::Redirect};

    const QStringList fields = spec.split(u':');
    if (fields.size() < 3) {
        *error = u"a fault is ROUTE:ACTION[:ARGUMENT]:WHEN (got \"%1\")"_s.arg(spec);
        return std::nullopt;
    }
    Fault fault;
    fault.route = fields.first();
    if (!routes.contains(fault.route)) {
        *error = u"unknown fault route \"%1\" (%2)"_s.arg(fault.route, routes.join(u", "_s));
        return std::nullopt;
    }
    const auto action = actions.constFind(fields.at(1));
    if (action == actions.constEnd()) {
        *error = u"unknown fault action \"%1\""_s.arg(fields.at(1));
        return std::nullopt;
    }
    fault.action = *action;
    // The argument is everything between the action and WHEN: a URL keeps its colons.
    fault.argument = fields.mid(2, fields.size() - 3).join(u':');
    if (needArgument.contains(fault.action) == fault.argument.isEmpty()) {
        *error = u"fault action \"%1\" %2 an argument"_s.arg(fields.at(1),
                                                              fault.argument.isEmpty() ? u"needs"_s : u"takes no"_s);
        return std::nullopt;
    }
    static const QRegularExpression when(uR"(^(\d+)(?:x(\d+)|(\+))?$)"_s);
    const auto m = when.match(fields.last());
    if (!m.hasMatch() || m.captured(1).toInt() < 1) {
        *error = u"fault WHEN must be N, NxK or N+ (got \"%1\")"_s.arg(fields.last());
        return std::nullopt;
    }
    fault.first = m.captured(1).toInt();
    fault.count = !m.captured(3).isEmpty() ? -1 : !m.captured(2).isEmpty() ? m.captured(2).toInt() : 1;
    return fault;
}

QString faultRoute(const QByteArray &method, const QStringList &parts)
{
    if (parts.value(0) == u"session"_s)
        return u"session"_s;
    if (parts.value(0) != u"establishments"_s)
        return {};
    if (parts.size() == 2)
        return u"establishment"_s;
    if (parts.size() == 3 && (parts.at(2) == u"students"_s || parts.at(2) == u"guardians"_s) &&
        method == "GET")
        return parts.at(2);
    // One route for both kinds: a test of a notification run fails pupils' and parents' runs alike,
    // password resets (runs too) included.
    if (parts.size() == 4 && (parts.at(3) == u"notifications"_s || parts.at(3) == u"password-resets"_s))
        return u"notifications"_s;
    if (parts.size() == 5 && parts.at(4) == u"provisional-password"_s)
        return u"passwords"_s;
    if (parts.size() == 4 && parts.at(2) == u"notification-batches"_s)
        return u"batches"_s;
    if (parts.size() == 4 && parts.at(2) == u"settings"_s && parts.at(3) == u"notification-urls"_s)
        return u"settings"_s;
    if (parts.size() == 4 && parts.at(2) == u"settings"_s && parts.at(3) == u"verify-url"_s)
        return u"verifications"_s;
    return {};
}

} // namespace sandbox
