#include "ui/pages/costspage.h"

#include "analytics/latency.h"
#include "export/financecsv.h"
#include "ui/charts/rankingchart.h"
#include "ui/charts/timebarchart.h"
#include "ui/format.h"
#include "ui/models/grouptablemodel.h"
#include "ui/pages/charthelpers.h"
#include "ui/pages/reconciliationpanel.h"
#include "ui/queryrunner.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <fstream>

namespace burnrate::ui {

namespace {

using M = GroupTableModel::Measure;

struct CostsData
{
    std::vector<std::string> tagKeys;
    std::vector<Epoch> buckets;
    QueryResult timeResult;
    QueryResult tableResult;
    std::vector<GroupRow> rows;
    QList<ChartMarker> markers; // annotated requests per time bucket
};

// Whether the table shows latency for this grouping: by model and/or prompt only.
bool latencyAxes(const QStringList& axes)
{
    return !axes.isEmpty() && std::all_of(axes.begin(), axes.end(), [](const QString& a) {
        return a == QLatin1String("model") || a == QLatin1String("prompt");
    });
}

// The table's measures for a grouping (time to first token is hidden while no request of the result reports it).
QList<GroupTableModel::Measure> tableMeasures(const QStringList& axes)
{
    QList<M> measures { M::Requests, M::InputTokens, M::CachedTokens, M::CacheWriteTokens, M::OutputTokens, M::Cost,
        M::Share, M::CostPerRequest, M::CostPer1kOutput };
    // Teams trade cost against speed per model and prompt: latency beside their cost.
    if (latencyAxes(axes)) {
        measures << M::Latency << M::Ttft;
    }
    measures << M::Annotated;
    return measures;
}

const QStringList kAxes
    = { QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("tenant"), QStringLiteral("team"),
          QStringLiteral("project"), QStringLiteral("env"), QStringLiteral("prompt"), QStringLiteral("prompt_version"),
          QStringLiteral("user"), QStringLiteral("api_key"), QStringLiteral("service_tier") };
// Where a drill-down goes next when the grouped axis becomes a filter.
const QStringList kDrillOrder = { QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("tenant"),
    QStringLiteral("team"), QStringLiteral("project"), QStringLiteral("prompt"), QStringLiteral("user") };

double metricValue(CostsPage::Metric m, const Totals& t)
{
    switch (m) {
    case CostsPage::Metric::Cost:
        return toUsd(t.cost);
    case CostsPage::Metric::Requests:
        return double(t.requests);
    case CostsPage::Metric::InputTokens:
        return double(t.input);
    case CostsPage::Metric::CachedTokens:
        return double(t.cached);
    case CostsPage::Metric::CacheWriteTokens:
        return double(t.cacheWrites());
    case CostsPage::Metric::OutputTokens:
        return double(t.output);
    case CostsPage::Metric::CostPerRequest:
        return toUsd(t.costPerRequest());
    case CostsPage::Metric::CostPer1kOutput:
        return toUsd(t.costPer1kOutput());
    }
    return 0;
}

ValueKind metricKind(CostsPage::Metric m)
{
    switch (m) {
    case CostsPage::Metric::Cost:
        return ValueKind::Money;
    case CostsPage::Metric::Requests:
        return ValueKind::Count;
    case CostsPage::Metric::CostPerRequest:
    case CostsPage::Metric::CostPer1kOutput:
        return ValueKind::MoneyPrecise;
    default:
        return ValueKind::Tokens;
    }
}

bool metricAdditive(CostsPage::Metric m)
{
    return m != CostsPage::Metric::CostPerRequest && m != CostsPage::Metric::CostPer1kOutput;
}

QString metricTitle(CostsPage::Metric m)
{
    switch (m) {
    case CostsPage::Metric::Cost:
        return CostsPage::tr("Spend (%1)").arg(currencyUnit());
    case CostsPage::Metric::Requests:
        return CostsPage::tr("Requests");
    case CostsPage::Metric::InputTokens:
        return CostsPage::tr("Input tokens");
    case CostsPage::Metric::CachedTokens:
        return CostsPage::tr("Cached input tokens");
    case CostsPage::Metric::CacheWriteTokens:
        return CostsPage::tr("Cache-write tokens");
    case CostsPage::Metric::OutputTokens:
        return CostsPage::tr("Output tokens");
    case CostsPage::Metric::CostPerRequest:
        return CostsPage::tr("Cost per request (%1)").arg(currencyUnit());
    case CostsPage::Metric::CostPer1kOutput:
        return CostsPage::tr("Cost per 1k output tokens (%1)").arg(currencyUnit());
    }
    return {};
}

} // namespace

CostsPage::CostsPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    m_viewTabs = new QTabBar(this);
    m_viewTabs->setObjectName(QStringLiteral("costsViews"));
    m_viewTabs->setDrawBase(false);
    m_viewTabs->addTab(tr("Breakdown"));
    m_viewTabs->addTab(tr("Reconciliation"));
    m_viewTabs->setTabToolTip(0, tr("Spend grouped by one or two dimensions, over time or as a ranking"));
    m_viewTabs->setTabToolTip(1,
        tr("Billed spend (provider usage APIs) vs attributed spend (proxy logs) per day, provider and model, and "
           "computed vs reported cost"));
    body()->addWidget(m_viewTabs);
    m_controls = new QWidget(this);
    // The groups of controls wrap onto a second line in a narrow window.
    auto* controls = new FlowLayout(m_controls, 16, 6);
    m_group1 = new QComboBox(this);
    m_group2 = new QComboBox(this);
    fillAxisCombos({});
    m_group1->setCurrentIndex(m_group1->findData(QStringLiteral("model")));
    m_metric = new QComboBox(this);
    for (Metric m : { Metric::Cost, Metric::Requests, Metric::InputTokens, Metric::CachedTokens,
             Metric::CacheWriteTokens, Metric::OutputTokens, Metric::CostPerRequest, Metric::CostPer1kOutput })
        m_metric->addItem(metricTitle(m), int(m));
    m_chartType = new QComboBox(this);
    m_chartType->addItem(tr("Stacked bars over time"), int(ChartType::OverTime));
    m_chartType->addItem(tr("Ranking"), int(ChartType::Ranking));
    m_lens = new QComboBox(this);
    m_lens->addItem(tr("Attribution (proxy logs)"), int(Lens::Attribution));
    m_lens->addItem(tr("Billing (provider usage)"), int(Lens::Billing));
    m_lens->setToolTip(tr("The two lenses are never summed: billing is everything the providers billed, attribution "
                          "what passed through the proxy with tenant, team and prompt"));
    m_lens->setCurrentIndex(m_lens->findData(int(state->defaultLens())));
    auto group = [this](const QList<QWidget*>& widgets) {
        auto* g = new QWidget(m_controls);
        auto* row = new QHBoxLayout(g);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets)
            row->addWidget(w);
        return g;
    };
    m_topN = new QSpinBox(this);
    m_topN->setObjectName(QStringLiteral("topN"));
    m_topN->setRange(1, 30);
    m_topN->setValue(std::clamp(QSettings().value(QStringLiteral("costs/topN"), 8).toInt(), 1, 30));
    m_topN->setToolTip(tr("The chart shows the costliest values of each group-by dimension over the whole range "
                          "(two dimensions: their combinations) and folds the rest into Other"));
    auto* topLabel = new QLabel(tr("Top"), this);
    topLabel->setBuddy(m_topN);
    controls->addWidget(group({ new QLabel(tr("Group by"), this), m_group1, new QLabel(tr("then"), this), m_group2 }));
    controls->addWidget(group({ new QLabel(tr("Metric"), this), m_metric, m_chartType }));
    controls->addWidget(group({ new QLabel(tr("Lens"), this), m_lens }));
    controls->addWidget(group({ topLabel, m_topN }));
    for (QComboBox* c : { m_group1, m_group2, m_metric, m_lens }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_metric || c == m_lens ? 16 : 10);
    }
    body()->addWidget(m_controls);

    m_views = new QStackedWidget(this);
    auto* breakdown = new QWidget(m_views);
    auto* breakdownLay = new QVBoxLayout(breakdown);
    breakdownLay->setContentsMargins(0, 0, 0, 0);
    auto* crumbRow = new QHBoxLayout;
    m_crumbBar = new QHBoxLayout;
    m_crumbBar->setSpacing(2);
    crumbRow->addLayout(m_crumbBar, 1);
    auto* csv = new QPushButton(tr("Export CSV..."), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* png = new QPushButton(tr("Save chart..."), this);
    csv->setToolTip(tr("The finance CSV (group-by columns, requests, tokens, cost_usd, TOTAL row): of the table, "
                       "or over time at the chart's granularity"));
    auto* csvMenu = new QMenu(csv);
    QAction* csvTable = csvMenu->addAction(tr("Table: one row per group..."));
    QAction* csvTime = csvMenu->addAction(QString());
    csv->setMenu(csvMenu);
    connect(csvMenu, &QMenu::aboutToShow, this, [this, csvTime] {
        csvTime->setText(tr("Over time: one row per %1 and group...")
                             .arg(DashboardState::granularityName(this->state()->granularity()).toLower()));
    });
    connect(csvTable, &QAction::triggered, this, [this] { exportCsv(CsvShape::Table); });
    connect(csvTime, &QAction::triggered, this, [this] { exportCsv(CsvShape::OverTime); });
    crumbRow->addWidget(csv);
    crumbRow->addWidget(png);
    breakdownLay->addLayout(crumbRow);

    auto* split = new QSplitter(Qt::Vertical, breakdown);
    m_charts = new QStackedWidget(split);
    m_timeChart = new TimeBarChart(m_charts);
    m_ranking = new RankingChart(m_charts);
    m_charts->addWidget(m_timeChart);
    m_charts->addWidget(m_ranking);
    // In place of the chart when the lens cannot answer (e.g. billing with a tenant or tag chip).
    m_lensNotice = new QWidget(m_charts);
    m_lensNotice->setObjectName(QStringLiteral("lensNotice"));
    {
        auto* nl = new QVBoxLayout(m_lensNotice);
        nl->addStretch(1);
        m_lensNoticeText = new QLabel(m_lensNotice);
        m_lensNoticeText->setObjectName(QStringLiteral("lensNoticeText"));
        m_lensNoticeText->setWordWrap(true);
        m_lensNoticeText->setAlignment(Qt::AlignCenter);
        m_lensNoticeText->setTextFormat(Qt::PlainText);
        nl->addWidget(m_lensNoticeText);
        auto* switchButton = new QPushButton(tr("Switch to attribution"), m_lensNotice);
        switchButton->setObjectName(QStringLiteral("switchToAttribution"));
        switchButton->setToolTip(tr("Show the same question through the attribution lens (proxy logs and imports)"));
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(switchButton);
        row->addStretch(1);
        nl->addLayout(row);
        nl->addStretch(1);
        connect(switchButton, &QPushButton::clicked, this, &CostsPage::switchToAttribution);
    }
    m_charts->addWidget(m_lensNotice);
    m_charts->setMinimumHeight(240);
    auto* tableBox = new QWidget(split);
    auto* tl = new QVBoxLayout(tableBox);
    tl->setContentsMargins(0, 0, 0, 0);
    m_model = new GroupTableModel(this);
    m_table = makeTableView(m_model, GroupTableModel::SortRole, tableBox);
    fitColumnsToWidth(m_table);
    m_table->setToolTip(tr("Double-click a row (or press Enter) to drill down"));
    m_table->setAccessibleName(tr("Cost breakdown"));
    tl->addWidget(m_table);
    m_totals = new QLabel(tableBox);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tl->addWidget(m_totals);
    split->addWidget(m_charts);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 400, 260 });
    breakdownLay->addWidget(split, 1);
    m_views->addWidget(breakdown);
    m_recon = new ReconciliationPanel(m_views);
    m_views->addWidget(m_recon);
    body()->addWidget(m_views, 1);
    connect(m_viewTabs, &QTabBar::currentChanged, this, [this](int i) { setView(View(i)); });
    connect(m_recon, &ReconciliationPanel::statusMessage, this, &CostsPage::statusMessage);

    for (QComboBox* c : { m_group1, m_group2, m_metric, m_chartType, m_lens })
        connect(c, &QComboBox::activated, this, &CostsPage::controlsChanged);
    connect(m_topN, &QSpinBox::valueChanged, this, [this](int n) {
        QSettings().setValue(QStringLiteral("costs/topN"), n);
        refresh();
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"),
            this->state()->exportFileName(pageId(), groupBy(), lens(), QStringLiteral("png")),
            tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveChartPng(path))
            QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1").arg(path));
    });
    auto drillRow = [this](const QModelIndex& idx) {
        const GroupRow* r = m_model->rowAt(sourceRow(m_table, idx));
        if (r && !r->other)
            drillDown(r->keys);
    };
    connect(m_table, &QTableView::doubleClicked, this, drillRow);
    onRowEnter(m_table, drillRow);
    auto drillByLabel = [this](const QString& label) {
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const GroupRow* r = m_model->rowAt(i);
            if (r && !r->other && groupLabel(r->keys, false) == label) {
                drillDown(r->keys);
                return;
            }
        }
    };
    connect(m_timeChart, &TimeBarChart::seriesDoubleClicked, this, drillByLabel);
    connect(m_ranking, &RankingChart::labelDoubleClicked, this, drillByLabel);
    connect(state, &DashboardState::changed, this, [this] {
        if (m_drilling || m_crumbs.isEmpty())
            return;
        // Chips changed by hand: the breadcrumb no longer describes the path.
        const auto& chips = this->state()->chips();
        for (const FilterChip& c : m_crumbs.constFirst().chipsBefore)
            if (!chips.contains(c)) {
                m_crumbs.clear();
                rebuildBreadcrumb();
                return;
            }
    });
    connect(state, &DashboardState::databaseChanged, this, [this] { m_tagsLoaded = false; });
    connect(state, &DashboardState::defaultLensChanged, this, &CostsPage::setLens);
    // Alt+Left steps out of the last drill-down, like a browser: View > Back of the main window (goBack).
    rebuildBreadcrumb();
    setGroupBy({ QStringLiteral("model") });
}

