#pragma once

#include <QFont>
#include <QStringList>

namespace educonnect {

// The fonts letters are drawn with, bundled in resources/fonts so every machine prints the same.
// Registering is done once, on first use, from any thread.
void registerLetterFonts();

enum class LetterFont { Body, Mono };
// A font of the given kind, size and weight, without ligatures or kerning (text copied or
// extracted from the PDF stays plain, and Latin text skips shaping, which is faster), with
// whole-pixel advances (smaller, faster PDFs).
QFont letterFont(LetterFont kind, qreal points, bool bold = false);

} // namespace educonnect
