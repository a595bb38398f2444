#pragma once

#include "sandboxtypes.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <optional>

namespace sandbox {

// The sandbox's persistent state (SQLite in its data dir). Every change to a pupil takes the next
// value of a global version counter; sync cursors are positions in that sequence.
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(const QString &path, QString *error);
    bool isEmpty() const;

    // Random per database: a cursor from another database (or a wiped one) is unknown (410).
    QString epoch() const;
    qint64 currentVersion() const;

    bool beginTransaction();
    bool commit();
    void rollback();

    bool saveEstablishment(const EstablishmentRecord &establishment);
    std::optional<EstablishmentRecord> establishment(const QString &uai) const;
    bool saveUser(const UserRecord &user);
    std::optional<UserRecord> user(const QString &login) const;
    QList<UserRecord> users() const;

    // Inserts or updates; bumps the version.
    bool savePupil(const PupilRecord &pupil);
    bool removePupil(const QString &id);
    std::optional<PupilRecord> pupil(const QString &uai, const QString &id) const;
    bool loginExists(const QString &login) const;

    struct Changes
    {
        QList<PupilRecord> items;
        QStringList removed;
        qint64 lastVersion = 0;
        bool hasMore = false;
    };
    // Pupils and removals with a version above `afterVersion`, oldest first, at most `limit` items.
    Changes changesSince(const QString &uai, qint64 afterVersion, int limit) const;

    // Idempotency: the stored response of an earlier request with the same key by the same user.
    std::optional<QByteArray> storedResponse(const QString &userLogin, const QString &key) const;
    struct StoredBatch
    {
        QString uai;
        QString userLogin;
        QDateTime expiresAt;
        QByteArray response;
    };
    std::optional<StoredBatch> batch(const QString &batchId) const;
    bool storeBatch(const QString &batchId, const QString &uai, const QString &userLogin, const QString &key,
                    const QDateTime &createdAt, const QDateTime &expiresAt, const QByteArray &response);

private:
    qint64 nextVersion();
    // The statement for `sql`, prepared on first use and kept: re-parsing the SQL of every
    // statement was most of the time spent storing an academy-size (50,000-pupil) sandbox.
    QSqlQuery &prepared(const QString &sql) const;

    QString m_connection;
    mutable std::map<QString, QSqlQuery> m_statements;
};

} // namespace sandbox
