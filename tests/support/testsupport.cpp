#include "testsupport.h"

#include "cli/sandboxlauncher.h"
#include "remote/totp.h"

#include <QDir>
#include <QDirIterator>

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <string>
#include <vector>
#endif
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace testsupport {

Sandbox::Sandbox() : m_launcher(std::make_unique<educonnect::SandboxLauncher>()) {}

Sandbox::~Sandbox() = default;

bool Sandbox::start(const QStringList &arguments)
{
    QSignalSpy ready(m_launcher.get(), &educonnect::SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &educonnect::SandboxLauncher::failed);
    m_launcher->start(m_dir.path(), arguments);
    for (int i = 0; i < 600 && ready.isEmpty() && failed.isEmpty(); ++i)
        ready.wait(100);
    if (!failed.isEmpty()) {
        qWarning() << "sandbox failed:" << failed.first().first().toString();
        return false;
    }
    if (ready.isEmpty())
        return false;
    m_info = ready.first().first().value<educonnect::ConnectionInfo>();
    return true;
}

bool Sandbox::restart(const QStringList &arguments)
{
    m_launcher = std::make_unique<educonnect::SandboxLauncher>();
    return start(arguments);
}

void Sandbox::stop()
{
    m_launcher->stop();
}

QString Sandbox::connectionFile() const
{
    return m_dir.filePath(u"connection.json"_s);
}

QString Sandbox::log() const
{
    // Under Wine the Linux sandbox's output does not come back through the process's pipes:
    // tests/support/wine-sandbox.sh keeps it in the data folder instead.
    QFile kept(QDir(m_dir.path()).filePath(u"sandbox-output.log"_s));
    if (m_launcher->recentLog().isEmpty() && kept.open(QIODevice::ReadOnly))
        return QString::fromUtf8(kept.readAll().right(64 * 1024));
    return QString::fromUtf8(m_launcher->recentLog());
}

QList<QJsonObject> Sandbox::outbox() const
{
    QList<QJsonObject> mails;
    QFile file(QDir(m_dir.path()).filePath(u"outbox.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return mails;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            mails << QJsonDocument::fromJson(line).object();
    }
    return mails;
}

educonnect::ServerConfig Sandbox::clientConfig() const
{
    educonnect::ServerConfig config;
    config.baseUrl = m_info.baseUrl;
    config.extraCaCertificates = educonnect::loadCaCertificates(m_info.caCertificatePath).value();
    config.trustSystemStore = false;
    config.retryDelayMs = 50; // tests retry quickly
    return config;
}

QString Sandbox::serverValue(const QString &sql, const QString &bound) const
{
    const QString name = u"sandbox-peek-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_dir.path()).filePath(u"sandbox.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            if (!bound.isNull())
                query.addBindValue(bound);
            if (query.exec() && query.next())
                value = query.value(0).toString();
            else
                qWarning() << "sandbox query failed:" << sql << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

educonnect::Result<educonnect::json::SessionUser> signIn(educonnect::ApiClient &client,
                                                         const educonnect::ConnectionInfo &info, const QString &otp)
{
    return await<educonnect::json::SessionUser>([&](auto done) {
        client.signIn(info.login, info.password,
                      otp.isEmpty() ? educonnect::totpCode(info.totpSecret, QDateTime::currentDateTimeUtc()) : otp,
                      done);
    });
}

educonnect::ConnectionInfo accountOf(const Sandbox &sandbox, const QString &login)
{
    educonnect::ConnectionInfo info = sandbox.info();
    QFile file(sandbox.connectionFile());
    if (!file.open(QIODevice::ReadOnly))
        return info;
    for (const QJsonValue account : QJsonDocument::fromJson(file.readAll()).object().value(u"accounts"_s).toArray()) {
        const QJsonObject o = account.toObject();
        if (o.value(u"login"_s).toString() != login)
            continue;
        info.login = login;
        info.password = o.value(u"password"_s).toString();
        info.totpSecret = educonnect::decodeBase32(o.value(u"totpSecret"_s).toString()).value();
    }
    return info;
}

std::optional<QList<QStringList>> readCsv(const QString &path)
{
    // JSON out, ASCII only: nothing depends on the pipe's encoding.
    static const QString kReader = uR"(import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, delimiter=';', quotechar='"', strict=True))))
)"_s;
    int exitCode = -1;
    const QString out = runTool(u"python3"_s, {u"-c"_s, kReader, path}, &exitCode);
    if (exitCode != 0)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QList<QStringList> rows;
    for (const QJsonValue row : document.array()) {
        QStringList fields;
        for (const QJsonValue field : row.toArray())
            fields << field.toString();
        rows << fields;
    }
    return rows;
}

QString runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    // The Windows build's tests under Wine read PDFs back with the Linux poppler, started through
    // tests/support/wine-unix.sh (which turns Windows paths into Linux ones).
    const QString unixRunner = qEnvironmentVariable("EDUCONNECT_UNIX_RUNNER");
    const QString path = unixRunner.isEmpty() ? QStandardPaths::findExecutable(program) : program;
    if (path.isEmpty()) {
        qWarning() << program << "is not installed (packaging/linux/install-deps.sh installs it)";
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (!unixRunner.isEmpty()) {
        // Wine starts the Linux program but cannot wait for it: the runner leaves its output and
        // exit code in files, the last one written when it is done.
        QTemporaryDir result;
        QProcess::startDetached(unixRunner, QStringList{u"--result"_s, result.path(), program} + arguments);
        const QString exitFile = QDir(result.path()).filePath(u"exit"_s);
        const bool done = QTest::qWaitFor([&]() { return QFile::exists(exitFile); }, 120000);
        QFile code(exitFile);
        QFile output(QDir(result.path()).filePath(u"stdout"_s));
        if (exitCode)
            *exitCode = done && code.open(QIODevice::ReadOnly) ? code.readAll().trimmed().toInt() : -1;
        return done && output.open(QIODevice::ReadOnly) ? QString::fromUtf8(output.readAll()) : QString();
    }
    process.start(path, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString &path)
{
    int code = 0;
    const QString info = runTool(u"pdfinfo"_s, {path}, &code);
    if (code != 0)
        return -1;
    const QRegularExpressionMatch m = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &path, int page)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << path << u"-"_s;
    return runTool(u"pdftotext"_s, args);
}

QStringList pdfPages(const QString &path)
{
    QStringList pages = pdfText(path).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QByteArray searchableContent(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (!bytes.startsWith("%PDF"))
        return bytes;
    // Every "stream ... endstream" that inflates (FlateDecode is a zlib stream).
    qsizetype from = 0;
    while ((from = bytes.indexOf("stream", from)) >= 0) {
        qsizetype start = from + 6;
        if (bytes.mid(start, 2) == "\r\n")
            start += 2;
        else if (bytes.mid(start, 1) == "\n")
            start += 1;
        const qsizetype end = bytes.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray raw = bytes.mid(start, end - start);
        QByteArray sized(4, '\0');
        const quint32 guess = quint32(std::min<qsizetype>(raw.size() * 20 + 1024, 64 * 1024 * 1024));
        sized[0] = char(guess >> 24);
        sized[1] = char(guess >> 16);
        sized[2] = char(guess >> 8);
        sized[3] = char(guess);
        bytes += '\n' + qUncompress(sized + raw);
        from = end + 9;
    }
    bytes += '\n' + pdfText(path).toUtf8();
    return bytes;
}

QStringList filesContaining(const QString &root, const QStringList &needles, const QStringList &excludedFiles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (excludedFiles.contains(QFileInfo(file).absoluteFilePath()))
            continue;
        const QByteArray bytes = searchableContent(file);
        for (const QString &needle : needles) {
            const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
            if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16) || bytes.contains(needle.toLatin1())) {
                hits << file + u": "_s + needle;
                break;
            }
        }
    }
    return hits;
}

