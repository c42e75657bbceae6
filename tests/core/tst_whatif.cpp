// What-if scenarios on a hand-computed dataset. Prices (overrides, provider openai, $ per 1M tokens):
//   wi-big       input 10, cached 1, 5m write 12.5, output 30, batch input 5 / output 15
//   wi-big-mini  input 1, output 2 (no batch price): a different model, never matched by the family wi-big
//   wi-small     until 2026-03-01: input 1, cached 0.1, output 4; from 2026-03-01: input 2, cached 0.2, output 8
//                (no cache-write price: writes cost the input rate)
// A cost in nano-USD is tokens x $/1M x 1000.
// Requests:
//   E1 2026-02-10 wi-big-2025-01-01 (a snapshot of wi-big) p1 t1  in 1000          out 100   = 13,000,000
//   E2 2026-03-10 wi-big            p1 t2  in 4000 cached 1000                     out 200   = 37,000,000
//      (3000 x 10 + 1000 x 1 + 200 x 30 = 30,000,000 + 1,000,000 + 6,000,000)
//   E3 2026-02-15 wi-big-mini       p2 t1  in 500                                  out 50    =    600,000
//   E4 2026-03-15 wi-small          p2 t2  in 2000 (second period)                 out 100   =  4,800,000
//   E5 2026-02-20 wi-big            p1 t1  in 1000 out 100, a response-cache hit             =          0
// Baseline 55,400,000.
#include "analytics/whatif.h"
#include "demo/demodata.h"
#include "export/whatifcsv.h"
#include "pricing/infraprices.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

#include <sstream>

using namespace burnrate;

