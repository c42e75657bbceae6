#include "analytics/costquery.h"
#include "model/validate.h"
#include "pricing/costengine.h"

#include <QTest>

using namespace burnrate;

namespace {

Nano usd(const char* text)
{
    return *parseDecimalNano(text);
}

Price openaiGpt4o()
{
    Price p;
    p.provider = "openai";
    p.model = "gpt-4o";
    p.base.input = usd("2.50");
    p.base.cachedInput = usd("1.25");
    p.base.output = usd("10.00");
    p.batchInput = usd("1.25");
    p.batchOutput = usd("5.00");
    p.tiers["priority"] = Rates { usd("4.25"), usd("2.125"), std::nullopt, std::nullopt, usd("17.00") };
    p.tiers["flex"] = Rates { usd("1.25"), usd("0.625"), std::nullopt, std::nullopt, usd("5.00") };
    return p;
}

Price anthropicSonnet45()
{
    Price p;
    p.provider = "anthropic";
    p.model = "claude-sonnet-4-5";
    p.base = Rates { usd("3.00"), usd("0.30"), usd("3.75"), usd("6.00"), usd("15.00") };
    p.batchInput = usd("1.50");
    p.batchOutput = usd("7.50");
    p.longContext
        = LongContextRates { 200000, Rates { usd("6.00"), usd("0.60"), usd("7.50"), usd("12.00"), usd("22.50") } };
    return p;
}

Price geminiPro()
{
    Price p;
    p.provider = "google";
    p.model = "gemini-2.5-pro";
    p.base = Rates { usd("1.25"), usd("0.125"), std::nullopt, std::nullopt, usd("10.00") };
    // The long-context tier lists input and output only: cache reads scale with the input price.
    p.longContext
        = LongContextRates { 200000, Rates { usd("2.50"), std::nullopt, std::nullopt, std::nullopt, usd("15.00") } };
    return p;
}

Price bareInputOutput()
{
    Price p;
    p.provider = "bedrock";
    p.model = "meta.llama3-1-70b-instruct-v1:0";
    p.base.input = usd("0.72");
    p.base.output = usd("0.72");
    return p;
}

} // namespace

Q_DECLARE_METATYPE(burnrate::Price)

