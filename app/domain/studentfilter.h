#pragma once

#include "student.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace educonnect {

// The list criteria of the Élèves screen as a plain value (Nom ou prénom, MEF, Classe(s),
// État(s) de compte). Empty sets mean "any". Setters say whether anything changed, so the
// proxy re-filters only when it must.
class StudentFilter
{
public:
    bool setText(const QString &text);
    bool setMefLabels(const QSet<QString> &labels);
    bool setClasses(const QSet<QString> &classes);
    bool setStates(const QSet<AccountState> &states);
    bool clear();

    const QString &text() const { return m_text; }
    const QSet<QString> &mefLabels() const { return m_mefLabels; }
    const QSet<QString> &classes() const { return m_classes; }
    const QSet<AccountState> &states() const { return m_states; }
    bool isActive() const;

    // Matches against a precomputed searchKey() (what the model caches per row).
    bool matches(const Student &student, QStringView studentSearchKey) const;
    bool matches(const Student &student) const { return matches(student, searchKey(student)); }

    static QString searchKey(const Student &student);

private:
    QString m_text;
    QStringList m_words; // folded words of m_text, all must match
    QSet<QString> m_mefLabels;
    QSet<QString> m_classes;
    QSet<AccountState> m_states;
};

} // namespace educonnect
