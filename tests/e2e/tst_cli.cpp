// `educonnect-admin letters` as a user runs it, against a sandbox started here. The process gets
// its own HOME, XDG folders and TMPDIR, so every file it writes anywhere can be checked.

#include "cache/store.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace educonnect;

class TestCli : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_sandbox;
    QTemporaryDir m_root;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // A fresh "machine" per run: home, config, data, cache and temp folders under one root.
    static QProcessEnvironment machine(const QString &root)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                                "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString dir = QDir(root).filePath(QString::fromLatin1(var).toLower());
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            env.insert(QString::fromLatin1(var), dir);
        }
        return env;
    }

    // `educonnect-admin letters …` (or another command) in English, on a machine of its own.
    Run run(const QStringList &arguments, const QString &root, const QString &command = u"letters"_s)
    {
        const QProcessEnvironment env = machine(root);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s),
                      QStringList{command, u"--lang"_s, u"en"_s} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString newRoot(const QString &name)
    {
        const QString dir = m_root.filePath(name);
        QDir().mkpath(dir);
        return dir;
    }

    // An establishment with one class of `count` fictional pupils, for --import.
    QString oneClassImport(const QString &root, int count)
    {
        QJsonArray pupils;
        auto letters = [](int n) { // 0 -> "aaa", 1 -> "aab"…: names the identifiers keep apart
            QString s;
            for (int i = 0; i < 3; ++i, n /= 26)
                s.prepend(QChar(u'a' + n % 26));
            return s;
        };
        for (int i = 0; i < count; ++i)
            pupils.append(QJsonObject{{u"lastName"_s, u"Essai-"_s + letters(i)},
                                      {u"firstName"_s, u"Zoé"_s}, {u"className"_s, u"3e A"_s},
                                      {u"mef"_s, u"3EME"_s}, {u"level"_s, u"3EME"_s}});
        const QString path = QDir(root).filePath(u"import.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(QJsonObject{{u"establishment"_s, QJsonObject{{u"uai"_s, u"0450750W"_s},
                                                                             {u"name"_s, u"Collège des Essais"_s}}},
                                             {u"pupils"_s, pupils}})
                       .toJson());
        return path;
    }

    // Identifier -> provisional password, as the letters of a PDF print them.
    static QHash<QString, QString> passwordsByLogin(const QString &pdf)
    {
        static const QRegularExpression login(u"Identifiant[\\s\\x{00A0}]*:[\\s\\x{00A0}]*(\\S+)"_s);
        static const QRegularExpression password(
            u"Mot de passe provisoire[\\s\\x{00A0}]*:[\\s\\x{00A0}]*([A-Z0-9]{8})\\b"_s);
        QHash<QString, QString> byLogin;
        for (const QString &page : testsupport::pdfPages(pdf)) {
            const auto l = login.match(page);
            const auto p = password.match(page);
            if (l.hasMatch() && p.hasMatch())
                byLogin.insert(l.captured(1), p.captured(1));
        }
        return byLogin;
    }

    static QStringList passwordsIn(const QString &pdf)
    {
        static const QRegularExpression line(u"Mot de passe provisoire[\\s\\x{00A0}]*:[\\s\\x{00A0}]*([A-Z0-9]{8})\\b"_s);
        QStringList passwords;
        auto it = line.globalMatch(testsupport::pdfText(pdf));
        while (it.hasNext())
            passwords << it.next().captured(1);
        return passwords;
    }

    // A copy of the sandbox's connection file that signs in as another of its demo accounts.
    QString connectionFileOf(const QString &login, const QString &root) const
    {
        QFile original(m_sandbox.connectionFile());
        if (!original.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(original.readAll()).object();
        for (const QJsonValue account : o.value(u"accounts"_s).toArray()) {
            if (account.toObject().value(u"login"_s).toString() == login) {
                o.insert(u"login"_s, login);
                o.insert(u"password"_s, account.toObject().value(u"password"_s));
                o.insert(u"totpSecret"_s, account.toObject().value(u"totpSecret"_s));
            }
        }
        const QString path = QDir(root).filePath(login + u".json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(o).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--pupils"_s, u"240"_s, u"--seed"_s, u"3"_s}));
    }

    void writesOneLetterPerPupilAndNoSecretElsewhere()
    {
        const QString root = newRoot(u"main"_s);
        const QString pdf = QDir(root).filePath(u"out/3eA.pdf"_s);
        QDir().mkpath(QFileInfo(pdf).absolutePath());
        const QString dataDir = QDir(root).filePath(u"data"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"3e A"_s, u"--output"_s,
                           pdf, u"--data-dir"_s, dataDir},
                          root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QRegularExpressionMatch m = QRegularExpression(u"Wrote (\\d+) letter"_s).match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int letters = m.captured(1).toInt();
        QVERIFY(letters >= 8);
        QCOMPARE(testsupport::pdfPageCount(pdf), letters);

        // Collect the passwords the letters carry: they must exist nowhere but in the PDF.
        const QStringList pages = testsupport::pdfPages(pdf);
        QCOMPARE(pages.size(), letters);
        QStringList passwords;
        const QRegularExpression passwordLine(u"Mot de passe provisoire[\\s\\x{00A0}]*:[\\s\\x{00A0}]*([A-Z0-9]{8})\\b"_s);
        for (const QString &page : pages) {
            QVERIFY(page.contains(u"Classe"_s) && page.contains(u"3e A"_s));
            const QRegularExpressionMatch pm = passwordLine.match(page);
            if (pm.hasMatch())
                passwords << pm.captured(1);
        }
        QVERIFY2(!passwords.isEmpty(), "the class should hold pupils who get a password");
        for (const QString &p : std::as_const(passwords))
            QVERIFY2(QRegularExpression(u"^[A-Z0-9]{8}$"_s).match(p).hasMatch(), qPrintable(p));

        // The app wrote a cache, settings or logs: none of them holds a password.
        QVERIFY(QFile::exists(QDir(dataDir).filePath(u"cache.sqlite"_s)));
        QVERIFY(QFile::exists(QDir(dataDir).filePath(u"logs/educonnect.log"_s)));
        const QStringList leaks = testsupport::filesContaining(root, passwords, {QFileInfo(pdf).absoluteFilePath()});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // Everything the app wrote is the user's alone: the PDF, the cache and its journal, the
        // settings, the log, and their folders.
#ifndef Q_OS_WIN // Windows: the PDF takes the access list of the folder the user chose
        QVERIFY(!(QFile::permissions(pdf) & (QFile::ReadOther | QFile::ReadGroup)));
        QVERIFY(!(QFile::permissions(dataDir) & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup)));
