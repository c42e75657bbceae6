#include "ui/screenshot.h"

#include "ui/mainwindow.h"
#include "ui/pages/page.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace burnrate::ui {

QImage renderPage(MainWindow& window, const QString& pageId, const QSize& size, int timeoutMs, QString* error)
{
    Page* page = window.page(pageId);
    if (!page) {
        if (error)
            *error = QObject::tr("unknown page \"%1\"").arg(pageId);
        return {};
    }
    window.resize(size);
    window.show();
    window.showPage(pageId);
    if (page->isDirty())
        page->refresh();
    QElapsedTimer timer;
    timer.start();
    while (!page->isIdle() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QObject::connect(page, &Page::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!page->isIdle()) {
        if (error)
            *error
                = QObject::tr("the %1 page did not finish its queries within %2 s").arg(pageId).arg(timeoutMs / 1000);
        return {};
    }
    // Let layouts and chart geometry settle after the results arrived.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return window.grab().toImage();
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    const int stepX = std::max(1, image.width() / 200);
    const int stepY = std::max(1, image.height() / 200);
    for (int y = 0; y < image.height(); y += stepY)
        for (int x = 0; x < image.width(); x += stepX)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace burnrate::ui
