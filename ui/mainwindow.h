#pragma once

#include "demo/demodata.h"
#include "ui/dashboardstate.h"
#include "ui/pages/costspage.h"
#include "ui/savedviews.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QSystemTrayIcon;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTimer;
QT_END_NAMESPACE

namespace burnrate::ui {

class BackgroundTask;
class BudgetMonitor;
class FilterBar;
class ImportResultDialog;
class Page;
class QueryRunner;
class SourceBanner;
class WelcomePanel;

// The dashboard window: sidebar of pages, global time range and filter chips, status bar, menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool persist = true; // read and write QSettings (off for --screenshot and tests)
        bool schedulePolls = true; // run due sources and budget checks in the background
        bool trayIcon = true; // a system-tray icon with the unacknowledged budget alerts (off for tests)
        bool welcome = true; // the first-run panel while the database is empty (off for --screenshot and tests)
    };

    MainWindow(const QString& databasePath, const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    DashboardState* state() const
    {
        return m_state;
    }
    const QList<Page*>& pages() const
    {
        return m_pages;
    }
    Page* page(const QString& id) const;
    Page* currentPage() const;
    bool showPage(const QString& id);
    void setDark(bool dark);
    BackgroundTask* tasks() const
    {
        return m_tasks;
    }
    // View > Back (Alt+Left), enabled while the current page can step back (tests).
    QAction* backAction() const
    {
        return m_backAction;
    }

    void openDatabase(const QString& path);
    // Creates an empty database at `path` (refused when the file exists) and opens it.
    void newDatabase(const QString& path);
    // Most recent first, at most kMaxRecent; kept in QSettings (recent/databases) when persisting.
    QStringList recentDatabases() const
    {
        return m_recent;
    }
    static constexpr int kMaxRecent = 8;

    // Saved views (ui/savedviews.h): the current page, range, granularity, chips and the Costs grouping and lens.
    SavedView currentView(const QString& name) const;
    void applyView(const SavedView& view);
    void saveCurrentView(const QString& name);
    void manageViews();
    void importLogs();
    // Imports request logs in the background, then shows the result dialog (counts, quarantined rows).
    void importLogFiles(const QStringList& files);
    // File > Import history.
    void showImportHistory();
    // The result dialog of the last import, while it is open (tests).
    ImportResultDialog* lastImportResult() const;
    void importPrices();
    void exportCsv(CostsPage::CsvShape shape);
    void refreshStatus();
    // Runs a source's sync through the background task (Sources page, scheduler).
    void syncSource(const QString& name);
    // The bar at the top naming the sources whose last sync failed (tests).
    SourceBanner* sourceBanner() const
    {
        return m_sourceBanner;
    }
    // The first-run panel, shown instead of the dashboard while the database holds no usage and no source.
    WelcomePanel* welcomePanel() const
    {
        return m_welcome;
    }
    bool isShowingWelcome() const;
    // Opens the demo database beside the current one, generating it first in the background if needed.
    void exploreDemo(const DemoOptions& options = {});
    // Brings the window to the front (a second launch on the same database, the tray).
    void raiseWindow();
    // Closing the window while budget alerts run in the tray hides it (Settings: "Keep running in the tray").
    static bool closesToTray();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QPointer<ImportResultDialog> m_lastImportResult;
    void addPage(Page* page);
    void buildMenus();
    void buildStatusBar();
    void buildBudgetAlerts();
    QIcon trayIcon(int unacknowledged) const;
    void stateChanged();
    void refreshCurrent();
    void pollDueSources();
    void updateTitle();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void rebuildViewsMenu();
    void updateBack();
    void showWelcome(bool show);

    Options m_options;
    DashboardState* m_state;
    QList<Page*> m_pages;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    FilterBar* m_filterBar;
    QueryRunner* m_statusRunner;
    QueryRunner* m_pollRunner;
    BackgroundTask* m_tasks;
    BudgetMonitor* m_budgetMonitor;
    QLabel* m_dbLabel;
    QLabel* m_eventsLabel;
    QLabel* m_syncLabel;
    QSystemTrayIcon* m_tray = nullptr;
    QToolButton* m_alertLabel = nullptr;
    QToolButton* m_sourceAlert = nullptr; // status bar: "2 sources failing"
    SourceBanner* m_sourceBanner = nullptr;
    QString m_syncing; // the source a running sync task polls
    QString m_syncFailure; // the failed sync's message, shown once its source is known to still exist
    QString m_syncFailedSource;
    QTimer* m_budgetTimer = nullptr;
    QLabel* m_taskLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QTimer* m_pollTimer;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewsMenu = nullptr;
    QStringList m_recent;
    QList<QAction*> m_pageActions;
    QList<QAction*> m_themeActions;
    QAction* m_backAction = nullptr;
    QStackedWidget* m_body = nullptr; // the dashboard, or the first-run panel
    WelcomePanel* m_welcome = nullptr;
    bool m_welcomeDismissed = false; // "Go to the empty dashboard" holds for this database
    bool m_quitting = false; // Quit (menu or tray): close for real, not to the tray
    bool m_trayHintShown = false;
};

} // namespace burnrate::ui
