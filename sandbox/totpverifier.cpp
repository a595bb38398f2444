#include "totpverifier.h"

#include <QMessageAuthenticationCode>
#include <cstring>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QByteArray base32Decode(const QString &text)
{
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        const char *pos = std::strchr(kBase32, c.toUpper().toLatin1());
        if (!pos || c.isNull())
            continue;
        buffer = (buffer << 5) | quint64(pos - kBase32);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

QString codeAt(const QByteArray &key, qint64 step)
{
    uchar counter[8];
    qToBigEndian<quint64>(quint64(step), counter);
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray(reinterpret_cast<const char *>(counter), 8), key, QCryptographicHash::Sha1);
    const int offset = mac.back() & 0x0F;
    quint32 value = qFromBigEndian<quint32>(mac.constData() + offset) & 0x7FFFFFFF;
    return QString::number(value % 1000000).rightJustified(6, u'0');
}

} // namespace

bool verifyTotp(const QString &base32Secret, const QString &code, const QDateTime &now)
{
    const QByteArray key = base32Decode(base32Secret);
    if (key.isEmpty() || code.size() != 6)
        return false;
    const qint64 step = now.toSecsSinceEpoch() / 30;
    for (qint64 s = step - 1; s <= step + 1; ++s) {
        if (codeAt(key, s) == code)
            return true;
    }
    return false;
}

QString newTotpSecret()
{
    QString secret;
    for (int i = 0; i < 32; ++i)
        secret += QLatin1Char(kBase32[QRandomGenerator::system()->bounded(32)]);
    return secret;
}

} // namespace sandbox
