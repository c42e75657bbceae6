#include "ui/mainwindow.h"

#include "demo/demodata.h"
#include "export/financecsv.h"
#include "ingest/fileinput.h"
#include "ingest/requestlog.h"
#include "pricing/pricebook.h"
#include "sources/poller.h"
#include "sources/sourcetypes.h"
#include "store/database.h"
#include "store/importlog.h"
#include "store/pricestore.h"
#include "ui/backgroundtask.h"
#include "ui/budgetmonitor.h"
#include "ui/dialogs/importdialogs.h"
#include "ui/format.h"
#include "ui/pages/budgetspage.h"
#include "ui/pages/cachepage.h"
#include "ui/pages/costspage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/pricespage.h"
#include "ui/pages/qualitypage.h"
#include "ui/pages/requestspage.h"
#include "ui/pages/savingspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sourcespage.h"
#include "ui/queryrunner.h"
#include "ui/sourcesync.h"
#include "ui/theme.h"
#include "ui/versions.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/sourcebanner.h"
#include "ui/widgets/welcomepanel.h"
#include "ui/writejob.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <fstream>
#include <utility>

namespace burnrate::ui {

namespace {

// Holds a page at the viewport's size, never below the page's minimum: a page scrolls only when the window is
// smaller than it needs (QScrollArea's own resizing would give a page with wrapping labels its preferred height).
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QScrollArea::resizeEvent(event);
        fit();
    }
    bool viewportEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            fit();
        return QScrollArea::viewportEvent(event);
    }
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (o == widget() && e->type() == QEvent::LayoutRequest)
            fit();
        return QScrollArea::eventFilter(o, e);
    }

private:
    void fit()
    {
        QWidget* w = widget();
        if (!w)
            return;
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        const QSize size(std::max(viewport()->width(), min.width()), std::max(viewport()->height(), min.height()));
        if (w->size() != size)
            w->resize(size);
    }
};

struct StatusInfo
{
    std::int64_t events = 0;
    bool empty = false; // no usage and no source: the first run
    std::optional<Epoch> lastSync;
    std::vector<std::string> dueSources;
    std::vector<std::pair<std::string, std::string>> failing; // source name, last error
};
} // namespace

MainWindow::MainWindow(const QString& databasePath, const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_state(new DashboardState(this))
    , m_statusRunner(new QueryRunner(this))
    , m_pollRunner(new QueryRunner(this))
    , m_tasks(new BackgroundTask(this))
    , m_budgetMonitor(new BudgetMonitor(this))
{
    setWindowTitle(tr("Burnrate"));
    if (m_options.persist) {
        m_state->load();
        m_recent = QSettings().value(QStringLiteral("recent/databases")).toStringList();
    }
    m_state->setDatabasePath(databasePath);
    rememberRecent(databasePath);
    updateTitle();
    connect(m_state, &DashboardState::databaseChanged, this, &MainWindow::updateTitle);

    m_body = new QStackedWidget(this);
    auto* central = new QWidget(m_body);
    auto* h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(button); padding-top: 8px; }"
                                            "QListWidget#sidebar::item { padding: 6px 4px; }"));
    h->addWidget(m_sidebar);
    auto* right = new QWidget(central);
    auto* v = new QVBoxLayout(right);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    m_sourceBanner = new SourceBanner(right);
    v->addWidget(m_sourceBanner);
    connect(m_sourceBanner, &SourceBanner::openSourcesRequested, this, [this] { showPage(QStringLiteral("sources")); });
    m_filterBar = new FilterBar(m_state, right);
    v->addWidget(m_filterBar);
    auto* line = new QFrame(right);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    v->addWidget(line);
    m_stack = new QStackedWidget(right);
    v->addWidget(m_stack, 1);
    h->addWidget(right, 1);
    m_body->addWidget(central);
    m_welcome = new WelcomePanel(m_body);
    m_body->addWidget(m_welcome);
    setCentralWidget(m_body);

    // The sidebar order; Requests, Quality and Budgets slot in here when they exist.
    auto* overview = new OverviewPage(m_state, m_stack);
    addPage(overview);
    connect(overview, &OverviewPage::budgetsRequested, this, [this] { showPage(QStringLiteral("budgets")); });
    connect(overview, &OverviewPage::findingOpened, this, [this](const QString& id) { showPage(id); });
    addPage(new CostsPage(m_state, m_stack));
    addPage(new RequestsPage(m_state, m_stack));
    addPage(new CachePage(m_state, m_stack));
    addPage(new QualityPage(m_state, m_stack));
    addPage(new SavingsPage(m_state, m_stack));
    auto* budgets = new BudgetsPage(m_state, m_stack);
    addPage(budgets);
    auto* sources = new SourcesPage(m_state, m_stack);
    addPage(sources);
    auto* prices = new PricesPage(m_state, m_stack);
    addPage(prices);
    auto* settings = new SettingsPage(m_state, m_options.persist, m_stack);
    addPage(settings);
    connect(sources, &SourcesPage::syncRequested, this, &MainWindow::syncSource);
    connect(m_welcome, &WelcomePanel::connectSourceRequested, this, [this, sources] {
        showPage(QStringLiteral("sources"));
        sources->addSource();
    });
    connect(m_welcome, &WelcomePanel::importLogsRequested, this, &MainWindow::importLogs);
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] { exploreDemo(); });
    connect(m_welcome, &WelcomePanel::dashboardRequested, this, [this] {
        m_welcomeDismissed = true;
        showWelcome(false);
    });
    connect(m_state, &DashboardState::databaseChanged, this, [this] { m_welcomeDismissed = false; });
    connect(sources, &SourcesPage::sourcesChanged, this, &MainWindow::refreshStatus);
    connect(budgets, &BudgetsPage::checkRequested, m_budgetMonitor, &BudgetMonitor::check);
    connect(prices, &PricesPage::importRequested, this, &MainWindow::importPrices);
    connect(settings, &SettingsPage::databaseChosen, this, &MainWindow::openDatabase);
    connect(settings, &SettingsPage::themeChosen, this, [this](const QString& name) {
        applyTheme(themeFromName(name));
        setDark(isDarkTheme());
        for (QAction* a : m_themeActions)
            a->setChecked(a->data().toString() == name);
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        updateBack();
        // A hidden window refreshes on show (Page::showEvent), not here.
        if (isVisible() && m_pages[row]->isDirty())
            m_pages[row]->refresh();
    });
    connect(m_state, &DashboardState::changed, this, &MainWindow::stateChanged);
    connect(m_state, &DashboardState::databaseChanged, this, &MainWindow::refreshStatus);
    connect(m_filterBar, &FilterBar::refreshRequested, this, &MainWindow::refreshCurrent);
    buildMenus();
    buildStatusBar();

    buildBudgetAlerts();

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(60 * 1000);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::pollDueSources);
    if (m_options.schedulePolls)
        m_pollTimer->start();

    resize(1280, 800);
    int startPage = 0;
    if (m_options.persist) {
        QSettings s;
        restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
        startPage = std::max<int>(0, m_pages.indexOf(page(s.value(QStringLiteral("window/page")).toString())));
    }
    m_sidebar->setCurrentRow(startPage);
    setDark(isDarkTheme());
    refreshStatus();
}

