#pragma once

#include <QString>

namespace educonnect {

// Where the client keeps its files. Everything it writes lives under root(), so a test (and a
// worried administrator) can check every file it wrote. Injectable for tests (--data-dir).
class DataPaths
{
public:
    explicit DataPaths(QString root);
    static DataPaths standard(); // QStandardPaths::AppLocalDataLocation

    const QString &root() const { return m_root; }
    QString cacheFile() const;
    QString settingsFile() const;
    QString logFile() const;

    // Creates the folders, readable by the user only, and takes back files an older version
    // left readable by others (the cache and its journal, settings, log).
    bool prepare() const;

private:
    QString m_root;
};

} // namespace educonnect
