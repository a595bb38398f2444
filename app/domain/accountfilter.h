#pragma once

#include "guardian.h"
#include "student.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

namespace educonnect {

// The list criteria of the Élèves and Responsables screens as a plain value: Nom ou prénom, MEF,
// Classe(s), État(s) de compte, Origine, Adresse e-mail (avec / sans). Empty sets mean "any".
// Setters say whether anything changed, so a proxy re-filters only when it must.
//
// For a parent account, the name search also looks at the children's names, and the classes are
// the children's (those in this establishment); MEF does not apply.
class AccountFilter
{
public:
    enum class Email { Any, With, Without };

    bool setText(const QString &text);
    bool setMefLabels(const QSet<QString> &labels);
    bool setClasses(const QSet<QString> &classes);
    bool setStates(const QSet<AccountState> &states);
    bool setOrigins(const QSet<AccountOrigin> &origins);
    bool setEmail(Email email);
    // Follow-up (« Suivi »), as of `today`: accounts notified more than `days` ago and still not
    // activated (notified, or waiting for their activation link); 0 turns it off.
    bool setNotActivatedAfter(int days, const QDate &today);
    // Accounts whose provisional-password letter expired or expires within `days` (letterExpiry);
    // a negative number turns it off. With both follow-up criteria, an account matches either.
    bool setLetterExpiringWithin(int days, const QDate &today);
    bool clear();
    // Takes every criterion of `other`; whether anything changed.
    bool set(const AccountFilter &other);
    friend bool operator==(const AccountFilter &a, const AccountFilter &b);
    friend bool operator!=(const AccountFilter &a, const AccountFilter &b) { return !(a == b); }

    const QString &text() const { return m_text; }
    const QSet<QString> &mefLabels() const { return m_mefLabels; }
    const QSet<QString> &classes() const { return m_classes; }
    const QSet<AccountState> &states() const { return m_states; }
    const QSet<AccountOrigin> &origins() const { return m_origins; }
    Email email() const { return m_email; }
    const QDate &notifiedOnOrBefore() const { return m_notifiedOnOrBefore; }
    bool isActive() const;

    // Each matches against a precomputed searchKey() (what a model caches per row).
    bool matches(const Student &student, QStringView searchKey) const;
    bool matches(const Guardian &guardian, QStringView searchKey) const;
    bool matches(const Student &student) const { return matches(student, searchKey(student)); }
    bool matches(const Guardian &guardian) const { return matches(guardian, searchKey(guardian)); }

    static QString searchKey(const Student &student);
    // The parent's name, then each child's: « Martin Awa » is found by « Awa » too.
    static QString searchKey(const Guardian &guardian);

private:
    bool matchesCommon(AccountState state, AccountOrigin origin, const QString &email, const QDate &notifiedAt,
                       QStringView key) const;

    QString m_text;
    QStringList m_words; // folded words of m_text, all must match
    QSet<QString> m_mefLabels;
    QSet<QString> m_classes;
    QSet<AccountState> m_states;
    QSet<AccountOrigin> m_origins;
    Email m_email = Email::Any;
    QDate m_notifiedOnOrBefore; // invalid: off
    QDate m_expiryToday;        // invalid: off
    int m_expiryDays = -1;
};

} // namespace educonnect
