#include "staterules.h"

#include "domain/enumnames.h"

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {
constexpr EnumNames<LetterVariant, 3> kVariantNames({{
    {LetterVariant::Distribution, u"distribution"},
    {LetterVariant::Redistribution, u"redistribution"},
    {LetterVariant::PasswordChange, u"password_change"},
}});
} // namespace

QString letterVariantApiName(LetterVariant variant)
{
    return kVariantNames.name(variant);
}

std::optional<LetterVariant> letterVariantFromApiName(QStringView name)
{
    return kVariantNames.fromName(name);
}

NotifyEffect notifyEffect(AccountState state, bool reset)
{
    switch (state) {
    case AccountState::NotNotified:
        // First notification always creates the password; a reset has nothing to reset.
        return {AccountState::NotifiedNotActivated, LetterVariant::Distribution, true, reset, false};
    case AccountState::NotifiedNotActivated:
        // Nobody has signed in yet: a distribution letter, with a new password on reset
        // (the ministry's letter table; the old provisional password dies at once).
        if (reset)
            return {state, LetterVariant::Distribution, true, false, true};
        return {state, LetterVariant::Distribution, false, false, false};
    case AccountState::ActivationPending:
    case AccountState::Activated:
        if (reset)
            return {state, LetterVariant::PasswordChange, true, false, true};
        return {state, LetterVariant::Redistribution, false, false, false};
    }
    return {state, LetterVariant::Redistribution, false, false, false};
}

NotifyPlan::NotifyPlan(const QList<AccountState> &selectedStates, bool reset) : m_reset(reset)
{
    for (AccountState state : selectedStates) {
        ++m_counts[state];
        ++m_total;
        if (notifyEffect(state, reset).newPassword)
            ++m_newPasswords;
    }
}

QStringList NotifyPlan::descriptions() const
{
    QStringList lines;
    for (AccountState state : kAllAccountStates) {
        const int n = count(state);
        if (n == 0)
            continue;
        const NotifyEffect effect = notifyEffect(state, m_reset);
        QString what;
        switch (effect.variant) {
        case LetterVariant::Distribution:
            if (!effect.newPassword)
                what = tr("letter with the same provisional password");
            else if (effect.stateAfter != state)
                what = tr("letter with a new provisional password; the account goes to the state “%1”")
                           .arg(accountStateLabel(effect.stateAfter));
            else
                what = tr("letter with a new provisional password, the current one stops working");
            break;
        case LetterVariant::Redistribution:
            what = tr("letter with the identifier, password unchanged");
            break;
        case LetterVariant::PasswordChange:
            what = tr("letter with a new provisional password (reset)");
            break;
        }
        lines << tr("“%1”: %n account(s), %2", nullptr, n).arg(accountStateLabel(state), what);
    }
    return lines;
}

QStringList NotifyPlan::warnings() const
{
    QStringList lines;
    if (!m_reset)
        return lines;
    const int ignored = count(AccountState::NotNotified);
    if (ignored > 0)
        lines << tr("%n account(s) were never notified: they get their first password, no reset is done.", nullptr,
                    ignored);
    if (m_notifiedToday > 0)
        lines << tr("%n account(s) were already notified today: with a reset they get another password, and the "
                    "letters already printed for them stop working.",
                    nullptr, m_notifiedToday);
    const int dying = m_total - ignored;
    if (dying > 0)
        lines << tr("The current password of %n account(s) stops working at once: hand out the new letters.",
                    nullptr, dying);
    return lines;
}

QDate letterValidUntil(const QDate &issuedOn)
{
    return issuedOn.addMonths(3);
}

LetterExpiry letterExpiry(AccountState state, const QDate &notifiedAt, const QDate &today, int soonDays)
{
    if (state != AccountState::NotifiedNotActivated || !notifiedAt.isValid())
        return LetterExpiry::None;
    const QDate until = letterValidUntil(notifiedAt);
    if (until < today)
        return LetterExpiry::Expired;
    return until <= today.addDays(soonDays) ? LetterExpiry::Soon : LetterExpiry::None;
}

} // namespace educonnect
