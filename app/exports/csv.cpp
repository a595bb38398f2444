#include "csv.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(AccountList)
};
} // namespace

QString csvField(const QString &value)
{
    QString cell = value;
    static const QString kFormulaStarts = u"=+-@\t\r"_s;
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        cell.prepend(u'\'');
    cell.replace(u'"', u"\"\""_s);
    return u'"' + cell + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(u';') + u"\r\n"_s;
}

QByteArray csvBytes(const QString &lines)
{
    return "\xEF\xBB\xBF" + lines.toUtf8();
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &errorCode)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{errorCode, CsvText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{errorCode, CsvText::tr("Cannot finish writing %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace educonnect
