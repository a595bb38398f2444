#include "totp.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace educonnect {

Result<QByteArray> decodeBase32(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        if (c == u' ' || c == u'=' || c == u'-')
            continue;
        const char16_t u = c.toUpper().unicode();
        int value;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        else
            return Error{u"base32"_s,
                         QCoreApplication::translate("Totp", "The OTP secret is not valid base32.")};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

QString totpCode(const QByteArray &secret, const QDateTime &at)
{
    const quint64 step = quint64(at.toSecsSinceEpoch()) / 30;
    QByteArray counter(8, '\0');
    qToBigEndian(step, counter.data());
    const QByteArray hmac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = hmac.at(hmac.size() - 1) & 0x0F;
    const quint32 binary = (quint32(uchar(hmac.at(offset)) & 0x7F) << 24) | (quint32(uchar(hmac.at(offset + 1))) << 16)
                           | (quint32(uchar(hmac.at(offset + 2))) << 8) | quint32(uchar(hmac.at(offset + 3)));
    return u"%1"_s.arg(binary % 1000000, 6, 10, QChar(u'0'));
}

} // namespace educonnect
