#pragma once

#include "accountstate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace educonnect {

// Which letter a pupil gets (DESIGN.md section 2).
enum class LetterVariant {
    Distribution,   // identifier + provisional password
    Redistribution, // identifier + « Votre mot de passe est inchangé. »
    PasswordChange  // a new provisional password replaces the old one
};

QString letterVariantApiName(LetterVariant variant);
std::optional<LetterVariant> letterVariantFromApiName(QStringView name);

// What (re)notifying an account in a given state does. The server enforces these rules; the client
// uses this table to tell the user before they confirm.
struct NotifyEffect
{
    AccountState stateAfter;
    LetterVariant variant;
    bool newPassword = false;  // a fresh provisional password is generated
    bool resetIgnored = false; // reset was asked but does not apply (never-notified account)
    bool oldPasswordDies = false;
};

NotifyEffect notifyEffect(AccountState state, bool reset);

// A letter stays valid three months after notification (DESIGN.md section 2).
QDate letterValidUntil(const QDate &issuedOn);

// Follow-up: the letter of an account notified and not yet signed in (its provisional password)
// expired, or expires within `soonDays` of `today`: time to hand out a new one.
enum class LetterExpiry { None, Soon, Expired };
inline constexpr int kLetterExpirySoonDays = 15;
LetterExpiry letterExpiry(AccountState state, const QDate &notifiedAt, const QDate &today,
                          int soonDays = kLetterExpirySoonDays);

// The summary the notification dialog shows: how many accounts of each state, and what happens.
class NotifyPlan
{
    Q_DECLARE_TR_FUNCTIONS(NotifyPlan)
public:
    NotifyPlan(const QList<AccountState> &selectedStates, bool reset);
    // How many of the accounts were already notified today: with a reset, the letters printed for
    // them this morning stop working, which the user must know before confirming.
    void setNotifiedToday(int count) { m_notifiedToday = count; }

    int total() const { return m_total; }
    int count(AccountState state) const { return m_counts.value(state); }
    int newPasswords() const { return m_newPasswords; }
    int unchangedPasswords() const { return m_total - m_newPasswords; }
    // Sentences for the confirmation step, one per state present in the selection.
    QStringList descriptions() const;
    // Warnings the user must read before confirming (reset ignored, passwords that stop working).
    QStringList warnings() const;

private:
    QHash<AccountState, int> m_counts;
    bool m_reset;
    int m_total = 0;
    int m_newPasswords = 0;
    int m_notifiedToday = 0;
};

} // namespace educonnect
