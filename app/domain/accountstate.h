#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace educonnect {

// The four account states, the same for pupils and parents (DESIGN.md section 2).
enum class AccountState { NotNotified, NotifiedNotActivated, ActivationPending, Activated };

inline constexpr std::array<AccountState, 4> kAllAccountStates{
    AccountState::NotNotified, AccountState::NotifiedNotActivated, AccountState::ActivationPending,
    AccountState::Activated};

// Wire names used by the API (docs/api/openapi.yaml).
QString accountStateApiName(AccountState state);
std::optional<AccountState> accountStateFromApiName(QStringView name);
// Translated label as the web screens show it (« Non notifié », ...).
QString accountStateLabel(AccountState state);

enum class AccountOrigin { School, Guardian, FranceConnect, Aten, Ent, Unknown };

QString accountOriginApiName(AccountOrigin origin);
std::optional<AccountOrigin> accountOriginFromApiName(QStringView name);
QString accountOriginLabel(AccountOrigin origin);

} // namespace educonnect

Q_DECLARE_METATYPE(educonnect::AccountState)
