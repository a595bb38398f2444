#pragma once

#include "sandboxtypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sandbox {

struct DemoData
{
    EstablishmentRecord establishment;
    QList<PupilRecord> pupils;
    QList<GuardianRecord> guardians;
};

// A pupil's guardian in an import file. The same lastName + firstName + email on several pupils
// is one guardian (siblings); otherChildren of every mention are merged.
struct ImportedGuardian
{
    QString lastName;
    QString firstName;
    QString email;
    QList<OtherChild> otherChildren;
};

// Imported pupils (--import): only what a school export would give; the rest is generated.
struct ImportedPupil
{
    QString lastName;
    QString firstName;
    QString className;
    QString mef;
    QString level;
    QList<ImportedGuardian> guardians;
};

class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(quint32 seed, const QDate &today);

    // A fictional cité scolaire: classes 6e to Terminale, a vocational class and BTS, about
    // `pupilCount` pupils with French names (diacritics, apostrophes, hyphens, a few non-Latin),
    // and their guardians (about 1.6 accounts per pupil, siblings sharing theirs).
    DemoData generate(int pupilCount);
    // The same for `establishment` (another school of the same user). Ids and identifiers go on
    // from the previous call's: several establishments in one sandbox never share one.
    DemoData generate(int pupilCount, const EstablishmentRecord &establishment);
    // The demo's establishments: the cité scolaire, and a second school a head may also manage.
    static EstablishmentRecord demoEstablishment();
    static EstablishmentRecord secondDemoEstablishment();
    // Pupils (and the guardians they list) from an import file, with generated ids, identifiers,
    // states and dates.
    DemoData fromImport(const EstablishmentRecord &establishment, const QList<ImportedPupil> &pupils);

    // Pupil identifier: initial.surname + digits, ASCII lower case; unique among `taken` (which it
    // extends). Always terminates, whatever the number of pupils sharing a name.
    QString makeLogin(const QString &firstName, const QString &lastName, QSet<QString> &taken);
    // Guardian identifier: firstname.surname + digits, by the same collision-safe scheme.
    QString makeGuardianLogin(const QString &firstName, const QString &lastName, QSet<QString> &taken);
    QString makePassword();

    // The generator's deterministic sequence: 0 <= value < bound.
    quint32 random(quint32 bound) { return next(bound); }
    const QDate &today() const { return m_today; }
    // A login date for an account first used around `from`, never after yesterday.
    QDateTime loginAfter(const QDate &from, int withinDays);
    // The next guardian number (R000001…), shared by every establishment generated.
    int takeGuardianNumber() { return m_nextGuardianId++; }

private:
    QString uniqueLogin(const QString &base, QSet<QString> &taken);
    PupilRecord makePupil(const QString &uai, const QString &lastName, const QString &firstName,
                          const QString &className, const QString &level, const QString &mefCode,
                          const QString &mefLabel, int birthYear, QSet<QString> &logins);

    quint32 m_seed;
    QDate m_today;
    quint64 m_state;
    int m_nextId = 1;
    int m_nextGuardianId = 1;
    QSet<QString> m_logins; // every identifier given, pupils' and parents', for every establishment
    QHash<QString, int> m_nextLoginSuffix; // per initial.surname, once its random digits are crowded
    quint32 next(quint32 bound);
};

// Reads the --import file: {"establishment": {"uai", "name"}, "pupils": [...]}.
bool readImportFile(const QString &path, EstablishmentRecord *establishment, QList<ImportedPupil> *pupils,
                    QString *error);

// 7 digits + check letter (the number mod 23 indexing ABCDEFGHJKLMNPRSTUVWXYZ).
bool isValidUai(const QString &uai);
// The UAI of a 7-digit number: the number and its check letter.
QString uaiOf(int number);

// The fictional names demo pupils are drawn from.
const QStringList &demoFirstNames();
const QStringList &demoLastNames();

// ASCII lower-case letters of `text` (accents dropped, other scripts and punctuation removed).
QString asciiFold(const QString &text);

} // namespace sandbox
