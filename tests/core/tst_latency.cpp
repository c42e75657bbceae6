// Latency percentiles (analytics/latency.h): nearest-rank, exact over the raw requests of a range and filter.
#include "analytics/latency.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

using namespace burnrate;

namespace {
const Epoch kStart = 1788220800; // 2026-09-01 00:00 UTC
}

class TestLatency : public QObject
{
    Q_OBJECT

private slots:
    void nearestRankByHand_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p95");
        // n = 1: every percentile is the value.
        QTest::addRow("one") << QList<qint64> { 700 } << qint64(700) << qint64(700);
        // n = 4: p50 rank ceil(2) = 2 (the lower middle), p95 rank ceil(3.8) = 4.
        QTest::addRow("four, unsorted") << QList<qint64> { 400, 100, 300, 200 } << qint64(200) << qint64(400);
        // n = 5: p50 rank 3, p95 rank ceil(4.75) = 5.
        QTest::addRow("five") << QList<qint64> { 10, 20, 30, 40, 1000 } << qint64(30) << qint64(1000);
        // n = 20 (1..20): p50 rank 10, p95 rank exactly 19.
        QList<qint64> twenty;
        for (int i = 20; i >= 1; --i)
            twenty << i;
        QTest::addRow("twenty") << twenty << qint64(10) << qint64(19);
        // n = 21: p50 rank ceil(10.5) = 11, p95 rank ceil(19.95) = 20.
        QList<qint64> twentyOne;
        for (int i = 1; i <= 21; ++i)
            twentyOne << i * 10;
        QTest::addRow("twenty-one") << twentyOne << qint64(110) << qint64(200);
        QTest::addRow("ties") << QList<qint64> { 5, 5, 5, 9 } << qint64(5) << qint64(9);
    }
    void nearestRankByHand()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(qint64, median);
        QFETCH(qint64, p95);
        std::vector<std::int64_t> v(values.begin(), values.end());
        const LatencyStats s = latencyStats(v);
        QCOMPARE(s.count, std::int64_t(values.size()));
        QCOMPARE(s.medianMs, median);
        QCOMPARE(s.p95Ms, p95);
    }

    void emptyIsZero()
    {
        std::vector<std::int64_t> v;
        const LatencyStats s = latencyStats(v);
        QCOMPARE(s.count, 0);
        QCOMPARE(s.medianMs, 0);
        QCOMPARE(nearestRank(v, 95), 0);
    }

    void perModelAndPromptFromTheStore()
    {
        test::TempDb t;
        const auto source = *t.db->ensureSource("logs", "file");
        // model a, prompt p1: 100..1000 (10 values); model a, prompt p2: 5000; model b: 50, 60; one request of a
        // without a latency (not counted); one of a outside the range; one of b for tenant globex.
        std::vector<UsageEvent> events;
        auto ev = [&](const std::string& model, const std::string& prompt, std::optional<int> ms, Epoch ts,
                      const std::string& tenant = "acme") {
            UsageEvent e;
            e.id = "e" + std::to_string(events.size());
            e.ts = ts;
            e.dims.provider = "openai";
            e.dims.model = model;
            e.dims.promptId = prompt;
            e.dims.tenant = tenant;
            e.tokens.input = 10;
            e.tokens.output = 5;
            e.latencyMs = ms;
            events.push_back(e);
        };
        for (int i = 10; i >= 1; --i)
            ev("a", "p1", i * 100, kStart + i * 60);
        ev("a", "p2", 5000, kStart + 3600);
        ev("a", "p2", std::nullopt, kStart + 3700);
        ev("a", "p1", 99999, kStart + 40 * kSecondsPerDay);
        ev("b", "p1", 60, kStart + 7200);
        ev("b", "p1", 50, kStart + 7300, "globex");
        {
            UsageWriter w(*t.db, t.prices, source, 1);
            for (const auto& e : events)
                QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
        }
        CostQuery q;
        q.from = kStart;
        q.to = kStart + 30 * kSecondsPerDay;
        q.groupBy = { Axis { Dim::Model, {} } };
        auto r = latencyByGroup(*t.db, q);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->groups.size(), std::size_t(2));
        // a: 100..1000 and 5000 (n = 11): p50 rank 6 -> 600, p95 rank ceil(10.45) = 11 -> 5000.
        QCOMPARE(r->groups[0].keys, std::vector<std::string> { "a" });
        QCOMPARE(r->groups[0].stats.count, 11);
        QCOMPARE(r->groups[0].stats.medianMs, 600);
        QCOMPARE(r->groups[0].stats.p95Ms, 5000);
        // b: 50, 60: p50 rank 1 -> 50, p95 rank 2 -> 60.
        QCOMPARE(r->groups[1].stats.medianMs, 50);
        QCOMPARE(r->groups[1].stats.p95Ms, 60);
        // All 13: p50 rank 7 -> 500, p95 rank ceil(12.35) = 13 -> 5000.
        QCOMPARE(r->all.count, 13);
        QCOMPARE(r->all.medianMs, 500);
        QCOMPARE(r->all.p95Ms, 5000);

        // By model and prompt, filtered to tenant acme.
        q.groupBy = { Axis { Dim::Model, {} }, Axis { Dim::PromptId, {} } };
        q.filters = { Filter { Axis { Dim::Tenant, {} }, { "acme" } } };
        r = latencyByGroup(*t.db, q);
        QVERIFY(r.ok());
        QCOMPARE(r->groups.size(), std::size_t(3));
        QCOMPARE(r->groups[0].keys, (std::vector<std::string> { "a", "p1" }));
        QCOMPARE(r->groups[0].stats.medianMs, 500); // 100..1000: rank 5
        QCOMPARE(r->groups[0].stats.p95Ms, 1000); // rank ceil(9.5) = 10
        QCOMPARE(r->groups[1].keys, (std::vector<std::string> { "a", "p2" }));
        QCOMPARE(r->groups[1].stats.count, 1);
        QCOMPARE(r->groups[2].keys, (std::vector<std::string> { "b", "p1" }));
        QCOMPARE(r->groups[2].stats.count, 1);
        QCOMPARE(r->groups[2].stats.medianMs, 60);
    }

    void timeToFirstTokenBesideLatency()
    {
        test::TempDb t;
        const auto source = *t.db->ensureSource("logs", "file");
        // model a: ttft 100..500 with latencies; one streamed request whose source gave no latency (counted for
        // ttft only); one without ttft (latency only). Model b reports no ttft at all.
        std::vector<UsageEvent> events;
        auto ev = [&](const std::string& model, std::optional<int> latency, std::optional<int> ttft) {
            UsageEvent e;
            e.id = "t" + std::to_string(events.size());
            e.ts = kStart + 60 * static_cast<Epoch>(events.size());
            e.dims.provider = "openai";
            e.dims.model = model;
            e.tokens.input = 10;
            e.latencyMs = latency;
            e.ttftMs = ttft;
            events.push_back(e);
        };
        for (int i = 1; i <= 5; ++i)
            ev("a", 1000 * i, 100 * i);
        ev("a", std::nullopt, 900);
        ev("a", 7000, std::nullopt);
        ev("b", 40, std::nullopt);
        auto store = [&] {
            UsageWriter w(*t.db, t.prices, source, 1);
            for (const auto& e : events)
                QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
        };
        store();
        CostQuery q;
        q.from = kStart;
        q.to = kStart + kSecondsPerDay;
        q.groupBy = { Axis { Dim::Model, {} } };
        auto r = latencyByGroup(*t.db, q);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->groups.size(), std::size_t(2));
        // a's ttft: 100..500 and 900 (n = 6): p50 rank 3 -> 300, p95 rank 6 -> 900.
        QCOMPARE(r->groups[0].ttft.count, 6);
        QCOMPARE(r->groups[0].ttft.medianMs, 300);
        QCOMPARE(r->groups[0].ttft.p95Ms, 900);
        // a's latency: 1000..5000 and 7000 (n = 6): p50 rank 3 -> 3000.
        QCOMPARE(r->groups[0].stats.count, 6);
        QCOMPARE(r->groups[0].stats.medianMs, 3000);
        QCOMPARE(r->groups[1].ttft.count, 0);
        QCOMPARE(r->groups[1].stats.count, 1);
        QCOMPARE(r->allTtft.count, 6);

        // Re-imported with a corrected ttft: the stored value follows, nothing doubles.
        events[5].ttftMs = 150;
        store();
        r = latencyByGroup(*t.db, q);
        QVERIFY(r.ok());
        QCOMPARE(r->groups[0].ttft.count, 6);
        QCOMPARE(r->groups[0].ttft.p95Ms, 500);
        QCOMPARE(r->groups[0].ttft.medianMs, 200); // 100, 150, 200, 300, 400, 500: rank 3
    }

    void billingLensIsRefused()
    {
        test::TempDb t;
        CostQuery q;
        q.from = kStart;
        q.to = kStart + kSecondsPerDay;
        q.lens = Lens::Billing;
        QVERIFY(!latencyByGroup(*t.db, q).ok());
    }
};

QTEST_GUILESS_MAIN(TestLatency)
#include "tst_latency.moc"
