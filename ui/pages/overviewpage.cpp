#include "ui/pages/overviewpage.h"

#include "analytics/budgets.h"
#include "analytics/kpis.h"
#include "analytics/reconciliation.h"
#include "store/budgetstore.h"
#include "store/findingstore.h"
#include "ui/charts/timebarchart.h"
#include "ui/format.h"
#include "ui/models/findingtablemodel.h"
#include "ui/models/grouptablemodel.h"
#include "ui/pages/charthelpers.h"
#include "ui/queryrunner.h"
#include "ui/widgets/budgetgauge.h"
#include "ui/widgets/kpitile.h"
#include "ui/widgets/sparklinedelegate.h"
#include "ui/widgets/tables.h"
#include "ui/writejob.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <ctime>

namespace burnrate::ui {

namespace {

struct OverviewData
{
    Kpis kpis;
    std::vector<Epoch> buckets;
    QueryResult byModel;
    std::vector<GroupRow> tenants, prompts;
    Totals attributionTotal;
    std::vector<BudgetStatus> nearest; // the budgets nearest a tier (or over), at most three
    std::optional<ReconTotals> coverage; // nullopt: a filter billing does not carry
    QList<ChartMarker> markers; // annotated requests per bucket
    std::vector<StoredFinding> findings; // not dismissed, overlapping the range
};

using M = GroupTableModel::Measure;

} // namespace

OverviewPage::OverviewPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    m_spend = new KpiTile(tr("Spend"),
        tr("Spend in the range (billing lens when a provider usage source has data, "
           "else attribution), compared with the same length of time just before"));
    m_forecast = new KpiTile(tr("Forecast"),
        tr("The month the range ends in, projected to its end from the daily spend of the last eight weeks "
           "(weekday pattern and trend where the history shows them)"));
    m_requests = new KpiTile(tr("Requests"), tr("Requests seen by the proxy or imported logs (attribution lens)"));
    m_perRequest = new KpiTile(tr("Cost per request"), tr("Attributed spend / requests"));
    m_cacheHit = new KpiTile(tr("Prompt-cache hit rate"), tr("Cached input tokens / all input tokens"));
    m_errorCost = new KpiTile(tr("Error cost"), tr("Spend on requests that ended with an error status (>= 400)"));
    m_unattributed = new KpiTile(tr("Unattributed spend"),
        tr("Billed spend (provider usage APIs) minus attributed spend (proxy logs): money "
           "no tenant, team or prompt accounts for"));
    m_unpriced = new KpiTile(tr("Unpriced tokens"),
        tr("Tokens of models without a known price: counted, never treated as free. "
           "Add a price on the Prices page."));
    m_coverage = new KpiTile(tr("Coverage"),
        tr("Attributed spend / billed spend on the days each provider's billing covers: how much of what the "
           "providers billed the proxy logs account for (see Costs, Reconciliation)"));
    const QList<KpiTile*> all = { m_spend, m_forecast, m_requests, m_perRequest, m_cacheHit, m_errorCost,
        m_unattributed, m_coverage, m_unpriced };
    for (int i = 0; i < all.size(); ++i)
        tiles->addWidget(all[i], i / 5, i % 5); // two rows: the chart and tables keep their height
    body()->addLayout(tiles);