void CostsPage::fillAxisCombos(const QStringList& tagKeys)
{
    const QString g1 = m_group1->currentData().toString();
    const QString g2 = m_group2->currentData().toString();
    m_group1->clear();
    m_group2->clear();
    m_group2->addItem(tr("(nothing)"), QString());
    QStringList all = kAxes;
    for (const QString& k : tagKeys)
        all << QStringLiteral("tag:") + k;
    for (const QString& a : all) {
        m_group1->addItem(DashboardState::axisTitle(a), a);
        m_group2->addItem(DashboardState::axisTitle(a), a);
    }
    if (!g1.isEmpty())
        m_group1->setCurrentIndex(std::max(0, m_group1->findData(g1)));
    m_group2->setCurrentIndex(std::max(0, m_group2->findData(g2)));
}

void CostsPage::setDark(bool dark)
{
    Page::setDark(dark);
    m_timeChart->setDark(dark);
    m_ranking->setDark(dark);
}

void CostsPage::setView(View v)
{
    if (m_viewTabs->currentIndex() != int(v))
        m_viewTabs->setCurrentIndex(int(v)); // emits currentChanged, which comes back here
    if (m_views->currentIndex() == int(v))
        return;
    m_views->setCurrentIndex(int(v));
    m_controls->setVisible(v == View::Breakdown);
    // The other view's results were never fetched (or dropped as stale): ask again.
    if (isVisible() || !isDirty())
        refresh();
    else
        markDirty();
}

