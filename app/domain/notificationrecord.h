#pragma once

#include "domain/credentials.h"
#include "domain/student.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace educonnect {

// What the cache remembers of a (re)notification run, to offer a reprint while its letters are
// valid: which server batches, when, for which classes. Never the letters or their passwords:
// a reprint fetches them from the server again.
struct NotificationRecord
{
    QString uai;
    QStringList batchIds; // the first one names the run
    QDateTime createdAt;
    QDateTime expiresAt;
    int letterCount = 0;
    QStringList classes;
    bool reset = false;

    QString runId() const { return batchIds.value(0); }
};

// The record of a run: its batches, dates, letter count and the classes of the pupils it covered.
NotificationRecord notificationRecordFor(const QString &uai, const CredentialBatch &batch,
                                         const QList<Student> &pupils, bool reset);

} // namespace educonnect
