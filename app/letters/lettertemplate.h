#pragma once

#include "domain/result.h"

#include <QHash>
#include <QString>

namespace educonnect {

// The letter's texts, read from a resource file of "[key]" sections (resources/letters/).
class LetterTemplate
{
public:
    static Result<LetterTemplate> load(const QString &resourcePath);
    static Result<LetterTemplate> parse(const QString &text);

    // The text of a key; an unknown key is a programming error and yields "".
    QString text(const QString &key) const { return m_texts.value(key); }
    bool contains(const QString &key) const { return m_texts.contains(key); }

    // Replaces {placeholders} in one pass: inserted values are never scanned again, so a name
    // containing "{url}" prints as typed.
    static QString fill(const QString &text, const QHash<QString, QString> &values);

private:
    QHash<QString, QString> m_texts;
};

} // namespace educonnect
