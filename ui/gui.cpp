#include "ui/gui.h"

#include "export/terminal.h"
#include "store/database.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/pages/settingspage.h"
#include "ui/screenshot.h"
#include "ui/singleinstance.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <exception>

namespace burnrate::ui {

namespace {

double g_firstPaintMs = 0;

struct GuiOptions
{
    QString db, screenshot, page = QStringLiteral("overview"), theme, lang;
    QSize size { 1280, 800 };
};

int fail(const QString& message)
{
    // The message may echo a page name, a path or a database error: print it terminal-safe.
    std::fprintf(stderr, "burnrate: %s\n", terminalSafe(message.toStdString()).c_str());
    return 1;
}

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir(QDir::homePath()).filePath(QStringLiteral(".burnrate")); // no data location known
    return dir + QStringLiteral("/burnrate.db");
}

bool parse(const QStringList& args, GuiOptions& o, QString& error)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& out) {
            if (i + 1 >= args.size()) {
                error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            out = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--db")) {
            if (!value(o.db))
                return false;
        } else if (a == QLatin1String("--screenshot")) {
            if (!value(o.screenshot))
                return false;
        } else if (a == QLatin1String("--page")) {
            if (!value(o.page))
                return false;
        } else if (a == QLatin1String("--theme")) {
            if (!value(o.theme))
                return false;
            if (o.theme != QLatin1String("light") && o.theme != QLatin1String("dark")
                && o.theme != QLatin1String("high-contrast") && o.theme != QLatin1String("system")) {
                error = QStringLiteral("--theme must be light, dark or high-contrast");
                return false;
            }
        } else if (a == QLatin1String("--lang")) {
            if (!value(o.lang))
                return false;
            if (o.lang != QLatin1String("system") && !shippedLanguages().contains(o.lang)) {
                error
                    = QStringLiteral("--lang must be %1 or system").arg(shippedLanguages().join(QStringLiteral(", ")));
                return false;
            }
        } else if (a == QLatin1String("--size")) {
            if (!value(v))
                return false;
            const QStringList wh = v.split(QLatin1Char('x'));
            bool ok1 = false, ok2 = false;
            const int w = wh.value(0).toInt(&ok1), h = wh.value(1).toInt(&ok2);
            if (wh.size() != 2 || !ok1 || !ok2 || w < 320 || h < 240 || w > 8000 || h > 8000) {
                error = QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1280x800");
                return false;
            }
            o.size = QSize(w, h);
        } else if (a.startsWith(QLatin1String("-platform")) || a.startsWith(QLatin1String("-style"))) {
            ++i; // Qt's own options
        }
    }
    return true;
}

