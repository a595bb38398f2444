// Trust as on a school's machine: the real servers use certificates from public CAs that the
// operating system trusts. Run through tests/support/with-system-ca.sh, which puts a test CA in
// the system store (/etc/ssl/certs) of a private mount namespace; the sandbox serves a
// certificate signed by it.

#include "remote/apiclient.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace educonnect;

class TestSystemTrust : public QObject
{
    Q_OBJECT
    testsupport::Sandbox m_public;  // certificate from the CA the system trusts
    testsupport::Sandbox m_private; // certificate from its own CA, which nobody trusts
    QString m_caDir;

    ServerConfig configFor(const testsupport::Sandbox &sandbox) const
    {
        ServerConfig config;
        config.baseUrl = sandbox.info().baseUrl;
        config.retryDelayMs = 50;
        return config;
    }

private slots:
    void initTestCase()
    {
        m_caDir = qEnvironmentVariable("EDUCONNECT_TRUSTED_CA_DIR");
        if (m_caDir.isEmpty())
            QSKIP("run through tests/support/with-system-ca.sh (CTest does)");
        const QDir dir(m_caDir);
        QVERIFY(m_public.start({u"--pupils"_s, u"3"_s, u"--cert"_s, dir.filePath(u"server.pem"_s), u"--key"_s,
                                dir.filePath(u"server.key"_s), u"--ca"_s, dir.filePath(u"ca.pem"_s)}));
        QVERIFY(m_private.start({u"--pupils"_s, u"3"_s}));
        // The CA really is in the store this process sees, as the system's.
        bool found = false;
        const QSslCertificate ca = loadCaCertificates(dir.filePath(u"ca.pem"_s)).value().first();
        for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates())
            found = found || c == ca;
        QVERIFY2(found, "the test CA is not in the system store of this namespace");
    }

    // No --ca: exactly the system store, which knows the public CA.
    void trustsAServerSignedByASystemCa()
    {
        ApiClient client(configFor(m_public));
        const auto user = testsupport::signIn(client, m_public.info());
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
        QVERIFY(client.isSignedIn());
    }

    // --ca adds to the system store, it does not replace it.
    void anExtraCaKeepsTheSystemStore()
    {
        ServerConfig config = configFor(m_public);
        config.extraCaCertificates = loadCaCertificates(m_private.info().caCertificatePath).value();
        ApiClient client(config);
        const auto user = testsupport::signIn(client, m_public.info());
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
        // And the extra CA vouches for its own server.
        config.baseUrl = m_private.info().baseUrl;
        ApiClient other(config);
        QVERIFY(testsupport::signIn(other, m_private.info()).ok());
    }

    void refusesAServerTheSystemDoesNotTrust()
    {
        ApiClient client(configFor(m_private));
        const auto user = testsupport::signIn(client, m_private.info());
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, u"tls"_s);
        QVERIFY(!client.isSignedIn());
    }

    // Demo mode trusts its own sandbox's CA and nothing else, not even the system's CAs.
    void demoModeTrustsOnlyItsSandbox()
    {
        ServerConfig config = configFor(m_public);
        config.trustSystemStore = false;
        config.extraCaCertificates = loadCaCertificates(m_private.info().caCertificatePath).value();
        ApiClient client(config);
        const auto user = testsupport::signIn(client, m_public.info());
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, u"tls"_s);
    }
};

QTEST_GUILESS_MAIN(TestSystemTrust)
#include "tst_system_trust.moc"
