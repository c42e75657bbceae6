#include "analytics/costquery.h"
#include "analytics/kpis.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace burnrate;

namespace {

const Epoch kStart = 1788220800; // 2026-09-01 00:00 UTC

// Random events and buckets across a month, with every dimension and tag varied.
void fillRandom(test::TempDb& t, quint32 seed, int events)
{
    QRandomGenerator rng(seed);
    auto src = t.db->ensureSource("rand", "file");
    auto bill = t.db->ensureSource("rand-billing", "openai");
    const char* models[]
        = { "gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "claude-haiku-4-5", "gemini-2.5-pro", "no-price-model" };
    const char* providers[] = { "openai", "openai", "anthropic", "anthropic", "google", "azure" };
    const char* tenants[] = { "acme", "globex", "initech", "" };
    const char* prompts[] = { "p1", "p2", "p3", "" };
    {
        UsageWriter w(*t.db, t.prices, *src, 97);
        for (int i = 0; i < events; ++i) {
            UsageEvent e;
            e.id = "r" + std::to_string(rng.bounded(events * 3 / 4 + 1)); // some ids repeat: re-imports
            e.ts = kStart + rng.bounded(30 * 86400);
            int m = static_cast<int>(rng.bounded(6));
            e.dims.provider = providers[m];
            e.dims.model = models[m];
            e.dims.tenant = tenants[rng.bounded(4)];
            e.dims.team = rng.bounded(2) ? "search" : "support";
            e.dims.env = rng.bounded(3) ? "prod" : "dev";
            e.dims.user = "u" + std::to_string(rng.bounded(5));
            e.dims.promptId = prompts[rng.bounded(4)];
            e.dims.promptVersion = "v" + std::to_string(rng.bounded(3));
            e.tokens.input = rng.bounded(300000);
            e.tokens.cachedInput = rng.bounded(static_cast<quint32>(e.tokens.input / 2 + 1));
            e.tokens.cacheWrite5m = rng.bounded(static_cast<quint32>(e.tokens.input / 4 + 1));
            e.tokens.cacheWrite1h = rng.bounded(static_cast<quint32>(e.tokens.input / 8 + 1));
            e.tokens.output = rng.bounded(5000);
            e.status = rng.bounded(20) == 0 ? 500 : 200;
            e.cacheHit = rng.bounded(15) == 0;
            e.batch = rng.bounded(10) == 0;
            if (rng.bounded(4) == 0)
                e.latencyMs = rng.bounded(3000);
            if (rng.bounded(3) == 0)
                e.reportedCost = rng.bounded(100000);
            if (rng.bounded(2))
                e.tags = { { "feature", rng.bounded(2) ? "chat" : "search" } };
            QVERIFY(w.add(e).ok());
        }
        QVERIFY(w.commit().ok());
    }
    UsageWriter w(*t.db, t.prices, *bill, 13);
    for (int i = 0; i < events / 10; ++i) {
        UsageBucket b;
        bool hourly = rng.bounded(2);
        b.widthSeconds = hourly ? 3600 : 86400;
        b.start = hourly ? floorHour(kStart + rng.bounded(30 * 86400)) : floorDay(kStart + rng.bounded(30 * 86400));
        int m = static_cast<int>(rng.bounded(6));
        b.dims.provider = providers[m];
        b.dims.model = models[m];
        b.dims.project = rng.bounded(2) ? "proj_a" : "proj_b";
        b.dims.apiKey = rng.bounded(2) ? "key_1" : "";
        b.requests = rng.bounded(100);
        b.tokens.input = rng.bounded(1'000'000);
        b.tokens.cachedInput = rng.bounded(static_cast<quint32>(b.tokens.input / 2 + 1));
        b.tokens.output = rng.bounded(100000);
        QVERIFY(w.add(b).ok());
    }
    QVERIFY(w.commit().ok());
}

// The lens x axis matrix: a store whose every fact is also kept here, so a query's answer can be
// computed without SQL. Each fact has distinct ids and times, so nothing upserts over another.
struct ModelFact
{
    Lens lens = Lens::Attribution;
    Dimensions dims;
    std::string feature; // the "feature" tag ("" without)
    std::int64_t requests = 0, input = 0, output = 0;
    Nano cost = 0;

    std::string value(const Axis& a) const
    {
        return a.isTag() ? (a.tagKey == "feature" ? feature : std::string()) : dims[a.dim];
    }
};

struct MatrixFixture
{
    test::TempDb t;
    std::vector<ModelFact> facts;
};

MatrixFixture& matrixFixture()
{
    static MatrixFixture* f = [] {
        auto* m = new MatrixFixture;
        QRandomGenerator rng(4242);
        const char* models[] = { "gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "no-price-model" };
        const char* providers[] = { "openai", "openai", "anthropic", "azure" };
        auto pick = [&](std::initializer_list<const char*> v) {
            return std::string(v.begin()[rng.bounded(static_cast<quint32>(v.size()))]);
        };
        std::map<std::string, std::size_t> eventAt;
        std::map<std::pair<int, Epoch>, std::size_t> bucketAt;
        auto src = m->t.db->ensureSource("attr", "file");
        auto bill = m->t.db->ensureSource("bill", "openai");
        auto proxy = m->t.db->ensureSource("proxy", "litellm-metrics");
        {
            UsageWriter w(*m->t.db, m->t.prices, *src);
            for (int i = 0; i < 600; ++i) {
                UsageEvent e;
                e.id = "e" + std::to_string(i);
                e.ts = kStart + i * 3600 + static_cast<Epoch>(rng.bounded(3600));
                int k = static_cast<int>(rng.bounded(4));
                e.dims.provider = providers[k];
                e.dims.model = models[k];
                e.dims.tenant = pick({ "acme", "globex", "" });
                e.dims.team = pick({ "search", "support", "" });
                e.dims.project = pick({ "proj_a", "proj_b", "" });
                e.dims.env = pick({ "prod", "dev" });
                e.dims.user = pick({ "u1", "u2", "" });
                e.dims.apiKey = pick({ "key_1", "key_2", "" });
                e.dims.promptId = pick({ "p1", "p2", "" });
                e.dims.promptVersion = pick({ "v1", "v2" });
                e.dims.traceId = pick({ "t1", "t2", "t3", "" });
                e.dims.serviceTier = pick({ "default", "flex", "" });
                e.tokens.input = rng.bounded(200000);
                e.tokens.output = rng.bounded(5000);
                std::string feature = pick({ "chat", "search", "" });
                if (!feature.empty())
                    e.tags = { { "feature", feature } };
                if (!w.add(e))
                    qFatal("cannot write an event");
                eventAt[e.id] = m->facts.size();
                m->facts.push_back({ Lens::Attribution, e.dims, feature, 1, e.tokens.input, e.tokens.output, 0 });
            }
            if (!w.commit())
                qFatal("cannot flush events");
        }
        for (Lens lens : { Lens::Billing, Lens::ProxyMetrics }) {
            UsageWriter w(*m->t.db, m->t.prices, lens == Lens::Billing ? *bill : *proxy);
            for (int i = 0; i < 300; ++i) {
                UsageBucket b;
                b.lens = lens;
                b.widthSeconds = 3600;
                b.start = kStart + i * 7200 + (lens == Lens::Billing ? 0 : 3600);
                int k = static_cast<int>(rng.bounded(4));
                b.dims.provider = providers[k];
                b.dims.model = models[k];
                b.dims.apiKey = pick({ "key_1", "key_2", "" });
                b.dims.user = pick({ "u1", "u2", "" });
                if (lens == Lens::Billing) {
                    b.dims.project = pick({ "proj_a", "proj_b", "" });
                    b.dims.serviceTier = pick({ "default", "flex", "" });
                } else {
                    b.dims.team = pick({ "search", "support", "" });
                }
                b.requests = 1 + rng.bounded(50);
                b.tokens.input = rng.bounded(1'000'000);
                b.tokens.output = rng.bounded(100000);
                if (!w.add(b))
                    qFatal("cannot write a bucket");
                bucketAt[{ int(lens), b.start }] = m->facts.size();
                m->facts.push_back({ lens, b.dims, {}, b.requests, b.tokens.input, b.tokens.output, 0 });
            }
            if (!w.commit())
                qFatal("cannot flush buckets");
        }
        // Costs as the writer priced each fact, read back per fact (not through any aggregate).
        Statement ev = m->t.db->prepare("SELECT ext_id, coalesce(cost, 0) FROM events");
        while (ev.step())
            m->facts[eventAt.at(ev.text(0))].cost = ev.int64(1);
        Statement bu = m->t.db->prepare("SELECT lens, start, coalesce(cost, 0) FROM buckets");
        while (bu.step())
            m->facts[bucketAt.at({ static_cast<int>(bu.int64(0)), bu.int64(1) })].cost = bu.int64(2);
        // Values as the store keeps them (api keys are stored as fingerprints).
        for (auto& f : m->facts)
            for (std::size_t d = 0; d < static_cast<std::size_t>(Dim::TagKey); ++d)
                if (std::string& v = f.dims[Dim(d)]; !v.empty())
                    if (auto id = m->t.db->findDim(Dim(d), v))
                        v = m->t.db->dimValue(*id);
        return m;
    }();
    return *f;
}

std::map<std::pair<Epoch, std::vector<std::string>>, Totals> keyed(const QueryResult& r)
{
    std::map<std::pair<Epoch, std::vector<std::string>>, Totals> m;
    for (const auto& row : r.rows)
        m[{ row.bucket, row.keys }] += row.totals;
    return m;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
private slots:
    // Property: whatever the query, the rollups answer exactly what aggregating the raw facts answers.
    void rollupsEqualRawAggregation_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s = 1; s <= 6; ++s)
            QTest::addRow("seed %u", s) << s;
    }
    void rollupsEqualRawAggregation()
    {
        QFETCH(quint32, seed);
        test::TempDb t;
        fillRandom(t, seed, 3000);
        CostQueries q(*t.db);
        QRandomGenerator rng(seed * 7919);
        const std::vector<Axis> attributionAxes
            = { Axis { Dim::Provider, {} }, Axis { Dim::Model, {} }, Axis { Dim::Tenant, {} }, Axis { Dim::Team, {} },
                  Axis { Dim::Env, {} }, Axis { Dim::PromptId, {} }, Axis { Dim::PromptVersion, {} } };
        const std::vector<Axis> billingAxes = { Axis { Dim::Provider, {} }, Axis { Dim::Model, {} },
            Axis { Dim::Project, {} }, Axis { Dim::ApiKey, {} } };
        const Granularity grans[]
            = { Granularity::None, Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month };
        for (int round = 0; round < 25; ++round) {
            CostQuery cq;
            cq.lens = rng.bounded(3) == 0 ? Lens::Billing : Lens::Attribution;
            cq.granularity = grans[rng.bounded(5)];
            // The hourly rollup keeps provider, model and tier only.
            const std::vector<Axis> hourlyAxes
                = { Axis { Dim::Provider, {} }, Axis { Dim::Model, {} }, Axis { Dim::ServiceTier, {} } };
            const auto& axes = cq.granularity == Granularity::Hour
                ? hourlyAxes
                : (cq.lens == Lens::Billing ? billingAxes : attributionAxes);
            int fromDay = static_cast<int>(rng.bounded(20));
            cq.from = kStart + fromDay * 86400;
            cq.to = cq.from + (1 + rng.bounded(10)) * 86400;
            for (quint32 n = rng.bounded(3); n > 0; --n)
                cq.groupBy.push_back(axes[rng.bounded(static_cast<quint32>(axes.size()))]);
            if (rng.bounded(2)) {
                Filter f;
                f.axis = axes[rng.bounded(static_cast<quint32>(axes.size()))];
                auto values = t.db->dimValues(f.axis.dim);
                if (!values.empty())
                    f.values.push_back(values[rng.bounded(static_cast<quint32>(values.size()))].second);
                cq.filters.push_back(f);
            }
            auto fromRollup = q.run(cq);
            cq.forceRaw = true;
            auto fromRaw = q.run(cq);
            QVERIFY(fromRollup.ok() && fromRaw.ok());
            QVERIFY(fromRollup->fromRollup);
            QVERIFY(!fromRaw->fromRollup);
            if (!(fromRollup->total == fromRaw->total)) {
                const Totals& a = fromRollup->total;
                const Totals& b = fromRaw->total;
                qWarning("lens %d gran %d groups %d filters %d from %lld to %lld", int(cq.lens), int(cq.granularity),
                    int(cq.groupBy.size()), int(cq.filters.size()), (long long)cq.from, (long long)cq.to);
                qWarning("req %lld/%lld in %lld/%lld cost %lld/%lld unpriced %lld/%lld err %lld/%lld avoided %lld/%lld "
                         "lat %lld/%lld rep %lld/%lld",
                    (long long)a.requests, (long long)b.requests, (long long)a.input, (long long)b.input,
                    (long long)a.cost, (long long)b.cost, (long long)a.unpricedTokens, (long long)b.unpricedTokens,
                    (long long)a.errorCost, (long long)b.errorCost, (long long)a.cacheAvoided,
                    (long long)b.cacheAvoided, (long long)a.latencySum, (long long)b.latencySum,
                    (long long)a.reportedCost, (long long)b.reportedCost);
            }
            QCOMPARE(fromRollup->total, fromRaw->total);
            QVERIFY(keyed(*fromRollup) == keyed(*fromRaw));
        }
    }

    // The plan is decided from the query alone: the coarsest rollup that keeps every axis when the range
    // is aligned to its grain, else the raw facts of the lens.
    void planPicksTheCoarsestTableThatAnswers_data()
    {
        QTest::addColumn<int>("lens");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QString>("axes");
        QTest::addColumn<bool>("aligned");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("sqlGrain");
        const int A = int(Lens::Attribution), B = int(Lens::Billing);
        const int none = int(Granularity::None), hour = int(Granularity::Hour), day = int(Granularity::Day),
                  month = int(Granularity::Month);
        QTest::addRow("totals, whole days") << A << none << "" << true << "rollup_daily_core" << none;
        QTest::addRow("totals, whole hours") << A << none << "" << false << "rollup_hourly" << none;
        QTest::addRow("by model per day") << A << day << "model" << true << "rollup_daily_core" << day;
        QTest::addRow("by tenant per month") << A << month << "tenant" << true << "rollup_daily_core" << day;
        QTest::addRow("by prompt") << A << day << "prompt" << true << "rollup_daily" << day;
        QTest::addRow("by tier per hour") << A << hour << "model_tier" << true << "rollup_hourly" << hour;
        QTest::addRow("by tenant per hour") << A << hour << "tenant" << true << "events" << hour;
        QTest::addRow("by user") << A << day << "user" << true << "events" << day;
        QTest::addRow("by tag") << A << none << "tag:feature" << true << "events" << none;
        QTest::addRow("by tenant, mid-day range") << A << day << "tenant" << false << "events" << day;
        QTest::addRow("billing by project") << B << day << "project" << true << "rollup_daily" << day;
        QTest::addRow("billing by user") << B << day << "user" << true << "buckets" << day;
        QTest::addRow("billing by model, from an hour") << B << none << "model" << false << "rollup_hourly" << none;
        QTest::addRow("billing by project, from an hour") << B << none << "project" << false << "buckets" << none;
    }
    void planPicksTheCoarsestTableThatAnswers()
    {
        QFETCH(int, lens);
        QFETCH(int, granularity);
        QFETCH(QString, axes);
        QFETCH(bool, aligned);
        QFETCH(QString, table);
        QFETCH(int, sqlGrain);
        CostQuery q;
        q.lens = Lens(lens);
        q.granularity = Granularity(granularity);
        q.from = kStart + (aligned ? 0 : 3600); // whole hours, not whole days
        q.to = kStart + 7 * 86400;
        for (const auto& a : axes.split(QLatin1Char(','), Qt::SkipEmptyParts))
            q.groupBy.push_back(*Axis::fromName(a.toStdString()));
        auto plan = planQuery(q);
        QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().detail.c_str());
        QCOMPARE(QString::fromStdString(plan->tableName), table);
        QCOMPARE(int(plan->sqlGrain), sqlGrain);
        QCOMPARE(plan->table == QueryPlan::Table::Rollup, table.startsWith(QLatin1String("rollup")));
        q.forceRaw = true;
        QVERIFY(planQuery(q)->table != QueryPlan::Table::Rollup);
    }

