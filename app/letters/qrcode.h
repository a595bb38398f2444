#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace educonnect {

// A QR code (level M) as the dark modules, merged into horizontal runs, in module units with the
// 4-module quiet zone included in size(). Drawn as vector rectangles: crisp on any printer and at
// any zoom, where a scaled bitmap gets blurred. Letters only ever encode the activation URL, never
// a password: a photo of the letter must not give the account away.
class QrCode
{
public:
    static QrCode encode(const QString &text); // null if the text cannot be encoded

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    // Paints the code filling `target` (a square), black on white.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    QList<QRectF> m_runs;
};

} // namespace educonnect