namespace {

Nano usd(const char* text)
{
    return *parseDecimalNano(text);
}

Epoch day(const char* date)
{
    return *parseDate(date);
}

Price price(const char* model, const char* in, const char* out, Epoch from = 0)
{
    Price p;
    p.provider = "openai";
    p.model = model;
    p.origin = PriceOrigin::Override;
    p.effectiveFrom = from;
    p.base.input = usd(in);
    p.base.output = usd(out);
    return p;
}

UsageEvent request(const char* id, const char* date, const char* model, const char* prompt, const char* tenant,
    std::int64_t in, std::int64_t cached, std::int64_t out, bool hit = false)
{
    UsageEvent e;
    e.id = id;
    e.ts = day(date) + 3600;
    e.dims.provider = "openai";
    e.dims.model = model;
    e.dims.promptId = prompt;
    e.dims.tenant = tenant;
    e.tokens.input = in;
    e.tokens.cachedInput = cached;
    e.tokens.output = out;
    e.cacheHit = hit;
    return e;
}

ScenarioStep step(StepKind kind, const char* arg)
{
    auto s = parseStep(kind, arg);
    if (!s)
        qFatal("bad step %s: %s", arg, s.error().detail.c_str());
    return *s;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private:
    test::TempDb m_t;

    Result<WhatIfResult> run(const std::vector<ScenarioStep>& steps, std::vector<ScopeTerm> scope = {})
    {
        Scenario sc;
        sc.from = day("2026-02-01");
        sc.to = day("2026-04-01");
        sc.scope = std::move(scope);
        sc.steps = steps;
        return runWhatIf(*m_t.db, m_t.prices, sc);
    }

    // Each step starts where the previous one ended, and the steps add up to the total.
    static void checkWaterfall(const WhatIfResult& r)
    {
        Nano at = r.baseline, savings = 0;
        for (const StepResult& s : r.steps) {
            QCOMPARE(s.baseline, at);
            at = s.scenario;
            savings += s.saving();
        }
        QCOMPARE(at, r.scenario);
        QCOMPARE(savings, r.saving());
        Nano groups = 0, groupBase = 0;
        for (const GroupSaving& g : r.groups) {
            groups += g.saving();
            groupBase += g.baseline;
        }
        QCOMPARE(groups, r.saving());
        QCOMPARE(groupBase, r.baseline);
    }

private slots:
    void initTestCase()
    {
        Price big = price("wi-big", "10", "30");
        big.base.cachedInput = usd("1");
        big.base.cacheWrite5m = usd("12.5");
        big.batchInput = usd("5");
        big.batchOutput = usd("15");
        Price small1 = price("wi-small", "1", "4");
        small1.base.cachedInput = usd("0.1");
        Price small2 = price("wi-small", "2", "8", day("2026-03-01"));
        small2.base.cachedInput = usd("0.2");
        Price max = price("wi-max", "1000000", "1000000");
        QVERIFY(savePrices(*m_t.db, { big, price("wi-big-mini", "1", "2"), small1, small2, max }).ok());
        m_t.reloadPrices();
        auto src = m_t.db->ensureSource("wi", "file");
        QVERIFY(src.ok());
        UsageWriter w(*m_t.db, m_t.prices, *src);
        for (const UsageEvent& e : {
                 request("E1", "2026-02-10", "wi-big-2025-01-01", "p1", "t1", 1000, 0, 100),
                 request("E2", "2026-03-10", "wi-big", "p1", "t2", 4000, 1000, 200),
                 request("E3", "2026-02-15", "wi-big-mini", "p2", "t1", 500, 0, 50),
                 request("E4", "2026-03-15", "wi-small", "p2", "t2", 2000, 0, 100),
                 request("E5", "2026-02-20", "wi-big", "p1", "t1", 1000, 0, 100, true),
             })
            QVERIFY(w.add(e).ok());
        // A Lambda function: 1,000,000 invocations of 100 ms at 1024 MB x86_64 = 100,000 GB-s.
        UsageBucket b;
        b.start = day("2026-02-12");
        b.kind = "lambda";
        b.lens = Lens::Billing;
        b.dims.provider = "aws-lambda";
        b.dims.model = "fn-a";
        b.dims.serviceTier = "x86_64/1024MB";
        b.requests = 1'000'000;
        auto cost = lambdaCost(*lambdaRatesFor("", b.start), 1'000'000, 100'000'000, 1024, false);
        QVERIFY(cost.ok());
        // $0.20 per 1M requests + 100,000 GB-s x $16.6667 per 1M GB-s = 200,000,000 + 1,666,670,000
        QCOMPARE(*cost, Nano(1'866'670'000));
        b.infraCost = *cost;
        QVERIFY(w.add(b).ok());
        QVERIFY(w.commit().ok());
    }

    void baselineIsEveryRequestAtItsPrice()
    {
        auto r = run({});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->baseline, Nano(55'400'000));
        QCOMPARE(r->scenario, r->baseline);
        QCOMPARE(r->requests, qint64(5));
        QCOMPARE(r->unpricedRequests, qint64(0));
    }

    void eachStepHandComputed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<qint64>("affected");
        QTest::addColumn<qint64>("saving");
        // E1 as wi-small in February: 1000 x 1 + 100 x 4 = 1,400,000 (saves 11,600,000); E2 in March:
        // 3000 x 2 + 1000 x 0.2 + 200 x 8 = 7,800,000 (saves 29,200,000); E3 is another model, E5 a cache hit.
        QTest::addRow("route a family, each request at its time's price")
            << int(StepKind::Route) << "wi-big=wi-small" << qint64(2) << qint64(40'800'000);
        QTest::addRow("route only short requests (at most 1000 input)")
            << int(StepKind::Route) << "wi-big=wi-small:max-input=1000" << qint64(1) << qint64(11'600'000);
        QTest::addRow("route a snapshot by its own name")
            << int(StepKind::Route) << "wi-big-2025-01-01=wi-small" << qint64(1) << qint64(11'600'000);
        QTest::addRow("route matches no family prefix")
            << int(StepKind::Route) << "wi-bi=wi-small" << qint64(0) << qint64(0);
        // E1: reads 500, writes 500 x (1-0.5)/0.5 = 500: 500 x 1 + 500 x 12.5 + 100 x 30 = 9,750,000 (saves
        // 3,250,000). E2: reads 2000 (+1000), writes 1000, uncached 1000: 10,000,000 + 2,000,000 + 12,500,000 +
        // 6,000,000 = 30,500,000 (saves 6,500,000).
        QTest::addRow("prompt cache hit rate 50%% with the write overhead")
            << int(StepKind::PromptCache) << "p1=0.5" << qint64(2) << qint64(9'750'000);
        // Rate 1: everything read, no writes. E1: 1000 x 1 + 3,000,000 = 4,000,000 (saves 9,000,000);
        // E2: 4000 x 1 + 6,000,000 = 10,000,000 (saves 27,000,000).
        QTest::addRow("prompt cache hit rate 100%%")
            << int(StepKind::PromptCache) << "p1=1" << qint64(2) << qint64(36'000'000);
        // E2 at rate 0.1: reads 400 (fewer than its 1000): 3600 x 10 + 400 x 1 + 6,000,000 = 42,400,000 (costs
        // 5,400,000 more); E1: reads 100, writes 100 x 9 = 900: 100 x 1 + 900 x 12.5 + 3,000,000 = 14,350,000
        // (costs 1,350,000 more).
        QTest::addRow("a low hit rate costs more than it saves")
            << int(StepKind::PromptCache) << "p1=0.1" << qint64(2) << qint64(-6'750'000);
        // p1 has 3 requests, 1 a hit: the others pay (1 - 0.5) x 3 / 2 = 75%: 9,750,000 + 27,750,000.
        QTest::addRow("response cache rate 50%%")
            << int(StepKind::ResponseCache) << "p1=0.5" << qint64(2) << qint64(12'500'000);
        QTest::addRow("response cache below the current rate changes nothing")
            << int(StepKind::ResponseCache) << "p1=0.2" << qint64(0) << qint64(0);
        // E1 at batch prices: 1000 x 5 + 100 x 15 = 6,500,000; E3 (t1) has no batch price.
        QTest::addRow("batch where the model has batch prices")
            << int(StepKind::Batch) << "tenant=t1" << qint64(1) << qint64(6'500'000);
        QTest::addRow("batch by model family")
            << int(StepKind::Batch) << "model=wi-big" << qint64(2) << qint64(6'500'000 + 18'500'000);
        // E2 capped at 2000: cached 1000 kept, 1000 uncached: 10,000,000 + 1,000,000 + 6,000,000 = 17,000,000.
        QTest::addRow("cap input keeps the cached prefix")
            << int(StepKind::CapInput) << "p1=2000" << qint64(1) << qint64(20'000'000);
        // E2 capped at 500: 500 cached only: 500,000 + 6,000,000 = 6,500,000.
        QTest::addRow("cap input below the cached prefix")
            << int(StepKind::CapInput) << "p1=500" << qint64(2) << qint64(30'500'000 + 500'000 * 10 + 0);
        QTest::addRow("a prompt with no requests") << int(StepKind::CapInput) << "nope=10" << qint64(0) << qint64(0);
    }
    void eachStepHandComputed()
    {
        QFETCH(int, kind);
        QFETCH(QString, argument);
        QFETCH(qint64, affected);
        QFETCH(qint64, saving);
        auto r = run({ step(StepKind(kind), argument.toUtf8().constData()) });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->steps.size(), std::size_t(1));
        QCOMPARE(r->steps[0].requestsAffected, affected);
        QCOMPARE(r->saving(), Nano(saving));
        QCOMPARE(r->baseline, Nano(55'400'000));
        checkWaterfall(*r);
    }

    void combinationsInBothOrders_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QList<qint64>>("savings");
        // Route then cache: E1 as wi-small reads 500 at 0.1 and writes 500 at the input rate 1: 50,000 +
        // 500,000 + 400,000 = 950,000 (saves 450,000); E2 as wi-small in March: 1000 x 2 + 2000 x 0.2 + 1000 x 2 +
        // 200 x 8 = 6,000,000 (saves 1,800,000).
        QTest::addRow("route, then prompt cache")
            << QStringList { "route:wi-big=wi-small", "cache-hit:p1=0.5" } << QList<qint64> { 40'800'000, 2'250'000 };
        // The same end state the other way round: 9,750,000 -> 950,000 and 30,500,000 -> 6,000,000.
        QTest::addRow("prompt cache, then route")
            << QStringList { "cache-hit:p1=0.5", "route:wi-big=wi-small" } << QList<qint64> { 9'750'000, 33'300'000 };
        // Order matters here: routing short requests first leaves E2 (4000) on wi-big, then capped to 17,000,000.
        QTest::addRow("route short requests, then cap") << QStringList { "route:wi-big=wi-small:max-input=2000",
            "cap-input:p1=2000" } << QList<qint64> { 11'600'000, 20'000'000 };
        // Capping first makes E2 short: routed at 1000 x 2 + 1000 x 0.2 + 200 x 8 = 3,800,000 (17,000,000 before).
        QTest::addRow("cap, then route short requests") << QStringList { "cap-input:p1=2000",
            "route:wi-big=wi-small:max-input=2000" } << QList<qint64> { 20'000'000, 11'600'000 + 13'200'000 };
        // The response cache then pays 75% of what routing left: 25% of 1,400,000 + 7,800,000.
        QTest::addRow("route, then response cache") << QStringList { "route:wi-big=wi-small", "response-cache:p1=0.5" }
                                                    << QList<qint64> { 40'800'000, 2'300'000 };
        QTest::addRow("response cache, then route") << QStringList { "response-cache:p1=0.5", "route:wi-big=wi-small" }
                                                    << QList<qint64> { 12'500'000, 30'600'000 };
        // Batch on t1 first: E1 6,500,000, then routed to wi-small (no batch price: batch falls back to half):
        // 1000 x 0.5 + 100 x 2 = 700,000.
        QTest::addRow("batch, then route") << QStringList { "batch:tenant=t1", "route:wi-big=wi-small" }
                                           << QList<qint64> { 6'500'000, 5'800'000 + 29'200'000 };
        // Routed first, wi-small has no batch price: batch changes nothing.
        QTest::addRow("route, then batch")
            << QStringList { "route:wi-big=wi-small", "batch:tenant=t1" } << QList<qint64> { 40'800'000, 0 };
        // The same step twice never counts twice.
        QTest::addRow("cache twice") << QStringList { "cache-hit:p1=0.5", "cache-hit:p1=0.5" }
                                     << QList<qint64> { 9'750'000, 0 };
        QTest::addRow("response cache twice")
            << QStringList { "response-cache:p1=0.5", "response-cache:p1=0.5" } << QList<qint64> { 12'500'000, 0 };
        QTest::addRow("route twice") << QStringList { "route:wi-big=wi-small", "route:wi-big=wi-small" }
                                     << QList<qint64> { 40'800'000, 0 };
        // Lambda: 100,000 GB-s x 512/1024 at the arm64 rate $13.3334/1M = 666,670,000, + 200,000,000 requests:
        // saves 1,000,000,000; the function's 1,866,670,000 joins the baseline of every step.
        QTest::addRow("lambda with a route") << QStringList { "route:wi-big=wi-small", "lambda:fn-a=512:arm64" }
                                             << QList<qint64> { 40'800'000, 1'000'000'000 };
        QTest::addRow("lambda memory only, then architecture") << QStringList { "lambda:fn-a=512",
            "lambda:fn-a=512:arm64" } << QList<qint64> { 833'335'000, 1'000'000'000 - 833'335'000 };
    }
    void combinationsInBothOrders()
    {
        QFETCH(QStringList, steps);
        QFETCH(QList<qint64>, savings);
        std::vector<ScenarioStep> list;
        bool lambda = false;
        for (const QString& s : steps) {
            const QString kind = s.section(QLatin1Char(':'), 0, 0), arg = s.section(QLatin1Char(':'), 1);
            lambda |= kind == QLatin1String("lambda");
            list.push_back(step(*stepKindFromName(kind.toStdString()), arg.toUtf8().constData()));
        }
        auto r = run(list);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->steps.size(), std::size_t(savings.size()));
        for (int i = 0; i < savings.size(); ++i)
            QCOMPARE(r->steps[std::size_t(i)].saving(), Nano(savings[i]));
        QCOMPARE(r->baseline, Nano(55'400'000 + (lambda ? 1'866'670'000 : 0)));
        checkWaterfall(*r);
    }

    void scopeSelectsRequests()
    {
        auto r = run({ step(StepKind::Route, "wi-big=wi-small") }, { ScopeTerm { "tenant", "t1" } });
        QVERIFY(r.ok());
        QCOMPARE(r->baseline, Nano(13'000'000 + 600'000));
        QCOMPARE(r->saving(), Nano(11'600'000));
        QCOMPARE(r->requests, qint64(3));
        auto bad = run({ step(StepKind::Route, "wi-big=wi-small") }, { ScopeTerm { "colour", "red" } });
        QVERIFY(!bad.ok());
    }

    void breakdownByTenantAndPrompt()
    {
        auto r = run({ step(StepKind::Route, "wi-big=wi-small") });
        QVERIFY(r.ok());
        // t2/p1 saves 29,200,000, t1/p1 11,600,000, then the groups that save nothing.
        QVERIFY(r->groups.size() >= 2);
        QCOMPARE(r->groups[0].tenant, std::string("t2"));
        QCOMPARE(r->groups[0].prompt, std::string("p1"));
        QCOMPARE(r->groups[0].saving(), Nano(29'200'000));
        QCOMPARE(r->groups[1].tenant, std::string("t1"));
        QCOMPARE(r->groups[1].saving(), Nano(11'600'000));
        QCOMPARE(r->groups[1].requests, qint64(2)); // E1 and the cache hit E5
    }

    void routeCarriesItsQualityEvidence()
    {
        auto r = run({ step(StepKind::Route, "wi-big=wi-small") });
        QVERIFY(r.ok());
        QCOMPARE(r->evidence.size(), std::size_t(1));
        QCOMPARE(r->evidence[0].prompt, std::string("p1"));
        QCOMPARE(r->evidence[0].requestsMoved, qint64(2));
        QVERIFY(!r->evidence[0].hasEvidence());
        QCOMPARE(describeEvidence(r->evidence[0], r->steps[0].step),
            std::string("wi-small on p1: no quality evidence for this pairing"));
        RouteEvidence e;
        e.prompt = "p1";
        e.target.evalPassed = 9;
        e.target.evalFailed = 1;
        e.target.judged = 4;
        e.target.accepted = 2;
        // Wilson 95% of 9/10: 59.6%-98.2%; of 2/4: 15.0%-85.0%.
        QCOMPARE(describeEvidence(e, r->steps[0].step),
            std::string("wi-small on p1: eval pass 90% (60-98%), n=10; acceptance 50% (15-85%), n=4"));
    }

    void csvRowsAddUpAsPrinted()
    {
        auto r = run({ step(StepKind::ResponseCache, "p1=0.3333333"), step(StepKind::Route, "wi-big=wi-small") });
        QVERIFY(r.ok());
        for (int decimals : { 2, 6, 9 }) {
            std::ostringstream out;
            writeWhatIfCsv(out, *r, decimals);
            std::istringstream in(out.str());
            std::string line;
            std::getline(in, line);
            QCOMPARE(
                line, std::string("step,scenario,requests_affected,baseline_usd,scenario_usd,saving_usd,saving_pct\r"));
            Nano sum = 0, total = 0;
            while (std::getline(in, line)) {
                std::vector<std::string> cells;
                std::stringstream ss(line);
                std::string c;
                while (std::getline(ss, c, ','))
                    cells.push_back(c);
                QCOMPARE(cells.size(), std::size_t(7));
                Nano saving = *parseDecimalNano(cells[5]);
                if (cells[0] == "TOTAL")
                    total = saving;
                else
                    sum += saving;
            }
            QCOMPARE(sum, total);
        }
    }

    void parsesAndRefusesSteps_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("roundTrip"); // "" = refused
        QTest::addRow("route") << "route"
                               << "gpt-4o=gpt-4o-mini"
                               << "gpt-4o=gpt-4o-mini";
        QTest::addRow("route max-input") << "route"
                                         << "a=b:max-input=500"
                                         << "a=b:max-input=500";
        QTest::addRow("bedrock ids keep their colon") << "route"
                                                      << "anthropic.claude-v2:1=b:max-input=5"
                                                      << "anthropic.claude-v2:1=b:max-input=5";
        QTest::addRow("route without target") << "route"
                                              << "gpt-4o="
                                              << "";
        QTest::addRow("route to itself") << "route"
                                         << "gpt-4o=gpt-4o"
                                         << "";
        QTest::addRow("max-input not a number") << "route"
                                                << "a=b:max-input=lots"
                                                << "";
        QTest::addRow("max-input negative") << "route"
                                            << "a=b:max-input=-1"
                                            << "";
        QTest::addRow("max-input too large") << "route"
                                             << "a=b:max-input=99999999999999999999"
                                             << "";
        QTest::addRow("cache rate") << "cache-hit"
                                    << "p=0.75"
                                    << "p=0.75";
        QTest::addRow("cache rate 1") << "cache-hit"
                                      << "p=1.0"
                                      << "p=1";
        QTest::addRow("cache rate above 1") << "cache-hit"
                                            << "p=1.5"
                                            << "";
        QTest::addRow("cache rate negative") << "cache-hit"
                                             << "p=-0.1"
                                             << "";
        QTest::addRow("cache rate percent") << "cache-hit"
                                            << "p=75%"
                                            << "";
        QTest::addRow("response cache") << "response-cache"
                                        << "p=0.2"
                                        << "p=0.2";
        QTest::addRow("no equals") << "cache-hit"
                                   << "p"
                                   << "";
        QTest::addRow("batch") << "batch"
                               << "tenant=acme"
                               << "tenant=acme";
        QTest::addRow("batch unknown dimension") << "batch"
                                                 << "colour=red"
                                                 << "";
        QTest::addRow("cap") << "cap-input"
                             << "p=4000"
                             << "p=4000";
        QTest::addRow("cap zero") << "cap-input"
                                  << "p=0"
                                  << "";
        QTest::addRow("lambda") << "lambda"
                                << "fn=512:arm64"
                                << "fn=512:arm64";
        QTest::addRow("lambda memory only") << "lambda"
                                            << "fn=2048"
                                            << "fn=2048";
        QTest::addRow("lambda too small") << "lambda"
                                          << "fn=64"
                                          << "";
        QTest::addRow("lambda bad arch") << "lambda"
                                         << "fn=512:sparc"
                                         << "";
    }
    void parsesAndRefusesSteps()
    {
        QFETCH(QString, kind);
        QFETCH(QString, argument);
        QFETCH(QString, roundTrip);
        auto k = stepKindFromName(kind.toStdString());
        QVERIFY(k);
        auto s = parseStep(*k, argument.toStdString());
        if (roundTrip.isEmpty()) {
            QVERIFY(!s.ok());
            QVERIFY2(s.error().detail.find("--" + kind.toStdString()) == 0, s.error().detail.c_str());
            return;
        }
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().detail.c_str());
        QCOMPARE(QString::fromStdString(stepArgument(*s)), roundTrip);
    }

    void refusesWhatCannotBePriced()
    {
        auto r = run({ step(StepKind::Route, "wi-big=no-such-model-xyz") });
        QVERIFY(!r.ok());
        auto l = run({ step(StepKind::Lambda, "no-such-fn=512") });
        QVERIFY(!l.ok());
    }

    // 9,300 requests of $1 routed to a model at $1,000,000 per 1M: $9.3 billion does not fit an int64 of nano-USD.
    void overflowIsAnError()
    {
        test::TempDb t;
        QVERIFY(savePrices(*t.db, { price("wi-cheap", "1", "1"), price("wi-max", "1000000", "1000000") }).ok());
        t.reloadPrices();
        auto src = t.db->ensureSource("wi", "file");
        UsageWriter w(*t.db, t.prices, *src);
        for (int i = 0; i < 9300; ++i)
            QVERIFY(
                w.add(request(("o" + std::to_string(i)).c_str(), "2026-02-10", "wi-cheap", "p", "t", 1'000'000, 0, 0))
                    .ok());
        QVERIFY(w.commit().ok());
        Scenario sc;
        sc.from = day("2026-02-01");
        sc.to = day("2026-03-01");
        sc.steps = { step(StepKind::Route, "wi-cheap=wi-max") };
        auto r = runWhatIf(*t.db, t.prices, sc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("64 bits") != std::string::npos, r.error().detail.c_str());
        sc.steps = { step(StepKind::Route, "wi-cheap=wi-max:max-input=10") }; // moves nothing: fits
        QVERIFY(runWhatIf(*t.db, t.prices, sc).ok());
    }

    void savingPercentRounds_data()
    {
        QTest::addColumn<qint64>("saving");
        QTest::addColumn<qint64>("baseline");
        QTest::addColumn<qint64>("hundredths");
        QTest::addRow("a third") << qint64(1) << qint64(3) << qint64(3333);
        QTest::addRow("two thirds") << qint64(2) << qint64(3) << qint64(6667);
        QTest::addRow("negative") << qint64(-1) << qint64(8) << qint64(-1250);
        QTest::addRow("zero baseline") << qint64(5) << qint64(0) << qint64(0);
        QTest::addRow("large") << qint64(std::numeric_limits<qint64>::max())
                               << qint64(std::numeric_limits<qint64>::max()) << qint64(10000);
    }
    void savingPercentRounds()
    {
        QFETCH(qint64, saving);
        QFETCH(qint64, baseline);
        QFETCH(qint64, hundredths);
        QCOMPARE(savingHundredthsPercent(saving, baseline), hundredths);
    }

    // Every recommendation's amount is what its own scenario computes.
    void recommendationsEqualTheirScenario()
    {
        test::TempDb t;
        DemoOptions o;
        o.days = 35;
        o.events = 30000;
        o.end = day("2026-03-31");
        QVERIFY(generateDemo(*t.db, t.prices, o).ok());
        t.reloadPrices();
        auto recs = recommendSavings(*t.db, t.prices);
        QVERIFY2(recs.ok(), recs.ok() ? "" : recs.error().detail.c_str());
        QVERIFY(!recs->empty());
        QVERIFY(recs->size() <= 5);
        Nano previous = std::numeric_limits<Nano>::max();
        for (const Recommendation& rec : *recs) {
            QVERIFY(rec.saving > 0);
            QVERIFY(rec.saving <= previous);
            previous = rec.saving;
            QVERIFY(!rec.title.empty());
            QCOMPARE(rec.scenario.to - rec.scenario.from, Epoch(30 * kSecondsPerDay));
            auto r = runWhatIf(*t.db, t.prices, rec.scenario);
            QVERIFY(r.ok());
            QCOMPARE(r->saving(), rec.saving);
        }
        // The same data, the same recommendations.
        auto again = recommendSavings(*t.db, t.prices);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), recs->size());
        for (std::size_t i = 0; i < recs->size(); ++i)
            QVERIFY((*again)[i].scenario == (*recs)[i].scenario);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