    // The SQL text depends only on the query's shape: times, dimension ids and tag keys are parameters.
    void querySqlBindsEveryValue()
    {
        auto sqlFor = [](std::vector<std::string> values, Epoch from, std::int64_t idBase) {
            CostQuery q;
            q.from = from;
            q.to = from + 3 * 86400 + 1800;
            q.granularity = Granularity::Day;
            q.groupBy = { Axis { Dim::Tenant, {} }, Axis::tag("feature") };
            q.filters = { Filter { Axis { Dim::Model, {} }, values }, Filter { Axis::tag("team"), { "search" } } };
            auto plan = planQuery(q);
            return buildQuerySql(q, *plan, [&](Dim, const std::string& v) -> std::optional<std::int64_t> {
                return idBase + static_cast<std::int64_t>(v.size());
            });
        };
        QuerySql a = sqlFor({ "gpt-4o", "o3" }, kStart, 1000);
        QuerySql b = sqlFor({ "claude-sonnet-4-5", "gemini" }, kStart + 86400, 777000);
        QCOMPARE(QString::fromStdString(a.sql), QString::fromStdString(b.sql));
        QVERIFY(a.binds != b.binds);
        QVERIFY(std::find(a.binds.begin(), a.binds.end(), 1006) != a.binds.end()); // "gpt-4o"
        QVERIFY(a.sql.find("1006") == std::string::npos);
        QVERIFY(a.sql.find(std::to_string(kStart)) == std::string::npos);
        // One '?' per bound value: nothing else is parameterised, nothing bound is left unused.
        QCOMPARE(int(std::count(a.sql.begin(), a.sql.end(), '?')), int(a.binds.size()));
    }