    // The budgets nearest a tier: hidden until a budget exists.
    m_budgetRow = new QWidget(this);
    auto* budgetLay = new QHBoxLayout(m_budgetRow);
    budgetLay->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto* g = new BudgetGauge(m_budgetRow);
        g->hide();
        connect(g, &BudgetGauge::clicked, this, &OverviewPage::budgetsRequested);
        budgetLay->addWidget(g);
        m_budgetGauges << g;
    }
    m_budgetRow->hide();
    body()->addWidget(m_budgetRow);

    // Cost-leak findings in the range (stored after every import and sync): hidden while there are none.
    m_findingsBox = new QGroupBox(tr("Cost leaks"), this);
    auto* findLay = new QVBoxLayout(m_findingsBox);
    findLay->setContentsMargins(4, 4, 4, 4);
    m_findings = new FindingTableModel(this);
    m_findingsView = makeTableView(m_findings, FindingTableModel::SortRole, m_findingsBox);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* fh = m_findingsView->horizontalHeader();
    for (int c = 0; c < FindingTableModel::Evidence; ++c)
        fh->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    fh->setStretchLastSection(true);
    m_findingsView->setMinimumHeight(100); // three rows at least, even in a 700-pixel-high window
    m_findingsView->setMaximumHeight(150);
    m_findingsView->sortByColumn(FindingTableModel::Severity, Qt::DescendingOrder);
    findLay->addWidget(m_findingsView);
    auto* findButtons = new QHBoxLayout;
    m_openFinding = new QPushButton(tr("Show requests or costs"), m_findingsBox);
    m_openFinding->setToolTip(tr("Open the page that shows this finding, filtered to its scope and range"));
    m_dismissFinding = new QPushButton(tr("Dismiss…"), m_findingsBox);
    m_dismissFinding->setToolTip(
        tr("Hide this finding with a reason; it stays dismissed when the detectors run again"));
    findButtons->addStretch(1);
    findButtons->addWidget(m_openFinding);
    findButtons->addWidget(m_dismissFinding);
    findLay->addLayout(findButtons);
    m_findingsBox->hide();
    body()->addWidget(m_findingsBox);
    auto selectedFinding = [this]() {
        const auto rows = m_findingsView->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : sourceRow(m_findingsView, rows.front());
    };
    auto updateButtons = [this, selectedFinding] {
        const bool any = selectedFinding() >= 0;
        m_openFinding->setEnabled(any);
        m_dismissFinding->setEnabled(any);
    };
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_findings, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    connect(m_openFinding, &QPushButton::clicked, this, [this, selectedFinding] { openFinding(selectedFinding()); });
    connect(m_findingsView, &QTableView::doubleClicked, this,
        [this](const QModelIndex& idx) { openFinding(sourceRow(m_findingsView, idx)); });
    connect(m_dismissFinding, &QPushButton::clicked, this, [this, selectedFinding] {
        const int row = selectedFinding();
        const StoredFinding* f = m_findings->findingAt(row);
        if (!f)
            return;
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Dismiss finding"),
            tr("Why is this finding not a leak (for example: a planned load test)?"), QLineEdit::Normal, QString(),
            &ok);
        if (ok && !reason.trimmed().isEmpty())
            dismissFinding(row, reason.trimmed());
    });

    auto* chartBox = new QGroupBox(tr("Spend over time by model (\u25B2 days with annotated requests)"), this);
    auto* chartLay = new QVBoxLayout(chartBox);
    chartLay->setContentsMargins(4, 4, 4, 4);
    m_chart = new TimeBarChart(chartBox);
    m_chart->setMinimumHeight(180); // the page fits a 700-pixel-high window
    chartLay->addWidget(m_chart);
    body()->addWidget(chartBox, 3);

    auto* tables = new QHBoxLayout;
    auto makeTop = [&](const QString& title, const QString& key, GroupTableModel*& model, QTableView*& view) {
        auto* box = new QGroupBox(title, this);
        auto* lay = new QVBoxLayout(box);
        lay->setContentsMargins(4, 4, 4, 4);
        model = new GroupTableModel(this);
        model->setColumns({ key }, { M::Cost, M::Share, M::Trend });
        view = makeTableView(model, GroupTableModel::SortRole, box);
        view->setItemDelegateForColumn(3, new SparklineDelegate(GroupTableModel::TrendRole, view));
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(false);
        view->setColumnWidth(3, 140);
        view->sortByColumn(1, Qt::DescendingOrder);
        lay->addWidget(view);
        tables->addWidget(box);
    };
    makeTop(tr("Top tenants"), tr("Tenant"), m_tenants, m_tenantsView);
    makeTop(tr("Top prompts"), tr("Prompt"), m_prompts, m_promptsView);
    body()->addLayout(tables, 2);
    m_unpricedNote = new QLabel(tr("* includes requests of models without a price: their cost is unknown, not zero "
                                   "(see Prices)"),
        this);
    m_unpricedNote->setForegroundRole(QPalette::PlaceholderText);
    m_unpricedNote->hide();
    body()->addWidget(m_unpricedNote);
    connect(m_chart, &TimeBarChart::seriesDoubleClicked, this, [this](const QString& model) {
        this->state()->addChip({ QStringLiteral("model"), model });
    });
    auto drill = [this](QTableView* view, GroupTableModel* model, const QString& axis) {
        connect(view, &QTableView::doubleClicked, this, [this, view, model, axis](const QModelIndex& idx) {
            const GroupRow* r = model->rowAt(sourceRow(view, idx));
            if (r && !r->other && !r->keys.empty() && !r->keys[0].empty())
                this->state()->addChip({ axis, QString::fromStdString(r->keys[0]) });
        });
    };
    drill(m_tenantsView, m_tenants, QStringLiteral("tenant"));
    drill(m_promptsView, m_prompts, QStringLiteral("prompt"));
}

