#pragma once

#include <QList>
#include <QStringList>

namespace educonnect {

// The cache's forward-only migrations: entry N-1 takes the schema from version N-1 to N. Each runs
// in one transaction with its PRAGMA user_version (Store::migrate).
const QList<QStringList> &cacheMigrations();

} // namespace educonnect
