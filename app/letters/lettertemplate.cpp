#include "lettertemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

// French typography: no line may start with » : ; ? ! or end with «.
QString frenchSpacing(QString text)
{
    constexpr QChar nbsp(0x00A0);
    text.replace(u"« "_s, QString(u'«') + nbsp);
    for (QChar mark : {u'»', u':', u';', u'?', u'!'})
        text.replace(QString(u' ') + mark, QString(nbsp) + mark);
    return text;
}

} // namespace

Result<LetterTemplate> LetterTemplate::load(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"letter-template"_s,
                     QCoreApplication::translate("LetterTemplate", "Cannot read the letter texts %1.").arg(resourcePath)};
    return parse(QString::fromUtf8(file.readAll()));
}

Result<LetterTemplate> LetterTemplate::parse(const QString &text)
{
    LetterTemplate result;
    QString key;
    QStringList lines;
    auto flush = [&]() {
        if (!key.isEmpty()) {
            // Blank lines separate paragraphs; a paragraph's lines are joined by a space.
            QStringList paragraphs;
            QString current;
            for (const QString &line : std::as_const(lines)) {
                if (line.trimmed().isEmpty()) {
                    if (!current.isEmpty())
                        paragraphs << current;
                    current.clear();
                } else {
                    current += (current.isEmpty() ? QString() : u" "_s) + line.trimmed();
                }
            }
            if (!current.isEmpty())
                paragraphs << current;
            result.m_texts.insert(key, frenchSpacing(paragraphs.join(u'\n')));
        }
        lines.clear();
    };
    const QStringList all = text.split(u'\n');
    for (const QString &line : all) {
        if (line.startsWith(u'#'))
            continue;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            flush();
            key = trimmed.mid(1, trimmed.size() - 2);
            continue;
        }
        lines << line;
    }
    flush();
    if (result.m_texts.isEmpty())
        return Error{u"letter-template"_s,
                     QCoreApplication::translate("LetterTemplate", "The letter texts are empty.")};
    return result;
}

QString LetterTemplate::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString key = text.mid(open + 1, close - open - 1);
        const auto it = values.constFind(key);
        if (it != values.constEnd())
            out += it.value();
        else
            out += QStringView(text).mid(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

} // namespace educonnect
