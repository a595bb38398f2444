#include "tlsidentity.h"

#include <openssl/bio.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

template <typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

KeyPtr newKey()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

// True when the certificate's ECDSA signature has r and s of the curve's full 32 bytes.
//
// About 1 signature in 64 has a shorter r or s (a leading zero byte, dropped by DER). The
// standard allows it, but Wine's crypt32 (8.0) lays r and s end to end at their encoded lengths
// before verifying, so it rejects such a certificate: "The signature of the certificate is
// invalid" under Wine's Schannel, the intermittent failure of the Windows tests. Signing again
// (ECDSA signatures are randomised) gives a signature every verifier accepts.
bool hasFullLengthSignature(const X509 *cert)
{
    const ASN1_BIT_STRING *signature = nullptr;
    X509_get0_signature(&signature, nullptr, cert);
    if (!signature)
        return false;
    const unsigned char *der = ASN1_STRING_get0_data(signature);
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, ASN1_STRING_length(signature));
    if (!sig)
        return false;
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    const bool full = BN_num_bytes(r) == 32 && BN_num_bytes(s) == 32;
    ECDSA_SIG_free(sig);
    return full;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

CertPtr newCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey, bool isCa)
{
    CertPtr cert(X509_new());
    if (!cert)
        return nullptr;
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 365);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("EduConnect Sandbox"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName), -1,
                               -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));

    bool ok = true;
    if (isCa) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        ok = ok && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok)
        return nullptr;
    for (int attempt = 0; attempt < 64; ++attempt) {
        if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
            return nullptr;
        if (hasFullLengthSignature(cert.get()))
            return cert;
    }
    return nullptr; // 64 short signatures in a row: the signer is broken
}

QByteArray toPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray toPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

} // namespace

bool generateTlsIdentity(TlsIdentity *identity, QString *error)
{
    KeyPtr caKey = newKey();
    KeyPtr serverKey = newKey();
    if (!caKey || !serverKey) {
        *error = u"cannot generate keys"_s;
        return false;
    }
    // Each sandbox's CA has a name of its own: a client that met another sandbox (a certificate
    // cache, e.g. Windows' chain engine) must not take one CA for the other.
    unsigned char tag[4];
    RAND_bytes(tag, sizeof tag);
    const QByteArray caName = "EduConnect Sandbox CA " + QByteArray(reinterpret_cast<const char *>(tag), sizeof tag).toHex();
    CertPtr ca = newCertificate(caKey.get(), caName.constData(), nullptr, nullptr, true);
    if (!ca) {
        *error = u"cannot create the CA certificate"_s;
        return false;
    }
    CertPtr server = newCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), false);
    if (!server) {
        *error = u"cannot create the server certificate"_s;
        return false;
    }
    identity->caCertificatePem = toPem(ca.get());
    identity->serverCertificatePem = toPem(server.get());
    identity->serverKeyPem = toPem(serverKey.get());
    return true;
}

} // namespace sandbox
