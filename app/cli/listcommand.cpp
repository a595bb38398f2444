#include "listcommand.h"

#include "workflows/accountlisting.h"
#include "workflows/letterset.h"
#include "workflows/selection.h"

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
        {u"guardians"_s, ListCommand::tr("List the parents' accounts instead of the pupils'.")},
        {u"class"_s, ListCommand::tr("Only this class (repeatable); for parents, their children's classes."),
         u"CLASS"_s},
        {u"state"_s,
         ListCommand::tr("Only accounts in this state: not_notified, notified, activation_pending or activated "
                         "(repeatable)."),
         u"STATE"_s},
        {u"output"_s, ListCommand::tr("File to write: FILE.csv or FILE.pdf."), u"FILE"_s},
        {u"sheets"_s,
         ListCommand::tr("Write the classes' distribution sheets (pupil, class, identifier, date handed out, "
                         "signature; never a password) as FILE.pdf instead of the list.")},
        {u"with-passwords"_s,
         ListCommand::tr("Show the passwords that are still provisional, fetched from the server (never with "
                         "--offline). Otherwise every password reads ******.")},
    };
}

bool isPdf(const QString &path)
{
    return path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
}

} // namespace

QString ListCommand::usage()
{
    return CommandSource::usage(tr("Usage: educonnect-admin list (--demo | --connection-file FILE | --offline) [--guardians] "
              "[--class CLASS]... [--state STATE]... --output FILE.csv|FILE.pdf [--with-passwords | --sheets]"),
                                options());
}

std::optional<ListOptions> ListCommand::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    auto source = CommandSource::parse(parser, u"list"_s, options(), true, arguments, error);
    if (!source)
        return std::nullopt;
    ListOptions o;
    o.source = *source;
    o.guardians = parser.isSet(u"guardians"_s);
    for (const QString &c : parser.values(u"class"_s))
        o.classes << c.trimmed();
    const auto states = CommandSource::states(parser, error);
    if (!states)
        return std::nullopt;
    o.states = *states;
    o.output = parser.value(u"output"_s);
    o.withPasswords = parser.isSet(u"with-passwords"_s);
    o.sheets = parser.isSet(u"sheets"_s);
    if (o.sheets && (o.withPasswords || !isPdf(o.output))) {
        *error = tr("--sheets writes a PDF (--output FILE.pdf) and never a password (not with --with-passwords).");
        return std::nullopt;
    }
    if (o.output.isEmpty() ||
        !(isPdf(o.output) || o.output.endsWith(u".csv"_s, Qt::CaseInsensitive))) {
        *error = tr("Give the file to write with --output FILE.csv or --output FILE.pdf.");
        return std::nullopt;
    }
    if (o.withPasswords && o.source.offline) {
        *error = tr("--with-passwords needs the server: the passwords are never kept on this computer.");
        return std::nullopt;
    }
    return o;
}

ListCommand::ListCommand(ListOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_out(stdout),
      m_err(stderr)
{
}

ListCommand::~ListCommand() = default;

void ListCommand::say(const QString &message)
{
    m_out << message << Qt::endl;
}

void ListCommand::fail(const QString &message)
{
    m_list.wipe();
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    emit finished(Failure);
}

void ListCommand::start()
{
    auto opened = CommandSource::openCache(m_options.source, m_options.output);
    if (!opened)
        return fail(opened.error().message);
    m_store = opened.takeValue();
    m_source = new CommandSource(m_options.source, m_store.get(), m_out, this);
    connect(m_source, &CommandSource::failed, this, &ListCommand::fail);
    connect(m_source, &CommandSource::ready, this, [this] { makeList(m_source->uai(), m_source->session()); });
    m_source->connectAndSync(m_options.guardians ? std::optional(AccountKind::Guardian) : std::nullopt);
}

void ListCommand::makeList(const QString &uai, Session *session)
{
    const AccountKind kind = m_options.guardians ? AccountKind::Guardian : AccountKind::Student;
    AccountFilter filter;
    filter.setStates(QSet<AccountState>(m_options.states.cbegin(), m_options.states.cend()));
    if (!m_options.classes.isEmpty()) {
        // Class names as the user typed them, matched to the cache's spelling, case aside. For
        // parents, a class means the parents of its pupils (a teacher's list), not the class their
        // letter is filed under (see `letters --guardians`).
        auto pupils = m_store->students(uai);
        if (!pupils)
            return fail(pupils.error().message);
        QSet<QString> classes;
        for (const QString &wanted : std::as_const(m_options.classes)) {
            QStringList known;
            const auto found = resolveClass(wanted, pupils.value(), &known);
            if (!found)
                return fail(tr("No class \"%1\" in this establishment. Classes: %2").arg(wanted, known.join(u", "_s)));
            classes.insert(*found);
        }
        filter.setClasses(classes);
    }
    auto list = accountList(*m_store, uai, kind, filter);
    if (!list)
        return fail(list.error().message);
    m_list = list.takeValue();
    if (m_options.sheets)
        return writeSheets(uai);
    if (!m_options.withPasswords)
        return write();

    say(tr("Fetching the provisional passwords..."));
    auto *fetch = new ListPasswordFetch(session->client(), uai, &m_list, this);
    connect(fetch, &ListPasswordFetch::finished, this, [this](const Result<int> &shown) {
        if (!shown)
            return fail(shown.error().message);
        say(tr("%n provisional password(s) shown; the others were changed by their holders or never issued.",
               nullptr, shown.value()));
        write();
    });
    fetch->start();
}

void ListCommand::writeSheets(const QString &uai)
{
    const int accounts = int(m_list.rows().size());
    const auto pages = writeDistributionSheets(m_list, *m_store, uai, m_options.output);
    m_list.wipe();
    if (!pages)
        return fail(pages.error().message);
    say(tr("Wrote the distribution sheets of %n account(s) to %1 (%2 page(s)).", nullptr, accounts)
            .arg(QDir::toNativeSeparators(QFileInfo(m_options.output).absoluteFilePath()))
            .arg(pages.value()));
    emit finished(Success);
}

void ListCommand::write()
{
    const QString path = QDir::toNativeSeparators(QFileInfo(m_options.output).absoluteFilePath());
    const int rows = int(m_list.rows().size());
    if (isPdf(m_options.output)) {
        auto pages = writeAccountListPdf(m_list, m_options.output);
        if (!pages)
            return fail(pages.error().message);
        say(tr("Wrote %n account(s) to %1 (%2 page(s)).", nullptr, rows).arg(path).arg(pages.value()));
    } else {
        auto written = writeAccountListCsv(m_list, m_options.output);
        if (!written)
            return fail(written.error().message);
        say(tr("Wrote %n account(s) to %1.", nullptr, rows).arg(path));
    }
    m_list.wipe();
    emit finished(Success);
}

} // namespace educonnect
