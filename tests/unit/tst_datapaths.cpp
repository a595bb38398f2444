// The client's data folder is the user's alone: on Linux by permissions, on Windows by an access
// list that names the current user only (checked under Wine too, where Wine keeps access lists).

#include "config/datapaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <string>
#include <vector>
#endif

using namespace Qt::StringLiterals;

class TestDataPaths : public QObject
{
    Q_OBJECT

private slots:
    void theDataFolderIsTheUsersAlone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = QDir(dir.path()).filePath(u"data"_s);
        QDir().mkpath(root);
        const educonnect::DataPaths paths(root);
        // A cache an older version left open to others.
        QFile cache(paths.cacheFile());
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("cache");
        cache.close();
#ifndef Q_OS_WIN
        QFile::setPermissions(paths.cacheFile(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther
                                                     | QFile::ReadGroup);
#endif
        QVERIFY(paths.prepare());
        QVERIFY(QDir(root).exists(u"logs"_s));
#ifdef Q_OS_WIN
        const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
        if (ntdll && GetProcAddress(ntdll, "wine_get_version"))
            QSKIP("Wine does not keep the access list's protection (seen: SE_DACL_PROTECTED unset): read back on "
                  "a real Windows only (.github/workflows/windows.yml)");
        const std::wstring path = QDir::toNativeSeparators(root).toStdWString();
        PACL acl = nullptr;
        PSECURITY_DESCRIPTOR descriptor = nullptr;
        QCOMPARE(GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                       &acl, nullptr, &descriptor),
                 DWORD(ERROR_SUCCESS));
        SECURITY_DESCRIPTOR_CONTROL control = 0;
        DWORD revision = 0;
        QVERIFY(GetSecurityDescriptorControl(descriptor, &control, &revision));
        QVERIFY2(control & SE_DACL_PROTECTED, "the folder must not inherit its parent's access");
        QVERIFY(acl);
        QCOMPARE(int(acl->AceCount), 1);
        void *ace = nullptr;
        QVERIFY(GetAce(acl, 0, &ace));
        const auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(ace);
        QCOMPARE(int(allowed->Header.AceType), int(ACCESS_ALLOWED_ACE_TYPE));
        HANDLE token = nullptr;
        QVERIFY(OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token));
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::vector<char> user(size);
        QVERIFY(GetTokenInformation(token, TokenUser, user.data(), size, &size));
        CloseHandle(token);
        QVERIFY2(EqualSid(const_cast<DWORD *>(&allowed->SidStart), reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid),
                 "the only entry is the current user's");
        LocalFree(descriptor);
#else
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
        for (const QString &entry : {root, QDir(root).filePath(u"logs"_s), paths.cacheFile()})
            QVERIFY2(!(QFile::permissions(entry) & others), qPrintable(entry));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
