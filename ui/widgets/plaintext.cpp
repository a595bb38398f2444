#include "plaintext.h"

using namespace Qt::StringLiterals;

namespace educonnect::ui {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // QToolTip has no plain-text switch, so hand it rich text whose only content is the escaped
    // text: nothing in it can be read as a tag, an entity or an image (<img> would load a file).
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString escapeMnemonics(const QString &text)
{
    return QString(text).replace(u'&', u"&&"_s);
}

} // namespace educonnect::ui
