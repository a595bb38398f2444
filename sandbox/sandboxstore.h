#pragma once

#include "sandboxtypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <optional>

namespace sandbox {

// The sandbox's persistent state (SQLite in its data dir). Every change to a pupil or a guardian
// takes the next value of a global version counter; sync cursors are positions in that sequence.
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
    bool saveGuardian(const GuardianRecord &guardian);
    // Many at once (a sandbox's first data), in this order of versions.
    bool saveAccounts(const QList<PupilRecord> &pupils, const QList<GuardianRecord> &guardians);
    // Removes the account and leaves a tombstone for incremental syncs. The links follow: a
    // removed pupil's guardians lose that child (and go too when it was their last child here); a
    // removed guardian's pupils lose that guardian. Call inside a transaction.
    bool removePupil(const QString &id);
    bool removeGuardian(const QString &id);
    std::optional<PupilRecord> pupil(const QString &uai, const QString &id) const;
    std::optional<GuardianRecord> guardian(const QString &uai, const QString &id) const;
    bool loginExists(const QString &login) const;

    // What a guardian's letter and list show of a child who is a pupil here.
    struct PupilSummary
    {
        QString lastName;
        QString firstName;
        QString className;
    };
    QHash<QString, PupilSummary> pupilSummaries(const QString &uai, const QStringList &ids) const;

    template <typename Record> struct ChangesOf
    {
        QList<Record> items;
        QStringList removed;
        qint64 lastVersion = 0;
        bool hasMore = false;
    };
    using Changes = ChangesOf<PupilRecord>;
    using GuardianChanges = ChangesOf<GuardianRecord>;
    // Accounts and removals with a version above `afterVersion`, oldest first, at most `limit` items.
    Changes changesSince(const QString &uai, qint64 afterVersion, int limit) const;
    GuardianChanges guardianChangesSince(const QString &uai, qint64 afterVersion, int limit) const;

    // Idempotency: the stored response of an earlier request with the same key by the same user,
    // and the kind of accounts it notified ("students" or "guardians").
    struct StoredResponse
    {
        QString kind;
        QByteArray response;
    };
    std::optional<StoredResponse> storedResponse(const QString &userLogin, const QString &key) const;
    struct StoredBatch
    {
        QString uai;
        QString userLogin;
        QDateTime expiresAt;
        QByteArray response;
    };
    std::optional<StoredBatch> batch(const QString &batchId) const;
    bool storeBatch(const QString &batchId, const QString &kind, const QString &uai, const QString &userLogin,
                    const QString &key, const QDateTime &createdAt, const QDateTime &expiresAt,
                    const QByteArray &response);

private:
    qint64 nextVersion();
    bool writePupil(const PupilRecord &pupil, qint64 version);
    bool writeGuardian(const GuardianRecord &guardian, qint64 version);
    bool addTombstone(const QString &table, const QString &id, const QString &uai);
    // Merges a table's changed rows and its tombstones by version (see changesSince).
    template <typename Record>
    ChangesOf<Record> mergeChanges(QList<QPair<qint64, Record>> items, const QString &tombstones,
                                   const QString &uai, qint64 afterVersion, int limit) const;
    // The statement for `sql`, prepared on first use and kept: re-parsing the SQL of every
    // statement was most of the time spent storing an academy-size (50,000-pupil) sandbox.
    QSqlQuery &prepared(const QString &sql) const;

    QString m_connection;
    mutable std::map<QString, QSqlQuery> m_statements;
};

} // namespace sandbox
