#pragma once

#include "cache/store.h"
#include "domain/accountfilter.h"
#include "exports/accountlist.h"
#include "remote/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace educonnect {

// « Lister les comptes », the same for the window and the command line: the pupils' or parents'
// accounts of an establishment that match the criteria (and, when `onlyIds` is not empty, are
// among those: a selection), from the cache, so it works offline. An error when the cache holds
// nothing for this establishment.
Result<AccountList> accountList(const Store &store, const QString &uai, AccountKind kind, const AccountFilter &filter,
                                const QSet<QString> &onlyIds = {},
                                const QDateTime &madeAt = QDateTime::currentDateTime());

// Adds the provisional passwords to a list, asked of the server account by account (a few at a
// time), only when the user asked for them. Accounts whose password is no longer provisional (or
// that were never notified) keep « ****** ». Any other failure stops the fetch: the list is then
// made without passwords or not at all, the caller's choice.
class ListPasswordFetch : public QObject
{
    Q_OBJECT
public:
    // `list` must outlive the fetch.
    ListPasswordFetch(ApiClient *client, const QString &uai, AccountList *list, QObject *parent = nullptr);
    ~ListPasswordFetch() override;

    void start();
    void cancel();
    // Provisional passwords added so far.
    int shown() const { return m_shown; }

    static constexpr int kInFlight = 6;

signals:
    void progress(int done, int total);
    // ok with the number of passwords shown; otherwise why it stopped.
    void finished(const educonnect::Result<int> &result);

private:
    void sendNext();
    void stop(const Result<int> &result);

    QPointer<ApiClient> m_client;
    QString m_uai;
    AccountList *m_list;
    QStringList m_ids; // accounts that may have a provisional password
    int m_next = 0;
    int m_answered = 0;
    int m_shown = 0;
    bool m_running = false;
};

} // namespace educonnect
