#pragma once

#include "demodata.h"

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace sandbox {

// Guardians (parents) of demo or imported pupils: families of siblings sharing one or two guardian
// accounts, some with a child at another establishment, in all four account states.
class FamilyGenerator
{
public:
    // Draws from `generator`'s sequence, so a seed always gives the same families.
    explicit FamilyGenerator(DemoDataGenerator &generator);

    // Groups `pupils` into families of 1 to 3 children (siblings mostly share a surname), gives
    // each family one or two guardians (about 1.6 accounts per pupil overall) and fills the pupils'
    // guardianIds. `logins` holds the pupils' identifiers: a guardian's never clashes with them.
    QList<GuardianRecord> generate(QList<PupilRecord> &pupils, QSet<QString> &logins);
    // The guardians an import file lists, `guardiansOf[i]` for `pupils[i]`: one account per
    // distinct lastName + firstName + email (case and surrounding spaces aside).
    QList<GuardianRecord> fromImport(QList<PupilRecord> &pupils,
                                     const QList<QList<ImportedGuardian>> &guardiansOf,
                                     QSet<QString> &logins);

private:
    void addFamily(QList<PupilRecord> &pupils, const QList<int> &family, QList<GuardianRecord> &guardians,
                   QSet<QString> &logins);
    GuardianRecord makeGuardian(const QString &uai, const QString &lastName, const QString &firstName,
                                QSet<QString> &logins);
    // State, origin, dates and e-mail. An imported guardian keeps the e-mail of the file (or none).
    void assignAccount(GuardianRecord &guardian, const QString *importedEmail);
    OtherChild makeOtherChild(const QString &lastName, const QStringList &takenFirstNames);
    int familySize();

    DemoDataGenerator &m_generator;
};

// The "guardians" array of pupil #`pupilIndex` in an import file, checked.
bool readImportedGuardians(const QJsonValue &value, int pupilIndex, QList<ImportedGuardian> *guardians,
                           QString *error);

} // namespace sandbox
