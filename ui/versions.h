#pragma once

#include <QString>

namespace burnrate::ui {

// Library versions for Help > About (asked through the engine; the ui opens neither SQLite nor curl).
QString sqliteVersion();
QString curlVersion();

} // namespace burnrate::ui
