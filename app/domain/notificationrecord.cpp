#include "notificationrecord.h"

#include <QSet>

namespace educonnect {

NotificationRecord notificationRecordFor(const QString &uai, const CredentialBatch &batch,
                                         const QList<Student> &pupils, bool reset)
{
    QSet<QString> ids;
    for (const IssuedLetter &letter : batch.letters())
        ids.insert(letter.accountId);
    QSet<QString> classes;
    for (const Student &s : pupils) {
        if (ids.contains(s.id))
            classes.insert(s.className);
    }
    NotificationRecord record;
    record.uai = uai;
    record.batchIds = batch.batchIds();
    record.createdAt = batch.createdAt();
    record.expiresAt = batch.expiresAt();
    record.letterCount = int(batch.letters().size());
    record.classes = QStringList(classes.cbegin(), classes.cend());
    record.classes.sort();
    record.reset = reset;
    return record;
}

} // namespace educonnect