CostsPage::View CostsPage::view() const
{
    return View(m_views->currentIndex());
}

void CostsPage::refreshReconciliation()
{
    const Epoch from = state()->from(), to = state()->to();
    const auto filters = state()->filters();
    // Refused before dispatch: billing cannot be selected by tenant, team, prompt or tags.
    for (const Filter& f : filters)
        if (reconciliationRefusal({ f })) {
            runner()->invalidate();
            const QString label = DashboardState::axisLabel(QString::fromStdString(f.axis.name()));
            m_recon->showNotice(
                tr("Reconciliation compares billed spend with attributed spend, and billing data has no %1. "
                   "Remove the %1 filter to reconcile.")
                    .arg(label));
            return;
        }
    runner()->run<Reconciliation>(
        [from, to, filters](Database& db) -> Result<Reconciliation> { return reconcile(db, from, to, filters); },
        [this](const QueryOutcome<Reconciliation>& out) {
            if (!out.value) {
                showError(tr("The reconciliation failed: %1").arg(out.error));
                m_recon->showNotice(tr("No data"));
                return;
            }
            m_recon->setReconciliation(std::move(*out.value));
        });
}

void CostsPage::setGroupBy(const QStringList& axes)
{
    auto select = [](QComboBox* c, const QString& a) {
        int i = c->findData(a);
        if (i < 0 && !a.isEmpty()) {
            c->addItem(DashboardState::axisLabel(a), a);
            i = c->count() - 1;
        }
        c->setCurrentIndex(std::max(0, i));
    };
    select(m_group1, axes.value(0, QStringLiteral("model")));
    select(m_group2, axes.value(1));
    controlsChanged();
}

