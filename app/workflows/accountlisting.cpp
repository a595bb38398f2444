#include "accountlisting.h"

#include "domain/credentials.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

struct ListingText
{
    Q_DECLARE_TR_FUNCTIONS(AccountListing)
};

template <typename Account>
QList<Account> chosen(const QList<Account> &accounts, const AccountFilter &filter, const QSet<QString> &onlyIds)
{
    QList<Account> kept;
    for (const Account &a : accounts) {
        if ((onlyIds.isEmpty() || onlyIds.contains(a.id)) && filter.matches(a))
            kept.append(a);
    }
    return kept;
}

} // namespace

Result<AccountList> accountList(const Store &store, const QString &uai, AccountKind kind, const AccountFilter &filter,
                                const QSet<QString> &onlyIds, const QDateTime &madeAt)
{
    const auto establishment = store.establishment(uai);
    if (!establishment)
        return Error{u"not-cached"_s,
                     ListingText::tr("Nothing is cached for establishment %1: sync it once with the server first.")
                         .arg(uai)};
    auto pupils = store.students(uai);
    if (!pupils)
        return pupils.error();
    auto guardians = store.guardians(uai);
    if (!guardians)
        return guardians.error();
    if (kind == AccountKind::Student)
        return AccountList::of(*establishment, chosen(pupils.value(), filter, onlyIds), guardians.value(), madeAt);
    return AccountList::of(*establishment, chosen(guardians.value(), filter, onlyIds), pupils.value(), madeAt);
}

ListPasswordFetch::ListPasswordFetch(ApiClient *client, const QString &uai, AccountList *list, QObject *parent)
    : QObject(parent), m_client(client), m_uai(uai), m_list(list)
{
    // A never-notified account has no password: the server would only refuse it.
    for (const AccountListRow &row : list->rows()) {
        if (row.state != AccountState::NotNotified)
            m_ids << row.id;
    }
}

ListPasswordFetch::~ListPasswordFetch()
{
    // Not running any more before the abort: the aborted requests' callbacks (run at once) must
    // not touch a list that may already be gone.
    const bool wasRunning = std::exchange(m_running, false);
    if (wasRunning && m_client)
        m_client->abort(this);
}

void ListPasswordFetch::start()
{
    m_list->setShowsPasswords(true);
    m_running = true;
    if (m_ids.isEmpty())
        return stop(0);
    for (int i = 0; i < kInFlight; ++i)
        sendNext();
}

void ListPasswordFetch::cancel()
{
    if (!m_running)
        return;
    stop(Error{u"cancelled"_s, ListingText::tr("Cancelled.")});
}

void ListPasswordFetch::sendNext()
{
    if (!m_running || m_next >= m_ids.size() || !m_client)
        return;
    const QString id = m_ids.at(m_next++);
    m_client->fetchProvisionalPassword(m_uai, id, [this, id](Result<QString> password) {
        if (!m_running)
            return;
        ++m_answered;
        if (password) {
            m_list->setPassword(id, password.value());
            wipeSecret(password.value());
            ++m_shown;
        } else if (password.error().code != u"not_notified"_s && password.error().code != u"password_changed"_s) {
            return stop(Error{password.error().code,
                              ListingText::tr("The passwords could not be fetched: %1").arg(password.error().message),
                              password.error().httpStatus});
        }
        emit progress(m_answered, int(m_ids.size()));
        if (m_answered == m_ids.size())
            return stop(m_shown);
        sendNext();
    }, this);
}

void ListPasswordFetch::stop(const Result<int> &result)
{
    m_running = false;
    if (m_client)
        m_client->abort(this);
    if (!result)
        m_list->wipe(); // all or nothing: never a list where some passwords are missing unnoticed
    emit finished(result);
}

} // namespace educonnect