void OverviewPage::openFinding(int row)
{
    const StoredFinding* s = m_findings->findingAt(row);
    if (!s)
        return;
    const Finding& f = s->finding;
    QList<FilterChip> chips;
    for (const auto& [dim, value] : f.scope)
        chips.append({ QString::fromStdString(dim), QString::fromStdString(value) });
    state()->setCustomRange(floorDay(f.from), floorDay(f.to - 1));
    state()->setChips(chips);
    emit findingOpened(leakDetectorInfo(f.detector).view == FindingView::Requests ? QStringLiteral("requests")
                                                                                  : QStringLiteral("costs"));
}

void OverviewPage::dismissFinding(int row, const QString& reason)
{
    const StoredFinding* s = m_findings->findingAt(row);
    if (!s || reason.isEmpty())
        return;
    const std::int64_t id = s->id;
    QString who = QSettings().value(QStringLiteral("settings/analyst")).toString().trimmed();
    if (who.isEmpty())
        who = qEnvironmentVariable("USER");
    const std::string why = reason.toStdString(), by = who.toStdString();
    runWrite(
        this, state()->databasePath(),
        [id, why, by](Database& db) -> QString {
            auto r = burnrate::dismissFinding(db, id, why, by, static_cast<Epoch>(std::time(nullptr)));
            return r ? QString() : QString::fromStdString(r.error().detail);
        },
        [this](const QString& error) {
            if (!error.isEmpty())
                showError(tr("The finding could not be dismissed: %1").arg(error));
            refresh();
        });
}

void OverviewPage::setDark(bool dark)
{
    Page::setDark(dark);
    m_chart->setDark(dark);
}

