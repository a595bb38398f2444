#include "accountkind.h"

#include "domain/enumnames.h"

namespace educonnect {

namespace {
constexpr EnumNames<AccountKind, 2> kKindNames({{
    {AccountKind::Student, u"students"},
    {AccountKind::Guardian, u"guardians"},
}});
} // namespace

QString accountKindApiName(AccountKind kind)
{
    return kKindNames.name(kind);
}

std::optional<AccountKind> accountKindFromApiName(QStringView name)
{
    return kKindNames.fromName(name);
}

} // namespace educonnect
