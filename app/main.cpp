// educonnect-admin: the composition root. `educonnect-admin letters ...` runs headless;
// anything else opens the desktop window.

#include "cache/datapaths.h"
#include "cache/settings.h"
#include "cli/filelog.h"
#include "cli/letterscommand.h"
#include "cli/processtuning.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#ifdef Q_OS_WIN
#include <windows.h>
#include <cstdio>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr char kVersion[] = "0.1.0";

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"EduConnect Admin"_s);
    QCoreApplication::setApplicationName(u"EduConnect Admin"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

// French by default (the users' language); --lang or the setting can switch to English.
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QString lang = language.isEmpty() ? u"fr"_s : language;
    QLocale::setDefault(QLocale(lang == u"en"_s ? u"en_GB"_s : u"fr_FR"_s));
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/educonnect_%1.qm"_s.arg(lang)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_%1"_s.arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Finds "--name value" or "--name=value" before the app object parses anything.
QString earlyOption(int argc, char **argv, const char *name)
{
    const QByteArray flag = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == flag && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(flag + '='))
            return QString::fromLocal8Bit(arg.mid(flag.size() + 1));
    }
    return {};
}

int runLetters(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // A GUI-subsystem executable has no console: print to the one that started us.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        freopen("CONOUT$", "w", stdout);
        freopen("CONOUT$", "w", stderr);
    }
#endif
    // Headless: letters need fonts and a paint engine, never a display. QApplication (not
    // QGuiApplication) because printing goes through Qt PrintSupport.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    const QStringList arguments = app.arguments().mid(2);
    const QString dataDir = earlyOption(argc, argv, "data-dir");
    const educonnect::DataPaths paths = dataDir.isEmpty() ? educonnect::DataPaths::standard()
                                                          : educonnect::DataPaths(dataDir);
    const QString lang = earlyOption(argc, argv, "lang");
    installTranslations(app, lang.isEmpty() ? educonnect::Settings(paths.settingsFile())
                                                  .string(educonnect::Settings::Key::Language)
                                            : lang);
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        QTextStream(stdout) << educonnect::LettersCommand::usage() << Qt::endl;
        return 0;
    }
    QString error;
    auto options = educonnect::LettersCommand::parse(arguments, &error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl << educonnect::LettersCommand::usage() << Qt::endl;
        return educonnect::LettersCommand::UsageError;
    }
    educonnect::installFileLog(paths.logFile());
    educonnect::LettersCommand command(*options);
    QObject::connect(&command, &educonnect::LettersCommand::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &command, &educonnect::LettersCommand::start);
    return app.exec();
}

int runDesktop(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"EduConnect Admin: pupils' EduConnect accounts and their letters."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s, u"Start the built-in demo sandbox and sign in to it."_s},
        {u"demo-dir"_s, u"Data folder of the demo sandbox."_s, u"DIR"_s},
        {u"data-dir"_s, u"Folder of the local cache, settings and logs."_s, u"DIR"_s},
        {u"ca"_s, u"Also trust the CA certificates in FILE (PEM), for a server with a private CA."_s, u"FILE"_s},
        {u"server"_s, u"Server address to propose at sign-in."_s, u"URL"_s},
        {u"lang"_s, u"Interface language: fr (default) or en."_s, u"LANG"_s},
    });
    parser.process(app);

    educonnect::ui::AppOptions options;
    if (parser.isSet(u"data-dir"_s))
        options.paths = educonnect::DataPaths(parser.value(u"data-dir"_s));
    options.demo = parser.isSet(u"demo"_s);
    options.demoDataDir = parser.value(u"demo-dir"_s);
    options.caFile = parser.value(u"ca"_s);
    options.serverUrl = parser.value(u"server"_s);
    QDir().mkpath(options.paths.root());
    educonnect::installFileLog(options.paths.logFile());
    const educonnect::Settings settings(options.paths.settingsFile());
    installTranslations(app, parser.isSet(u"lang"_s) ? parser.value(u"lang"_s)
                                                     : settings.string(educonnect::Settings::Key::Language));

    educonnect::ui::MainWindow window(options);
    window.show();
    window.start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    educonnect::tuneProcessForLetterRuns();
    if (argc > 1 && qstrcmp(argv[1], "letters") == 0)
        return runLetters(argc, argv);
    return runDesktop(argc, argv);
}
