#pragma once

#include "domain/accountkind.h"
#include "domain/credentials.h"
#include "domain/establishment.h"
#include "domain/guardian.h"
#include "domain/staterules.h" // letterValidUntil
#include "domain/student.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <QString>

namespace educonnect {

// Where parents sign in, printed on every parent's letter whatever the Paramétrage says.
inline constexpr char16_t kGuardianActivationUrl[] = u"https://teleservices.education.gouv.fr";

// What every letter of one run shares. A run holds letters of one account kind.
struct LetterContext
{
    QString establishmentName;
    QString activationUrl; // pupils: the Paramétrage URL when enabled, else empty; parents: teleservices
    QDate issuedOn;
    QDate validUntil; // issuedOn + 3 months
    // Defaults on the last fields: a pupils' context may still be written with the first four.
    AccountKind kind = AccountKind::Student;
    QString extraUrl = {}; // parents: the Paramétrage "extra URL" when enabled, else empty
};

// A child a parent's letter names.
struct LetterChild
{
    QString firstName;
    QString lastName;
    QString className;
    QString otherSchool; // a child in another establishment: that school's name (or UAI); else empty

    bool isElsewhere() const { return !otherSchool.isEmpty(); }
};

// One account's letter: the account from the cache joined with what the server issued.
struct Letter
{
    QString accountId;
    QString firstName;
    QString lastName;
    // The class the letter is filed under (sorting, per-class files, distribution sheets, separator
    // pages). Pupils: their class. Parents: the class of the child who takes the letter home.
    QString className;
    QString level; // the filing class's level code (6EME, 2NDPRO…): orders classes as a school does
    QString login;
    QString temporaryPassword; // empty for the redistribution variant
    LetterVariant variant = LetterVariant::Distribution;
    AccountKind kind = AccountKind::Student;
    // Parents: every child the account covers (this establishment's first, in school order), and the
    // index in it of the child through whom the letter goes home (-1: none in this establishment).
    QList<LetterChild> children;
    int homeChild = -1;

    const LetterChild *homeChildOrNull() const
    {
        return homeChild >= 0 && homeChild < children.size() ? &children.at(homeChild) : nullptr;
    }
};

// The context of a run's letters: the establishment's name (its UAI without the establishment),
// the notification day (local), the end of validity, and the addresses for the kind of account:
// pupils, the pupil URL when enabled; parents, teleservices always plus the guardian URL as the
// extra URL when enabled.
LetterContext letterContext(AccountKind kind, const std::optional<Establishment> &establishment, const QString &uai,
                            const QDateTime &notifiedAt);
inline LetterContext studentLetterContext(const std::optional<Establishment> &establishment, const QString &uai,
                                          const QDateTime &notifiedAt)
{
    return letterContext(AccountKind::Student, establishment, uai, notifiedAt);
}

// Joins the batch's letters with the pupils they are for and sorts them by class in school order
// (6e … Terminale, post-bac), then name (French collation, numbers in natural order). Letters for
// ids missing from `pupils` keep the login as name, so no issued password is ever dropped.
QList<Letter> studentLetters(const CredentialBatch &batch, const QList<Student> &pupils);

// The same for parents' accounts: one letter per account, listing every child it covers. A letter
// is filed under the class of the youngest child in this establishment: the latest birth date
// known from `pupils`; when several children share it, or no child's birth date is known, the one
// whose class comes first in school order. That child takes the letter home (Letter::homeChild).
// A parent with no child in this establishment is filed under no class (after every class).
QList<Letter> guardianLetters(const CredentialBatch &batch, const QList<Guardian> &guardians,
                              const QList<Student> &pupils);

// The class each parent's letter is filed under (the rule of guardianLetters), by account id; ""
// for a parent with no child in this establishment. Selecting "the parents of a class" by this
// keeps one class's run from reaching a parent whose letter belongs to another class's pile.
QHash<QString, QString> filingClasses(const QList<Guardian> &guardians, const QList<Student> &pupils);

void sortByClassThenName(QList<Letter> &letters);

} // namespace educonnect