MainWindow::~MainWindow()
{
    m_tasks->cancel();
    m_tasks->waitForFinished();
}

void MainWindow::addPage(Page* p)
{
    m_pages << p;
    // A page that needs more room than the window has scrolls, rather than holding the window wide or tall.
    auto* scroll = new PageScrollArea(m_stack);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(p);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    m_stack->addWidget(scroll);
    auto* item = new QListWidgetItem(pageIcon(p->pageId()), p->title(), m_sidebar);
    item->setData(Qt::UserRole, p->pageId());
    connect(p, &Page::backChanged, this, &MainWindow::updateBack);
    connect(p, &Page::statusMessage, this, [this](const QString& m) {
        if (!m.isEmpty())
            statusBar()->showMessage(m, 8000);
    });
}

void MainWindow::updateBack()
{
    if (m_backAction) {
        Page* p = currentPage();
        m_backAction->setEnabled(p && p->canGoBack());
    }
}

Page* MainWindow::page(const QString& id) const
{
    for (Page* p : m_pages)
        if (p->pageId() == id)
            return p;
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex(), nullptr);
}

bool MainWindow::showPage(const QString& id)
{
    Page* p = page(id);
    if (!p)
        return false;
    // Going to a page (menu, shortcut, link) leaves the first-run panel for good.
    if (isShowingWelcome()) {
        m_welcomeDismissed = true;
        showWelcome(false);
    }
    m_sidebar->setCurrentRow(int(m_pages.indexOf(p)));
    return true;
}

void MainWindow::setDark(bool dark)
{
    for (Page* p : m_pages)
        p->setDark(dark);
    for (int i = 0; i < m_sidebar->count() && i < m_pages.size(); ++i)
        m_sidebar->item(i)->setIcon(pageIcon(m_pages[i]->pageId()));
    m_sourceBanner->restyle();
    // The glyph icons are drawn in the palette's text colour: the View menu's follow too.
    for (int i = 0; i < m_pageActions.size() && i < m_pages.size(); ++i)
        m_pageActions[i]->setIcon(pageIcon(m_pages[i]->pageId()));
}

void MainWindow::stateChanged()
{
    for (Page* p : m_pages) {
        if (p == currentPage() && p->isVisible())
            p->refresh();
        else
            p->markDirty();
    }
    if (m_options.persist)
        m_state->save();
}

