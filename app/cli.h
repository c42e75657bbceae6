#pragma once

#include <QStringList>

namespace burnrate::app {

// True when the arguments name a headless command (no display needed).
bool isCliInvocation(const QStringList& arguments);
// Runs a headless command; returns the process exit code.
int runCli(const QStringList& arguments);
// The database path: --db, else the default in the user's data folder.
QString databasePath(const QString& fromOption);

} // namespace burnrate::app
