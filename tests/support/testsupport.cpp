#include "testsupport.h"

#include "cli/sandboxlauncher.h"

#include <QDirIterator>
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

QString Sandbox::connectionFile() const
{
    return m_dir.filePath(u"connection.json"_s);
}

QString runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        qWarning() << program << "is not installed (packaging/linux/install-deps.sh installs it)";
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    QProcess process;
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

QStringList filesContaining(const QString &root, const QStringList &needles, const QStringList &excludedFiles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (excludedFiles.contains(QFileInfo(file).absoluteFilePath()))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
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

} // namespace testsupport