QStringList CostsPage::groupBy() const
{
    QStringList out { m_group1->currentData().toString() };
    const QString g2 = m_group2->currentData().toString();
    if (!g2.isEmpty() && g2 != out.first())
        out << g2;
    return out;
}

void CostsPage::setMetric(Metric m)
{
    m_metric->setCurrentIndex(m_metric->findData(int(m)));
    updateChart();
}

void CostsPage::setChartType(ChartType t)
{
    m_chartType->setCurrentIndex(m_chartType->findData(int(t)));
    updateChart();
}

void CostsPage::setLens(Lens lens)
{
    m_lens->setCurrentIndex(m_lens->findData(int(lens)));
    controlsChanged();
}

Lens CostsPage::lens() const
{
    return Lens(m_lens->currentData().toInt());
}

int CostsPage::topN() const
{
    return m_topN->value();
}

void CostsPage::setTopN(int n)
{
    m_topN->setValue(n);
}

void CostsPage::switchToAttribution()
{
    setLens(Lens::Attribution);
}

QString CostsPage::lensNotice() const
{
    return m_lensRefused ? m_lensNoticeText->text() : QString();
}

void CostsPage::showLensNotice(Lens lens, const Axis& axis, bool unallocated)
{
    const QString label = DashboardState::axisLabel(QString::fromStdString(axis.name()));
    const QString what = axis.isTag() ? tr("tags (%1)").arg(label) : label;
    const QString text = unallocated
        ? tr("The %1 is not available in the billing lens here: it is a per-request dimension of proxy logs and "
             "imports, and provider usage gets one only through allocation rules, which gave none in %2.\n\n"
             "Switch to the attribution lens (proxy logs and imports) to see spend by %1.")
              .arg(label, state()->rangeLabel())
        : lens == Lens::Billing
        ? tr("Billing data has no %1: provider usage APIs report spend by provider, model, project, API key, "
             "user and service tier only, so this breakdown or filter cannot be answered from billing.\n\n"
             "Switch to the attribution lens (proxy logs and imports) to see it by %2.")
              .arg(what, label)
        : tr("The %1 lens has no %2. Switch to the attribution lens to see it by %3.")
              .arg(QString::fromLatin1(lensName(lens)), what, label);
    m_lensNoticeText->setText(text);
    m_lensRefused = true;
    m_charts->setCurrentWidget(m_lensNotice);
}

