#include "datapaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

bool DataPaths::prepare() const
{
    const QFile::Permissions folder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QFile::Permissions file = QFile::ReadOwner | QFile::WriteOwner;
    const QString logs = QFileInfo(logFile()).absolutePath();
    if (!QDir().mkpath(logs))
        return false;
    QFile::setPermissions(m_root, folder);
    QFile::setPermissions(logs, folder);
    for (const QString &path : {cacheFile(), cacheFile() + u"-wal"_s, cacheFile() + u"-shm"_s, settingsFile(),
                                logFile()}) {
        if (QFileInfo::exists(path))
            QFile::setPermissions(path, file);
    }
    return true;
}

} // namespace educonnect