#endif
        if (!testsupport::runningUnderWine()) { // Wine does not keep Windows access lists
            const QStringList open = testsupport::entriesOpenToOthers(dataDir);
            QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        }
        // Nor the sandbox's demo password (sent at sign-in) or a bearer token.
        QVERIFY(testsupport::filesContaining(root, {m_sandbox.info().password, u"Bearer"_s},
                                             {QFileInfo(pdf).absoluteFilePath()})
                    .isEmpty());
    }

    void restrictsToAState()
    {
        const QString root = newRoot(u"state"_s);
        const QString pdf = QDir(root).filePath(u"new.pdf"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"6e B"_s, u"--state"_s,
                           u"not_notified"_s, u"--output"_s, pdf, u"--data-dir"_s, QDir(root).filePath(u"data"_s)},
                          root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const int letters = QRegularExpression(u"Wrote (\\d+) letter"_s).match(r.out).captured(1).toInt();
        QVERIFY(letters > 0);
        QVERIFY2(r.out.contains(u"(%1 with a password, 0 with the password unchanged)"_s.arg(letters)),
                 qPrintable(r.out));
        // Run again: those pupils are notified now, none is left in that state.
        const Run again = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"6e B"_s,
                               u"--state"_s, u"not_notified"_s, u"--output"_s, pdf, u"--data-dir"_s,
                               QDir(root).filePath(u"data"_s)},
                              root);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"No pupil of 6e B is in the requested state"_s), qPrintable(again.err));
    }

    void resetGivesEveryoneANewPassword()
    {
        const QString root = newRoot(u"reset"_s);
        const QString pdf = QDir(root).filePath(u"reset.pdf"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"4e C"_s, u"--state"_s,
                           u"activated"_s, u"--reset"_s, u"--output"_s, pdf, u"--data-dir"_s,
                           QDir(root).filePath(u"data"_s)},
                          root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"with password reset"_s));
        const int letters = QRegularExpression(u"Wrote (\\d+) letter"_s).match(r.out).captured(1).toInt();
        QVERIFY(letters > 0);
        // Activated accounts keep their password unless reset: here every letter carries a new one.
        QVERIFY2(r.out.contains(u"(%1 with a password, 0 with the password unchanged)"_s.arg(letters)),
                 qPrintable(r.out));
        for (const QString &page : testsupport::pdfPages(pdf))
            QVERIFY(page.simplified().contains(u"remplace le précédent"_s));
    }

    void splitsByClassWithSheetsAndQrCodes()
    {
        const QString root = newRoot(u"split"_s);
        const QString folder = QDir(root).filePath(u"par-classe"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"2nde GATL"_s,
                           u"--split-by-class"_s, folder, u"--layout"_s, u"4up"_s, u"--qr"_s, u"--distribution-sheet"_s,
                           u"--data-dir"_s, QDir(root).filePath(u"data"_s)},
                          root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const int letters =
            QRegularExpression(u"Wrote (\\d+) letters?, one PDF per class"_s).match(r.out).captured(1).toInt();
        QVERIFY2(letters > 0, qPrintable(r.out));
        const QString pdf = QDir(folder).filePath(u"2nde GATL.pdf"_s);
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        // One distribution sheet page, then four letters per sheet.
        QCOMPARE(testsupport::pdfPageCount(pdf), 1 + (letters + 3) / 4);
        QVERIFY(testsupport::pdfText(pdf, 1).contains(u"Fiche de distribution"_s));
        // The demo establishment has its activation address enabled: the QR code holds it.
        int code = 0;
        const QString png = QDir(root).filePath(u"page2"_s);
        testsupport::runTool(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, u"-f"_s, u"2"_s, u"-l"_s,
                                             u"2"_s, pdf, png},
                             &code);
        QCOMPARE(code, 0);
        const QString decoded = testsupport::runTool(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, png + u".png"_s});
        QVERIFY2(decoded.startsWith(u"https://educonnect.education.gouv.fr"_s), qPrintable(decoded));
    }

    void reprintsARunWithTheSamePasswords()
    {
        const QString root = newRoot(u"reprint"_s);
        const QString dataDir = QDir(root).filePath(u"data"_s);
        const QString first = QDir(root).filePath(u"first.pdf"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"1re G1"_s, u"--reset"_s,
                           u"--output"_s, first, u"--data-dir"_s, dataDir},
                          root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString runId = QRegularExpression(u"--reprint (\\S+)"_s).match(r.out).captured(1);
        QVERIFY2(!runId.isEmpty(), qPrintable(r.out));

        const QString second = QDir(root).filePath(u"second.pdf"_s);
        const Run again = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--reprint"_s, runId, u"--output"_s,
                               second, u"--data-dir"_s, dataDir},
                              root);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(!again.out.contains(u"Notifying"_s));
        // The same letters, the same passwords: a reprint never changes an account.
        QCOMPARE(testsupport::pdfText(second), testsupport::pdfText(first));
    }

    void unknownClassListsTheClasses()
    {
        const QString root = newRoot(u"unknown"_s);
        const QString pdf = QDir(root).filePath(u"x.pdf"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"9e Z"_s, u"--output"_s,
                           pdf, u"--data-dir"_s, QDir(root).filePath(u"data"_s)},
                          root);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"No class \"9e Z\""_s) && r.err.contains(u"3e A"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no class") << QStringList{u"--demo"_s, u"--output"_s, u"x.pdf"_s} << u"--class"_s;
        QTest::newRow("no output") << QStringList{u"--demo"_s, u"--class"_s, u"3e A"_s} << u"--output"_s;
        QTest::newRow("no server") << QStringList{u"--class"_s, u"3e A"_s, u"--output"_s, u"x.pdf"_s} << u"--demo"_s;
        QTest::newRow("bad state") << QStringList{u"--demo"_s, u"--class"_s, u"3e A"_s, u"--output"_s, u"x.pdf"_s,
                                                  u"--state"_s, u"frozen"_s}
                                   << u"frozen"_s;
        QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"colour"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments, newRoot(u"usage"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refusesAServerItDoesNotTrustBeforeChangingAnything()
    {
        // A connection file that points at the sandbox but trusts another CA.
        testsupport::Sandbox other;
        QVERIFY(other.start({u"--pupils"_s, u"1"_s}));
        QFile original(m_sandbox.connectionFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(original.readAll()).object();
        o.insert(u"caCertificate"_s, other.info().caCertificatePath);
        const QString root = newRoot(u"untrusted"_s);
        const QString connection = QDir(root).filePath(u"connection.json"_s);
        QFile file(connection);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(o).toJson());
        file.close();

        const Run r = run({u"--connection-file"_s, connection, u"--class"_s, u"3e A"_s, u"--output"_s,
                           QDir(root).filePath(u"x.pdf"_s), u"--data-dir"_s, QDir(root).filePath(u"data"_s)},
                          root);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not trusted"_s), qPrintable(r.err));
    }

    // The second of two chunks never gets its answer: the command stops, writes nothing, and says
    // how to finish. Once the server is back, that command notifies the rest and writes every
    // letter; nobody's password was changed twice.
    void aStoppedRunIsFinishedWithResume()
    {
        const QString root = newRoot(u"resume"_s);
        const QString import = oneClassImport(root, 250);
        testsupport::Sandbox flaky;
        QVERIFY(flaky.start({u"--import"_s, import, u"--fault"_s, u"notifications:drop-response:2+"_s}));
        const QString dataDir = QDir(root).filePath(u"data"_s);
        const QString pdf = QDir(root).filePath(u"3eA.pdf"_s);
        const Run stopped = run({u"--connection-file"_s, flaky.connectionFile(), u"--class"_s, u"3e A"_s, u"--reset"_s,
                                 u"--output"_s, pdf, u"--data-dir"_s, dataDir},
                                root);
        QCOMPARE(stopped.exitCode, 2);
        QVERIFY2(stopped.err.contains(u"stopped after 200 of 250 accounts"_s), qPrintable(stopped.err));
        QVERIFY(stopped.err.contains(u"No account was notified twice"_s));
        const QRegularExpressionMatch command = QRegularExpression(u"educonnect-admin letters (.*--resume (\\S+).*)$"_s,
                                                                   QRegularExpression::MultilineOption)
                                                    .match(stopped.err);
        QVERIFY2(command.hasMatch(), qPrintable(stopped.err));
        QVERIFY(!QFile::exists(pdf)); // nothing half-done
        QCOMPARE(flaky.serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s); // chunk 2 was processed

        // The server comes back; the command it printed finishes the run.
        QVERIFY(flaky.restart());
        QStringList arguments = QProcess::splitCommand(command.captured(1));
        QVERIFY(arguments.contains(u"--resume"_s));
        const Run resumed = run(arguments, root);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(u"200 of 250 account(s) were already notified"_s)
                     || resumed.out.contains(u"200 of 250 accounts were already notified"_s),
                 qPrintable(resumed.out));
        QCOMPARE(testsupport::pdfPageCount(pdf), 250);
        const QStringList passwords = passwordsIn(pdf);
        QCOMPARE(passwords.size(), 250);
        QCOMPARE(QSet<QString>(passwords.cbegin(), passwords.cend()).size(), 250);
        QCOMPARE(flaky.serverValue(u"SELECT COUNT(*) FROM batches"_s), u"2"_s); // chunk 2 answered once
        const QString some = flaky.serverValue(u"SELECT provisional_password FROM pupils ORDER BY id LIMIT 1"_s);
        QVERIFY(passwords.contains(some));

        // Finished: --resume again is refused, --reprint offers the same letters.
        const Run again = run(arguments, root);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"already finished"_s), qPrintable(again.err));
    }

    // A PDF interrupted while being written (the process killed) leaves no file behind, not
    // even a temporary one with passwords in it.
    void anInterruptedPdfLeavesNothingBehind()
    {
#ifndef Q_OS_LINUX
        QSKIP("watches the process's open files through /proc");
#endif
        const QString root = newRoot(u"killed"_s);
        testsupport::Sandbox big;
        QVERIFY(big.start({u"--import"_s, oneClassImport(root, 4000)}));
        const QString out = QDir(root).filePath(u"out"_s);
        QVERIFY(QDir().mkpath(out));
        QProcessEnvironment env = machine(root);
        env.insert(u"TMPDIR"_s, out); // a temporary file anywhere would be here too
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s),
                      {u"letters"_s, u"--lang"_s, u"en"_s, u"--connection-file"_s, big.connectionFile(), u"--class"_s,
                       u"3e A"_s, u"--output"_s, QDir(out).filePath(u"letters.pdf"_s), u"--data-dir"_s,
                       QDir(root).filePath(u"data"_s)});
        QVERIFY(process.waitForStarted());
        // Kill it once it holds a file open in the output folder: the PDF being written.
        const QString fds = u"/proc/%1/fd"_s.arg(process.processId());
        auto writing = [&]() {
            for (const QFileInfo &fd : QDir(fds).entryInfoList(QDir::Files | QDir::System)) {
                if (fd.symLinkTarget().startsWith(out) || QFile::symLinkTarget(fd.filePath()).startsWith(out))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(writing() || process.state() == QProcess::NotRunning, 60000);
        QVERIFY2(process.state() == QProcess::Running, "the letters were written before the test could interrupt");
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }

    // The process holds a token and passwords: it must never leave a core dump behind.
    void theProcessCannotDumpItsMemory()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the process's limits through /proc");
#endif
        testsupport::Sandbox slow;
        QVERIFY(slow.start({u"--pupils"_s, u"5"_s, u"--fault"_s, u"session:delay:5000:1"_s}));
        const QString root = newRoot(u"nodump"_s);
        QProcess process;
        process.setProcessEnvironment(machine(root));
        process.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s),
                      {u"letters"_s, u"--connection-file"_s, slow.connectionFile(), u"--class"_s, u"6e A"_s,
                       u"--output"_s, QDir(root).filePath(u"x.pdf"_s), u"--data-dir"_s, QDir(root).filePath(u"data"_s)});
        QVERIFY(process.waitForStarted());
        // While it waits for the (slow) sign-in answer.
        QTRY_VERIFY(slow.log().contains(u"POST /api/v1/session"_s));
        QFile limits(u"/proc/%1/limits"_s.arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(limits.readAll());
        QVERIFY2(QRegularExpression(u"Max core file size\\s+0\\s+0\\s"_s).match(text).hasMatch(), qPrintable(text));
        process.kill();
        process.waitForFinished();
    }

    // --help and the messages follow the interface language, like the window.
    void speaksTheInterfaceLanguage()
    {
        const QString root = newRoot(u"language"_s);
        auto help = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(machine(root));
            process.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-admin"_s), arguments);
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        };
        const QString desktopFr = help({u"--help"_s, u"--lang"_s, u"fr"_s});
        QVERIFY2(desktopFr.contains(u"Démarrer le bac à sable de démonstration"_s), qPrintable(desktopFr));
        const QString desktopEn = help({u"--help"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(desktopEn.contains(u"Start the built-in demo sandbox"_s), qPrintable(desktopEn));
        const QString lettersFr = help({u"letters"_s, u"--help"_s, u"--lang"_s, u"fr"_s});
        QVERIFY2(lettersFr.contains(u"Utilisation : educonnect-admin letters"_s), qPrintable(lettersFr));
        const QString errorFr = help({u"letters"_s, u"--lang"_s, u"fr"_s, u"--demo"_s, u"--output"_s, u"x.pdf"_s});
        QVERIFY2(errorFr.contains(u"--class"_s) && !errorFr.contains(u"Give the class"_s), qPrintable(errorFr));
    }

    // The sandbox keeps its accounts' passwords and TOTP secrets: by default in the user's own
    // data folder (never a shared temp path), readable by the user only.
    void theSandboxKeepsItsSecretsPrivate()
    {
#ifdef Q_OS_WIN
        QSKIP("the sandbox is a Linux program: the Windows build has none of its own");
#endif
        const QString root = newRoot(u"sandbox-default"_s);
        const QProcessEnvironment env = machine(root);
        QProcess sandbox;
        sandbox.setProcessEnvironment(env);
        sandbox.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"educonnect-sandbox"_s),
                      {u"--pupils"_s, u"3"_s, u"--connection-file"_s, QDir(root).filePath(u"home/connection.json"_s)});
        QVERIFY(sandbox.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += sandbox.readAllStandardOutput()).contains("READY"),
                                  qPrintable(QString::fromUtf8(output + sandbox.readAllStandardError())), 30000);
        sandbox.kill();
        sandbox.waitForFinished();
        const QString data = QDir(env.value(u"XDG_DATA_HOME"_s)).filePath(u"educonnect-sandbox/data"_s);
        QVERIFY2(QFile::exists(QDir(data).filePath(u"sandbox.sqlite"_s)), qPrintable(data));
        QVERIFY(QDir(env.value(u"TMPDIR"_s)).isEmpty());
        const QStringList open = testsupport::entriesOpenToOthers(data);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        QVERIFY(!(QFile::permissions(data) & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup)));
        QVERIFY(!(QFile::permissions(QDir(root).filePath(u"home/connection.json"_s)) & (QFile::ReadOther | QFile::ReadGroup)));
    }

    // `letters --guardians`, class by class, with a reset: a parent of children in two classes
    // gets one letter, in one class's pile (the youngest child's), so the second class's run never
    // kills a password printed by the first. Each letter names every child, with the parents'
    // address, and carries the password the server holds.
    void writesTheParentsLettersClassByClass()
    {
        const QString root = newRoot(u"parents"_s);
        const QString dataDir = QDir(root).filePath(u"data"_s);
        // A first sync (a run of a class's pupils) to find siblings in two classes.
        const Run first = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"Tle G1"_s,
                               u"--output"_s, QDir(root).filePath(u"tle.pdf"_s), u"--data-dir"_s, dataDir},
                              root);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        auto store = Store::open(QDir(dataDir).filePath(u"cache.sqlite"_s));
        QVERIFY(store.ok());
        const QString uai = m_sandbox.info().uai;
        QHash<QString, QString> classOf;
        for (const Student &s : store.value()->students(uai).value())
            classOf.insert(s.id, s.className);
        QStringList pair;
        for (const Guardian &g : store.value()->guardians(uai).value()) {
            QSet<QString> classes;
            for (const GuardianChild &c : g.children) {
                if (!c.isElsewhere())
                    classes.insert(classOf.value(c.id));
            }
            if (classes.size() >= 2) {
                pair = QStringList(classes.cbegin(), classes.cend()).mid(0, 2);
                break;
            }
        }
        QCOMPARE(pair.size(), 2);
        store.value().reset();

        QHash<QString, QString> passwordOf; // login -> password printed, over both runs
        QStringList logins;
        for (const QString &className : pair) {
            const QString pdf = QDir(root).filePath(className + u".pdf"_s);
            const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, className,
                               u"--guardians"_s, u"--reset"_s, u"--output"_s, pdf, u"--data-dir"_s, dataDir},
                              root);
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QVERIFY2(r.out.contains(u"parent account"_s), qPrintable(r.out));
            const QStringList pages = testsupport::pdfPages(pdf);
            QVERIFY(!pages.isEmpty());
            for (const QString &page : pages) {
                const QString text = page.simplified();
                QVERIFY(text.contains(u"teleservices.education.gouv.fr"_s));
                const QRegularExpressionMatch login = QRegularExpression(u"Identifiant[\\s\\x{00A0}]*:[\\s\\x{00A0}]*(\\S+)"_s).match(text);
                QVERIFY2(login.hasMatch(), qPrintable(text));
                logins << login.captured(1);
            }
            const QStringList passwords = passwordsIn(pdf);
            QCOMPARE(passwords.size(), pages.size()); // reset: every parent gets a new password
            for (int i = 0; i < pages.size(); ++i)
                passwordOf.insert(logins.at(logins.size() - pages.size() + i), passwords.at(i));
        }
        // Nobody twice, and every printed password still works (none was reset by the other run).
        QCOMPARE(QSet<QString>(logins.cbegin(), logins.cend()).size(), logins.size());
        for (auto it = passwordOf.cbegin(); it != passwordOf.cend(); ++it)
            QCOMPARE(m_sandbox.serverValue(u"SELECT provisional_password FROM guardians WHERE login = ?"_s, it.key()),
                     it.value());

        // The delegated staff account may not: refused before anyone is notified.
        const QString deleg = connectionFileOf(u"deleg.demo"_s, root);
        QVERIFY(!deleg.isEmpty());
        const Run refused = run({u"--connection-file"_s, deleg, u"--class"_s, u"5e B"_s, u"--guardians"_s,
                                 u"--output"_s, QDir(root).filePath(u"no.pdf"_s), u"--data-dir"_s,
                                 QDir(root).filePath(u"deleg-data"_s)},
                                root);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"may not manage parents"_s), qPrintable(refused.err));
        QVERIFY(!refused.out.contains(u"Notifying"_s));
    }

    // « Lister les comptes » from the command line: a class's pupils as CSV with the provisional
    // passwords (the very ones their letters carry) only when asked, then the same list offline
    // from the cache, and the parents' list as PDF.
    void listsAClassWithPasswordsOnlyWhenAsked()
    {
        const QString root = newRoot(u"list"_s);
        const QString dataDir = QDir(root).filePath(u"data"_s);
        const QString letters = QDir(root).filePath(u"6eC.pdf"_s);
        const Run notified = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"6e C"_s,
                                  u"--output"_s, letters, u"--data-dir"_s, dataDir},
                                 root);
        QVERIFY2(notified.exitCode == 0, qPrintable(notified.out + notified.err));
        const QHash<QString, QString> handedOut = passwordsByLogin(letters);
        QVERIFY2(handedOut.size() >= 4, qPrintable(QString::number(handedOut.size()) + notified.out));

        const QString hidden = QDir(root).filePath(u"hidden.csv"_s);
        const Run plain = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"6e c"_s,
                               u"--output"_s, hidden, u"--data-dir"_s, dataDir},
                              root, u"list"_s);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.out + plain.err));
        const auto hiddenRows = testsupport::readCsv(hidden);
        QVERIFY(hiddenRows);
        QCOMPARE(hiddenRows->size() - 1, testsupport::pdfPageCount(letters)); // one row per pupil of 6e C
        for (int r = 1; r < hiddenRows->size(); ++r)
            QCOMPARE(hiddenRows->at(r).last(), u"******"_s);
        QVERIFY(testsupport::filesContaining(root, handedOut.values(), {QFileInfo(letters).absoluteFilePath()})
                    .isEmpty());

        const QString shown = QDir(root).filePath(u"shown.csv"_s);
        const Run asked = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"6e C"_s,
                               u"--output"_s, shown, u"--data-dir"_s, dataDir, u"--with-passwords"_s},
                              root, u"list"_s);
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.out + asked.err));
        const auto rows = testsupport::readCsv(shown);
        QVERIFY(rows);
        QCOMPARE(rows->first().at(7), u"Identifier"_s);
        QCOMPARE(rows->first().at(9), u"Password"_s);
        int revealed = 0;
        for (int r = 1; r < rows->size(); ++r) {
            const QStringList &row = rows->at(r);
            QCOMPARE(row.at(0), m_sandbox.info().uai);
            QCOMPARE(row.at(5), u"6e C"_s);
            // The letters' password while provisional; a redistribution letter printed none, as
            // the holder changed it: hidden.
            QCOMPARE(row.at(9), handedOut.value(row.at(7), u"******"_s));
            revealed += row.at(9) != u"******"_s ? 1 : 0;
        }
        QCOMPARE(revealed, handedOut.size());
        // The passwords are in the file the user asked for, and nowhere else on the machine.
        QVERIFY(testsupport::filesContaining(root, handedOut.values(),
                                             {QFileInfo(letters).absoluteFilePath(), QFileInfo(shown).absoluteFilePath()})
                    .isEmpty());

        // Offline: the cache alone, no server asked, no password possible.
        const QString offline = QDir(root).filePath(u"offline.csv"_s);
        const Run cached = run({u"--offline"_s, u"--class"_s, u"6e C"_s, u"--output"_s, offline, u"--data-dir"_s,
                                dataDir},
                               root, u"list"_s);
        QVERIFY2(cached.exitCode == 0, qPrintable(cached.out + cached.err));
        QVERIFY(cached.out.contains(u"Offline"_s));
        const auto offlineRows = testsupport::readCsv(offline);
        QVERIFY(offlineRows);
        QCOMPARE(offlineRows->size(), rows->size());
        // The class's distribution sheet, offline: every identifier of the class, never a password.
        const QString sheets = QDir(root).filePath(u"sheets.pdf"_s);
        const Run sheet = run({u"--offline"_s, u"--class"_s, u"6e C"_s, u"--sheets"_s, u"--output"_s, sheets,
                               u"--data-dir"_s, dataDir},
                              root, u"list"_s);
        QVERIFY2(sheet.exitCode == 0, qPrintable(sheet.out + sheet.err));
        const QString sheetText = testsupport::pdfText(sheets);
        QVERIFY(sheetText.contains(u"Signature"_s));
        for (int r = 1; r < rows->size(); ++r)
            QVERIFY2(sheetText.contains(rows->at(r).at(7)), qPrintable(rows->at(r).at(7)));
        const QByteArray sheetBytes = testsupport::searchableContent(sheets);
        QVERIFY(!sheetBytes.isEmpty());
        for (const QString &password : handedOut)
            QVERIFY2(!sheetBytes.contains(password.toUtf8()), qPrintable(password));
        const Run refused = run({u"--offline"_s, u"--output"_s, offline, u"--with-passwords"_s, u"--data-dir"_s,
                                 dataDir},
                                root, u"list"_s);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"needs the server"_s), qPrintable(refused.err));
        const Run empty = run({u"--offline"_s, u"--output"_s, offline, u"--data-dir"_s, QDir(root).filePath(u"new"_s)},
                              root, u"list"_s);
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(u"sync once"_s), qPrintable(empty.err));

        // The parents of the class, as PDF, from the cache too.
        const QString parents = QDir(root).filePath(u"parents.pdf"_s);
        const Run pdf = run({u"--offline"_s, u"--guardians"_s, u"--class"_s, u"6e C"_s, u"--state"_s,
                             u"activated"_s, u"--state"_s, u"notified"_s, u"--output"_s, parents, u"--data-dir"_s,
                             dataDir},
                            root, u"list"_s);
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.out + pdf.err));
        const QString text = testsupport::pdfText(parents);
        QVERIFY(text.contains(u"Parents' accounts"_s));
        QVERIFY(text.contains(u"(6e C)"_s));
        QVERIFY(!text.contains(u"Not notified"_s) && !text.contains(u"Activation in progress"_s));
    }

    // `stats`: the Statistiques table as CSV, after a sync (its figures the server's), then from
    // the cache alone, by level, for parents.
    void statsFromTheServerThenOffline()
    {
        const QString root = newRoot(u"stats"_s);
        const QString dataDir = QDir(root).filePath(u"data"_s);
        const QString byClass = QDir(root).filePath(u"classes.csv"_s);
        const Run synced = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--output"_s, byClass,
                                u"--data-dir"_s, dataDir},
                               root, u"stats"_s);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
        const auto rows = testsupport::readCsv(byClass);
        QVERIFY(rows && rows->size() > 3);
        QCOMPARE(rows->first().mid(0, 3), (QStringList{u"UAI"_s, u"Class"_s, u"Pupils"_s}));
        const QStringList total = rows->last();
        QCOMPARE(total.at(1), u"Whole establishment"_s);
        auto server = [&](const QString &sql) { return m_sandbox.serverValue(sql).toInt(); };
        const int pupils = server(u"SELECT COUNT(*) FROM pupils"_s);
        const int activated = server(u"SELECT COUNT(*) FROM pupils WHERE state = 'activated'"_s);
        QCOMPARE(total.at(2).toInt(), pupils);
        QCOMPARE(total.at(6).toInt(), activated);
        QCOMPARE(total.at(7), QLocale(QLocale::French).toString(100.0 * activated / pupils, 'f', 1));
        // The classes add up to the establishment, state by state, and 6e A comes first.
        QCOMPARE(rows->at(1).at(1), u"6e A"_s);
        for (int column = 2; column <= 6; ++column) {
            int sum = 0;
            for (int r = 1; r < rows->size() - 1; ++r)
                sum += rows->at(r).at(column).toInt();
            QCOMPARE(sum, total.at(column).toInt());
        }
        QVERIFY(synced.out.contains(u"written to"_s));

        const QString byLevel = QDir(root).filePath(u"parents-levels.csv"_s);
        const Run offline = run({u"--offline"_s, u"--guardians"_s, u"--by"_s, u"level"_s, u"--output"_s, byLevel,
                                 u"--data-dir"_s, dataDir},
                                root, u"stats"_s);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.out + offline.err));
        QVERIFY(offline.out.contains(u"Offline"_s));
        const auto parents = testsupport::readCsv(byLevel);
        QVERIFY(parents);
        QCOMPARE(parents->first().at(1), u"Level"_s);
        QCOMPARE(parents->first().at(2), u"Parents"_s);
        QCOMPARE(parents->first().size(), 8); // no "with an activated parent" column for parents
        QCOMPARE(parents->last().at(2).toInt(), server(u"SELECT COUNT(*) FROM guardians"_s));
        QCOMPARE(parents->last().at(6).toInt(), server(u"SELECT COUNT(*) FROM guardians WHERE state = 'activated'"_s));

        // An establishment this cache never synced: refused, rather than a file of zeros.
        const Run unknown = run({u"--offline"_s, u"--uai"_s, u"0000000a"_s, u"--output"_s, byLevel, u"--data-dir"_s,
                                 dataDir},
                                root, u"stats"_s);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"0000000A"_s), qPrintable(unknown.err));

        const Run badGroup = run({u"--offline"_s, u"--by"_s, u"school"_s, u"--output"_s, byLevel}, root, u"stats"_s);
        QCOMPARE(badGroup.exitCode, 1);
        QVERIFY2(badGroup.err.contains(u"school"_s), qPrintable(badGroup.err));
        const Run notCsv = run({u"--offline"_s, u"--output"_s, QDir(root).filePath(u"x.pdf"_s)}, root, u"stats"_s);
        QCOMPARE(notCsv.exitCode, 1);
        QVERIFY2(notCsv.err.contains(u".csv"_s), qPrintable(notCsv.err));
    }

    // `stats` for a delegated staff account: the pupils' figures without the parents' column
    // (it may not see parents), and --guardians refused before anything is written.
    void statsForADelegatedAccount()
    {
        const QString root = newRoot(u"stats-deleg"_s);
        const QString deleg = connectionFileOf(u"deleg.demo"_s, root);
        QVERIFY(!deleg.isEmpty());
        const QString dataDir = QDir(root).filePath(u"data"_s);
        const QString pupils = QDir(root).filePath(u"pupils.csv"_s);
        const Run synced = run({u"--connection-file"_s, deleg, u"--output"_s, pupils, u"--data-dir"_s, dataDir}, root,
                               u"stats"_s);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
        const auto rows = testsupport::readCsv(pupils);
        QVERIFY(rows && rows->size() > 3);
        QCOMPARE(rows->first().size(), 8); // UAI, class, pupils, 4 states, % activated: no parents' column
        QVERIFY(!rows->first().join(u' ').contains(u"parent"_s, Qt::CaseInsensitive));
        QCOMPARE(rows->last().at(2).toInt(), m_sandbox.serverValue(u"SELECT COUNT(*) FROM pupils"_s).toInt());

        const QString parents = QDir(root).filePath(u"parents.csv"_s);
        const Run refused = run({u"--connection-file"_s, deleg, u"--guardians"_s, u"--output"_s, parents,
                                 u"--data-dir"_s, dataDir},
                                root, u"stats"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"may not manage parents"_s), qPrintable(refused.err));
        QVERIFY(!QFile::exists(parents));
        // Offline on that cache: still no parents' figures (none were synced).
        const Run offline = run({u"--offline"_s, u"--output"_s, pupils, u"--data-dir"_s, dataDir}, root, u"stats"_s);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.out + offline.err));
        QCOMPARE(testsupport::readCsv(pupils)->first().size(), 8);
    }

    void listUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{u"--demo"_s} << u"--output"_s;
        QTest::newRow("not csv or pdf") << QStringList{u"--demo"_s, u"--output"_s, u"x.xlsx"_s} << u".csv"_s;
        QTest::newRow("two sources") << QStringList{u"--demo"_s, u"--offline"_s, u"--output"_s, u"x.csv"_s}
                                     << u"--offline"_s;
        QTest::newRow("sheets as csv") << QStringList{u"--offline"_s, u"--sheets"_s, u"--output"_s, u"x.csv"_s}
                                       << u"--sheets"_s;
        QTest::newRow("bad state") << QStringList{u"--offline"_s, u"--output"_s, u"x.csv"_s, u"--state"_s, u"gone"_s}
                                   << u"gone"_s;
    }
    void listUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments, newRoot(u"list-usage"_s), u"list"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refusesAMissingOutputFolderBeforeNotifying()
    {
        const QString root = newRoot(u"nofolder"_s);
        const Run r = run({u"--connection-file"_s, m_sandbox.connectionFile(), u"--class"_s, u"3e B"_s, u"--output"_s,
                           QDir(root).filePath(u"missing/x.pdf"_s), u"--data-dir"_s, QDir(root).filePath(u"data"_s)},
                          root);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"Notifying"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
