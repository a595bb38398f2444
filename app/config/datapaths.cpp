#include "datapaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <windows.h>
#include <aclapi.h>

#include <string>
#include <vector>
#endif

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

#ifdef Q_OS_WIN
// Windows: a protected access list that lets the current user alone in (no inherited entries:
// not the machine's Users, not administrators' default access through the parent folder). What
// is in the folder, now or later, inherits it.
bool restrictToCurrentUser(const QString &folder)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<char> user(size);
    const bool known = size > 0 && GetTokenInformation(token, TokenUser, user.data(), size, &size);
    CloseHandle(token);
    if (!known)
        return false;
    EXPLICIT_ACCESSW access = {};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = SUB_CONTAINERS_AND_OBJECTS_INHERIT;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = static_cast<LPWSTR>(reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid);
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    std::wstring path = QDir::toNativeSeparators(folder).toStdWString();
    const DWORD result = SetNamedSecurityInfoW(path.data(), SE_FILE_OBJECT,
                                               DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                               nullptr, nullptr, acl, nullptr);
    LocalFree(acl);
    return result == ERROR_SUCCESS;
}
#endif

} // namespace

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
    const QString logs = QFileInfo(logFile()).absolutePath();
    if (!QDir().mkpath(logs))
        return false;
#ifdef Q_OS_WIN
    // File permissions only toggle the read-only flag there: the access list does the work.
    return restrictToCurrentUser(m_root);
#else
    const QFile::Permissions folder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QFile::Permissions file = QFile::ReadOwner | QFile::WriteOwner;
    QFile::setPermissions(m_root, folder);
    QFile::setPermissions(logs, folder);
    for (const QString &path : {cacheFile(), cacheFile() + u"-wal"_s, cacheFile() + u"-shm"_s, settingsFile(),
                                logFile()}) {
        if (QFileInfo::exists(path))
            QFile::setPermissions(path, file);
    }
    return true;
#endif
}

} // namespace educonnect
