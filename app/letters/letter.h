#pragma once

#include "domain/credentials.h"
#include "domain/establishment.h"
#include "domain/student.h"

#include <QDate>
#include <QList>

#include <optional>
#include <QString>

namespace educonnect {

// What every letter of one run shares.
struct LetterContext
{
    QString establishmentName;
    QString activationUrl; // the Paramétrage URL when enabled, else empty
    QDate issuedOn;
    QDate validUntil; // issuedOn + 3 months
};

// One pupil's letter: the pupil from the cache joined with what the server issued.
struct Letter
{
    QString accountId;
    QString firstName;
    QString lastName;
    QString className;
    QString level; // the class's level code (6EME, 2NDPRO…): orders classes as a school does
    QString login;
    QString temporaryPassword; // empty for the redistribution variant
    LetterVariant variant = LetterVariant::Distribution;
};

// A letter stays valid three months after notification (DESIGN.md section 2).
QDate letterValidUntil(const QDate &issuedOn);

// The context of a batch's letters: the establishment's name, its pupil URL when enabled, the
// notification day (local) and the end of validity. Without the establishment, the UAI is named.
LetterContext studentLetterContext(const std::optional<Establishment> &establishment, const QString &uai,
                                 const QDateTime &notifiedAt);

// Joins the batch's letters with the pupils they are for and sorts them by class in school order
// (6e … Terminale, post-bac), then name (French collation, numbers in natural order). Letters for ids missing from `pupils` keep the
// login as name, so no issued password is ever dropped.
QList<Letter> studentLetters(const CredentialBatch &batch, const QList<Student> &pupils);
void sortByClassThenName(QList<Letter> &letters);

} // namespace educonnect