void MainWindow::refreshCurrent()
{
    for (Page* p : m_pages)
        if (p != currentPage())
            p->markDirty();
    if (Page* p = currentPage())
        p->refresh();
    refreshStatus();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database..."), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open database"), m_state->databasePath(), tr("Burnrate databases (*.db);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    file->addAction(tr("&New database..."), QKeySequence::New, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New database"),
            QFileInfo(m_state->databasePath()).absoluteDir().filePath(QStringLiteral("burnrate.db")),
            tr("Burnrate databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            newDatabase(path);
    });
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatabases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Import logs..."), this, &MainWindow::importLogs);
    file->addAction(tr("Import &history..."), this, &MainWindow::showImportHistory);
    file->addAction(tr("Import &prices..."), this, &MainWindow::importPrices);
    file->addAction(
        tr("&Export CSV..."), QKeySequence(tr("Ctrl+E")), this, [this] { exportCsv(CostsPage::CsvShape::Table); });
    file->addAction(tr("Export CSV over &time..."), QKeySequence(tr("Ctrl+Shift+E")), this,
        [this] { exportCsv(CostsPage::CsvShape::OverTime); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_quitting = true;
        close();
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString id = m_pages[i]->pageId();
        QAction* a = view->addAction(pageIcon(id), m_pages[i]->title(), this, [this, id] { showPage(id); });
        m_pageActions << a;
        if (i < 10) // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg((i + 1) % 10)));
    }
    view->addSeparator();
    // Steps out of the current page's drill-down (Alt+Left); enabled only when there is somewhere to go back to.
    m_backAction = view->addAction(tr("&Back"), QKeySequence::Back, this, [this] {
        if (Page* p = currentPage(); p && p->canGoBack())
            p->goBack();
    });
    m_backAction->setEnabled(false);
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshCurrent);
    view->addAction(tr("&Find / add filter..."), QKeySequence::Find, m_filterBar, &FilterBar::addFilter);
    m_viewsMenu = view->addMenu(tr("&Saved views"));
    m_viewsMenu->setObjectName(QStringLiteral("savedViews"));
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildViewsMenu);
    rebuildViewsMenu();
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("settings/theme"), QStringLiteral("system")).toString();
    for (const auto& [name, label] : { std::pair { QStringLiteral("system"), tr("Follow the system") },
             std::pair { QStringLiteral("light"), tr("Light") }, std::pair { QStringLiteral("dark"), tr("Dark") },
             std::pair { QStringLiteral("high-contrast"), tr("High contrast") } }) {
        QAction* a = theme->addAction(label);
        a->setData(name);
        m_themeActions << a;
        a->setCheckable(true);
        a->setChecked(name == current);
        group->addAction(a);
        const QString n = name;
        connect(a, &QAction::triggered, this, [this, n] {
            if (m_options.persist)
                QSettings().setValue(QStringLiteral("settings/theme"), n);
            applyTheme(themeFromName(n));
            setDark(isDarkTheme());
            for (Page* p : m_pages)
                if (auto* settings = qobject_cast<SettingsPage*>(p))
                    settings->showTheme(n);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Burnrate"), this, [this] {
        QMessageBox::about(this, tr("About Burnrate"),
            tr("<h3>Burnrate %1</h3><p>Where your organisation's LLM money goes.</p>"
               "<p>Qt %2<br>SQLite %3<br>curl %4</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), sqliteVersion(),
                    curlVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_dbLabel = new QLabel(this);
    m_eventsLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    m_taskLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 1000);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    statusBar()->addWidget(m_dbLabel);
    statusBar()->addWidget(m_eventsLabel);
    statusBar()->addWidget(m_syncLabel);
    m_sourceAlert = new QToolButton(this);
    m_sourceAlert->setAutoRaise(true);
    m_sourceAlert->hide();
    connect(m_sourceAlert, &QToolButton::clicked, this, [this] { showPage(QStringLiteral("sources")); });
    statusBar()->addPermanentWidget(m_sourceAlert);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_taskLabel->hide();
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_tasks, &BackgroundTask::cancel);
    connect(m_tasks, &BackgroundTask::started, this, [this](const QString& title, bool cancellable) {
        m_taskLabel->setText(title);
        m_taskLabel->show();
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->setVisible(cancellable);
    });
    connect(m_tasks, &BackgroundTask::progress, this, [this](double f, const QString& text) {
        if (f < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(f * 1000));
        }
        if (!text.isEmpty())
            m_taskLabel->setText(text);
    });
    connect(m_tasks, &BackgroundTask::finished, this, [this](const QString& title, bool ok, const QString& message) {
        m_taskLabel->hide();
        m_progress->hide();
        m_cancel->hide();
        const QString synced = std::exchange(m_syncing, QString());
        if (ok) {
            statusBar()->showMessage(message.isEmpty() ? tr("%1: done").arg(title) : message, 10000);
        } else if (!synced.isEmpty()) {
            // A sync (scheduled or Sync now) never opens a box: its error goes to the source's row, the
            // banner and the status bar - the latter once refreshStatus has seen the source still exists.
            m_syncFailure = tr("%1 failed: %2").arg(title, message);
            m_syncFailedSource = synced;
        } else if (isVisible()) {
            // Not modal: a failed background job must not stop the dashboard (or a test) in exec().
            auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            statusBar()->showMessage(tr("%1 failed: %2").arg(title, message), 15000);
        }
        refreshCurrent();
        // New data may have crossed a budget tier, and shows new cost leaks.
        if (ok)
            m_budgetMonitor->checkAfterNewData();
    });
}

void MainWindow::buildBudgetAlerts()
{
    m_alertLabel = new QToolButton(this);
    m_alertLabel->setAutoRaise(true);
    m_alertLabel->hide();
    statusBar()->addPermanentWidget(m_alertLabel);
    connect(m_alertLabel, &QToolButton::clicked, this, [this] { showPage(QStringLiteral("budgets")); });
    if (m_options.trayIcon && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(trayIcon(0), this);
        m_tray->setToolTip(tr("Burnrate"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason != QSystemTrayIcon::Context)
                raiseWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            raiseWindow();
            showPage(QStringLiteral("budgets"));
        });
        auto* menu = new QMenu(this);
        menu->addAction(tr("Open Burnrate"), this, &MainWindow::raiseWindow);
        menu->addAction(tr("Budgets"), this, [this] {
            raiseWindow();
            showPage(QStringLiteral("budgets"));
        });
        menu->addSeparator();
        menu->addAction(tr("Quit Burnrate"), this, [this] {
            m_quitting = true;
            close();
        });
        m_tray->setContextMenu(menu);
        m_tray->show();
    }
    connect(m_budgetMonitor, &BudgetMonitor::checked, this,
        [this](const QStringList& notifications, const QStringList& failures, int unacknowledged) {
            m_alertLabel->setText(tr("\u26A0 %n budget alert(s)", "", unacknowledged));
            m_alertLabel->setToolTip(tr("Unacknowledged budget alerts: open the Budgets page"));
            m_alertLabel->setVisible(unacknowledged > 0);
            if (m_tray) {
                m_tray->setIcon(trayIcon(unacknowledged));
                m_tray->setToolTip(unacknowledged
                        ? tr("Burnrate: %n unacknowledged budget alert(s)", "", unacknowledged)
                        : tr("Burnrate"));
                if (!notifications.isEmpty())
                    m_tray->showMessage(
                        tr("Budget alert"), notifications.join(QLatin1Char('\n')), QSystemTrayIcon::Warning, 15000);
                if (!failures.isEmpty())
                    m_tray->showMessage(
                        tr("Budget action failed"), failures.join(QLatin1Char('\n')), QSystemTrayIcon::Critical, 30000);
            }
            // Never a modal box from the background: the failures go to the status bar and the page.
            if (!failures.isEmpty())
                statusBar()->showMessage(
                    tr("Budget action failed: %1").arg(failures.join(QStringLiteral("; "))), 30000);
            // Budgets may have been added, edited or crossed: the pages showing them catch up.
            for (const QString& id : { QStringLiteral("budgets"), QStringLiteral("overview") })
                if (Page* p = page(id))
                    p == currentPage() && p->isVisible() ? p->refresh() : p->markDirty();
        });
    m_budgetTimer = new QTimer(this);
    m_budgetTimer->setInterval(5 * 60 * 1000);
    connect(m_budgetTimer, &QTimer::timeout, m_budgetMonitor, &BudgetMonitor::check);
    if (m_options.schedulePolls) {
        m_budgetTimer->start();
        QTimer::singleShot(2000, m_budgetMonitor, &BudgetMonitor::checkAfterNewData);
    }
}

