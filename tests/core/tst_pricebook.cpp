#include "analytics/costquery.h"
#include "model/validate.h"
#include "pricing/pricebook.h"
#include "store/pricestore.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace burnrate;

namespace {
Nano usd(const char* text)
{
    return *parseDecimalNano(text);
}
Epoch day(const char* d)
{
    return *parseDate(d);
}
std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
}
} // namespace

class TestPriceBook : public QObject
{
    Q_OBJECT
private slots:
    void catalogHasBroadCoverage()
    {
        auto c = parseCatalog(builtinCatalogJson());
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().detail.c_str());
        std::set<std::string> models, providers;
        std::map<std::string, int> periods;
        for (const auto& p : c->prices) {
            models.insert(p.model);
            providers.insert(p.provider);
            ++periods[p.model];
        }
        QVERIFY(models.size() >= 30);
        for (const char* prov : { "openai", "anthropic", "google", "mistral", "bedrock" })
            QVERIFY2(providers.count(prov), prov);
        QVERIFY(periods["gpt-4o"] >= 2); // a real historical price change
    }

    void resolvesModelNames_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("resolved");
        QTest::addRow("exact") << "openai"
                               << "gpt-4o-mini"
                               << "gpt-4o-mini";
        QTest::addRow("dated snapshot to family") << "openai"
                                                  << "gpt-4o-2024-11-20"
                                                  << "gpt-4o";
        QTest::addRow("exact snapshot entry wins") << "openai"
                                                   << "gpt-4o-2024-05-13"
                                                   << "gpt-4o-2024-05-13";
        QTest::addRow("compact date suffix") << "anthropic"
                                             << "claude-sonnet-4-5-20250929"
                                             << "claude-sonnet-4-5";
        QTest::addRow("provider prefix") << ""
                                         << "anthropic/claude-haiku-4-5"
                                         << "claude-haiku-4-5";
        QTest::addRow("openai prefix") << "openai"
                                       << "openai/gpt-4.1-mini"
                                       << "gpt-4.1-mini";
        QTest::addRow("upper case") << "openai"
                                    << "GPT-4o-Mini"
                                    << "gpt-4o-mini";
        QTest::addRow("bedrock region prefix") << "bedrock"
                                               << "us.meta.llama3-1-70b-instruct-v1:0"
                                               << "meta.llama3-1-70b-instruct-v1:0";
        QTest::addRow("latest suffix") << "mistral"
                                       << "mistral-small-latest"
                                       << "mistral-small";
        QTest::addRow("unknown model") << "azure"
                                       << "acme-ft-gpt35-v2"
                                       << "";
        QTest::addRow("empty model") << "openai"
                                     << ""
                                     << "";
    }
    void resolvesModelNames()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QString, resolved);
        test::TempDb t;
        const Price* p = t.prices.resolve(provider.toStdString(), model.toStdString(), day("2026-06-01"));
        QCOMPARE(QString::fromStdString(p ? p->model : std::string()), resolved);
    }

    void priceInForceAtTheRequestTime()
    {
        test::TempDb t;
        const Price* before = t.prices.resolve("openai", "gpt-4o", day("2024-06-01"));
        const Price* after = t.prices.resolve("openai", "gpt-4o", day("2025-06-01"));
        QVERIFY(before && after);
        QCOMPARE(*before->base.input, usd("5.00"));
        QCOMPARE(*after->base.input, usd("2.50"));
        QVERIFY(!t.prices.resolve("openai", "gpt-4o", day("2020-01-01"))); // before any price: unpriced
    }

    void overridesBeatImportsBeatCatalog()
    {
        PriceBook book;
        auto mk = [](PriceOrigin o, const char* from, const char* in) {
            Price p;
            p.provider = "openai";
            p.model = "gpt-4o";
            p.origin = o;
            p.effectiveFrom = day(from);
            p.base.input = usd(in);
            p.base.output = usd("1");
            return p;
        };
        book.add(mk(PriceOrigin::Catalog, "2024-01-01", "5"));
        book.add(mk(PriceOrigin::Catalog, "2025-01-01", "2.5"));
        book.add(mk(PriceOrigin::Imported, "2024-06-01", "3"));
        book.add(mk(PriceOrigin::Override, "2025-06-01", "1"));
        QCOMPARE(*book.resolve("openai", "gpt-4o", day("2024-03-01"))->base.input, usd("5"));
        QCOMPARE(*book.resolve("openai", "gpt-4o", day("2024-07-01"))->base.input, usd("3"));
        QCOMPARE(
            *book.resolve("openai", "gpt-4o", day("2025-03-01"))->base.input, usd("3")); // import beats newer catalog
        QCOMPARE(*book.resolve("openai", "gpt-4o", day("2025-07-01"))->base.input, usd("1"));
    }

    void importsTheRealLiteLLMMap()
    {
        // The repository's own copy (tests/data/prices): the tests run on a lone clone.
        std::string text = readFile(test::testData("prices/litellm_model_prices.json"));
        QVERIFY(text.size() > 900'000);
        int skipped = 0;
        std::vector<RejectedPrice> rejected;
        auto prices = parseLiteLLMPriceMap(text, 0, &skipped, &rejected);
        QVERIFY(prices.ok());
        QVERIFY(prices->size() > 1000);
        QVERIFY(skipped > 0); // sample_spec, image models...
        // The real map holds no invalid price: nothing of it is refused by the range checks.
        QVERIFY2(rejected.empty(), rejected.empty() ? "" : (rejected[0].model + ": " + rejected[0].reason).c_str());
        for (const auto& p : *prices)
            QVERIFY2(validatePrice(p).ok(), p.model.c_str());
        const Price* gpt4o = nullptr;
        const Price* sonnet = nullptr;
        for (const auto& p : *prices) {
            if (p.model == "gpt-4o")
                gpt4o = &p;
            if (p.model == "claude-sonnet-4-5")
                sonnet = &p;
        }
        QVERIFY(gpt4o && sonnet);
        QCOMPARE(*gpt4o->base.input, usd("2.50")); // 2.5e-06 per token
        QCOMPARE(*gpt4o->base.output, usd("10.00"));
        QCOMPARE(*gpt4o->base.cachedInput, usd("1.25"));
        QVERIFY(gpt4o->batchInput.has_value());
        QVERIFY(sonnet->longContext.has_value());
        QCOMPARE(sonnet->longContext->threshold, std::int64_t(200000));
        QCOMPARE(*sonnet->base.cacheWrite5m, usd("3.75"));
    }

    void rejectsHostilePriceMaps_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::addRow("not json") << QByteArray("{nope") << false << 0;
        QTest::addRow("array") << QByteArray("[1,2]") << false << 0;
        QTest::addRow("truncated") << QByteArray("{\"gpt-4o\": {\"input_cost_per_token\": 2.5e-06,") << false << 0;
        QTest::addRow("empty object") << QByteArray("{}") << true << 0;
        QTest::addRow("string prices") << QByteArray(
            R"({"m": {"input_cost_per_token": "1e-06", "output_cost_per_token": "2e-06"}})")
                                       << true << 1;
        QTest::addRow("wrong types skipped")
            << QByteArray(R"({"m": {"input_cost_per_token": [1], "output_cost_per_token": {}}})") << true << 0;
        QTest::addRow("negative refused")
            << QByteArray(R"({"m": {"input_cost_per_token": -1e-06, "output_cost_per_token": 1e-06}})") << true << 0;
        QTest::addRow("negative output refused")
            << QByteArray(R"({"m": {"input_cost_per_token": 1e-06, "output_cost_per_token": -1e-06}})") << true << 0;
        QTest::addRow("zero is a price") << QByteArray(
            R"({"m": {"input_cost_per_token": 0, "output_cost_per_token": 0}})")
                                         << true << 1;
        QTest::addRow("at the ceiling") << QByteArray(
            R"({"m": {"input_cost_per_token": 1, "output_cost_per_token": 1}})")
                                        << true << 1;
        QTest::addRow("just above the ceiling")
            << QByteArray(R"({"m": {"input_cost_per_token": 1.000000001, "output_cost_per_token": 1}})") << true << 0;
        QTest::addRow("deeply nested entry")
            << (QByteArray("{\"m\": ") + QByteArray(5000, '[') + QByteArray(5000, ']') + "}") << true << 0;
        QTest::addRow("empty input") << QByteArray("") << false << 0;
        QTest::addRow("image model skipped")
            << QByteArray(R"({"dall-e": {"mode": "image_generation", "input_cost_per_pixel": 1e-08}})") << true << 0;
        QTest::addRow("absurd exponent skipped")
            << QByteArray(R"({"m": {"input_cost_per_token": 1e300, "output_cost_per_token": 1}})") << true << 0;
    }
    void rejectsHostilePriceMaps()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, count);
        auto r = parseLiteLLMPriceMap(json.toStdString(), 0);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(static_cast<int>(r->size()), count);
            for (const auto& p : *r)
                QVERIFY(validatePrice(p).ok());
        }
    }

    // Issue 7, item 4: negative, NaN, infinite and absurd prices are refused with a reason per entry,
    // never imported and never reported as "without token prices".
    void refusesInvalidPricesWithAReason_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("reason"); // a part of the reason
        QTest::addRow("negative output") << "negative-output"
                                         << "output_cost_per_token is negative";
        QTest::addRow("negative cache read") << "negative-cache-read"
                                             << "cache_read_input_token_cost is negative";
        QTest::addRow("NaN") << "nan-input"
                             << "not a finite number";
        QTest::addRow("Infinity") << "infinite-output"
                                  << "not a finite number";
        QTest::addRow("1e300") << "absurd-exponent"
                               << "above the ceiling";
        QTest::addRow("$2M per 1M tokens") << "above-ceiling"
                                           << "above the ceiling";
        QTest::addRow("array") << "array-batch-price"
                               << "input_cost_per_token_batches is not a number";
        QTest::addRow("negative long context") << "negative-long-context"
                                               << "is negative";
    }
    void refusesInvalidPricesWithAReason()
    {
        QFETCH(QString, model);
        QFETCH(QString, reason);
        int skipped = 0;
        std::vector<RejectedPrice> rejected;
        auto prices
            = parseLiteLLMPriceMap(readFile(test::testData("prices/hostile_prices.json")), 0, &skipped, &rejected);
        QVERIFY(prices.ok());
        QCOMPARE(static_cast<int>(prices->size()), 2); // good-model-a, good-model-b
        QCOMPARE(skipped, 2); // sample_spec, image-model: no token prices (not an error)
        QCOMPARE(static_cast<int>(rejected.size()), 8);
        auto it = std::find_if(
            rejected.begin(), rejected.end(), [&](const RejectedPrice& r) { return r.model == model.toStdString(); });
        QVERIFY2(it != rejected.end(), qPrintable(model));
        QVERIFY2(it->reason.find(reason.toStdString()) != std::string::npos, it->reason.c_str());
    }

    // Overrides (CLI `prices set`, the GUI's price dialog) go through savePrices(): the same check.
    void savePricesRefusesInvalidOverrides_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<bool>("ok");
        QTest::addRow("negative output") << "output" << qint64(-1) << false;
        QTest::addRow("negative cached") << "cached" << qint64(-250'998'750'000'000) << false;
        QTest::addRow("zero") << "output" << qint64(0) << true;
        QTest::addRow("ceiling") << "input" << qint64(limits::kMaxPricePerMillion) << true;
        QTest::addRow("above ceiling") << "input" << qint64(limits::kMaxPricePerMillion + 1) << false;
        QTest::addRow("INT64_MAX") << "batch" << qint64(INT64_MAX) << false;
        QTest::addRow("negative tier") << "tier" << qint64(-5) << false;
    }
    void savePricesRefusesInvalidOverrides()
    {
        QFETCH(QString, field);
        QFETCH(qint64, nano);
        QFETCH(bool, ok);
        test::TempDb t;
        Price p;
        p.origin = PriceOrigin::Override;
        p.provider = "openai";
        p.model = "gpt-4o";
        p.base.input = usd("2.50");
        p.base.output = usd("10");
        if (field == "output")
            p.base.output = nano;
        else if (field == "cached")
            p.base.cachedInput = nano;
        else if (field == "input")
            p.base.input = nano;
        else if (field == "batch")
            p.batchOutput = nano;
        else
            p.tiers["flex"].input = nano;
        auto r = savePrices(*t.db, { p });
        QCOMPARE(r.ok(), ok);
        Statement n = t.db->prepare("SELECT count(*) FROM prices WHERE origin = 2");
        QVERIFY(n.step());
        QCOMPARE(n.int64(0), qint64(ok ? 1 : 0)); // a refused price writes nothing
        if (!ok)
            QCOMPARE(r.error().code, ErrorCode::Invalid);
    }

    // A price whose re-pricing of history would overflow is refused whole: neither the price nor any
    // half-updated cost is left behind (prices and re-pricing commit together).
    void repricingOverflowRefusesThePrice()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("oa", "openai");
        QVERIFY(src.ok());
        {
            UsageWriter w(*t.db, t.prices, *src);
            UsageBucket b;
            b.start = day("2026-10-01");
            b.dims.provider = "openai";
            b.dims.model = "gpt-4o";
            b.kind = "completions";
            b.requests = 1000;
            b.tokens.input = limits::kMaxBucketTokens;
            b.tokens.output = limits::kMaxBucketTokens;
            QVERIFY(w.add(b).ok()); // at the catalog price it fits
            UsageEvent e;
            e.id = "r1";
            e.ts = day("2026-10-01");
            e.dims.provider = "openai";
            e.dims.model = "gpt-4o";
            e.tokens.input = 1000;
            e.tokens.output = 100;
            QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
        }
        auto costs = [&] {
            Statement s = t.db->prepare("SELECT (SELECT sum(cost) FROM buckets), (SELECT sum(cost) FROM events), "
                                        "(SELECT sum(cost) FROM rollup_daily), (SELECT count(*) FROM prices WHERE "
                                        "origin = 2)");
            s.step();
            return std::vector<std::int64_t> { s.int64(0), s.int64(1), s.int64(2), s.int64(3) };
        };
        auto before = costs();
        QVERIFY(before[0] > 0);
        Price p;
        p.origin = PriceOrigin::Override;
        p.provider = "openai";
        p.model = "gpt-4o";
        p.base.input = limits::kMaxPricePerMillion;
        p.base.output = limits::kMaxPricePerMillion;
        auto r = savePrices(*t.db, { p });
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("64 bits") != std::string::npos, r.error().detail.c_str());
        QCOMPARE(costs(), before);
    }

    // Property: whatever price changes are made (overrides added from random dates, replaced, removed,
    // on models with history, long-context and batch traffic, unpriced models priced), the re-priced store
    // equals a fresh import of the same facts at the final prices - every measure, every rollup row and
    // every raw aggregation, to the nano-dollar - and the reported old/new totals are the change itself.
    void repricingEqualsAFreshImport_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("rowByRow");
        for (quint32 s = 1; s <= 5; ++s) {
            QTest::addRow("seed %u, one statement", s) << s << false;
            QTest::addRow("seed %u, row by row", s) << s << true;
        }
    }
    void repricingEqualsAFreshImport()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, rowByRow);
        QRandomGenerator rng(seed);
        const char* models[] = { "gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "gemini-2.5-pro", "no-price-model" };
        const char* providers[] = { "openai", "openai", "anthropic", "google", "azure" };
        const Epoch start = day("2026-09-01");
        std::vector<UsageEvent> events;
        std::vector<UsageBucket> buckets;
        for (int i = 0; i < 1500; ++i) {
            UsageEvent e;
            e.id = "r" + std::to_string(i);
            e.ts = start + rng.bounded(60 * 86400);
            int m = static_cast<int>(rng.bounded(5));
            e.dims.provider = providers[m];
            e.dims.model = models[m];
            e.dims.tenant = rng.bounded(2) ? "acme" : "globex";
            e.tokens.input = rng.bounded(4) == 0 ? 200000 + rng.bounded(300000) : rng.bounded(20000);
            e.tokens.cachedInput = rng.bounded(static_cast<quint32>(e.tokens.input / 2 + 1));
            e.tokens.cacheWrite5m = rng.bounded(static_cast<quint32>(e.tokens.input / 4 + 1));
            e.tokens.output = rng.bounded(4000);
            e.batch = rng.bounded(8) == 0;
            e.cacheHit = rng.bounded(12) == 0;
            e.status = rng.bounded(15) == 0 ? 500 : 200;
            events.push_back(e);
        }
        for (int i = 0; i < 120; ++i) {
            UsageBucket b;
            b.start = floorDay(start + rng.bounded(60 * 86400));
            int m = static_cast<int>(rng.bounded(5));
            b.dims.provider = providers[m];
            b.dims.model = models[m];
            b.dims.project = "proj_" + std::to_string(i); // distinct natural keys
            b.kind = "completions";
            b.requests = 1 + rng.bounded(100);
            b.tokens.input = rng.bounded(2'000'000);
            b.tokens.output = rng.bounded(200'000);
            buckets.push_back(b);
        }
        auto write = [&](test::TempDb& t) {
            t.reloadPrices();
            auto src = t.db->ensureSource("logs", "file");
            auto bill = t.db->ensureSource("bill", "openai");
            UsageWriter w(*t.db, t.prices, *src, 211);
            for (const auto& e : events)
                QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
            UsageWriter wb(*t.db, t.prices, *bill, 37);
            for (const auto& b : buckets)
                QVERIFY(wb.add(b).ok());
            QVERIFY(wb.commit().ok());
        };
        auto randomPrice = [&] {
            Price p;
            p.origin = PriceOrigin::Override;
            int m = static_cast<int>(rng.bounded(5));
            p.provider = providers[m];
            p.model = models[m];
            p.effectiveFrom = rng.bounded(3) == 0 ? 0 : floorDay(start + rng.bounded(60 * 86400));
            p.base.input = 1 + static_cast<Nano>(rng.bounded(20'000'000)) * 1000 + rng.bounded(1000);
            p.base.output = static_cast<Nano>(rng.bounded(80'000'000)) * 1000 + rng.bounded(999);
            if (rng.bounded(2))
                p.base.cachedInput = *p.base.input / 10 + rng.bounded(7);
            if (rng.bounded(2))
                p.batchInput = *p.base.input / 2 + 1;
            if (rng.bounded(2))
                p.longContext
                    = LongContextRates { 200000, Rates { *p.base.input * 2, {}, {}, {}, *p.base.output * 3 / 2 } };
            return p;
        };

        test::TempDb repriced;
        write(repriced);
        // A trigger on events makes SQLite plan the one-statement re-pricing in two passes, which it detects and
        // re-prices row by row instead.
        if (rowByRow)
            QVERIFY(execSql(
                repriced.db->handle(), "CREATE TEMP TRIGGER two_passes AFTER UPDATE ON main.events BEGIN SELECT 1; END")
                        .ok());
        int fellBack = 0;
        CostQueries q(*repriced.db);
        for (int step = 0; step < 6; ++step) {
            auto before = q.totals(0, 4'000'000'000, Lens::Attribution);
            auto beforeBilling = q.totals(0, 4'000'000'000, Lens::Billing);
            Result<RepriceReport> r = makeError(ErrorCode::Invalid, "none");
            Statement ids = repriced.db->prepare("SELECT id FROM prices WHERE origin = 2 ORDER BY id");
            std::vector<std::int64_t> overrides;
            while (ids.step())
                overrides.push_back(ids.int64(0));
            if (!overrides.empty() && rng.bounded(3) == 0)
                r = removePrice(*repriced.db, overrides[rng.bounded(static_cast<quint32>(overrides.size()))]);
            else
                r = savePrices(*repriced.db, { randomPrice() });
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
            if (!rowByRow && r->eventsRepriced > 0)
                QVERIFY(r->inOneStatement);
            fellBack += r->eventsRepriced > 1 && !r->inOneStatement;
            auto after = q.totals(0, 4'000'000'000, Lens::Attribution);
            auto afterBilling = q.totals(0, 4'000'000'000, Lens::Billing);
            // The report's totals are over the touched facts: their difference is the whole change.
            QCOMPARE(
                r->newTotal - r->oldTotal, (after->cost + afterBilling->cost) - (before->cost + beforeBilling->cost));
        }
        if (rowByRow)
            QVERIFY(fellBack > 0);
        // A fresh store with the final prices saved before any fact arrives.
        test::TempDb fresh;
        {
            Statement p = repriced.db->prepare(
                "SELECT origin, provider, model, effective_from, rates, note FROM prices WHERE origin = 2");
            Statement ins
                = fresh.db->prepare("INSERT INTO prices(origin, provider, model, effective_from, rates, note) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
            while (p.step()) {
                ins.bind(1, p.int64(0)).bind(2, p.text(1)).bind(3, p.text(2)).bind(4, p.int64(3));
                ins.bind(5, p.text(4)).bind(6, p.text(5));
                QVERIFY(ins.exec());
            }
        }
        write(fresh);
        CostQueries qf(*fresh.db);
        for (Lens lens : { Lens::Attribution, Lens::Billing })
            for (bool raw : { false, true })
                for (Granularity g : { Granularity::None, Granularity::Day, Granularity::Hour }) {
                    CostQuery cq;
                    cq.from = start;
                    cq.to = start + 61 * 86400;
                    cq.lens = lens;
                    cq.granularity = g;
                    cq.groupBy = { Axis { Dim::Model, {} } };
                    cq.forceRaw = raw;
                    auto a = q.run(cq);
                    auto b = qf.run(cq);
                    QVERIFY(a.ok() && b.ok());
                    QCOMPARE(a->total, b->total);
                    QCOMPARE(a->rows.size(), b->rows.size());
                    for (std::size_t i = 0; i < a->rows.size(); ++i) {
                        QCOMPARE(a->rows[i].keys, b->rows[i].keys);
                        QCOMPARE(a->rows[i].totals, b->rows[i].totals);
                    }
                }
        // Stored per-fact costs agree too (what the requests page and exports read).
        auto perFact = [](Database& db) {
            std::map<std::string, std::pair<std::int64_t, std::int64_t>> m;
            Statement s = db.prepare("SELECT ext_id, coalesce(cost, -1), cache_savings FROM events");
            while (s.step())
                m[s.text(0)] = { s.int64(1), s.int64(2) };
            return m;
        };
        QVERIFY(perFact(*repriced.db) == perFact(*fresh.db));
    }

    // A negative price stored by an older version is not used (unpriced, never negative spend).
    void storedInvalidPricesAreIgnored()
    {
        test::TempDb t;
        Statement ins = t.db->prepare("INSERT INTO prices(origin, provider, model, effective_from, rates, note) "
                                      "VALUES(2, 'openai', 'acme-neg', 0, ?1, '')");
        ins.bind(1, std::string(R"({"base":{"input":1000,"output":-250998750000000}})"));
        QVERIFY(ins.exec());
        t.reloadPrices();
        QVERIFY(!t.prices.resolve("openai", "acme-neg", day("2026-01-01")));
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"
