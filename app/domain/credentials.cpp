#include "credentials.h"

#include <algorithm>

namespace educonnect {

void wipeSecret(QString &secret)
{
    if (secret.isDetached())
        secret.fill(QChar(u'\0'));
    secret.clear();
}

void wipeSecret(QByteArray &secret)
{
    if (secret.isDetached())
        secret.fill('\0');
    secret.clear();
}

void wipeSharedSecret(QByteArray &secret)
{
    if (!secret.isEmpty())
        std::fill_n(const_cast<char *>(secret.constData()), secret.size(), '\0');
    secret.clear();
}

CredentialBatch::~CredentialBatch()
{
    wipe();
}

void CredentialBatch::append(const QString &batchId, const QDateTime &createdAt, const QDateTime &expiresAt,
                             const QList<IssuedLetter> &letters, const QList<SkippedAccount> &skipped,
                             const QStringList &emailed)
{
    m_batchIds << batchId;
    if (!m_createdAt.isValid() || createdAt < m_createdAt)
        m_createdAt = createdAt;
    if (!m_expiresAt.isValid() || (expiresAt.isValid() && expiresAt < m_expiresAt))
        m_expiresAt = expiresAt;
    m_letters += letters;
    m_skipped += skipped;
    m_emailed += emailed;
}

void CredentialBatch::wipe()
{
    for (IssuedLetter &letter : m_letters)
        wipeSecret(letter.temporaryPassword);
}

} // namespace educonnect
