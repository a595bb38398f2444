#pragma once

#include <QString>
#include <QStringView>

namespace educonnect {

// Case- and accent-insensitive form used for searching: "Émile N'Diaye" -> "emile n'diaye".
QString foldForSearch(QStringView text);

} // namespace educonnect
