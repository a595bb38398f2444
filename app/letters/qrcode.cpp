#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace educonnect {

QrCode QrCode::encode(const QString &text)
{
    QrCode result;
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return result;
    constexpr int quiet = 4;
    result.m_modules = code->width + 2 * quiet;
    const int pixels = result.m_modules * kPixelsPerModule;
    QImage image(pixels, pixels, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        const unsigned char *row = code->data + y * code->width;
        for (int x = 0; x < code->width; ++x) {
            if (!(row[x] & 1))
                continue;
            for (int py = 0; py < kPixelsPerModule; ++py) {
                for (int px = 0; px < kPixelsPerModule; ++px)
                    image.setPixel((x + quiet) * kPixelsPerModule + px, (y + quiet) * kPixelsPerModule + py, 1);
            }
        }
    }
    result.m_image = image;
    return result;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (!isNull())
        painter.drawImage(target, m_image); // the same QImage each time: one copy in the PDF
}

} // namespace educonnect