QIcon MainWindow::trayIcon(int unacknowledged) const
{
    QPixmap pm = QIcon(QStringLiteral(":/icons/burnrate.svg")).pixmap(64, 64);
    if (pm.isNull()) { // no SVG image plugin: the PNG renditions
        pm = QPixmap(QStringLiteral(":/icons/burnrate-64.png"));
    }
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = QApplication::font();
    f.setBold(true);
    if (unacknowledged > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x20, 0x20));
        p.drawEllipse(QRectF(34, 0, 30, 30));
        f.setPixelSize(20);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(34, 0, 30, 30), Qt::AlignCenter,
            unacknowledged > 9 ? QStringLiteral("9+") : QString::number(unacknowledged));
    }
    p.end();
    return QIcon(pm);
}

void MainWindow::refreshStatus()
{
    const QString path = m_state->databasePath();
    const QFileInfo fi(path);
    m_dbLabel->setText(
        tr("%1 (%2 MB)").arg(QDir::toNativeSeparators(path), uiLocale().toString(double(fi.size()) / 1e6, 'f', 1)));
    m_dbLabel->setToolTip(path);
    m_statusRunner->setDatabasePath(path);
    m_budgetMonitor->setDatabasePath(path);
    const Epoch now = m_state->now();
    m_statusRunner->run<StatusInfo>(
        [now](Database& db) -> Result<StatusInfo> {
            StatusInfo s;
            s.events = db.eventCount();
            const auto sources = db.sources();
            s.empty = s.events == 0 && sources.empty();
            for (const SourceInfo& src : sources) {
                if (src.lastSuccess && (!s.lastSync || *src.lastSuccess > *s.lastSync))
                    s.lastSync = src.lastSuccess;
                if (auto due = nextPollDue(db, src); due && *due <= now)
                    s.dueSources.push_back(src.name);
                if (!src.lastError.empty())
                    s.failing.emplace_back(src.name, src.lastError);
            }
            return s;
        },
        [this](const QueryOutcome<StatusInfo>& out) {
            if (!out.value) {
                m_eventsLabel->setText(tr("Database error: %1").arg(out.error));
                return;
            }
            QList<SourceBanner::Failure> failing;
            for (const auto& [name, error] : out.value->failing)
                failing << SourceBanner::Failure(QString::fromStdString(name), QString::fromStdString(error));
            m_sourceBanner->setFailures(failing);
            m_sourceAlert->setText(failing.size() == 1 ? tr("\u26A0 1 source failing")
                                                       : tr("\u26A0 %n sources failing", "", int(failing.size())));
            m_sourceAlert->setToolTip(m_sourceBanner->text());
            m_sourceAlert->setVisible(!failing.isEmpty());
            // A failed sync's message, unless its source was removed meanwhile.
            const QString failure = std::exchange(m_syncFailure, QString());
            const QString failedSource = std::exchange(m_syncFailedSource, QString());
            if (!failure.isEmpty()
                && std::any_of(failing.begin(), failing.end(), [&](const auto& f) { return f.first == failedSource; }))
                statusBar()->showMessage(failure, 15000);
            m_eventsLabel->setText(tr("%1 events").arg(formatCount(out.value->events)));
            showWelcome(m_options.welcome && out.value->empty && !m_welcomeDismissed);
            m_syncLabel->setText(out.value->lastSync ? tr("last sync %1").arg(formatDateTime(*out.value->lastSync))
                                                     : tr("never synced"));
        });
}

