// Letters benchmark: letters per second, bytes per letter and peak memory for runs of 100, 1,000
// and 3,000 fictional letters, rendered as the app renders them (LetterRenderer -> QPdfWriter).
//
//   bench_letters [--counts 100,1000,3000] [--repeat 5] [--layout official|2up|4up] [--qr]
//                 [--per-class-parallel] [--guardians]
//
// --guardians renders parents' letters: one to three children each (one in five with a child in
// another school), the teleservices address and the establishment's extra URL.
//
// Each measurement runs in a child process (peak RSS is per process), the median of --repeat runs
// is printed as a Markdown table row. See bench/README.md and docs/PERFORMANCE.md.

#include "runtime/processtuning.h"
#include "letters/letterrenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace educonnect;

namespace {

// Fictional pupils, 30 per class, French names with diacritics.
QList<Letter> fictionalLetters(int count)
{
    static const QStringList last{u"Martin"_s, u"Lefèvre"_s, u"N'Diaye"_s, u"Dupont-Moreau"_s, u"Le Goff"_s,
                                  u"Traoré"_s, u"Müller"_s, u"Da Silva"_s, u"Benoît"_s, u"Guérin"_s};
    static const QStringList first{u"Léa"_s, u"Noé"_s, u"Chloé"_s, u"Maëlys"_s, u"Anaïs"_s, u"Raphaël"_s, u"Inès"_s};
    QList<Letter> letters;
    for (int i = 0; i < count; ++i) {
        Letter l;
        l.accountId = QString::number(i);
        l.className = u"%1e %2"_s.arg(6 - (i / 30) % 4).arg(QChar(u'A' + (i / 120) % 8));
        l.lastName = last.at(i % last.size());
        l.firstName = first.at((i / 3) % first.size());
        l.login = l.firstName.left(1).toLower() + u".bench"_s + QString::number(i);
        l.temporaryPassword = u"PT4H%1"_s.arg(i % 10000, 4, 10, QChar(u'0'));
        l.variant = i % 5 == 0 ? LetterVariant::Redistribution : LetterVariant::Distribution;
        letters << l;
    }
    sortByClassThenName(letters);
    return letters;
}

// Fictional parents, 30 letters per filing class: one to three children (a sibling in another
// school for one parent in five), the variants in the proportions of a September run.
QList<Letter> fictionalGuardianLetters(int count)
{
    static const QStringList last{u"Martin"_s, u"Lefèvre"_s, u"N'Diaye"_s, u"Dupont-Moreau"_s, u"Le Goff"_s,
                                  u"Traoré"_s, u"Müller"_s, u"Da Silva"_s, u"Benoît"_s, u"Guérin"_s};
    static const QStringList adults{u"Sophie"_s, u"Karim"_s, u"Élodie"_s, u"Jean-Marc"_s, u"Nadia"_s, u"Hélène"_s};
    static const QStringList children{u"Léa"_s, u"Noé"_s, u"Chloé"_s, u"Maëlys"_s, u"Anaïs"_s, u"Raphaël"_s, u"Inès"_s};
    QList<Letter> letters;
    for (int i = 0; i < count; ++i) {
        Letter l;
        l.kind = AccountKind::Guardian;
        l.accountId = QString::number(i);
        l.lastName = last.at(i % last.size());
        l.firstName = adults.at((i / 3) % adults.size());
        l.login = l.firstName.toLower() + u".bench"_s + QString::number(i);
        l.temporaryPassword = u"PT4H%1"_s.arg(i % 10000, 4, 10, QChar(u'0'));
        l.variant = i % 5 == 0 ? LetterVariant::Redistribution : LetterVariant::Distribution;
        const QString filed = u"%1e %2"_s.arg(6 - (i / 30) % 4).arg(QChar(u'A' + (i / 120) % 8));
        l.children << LetterChild{children.at(i % children.size()), l.lastName, filed, {}};
        if (i % 2 == 0)
            l.children << LetterChild{children.at((i + 3) % children.size()), l.lastName, u"3e B"_s, {}};
        if (i % 5 == 1)
            l.children << LetterChild{children.at((i + 5) % children.size()), l.lastName, u"1re G2"_s,
                                      u"Lycée Voltaire"_s};
        l.homeChild = 0;
        l.className = filed;
        letters << l;
    }
    sortByClassThenName(letters);
    return letters;
}

long peakRssKb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters);
    return long(counters.PeakWorkingSetSize / 1024);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#endif
}

