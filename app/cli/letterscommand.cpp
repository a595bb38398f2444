#include "letterscommand.h"

#include "letters/letterrenderer.h"
#include "printing/printjob.h"
#include "letters/letter.h"
#include "domain/notificationrecord.h"
#include "domain/schoolorder.h"
#include "workflows/letterset.h"
#include "workflows/notificationrun.h"
#include "workflows/selection.h"
#include "workflows/session.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

QList<QCommandLineOption> options()
{
    return CommandSource::options(false) + QList<QCommandLineOption>{
        {u"class"_s, LettersCommand::tr("Class whose pupils get a letter."), u"CLASS"_s},
        {u"guardians"_s,
         LettersCommand::tr("Letters for the parent accounts filed under the class instead: one per parent account, "
                            "naming every child, filed under the youngest child's class.")},
        {u"reprint"_s,
         LettersCommand::tr("Print the letters of an earlier run again (its id), without notifying anyone."),
         u"RUN"_s},
        {u"resume"_s,
         LettersCommand::tr("Finish a notification run that stopped part-way (its id), then write all its letters. "
                            "Nobody is notified twice."),
         u"RUN"_s},
        {u"state"_s,
         LettersCommand::tr("Only accounts in this state: not_notified, notified, activation_pending or "
                            "activated (repeatable)."),
         u"STATE"_s},
        {u"reset"_s, LettersCommand::tr("Also reset the passwords (new provisional password for every account)")},
        {u"output"_s, LettersCommand::tr("PDF file to write."), u"FILE"_s},
        {u"split-by-class"_s, LettersCommand::tr("Write one PDF per class into DIR instead of one file."), u"DIR"_s},
        {u"printer"_s, LettersCommand::tr("Print on this printer instead of writing a file."), u"NAME"_s},
        {u"job-per-class"_s, LettersCommand::tr("With --printer: one print job per class.")},
        {u"layout"_s, LettersCommand::tr("official (A4, one per page, default), 2up (A5 halves) or 4up (A6 quarters)."),
         u"LAYOUT"_s},
        {u"qr"_s, LettersCommand::tr("Add a QR code of the activation address (never of the password).")},
        {u"separator-pages"_s, LettersCommand::tr("Start each class with a page naming it.")},
        {u"distribution-sheet"_s,
         LettersCommand::tr("Add each class's distribution sheet (pupil, class, identifier, date, signature).")},
    };
}

} // namespace

QString LettersCommand::usage()
{
    return CommandSource::usage(tr("Usage: educonnect-admin letters (--demo | --connection-file FILE) (--class CLASS [--guardians] | "
              "--resume RUN | --reprint RUN) (--output FILE.pdf | --split-by-class DIR | --printer NAME) [--state STATE] [--reset] "
              "[--layout official|2up|4up] [--qr] [--separator-pages] [--distribution-sheet]"),
                                options());
}