void MainWindow::pollDueSources()
{
    if (m_tasks->isRunning())
        return;
    const Epoch now = m_state->now();
    // Its own runner: a status refresh in between must not drop the scheduler's answer (or the reverse).
    m_pollRunner->setDatabasePath(m_state->databasePath());
    m_pollRunner->run<StatusInfo>(
        [now](Database& db) -> Result<StatusInfo> {
            StatusInfo s;
            for (const SourceInfo& src : db.sources())
                if (auto due = nextPollDue(db, src); due && *due <= now)
                    s.dueSources.push_back(src.name);
            s.events = db.eventCount();
            return s;
        },
        [this](const QueryOutcome<StatusInfo>& out) {
            // One at a time: never queue a second poll behind one in flight.
            if (out.value && !out.value->dueSources.empty() && !m_tasks->isRunning())
                syncSource(QString::fromStdString(out.value->dueSources.front()));
        });
}

void MainWindow::syncSource(const QString& name)
{
    const QString db = m_state->databasePath();
    if (!m_tasks->start(
            tr("Sync %1").arg(name), true, [db, name](const BackgroundTask::Context& ctx, QString& summary) {
                return runSourceSync(db, name, ctx, summary);
            }))
        statusBar()->showMessage(tr("Another task is running: %1").arg(m_tasks->title()), 6000);
    else
        m_syncing = name;
}

void MainWindow::openDatabase(const QString& path)
{
    if (path.isEmpty())
        return;
    // Open read-write once off the GUI thread (creates or migrates), then point the pages at it.
    runWrite(
        this, path, [](Database&) { return QString(); },
        [this, path](const QString& error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Open database"), tr("Cannot open %1: %2").arg(path, error));
                return;
            }
            if (m_options.persist)
                QSettings().setValue(QStringLiteral("settings/database"), path);
            m_state->setDatabasePath(path);
            rememberRecent(path);
        });
}

void MainWindow::newDatabase(const QString& path)
{
    if (path.isEmpty())
        return;
    // Never replaces a file: "new" must not be a way to lose a database.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
            tr("%1 already exists. Choose another name, or open it with File > Open database.").arg(path));
        return;
    }
    openDatabase(path);
}

