#include "accounttexts.h"

using namespace Qt::StringLiterals;

namespace educonnect::ui {

QString AccountTexts::pageTitle(AccountKind kind)
{
    return kind == AccountKind::Student ? tr("Pupil accounts") : tr("Parent accounts");
}

QString AccountTexts::tableName(AccountKind kind)
{
    return kind == AccountKind::Student ? tr("Pupils") : tr("Parents");
}

QString AccountTexts::searchLabel(AccountKind kind)
{
    return kind == AccountKind::Student ? tr("Last or first name")
                                        : tr("Last or first name (parent or pupil)");
}

QString AccountTexts::selected(AccountKind kind, int count)
{
    return kind == AccountKind::Student ? tr("%n pupil(s) selected", nullptr, count)
                                        : tr("%n parent(s) selected", nullptr, count);
}

QString AccountTexts::shown(AccountKind kind, int shown, int total)
{
    // The plural follows the accounts shown: « 1 élève affiché sur 200 ».
    return (kind == AccountKind::Student ? tr("%n pupil(s) shown of %1", nullptr, shown)
                                         : tr("%n parent(s) shown of %1", nullptr, shown))
        .arg(total);
}

QString AccountTexts::tickFirst(AccountKind kind)
{
    return kind == AccountKind::Student ? tr("Tick the pupils to notify first.")
                                        : tr("Tick the parents to notify first.");
}

QString AccountTexts::accountsSelected(AccountKind kind, int count)
{
    return kind == AccountKind::Student ? tr("%n pupil account(s) selected.", nullptr, count)
                                        : tr("%n parent account(s) selected.", nullptr, count);
}

QString AccountTexts::childName(const GuardianChild &child)
{
    return child.firstName.isEmpty() ? child.lastName.toUpper()
                                     : child.lastName.toUpper() + u' ' + child.firstName;
}

QString AccountTexts::children(const Guardian &guardian)
{
    QStringList children;
    for (const GuardianChild &child : guardian.children) {
        const QString where = child.isElsewhere() ? child.establishmentName : child.className;
        children << (where.isEmpty()
                         ? childName(child)
                         : tr("%1 (%2)", "a pupil, then its class or school").arg(childName(child), where));
    }
    return children.join(u", "_s);
}

} // namespace educonnect::ui