    // Folding: weeks and months sum their days, top-N keeps the costliest groups and folds the rest.
    void foldRowsRebucketsAndFolds()
    {
        CostQuery q;
        q.granularity = Granularity::Month;
        q.groupBy = { Axis { Dim::Model, {} } };
        q.topN = 1;
        auto row = [](Epoch b, std::int64_t id, Nano cost) {
            QueryRow r;
            r.bucket = b;
            r.ids = { id };
            r.totals.requests = 1;
            r.totals.cost = cost;
            return r;
        };
        const Epoch sep1 = kStart, sep2 = kStart + 86400, oct1 = kStart + 30 * 86400;
        std::vector<QueryRow> rows
            = { row(sep1, 1, 10), row(sep2, 1, 5), row(sep1, 2, 3), row(oct1, 2, 4), row(oct1, 1, 1) };
        auto r = foldRows(q, rows, [](std::int64_t id) { return id == 1 ? std::string("a") : std::string("b"); });
        QVERIFY(r.ok());
        QCOMPARE(r->total.cost, Nano(23));
        QCOMPARE(r->total.requests, qint64(5));
        QCOMPARE(r->rows.size(), std::size_t(4)); // Sep: a, Other(b); Oct: a, Other(b)
        QCOMPARE(r->rows[0].bucket, sep1);
        QCOMPARE(r->rows[0].keys, std::vector<std::string> { "a" });
        QCOMPARE(r->rows[0].totals.cost, Nano(15));
        QVERIFY(r->rows[1].other);
        QCOMPARE(r->rows[1].totals.cost, Nano(3));
        QCOMPARE(r->rows[2].bucket, oct1);
    }