SavedView MainWindow::currentView(const QString& name) const
{
    SavedView v;
    v.name = name;
    if (Page* p = currentPage())
        v.page = p->pageId();
    v.range = m_state->range();
    if (v.range == DashboardState::Range::Custom) {
        v.customFrom = m_state->from();
        v.customTo = m_state->to();
    }
    v.granularity = m_state->granularityChoice();
    v.chips = m_state->chips();
    if (auto* costs = qobject_cast<CostsPage*>(page(QStringLiteral("costs")))) {
        v.groupBy = costs->groupBy();
        v.lens = costs->lens();
    }
    return v;
}

void MainWindow::applyView(const SavedView& v)
{
    if (v.range == DashboardState::Range::Custom && v.customTo > v.customFrom)
        m_state->setCustomRange(v.customFrom, v.customTo - kSecondsPerDay);
    else if (v.range != DashboardState::Range::Custom)
        m_state->setRange(v.range);
    m_state->setGranularityChoice(v.granularity);
    m_state->setChips(v.chips);
    if (auto* costs = qobject_cast<CostsPage*>(page(QStringLiteral("costs")))) {
        if (!v.groupBy.isEmpty())
            costs->setGroupBy(v.groupBy);
        costs->setLens(v.lens);
    }
    if (!v.page.isEmpty())
        showPage(v.page);
    statusBar()->showMessage(tr("Opened the view \u201c%1\u201d").arg(v.name), 4000);
}

void MainWindow::saveCurrentView(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    SavedViews::put(currentView(n));
    rebuildViewsMenu();
    statusBar()->showMessage(tr("Saved the view \u201c%1\u201d").arg(n), 4000);
}

void MainWindow::rebuildViewsMenu()
{
    if (!m_viewsMenu)
        return;
    m_viewsMenu->clear();
    m_viewsMenu->addAction(tr("&Save current view..."), this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        if (SavedViews::find(name.trimmed())
            && QMessageBox::question(
                   this, tr("Save view"), tr("A view named \u201c%1\u201d exists. Replace it?").arg(name.trimmed()))
                != QMessageBox::Yes)
            return;
        saveCurrentView(name);
    });
    QAction* manage = m_viewsMenu->addAction(tr("&Manage..."), this, &MainWindow::manageViews);
    const QList<SavedView> views = SavedViews::load();
    manage->setEnabled(!views.isEmpty());
    if (!views.isEmpty())
        m_viewsMenu->addSeparator();
    for (const SavedView& v : views) {
        const QString name = v.name;
        m_viewsMenu->addAction(name, this, [this, name] {
            if (auto found = SavedViews::find(name))
                applyView(*found);
        });
    }
}

void MainWindow::manageViews()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Saved views"));
    auto* lay = new QVBoxLayout(&dlg);
    auto* list = new QListWidget(&dlg);
    list->setObjectName(QStringLiteral("savedViewList"));
    auto fill = [list] {
        list->clear();
        for (const SavedView& v : SavedViews::load())
            list->addItem(v.name);
        if (list->count())
            list->setCurrentRow(0);
    };
    fill();
    lay->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    QPushButton* rename = buttons->addButton(tr("&Rename..."), QDialogButtonBox::ActionRole);
    QPushButton* del = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    // Enter must not delete: Close is the default.
    rename->setAutoDefault(false);
    del->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(rename, &QPushButton::clicked, &dlg, [&dlg, list, fill] {
        QListWidgetItem* item = list->currentItem();
        if (!item)
            return;
        const QString from = item->text();
        bool ok = false;
        const QString to
            = QInputDialog::getText(&dlg, tr("Rename view"), tr("New name:"), QLineEdit::Normal, from, &ok);
        if (!ok || to.trimmed() == from)
            return;
        if (!SavedViews::rename(from, to))
            QMessageBox::warning(&dlg, tr("Rename view"), tr("A view named \u201c%1\u201d exists already.").arg(to));
        fill();
    });
    connect(del, &QPushButton::clicked, &dlg, [&dlg, list, fill] {
        QListWidgetItem* item = list->currentItem();
        if (!item)
            return;
        if (QMessageBox::question(&dlg, tr("Delete view"), tr("Delete the view \u201c%1\u201d?").arg(item->text()))
            != QMessageBox::Yes)
            return;
        SavedViews::remove(item->text());
        fill();
    });
    const auto enable = [list, rename, del] {
        rename->setEnabled(list->currentItem());
        del->setEnabled(list->currentItem());
    };
    connect(list, &QListWidget::currentItemChanged, &dlg, enable);
    enable();
    dlg.resize(360, 300);
    dlg.exec();
    rebuildViewsMenu();
}