#ifdef Q_OS_WIN
namespace {

// The SIDs other than the current user's that an entry's access list lets in ("everyone" when
// it has no list at all).
QStringList othersAllowed(const QString &path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    PACL acl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &acl,
                              nullptr, &descriptor)
        != ERROR_SUCCESS)
        return {u"(access list unreadable)"_s};
    QStringList others;
    if (!acl)
        others << u"everyone (no access list)"_s;
    HANDLE token = nullptr;
    std::vector<char> user;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        user.resize(size);
        GetTokenInformation(token, TokenUser, user.data(), size, &size);
        CloseHandle(token);
    }
    const PSID me = user.empty() ? nullptr : reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid;
    for (DWORD i = 0; acl && i < acl->AceCount; ++i) {
        void *ace = nullptr;
        if (!GetAce(acl, i, &ace) || static_cast<ACE_HEADER *>(ace)->AceType != ACCESS_ALLOWED_ACE_TYPE)
            continue;
        PSID sid = &static_cast<ACCESS_ALLOWED_ACE *>(ace)->SidStart;
        if (me && EqualSid(sid, me))
            continue;
        LPWSTR text = nullptr;
        ConvertSidToStringSidW(sid, &text);
        others << (text ? QString::fromWCharArray(text) : u"?"_s);
        LocalFree(text);
    }
    LocalFree(descriptor);
    return others;
}

} // namespace
#endif

QStringList entriesOpenToOthers(const QString &root)
{
    QStringList open;
    QStringList entries{root};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << it.next();
#ifdef Q_OS_WIN
    // Windows: what matters is the access list (file permissions only toggle read-only).
    for (const QString &entry : std::as_const(entries)) {
        const QStringList others = othersAllowed(entry);
        if (!others.isEmpty())
            open << entry + u" "_s + others.join(u',');
    }
#else
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    for (const QString &entry : std::as_const(entries)) {
        const QFileInfo info(entry);
        if (info.isSymLink())
            continue;
        if (info.permissions() & others)
            open << info.absoluteFilePath() + u" "_s + QString::number(int(info.permissions()), 16);
    }
#endif
    return open;
}

bool runningUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

} // namespace testsupport
