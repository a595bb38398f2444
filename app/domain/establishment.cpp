#include "establishment.h"

namespace educonnect {

namespace {
constexpr char16_t kUaiLetters[] = u"ABCDEFGHJKLMNPRSTUVWXYZ";
}

QChar uaiCheckLetter(QStringView sevenDigits)
{
    if (sevenDigits.size() != 7)
        return {};
    int number = 0;
    for (QChar c : sevenDigits) {
        if (c < u'0' || c > u'9')
            return {};
        number = number * 10 + (c.unicode() - u'0');
    }
    return QChar(kUaiLetters[number % 23]);
}

bool isValidUai(QStringView uai)
{
    if (uai.size() != 8)
        return false;
    const QChar expected = uaiCheckLetter(uai.first(7));
    return !expected.isNull() && uai.at(7).toUpper() == expected;
}

} // namespace educonnect