std::optional<LettersOptions> LettersCommand::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    auto source = CommandSource::parse(parser, u"letters"_s, options(), false, arguments, error);
    if (!source)
        return std::nullopt;
    LettersOptions o;
    o.source = *source;
    o.className = parser.value(u"class"_s).trimmed();
    o.guardians = parser.isSet(u"guardians"_s);
    o.reset = parser.isSet(u"reset"_s);
    o.reprintRun = parser.value(u"reprint"_s).trimmed();
    o.resumeRun = parser.value(u"resume"_s).trimmed();
    o.output = parser.value(u"output"_s);
    o.splitFolder = parser.value(u"split-by-class"_s);
    o.printer = parser.value(u"printer"_s);
    o.jobPerClass = parser.isSet(u"job-per-class"_s);
    if (parser.isSet(u"layout"_s)) {
        const auto layout = letterLayoutFromName(parser.value(u"layout"_s));
        if (!layout) {
            *error = tr("Unknown layout \"%1\": use official, 2up or 4up.").arg(parser.value(u"layout"_s));
            return std::nullopt;
        }
        o.render.layout = *layout;
    }
    o.render.qrCode = parser.isSet(u"qr"_s);
    o.render.separatorPages = parser.isSet(u"separator-pages"_s);
    o.render.distributionSheets = parser.isSet(u"distribution-sheet"_s);
    const auto states = CommandSource::states(parser, error);
    if (!states)
        return std::nullopt;
    o.states = *states;
    if (!o.reprintRun.isEmpty() && !o.resumeRun.isEmpty()) {
        *error = tr("Give either --reprint or --resume.");
        return std::nullopt;
    }
    if (!o.reprintRun.isEmpty() && (!o.className.isEmpty() || !o.states.isEmpty() || o.reset || o.guardians)) {
        *error = tr("--reprint prints an earlier run as it was: --class, --guardians, --state and --reset do not "
                    "apply.");
        return std::nullopt;
    }
    if (!o.resumeRun.isEmpty() && (!o.className.isEmpty() || !o.states.isEmpty() || o.reset || o.guardians)) {
        *error = tr("--resume finishes a run as it was started: --class, --guardians, --state and --reset do not "
                    "apply.");
        return std::nullopt;
    }
    if (o.className.isEmpty() && o.reprintRun.isEmpty() && o.resumeRun.isEmpty()) {
        *error = tr("Give the class with --class.");
        return std::nullopt;
    }
    const int destinations = int(!o.output.isEmpty()) + int(!o.splitFolder.isEmpty()) + int(!o.printer.isEmpty());
    if (destinations != 1) {
        *error = tr("Give one destination: --output FILE.pdf, --split-by-class DIR or --printer NAME.");
        return std::nullopt;
    }
    if (o.jobPerClass && o.printer.isEmpty()) {
        *error = tr("--job-per-class goes with --printer.");
        return std::nullopt;
    }
    return o;
}

