#include "ui/pages/cachepage.h"

#include "ui/charts/linechart.h"
#include "ui/format.h"
#include "ui/models/cacheprovidermodel.h"
#include "ui/models/grouptablemodel.h"
#include "ui/pages/charthelpers.h"
#include "ui/queryrunner.h"
#include "ui/widgets/kpitile.h"
#include "ui/widgets/tables.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <optional>

namespace burnrate::ui {

namespace {

using M = GroupTableModel::Measure;

struct CacheData
{
    Totals total;
    std::vector<Epoch> buckets;
    QueryResult byModel, byPrompt;
    std::vector<GroupRow> rows;
    // Per provider, billing lens; the refusal instead when the scope is one the billing lens lacks.
    std::optional<CacheEconomics> providers;
    QString providersRefused;
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

// The provider table's height for `rows` rows (at least one, at most six before it scrolls).
void fitProviderTable(QTableView* table, int rows)
{
    const int shown = std::clamp(rows, 1, 6);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + shown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
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

    auto* pbox = new QGroupBox(tr("Cache savings by provider (billing: provider usage and invoices)"), this);
    pbox->setToolTip(tr("What each provider's prompt cache saved and cost, from the providers' own usage reports and "
                        "invoices: cache reads at their discount, cache writes above plain input (Anthropic) and "
                        "Gemini's context-cache storage"));
    auto* pl = new QVBoxLayout(pbox);
    pl->setContentsMargins(4, 4, 4, 4);
    m_providerModel = new CacheProviderModel(this);
    m_providerTable = makeTableView(m_providerModel, CacheProviderModel::SortRole, pbox);
    m_providerTable->setObjectName(QStringLiteral("cacheProviders"));
    m_providerTable->setAccessibleName(tr("Cache savings by provider"));
    m_providerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_providerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_providerTable->sortByColumn(CacheProviderModel::NetSaving, Qt::DescendingOrder);
    // As tall as its rows (a few providers): the room left goes to the model table.
    m_providerTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_providerTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitProviderTable(m_providerTable, 0);
    pl->addWidget(m_providerTable);
    m_providerNote = new QLabel(pbox);
    m_providerNote->setObjectName(QStringLiteral("cacheProvidersNote"));
    m_providerNote->setWordWrap(true);
    pl->addWidget(m_providerNote);
    pbox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    body()->addWidget(pbox, 0);

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
            auto providers = cacheEconomics(db, base.from, base.to, base.filters);
            if (providers)
                d.providers = std::move(*providers);
            else if (providers.error().code == ErrorCode::Invalid)
                d.providersRefused = QString::fromStdString(providers.error().detail);
            else
                return providers.error();
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
            if (!d.providers) {
                m_providerModel->setRows({});
                fitProviderTable(m_providerTable, 0);
                m_providerNote->setText(tr("Not shown for this scope: %1").arg(d.providersRefused));
                return;
            }
            const CacheEconomics& e = *d.providers;
            m_providerModel->setRows(e.rows);
            fitProviderTable(m_providerTable, int(e.rows.size()));
            QString note;
            if (e.rows.empty())
                note = tr("No prompt caching in the providers' usage reports in this range.");
            else
                note = tr("Net saving of all providers: %1 = read savings %2 - write overhead %3 - storage %4.")
                           .arg(formatMoney(e.total.net), formatMoney(e.total.readSavings),
                               formatMoney(e.total.writeOverhead), formatMoney(e.total.storageCost));
            if (e.storageLeftOut)
                note += QLatin1Char(' ')
                    + tr("Cache storage is left out: the invoice's cost lines cannot be scoped this way.");
            m_providerNote->setText(note);
        });
}

} // namespace burnrate::ui
