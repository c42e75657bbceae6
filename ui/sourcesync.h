#pragma once

#include "ui/backgroundtask.h"

#include <QString>

namespace burnrate::ui {

// The sync job of one source, run inside a BackgroundTask on a worker thread: reads the key from
// the keychain (timeout, then the environment variable), opens its own read-write connection and
// polls. Returns an error text (empty on success).
QString runSourceSync(
    const QString& databasePath, const QString& sourceName, const BackgroundTask::Context& ctx, QString& summary);

} // namespace burnrate::ui