LettersCommand::LettersCommand(LettersOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_out(stdout),
      m_err(stderr)
{
}

LettersCommand::~LettersCommand() = default;

void LettersCommand::say(const QString &message)
{
    m_out << message << Qt::endl;
}

void LettersCommand::fail(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    emit finished(Failure);
}

void LettersCommand::start()
{
    // Refuse early what would fail late, after passwords were changed.
    if (!m_options.output.isEmpty() && !QFileInfo(m_options.output).absoluteDir().exists())
        return fail(tr("The folder of %1 does not exist.").arg(m_options.output));
    if (!m_options.splitFolder.isEmpty() && !QDir().mkpath(m_options.splitFolder))
        return fail(tr("Cannot create the folder %1.").arg(m_options.splitFolder));
    if (!m_options.printer.isEmpty()) {
        if (auto printer = checkPrinter(m_options.printer); !printer)
            return fail(printer.error().message);
    }

    auto opened = CommandSource::openCache(m_options.source);
    if (!opened)
        return fail(opened.error().message);
    m_store = opened.takeValue();

    m_source = new CommandSource(m_options.source, m_store.get(), m_out, this);
    connect(m_source, &CommandSource::failed, this, &LettersCommand::fail);
    connect(m_source, &CommandSource::ready, this, &LettersCommand::connected);
    m_source->connectAndSync(m_options.guardians ? std::optional(AccountKind::Guardian) : std::nullopt);
}

void LettersCommand::connected()
{
    m_session = m_source->session();
    m_uai = m_source->uai();
    auto all = m_store->students(m_uai);
    if (!all)
        return fail(all.error().message);
    m_pupils = all.takeValue();
    if (!m_options.reprintRun.isEmpty())
        reprint();
    else if (!m_options.resumeRun.isEmpty())
        resume();
    else
        notifyClass();
}

void LettersCommand::notifyClass()
{
    QStringList known;
    if (!resolveClass(m_options.className, m_pupils, &known))
        return fail(tr("No class \"%1\" in this establishment. Classes: %2")
                        .arg(m_options.className, known.join(u", "_s)));
    const QSet<AccountState> states(m_options.states.cbegin(), m_options.states.cend());
    Result<std::unique_ptr<NotificationRun>> run = Error{};
    int n = 0;
    if (m_options.guardians) {
        auto guardians = m_store->guardians(m_uai);
        if (!guardians)
            return fail(guardians.error().message);
        const QList<Guardian> chosen = guardiansFiledUnder(m_options.className, guardians.value(), m_pupils, states);
        if (chosen.isEmpty())
            return fail(tr("No parent account filed under %1 is in the requested state(s); nothing was notified.")
                            .arg(m_options.className));
        n = int(chosen.size());
        say(m_options.reset
                ? tr("Notifying %n parent account(s) of %1, with password reset...", nullptr, n).arg(m_options.className)
                : tr("Notifying %n parent account(s) of %1...", nullptr, n).arg(m_options.className));
        run = NotificationRun::create(m_session->client(), m_store.get(), m_uai, chosen, m_options.reset);
    } else {
        const QList<Student> chosen = studentsOfClass(m_options.className, m_pupils, states);
        if (chosen.isEmpty())
            return fail(
                tr("No pupil of %1 is in the requested state(s); nothing was notified.").arg(m_options.className));
        n = int(chosen.size());
        say(m_options.reset
                ? tr("Notifying %n pupil(s) of %1, with password reset...", nullptr, n).arg(m_options.className)
                : tr("Notifying %n pupil(s) of %1...", nullptr, n).arg(m_options.className));
        run = NotificationRun::create(m_session->client(), m_store.get(), m_uai, chosen, m_options.reset);
    }
    if (!run)
        return fail(run.error().message);
    runNotification(run.takeValue());
}

void LettersCommand::resume()
{
    auto run = NotificationRun::resume(m_session->client(), m_store.get(), m_options.resumeRun);
    if (!run)
        return fail(run.error().message);
    if (run.value()->record().uai != m_uai)
        return fail(tr("Run %1 belongs to establishment %2: add --uai %2.")
                        .arg(m_options.resumeRun, run.value()->record().uai));
    const NotificationRecord &record = run.value()->record();
    say(tr("Resuming run %1: %n of %2 account(s) were already notified.", nullptr, record.doneAccountCount())
            .arg(record.runId)
            .arg(record.accountCount()));
    runNotification(run.takeValue());
}

void LettersCommand::runNotification(std::unique_ptr<NotificationRun> run)
{
    m_run = run.release();
    m_run->setParent(this);
    m_runId = m_run->runId();
    m_kind = m_run->kind();
    connect(m_run, &NotificationRun::finished, this, [this](const Result<void> &result) {
        if (!result) {
            // Nothing half-done is printed: the resume writes every letter of the run at once.
            const NotificationRecord &record = m_run->record();
            m_run->takeBatch().wipe();
            return fail(NotificationRun::stoppedMessage(record, result.error()) + u'\n'
                        + tr("No account was notified twice. Finish this run (run %1) with:").arg(record.runId)
                        + u"\n  "_s + resumeCommand(record.runId));
        }
        m_batch = m_run->takeBatch();
        writeLetters();
    });
    m_run->start();
}

QString LettersCommand::resumeCommand(const QString &runId) const
{
    QStringList words = QStringList{u"educonnect-admin"_s, u"letters"_s} + CommandSource::words(m_options.source);
    words << u"--resume"_s << runId;
    if (!m_options.output.isEmpty())
        words << u"--output"_s << CommandSource::quoted(m_options.output);
    if (!m_options.splitFolder.isEmpty())
        words << u"--split-by-class"_s << CommandSource::quoted(m_options.splitFolder);
    if (!m_options.printer.isEmpty())
        words << u"--printer"_s << CommandSource::quoted(m_options.printer);
    if (m_options.jobPerClass)
        words << u"--job-per-class"_s;
    if (m_options.render.layout != LetterLayout::Official)
        words << u"--layout"_s << letterLayoutName(m_options.render.layout);
    if (m_options.render.qrCode)
        words << u"--qr"_s;
    if (m_options.render.separatorPages)
        words << u"--separator-pages"_s;
    if (m_options.render.distributionSheets)
        words << u"--distribution-sheet"_s;
    return words.join(u' ');
}

void LettersCommand::reprint()
{
    m_runId = m_options.reprintRun;
    say(tr("Fetching the letters of run %1...").arg(m_options.reprintRun));
    m_session->fetchRunLetters(m_options.reprintRun, [this](Result<CredentialBatch> batch, AccountKind kind) {
        if (!batch)
            return fail(tr("Cannot get the letters of run %1 again: %2").arg(m_options.reprintRun,
                                                                              batch.error().message));
        m_batch = batch.takeValue();
        m_kind = kind;
        writeLetters();
    });
}

void LettersCommand::writeLetters()
{
    auto set = letterSet(m_kind, m_batch, *m_store, m_uai);
    if (!set)
        return fail(set.error().message);
    const LetterContext &context = set.value().context;
    const QList<Letter> &letters = set.value().letters;
    if (letters.isEmpty())
        return fail(tr("The server issued no letter (%n account(s) skipped).", nullptr,
                       int(m_batch.skipped().size())));
    if (m_options.render.qrCode && context.activationUrl.isEmpty())
        m_err << tr("Warning: no QR code, the establishment has no activation address enabled.") << Qt::endl;
    const LetterRenderer renderer(context, set.value().texts, m_options.render);

    int newPasswords = 0;
    for (const IssuedLetter &l : m_batch.letters())
        newPasswords += l.variant != LetterVariant::Redistribution ? 1 : 0;
    const int count = int(letters.size());
    const QString details = tr("%1 with a password, %2 with the password unchanged").arg(newPasswords).arg(count - newPasswords);
    // The letters are the only place the new passwords exist: if they cannot be produced, say
    // how to get them again instead of notifying anew (which would change the passwords).
    const QString reprint = tr("The accounts were notified. Until %2, print these letters again with "
                               "\"letters --reprint %1\" or from the application, instead of notifying again.")
                                .arg(m_runId, QLocale().toString(context.validUntil, QLocale::ShortFormat));
    say(tr("Writing %n letter(s)...", nullptr, count));

    if (!m_options.printer.isEmpty()) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(m_options.printer);
        setUpPrinter(printer, tr("EduConnect letters"));
        auto printed = printLetters(printer, renderer, letters, m_options.jobPerClass);
        if (!printed)
            return fail(tr("Printing failed: %1").arg(printed.error().message) + u' ' + reprint);
        say(tr("Sent %n letter(s) to the printer %1 (%2).", nullptr, printed.value()).arg(m_options.printer, details));
    } else if (!m_options.splitFolder.isEmpty()) {
        auto files = renderer.writePdfPerClass(m_options.splitFolder, letters);
        if (!files)
            return fail(tr("The letters could not be written: %1").arg(files.error().message) + u' ' + reprint);
        say(tr("Wrote %n letter(s), one PDF per class, in %1 (%2).", nullptr, count)
                .arg(QDir::toNativeSeparators(QFileInfo(m_options.splitFolder).absoluteFilePath()), details));
        for (const QString &file : files.value())
            say(u"  "_s + QDir::toNativeSeparators(file));
    } else {
        auto written = renderer.writePdfFile(m_options.output, letters);
        if (!written)
            return fail(tr("The letters could not be written: %1").arg(written.error().message) + u' ' + reprint);
        say(tr("Wrote %n letter(s) to %1 (%2).", nullptr, written.value())
                .arg(QDir::toNativeSeparators(QFileInfo(m_options.output).absoluteFilePath()), details));
    }
    for (const SkippedAccount &s : m_batch.skipped())
        m_err << tr("Skipped %1: %2").arg(s.accountId, json::skipReasonText(s.reason)) << Qt::endl;
    // Letters the server issued but this client could not read: those accounts may have a new
    // password no letter shows. Said loudly, and the command fails.
    for (const RejectedRecord &r : m_batch.unreadable())
        m_err << tr("Error: a letter sent by the server could not be read (%1): %2. That account may have a new "
                    "password that no letter shows: contact the server's administrators before notifying it again.")
                     .arg(r.id.isEmpty() ? tr("no id") : r.id, r.reason)
              << Qt::endl;
    const int exitCode = m_batch.unreadable().isEmpty() ? Success : Failure;
    if (m_options.reprintRun.isEmpty())
        say(tr("Run %1: its letters can be printed again with --reprint %1 until %2.")
                .arg(m_runId, QLocale().toString(context.validUntil, QLocale::ShortFormat)));
    m_batch.wipe();
    // Bring the cache up to date (states, notification dates) before leaving; if that fails, the
    // letters are written all the same and the cache catches up next time.
    m_source->syncAgain([this, exitCode] { emit finished(exitCode); });
}

} // namespace educonnect
