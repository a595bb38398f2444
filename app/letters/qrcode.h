#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace educonnect {

// A QR code (level M) with its 4-module quiet zone, drawn as a 1-bit image of 8 pixels per module.
// The same image on every page is embedded once in a PDF (Qt keys images by cacheKey()), so a QR
// code costs almost nothing per letter; 8 pixels per module keep the edges sharp when a printer or
// viewer scales it. Letters only ever encode the activation URL, never a password: a photo of the
// letter must not give the account away.
class QrCode
{
public:
    static QrCode encode(const QString &text); // null if the text cannot be encoded

    bool isNull() const { return m_image.isNull(); }
    int modules() const { return m_modules; } // quiet zone included
    const QImage &image() const { return m_image; }
    // Paints the code filling `target` (a square), black on white.
    void paint(QPainter &painter, const QRectF &target) const;

    static constexpr int kPixelsPerModule = 8;

private:
    int m_modules = 0;
    QImage m_image;
};

} // namespace educonnect
