#include "accountstate.h"

#include "domain/enumnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {
constexpr EnumNames<AccountState, 4> kStateNames({{
    {AccountState::NotNotified, u"not_notified"},
    {AccountState::NotifiedNotActivated, u"notified"},
    {AccountState::ActivationPending, u"activation_pending"},
    {AccountState::Activated, u"activated"},
}});
constexpr EnumNames<AccountOrigin, 6> kOriginNames({{
    {AccountOrigin::School, u"school"},
    {AccountOrigin::Guardian, u"guardian"},
    {AccountOrigin::FranceConnect, u"franceconnect"},
    {AccountOrigin::Aten, u"aten"},
    {AccountOrigin::Ent, u"ent"},
    {AccountOrigin::Unknown, u"unknown"},
}});
} // namespace

QString accountStateApiName(AccountState state)
{
    return kStateNames.name(state);
}

std::optional<AccountState> accountStateFromApiName(QStringView name)
{
    return kStateNames.fromName(name);
}

QString accountStateLabel(AccountState state)
{
    switch (state) {
    case AccountState::NotNotified:
        return QCoreApplication::translate("AccountState", "Not notified");
    case AccountState::NotifiedNotActivated:
        return QCoreApplication::translate("AccountState", "Notified, not activated");
    case AccountState::ActivationPending:
        return QCoreApplication::translate("AccountState", "Activation in progress");
    case AccountState::Activated:
        return QCoreApplication::translate("AccountState", "Activated");
    }
    return {};
}

QString accountOriginApiName(AccountOrigin origin)
{
    return kOriginNames.name(origin);
}

std::optional<AccountOrigin> accountOriginFromApiName(QStringView name)
{
    return kOriginNames.fromName(name);
}

QString accountOriginLabel(AccountOrigin origin)
{
    switch (origin) {
    case AccountOrigin::School:
        return QCoreApplication::translate("AccountOrigin", "School");
    case AccountOrigin::Guardian:
        return QCoreApplication::translate("AccountOrigin", "Parent (SMS)");
    case AccountOrigin::FranceConnect:
        return QCoreApplication::translate("AccountOrigin", "FranceConnect");
    case AccountOrigin::Aten:
        return QCoreApplication::translate("AccountOrigin", "ATEN");
    case AccountOrigin::Ent:
        return QCoreApplication::translate("AccountOrigin", "ENT");
    case AccountOrigin::Unknown:
        return QCoreApplication::translate("AccountOrigin", "Not specified");
    }
    return {};
}

} // namespace educonnect
