#pragma once

#include <QStringList>

namespace burnrate::ui {

// Starts the dashboard (or renders one page offscreen with --screenshot); returns the exit code.
int runGui(int& argc, char** argv, const QStringList& arguments);

} // namespace burnrate::ui