void MainWindow::updateTitle()
{
    const QString path = m_state->databasePath();
    setWindowTitle(path.isEmpty() ? tr("Burnrate") : tr("%1 - Burnrate").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
}

void MainWindow::rememberRecent(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString abs = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(abs);
    m_recent.prepend(abs);
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    if (m_options.persist)
        QSettings().setValue(QStringLiteral("recent/databases"), m_recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QString current = QFileInfo(m_state->databasePath()).absoluteFilePath();
    for (const QString& p : std::as_const(m_recent)) {
        QAction* a = m_recentMenu->addAction(QFileInfo(p).fileName(), this, [this, p] { openDatabase(p); });
        a->setToolTip(p);
        a->setStatusTip(p);
        a->setCheckable(true);
        a->setChecked(p == current);
        // A moved or deleted file stays listed (it may be on an unmounted drive) but cannot be chosen.
        if (!QFileInfo::exists(p)) {
            a->setEnabled(false);
            a->setText(tr("%1 (missing)").arg(QFileInfo(p).fileName()));
        }
    }
    if (m_recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [this] {
        m_recent.clear();
        if (m_options.persist)
            QSettings().setValue(QStringLiteral("recent/databases"), m_recent);
        rebuildRecentMenu();
    });
}

void MainWindow::importLogs()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import request logs"), QString(), tr("Request logs (*.jsonl *.ndjson *.json *.csv);;All files (*)"));
    if (!files.isEmpty())
        importLogFiles(files);
}

void MainWindow::importLogFiles(const QStringList& files)
{
    const QString db = m_state->databasePath();
    // What each file did, for the result dialog (written by the job, read once it has finished).
    auto results = std::make_shared<QList<ImportFileResult>>();
    const bool started = m_tasks->start(
        tr("Import logs"), true, [db, files, results](const BackgroundTask::Context& ctx, QString& summary) -> QString {
            auto d = Database::open(db.toStdString());
            if (!d)
                return QString::fromStdString(d.error().detail);
            auto book = loadPriceBook(**d);
            if (!book)
                return QString::fromStdString(book.error().detail);
            QStringList lines;
            for (const QString& f : files) {
                RequestLogImporter importer(**d, *book, "import");
                importer.setCancel(ctx.cancel);
                const QString name = QFileInfo(f).fileName();
                importer.setProgress([&ctx, name](std::int64_t done, std::int64_t total) {
                    ctx.progress(
                        total > 0 ? double(done) / double(total) : -1.0, QObject::tr("Importing %1").arg(name));
                });
                auto r = importer.importFile(f.toStdString());
                if (!r) {
                    ImportFileResult fr;
                    fr.file = f;
                    fr.error = QString::fromStdString(r.error().detail);
                    results->append(fr);
                    return QStringLiteral("%1: %2").arg(name, fr.error);
                }
                ImportFileResult fr;
                fr.file = f;
                fr.records = r->records;
                fr.inserted = r->inserted;
                fr.updated = r->updated;
                fr.quarantined = r->quarantined;
                fr.unpriced = r->unpriced;
                // All of this import's quarantined rows (the summary keeps only the first few).
                if (auto rows = quarantinedRows(**d, r->importId, 10000))
                    for (const QuarantineEntry& q : *rows)
                        fr.problems.append({ q.line, QString::fromStdString(q.reason) });
                results->append(fr);
                lines << QObject::tr("%1: %2 inserted, %3 updated, %4 quarantined")
                             .arg(name)
                             .arg(r->inserted)
                             .arg(r->updated)
                             .arg(r->quarantined);
            }
            summary = lines.join(QStringLiteral("; "));
            return {};
        });
    if (!started) {
        statusBar()->showMessage(tr("Another task is running: %1").arg(m_tasks->title()), 6000);
        return;
    }
    connect(
        m_tasks, &BackgroundTask::finished, this,
        [this, results](const QString&, bool, const QString&) {
            if (results->isEmpty() || !isVisible())
                return;
            auto* dlg = new ImportResultDialog(*results, this);
            dlg->setAttribute(Qt::WA_DeleteOnClose);
            dlg->open(); // not modal to the application: the dashboard refreshes behind it
            m_lastImportResult = dlg;
        },
        Qt::SingleShotConnection);
}

ImportResultDialog* MainWindow::lastImportResult() const
{
    return m_lastImportResult.data();
}

void MainWindow::showImportHistory()
{
    auto* dlg = new ImportHistoryDialog(m_state->databasePath(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void MainWindow::importPrices()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import a LiteLLM price map"), QString(), tr("JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    const QString db = m_state->databasePath();
    const Epoch now = m_state->now();
    const bool started = m_tasks->start(
        tr("Import prices"), false, [db, file, now](const BackgroundTask::Context& ctx, QString& summary) -> QString {
            // A regular file of bounded size only (never /dev/zero or a FIFO).
            auto json = readInputFile(file.toStdString(), kMaxPriceMapBytes);
            if (!json)
                return QString::fromStdString(json.error().detail);
            int skipped = 0;
            std::vector<RejectedPrice> rejected;
            auto prices = parseLiteLLMPriceMap(*json, floorDay(now), &skipped, &rejected);
            if (!prices)
                return QString::fromStdString(prices.error().detail);
            if (prices->empty())
                return rejected.empty()
                    ? QObject::tr("%1 holds no token prices").arg(file)
                    : QObject::tr("%1 holds no valid token prices (%2 refused; first: %3: %4)")
                          .arg(file)
                          .arg(rejected.size())
                          .arg(QString::fromStdString(rejected[0].model), QString::fromStdString(rejected[0].reason));
            auto d = Database::open(db.toStdString());
            if (!d)
                return QString::fromStdString(d.error().detail);
            ctx.progress(-1, QObject::tr("Re-pricing history\u2026"));
            auto rep = savePrices(**d, *prices);
            if (!rep)
                return QString::fromStdString(rep.error().detail);
            summary = QObject::tr("%1 prices imported (%2 skipped, %3 refused as invalid), %4 events re-priced")
                          .arg(prices->size())
                          .arg(skipped)
                          .arg(rejected.size())
                          .arg(rep->eventsRepriced);
            return {};
        });
    if (!started)
        statusBar()->showMessage(tr("Another task is running: %1").arg(m_tasks->title()), 6000);
}

void MainWindow::exportCsv(CostsPage::CsvShape shape)
{
    auto* costs = qobject_cast<CostsPage*>(page(QStringLiteral("costs")));
    if (!costs)
        return;
    if (currentPage() != costs)
        showPage(QStringLiteral("costs"));
    costs->exportCsv(shape);
}

bool MainWindow::closesToTray()
{
    return QSettings().value(QStringLiteral("settings/closeToTray"), true).toBool();
}

void MainWindow::raiseWindow()
{
    if (isMinimized() || isHidden())
        showNormal();
    raise();
    activateWindow();
}

bool MainWindow::isShowingWelcome() const
{
    return m_body->currentWidget() == m_welcome;
}

void MainWindow::showWelcome(bool show)
{
    m_body->setCurrentWidget(show ? static_cast<QWidget*>(m_welcome) : m_body->widget(0));
}

void MainWindow::exploreDemo(const DemoOptions& options)
{
    // Beside the current database, never in it: the analyst's own data stays as it is.
    const QString path = QFileInfo(m_state->databasePath()).absoluteDir().filePath(QStringLiteral("burnrate-demo.db"));
    if (QFileInfo(path).size() > 0) {
        openDatabase(path);
        return;
    }
    const QString title = tr("Generate the demo dataset");
    const bool started
        = m_tasks->start(title, false, [path, options](const BackgroundTask::Context& ctx, QString& summary) {
              auto db = Database::open(path.toStdString());
              if (!db)
                  return QString::fromStdString(db.error().detail);
              auto book = loadPriceBook(**db);
              if (!book)
                  return QString::fromStdString(book.error().detail);
              auto r = generateDemo(**db, *book, options, [&ctx](std::int64_t done, std::int64_t total) {
                  ctx.progress(total > 0 ? double(done) / double(total) : -1.0,
                      QCoreApplication::translate("burnrate::ui::MainWindow", "Generating demo events"));
              });
              if (!r)
                  return QString::fromStdString(r.error().detail);
              summary = QCoreApplication::translate(
                  "burnrate::ui::MainWindow", "Demo dataset: %Ln requests", "", int(r->events));
              return QString();
          });
    if (!started) {
        statusBar()->showMessage(tr("Another task is running: %1").arg(m_tasks->title()), 6000);
        return;
    }
    connect(
        m_tasks, &BackgroundTask::finished, this,
        [this, path](const QString&, bool ok, const QString&) {
            if (ok)
                openDatabase(path);
        },
        Qt::SingleShotConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // With the tray icon up, closing the window keeps budget alerts and scheduled polls running.
    if (!m_quitting && m_tray && m_tray->isVisible() && m_options.persist && closesToTray()) {
        QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
        hide();
        event->ignore();
        if (!m_trayHintShown) {
            m_trayHintShown = true;
            m_tray->showMessage(tr("Burnrate keeps running"),
                tr("Budget alerts and scheduled polls continue in the tray. Quit from the tray menu or File > Quit."),
                QSystemTrayIcon::Information, 8000);
        }
        return;
    }
    if (m_options.persist) {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        if (Page* p = currentPage())
            s.setValue(QStringLiteral("window/page"), p->pageId());
        m_state->save();
    }
    m_tasks->cancel();
    event->accept();
}

} // namespace burnrate::ui
