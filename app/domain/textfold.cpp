#include "textfold.h"

namespace educonnect {

QString foldForSearch(QStringView text)
{
    // Fast path: plain ASCII needs no decomposition.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();

    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Typographic apostrophes are searched as the plain one.
        if (c == QChar(0x2019) || c == QChar(0x02BC))
            c = u'\'';
        folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace educonnect
