// The client's data folder is the user's alone: on Linux by permissions, on Windows by a
// protected access list that names the current user only.

#include "config/datapaths.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
#include <aclapi.h>

#include <string>
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
        if (testsupport::runningUnderWine())
            QSKIP("Wine does not keep the access list's protection (seen: SE_DACL_PROTECTED unset): read back on "
                  "a real Windows only (.github/workflows/windows.yml)");
#ifdef Q_OS_WIN
        // Not inherited from the parent folder: the list names whom it names, and no one else.
        const std::wstring path = QDir::toNativeSeparators(root).toStdWString();
        PSECURITY_DESCRIPTOR descriptor = nullptr;
        QCOMPARE(GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                       nullptr, nullptr, &descriptor),
                 DWORD(ERROR_SUCCESS));
        SECURITY_DESCRIPTOR_CONTROL control = 0;
        DWORD revision = 0;
        QVERIFY(GetSecurityDescriptorControl(descriptor, &control, &revision));
        LocalFree(descriptor);
        QVERIFY2(control & SE_DACL_PROTECTED, "the folder must not inherit its parent's access");
#endif
        const QStringList open = testsupport::entriesOpenToOthers(root);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
