#pragma once

#include "ui/dashboardstate.h"

#include <QList>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTimer;
QT_END_NAMESPACE

namespace burnrate::ui {

class BackgroundTask;
class FilterBar;
class Page;
class QueryRunner;

// The dashboard window: sidebar of pages, global time range and filter chips, status bar, menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool persist = true; // read and write QSettings (off for --screenshot and tests)
        bool schedulePolls = true; // run due sources in the background
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

    void openDatabase(const QString& path);
    void importLogs();
    void importPrices();
    void exportCsv();
    void refreshStatus();
    // Runs a source's sync through the background task (Sources page, scheduler).
    void syncSource(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void buildMenus();
    void buildStatusBar();
    void stateChanged();
    void refreshCurrent();
    void pollDueSources();

    Options m_options;
    DashboardState* m_state;
    QList<Page*> m_pages;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    FilterBar* m_filterBar;
    QueryRunner* m_statusRunner;
    BackgroundTask* m_tasks;
    QLabel* m_dbLabel;
    QLabel* m_eventsLabel;
    QLabel* m_syncLabel;
    QLabel* m_taskLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QTimer* m_pollTimer;
};

} // namespace burnrate::ui