void CostsPage::controlsChanged()
{
    const QStringList g = groupBy();
    QStringList headers;
    for (const QString& a : g)
        headers << DashboardState::axisTitle(a);
    m_model->setColumns(headers, tableMeasures(g));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(int(g.size()) + 5, Qt::DescendingOrder);
    if (isVisible() || !isDirty())
        refresh();
    else
        markDirty();
}

void CostsPage::drillDown(const std::vector<std::string>& keys)
{
    const QStringList g = groupBy();
    Crumb crumb;
    crumb.chipsBefore = state()->chips();
    crumb.groupByBefore = g;
    QStringList parts;
    QList<FilterChip> chips = state()->chips();
    for (int i = 0; i < g.size() && std::size_t(i) < keys.size(); ++i) {
        const FilterChip c { g[i], QString::fromStdString(keys[std::size_t(i)]) };
        if (!chips.contains(c))
            chips << c;
        parts << QStringLiteral("%1: %2").arg(
            DashboardState::axisLabel(c.axis), c.value.isEmpty() ? tr("(none)") : c.value);
    }
    crumb.label = parts.join(QStringLiteral(", "));
    m_crumbs << crumb;
    // Group by the next axis of the drill order that is neither filtered nor grouped already.
    QStringList filtered;
    for (const FilterChip& c : chips)
        filtered << c.axis;
    // Go deeper first (model -> tenant, not model -> provider), then wrap around.
    QString next;
    // Axes the lens does not carry are skipped (billing has no tenant or prompt).
    const int from = int(kDrillOrder.indexOf(g.constFirst())) + 1;
    for (int k = 0; k < kDrillOrder.size() && next.isEmpty(); ++k) {
        const QString& a = kDrillOrder[(from + k) % kDrillOrder.size()];
        const auto axis = Axis::fromName(a.toStdString());
        if (!filtered.contains(a) && !g.contains(a) && axis && lensCarries(lens(), *axis))
            next = a;
    }
    m_drilling = true;
    state()->setChips(chips);
    m_drilling = false;
    rebuildBreadcrumb();
    if (!next.isEmpty())
        setGroupBy({ next });
}

