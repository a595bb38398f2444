#pragma once

#include "cli/commandsource.h"
#include "config/datapaths.h"
#include "domain/accountfilter.h"
#include "exports/accountlist.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace educonnect {

class ListPasswordFetch;

struct ListOptions
{
    SourceOptions source;
    bool guardians = false;
    QStringList classes;
    QList<AccountState> states; // empty: every state
    QString output;             // .csv or .pdf
    bool withPasswords = false;
    bool sheets = false; // the classes' distribution sheets (PDF) instead of the list
};

// `educonnect-admin list ...`: the pupils' or parents' accounts (of some classes, in some states)
// as CSV or PDF, from the server after a sync or from the cache alone (--offline), with the
// provisional passwords only when asked (--with-passwords, which needs the server), or the
// classes' distribution sheets (--sheets, never a password). The list itself is the workflows'
// (accountList, ListPasswordFetch, sheetSet), shared with the window.
class ListCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 1, Failure = 2 };

    static std::optional<ListOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();

    explicit ListCommand(ListOptions options, QObject *parent = nullptr);
    ~ListCommand() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void makeList(const QString &uai, Session *session);
    void write();
    void writeSheets(const QString &uai);
    void fail(const QString &message);
    void say(const QString &message);

    ListOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Store> m_store;
    CommandSource *m_source = nullptr;
    AccountList m_list;
};

} // namespace educonnect
