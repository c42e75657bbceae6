#include "ui/pages/cachepage.h"

#include "ui/charts/linechart.h"
#include "ui/format.h"
#include "ui/models/grouptablemodel.h"
#include "ui/pages/charthelpers.h"
#include "ui/queryrunner.h"
#include "ui/widgets/kpitile.h"
#include "ui/widgets/tables.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace burnrate::ui {

namespace {

using M = GroupTableModel::Measure;

struct CacheData
{
    Totals total;
    std::vector<Epoch> buckets;
    QueryResult byModel, byPrompt;
    std::vector<GroupRow> rows;
};

// Hit rate (cached / input) per group and bucket; buckets without input are left out, not drawn as 0.
QList<LineChart::Line> hitRateLines(const QueryResult& r)
{
    std::map<std::vector<std::string>, std::pair<Nano, LineChart::Line>> lines;
    std::map<std::vector<std::string>, std::map<Epoch, std::pair<std::int64_t, std::int64_t>>> acc;
    for (const ResultRow& row : r.rows) {
        if (row.other)
            continue;
        auto& l = lines[row.keys];
        l.first += row.totals.cost;
        l.second.name = groupLabel(row.keys, false);
        auto& a = acc[row.keys][row.bucket];
        a.first += row.totals.cached;
        a.second += row.totals.input;
    }
    for (auto& [k, buckets] : acc)
        for (auto& [b, a] : buckets)
            if (a.second > 0)
                lines[k].second.points.append(QPointF(double(b) * 1000.0, 100.0 * double(a.first) / double(a.second)));
    std::vector<std::pair<Nano, LineChart::Line>> sorted;
    for (auto& [k, l] : lines)
        sorted.push_back(l);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<LineChart::Line> out;
    for (auto& [c, l] : sorted)
        if (l.points.size() > 0)
            out << l;
    return out;
}

} // namespace

CachePage::CachePage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    auto* tiles = new QGridLayout;
    m_hitRate = new KpiTile(tr("Prompt-cache hit rate"), tr("Cached input tokens / all input tokens"));
    m_savings = new KpiTile(tr("Cache savings"),
        tr("Savings realised from cached pricing: cached tokens x (input price - cached-input "
           "price), per request at the price in force"));
    m_overhead = new KpiTile(tr("Cache-write overhead"),
        tr("What cache writes cost above plain input: cache-write tokens x (cache-write price - "
           "input price)"));
    m_net = new KpiTile(tr("Net prompt-cache benefit"), tr("Cache savings - cache-write overhead"));
    m_responseHits = new KpiTile(
        tr("Response-cache hit rate"), tr("Requests the proxy answered from its response cache / all requests"));
    m_avoided = new KpiTile(tr("Cost avoided"),
        tr("What the requests served from the proxy's response cache would have cost at the "
           "model's price"));
    const QList<KpiTile*> all = { m_hitRate, m_savings, m_overhead, m_net, m_responseHits, m_avoided };
    for (int i = 0; i < all.size(); ++i)
        tiles->addWidget(all[i], 0, i);
    body()->addLayout(tiles);

    auto* charts = new QHBoxLayout;
    auto makeChart = [&](const QString& title, LineChart*& chart) {
        auto* box = new QGroupBox(title, this);
        box->setToolTip(tr("Hit rate = cached input tokens / input tokens, per bucket"));
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(4, 4, 4, 4);
        chart = new LineChart(box);
        chart->setLegendRight(true);
        chart->setMinimumHeight(220);
        l->addWidget(chart);
        charts->addWidget(box);
    };
    makeChart(tr("Prompt-cache hit rate by model"), m_byModel);
    makeChart(tr("Prompt-cache hit rate by prompt"), m_byPrompt);
    body()->addLayout(charts, 3);

    auto* box = new QGroupBox(tr("Cache by model"), this);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(4, 4, 4, 4);
    m_model = new GroupTableModel(this);
    m_model->setColumns({ tr("Model") },
        { M::InputTokens, M::CachedTokens, M::PromptCacheHitRate, M::CacheSavings, M::CacheWriteTokens,
            M::CacheWriteOverhead, M::ResponseCacheHitRate, M::CacheAvoided });
    m_table = makeTableView(m_model, GroupTableModel::SortRole, box);
    fitColumnsToWidth(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(4, Qt::DescendingOrder);
    l->addWidget(m_table);
    body()->addWidget(box, 2);
}

void CachePage::setDark(bool dark)
{
    Page::setDark(dark);
    m_byModel->setDark(dark);
    m_byPrompt->setDark(dark);
}

void CachePage::doRefresh()
{
    CostQuery base;
    base.from = state()->from();
    base.to = state()->to();
    base.filters = state()->filters();
    base.lens = Lens::Attribution;
    const Granularity g = state()->granularity();
    runner()->run<CacheData>(
        [base, g](Database& db) -> Result<CacheData> {
            CostQueries q(db);
            CacheData d;
            CostQuery t = base;
            t.groupBy = { Axis { Dim::Model, {} } };
            auto table = q.run(t);
            if (!table)
                return table.error();
            d.total = table->total;
            d.rows = foldGroups(*table, {});
            d.buckets = bucketRange(base.from, base.to, g);
            for (auto [dim, out] : { std::pair { Dim::Model, &d.byModel }, std::pair { Dim::PromptId, &d.byPrompt } }) {
                CostQuery c = base;
                c.granularity = g;
                c.groupBy = { Axis { dim, {} } };
                c.topN = 6;
                auto r = q.run(c);
                if (!r)
                    return r.error();
                *out = std::move(*r);
            }
            return d;
        },
        [this, g](const QueryOutcome<CacheData>& out) {
            if (!out.value) {
                showError(tr("The cache figures could not be loaded: %1").arg(out.error));
                return;
            }
            const CacheData& d = *out.value;
            const Totals& t = d.total;
            m_hitRate->setValue(formatPercent(t.promptCacheHitRate()),
                tr("%1 of %2 input tokens").arg(formatCompact(double(t.cached)), formatCompact(double(t.input))));
            m_savings->setValue(formatMoney(t.cacheSavings), QString(), KpiTile::Tone::Good);
            m_overhead->setValue(formatMoney(t.cacheWriteExtra),
                tr("%1 cache-write tokens").arg(formatCompact(double(t.cacheWrites()))));
            const Nano net = t.cacheSavings - t.cacheWriteExtra;
            m_net->setValue(formatMoney(net), QString(), net >= 0 ? KpiTile::Tone::Good : KpiTile::Tone::Bad);
            m_responseHits->setValue(
                formatPercent(t.responseCacheHitRate()), tr("%1 requests").arg(formatCount(t.cacheHitRequests)));
            m_avoided->setValue(formatMoney(t.cacheAvoided));
            m_byModel->setTimeFormat(lineTimeFormat(g));
            m_byPrompt->setTimeFormat(lineTimeFormat(g));
            const auto models = hitRateLines(d.byModel);
            const auto prompts = hitRateLines(d.byPrompt);
            if (models.isEmpty())
                m_byModel->showMessage(tr("No input tokens in this range."));
            else
                m_byModel->setData(models, ValueKind::Percent, tr("Hit rate (%)"));
            if (prompts.isEmpty())
                m_byPrompt->showMessage(tr("No input tokens in this range."));
            else
                m_byPrompt->setData(prompts, ValueKind::Percent, tr("Hit rate (%)"));
            m_model->setRows(d.rows, d.total);
        });
}

} // namespace burnrate::ui
