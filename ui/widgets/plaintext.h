#pragma once

#include <QString>

// Server data (names, classes, MEF labels, logins, messages, URLs) is text, never markup or a
// keyboard shortcut. Qt guesses rich text (Qt::mightBeRichText) in tooltips, and reads `&` as a
// mnemonic marker in actions and buttons; these helpers are the one place that says how to show
// such data there. Labels take Qt::PlainText; message boxes go through MessageBox (uiseams.h).

namespace educonnect::ui {

// A tooltip that shows `text` literally, line breaks and spaces included. Empty stays empty (no
// tooltip).
QString plainToolTip(const QString &text);

// `text` for a QAction, QToolButton or QCheckBox: each `&` shows as itself.
QString escapeMnemonics(const QString &text);

} // namespace educonnect::ui
