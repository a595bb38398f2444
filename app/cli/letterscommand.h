#pragma once

#include "cli/commandsource.h"
#include "config/datapaths.h"
#include "cache/store.h"
#include "domain/accountstate.h"
#include "domain/credentials.h"
#include "letters/letterrenderer.h"
#include "remote/apiclient.h"
#include "remote/connectioninfo.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace educonnect {

class NotificationRun;

struct LettersOptions
{
    SourceOptions source;
    QString className;
    bool guardians = false;     // the parent accounts filed under the class instead of its pupils
    QList<AccountState> states; // empty: every state
    bool reset = false;
    QString reprintRun; // print a run's letters again instead of notifying
    QString resumeRun;  // finish a run that stopped part-way, then write all its letters
    // Exactly one destination: a PDF file, a folder of per-class PDFs, or a printer.
    QString output;
    QString splitFolder;
    QString printer;
    bool jobPerClass = false;
    RenderOptions render;
};

// `educonnect-admin letters ...`: sign in, sync, (re)notify every pupil of a class, or with
// --guardians every parent account of the class's pupils (optionally of some states), and write
// their letters. Or resume a run that stopped part-way, or print a run's letters again. The flows
// themselves are the workflows' (Session, NotificationRun, letterSet), shared with the window.
// Prints what it did; exit code 0 on success.
class LettersCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 1, Failure = 2 };

    // Parses the arguments after "letters"; on error, `error` says why.
    static std::optional<LettersOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();

    LettersCommand(LettersOptions options, QObject *parent = nullptr);
    ~LettersCommand() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void connected();
    void notifyClass();
    void resume();
    void runNotification(std::unique_ptr<NotificationRun> run);
    void reprint();
    void writeLetters();
    // The command that resumes `runId` with this command's source and destination.
    QString resumeCommand(const QString &runId) const;
    void fail(const QString &message);
    void say(const QString &message);

    LettersOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    CommandSource *m_source = nullptr;
    Session *m_session = nullptr; // m_source's, once signed in
    NotificationRun *m_run = nullptr;
    std::unique_ptr<Store> m_store;
    QString m_uai;
    QList<Student> m_pupils;
    CredentialBatch m_batch;
    AccountKind m_kind = AccountKind::Student; // of the run being written
    QString m_runId;
};

} // namespace educonnect