// One measurement, in this process: prints "seconds bytes peakKb".
int measure(int count, const RenderOptions &options, bool perClassParallel, AccountKind kind)
{
    const bool guardians = kind == AccountKind::Guardian;
    const LetterContext context{u"Cité scolaire des Tilleuls"_s,
                                guardians ? QString::fromUtf16(kGuardianActivationUrl)
                                          : u"https://educonnect.education.gouv.fr"_s,
                                QDate(2026, 9, 2),
                                QDate(2026, 12, 2),
                                kind,
                                guardians ? u"https://ent.cite-des-tilleuls.example"_s : QString()};
    const LetterRenderer renderer(context, LetterRenderer::letterTemplate(kind).value(), options);
    const QList<Letter> letters = guardians ? fictionalGuardianLetters(count) : fictionalLetters(count);
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    if (perClassParallel) {
        auto files = renderer.writePdfPerClass(dir.filePath(u"classes"_s), letters);
        if (!files)
            return 1;
        for (const QString &f : files.value())
            bytes += QFileInfo(f).size();
    } else {
        const QString path = dir.filePath(u"letters.pdf"_s);
        if (!renderer.writePdfFile(path, letters))
            return 1;
        bytes = QFileInfo(path).size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << seconds << ' ' << bytes << ' ' << peakRssKb() << Qt::endl;
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    // As the application does (app/main.cpp); --untuned measures without it.
    bool untuned = false;
    for (int i = 1; i < argc; ++i)
        untuned = untuned || qstrcmp(argv[i], "--untuned") == 0;
    if (!untuned)
        tuneProcessForLetterRuns();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"counts"_s, u"Letter counts to measure."_s, u"LIST"_s, u"100,1000,3000"_s},
        {u"repeat"_s, u"Runs per count (the median is reported)."_s, u"N"_s, u"5"_s},
        {u"layout"_s, u"official, 2up or 4up."_s, u"LAYOUT"_s, u"official"_s},
        {u"qr"_s, u"With the QR code."_s},
        {u"per-class-parallel"_s, u"One PDF per class, classes rendered in parallel."_s},
        {u"guardians"_s, u"Parents' letters (children listed, two addresses) instead of pupils'."_s},
        {u"untuned"_s, u"Without the allocator tuning of the application (for comparison)."_s},
        {u"single"_s, u"(internal) one measurement of N letters in this process."_s, u"N"_s},
    });
    parser.process(app);
    RenderOptions options;
    options.layout = letterLayoutFromName(parser.value(u"layout"_s)).value_or(LetterLayout::Official);
    options.qrCode = parser.isSet(u"qr"_s);
    const bool parallel = parser.isSet(u"per-class-parallel"_s);
    const AccountKind kind = parser.isSet(u"guardians"_s) ? AccountKind::Guardian : AccountKind::Student;
    if (parser.isSet(u"single"_s))
        return measure(parser.value(u"single"_s).toInt(), options, parallel, kind);

    QTextStream out(stdout);
    out << "| letters | layout | letters/s | bytes/letter | peak RSS (MB) |\n|---|---|---|---|---|" << Qt::endl;
    QStringList passOn;
    for (const char *flag : {"qr", "per-class-parallel", "untuned", "guardians"}) {
        if (parser.isSet(QString::fromLatin1(flag)))
            passOn << u"--"_s + QString::fromLatin1(flag);
    }
    passOn << u"--layout"_s << parser.value(u"layout"_s);
    // Bytes per letter after the first page: fonts and the document structure come once.
    auto runOnce = [&](int count) -> std::optional<std::tuple<double, double, double>> {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), QStringList{u"--single"_s, QString::number(count)} + passOn);
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            return std::nullopt;
        const QStringList f = QString::fromLatin1(child.readAllStandardOutput()).split(u' ');
        return std::make_tuple(f.value(0).toDouble(), f.value(1).toDouble(), f.value(2).toDouble());
    };
    const auto single = runOnce(1);
    const double firstBytes = single ? std::get<1>(*single) : 0;
    for (const QString &c : parser.value(u"counts"_s).split(u',')) {
        const int count = c.toInt();
        QList<double> rates, sizes, peaks;
        for (int i = 0; i < parser.value(u"repeat"_s).toInt(); ++i) {
            const auto r = runOnce(count);
            if (!r) {
                out << "run failed for " << count << Qt::endl;
                return 1;
            }
            rates << count / std::get<0>(*r);
            sizes << (std::get<1>(*r) - firstBytes) / std::max(1, count - 1);
            peaks << std::get<2>(*r) / 1024.0;
        }
        out << "| " << count << " | " << (kind == AccountKind::Guardian ? "parents, " : "") << parser.value(u"layout"_s)
            << (options.qrCode ? " + QR" : "")
            << (parallel ? ", per class in parallel" : "") << " | " << qRound(median(rates)) << " | "
            << qRound(median(sizes)) << " | " << QString::number(median(peaks), 'f', 1) << " |" << Qt::endl;
    }
    return 0;
}
