#include "letter.h"

#include "domain/schoolorder.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace educonnect {

QDate letterValidUntil(const QDate &issuedOn)
{
    return issuedOn.addMonths(3);
}

LetterContext studentLetterContext(const std::optional<Establishment> &establishment, const QString &uai,
                                 const QDateTime &notifiedAt)
{
    LetterContext context;
    context.establishmentName = establishment ? establishment->name : uai;
    if (establishment && establishment->notification.pupilUrlEnabled)
        context.activationUrl = establishment->notification.pupilUrl;
    context.issuedOn = notifiedAt.isValid() ? notifiedAt.toLocalTime().date() : QDate::currentDate();
    context.validUntil = letterValidUntil(context.issuedOn);
    return context;
}

QList<Letter> studentLetters(const CredentialBatch &batch, const QList<Student> &pupils)
{
    QHash<QString, const Student *> byId;
    byId.reserve(pupils.size());
    for (const Student &s : pupils)
        byId.insert(s.id, &s);

    QList<Letter> letters;
    letters.reserve(batch.letters().size());
    for (const IssuedLetter &issued : batch.letters()) {
        Letter letter;
        letter.accountId = issued.accountId;
        letter.login = issued.login;
        letter.temporaryPassword = issued.temporaryPassword;
        letter.variant = issued.variant;
        if (const Student *s = byId.value(issued.accountId)) {
            letter.firstName = s->firstName;
            letter.lastName = s->lastName;
            letter.className = s->className;
            letter.level = s->level;
        } else {
            letter.lastName = issued.login;
        }
        letters.append(std::move(letter));
    }
    sortByClassThenName(letters);
    return letters;
}

void sortByClassThenName(QList<Letter> &letters)
{
    const ClassOrder classOrder;
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(letters.begin(), letters.end(), [&](const Letter &a, const Letter &b) {
        if (int c = classOrder.compare(a.className, b.className, a.level, b.level))
            return c < 0;
        if (int c = collator.compare(a.lastName, b.lastName))
            return c < 0;
        if (int c = collator.compare(a.firstName, b.firstName))
            return c < 0;
        return a.login < b.login;
    });
}

} // namespace educonnect
