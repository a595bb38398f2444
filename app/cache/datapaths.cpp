#include "datapaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace educonnect {

DataPaths::DataPaths(QString root) : m_root(QDir(root).absolutePath()) {}

DataPaths DataPaths::standard()
{
    return DataPaths(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

QString DataPaths::cacheFile() const
{
    return QDir(m_root).filePath(u"cache.sqlite"_s);
}

QString DataPaths::settingsFile() const
{
    return QDir(m_root).filePath(u"settings.ini"_s);
}

QString DataPaths::logFile() const
{
    return QDir(m_root).filePath(u"logs/educonnect.log"_s);
}

} // namespace educonnect
