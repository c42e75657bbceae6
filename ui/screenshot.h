#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace burnrate::ui {

class MainWindow;

// Shows `page` in `window` at `size`, waits until its queries delivered (or `timeoutMs`), and
// grabs the window. A null image and `error` on failure.
QImage renderPage(MainWindow& window, const QString& page, const QSize& size, int timeoutMs, QString* error);
// Distinct colours in an image (sampled), to tell a rendered page from a blank one.
int distinctColours(const QImage& image);

} // namespace burnrate::ui
