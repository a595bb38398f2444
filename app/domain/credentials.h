#pragma once

#include "staterules.h"
#include "student.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace educonnect {

// Overwrites a password's characters before releasing it, when no other copy shares them (best
// effort: a shared copy is still in use elsewhere and is wiped when that one goes).
void wipeSecret(QString &secret);
void wipeSecret(QByteArray &secret);
// Overwrites the bytes even when the buffer is shared: for a server answer that carried a
// password, every holder of that buffer holds the same secret.
void wipeSharedSecret(QByteArray &secret);

// One letter the server issued. temporaryPassword is empty when the letter says
// « mot de passe inchangé ». Lives in memory only (DESIGN.md section 5).
struct IssuedLetter
{
    QString accountId;
    QString login;
    QString temporaryPassword;
    LetterVariant variant = LetterVariant::Distribution;
};

struct SkippedAccount
{
    QString accountId;
    QString reason;
};

// The result of one (re)notification run, possibly made of several server batches
// (the client sends at most 200 ids per request).
class CredentialBatch
{
public:
    CredentialBatch() = default;
    CredentialBatch(const CredentialBatch &) = default;
    CredentialBatch &operator=(const CredentialBatch &) = default;
    CredentialBatch(CredentialBatch &&) noexcept = default;
    CredentialBatch &operator=(CredentialBatch &&) noexcept = default;
    ~CredentialBatch();

    // Appends what one server batch returned.
    void append(const QString &batchId, const QDateTime &createdAt, const QDateTime &expiresAt,
                const QList<IssuedLetter> &letters, const QList<SkippedAccount> &skipped,
                const QStringList &emailed);

    // Letters of the server's batches this client could not read (who, and why).
    void addUnreadable(const QList<RejectedRecord> &letters) { m_unreadable += letters; }
    const QList<RejectedRecord> &unreadable() const { return m_unreadable; }

    QStringList batchIds() const { return m_batchIds; }
    QDateTime createdAt() const { return m_createdAt; }
    QDateTime expiresAt() const { return m_expiresAt; }
    const QList<IssuedLetter> &letters() const { return m_letters; }
    const QList<SkippedAccount> &skipped() const { return m_skipped; }
    const QStringList &emailed() const { return m_emailed; }
    bool isEmpty() const { return m_letters.isEmpty() && m_skipped.isEmpty() && m_emailed.isEmpty(); }

    // Overwrites the passwords this batch holds before releasing them (best effort: copies
    // made elsewhere, e.g. by the renderer, are short-lived and not covered).
    void wipe();

private:
    QStringList m_batchIds;
    QDateTime m_createdAt;
    QDateTime m_expiresAt;
    QList<IssuedLetter> m_letters;
    QList<SkippedAccount> m_skipped;
    QStringList m_emailed;
    QList<RejectedRecord> m_unreadable;
};

} // namespace educonnect