// BURNRATE_UI_TIMING=1 with --screenshot: start-up and update latencies for bench notes.
void printTimings(MainWindow& w, const QString& pageId, const QElapsedTimer& started)
{
    Page* page = w.page(pageId);
    const qint64 total = started.elapsed();
    auto waitIdle = [page] {
        QElapsedTimer t;
        t.start();
        while (!page->isIdle() && t.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        return t.nsecsElapsed() / 1e6;
    };
    QElapsedTimer t;
    t.start();
    w.state()->setRange(DashboardState::Range::Last7Days);
    const double rangeMs = t.nsecsElapsed() / 1e6 + waitIdle();
    t.restart();
    w.state()->addChip({ QStringLiteral("tenant"), QStringLiteral("acme") });
    const double chipMs = t.nsecsElapsed() / 1e6 + waitIdle();
    std::fprintf(stderr,
        "timing: start-up to first paint %.1f ms, to %s page complete %lld ms; range change %.1f ms; "
        "filter chip %.1f ms\n",
        g_firstPaintMs, qPrintable(pageId), static_cast<long long>(total), rangeMs, chipMs);
}

int run(int& argc, char** argv, const QStringList& arguments)
{
    QElapsedTimer started;
    started.start();
    GuiOptions o;
    QString error;
    if (!parse(arguments, o, error))
        return fail(error);
    const bool screenshot = !o.screenshot.isEmpty();
    if (screenshot) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // before QApplication: no display needed
        // Scripts get exactly one line on failure: Qt's own chatter ("propagateSizeHints", XDG
        // runtime dir) would drown it.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(msg));
        });
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/burnrate.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.burnrate.Burnrate"));
    if (o.db.isEmpty())
        o.db = QSettings().value(QStringLiteral("settings/database"), defaultDatabasePath()).toString();
    const QString theme = !o.theme.isEmpty()
        ? o.theme
        : (screenshot ? QStringLiteral("light")
                      : QSettings().value(QStringLiteral("settings/theme"), QStringLiteral("system")).toString());
    applyTheme(themeFromName(theme));
    // Screenshots are English unless --lang says otherwise: reproducible whatever the machine's locale.
    applyLanguage(!o.lang.isEmpty() ? o.lang : (screenshot ? QStringLiteral("en") : storedLanguage()));
    SettingsPage::applyStoredPreferences();

    if (screenshot) {
        if (!QFileInfo::exists(o.db))
            return fail(QStringLiteral("no database at %1").arg(o.db));
        // Migrates a database written by an older version (read-only connections cannot).
        if (auto db = Database::open(o.db.toStdString()); !db)
            return fail(QString::fromStdString(db.error().detail));
        MainWindow::Options wo;
        wo.persist = false;
        wo.schedulePolls = false;
        wo.trayIcon = false;
        wo.welcome = false;
        MainWindow w(o.db, wo);
        if (qEnvironmentVariableIsSet("BURNRATE_UI_TIMING")) {
            w.show();
            QCoreApplication::processEvents();
            // The offscreen platform paints synchronously on grab(): that is the first painted frame.
            (void)w.grab();
            g_firstPaintMs = started.nsecsElapsed() / 1e6;
        }
        if (!w.page(o.page))
            return fail(
                QStringLiteral("unknown page \"%1\" (overview, costs, cache, sources, prices, settings)").arg(o.page));
        QString err;
        const QImage img = renderPage(w, o.page, o.size, 60000, &err);
        if (img.isNull())
            return fail(err);
        if (!img.save(o.screenshot, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(o.screenshot));
        if (qEnvironmentVariableIsSet("BURNRATE_UI_TIMING"))
            printTimings(w, o.page, started);
        return 0;
    }

    // One read-write open before the event loop: creates the database on the first start (user-only
    // permissions) and migrates an older one, which the pages' read-only connections cannot do.
    QDir().mkpath(QFileInfo(o.db).absolutePath());
    // One window per database: a second launch raises the first and exits.
    SingleInstance instance;
    if (instance.claim(o.db) == SingleInstance::Claim::Raised) {
        std::fprintf(stderr, "burnrate: %s is open in another window; raised it\n", qPrintable(o.db));
        return 0;
    }
    if (auto db = Database::open(o.db.toStdString()); !db) {
        QMessageBox::critical(nullptr, QObject::tr("Burnrate"),
            QObject::tr("Cannot open the database %1: %2").arg(o.db, QString::fromStdString(db.error().detail)));
        return 1;
    }
    MainWindow w(o.db, MainWindow::Options {});
    QObject::connect(&instance, &SingleInstance::raiseRequested, &w, &MainWindow::raiseWindow);
    QObject::connect(w.state(), &DashboardState::databaseChanged, &instance,
        [&instance, &w] { instance.claim(w.state()->databasePath(), 0); });
    w.show();
    return app.exec();
}

} // namespace

int runGui(int& argc, char** argv, const QStringList& arguments)
{
    try {
        return run(argc, argv, arguments);
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    } catch (...) {
        return fail(QStringLiteral("unexpected error"));
    }
}

} // namespace burnrate::ui
