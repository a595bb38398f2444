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
    result.m_size = code->width + 2 * quiet;
    for (int y = 0; y < code->width; ++y) {
        const unsigned char *row = code->data + y * code->width;
        for (int x = 0; x < code->width;) {
            if (!(row[x] & 1)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code->width && (row[end] & 1))
                ++end;
            result.m_runs.append(QRectF(x + quiet, y + quiet, end - x, 1));
            x = end;
        }
    }
    return result;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // no hairline seams between rows
    painter.translate(target.topLeft());
    painter.scale(target.width() / m_size, target.height() / m_size);
    for (const QRectF &run : m_runs)
        painter.fillRect(run, Qt::black);
    painter.restore();
}

} // namespace educonnect
