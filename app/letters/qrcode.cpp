#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace educonnect {

QImage qrCodeImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage image(size, size, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        const unsigned char *row = code->data + y * code->width;
        for (int x = 0; x < code->width; ++x) {
            if (row[x] & 1)
                image.setPixel(x + quiet, y + quiet, 1);
        }
    }
    return image;
}

} // namespace educonnect
