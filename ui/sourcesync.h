#pragma once

#include "ui/backgroundtask.h"

#include <QString>

namespace burnrate::ui {

// The sync job of one source, run inside a BackgroundTask on a worker thread: reads the key from
// the keychain (timeout, then the environment variable), opens its own read-write connection and
// polls. Returns an error text (empty on success).
QString runSourceSync(
    const QString& databasePath, const QString& sourceName, const BackgroundTask::Context& ctx, QString& summary);

// Whether Sync now / the scheduler can poll a source of this type (file imports and the demo cannot).
bool canSync(const std::string& sourceType);

// A stored sync error as the dashboard says it: the core's hints name command-line flags (--key-env), the
// dashboard names its own fields (the source's Edit dialog) instead.
QString guiSourceError(const QString& error);

} // namespace burnrate::ui
