#pragma once

#include "sandboxstore.h"
#include "sandboxtypes.h"

#include <QHash>
#include <QJsonObject>

namespace sandbox {

// The wire shapes of docs/api/openapi.yaml (Student, Guardian), written from the sandbox's records.
QJsonObject pupilJson(const PupilRecord &pupil);
// `children` resolves the guardian's children at this school (name and class as they are now).
QJsonObject guardianJson(const GuardianRecord &guardian,
                         const QHash<QString, SandboxStore::PupilSummary> &children);

} // namespace sandbox
