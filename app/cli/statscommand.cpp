#include "statscommand.h"

#include "exports/statisticsexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

QList<QCommandLineOption> options()
{
    return CommandSource::options(true) + QList<QCommandLineOption>{
        {u"by"_s, StatsCommand::tr("Group by class (default), level or mef."), u"GROUP"_s},
        {u"guardians"_s, StatsCommand::tr("The parents' accounts instead of the pupils'.")},
        {u"output"_s, StatsCommand::tr("CSV file to write."), u"FILE"_s},
    };
}

} // namespace

QString StatsCommand::usage()
{
    return CommandSource::usage(tr("Usage: educonnect-admin stats (--demo | --connection-file FILE | --offline) "
                                   "[--by class|level|mef] [--guardians] --output FILE.csv"),
                                options());
}

std::optional<StatsOptions> StatsCommand::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    auto source = CommandSource::parse(parser, u"stats"_s, options(), true, arguments, error);
    if (!source)
        return std::nullopt;
    StatsOptions o;
    o.source = *source;
    o.guardians = parser.isSet(u"guardians"_s);
    if (parser.isSet(u"by"_s)) {
        const auto grouping = statisticsGroupingFromName(parser.value(u"by"_s).trimmed().toLower());
        if (!grouping) {
            *error = tr("Unknown grouping \"%1\": use class, level or mef.").arg(parser.value(u"by"_s));
            return std::nullopt;
        }
        o.grouping = *grouping;
    }
    o.output = parser.value(u"output"_s);
    if (!o.output.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        *error = tr("Give the file to write with --output FILE.csv.");
        return std::nullopt;
    }
    return o;
}

StatsCommand::StatsCommand(StatsOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_out(stdout),
      m_err(stderr)
{
}

StatsCommand::~StatsCommand() = default;

void StatsCommand::fail(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    emit finished(Failure);
}

void StatsCommand::start()
{
    auto opened = CommandSource::openCache(m_options.source, m_options.output);
    if (!opened)
        return fail(opened.error().message);
    m_store = opened.takeValue();
    m_source = new CommandSource(m_options.source, m_store.get(), m_out, this);
    connect(m_source, &CommandSource::failed, this, &StatsCommand::fail);
    connect(m_source, &CommandSource::ready, this, &StatsCommand::write);
    m_source->connectAndSync(m_options.guardians ? std::optional(AccountKind::Guardian) : std::nullopt);
}

void StatsCommand::write()
{
    const QString uai = m_source->uai();
    auto pupils = m_store->students(uai);
    if (!pupils)
        return fail(pupils.error().message);
    auto guardians = m_store->guardians(uai);
    if (!guardians)
        return fail(guardians.error().message);
    const AccountKind kind = m_options.guardians ? AccountKind::Guardian : AccountKind::Student;
    // Parents count only for a user who may see them: online, the role says; offline, the cache
    // holds parents only if such a user synced them.
    const bool parentsKnown = m_source->session() ? m_source->session()->mayManage(AccountKind::Guardian)
                                                  : !guardians.value().isEmpty();
    ActivationStatistics stats = activationStatistics(
        pupils.value(), parentsKnown ? guardians.value() : QList<Guardian>(), m_options.grouping);
    stats.parentsKnown = parentsKnown;
    if (auto written = writeStatisticsCsv(stats, kind, uai, m_options.output); !written)
        return fail(written.error().message);
    const QString path = QDir::toNativeSeparators(QFileInfo(m_options.output).absoluteFilePath());
    const StatisticsRow &all = stats.total;
    m_out << (kind == AccountKind::Student && !parentsKnown
                  ? tr("%n pupil(s), %1 % activated: written to %2.", nullptr, all.pupils.total())
                        .arg(percentText(all.pupilsActivatedPercent()), path)
              : kind == AccountKind::Student
                  ? tr("%n pupil(s), %1 % activated, %2 % with an activated parent: written to %3.", nullptr,
                       all.pupils.total())
                        .arg(percentText(all.pupilsActivatedPercent()), percentText(all.withActivatedParentPercent()),
                             path)
                  : tr("%n parent account(s), %1 % activated: written to %2.", nullptr, all.parents.total())
                        .arg(percentText(all.parentsActivatedPercent()), path))
          << Qt::endl;
    emit finished(Success);
}

} // namespace educonnect
