#include "studentfilter.h"

#include "textfold.h"

namespace educonnect {

bool StudentFilter::setText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return false;
    m_text = trimmed;
    m_words = foldForSearch(trimmed).split(u' ', Qt::SkipEmptyParts);
    return true;
}

bool StudentFilter::setMefLabels(const QSet<QString> &labels)
{
    if (labels == m_mefLabels)
        return false;
    m_mefLabels = labels;
    return true;
}

bool StudentFilter::setClasses(const QSet<QString> &classes)
{
    if (classes == m_classes)
        return false;
    m_classes = classes;
    return true;
}

bool StudentFilter::setStates(const QSet<AccountState> &states)
{
    if (states == m_states)
        return false;
    m_states = states;
    return true;
}

bool StudentFilter::clear()
{
    if (!isActive())
        return false;
    *this = StudentFilter();
    return true;
}

bool StudentFilter::isActive() const
{
    return !m_words.isEmpty() || !m_mefLabels.isEmpty() || !m_classes.isEmpty() || !m_states.isEmpty();
}

QString StudentFilter::searchKey(const Student &student)
{
    return foldForSearch(QString(student.lastName + u' ' + student.firstName));
}

bool StudentFilter::matches(const Student &student, QStringView studentSearchKey) const
{
    if (!m_classes.isEmpty() && !m_classes.contains(student.className))
        return false;
    if (!m_mefLabels.isEmpty() && !m_mefLabels.contains(student.mef.label))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(student.state))
        return false;
    for (const QString &word : m_words) {
        if (!studentSearchKey.contains(word))
            return false;
    }
    return true;
}

} // namespace educonnect
