#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace educonnect {

// The two kinds of EduConnect accounts a school hands out. They share states, rules, runs and
// letters; what differs (where the API keeps them, what a letter says) hangs off this.
enum class AccountKind { Student, Guardian };

// The API's collection name: "students" or "guardians" (…/establishments/{uai}/<name>).
QString accountKindApiName(AccountKind kind);
std::optional<AccountKind> accountKindFromApiName(QStringView name);

} // namespace educonnect