class TestCostEngine : public QObject
{
    Q_OBJECT
private slots:
    // Each expected figure is computed by hand from the provider's published accounting.
    void computesProviderAccounting_data()
    {
        QTest::addColumn<Price>("price");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("cached");
        QTest::addColumn<qint64>("write5m");
        QTest::addColumn<qint64>("write1h");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<qint64>("expected");
        // 6000 x 2.50 + 4000 x 1.25 + 1000 x 10 = 30,000 USD-per-M-units -> $0.03
        QTest::addRow("openai cached input at the cache-read rate")
            << openaiGpt4o() << qint64(10000) << qint64(4000) << qint64(0) << qint64(0) << qint64(1000) << false
            << QString() << qint64(30'000'000);
        // batch: 1000 x 1.25 + 1000 x 5 = 6,250 -> $0.00625
        QTest::addRow("openai batch prices") << openaiGpt4o() << qint64(1000) << qint64(0) << qint64(0) << qint64(0)
                                             << qint64(1000) << true << QString() << qint64(6'250'000);
        // priority: 1000 x 4.25 + 1000 x 17 = 21,250 -> $0.02125
        QTest::addRow("openai priority tier")
            << openaiGpt4o() << qint64(1000) << qint64(0) << qint64(0) << qint64(0) << qint64(1000) << false
            << QStringLiteral("priority") << qint64(21'250'000);
        // flex with cache: 500 x 1.25 + 500 x 0.625 + 100 x 5 = 1,437.5 -> $0.0014375
        QTest::addRow("openai flex tier with cache")
            << openaiGpt4o() << qint64(1000) << qint64(500) << qint64(0) << qint64(0) << qint64(100) << false
            << QStringLiteral("flex") << qint64(1'437'500);
        QTest::addRow("unknown tier falls back to standard")
            << openaiGpt4o() << qint64(1000) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false
            << QStringLiteral("scale") << qint64(2'500'000);
        // 2000 x 3 + 5000 x 0.30 + 2000 x 3.75 + 1000 x 6 + 500 x 15 = 28,500 -> $0.0285
        QTest::addRow("anthropic reads, 5m and 1h writes")
            << anthropicSonnet45() << qint64(10000) << qint64(5000) << qint64(2000) << qint64(1000) << qint64(500)
            << false << QString() << qint64(28'500'000);
        // 250,000 x 6 + 1000 x 22.50 = 1,522,500 -> $1.5225
        QTest::addRow("anthropic long context above 200k")
            << anthropicSonnet45() << qint64(250000) << qint64(0) << qint64(0) << qint64(0) << qint64(1000) << false
            << QString() << qint64(1'522'500'000);
        // exactly 200k is not above the threshold: 200,000 x 3 = 600,000 -> $0.60
        QTest::addRow("anthropic at the threshold stays standard")
            << anthropicSonnet45() << qint64(200000) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false
            << QString() << qint64(600'000'000);
        // batch halves cache rates too: 8000 x 1.5 + 2000 x 0.15 + 1000 x 7.5 = 19,800 -> $0.0198
        QTest::addRow("anthropic batch with cache reads")
            << anthropicSonnet45() << qint64(10000) << qint64(2000) << qint64(0) << qint64(0) << qint64(1000) << true
            << QString() << qint64(19'800'000);
        // 100,000 x 2.50 + 200,000 x 0.25 + 2000 x 15 = 330,000 -> $0.33
        QTest::addRow("gemini long context scales cache reads")
            << geminiPro() << qint64(300000) << qint64(200000) << qint64(0) << qint64(0) << qint64(2000) << false
            << QString() << qint64(330'000'000);
        // cache writes without a write price are charged at the input price: 1000 x 0.72 + 1000 x 0.72
        QTest::addRow("no cache prices: everything at input rate")
            << bareInputOutput() << qint64(1000) << qint64(300) << qint64(200) << qint64(0) << qint64(1000) << false
            << QString() << qint64(1'440'000);
        // 1 token x $0.72/M = 0.72e-6 USD = 720 nano
        QTest::addRow("one token rounds to the nano") << bareInputOutput() << qint64(1) << qint64(0) << qint64(0)
                                                      << qint64(0) << qint64(0) << false << QString() << qint64(720);
        // 10M tokens of output at $75/M = $750 exactly: no overflow in the 128-bit path
        Price opus = anthropicSonnet45();
        opus.base.output = usd("75.00");
        QTest::addRow("large counts do not overflow")
            << opus << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(10'000'000) << false << QString()
            << qint64(750'000'000'000);
    }
    void computesProviderAccounting()
    {
        QFETCH(Price, price);
        QFETCH(qint64, input);
        QFETCH(qint64, cached);
        QFETCH(qint64, write5m);
        QFETCH(qint64, write1h);
        QFETCH(qint64, output);
        QFETCH(bool, batch);
        QFETCH(QString, tier);
        QFETCH(qint64, expected);
        TokenCounts t { input, cached, write5m, write1h, output };
        std::string tierName = tier.toStdString();
        Cost c = computeCost(price, t, Billing { batch, false, tierName, false }).value();
        QCOMPARE(c.total, expected);
        QCOMPARE(c.list, expected);
    }

    void responseCacheHitCostsNothingButRecordsAvoided()
    {
        TokenCounts t { 10000, 0, 0, 0, 1000 };
        Cost c = computeCost(openaiGpt4o(), t, Billing { false, true, {}, false }).value();
        QCOMPARE(c.total, Nano(0));
        QCOMPARE(c.list, Nano(35'000'000));
    }

    void reportsCacheSavingsAndWriteOverhead()
    {
        // savings: 5000 x (3 - 0.30) = 13,500 -> $0.0135; overhead: 2000 x 0.75 + 1000 x 3 = 4,500 -> $0.0045
        TokenCounts t { 10000, 5000, 2000, 1000, 500 };
        Cost c = computeCost(anthropicSonnet45(), t, Billing {}).value();
        QCOMPARE(c.cacheSavings, Nano(13'500'000));
        QCOMPARE(c.cacheWriteExtra, Nano(4'500'000));
    }

    void aggregateBucketsNeverTriggerLongContext()
    {
        // A day's bucket of many requests holds far more than 200k input tokens.
        TokenCounts t { 5'000'000, 0, 0, 0, 0 };
        Billing b;
        b.aggregate = true;
        QCOMPARE(computeCost(anthropicSonnet45(), t, b)->total, Nano(15'000'000'000));
        b.forceLongContext = true; // unless the provider split the bucket by context window
        QCOMPARE(computeCost(anthropicSonnet45(), t, b)->total, Nano(30'000'000'000));
    }

    // Issue 7, item 3: checked 128-bit math; an amount that does not fit is an error, never wrapped.
    void failsInsteadOfWrapping_data()
    {
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("cached");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("rate"); // nano-USD per 1M tokens for input and output
        QTest::addColumn<bool>("aggregate");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("total");
        const qint64 ceiling = qint64(limits::kMaxPricePerMillion);
        const qint64 maxBucket = qint64(limits::kMaxBucketTokens);
        QTest::addRow("request at the limits")
            << qint64(limits::kMaxRequestTokens) << qint64(0) << qint64(limits::kMaxRequestTokens) << ceiling << false
            << true << qint64(100'000'000'000'000'000);
        QTest::addRow("bucket at the limit at $1/M") << maxBucket << qint64(0) << qint64(0) << qint64(1'000'000'000)
                                                     << true << true << qint64(10'000'000'000'000'000);
        QTest::addRow("bucket at the limit, input + output at $900/M")
            << maxBucket << qint64(0) << maxBucket << qint64(450'000'000'000) << true << true
            << qint64(9'000'000'000'000'000'000);
        QTest::addRow("bucket at the limit at the ceiling price")
            << maxBucket << qint64(0) << maxBucket << ceiling << true << false << qint64(0);
        QTest::addRow("2^53 tokens at $10/M (the issue's wrap)")
            << qint64(0) << qint64(0) << (qint64(1) << 53) << qint64(10'000'000'000) << true << false << qint64(0);
        QTest::addRow("INT64_MAX tokens")
            << qint64(INT64_MAX) << qint64(0) << qint64(INT64_MAX) << ceiling << true << false << qint64(0);
        QTest::addRow("INT64_MAX tokens, INT64_MAX rate")
            << qint64(INT64_MAX) << qint64(0) << qint64(INT64_MAX) << qint64(INT64_MAX) << true << false << qint64(0);
        QTest::addRow("negative tokens") << qint64(-5) << qint64(0) << qint64(1) << ceiling << false << false
                                         << qint64(0);
        QTest::addRow("cached above input")
            << qint64(5) << qint64(6) << qint64(1) << ceiling << false << false << qint64(0);
        QTest::addRow("negative rate") << qint64(5) << qint64(0) << qint64(1) << qint64(-1'000'000'000) << false
                                       << false << qint64(0);
        QTest::addRow("zero") << qint64(0) << qint64(0) << qint64(0) << ceiling << false << true << qint64(0);
    }
    void failsInsteadOfWrapping()
    {
        QFETCH(qint64, input);
        QFETCH(qint64, cached);
        QFETCH(qint64, output);
        QFETCH(qint64, rate);
        QFETCH(bool, aggregate);
        QFETCH(bool, ok);
        QFETCH(qint64, total);
        Price p;
        p.model = "m";
        p.base.input = rate;
        p.base.output = rate;
        TokenCounts t { input, cached, 0, 0, output };
        Billing b;
        b.aggregate = aggregate;
        auto c = computeCost(p, t, b);
        QCOMPARE(c.ok(), ok);
        if (ok) {
            QCOMPARE(c->total, total);
            QVERIFY(c->total >= 0);
        } else {
            QCOMPARE(c.error().code, ErrorCode::Invalid);
        }
    }

    void scaledRatesOverflowIsAnError()
    {
        // A long-context tier 10^9 times the base input price scales the cache rates beyond an int64.
        Price p;
        p.model = "m";
        p.base = Rates { Nano(1), Nano(INT64_MAX / 2), std::nullopt, std::nullopt, Nano(1) };
        p.longContext = LongContextRates { 10,
            Rates { Nano(1'000'000'000), std::nullopt, std::nullopt, std::nullopt, std::nullopt } };
        TokenCounts t { 100, 10, 0, 0, 1 };
        auto c = computeCost(p, t, Billing {});
        QVERIFY(!c.ok());
        QVERIFY2(c.error().detail.find("64 bits") != std::string::npos, c.error().detail.c_str());
    }

    void totalsAddIsChecked()
    {
        Totals a;
        a.cost = INT64_MAX - 1;
        a.latencySum = 5;
        Totals b;
        b.cost = 2;
        b.latencySum = INT64_MAX;
        a += b;
        QVERIFY(a.overflow);
        QCOMPARE(a.cost, Nano(INT64_MAX)); // saturated, never wrapped negative
        QCOMPARE(a.latencySum, qint64(INT64_MAX));
        Totals c;
        c.cost = 10;
        c += b;
        QVERIFY(!c.overflow);
        QCOMPARE(c.cost, Nano(12));
        Totals d;
        d += a; // the flag carries over
        QVERIFY(d.overflow);
    }
};

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