    // Property: every lens x every filter axis x every group-by axis is refused exactly when the lens
    // does not carry an axis (billing: no prompt, prompt_version, trace or tags; its owners tenant, team and
    // env come from allocation rules, here none: all unallocated), and otherwise equals the aggregation of
    // the facts themselves, from the rollups and from raw rows.
    void lensAxisMatrix_data()
    {
        QTest::addColumn<int>("lens");
        QTest::addColumn<QString>("filterAxis");
        QTest::addColumn<QString>("groupAxis");
        QTest::addColumn<bool>("refused");
        // Written out here, not derived from lensCarries(): this is the contract.
        const QStringList axes
            = { QString(), QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("tenant"),
                  QStringLiteral("team"), QStringLiteral("project"), QStringLiteral("env"), QStringLiteral("user"),
                  QStringLiteral("api_key"), QStringLiteral("prompt"), QStringLiteral("prompt_version"),
                  QStringLiteral("trace_id"), QStringLiteral("service_tier"), QStringLiteral("tag:feature") };
        const QStringList billing = { QString(), QStringLiteral("provider"), QStringLiteral("model"),
            QStringLiteral("tenant"), QStringLiteral("team"), QStringLiteral("project"), QStringLiteral("env"),
            QStringLiteral("user"), QStringLiteral("api_key"), QStringLiteral("service_tier") };
        const QStringList proxy = { QString(), QStringLiteral("provider"), QStringLiteral("model"),
            QStringLiteral("tenant"), QStringLiteral("team"), QStringLiteral("project"), QStringLiteral("env"),
            QStringLiteral("user"), QStringLiteral("api_key") };
        for (Lens lens : { Lens::Attribution, Lens::Billing, Lens::ProxyMetrics })
            for (const QString& f : axes)
                for (const QString& g : axes) {
                    const QStringList* carried
                        = lens == Lens::Billing ? &billing : (lens == Lens::ProxyMetrics ? &proxy : &axes);
                    const bool refused = !carried->contains(f) || !carried->contains(g);
                    QTest::addRow("%s filter %s group %s", lensName(lens), f.isEmpty() ? "-" : qPrintable(f),
                        g.isEmpty() ? "-" : qPrintable(g))
                        << int(lens) << f << g << refused;
                }
    }
    void lensAxisMatrix()
    {
        QFETCH(int, lens);
        QFETCH(QString, filterAxis);
        QFETCH(QString, groupAxis);
        QFETCH(bool, refused);
        MatrixFixture& m = matrixFixture();
        CostQueries q(*m.t.db);
        CostQuery cq;
        cq.lens = Lens(lens);
        cq.from = kStart;
        cq.to = kStart + 31 * 86400;
        std::optional<Axis> fa, ga;
        std::string filterValue = "x";
        if (!filterAxis.isEmpty()) {
            fa = Axis::fromName(filterAxis.toStdString());
            QVERIFY(fa);
            // A value that occurs in this lens, when there is one; else none (the unallocated rows).
            filterValue.clear();
            for (const auto& f : m.facts)
                if (f.lens == cq.lens && !f.value(*fa).empty()) {
                    filterValue = f.value(*fa);
                    break;
                }
            cq.filters.push_back(Filter { *fa, { filterValue } });
        }
        if (!groupAxis.isEmpty()) {
            ga = Axis::fromName(groupAxis.toStdString());
            QVERIFY(ga);
            cq.groupBy.push_back(*ga);
        }
        QCOMPARE(uncarriedAxis(cq).has_value(), refused);
        for (bool raw : { false, true }) {
            cq.forceRaw = raw;
            auto r = q.run(cq);
            if (refused) {
                QVERIFY(!r.ok());
                QCOMPARE(r.error().code, ErrorCode::Invalid);
                const std::string msg = r.error().detail;
                QVERIFY2(msg.find("use the attribution lens") != std::string::npos, msg.c_str());
                const Axis& bad = ga && !lensCarries(cq.lens, *ga) ? *ga : *fa;
                QVERIFY2(msg.find(bad.name()) != std::string::npos, msg.c_str());
                // The same refusal for an empty range: it depends on the question, not on the data.
                CostQuery empty = cq;
                empty.to = empty.from;
                QVERIFY(!q.run(empty).ok());
                continue;
            }
            QVERIFY2(r.ok(), r ? "" : r.error().detail.c_str());
            std::map<std::vector<std::string>, Totals> expected, got;
            Totals expectedTotal;
            for (const auto& f : m.facts) {
                if (f.lens != cq.lens || (fa && f.value(*fa) != filterValue))
                    continue;
                std::vector<std::string> key;
                if (ga)
                    key.push_back(f.value(*ga));
                Totals t;
                t.requests = f.requests;
                t.input = f.input;
                t.output = f.output;
                t.cost = f.cost;
                expected[key] += t;
                expectedTotal += t;
            }
            for (const auto& row : r->rows) {
                Totals t;
                t.requests = row.totals.requests;
                t.input = row.totals.input;
                t.output = row.totals.output;
                t.cost = row.totals.cost;
                got[row.keys] += t;
            }
            QVERIFY(expectedTotal.requests > 0);
            QCOMPARE(got.size(), expected.size());
            QVERIFY(got == expected);
            QCOMPARE(r->total.requests, expectedTotal.requests);
            QCOMPARE(r->total.cost, expectedTotal.cost);
        }
    }