void OverviewPage::doRefresh()
{
    const Epoch from = state()->from(), to = state()->to(), now = state()->now();
    const auto filters = state()->filters();
    const Granularity g = state()->granularity();
    runner()->run<OverviewData>(
        [from, to, now, filters, g](Database& db) -> Result<OverviewData> {
            CostQueries q(db);
            OverviewData d;
            auto k = computeKpis(q, from, to, filters, now);
            if (!k)
                return k.error();
            d.kpis = std::move(*k);
            d.buckets = bucketRange(from, to, g);
            CostQuery cq;
            cq.from = from;
            cq.to = to;
            cq.granularity = g;
            cq.groupBy = { Axis { Dim::Model, {} } };
            cq.filters = filters;
            cq.lens = d.kpis.spendLens;
            cq.topN = 5; // with Other, a legend that fits beside the chart in a 700-pixel-high window
            auto byModel = q.run(cq);
            if (!byModel)
                return byModel.error();
            d.byModel = std::move(*byModel);
            if (auto tally = tallyAnnotations(db, CostQuery { from, to, g, {}, filters }))
                d.markers = annotationMarkers(*tally, g);
            // Trends are daily even for long ranges: a sparkline needs shape, not precision.
            const Granularity tg = g == Granularity::Hour ? Granularity::Hour : Granularity::Day;
            const auto trendBuckets = bucketRange(from, to, tg);
            for (auto [dim, out] : { std::pair { Dim::Tenant, &d.tenants }, std::pair { Dim::PromptId, &d.prompts } }) {
                CostQuery t;
                t.from = from;
                t.to = to;
                t.granularity = tg;
                t.groupBy = { Axis { dim, {} } };
                t.filters = filters;
                t.lens = Lens::Attribution;
                t.topN = 12;
                auto r = q.run(t);
                if (!r)
                    return r.error();
                d.attributionTotal = r->total;
                *out = foldGroups(*r, trendBuckets);
            }
            if (auto budgets = listBudgets(db)) {
                for (const Budget& b : *budgets)
                    if (auto st = evaluateBudget(q, b, now))
                        d.nearest.push_back(std::move(*st));
                // Over budget first, then by how close the forecast comes to the next tier.
                std::stable_sort(d.nearest.begin(), d.nearest.end(),
                    [](const BudgetStatus& a, const BudgetStatus& b) { return a.projectedUsed() > b.projectedUsed(); });
                if (d.nearest.size() > 3)
                    d.nearest.resize(3);
            }
            auto findings = listFindings(db, from, to, false);
            if (!findings)
                return findings.error();
            d.findings = std::move(*findings);
            if (!reconciliationRefusal(filters)) {
                auto rec = reconcile(db, from, to, filters);
                if (!rec)
                    return rec.error();
                d.coverage = rec->totals;
            }
            return d;
        },
        [this, g, filters](const QueryOutcome<OverviewData>& out) {
            if (!out.value) {
                showError(tr("The overview could not be loaded: %1").arg(out.error));
                m_chart->showMessage(tr("No data"));
                return;
            }
            const OverviewData& d = *out.value;
            const Kpis& k = d.kpis;
            const double change = k.changeVsPrevious();
            const QString rangeWord = tr("vs previous period");
            // A change against a period with no data, or one the data starts inside, is no comparison.
            QString noComparison;
            if (k.previousCoverage == Kpis::Coverage::None || !k.previousSpend)
                noComparison = tr("no data in previous period");
            else if (k.previousCoverage == Kpis::Coverage::Partial)
                noComparison = tr("previous period partly covered: data from %1").arg(formatDate(k.previousDataFrom));
            m_spend->setValue(formatMoney(k.spend),
                noComparison.isEmpty() ? QStringLiteral("%1 %2").arg(formatSignedPercent(change), rangeWord)
                                       : noComparison,
                !noComparison.isEmpty()
                    ? KpiTile::Tone::Neutral
                    : (change > 0.005 ? KpiTile::Tone::Bad
                                      : (change < -0.005 ? KpiTile::Tone::Good : KpiTile::Tone::Neutral)));
            const Forecast& f = k.forecast;
            const QString month = ui::describePeriod(BudgetPeriod::Monthly, f.periodStart, f.periodEnd);
            if (f.complete()) {
                m_forecast->setCaption(tr("%1 total").arg(month));
                m_forecast->setValue(formatMoney(f.projected), tr("complete month"));
            } else {
                m_forecast->setCaption(tr("Forecast for %1").arg(month));
                m_forecast->setValue(formatMoney(f.projected),
                    tr("%1 so far \u00b7 likely %2 to %3")
                        .arg(formatMoney(f.spent), formatMoney(f.low), formatMoney(f.high)));
            }
            m_forecast->setToolTip(tr("Projection of %1 to its end: %2. The band holds the month's total about "
                                      "9 times in 10.")
                                       .arg(month, QString::fromStdString(f.method)));
            const double reqChange = k.previous.requests
                ? double(k.current.requests - k.previous.requests) / double(k.previous.requests)
                : 0.0;
            QString reqNote;
            if (!k.previous.requests)
                reqNote = tr("no data in previous period");
            else if (k.spendLens == Lens::Attribution && !noComparison.isEmpty())
                reqNote = noComparison;
            else
                reqNote = QStringLiteral("%1 %2").arg(formatSignedPercent(reqChange), rangeWord);
            m_requests->setValue(formatCompact(double(k.current.requests)), reqNote);
            m_perRequest->setValue(formatMoneyPrecise(k.current.costPerRequest()),
                tr("%1 per 1k output tokens").arg(formatMoneyPrecise(k.current.costPer1kOutput())));
            m_cacheHit->setValue(
                formatPercent(k.current.promptCacheHitRate()), tr("saved %1").arg(formatMoney(k.current.cacheSavings)));
            m_errorCost->setValue(formatMoney(k.current.errorCost),
                tr("%1 of requests failed").arg(formatPercent(k.current.errorRate())),
                k.current.errorCost > 0 ? KpiTile::Tone::Bad : KpiTile::Tone::Neutral);
            QString billingless; // the filter billing cannot answer
            for (const Filter& f : filters)
                if (billingless.isEmpty() && prefersAttribution(f.axis))
                    billingless = DashboardState::axisLabel(QString::fromStdString(f.axis.name()));
            if (k.hasBilling && !billingless.isEmpty())
                // A filter on a per-request dimension (tenant, prompt, tags): billing cannot be split that way.
                m_unattributed->setValue(
                    tr("n/a"), tr("not available in the billing lens (filtered by %1)").arg(billingless));
            else if (k.hasBilling)
                m_unattributed->setValue(formatMoney(k.unattributed),
                    tr("billed %1, attributed %2").arg(formatMoney(k.billingCost), formatMoney(k.attributionCost)));
            else
                m_unattributed->setValue(formatMoney(0), tr("no billing source connected"));
            if (!d.coverage)
                m_coverage->setValue(tr("n/a"), tr("billing cannot be filtered this way"));
            else if (auto c = d.coverage->coverage())
                m_coverage->setValue(
                    formatPercent(*c), tr("of billed %1 attributed").arg(formatMoney(d.coverage->billed)));
            else
                m_coverage->setValue(
                    tr("n/a"), d.coverage->hasBilling ? tr("nothing billed") : tr("no billing data to compare"));
            m_unpriced->setValue(formatCompact(double(k.current.unpricedTokens)),
                tr("%1 requests").arg(formatCount(k.current.unpricedRequests)),
                k.current.unpricedTokens > 0 ? KpiTile::Tone::Bad : KpiTile::Tone::Neutral);

            const auto series = seriesFromResult(d.byModel, d.buckets, [](const Totals& t) { return toUsd(t.cost); });
            if (series.isEmpty())
                m_chart->showMessage(tr("No usage in %1 with these filters.").arg(state()->rangeLabel()));
            else {
                m_chart->setData(toQt(d.buckets), series, ValueKind::Money,
                    k.spendLens == Lens::Billing ? tr("Spend (%1, billing)").arg(currencyUnit())
                                                 : tr("Spend (%1)").arg(currencyUnit()),
                    true, chartBucket(g));
                m_chart->setMarkers(d.markers, annotationMarkerName());
            }
            bool anyUnpriced = false;
            for (const auto* rows : { &d.tenants, &d.prompts })
                for (const GroupRow& r : *rows)
                    anyUnpriced = anyUnpriced || (r.totals.unpricedRequests > 0 && r.totals.cost > 0);
            m_unpricedNote->setVisible(anyUnpriced);
            for (int i = 0; i < m_budgetGauges.size(); ++i) {
                const bool shown = i < int(d.nearest.size());
                if (shown)
                    m_budgetGauges[i]->setStatus(d.nearest[std::size_t(i)]);
                m_budgetGauges[i]->setVisible(shown);
            }
            m_budgetRow->setVisible(!d.nearest.empty());
            m_findingsBox->setTitle(tr("Cost leaks (%n open)", nullptr, int(d.findings.size())));
            m_findingsBox->setVisible(!d.findings.empty());
            m_findings->setRows(d.findings);
            m_tenants->setRows(d.tenants, d.attributionTotal);
            m_prompts->setRows(d.prompts, d.attributionTotal);
            // Re-sort the views by spend; rows arrive costliest first but the proxy keeps its column.
            emit statusMessage(QString());
        });
}

} // namespace burnrate::ui
