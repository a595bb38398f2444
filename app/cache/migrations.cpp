#include "migrations.h"

using namespace Qt::StringLiterals;

namespace educonnect {

// Forward-only migrations; migration N takes the schema from version N-1 to N.
const QList<QStringList> &cacheMigrations()
{
    static const QList<QStringList> steps{
        // 1: establishments, pupils, one cursor per establishment and resource.
        {
            uR"(CREATE TABLE establishments(
                uai TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL DEFAULT '',
                pupil_url TEXT NOT NULL DEFAULT '', pupil_url_enabled INTEGER NOT NULL DEFAULT 0,
                guardian_url TEXT NOT NULL DEFAULT '', guardian_url_enabled INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE TABLE students(
                uai TEXT NOT NULL, id TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL,
                birth_date TEXT, class_name TEXT NOT NULL, level TEXT NOT NULL, mef_code TEXT NOT NULL,
                mef_label TEXT NOT NULL, login TEXT NOT NULL, state TEXT NOT NULL, origin TEXT NOT NULL,
                email TEXT NOT NULL, notified_at TEXT, last_login_at TEXT, guardian_ids TEXT NOT NULL,
                PRIMARY KEY(uai, id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE sync_state(
                uai TEXT NOT NULL, resource TEXT NOT NULL, cursor TEXT NOT NULL DEFAULT '',
                last_sync_at TEXT, PRIMARY KEY(uai, resource)))"_s,
        },
        // 2: resumable full resync (generation marking) and the class index the list filters on.
        {
            u"ALTER TABLE students ADD COLUMN sync_generation INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE sync_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE sync_state ADD COLUMN full_sync_cursor TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE sync_state ADD COLUMN full_sync_in_progress INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE INDEX students_by_class ON students(uai, class_name)"_s,
        },
        // 3: the runs of (re)notification, for reprints (ids and counts only, never a password).
        {
            uR"(CREATE TABLE notification_runs(
                run_id TEXT PRIMARY KEY, uai TEXT NOT NULL, batch_ids TEXT NOT NULL, created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL, letter_count INTEGER NOT NULL, classes TEXT NOT NULL,
                reset INTEGER NOT NULL DEFAULT 0))"_s,
            u"CREATE INDEX notification_runs_by_date ON notification_runs(uai, created_at)"_s,
        },
        // 4: runs that can be resumed: their chunks with the keys they are always sent with, and
        // the batch that answered each (runs recorded before this were complete).
        {
            u"ALTER TABLE notification_runs ADD COLUMN status TEXT NOT NULL DEFAULT 'complete'"_s,
            uR"(CREATE TABLE run_chunks(
                run_id TEXT NOT NULL REFERENCES notification_runs(run_id) ON DELETE CASCADE,
                chunk INTEGER NOT NULL, ids TEXT NOT NULL, idempotency_key TEXT NOT NULL,
                batch_id TEXT NOT NULL DEFAULT '', PRIMARY KEY(run_id, chunk)) WITHOUT ROWID)"_s,
        },
        // 5: parents' accounts, synced like the pupils (their own cursor in sync_state), and the
        // kind of account a run notified.
        {
            uR"(CREATE TABLE guardians(
                uai TEXT NOT NULL, id TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL,
                login TEXT NOT NULL, state TEXT NOT NULL, origin TEXT NOT NULL, email TEXT NOT NULL,
                notified_at TEXT, last_login_at TEXT, children TEXT NOT NULL,
                sync_generation INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(uai, id)) WITHOUT ROWID)"_s,
            u"ALTER TABLE notification_runs ADD COLUMN account_kind TEXT NOT NULL DEFAULT 'students'"_s,
        },
        // 6: who started a run (only they may resume it: the server keys requests per user), and
        // which chunks were sent at least once (their outcome is unknown until answered).
        {
            u"ALTER TABLE notification_runs ADD COLUMN login TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE run_chunks ADD COLUMN sent INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 7: how a run hands out what it issues (letters or e-mails): a resume must send the same.
        {
            u"ALTER TABLE notification_runs ADD COLUMN channel TEXT NOT NULL DEFAULT 'letter'"_s,
        },
        // 8: whether an account's password is still provisional (the Dépannage password column).
        {
            u"ALTER TABLE students ADD COLUMN password_provisional INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE guardians ADD COLUMN password_provisional INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 9: parents' mobile numbers (the account detail). Parents cached before have none: their
        // next sync is a full one, which brings them.
        {
            u"ALTER TABLE guardians ADD COLUMN mobile TEXT NOT NULL DEFAULT ''"_s,
            u"UPDATE sync_state SET cursor = '', full_sync_cursor = '', full_sync_in_progress = 0 "
            u"WHERE resource = 'guardians'"_s,
        },
        // 10: a snapshot of the accounts by state per day of sync (the Statistiques progression).
        {
            uR"(CREATE TABLE statistics_snapshots(
                uai TEXT NOT NULL, day TEXT NOT NULL, resource TEXT NOT NULL,
                not_notified INTEGER NOT NULL, notified INTEGER NOT NULL, activation_pending INTEGER NOT NULL,
                activated INTEGER NOT NULL, with_activated_parent INTEGER NOT NULL DEFAULT -1,
                PRIMARY KEY(uai, day, resource)))"_s,
        },
    };
    return steps;
}

} // namespace educonnect
