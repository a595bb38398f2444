#include "letter.h"

#include "domain/clock.h"
#include "domain/schoolorder.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace educonnect {

namespace {

using PupilsById = QHash<QString, const Student *>;

PupilsById indexPupils(const QList<Student> &pupils)
{
    PupilsById byId;
    byId.reserve(pupils.size());
    for (const Student &s : pupils)
        byId.insert(s.id, &s);
    return byId;
}

QCollator frenchCollator()
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// What the server issued, for an account not joined yet (its login stands for its name).
Letter issuedLetter(const IssuedLetter &issued, AccountKind kind)
{
    Letter letter;
    letter.accountId = issued.accountId;
    letter.login = issued.login;
    letter.temporaryPassword = issued.temporaryPassword;
    letter.variant = issued.variant;
    letter.kind = kind;
    letter.lastName = issued.login;
    return letter;
}

// A parent's children as the letter names them: this establishment's first (as the cache knows
// them, in school order), then those elsewhere by name. Sets the filing class and the home child.
void addChildren(Letter &letter, const Guardian &guardian, const PupilsById &pupils, const ClassOrder &classOrder,
                 const QCollator &collator)
{
    struct Here
    {
        LetterChild child;
        QString level;
        QDate birthDate;
    };
    QList<Here> here;
    QList<LetterChild> elsewhere;
    for (const GuardianChild &c : guardian.children) {
        if (c.isElsewhere()) {
            elsewhere.append(LetterChild{c.firstName, c.lastName, c.className,
                                         c.establishmentName.isEmpty() ? c.uai : c.establishmentName});
            continue;
        }
        if (const Student *s = pupils.value(c.id))
            here.append(Here{{s->firstName, s->lastName, s->className, {}}, s->level, s->birthDate});
        else
            here.append(Here{{c.firstName, c.lastName, c.className, {}}, {}, {}});
    }
    std::stable_sort(here.begin(), here.end(), [&](const Here &a, const Here &b) {
        if (int c = classOrder.compare(a.child.className, b.child.className, a.level, b.level))
            return c < 0;
        return collator.compare(a.child.firstName, b.child.firstName) < 0;
    });
    std::stable_sort(elsewhere.begin(), elsewhere.end(), [&](const LetterChild &a, const LetterChild &b) {
        if (int c = collator.compare(a.lastName, b.lastName))
            return c < 0;
        return collator.compare(a.firstName, b.firstName) < 0;
    });

    // The filing rule (see guardianLetters): the latest known birth date; `here` is in school
    // order and only a strictly later date replaces the pick, so ties and unknown dates fall back
    // to the first class in school order.
    int home = here.isEmpty() ? -1 : 0;
    for (int i = 0; i < here.size(); ++i) {
        const QDate &born = here.at(i).birthDate;
        if (born.isValid() && (!here.at(home).birthDate.isValid() || born > here.at(home).birthDate))
            home = i;
    }
    for (const Here &h : std::as_const(here))
        letter.children.append(h.child);
    letter.children.append(elsewhere);
    letter.homeChild = home;
    if (home >= 0) {
        letter.className = here.at(home).child.className;
        letter.level = here.at(home).level;
    }
}

} // namespace

LetterContext letterContext(AccountKind kind, const std::optional<Establishment> &establishment, const QString &uai,
                            const QDateTime &notifiedAt)
{
    LetterContext context;
    context.kind = kind;
    context.establishmentName = establishment ? establishment->name : uai;
    if (kind == AccountKind::Guardian) {
        context.activationUrl = QString::fromUtf16(kGuardianActivationUrl);
        const NotificationSettings none;
        const NotificationSettings &n = establishment ? establishment->notification : none;
        if (n.guardianUrlEnabled && !n.guardianUrl.trimmed().isEmpty() && n.guardianUrl.trimmed() != context.activationUrl)
            context.extraUrl = n.guardianUrl.trimmed();
    } else if (establishment && establishment->notification.pupilUrlEnabled) {
        context.activationUrl = establishment->notification.pupilUrl;
    }
    context.issuedOn = notifiedAt.isValid() ? notifiedAt.toLocalTime().date() : Clock::today();
    context.validUntil = letterValidUntil(context.issuedOn);
    return context;
}

QList<Letter> studentLetters(const CredentialBatch &batch, const QList<Student> &pupils)
{
    const PupilsById byId = indexPupils(pupils);
    QList<Letter> letters;
    letters.reserve(batch.letters().size());
    for (const IssuedLetter &issued : batch.letters()) {
        Letter letter = issuedLetter(issued, AccountKind::Student);
        if (const Student *s = byId.value(issued.accountId)) {
            letter.firstName = s->firstName;
            letter.lastName = s->lastName;
            letter.className = s->className;
            letter.level = s->level;
        }
        letters.append(std::move(letter));
    }
    sortByClassThenName(letters);
    return letters;
}

QList<Letter> guardianLetters(const CredentialBatch &batch, const QList<Guardian> &guardians,
                              const QList<Student> &pupils)
{
    QHash<QString, const Guardian *> guardiansById;
    guardiansById.reserve(guardians.size());
    for (const Guardian &g : guardians)
        guardiansById.insert(g.id, &g);
    const PupilsById pupilsById = indexPupils(pupils);
    const ClassOrder classOrder;
    const QCollator collator = frenchCollator();

    QList<Letter> letters;
    letters.reserve(batch.letters().size());
    for (const IssuedLetter &issued : batch.letters()) {
        Letter letter = issuedLetter(issued, AccountKind::Guardian);
        if (const Guardian *g = guardiansById.value(issued.accountId)) {
            letter.firstName = g->firstName;
            letter.lastName = g->lastName;
            addChildren(letter, *g, pupilsById, classOrder, collator);
        }
        letters.append(std::move(letter));
    }
    sortByClassThenName(letters);
    return letters;
}

QHash<QString, QString> filingClasses(const QList<Guardian> &guardians, const QList<Student> &pupils)
{
    const PupilsById pupilsById = indexPupils(pupils);
    const ClassOrder classOrder;
    const QCollator collator = frenchCollator();
    QHash<QString, QString> classes;
    classes.reserve(guardians.size());
    for (const Guardian &g : guardians) {
        Letter letter;
        addChildren(letter, g, pupilsById, classOrder, collator);
        classes.insert(g.id, letter.className);
    }
    return classes;
}

void sortByClassThenName(QList<Letter> &letters)
{
    const ClassOrder classOrder;
    const QCollator collator = frenchCollator();
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
