// The sandbox's throw-away TLS identity: a CA and a server certificate it signed, read back with
// OpenSSL. Every ECDSA signature has r and s of the curve's full length, because Wine's crypt32
// rejects the (valid) shorter ones and the Windows tests run under Wine against this sandbox.

#include "tlsidentity.h"

#include <QTest>

#include <openssl/bio.h>
#include <openssl/ecdsa.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace sandbox;

namespace {

struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using CertPtr = std::unique_ptr<X509, X509Free>;

CertPtr readPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    CertPtr cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

// The byte lengths of the signature's r and s, or {0, 0} when it is not an ECDSA signature.
std::pair<int, int> signatureLengths(const X509 *cert)
{
    const ASN1_BIT_STRING *signature = nullptr;
    X509_get0_signature(&signature, nullptr, cert);
    const unsigned char *der = ASN1_STRING_get0_data(signature);
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, ASN1_STRING_length(signature));
    if (!sig)
        return {0, 0};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    const std::pair<int, int> lengths{BN_num_bytes(r), BN_num_bytes(s)};
    ECDSA_SIG_free(sig);
    return lengths;
}

} // namespace

class TestSandboxTls : public QObject
{
    Q_OBJECT
private slots:
    // Without the re-signing, about 1 signature in 128 has a short r or s, so 1 identity (two
    // signatures) in 64: 1,000 identities would all pass by chance about once in six million runs.
    void signaturesHaveFullLength()
    {
        for (int i = 0; i < 1000; ++i) {
            TlsIdentity identity;
            QString error;
            QVERIFY2(generateTlsIdentity(&identity, &error), qPrintable(error));
            const CertPtr ca = readPem(identity.caCertificatePem);
            const CertPtr server = readPem(identity.serverCertificatePem);
            QVERIFY(ca && server);
            QCOMPARE(signatureLengths(ca.get()), std::make_pair(32, 32));
            QCOMPARE(signatureLengths(server.get()), std::make_pair(32, 32));
            // Re-signing kept the certificates consistent: the CA signed itself and the server's.
            EVP_PKEY *caKey = X509_get0_pubkey(ca.get());
            QCOMPARE(X509_verify(ca.get(), caKey), 1);
            QCOMPARE(X509_verify(server.get(), caKey), 1);
            QCOMPARE(X509_check_issued(ca.get(), server.get()), X509_V_OK);
        }
    }

    // The server certificate names what clients connect to, and only the CA may sign.
    void serverCertificateFitsLoopback()
    {
        TlsIdentity identity;
        QString error;
        QVERIFY2(generateTlsIdentity(&identity, &error), qPrintable(error));
        const CertPtr ca = readPem(identity.caCertificatePem);
        const CertPtr server = readPem(identity.serverCertificatePem);
        QCOMPARE(X509_check_host(server.get(), "localhost", 0, 0, nullptr), 1);
        QCOMPARE(X509_check_ip_asc(server.get(), "127.0.0.1", 0), 1);
        QCOMPARE(X509_check_ca(ca.get()), 1);
        QCOMPARE(X509_check_ca(server.get()), 0);
        QVERIFY(!identity.serverKeyPem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
