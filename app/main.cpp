// educonnect-admin: the composition root. `educonnect-admin letters ...`, `list ...` and
// `stats ...` run headless; anything else opens the desktop window.

#include "config/datapaths.h"
#include "config/settings.h"
#include "runtime/filelog.h"
#include "cli/letterscommand.h"
#include "cli/listcommand.h"
#include "cli/statscommand.h"
#include "runtime/processtuning.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#include <cstdio>
#endif

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"EduConnect Admin"_s);
    QCoreApplication::setApplicationName(u"EduConnect Admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUCONNECT_VERSION));
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

// Windows: a GUI-subsystem executable has no console. Output already redirected (a pipe, a
// file, a script's capture) is kept; otherwise it goes to the console that started us, if any.
void connectStandardStreams()
{
#ifdef Q_OS_WIN
    const auto usable = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE;
    };
    const bool output = usable(STD_OUTPUT_HANDLE);
    const bool errors = usable(STD_ERROR_HANDLE);
    if ((output && errors) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    SetConsoleOutputCP(CP_UTF8); // what QTextStream writes
    if (!output)
        freopen("CONOUT$", "w", stdout);
    if (!errors)
        freopen("CONOUT$", "w", stderr);
#endif
}

// A headless command (`letters`, `list`, `stats`): parse, then run it until it finishes.
template <typename Command>
int runHeadless(int argc, char **argv)
{
    connectStandardStreams();
    // Headless: letters need fonts and a paint engine, never a display. QApplication (not
    // QGuiApplication) because printing goes through Qt PrintSupport.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_WIN
    // The offscreen platform reads fonts from a folder (the letters' own are built in): the
    // system's, rather than a missing one next to Qt.
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR") && !qEnvironmentVariableIsEmpty("SystemRoot"))
        qputenv("QT_QPA_FONTDIR", qgetenv("SystemRoot") + "\\Fonts");
#endif
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
        QTextStream(stdout) << Command::usage() << Qt::endl;
        return 0;
    }
    QString error;
    auto options = Command::parse(arguments, &error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl << Command::usage() << Qt::endl;
        return Command::UsageError;
    }
    paths.prepare();
    educonnect::installFileLog(paths.logFile());
    Command command(*options);
    QObject::connect(&command, &Command::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &command, &Command::start);
    return app.exec();
}

// Translation context of the desktop command line.
struct DesktopCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DesktopCommandLine)
};

int runDesktop(int argc, char **argv)
{
    connectStandardStreams(); // --help and --version print there
    // Help and version need no display (a console, an installer's check, a headless machine).
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            textOnly = textOnly || qstrcmp(argv[i], flag) == 0;
    }
    std::unique_ptr<QCoreApplication> application = textOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                             : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    setIdentity();
    // The language first, so that --help is in the user's language too.
    const QString dataDir = earlyOption(argc, argv, "data-dir");
    educonnect::ui::AppOptions options;
    if (!dataDir.isEmpty())
        options.paths = educonnect::DataPaths(dataDir);
    const educonnect::Settings settings(options.paths.settingsFile());
    const QString lang = earlyOption(argc, argv, "lang");
    installTranslations(app, lang.isEmpty() ? settings.string(educonnect::Settings::Key::Language) : lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        DesktopCommandLine::tr("EduConnect Admin: pupils' EduConnect accounts and their letters.\n"
                               "Headless letters: educonnect-admin letters --help\n"
                               "Account lists (CSV, PDF): educonnect-admin list --help\n"
                               "Statistics (CSV): educonnect-admin stats --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s, DesktopCommandLine::tr("Start the built-in demo sandbox and sign in to it.")},
        {u"demo-dir"_s, DesktopCommandLine::tr("Data folder of the demo sandbox."), u"DIR"_s},
        {u"data-dir"_s, DesktopCommandLine::tr("Folder of the local cache, settings and logs."), u"DIR"_s},
        {u"ca"_s,
         DesktopCommandLine::tr("Also trust the CA certificates in FILE (PEM), for a server with a private CA."),
         u"FILE"_s},
        {u"server"_s, DesktopCommandLine::tr("Server address to propose at sign-in."), u"URL"_s},
        {u"lang"_s, DesktopCommandLine::tr("Interface language: fr (default) or en."), u"LANG"_s},
    });
    // Help and version printed here rather than by Qt: UTF-8 on every platform (Qt's own print
    // goes through the Windows code page, which loses the French accents).
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return 0;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText() << Qt::flush;
        return 0;
    }

    options.demo = parser.isSet(u"demo"_s);
    options.demoDataDir = parser.value(u"demo-dir"_s);
    options.caFile = parser.value(u"ca"_s);
    options.serverUrl = parser.value(u"server"_s);
    options.paths.prepare();
    educonnect::installFileLog(options.paths.logFile());

    educonnect::ui::MainWindow window(options);
    window.show();
    window.start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    educonnect::hardenProcess();
    educonnect::tuneProcessForLetterRuns();
    if (argc > 1 && qstrcmp(argv[1], "letters") == 0)
        return runHeadless<educonnect::LettersCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "list") == 0)
        return runHeadless<educonnect::ListCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "stats") == 0)
        return runHeadless<educonnect::StatsCommand>(argc, argv);
    return runDesktop(argc, argv);
}
