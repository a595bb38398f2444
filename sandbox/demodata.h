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
};

// Imported pupils (--import): only what a school export would give; the rest is generated.
struct ImportedPupil
{
    QString lastName;
    QString firstName;
    QString className;
    QString mef;
    QString level;
};

class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(quint32 seed, const QDate &today);

    // A fictional cité scolaire: classes 6e to Terminale, a vocational class and BTS, about
    // `pupilCount` pupils with French names (diacritics, apostrophes, hyphens, a few non-Latin).
    DemoData generate(int pupilCount);
    // Pupils from an import file, with generated ids, identifiers, states and dates.
    DemoData fromImport(const EstablishmentRecord &establishment, const QList<ImportedPupil> &pupils);

    // Pupil identifier: initial.surname + digits, ASCII lower case; unique among `taken` (which it
    // extends). Always terminates, whatever the number of pupils sharing a name.
    QString makeLogin(const QString &firstName, const QString &lastName, QSet<QString> &taken);
    QString makePassword();
    // A login date for an account first used around `from`, never after yesterday.
    QDateTime loginAfter(const QDate &from, int withinDays);

private:
    PupilRecord makePupil(const QString &uai, const QString &lastName, const QString &firstName,
                          const QString &className, const QString &level, const QString &mefCode,
                          const QString &mefLabel, int birthYear, QSet<QString> &logins);

    quint32 m_seed;
    QDate m_today;
    quint64 m_state;
    int m_nextId = 1;
    QHash<QString, int> m_nextLoginSuffix; // per initial.surname, once its random digits are crowded
    quint32 next(quint32 bound);
};

// Reads the --import file: {"establishment": {"uai", "name"}, "pupils": [...]}.
bool readImportFile(const QString &path, EstablishmentRecord *establishment, QList<ImportedPupil> *pupils,
                    QString *error);

// 7 digits + check letter (the number mod 23 indexing ABCDEFGHJKLMNPRSTUVWXYZ).
bool isValidUai(const QString &uai);

} // namespace sandbox
