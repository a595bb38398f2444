#include "schoolorder.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

enum Stage { Sixieme = 1, Cinquieme, Quatrieme, Troisieme, Seconde, Premiere, Terminale, PostBac, Unknown };

// "1ère STMG" -> "1ERESTMG": upper-case ASCII letters and digits only.
QString folded(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

int stageOf(const QString &text)
{
    const QString s = folded(text);
    if (s.isEmpty())
        return Unknown;
    for (const char *postBac : {"BTS", "CPGE", "DCG", "DSCG", "DNMADE", "BUT", "DUT", "LICENCE", "MASTER"}) {
        if (s.contains(QLatin1String(postBac)))
            return PostBac;
    }
    // CAP in two years sits beside the vocational 2nde and 1re.
    if (s.startsWith(u"1CAP"_s))
        return Seconde;
    if (s.startsWith(u"2CAP"_s))
        return Premiere;
    if (s.startsWith(u"TLE"_s) || s.startsWith(u"TERM"_s) || s.startsWith(u"TPRO"_s)
        || (s.size() > 1 && s.at(0) == u'T' && s.at(1).isDigit()))
        return Terminale;
    if (s.startsWith(u"SECONDE"_s))
        return Seconde;
    if (s.startsWith(u"PREMIERE"_s))
        return Premiere;
    switch (s.at(0).unicode()) {
    case '6':
        return Sixieme;
    case '5':
        return Cinquieme;
    case '4':
        return Quatrieme;
    case '3':
        return Troisieme;
    case '2':
        return Seconde;
    case '1':
        return Premiere;
    default:
        return Unknown;
    }
}

} // namespace

int schoolStage(const QString &level, const QString &className)
{
    const int byLevel = stageOf(level);
    return byLevel != Unknown ? byLevel : stageOf(className);
}

ClassOrder::ClassOrder() : m_collator(QLocale(QLocale::French, QLocale::France))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int ClassOrder::compare(const QString &classA, const QString &classB, const QString &levelA,
                        const QString &levelB) const
{
    const int stageA = schoolStage(levelA, classA);
    const int stageB = schoolStage(levelB, classB);
    if (stageA != stageB)
        return stageA < stageB ? -1 : 1;
    return m_collator.compare(classA, classB);
}

QStringList distinctClassesInSchoolOrder(const QStringList &classNames)
{
    const QSet<QString> distinct(classNames.cbegin(), classNames.cend());
    QStringList list(distinct.cbegin(), distinct.cend());
    std::sort(list.begin(), list.end(), ClassOrder());
    return list;
}

} // namespace educonnect
