#pragma once

#include <QString>

namespace educonnect {

// Sends Qt messages (all categories) to a log file in the data folder, and warnings to stderr.
// Nothing secret is ever logged: the code logs ids and counts, never passwords or tokens.
void installFileLog(const QString &path);

} // namespace educonnect
