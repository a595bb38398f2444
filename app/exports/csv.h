#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace educonnect {

// CSV for French Excel and LibreOffice, one rule for every export (account lists, statistics):
// UTF-8 with a BOM, `;` between fields, CRLF, every field quoted.

// One field, quoted; one starting with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe first (OWASP's advice against CSV injection), so « =HYPERLINK(…) » stays text.
QString csvField(const QString &value);
// One line: its fields quoted and joined, then CRLF.
QString csvLine(const QStringList &fields);
// The file's bytes: the BOM, then the lines as UTF-8.
QByteArray csvBytes(const QString &lines);
// Written atomically: the file appears complete or not at all. `errorCode` names the export.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &errorCode);

} // namespace educonnect
