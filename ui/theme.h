#pragma once

#include <QIcon>
#include <QString>

namespace burnrate::ui {

enum class ThemeChoice
{
    System,
    Light,
    Dark,
    HighContrast // white on black, yellow selection: for low vision (WCAG AAA contrast)
};

ThemeChoice themeFromName(const QString& name); // "system", "light", "dark", "high-contrast"
QString themeName(ThemeChoice t);
// Applies Fusion with a light or dark palette; System follows the palette the platform gave at start-up.
void applyTheme(ThemeChoice choice);
bool isDarkTheme(); // also true for the high-contrast theme (dark ground)
bool isHighContrastTheme();

// Sidebar icons drawn from glyphs in the palette's text colour (no icon theme needed offscreen).
QIcon pageIcon(const QString& page);

} // namespace burnrate::ui
