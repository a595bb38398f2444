#include "accountfilter.h"

#include "staterules.h"
#include "textfold.h"

namespace educonnect {

namespace {
template <typename T>
bool assign(T &field, const T &value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}
} // namespace

bool AccountFilter::setText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return false;
    m_text = trimmed;
    m_words = foldForSearch(trimmed).split(u' ', Qt::SkipEmptyParts);
    return true;
}

bool AccountFilter::setMefLabels(const QSet<QString> &labels)
{
    return assign(m_mefLabels, labels);
}

bool AccountFilter::setClasses(const QSet<QString> &classes)
{
    return assign(m_classes, classes);
}

bool AccountFilter::setStates(const QSet<AccountState> &states)
{
    return assign(m_states, states);
}

bool AccountFilter::setOrigins(const QSet<AccountOrigin> &origins)
{
    return assign(m_origins, origins);
}

bool AccountFilter::setEmail(Email email)
{
    return assign(m_email, email);
}

bool AccountFilter::setNotActivatedAfter(int days, const QDate &today)
{
    // "More than N days ago": N days ago exactly is not yet.
    return assign(m_notifiedOnOrBefore, days > 0 ? today.addDays(-days - 1) : QDate());
}

bool AccountFilter::setLetterExpiringWithin(int days, const QDate &today)
{
    const bool changed = assign(m_expiryToday, days >= 0 ? today : QDate());
    return assign(m_expiryDays, days >= 0 ? days : -1) || changed;
}

bool operator==(const AccountFilter &a, const AccountFilter &b)
{
    return a.m_text == b.m_text && a.m_mefLabels == b.m_mefLabels && a.m_classes == b.m_classes
           && a.m_states == b.m_states && a.m_origins == b.m_origins && a.m_email == b.m_email
           && a.m_notifiedOnOrBefore == b.m_notifiedOnOrBefore && a.m_expiryToday == b.m_expiryToday
           && a.m_expiryDays == b.m_expiryDays;
}

bool AccountFilter::set(const AccountFilter &other)
{
    return assign(*this, other);
}

bool AccountFilter::clear()
{
    if (!isActive())
        return false;
    *this = AccountFilter();
    return true;
}

bool AccountFilter::isActive() const
{
    return !m_words.isEmpty() || !m_mefLabels.isEmpty() || !m_classes.isEmpty() || !m_states.isEmpty()
           || !m_origins.isEmpty() || m_email != Email::Any || m_notifiedOnOrBefore.isValid()
           || m_expiryToday.isValid();
}

QString AccountFilter::searchKey(const Student &student)
{
    return foldForSearch(QString(student.lastName + u' ' + student.firstName));
}

QString AccountFilter::searchKey(const Guardian &guardian)
{
    QString key = guardian.lastName + u' ' + guardian.firstName;
    for (const GuardianChild &child : guardian.children)
        key += u' ' + child.lastName + u' ' + child.firstName;
    return foldForSearch(key);
}

bool AccountFilter::matchesCommon(AccountState state, AccountOrigin origin, const QString &email,
                                  const QDate &notifiedAt, QStringView key) const
{
    // Follow-up: late or expiring, either one (like the values of any other criterion).
    if (m_notifiedOnOrBefore.isValid() || m_expiryToday.isValid()) {
        const bool late = m_notifiedOnOrBefore.isValid() && notifiedAt.isValid() && notifiedAt <= m_notifiedOnOrBefore
                          && (state == AccountState::NotifiedNotActivated || state == AccountState::ActivationPending);
        const bool expiring = m_expiryToday.isValid()
                              && letterExpiry(state, notifiedAt, m_expiryToday, m_expiryDays) != LetterExpiry::None;
        if (!late && !expiring)
            return false;
    }
    if (!m_states.isEmpty() && !m_states.contains(state))
        return false;
    if (!m_origins.isEmpty() && !m_origins.contains(origin))
        return false;
    if (m_email != Email::Any && (m_email == Email::With) == email.isEmpty())
        return false;
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool AccountFilter::matches(const Student &student, QStringView searchKey) const
{
    if (!m_classes.isEmpty() && !m_classes.contains(student.className))
        return false;
    if (!m_mefLabels.isEmpty() && !m_mefLabels.contains(student.mef.label))
        return false;
    return matchesCommon(student.state, student.origin, student.email, student.notifiedAt, searchKey);
}

bool AccountFilter::matches(const Guardian &guardian, QStringView searchKey) const
{
    if (!m_classes.isEmpty()) {
        bool any = false;
        for (const GuardianChild &child : guardian.children)
            any = any || (!child.isElsewhere() && m_classes.contains(child.className));
        if (!any)
            return false;
    }
    return matchesCommon(guardian.state, guardian.origin, guardian.email, guardian.notifiedAt, searchKey);
}

} // namespace educonnect
