// educonnect-sandbox: the reference HTTPS server of API v1, for tests, demos and staff training.

#include "demodata.h"
#include "faults.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "tlsidentity.h"
#include "totpverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <thread>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace sandbox;

namespace {

// Whatever this process creates (database, certificates, connection file) is the user's alone.
void restrictFilesToOwner()
{
#ifndef Q_OS_WIN
    umask(077);
#endif
}

int fail(const QString &message)
{
    QTextStream(stderr) << "educonnect-sandbox: " << message << Qt::endl;
    return 1;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

QString randomSecret(int length)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return s;
}

// Fills an empty sandbox: the establishment, its pupils and their guardians, and the demo staff
// accounts.
bool populate(SandboxStore &store, const QCommandLineParser &args, QString *error)
{
    DemoDataGenerator generator(args.value(u"seed"_s).toUInt(), QDate::currentDate());
    DemoData data;
    if (args.isSet(u"import"_s)) {
        EstablishmentRecord establishment;
        QList<ImportedPupil> pupils;
        if (!readImportFile(args.value(u"import"_s), &establishment, &pupils, error))
            return false;
        data = generator.fromImport(establishment, pupils);
    } else {
        bool ok = false;
        const int count = args.value(u"pupils"_s).toInt(&ok);
        bool secondOk = false;
        const int second = args.value(u"second-establishment"_s).toInt(&secondOk);
        if (!secondOk || second < 0 || second > 200000) {
            *error = u"--second-establishment must be a number between 0 and 200000"_s;
            return false;
        }
        if (!ok || count < 0 || count > 200000) {
            *error = u"--pupils must be a number between 0 and 200000"_s;
            return false;
        }
        data = generator.generate(count);
    }
    if (!store.beginTransaction()) {
        *error = u"cannot start a transaction"_s;
        return false;
    }
    bool ok = store.saveEstablishment(data.establishment) && store.saveAccounts(data.pupils, data.guardians);
    // The head may also run a second school (--second-establishment): her choice on Accueil.
    QStringList headUais{data.establishment.uai};
    const int secondCount = args.value(u"second-establishment"_s).toInt();
    if (secondCount > 0) {
        const DemoData second = generator.generate(secondCount, DemoDataGenerator::secondDemoEstablishment());
        ok = ok && store.saveEstablishment(second.establishment) && store.saveAccounts(second.pupils, second.guardians);
        headUais << second.establishment.uai;
    }
    ok = ok && store.saveUser(UserRecord{u"cheffe.demo"_s, randomSecret(16), newTotpSecret(),
                                         u"Claire Morvan"_s, {u"chef_etablissement"_s}, headUais});
    ok = ok && store.saveUser(UserRecord{u"deleg.demo"_s, randomSecret(16), newTotpSecret(),
                                         u"Yves Kerjean"_s, {u"deleg_ce"_s}, {data.establishment.uai}});
    if (!ok || !store.commit()) {
        store.rollback();
        *error = u"cannot store the demo data"_s;
        return false;
    }
    return true;
}

// --remove-account: pupils leave and parents' links go, as the school's own data feed would do;
// the next incremental syncs list them in `removed`.
bool removeAccounts(SandboxStore &store, const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    if (!store.beginTransaction()) {
        *error = u"cannot start a transaction"_s;
        return false;
    }
    for (const QString &id : ids) {
        const bool removed = id.startsWith(u'R') ? store.removeGuardian(id) : store.removePupil(id);
        if (!removed) {
            store.rollback();
            *error = u"--remove-account: no account %1 (pupils E…, guardians R…)"_s.arg(id);
            return false;
        }
    }
    if (!store.commit()) {
        *error = u"cannot remove the accounts"_s;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    restrictFilesToOwner();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"educonnect-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUCONNECT_VERSION));

    QCommandLineParser args;
    args.setApplicationDescription(u"Reference HTTPS server of the EduConnect administration API v1 "
                                   u"(fictional demo data)."_s);
    args.addHelpOption();
    args.addVersionOption();
    args.addOptions({
        {u"port"_s, u"TCP port (0 = any free port)."_s, u"N"_s, u"0"_s},
        {u"bind"_s, u"Address to listen on."_s, u"ADDRESS"_s, u"127.0.0.1"_s},
        {u"data-dir"_s, u"Persistent data folder (SQLite, certificates)."_s, u"DIR"_s},
        {u"connection-file"_s, u"Write the base URL, CA path and demo account here (JSON)."_s, u"PATH"_s},
        {u"seed"_s, u"Seed of the demo data generator."_s, u"N"_s, u"1"_s},
        {u"pupils"_s, u"Number of demo pupils."_s, u"N"_s, u"900"_s},
        {u"second-establishment"_s,
         u"Also generate a second establishment of N pupils, managed by the head account only (0: none)."_s,
         u"N"_s, u"0"_s},
        {u"import"_s, u"Load pupils (and their guardians) from this JSON file instead of generating them."_s,
         u"FILE"_s},
        {u"remove-account"_s,
         u"Remove this pupil (E…) or guardian (R…) account at start-up, as if it had left the school "
         u"(repeatable; tests and training)."_s,
         u"ID"_s},
        {u"cert"_s, u"Server certificate (PEM) instead of a generated one."_s, u"FILE"_s},
        {u"key"_s, u"Private key (PEM, EC) of --cert."_s, u"FILE"_s},
        {u"ca"_s, u"CA certificate (PEM) that signed --cert, for the connection file."_s, u"FILE"_s},
        {u"batch-validity-seconds"_s,
         u"Batches can be fetched again for N seconds (tests; default 3 months)."_s, u"N"_s},
        {u"stop-on-stdin-eof"_s, u"Quit when standard input closes (the parent process is gone)."_s},
        {u"fault"_s,
         u"Tests only: misbehave as ROUTE:ACTION[:ARGUMENT]:WHEN, e.g. students:status:500:1 or "
         u"notifications:drop-response:2x3 (repeatable; see docs/sandbox.md)."_s,
         u"SPEC"_s},
    });
    args.process(app);

    QList<Fault> faults;
    for (const QString &spec : args.values(u"fault"_s)) {
        QString error;
        const auto fault = parseFault(spec, &error);
        if (!fault)
            return fail(error);
        faults << *fault;
    }

    // The sandbox's data holds its accounts' passwords and TOTP secrets: a folder of the user's
    // own (never a shared /tmp path), readable by the user only.
    QString dataDir = args.value(u"data-dir"_s);
    if (dataDir.isEmpty())
        dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"data"_s);
    if (!QDir().mkpath(dataDir))
        return fail(u"cannot create %1"_s.arg(dataDir));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir dir(dataDir);

    QString error;
    SandboxStore store;
    if (!store.open(dir.filePath(u"sandbox.sqlite"_s), &error))
        return fail(u"cannot open the sandbox database: "_s + error);
    if (store.isEmpty()) {
        if (!populate(store, args, &error))
            return fail(error);
    } else if (args.isSet(u"import"_s)) {
        QTextStream(stderr) << "educonnect-sandbox: " << dataDir
                            << " already holds data; --import is ignored (use an empty --data-dir)" << Qt::endl;
    }
    if (!removeAccounts(store, args.values(u"remove-account"_s), &error))
        return fail(error);

    TlsIdentity identity;
    QString caPath = dir.filePath(u"ca.pem"_s);
    if (args.isSet(u"cert"_s)) {
        identity.serverCertificatePem = readFile(args.value(u"cert"_s), &error);
        identity.serverKeyPem = readFile(args.value(u"key"_s), &error);
        if (args.isSet(u"ca"_s))
            caPath = QFileInfo(args.value(u"ca"_s)).absoluteFilePath();
        identity.caCertificatePem = readFile(caPath, &error);
        if (!error.isEmpty())
            return fail(error);
    } else {
        // A fresh CA at every start: only clients told about this run's CA can connect.
        if (!generateTlsIdentity(&identity, &error) || !writeFile(caPath, identity.caCertificatePem, &error))
            return fail(error);
    }

    SandboxServer server(&store);
    server.setOutboxFile(dir.filePath(u"outbox.jsonl"_s)); // the e-mails it would have sent
    server.setFaults(faults);
    if (!faults.isEmpty())
        QTextStream(stderr) << "educonnect-sandbox: " << faults.size() << " fault switch(es) on" << Qt::endl;
    if (args.isSet(u"batch-validity-seconds"_s))
        server.setBatchValiditySeconds(args.value(u"batch-validity-seconds"_s).toLongLong());
    bool portOk = false;
    const quint16 requested = args.value(u"port"_s).toUShort(&portOk);
    if (!portOk)
        return fail(u"--port must be a number between 0 and 65535"_s);
    const QHostAddress address(args.value(u"bind"_s));
    const quint16 port = server.listen(address, requested, identity, &error);
    if (port == 0)
        return fail(error);

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString())
                                                                              : address.toString();
    const QString baseUrl = u"https://%1:%2"_s.arg(host).arg(port);
    const QList<UserRecord> users = store.users();
    const UserRecord head = users.isEmpty() ? UserRecord{} : users.first();
    // Every demo account, for role tests and training.
    QJsonArray accounts;
    for (const UserRecord &u : users)
        accounts.append(QJsonObject{{u"login"_s, u.login},
                                    {u"password"_s, u.password},
                                    {u"totpSecret"_s, u.totpSecretBase32},
                                    {u"roles"_s, QJsonArray::fromStringList(u.roles)}});
    if (args.isSet(u"connection-file"_s)) {
        const QJsonObject connection{
            {u"baseUrl"_s, baseUrl},
            {u"caCertificate"_s, caPath},
            {u"login"_s, head.login},
            {u"password"_s, head.password},
            {u"totpSecret"_s, head.totpSecretBase32},
            {u"uai"_s, head.uais.value(0)},
            {u"accounts"_s, accounts},
        };
        if (!writeFile(args.value(u"connection-file"_s), QJsonDocument(connection).toJson(), &error))
            return fail(error);
    }
    if (args.isSet(u"stop-on-stdin-eof"_s)) {
        // A sandbox started by the app or a test must not outlive it, even after a crash.
        std::thread([&app]() {
            while (std::fgetc(stdin) != EOF) {
            }
            QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
        }).detach();
    }
    QTextStream(stdout) << "READY " << baseUrl << Qt::endl;
    return app.exec();
}
