#include "ui/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace burnrate::ui {

namespace {
bool g_systemDark = false;
bool g_captured = false;
bool g_dark = false;
bool g_highContrast = false;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xec, 0xee, 0xf1));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Link, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcc, 0xd2));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x25, 0x29));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2e, 0x31, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6a, 0xc8)); // white on it: 5.2:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2e, 0x31, 0x36));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x6f, 0x9f, 0xd8));
    p.setColor(QPalette::Mid, QColor(0x45, 0x49, 0x50));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x43));
    p.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x19));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x75, 0x7b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x75, 0x7b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x75, 0x7b));
    return p;
}
// Every text/ground pair at least 7:1 (WCAG AAA); selection and links in colours that do not rely on hue alone.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0), white(0xff, 0xff, 0xff), yellow(0xff, 0xe0, 0x00), grey(0xc0, 0xc0, 0xc0);
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, white);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::Link, QColor(0x7f, 0xdb, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xd0, 0xa8, 0xff));
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, grey);
    p.setColor(QPalette::Mid, white);
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    for (auto role : { QPalette::Text, QPalette::ButtonText, QPalette::WindowText })
        p.setColor(QPalette::Disabled, role, QColor(0xa8, 0xa8, 0xa8)); // >= 7:1 on black and on AlternateBase
    return p;
}
} // namespace

ThemeChoice themeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    if (name == QLatin1String("high-contrast"))
        return ThemeChoice::HighContrast;
    return ThemeChoice::System;
}

QString themeName(ThemeChoice t)
{
    switch (t) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::HighContrast:
        return QStringLiteral("high-contrast");
    case ThemeChoice::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

void applyTheme(ThemeChoice choice)
{
    if (!g_captured) {
        // Qt 6.4 has no colour-scheme API: judge the platform's palette once, before we replace it.
        g_systemDark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        g_captured = true;
    }
    g_highContrast = choice == ThemeChoice::HighContrast;
    g_dark = g_highContrast || choice == ThemeChoice::Dark || (choice == ThemeChoice::System && g_systemDark);
    if (!QApplication::style() || QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(g_highContrast ? highContrastPalette() : g_dark ? darkPalette() : lightPalette());
    // Style sheets resolve palette(...) when a widget is polished: without this a live switch leaves the
    // sidebar, chips and badges in the old theme's colours until restart.
    for (QWidget* w : QApplication::allWidgets()) {
        const QString sheet = w->styleSheet();
        if (sheet.contains(QLatin1String("palette("))) {
            w->setStyleSheet(QString());
            w->setStyleSheet(sheet);
        }
    }
}

bool isDarkTheme()
{
    return g_dark;
}

bool isHighContrastTheme()
{
    return g_highContrast;
}

QIcon pageIcon(const QString& page)
{
    QString glyph;
    if (page == QLatin1String("overview"))
        glyph = QStringLiteral("\u25A6"); // square with grid
    else if (page == QLatin1String("costs"))
        glyph = QStringLiteral("$");
    else if (page == QLatin1String("requests"))
        glyph = QStringLiteral("\u2630"); // trigram: lines of a list
    else if (page == QLatin1String("cache"))
        glyph = QStringLiteral("\u21BB"); // clockwise arrow
    else if (page == QLatin1String("sources"))
        glyph = QStringLiteral("\u21C4"); // arrows left-right
    else if (page == QLatin1String("budgets"))
        glyph = QStringLiteral("\u25D4"); // circle with a quarter filled: a gauge
    else if (page == QLatin1String("quality"))
        glyph = QStringLiteral("\u2605"); // black star
    else if (page == QLatin1String("savings"))
        glyph = QStringLiteral("\u2198"); // south east arrow: spend going down
    else if (page == QLatin1String("prices"))
        glyph = QStringLiteral("\u00A4"); // currency sign
    else
        glyph = QStringLiteral("\u2699"); // gear
    // The selected row's icon in the selection's text colour (black on the high-contrast theme's yellow).
    auto draw = [&glyph](QPalette::ColorRole role) {
        QPixmap pm(48, 48);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        QFont f = QApplication::font();
        f.setPixelSize(36);
        f.setBold(true);
        p.setFont(f);
        p.setPen(QApplication::palette().color(role));
        p.drawText(QRect(0, 0, 48, 48), Qt::AlignCenter, glyph);
        p.end();
        return pm;
    };
    QIcon icon(draw(QPalette::WindowText));
    icon.addPixmap(draw(QPalette::HighlightedText), QIcon::Selected);
    return icon;
}

} // namespace burnrate::ui
