#include "accountfilter.h"

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
           || !m_origins.isEmpty() || m_email != Email::Any;
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
                                  QStringView key) const
{
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
    return matchesCommon(student.state, student.origin, student.email, searchKey);
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
    return matchesCommon(guardian.state, guardian.origin, guardian.email, searchKey);
}

} // namespace educonnect
