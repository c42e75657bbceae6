#pragma once
// What the GUI tests share: a main window that neither persists settings nor polls nor shows a tray icon, and
// waiting for a page's queries to deliver.

#include "model/timeutil.h"
#include "ui/dashboardstate.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"

#include <QElapsedTimer>
#include <QString>
#include <QTest>

#include <memory>

namespace burnrate::test {

// A window on `db` whose "now" is pinned (ranges are then deterministic); now 0 keeps the clock.
inline std::unique_ptr<ui::MainWindow> quietWindow(const QString& db, Epoch now = 0)
{
    ui::MainWindow::Options o;
    o.persist = false;
    o.schedulePolls = false;
    o.trayIcon = false;
    o.welcome = false;
    auto w = std::make_unique<ui::MainWindow>(db, o);
    if (now)
        w->state()->setNow(now);
    return w;
}

// Waits (processing events) until every query `page` dispatched has delivered; false after `ms`.
inline bool waitIdle(ui::Page* page, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!page->isIdle() && t.elapsed() < ms)
        QTest::qWait(10);
    return page->isIdle();
}

} // namespace burnrate::test
