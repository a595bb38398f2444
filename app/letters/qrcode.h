#pragma once

#include <QImage>
#include <QString>

namespace educonnect {

// A QR code of `text` (level M) as a 1-bit image, one pixel per module, with the 4-module quiet
// zone. Null if the text cannot be encoded. Letters only ever encode the activation URL, never a
// password: a photo of the letter must not give the account away.
QImage qrCodeImage(const QString &text);

} // namespace educonnect
