#include "accountstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace educonnect {

QString accountStateApiName(AccountState state)
{
    switch (state) {
    case AccountState::NotNotified:
        return u"not_notified"_s;
    case AccountState::NotifiedNotActivated:
        return u"notified"_s;
    case AccountState::ActivationPending:
        return u"activation_pending"_s;
    case AccountState::Activated:
        return u"activated"_s;
    }
    return {};
}

std::optional<AccountState> accountStateFromApiName(QStringView name)
{
    for (AccountState state : kAllAccountStates) {
        if (name == accountStateApiName(state))
            return state;
    }
    return std::nullopt;
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

namespace {
constexpr std::array<AccountOrigin, 6> kAllOrigins{AccountOrigin::School,       AccountOrigin::Guardian,
                                                   AccountOrigin::FranceConnect, AccountOrigin::Aten,
                                                   AccountOrigin::Ent,           AccountOrigin::Unknown};
}

QString accountOriginApiName(AccountOrigin origin)
{
    switch (origin) {
    case AccountOrigin::School:
        return u"school"_s;
    case AccountOrigin::Guardian:
        return u"guardian"_s;
    case AccountOrigin::FranceConnect:
        return u"franceconnect"_s;
    case AccountOrigin::Aten:
        return u"aten"_s;
    case AccountOrigin::Ent:
        return u"ent"_s;
    case AccountOrigin::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<AccountOrigin> accountOriginFromApiName(QStringView name)
{
    for (AccountOrigin origin : kAllOrigins) {
        if (name == accountOriginApiName(origin))
            return origin;
    }
    return std::nullopt;
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