void CostsPage::backTo(int depth)
{
    if (depth < 0 || depth >= m_crumbs.size())
        return;
    const Crumb c = m_crumbs[depth];
    m_crumbs.erase(m_crumbs.begin() + depth, m_crumbs.end());
    m_drilling = true;
    state()->setChips(c.chipsBefore);
    m_drilling = false;
    rebuildBreadcrumb();
    setGroupBy(c.groupByBefore);
}

bool CostsPage::canGoBack() const
{
    return !m_crumbs.isEmpty();
}

void CostsPage::goBack()
{
    if (!m_crumbs.isEmpty())
        backTo(int(m_crumbs.size()) - 1);
}

void CostsPage::rebuildBreadcrumb()
{
    emit backChanged();
    while (QLayoutItem* item = m_crumbBar->takeAt(0)) {
        // deleteLater: the clicked chip or crumb may be the sender of the signal that got us here.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (m_crumbs.isEmpty()) {
        auto* hint = new QLabel(
            tr("Double-click a bar or a row to drill down. \u25B2 marks days with annotated requests."), this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        m_crumbBar->addWidget(hint);
        m_crumbBar->addStretch(1);
        return;
    }
    for (int i = 0; i < m_crumbs.size(); ++i) {
        auto* b = new QToolButton(this);
        b->setAutoRaise(true);
        b->setText(i == 0 ? tr("All") : m_crumbs[i - 1].label);
        b->setToolTip(i == m_crumbs.size() - 1 ? tr("Back to this level (Alt+Left)") : tr("Back to this level"));
        connect(b, &QToolButton::clicked, this, [this, i] { backTo(i); });
        m_crumbBar->addWidget(b);
        m_crumbBar->addWidget(new QLabel(QStringLiteral("\u203A"), this));
    }
    auto* current = new QLabel(QStringLiteral("<b>%1</b>").arg(m_crumbs.constLast().label.toHtmlEscaped()), this);
    m_crumbBar->addWidget(current);
    m_crumbBar->addStretch(1);
}

void CostsPage::doRefresh()
{
    if (view() == View::Reconciliation) {
        refreshReconciliation();
        return;
    }
    CostQuery base;
    base.from = state()->from();
    base.to = state()->to();
    base.filters = state()->filters();
    base.lens = Lens(m_lens->currentData().toInt());
    for (const QString& a : groupBy())
        if (auto ax = Axis::fromName(a.toStdString()))
            base.groupBy.push_back(*ax);
    // Refused before dispatch: the lens cannot answer, and an empty chart would say "no usage".
    if (auto a = uncarriedAxis(base)) {
        runner()->invalidate(); // a result still in flight belongs to the previous question
        m_tableQuery = base;
        m_tableResult = {};
        m_timeResult = {};
        m_model->setRows({}, {});
        m_totals->clear();
        showLensNotice(base.lens, *a);
        return;
    }
    m_lensRefused = false;
    CostQuery table = base;
    CostQuery time = base;
    time.granularity = state()->granularity();
    time.topN = m_topN->value();
    for (int i = 0; i < m_metric->count(); ++i) // the currency display may have changed
        m_metric->setItemText(i, metricTitle(Metric(m_metric->itemData(i).toInt())));
    const bool loadTags = !m_tagsLoaded;
    m_granularity = time.granularity;
    runner()->run<CostsData>(
        [table, time, loadTags](Database& db) -> Result<CostsData> {
            CostsData d;
            if (loadTags)
                for (auto& [id, k] : db.dimValues(Dim::TagKey))
                    d.tagKeys.push_back(k);
            CostQueries q(db);
            auto t = q.run(table);
            if (!t)
                return t.error();
            d.tableResult = std::move(*t);
            d.rows = foldGroups(d.tableResult, {});
            if (table.lens == Lens::Attribution)
                if (auto tally = tallyAnnotations(db, table))
                    attachAnnotations(d.rows, *tally);
            if (auto tally = tallyAnnotations(db, CostQuery { time.from, time.to, time.granularity, {}, time.filters }))
                d.markers = annotationMarkers(*tally, time.granularity);
            QStringList axes;
            for (const Axis& a : table.groupBy)
                axes << QString::fromStdString(a.name());
            if (table.lens == Lens::Attribution && latencyAxes(axes)) {
                auto lat = latencyByGroup(db, table);
                if (!lat)
                    return lat.error();
                std::map<std::vector<std::string>, const LatencyGroup*> byKeys;
                for (const auto& g : lat->groups)
                    byKeys.emplace(g.keys, &g);
                for (GroupRow& r : d.rows)
                    if (!r.other)
                        if (auto it = byKeys.find(r.keys); it != byKeys.end()) {
                            r.latency = it->second->stats;
                            r.ttft = it->second->ttft;
                        }
            }
            auto s = q.run(time);
            if (!s)
                return s.error();
            d.timeResult = std::move(*s);
            d.buckets = bucketRange(time.from, time.to, time.granularity);
            return d;
        },
        [this, table, loadTags](const QueryOutcome<CostsData>& out) {
            if (!out.value) {
                showError(tr("The cost query failed: %1").arg(out.error));
                m_timeChart->showMessage(tr("No data"));
                m_ranking->showMessage(tr("No data"));
                return;
            }
            CostsData& d = *out.value;
            if (loadTags) {
                m_tagsLoaded = true;
                QStringList keys;
                for (const auto& k : d.tagKeys)
                    keys << QString::fromStdString(k);
                fillAxisCombos(keys);
            }
            m_tableQuery = table;
            m_tableResult = d.tableResult;
            m_timeResult = d.timeResult;
            m_buckets = d.buckets;
            m_markers = d.markers;
            m_model->setRows(d.rows, d.tableResult.total);
            const bool ttft = std::any_of(
                d.rows.begin(), d.rows.end(), [](const GroupRow& r) { return r.ttft && r.ttft->count > 0; });
            for (int c = m_model->keyColumnCount(); c < m_model->columnCount(); ++c) {
                const M m = m_model->measureAt(c);
                m_table->setColumnHidden(c, !ttft && m == M::Ttft);
            }
            // Billing reaches tenants, teams and environments only through allocation rules: when none gave a
            // value (every row "(none)", or nothing under a tenant chip), say so instead of a "(none)" chart.
            QString noneHint;
            if (table.lens == Lens::Billing) {
                for (std::size_t i = 0; i < table.groupBy.size() && noneHint.isEmpty(); ++i)
                    if (prefersAttribution(table.groupBy[i])
                        && std::any_of(d.tableResult.rows.begin(), d.tableResult.rows.end(),
                            [i](const ResultRow& r) { return !r.other && r.keys[i].empty(); }))
                        noneHint = tr("<br>(none): billed spend no allocation rule gives a %1 - per-request %1 "
                                      "values are in the attribution lens.")
                                       .arg(DashboardState::axisLabel(QString::fromStdString(table.groupBy[i].name())));

                std::optional<Axis> missing;
                for (std::size_t i = 0; i < table.groupBy.size() && !missing; ++i)
                    if (prefersAttribution(table.groupBy[i])
                        && std::all_of(d.tableResult.rows.begin(), d.tableResult.rows.end(),
                            [i](const ResultRow& r) { return r.keys[i].empty(); }))
                        missing = table.groupBy[i];
                for (const Filter& f : table.filters)
                    if (!missing && prefersAttribution(f.axis) && d.tableResult.rows.empty())
                        missing = f.axis;
                if (missing) {
                    showLensNotice(table.lens, *missing, true);
                    m_lensRefused = true;
                }
            }
            const Totals& t = d.tableResult.total;
            m_totals->setText(
                tr("Total: %1 requests, %2 input tokens (%3 cached), %4 output tokens, <b>%5</b>, "
                   "%6 per request")
                    .arg(formatCount(t.requests), formatCount(t.input), formatCount(t.cached), formatCount(t.output),
                        formatMoney(t.cost), formatMoneyPrecise(t.costPerRequest()))
                + noneHint);
            updateChart();
        });
}

void CostsPage::updateChart()
{
    const auto metric = Metric(m_metric->currentData().toInt());
    const auto type = ChartType(m_chartType->currentData().toInt());
    if (m_lensRefused)
        return; // the notice stays in place of the chart until the lens or the question changes
    m_charts->setCurrentIndex(type == ChartType::OverTime ? 0 : 1);
    const ValueKind kind = metricKind(metric);
    if (type == ChartType::OverTime) {
        const auto series
            = seriesFromResult(m_timeResult, m_buckets, [metric](const Totals& t) { return metricValue(metric, t); });
        if (series.isEmpty())
            m_timeChart->showMessage(tr("No usage in %1 with these filters and this lens.").arg(state()->rangeLabel()));
        else {
            m_timeChart->setData(
                toQt(m_buckets), series, kind, metricTitle(metric), metricAdditive(metric), chartBucket(m_granularity));
            m_timeChart->setMarkers(m_markers, annotationMarkerName());
        }
        return;
    }
    std::vector<std::pair<double, const GroupRow*>> ranked;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (const GroupRow* r = m_model->rowAt(i))
            ranked.emplace_back(metricValue(metric, r->totals), r);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList labels;
    QVector<double> values;
    QVector<bool> drillable;
    for (const auto& [v, r] : ranked) {
        labels << groupLabel(r->keys, r->other);
        values << v;
        drillable << !r->other;
    }
    if (labels.isEmpty())
        m_ranking->showMessage(tr("No usage in %1 with these filters and this lens.").arg(state()->rangeLabel()));
    else
        m_ranking->setData(labels, values, kind, metricTitle(metric), drillable);
}

void CostsPage::exportCsv(CsvShape shape)
{
    QString name = state()->exportFileName(pageId(), groupBy(), lens(), QStringLiteral("csv"));
    if (shape == CsvShape::OverTime) // ..._attribution_per-day.csv: the granularity is part of the context
        name.insert(name.size() - 4,
            QStringLiteral("_per-%1").arg(QString::fromLatin1(granularityName(state()->granularity()))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path, shape);
}

void CostsPage::exportCsvTo(const QString& path, CsvShape shape)
{
    if (m_lensRefused) {
        showError(m_lensNoticeText->text());
        return;
    }
    CostQuery query = m_tableQuery;
    QueryResult result = m_tableResult;
    if (shape == CsvShape::OverTime) {
        // Every bucket and group, not the chart's top-N: read afresh (rollups: milliseconds even at 10M events).
        query.granularity = state()->granularity();
        query.topN = 0;
        auto db = Database::open(runner()->databasePath().toStdString(), Database::Mode::ReadOnly);
        if (!db) {
            showError(tr("Could not read the database: %1").arg(QString::fromStdString(db.error().detail)));
            return;
        }
        auto r = CostQueries(**db).run(query);
        if (!r) {
            showError(tr("The cost query failed: %1").arg(QString::fromStdString(r.error().detail)));
            return;
        }
        result = std::move(*r);
    }
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out) {
        showError(tr("Could not write %1").arg(path));
        return;
    }
    CsvExportOptions o;
    o.decimals = 6;
    o.totalRow = true;
    writeFinanceCsv(out, query, result, o);
    out.close();
    emit statusMessage(out ? tr("Exported %1").arg(path) : tr("Could not write %1").arg(path));
}

bool CostsPage::saveChartPng(const QString& path)
{
    return withCaption(m_charts->currentWidget()->grab(), chartCaption()).save(path, "PNG");
}

QString CostsPage::chartCaption() const
{
    return state()->contextCaption(title(), groupBy(), lens());
}

QImage CostsPage::withCaption(const QPixmap& chart, const QString& caption) const
{
    // The caption is drawn under the chart, in the page's colours, wrapped to the chart's width.
    const qreal dpr = chart.devicePixelRatio();
    const int w = int(chart.width() / dpr);
    QFont f = font();
    const QFontMetrics fm(f);
    const QRect textRect = fm.boundingRect(QRect(8, 0, std::max(1, w - 16), 10000), Qt::TextWordWrap, caption);
    const int captionHeight = textRect.height() + 12;
    QImage img(QSize(chart.width(), chart.height() + int(captionHeight * dpr)), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(palette().color(QPalette::Window));
    QPainter p(&img);
    p.drawPixmap(0, 0, chart);
    p.setFont(f);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(
        QRect(8, int(chart.height() / dpr) + 6, std::max(1, w - 16), textRect.height()), Qt::TextWordWrap, caption);
    p.end();
    return img;
}

} // namespace burnrate::ui