    // The reported case: a tag chip under the billing lens used to join bucket ids to event ids.
    void billingWithTagFilterIsRefused()
    {
        MatrixFixture& m = matrixFixture();
        CostQueries q(*m.t.db);
        CostQuery cq;
        cq.lens = Lens::Billing;
        cq.from = kStart;
        cq.to = kStart + 31 * 86400;
        cq.groupBy = { Axis { Dim::Model, {} } };
        cq.filters = { Filter { Axis::tag("feature"), { "chat" } } };
        auto r = q.run(cq);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail,
            std::string("the billing lens has no tags (tag:feature): provider usage carries provider, model, "
                        "tenant, team, project, env, user, api_key, service_tier, model_tier only; use the "
                        "attribution lens to filter or group by tag:feature"));
        // Without the lens mistake the same question is answered by attribution.
        cq.lens = Lens::Attribution;
        QVERIFY(q.run(cq).ok());
    }

    void topNFoldsTheRestIntoOther()
    {
        test::TempDb t;
        fillRandom(t, 99, 2000);
        CostQueries q(*t.db);
        CostQuery cq;
        cq.from = kStart;
        cq.to = kStart + 30 * 86400;
        cq.groupBy = { Axis { Dim::Model, {} } };
        auto all = q.run(cq);
        cq.topN = 2;
        auto top = q.run(cq);
        QVERIFY(all.ok() && top.ok());
        QCOMPARE(top->rows.size(), std::size_t(3));
        QVERIFY(top->rows.back().other);
        Totals sum;
        for (const auto& r : top->rows)
            sum += r.totals;
        QCOMPARE(sum, all->total);
        QVERIFY(top->rows[0].totals.cost >= top->rows[1].totals.cost);
    }

    void tagsAndUsersUseRawEvents()
    {
        test::TempDb t;
        fillRandom(t, 5, 1500);
        CostQueries q(*t.db);
        CostQuery cq;
        cq.from = kStart;
        cq.to = kStart + 30 * 86400;
        cq.groupBy = { Axis::tag("feature") };
        auto r = q.run(cq);
        QVERIFY(r.ok());
        QVERIFY(!r->fromRollup);
        std::set<std::string> keys;
        for (const auto& row : r->rows)
            keys.insert(row.keys[0]);
        QVERIFY(keys.count("chat") && keys.count("search") && keys.count(""));
        CostQuery all = cq;
        all.groupBy.clear();
        QCOMPARE(r->total, q.run(all)->total);

        CostQuery byUser = cq;
        byUser.groupBy = { Axis { Dim::User, {} } };
        byUser.filters = { Filter { Axis::tag("feature"), { "chat" } } };
        auto u = q.run(byUser);
        QVERIFY(u.ok());
        QCOMPARE(
            u->total.requests, r->rows.empty() ? 0 : [&] {
                std::int64_t n = 0;
                for (const auto& row : r->rows)
                    if (row.keys[0] == "chat")
                        n += row.totals.requests;
                return n;
            }());
    }

    void kpisDeriveFromTotals()
    {
        Totals t;
        t.requests = 200;
        t.input = 1000;
        t.cached = 250;
        t.output = 4000;
        t.cost = 8'000'000'000;
        t.cacheHitRequests = 20;
        t.errorRequests = 10;
        QCOMPARE(t.costPerRequest(), Nano(40'000'000));
        QCOMPARE(t.costPer1kOutput(), Nano(2'000'000'000));
        QCOMPARE(t.promptCacheHitRate(), 0.25);
        QCOMPARE(t.responseCacheHitRate(), 0.10);
        QCOMPARE(t.errorRate(), 0.05);
        Totals empty;
        QCOMPARE(empty.costPerRequest(), Nano(0));
        QCOMPARE(empty.promptCacheHitRate(), 0.0);
    }

    void unattributedIsBillingMinusAttribution()
    {
        test::TempDb t;
        fillRandom(t, 11, 1000);
        CostQueries q(*t.db);
        Epoch from = kStart, to = kStart + 30 * 86400;
        auto k = computeKpis(q, from, to, {}, to + 3600);
        QVERIFY(k.ok());
        QVERIFY(k->hasBilling);
        QCOMPARE(k->spendLens, Lens::Billing);
        auto bill = q.totals(from, to, Lens::Billing);
        auto attr = q.totals(from, to, Lens::Attribution);
        QCOMPARE(k->unattributed, bill->cost - attr->cost);
        // A tenant filter can only be answered by attribution.
        auto kt = computeKpis(q, from, to, { Filter { Axis { Dim::Tenant, {} }, { "acme" } } }, to + 3600);
        QVERIFY(kt.ok());
        QCOMPARE(kt->spendLens, Lens::Attribution);
    }

    void forecastProjectsTheMonth()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("f", "file");
        UsageWriter w(*t.db, t.prices, *src);
        // $1.00 per day (400k gpt-4o input tokens at $2.50/M) from 2026-09-01 to 2026-09-20.
        for (int d = 0; d < 20; ++d) {
            UsageEvent e;
            e.id = "d" + std::to_string(d);
            e.ts = kStart + d * 86400 + 3600;
            e.dims.provider = "openai";
            e.dims.model = "gpt-4o";
            e.tokens.input = 400000;
            QVERIFY(w.add(e).ok());
        }
        QVERIFY(w.commit().ok());
        CostQueries q(*t.db);
        // "now" = 2026-09-20 12:00: 19 full days + today ($1 so far) + 10 more days at $1.
        const Epoch now = kStart + 19 * 86400 + 43200;
        auto k = computeKpis(q, kStart, now, {}, now);
        QVERIFY(k.ok());
        QCOMPARE(k->forecast.periodStart, kStart);
        QCOMPARE(k->forecast.spent, Nano(20'000'000'000));
        QCOMPARE(k->forecast.projected, Nano(30'000'000'000));
        QVERIFY(!k->forecast.complete());
        // The range decides which month: one ending in August projects (reports) August, complete.
        auto past = computeKpis(q, kStart - 20 * 86400, kStart, {}, now);
        QVERIFY(past.ok());
        QCOMPARE(past->forecast.periodStart, floorMonth(kStart - 1));
        QVERIFY(past->forecast.complete());
        QCOMPARE(past->forecast.projected, Nano(0));
    }

    // "vs previous period" is only a comparison when the data reaches back before the previous period.
    void previousPeriodCoverage()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("f", "file");
        UsageWriter w(*t.db, t.prices, *src);
        for (int d = 0; d < 20; ++d) { // kStart .. kStart + 19 days
            UsageEvent e;
            e.id = "c" + std::to_string(d);
            e.ts = kStart + d * 86400 + 3600;
            e.dims.provider = "openai";
            e.dims.model = "gpt-4o";
            e.tokens.input = 1000;
            QVERIFY(w.add(e).ok());
        }
        QVERIFY(w.commit().ok());
        CostQueries q(*t.db);
        const Epoch now = kStart + 30 * 86400;
        // Previous period [kStart - 5d, kStart): no data.
        auto none = computeKpis(q, kStart, kStart + 5 * 86400, {}, now);
        QVERIFY(none.ok());
        QCOMPARE(none->previousCoverage, Kpis::Coverage::None);
        // Previous period [kStart - 2d, kStart + 8d): the data starts inside it.
        auto partial = computeKpis(q, kStart + 8 * 86400, kStart + 18 * 86400, {}, now);
        QVERIFY(partial.ok());
        QCOMPARE(partial->previousCoverage, Kpis::Coverage::Partial);
        QCOMPARE(partial->previousDataFrom, kStart);
        // Previous period [kStart + 10d, kStart + 15d): covered.
        auto full = computeKpis(q, kStart + 15 * 86400, kStart + 20 * 86400, {}, now);
        QVERIFY(full.ok());
        QCOMPARE(full->previousCoverage, Kpis::Coverage::Full);
    }

    // Top-N with two axes keeps the N costliest values of each axis (their combinations), not N pairs.
    void topNIsPerAxis()
    {
        CostQuery q;
        q.groupBy = { Axis { Dim::Model, {} }, Axis { Dim::Provider, {} } };
        q.topN = 2;
        // models 1, 2, 3 (3 cheapest) x providers 11, 12, 13 (13 cheapest)
        std::vector<QueryRow> rows;
        for (std::int64_t m : { 1, 2, 3 })
            for (std::int64_t p : { 11, 12, 13 }) {
                QueryRow r;
                r.ids = { m, p };
                r.totals.requests = 1;
                r.totals.cost = (m == 3 ? 1 : 10) * (p == 13 ? 1 : 10);
                rows.push_back(r);
            }
        auto r = foldRows(q, rows, [](std::int64_t id) { return std::to_string(id); });
        QVERIFY(r.ok());
        QCOMPARE(r->rows.size(), std::size_t(5)); // 2 x 2 kept, Other
        Nano other = 0, kept = 0;
        for (const auto& row : r->rows) {
            if (row.other)
                other += row.totals.cost;
            else {
                kept += row.totals.cost;
                QVERIFY(row.keys[0] != "3" && row.keys[1] != "13");
            }
        }
        QCOMPARE(kept, Nano(400));
        QCOMPARE(other, Nano(10 + 10 + 10 + 10 + 1));
    }

    void emptyAndInvertedRangesAreEmpty()
    {
        test::TempDb t;
        CostQueries q(*t.db);
        CostQuery cq;
        cq.from = kStart;
        cq.to = kStart;
        auto r = q.run(cq);
        QVERIFY(r.ok());
        QVERIFY(r->rows.empty());
        cq.to = kStart - 10;
        QVERIFY(q.run(cq)->rows.empty());
    }

    // Two stored days whose costs each fit 64 bits but whose month does not (a database poisoned by an
    // older version): the query fails with a clear error instead of printing a saturated number.
    void totalsThatDoNotFitAreAnError_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::newRow("whole range") << int(Granularity::None);
        QTest::newRow("by month") << int(Granularity::Month);
    }
    void totalsThatDoNotFitAreAnError()
    {
        QFETCH(int, granularity);
        test::TempDb t;
        for (Epoch day : { kStart, kStart + 86400 }) {
            for (const char* sql :
                { "INSERT INTO rollup_daily(bucket, lens, provider, model, tenant, team, project, env, api_key, "
                  "prompt_id, prompt_version, service_tier, batch, requests, cost) "
                  "VALUES(?1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, ?2)",
                    "INSERT INTO rollup_daily_core(bucket, lens, provider, model, tenant, team, service_tier, batch, "
                    "requests, cost) VALUES(?1, 0, 0, 0, 0, 0, 0, 0, 1, ?2)" }) {
                Statement ins = t.db->prepare(sql);
                ins.bind(1, day).bind(2, std::int64_t(INT64_MAX / 2 + 1));
                QVERIFY2(ins.exec(), ins.lastError().c_str());
            }
        }
        CostQueries q(*t.db);
        CostQuery cq;
        cq.from = kStart;
        cq.to = kStart + 30 * 86400;
        cq.lens = Lens::Attribution;
        cq.granularity = static_cast<Granularity>(granularity);
        auto r = q.run(cq);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("does not fit") != std::string::npos
                || r.error().detail.find("overflow") != std::string::npos,
            r.error().detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
