#pragma once

#include <QCollator>
#include <QString>
#include <QStringList>

namespace educonnect {

// Classes in the order a French school lists them: 6e, 5e, 4e, 3e, 2nde, 1re, Terminale, then
// post-bac (BTS, CPGE…), then anything unrecognised; within a stage, by name in French
// (numbers in natural order: « 2nde 2 » before « 2nde 10 »).
//
// The stage comes from the level code when there is one (6EME, 2NDPRO, 1BTS2…), else from the
// class name (« 6e B », « Tle STMG », « BTS MSP 1 »).
int schoolStage(const QString &level, const QString &className);

class ClassOrder
{
public:
    ClassOrder();
    // <0, 0 or >0, like QCollator::compare. Without a level, the name alone decides the stage.
    int compare(const QString &classA, const QString &classB, const QString &levelA = {},
                const QString &levelB = {}) const;
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }

private:
    QCollator m_collator; // not shared across threads: one ClassOrder per thread
};

// The distinct class names, in school order.
QStringList distinctClassesInSchoolOrder(const QStringList &classNames);

} // namespace educonnect
