#include "analytics/costquery.h"
#include "export/financecsv.h"
#include "export/focuscsv.h"
#include "export/terminal.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

using namespace burnrate;

namespace {

ResultRow row(Epoch bucket, std::vector<std::string> keys, std::int64_t requests, Nano cost)
{
    ResultRow r;
    r.bucket = bucket;
    r.keys = std::move(keys);
    r.totals.requests = requests;
    r.totals.input = requests * 100;
    r.totals.cached = requests * 10;
    r.totals.cw5m = requests;
    r.totals.cw1h = requests;
    r.totals.output = requests * 20;
    r.totals.cost = cost;
    return r;
}

// Splits RFC 4180 text into records of fields (quotes and embedded newlines handled).
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> out(1);
    std::string field;
    bool quoted = false;
    out.back().clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            out.back().push_back(field);
            field.clear();
            out.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (out.back().empty())
        out.pop_back();
    return out;
}

const Epoch kSep29 = 1790640000; // 2026-09-29 00:00 UTC

// The index of a FOCUS column by name.
std::size_t col(const char* name)
{
    const auto& c = focusColumns();
    auto it = std::find(c.begin(), c.end(), name);
    if (it == c.end())
        qFatal("no FOCUS column %s", name);
    return std::size_t(it - c.begin());
}

// The FOCUS CSV of a hand-made result of focusQuery()'s shape.
std::vector<std::vector<std::string>> focusOf(
    const CostQuery& q, const QueryResult& r, const FocusExportOptions& o = FocusExportOptions {})
{
    std::ostringstream out;
    writeFocusCsv(out, q, r, o);
    return parseCsv(out.str());
}

// Five days across a month end, three providers (one model without a price), hostile allocation values,
// two request tags, and provider buckets with projects and keys: every fact is also returned as the
// FOCUS group it belongs to, so the expected rows are known without SQL.
struct Fixture
{
    test::TempDb t;
    std::set<std::vector<std::string>> attributionGroups, billingGroups; // day, provider, model, allocation...
};

void fill(Fixture& f)
{
    auto src = f.t.db->ensureSource("proxy", "file");
    auto bill = f.t.db->ensureSource("billing", "openai");
    QVERIFY(src && bill);
    const char* providers[] = { "openai", "anthropic", "azure" };
    const char* models[] = { "gpt-4o", "claude-sonnet-4-5", "acme-private-ft" }; // the last has no price
    const char* tenants[] = { "acme", "=cmd", "a \"quoted\", comma\nnewline", "" };
    {
        UsageWriter w(*f.t.db, f.t.prices, *src, 50);
        for (int i = 0; i < 400; ++i) {
            UsageEvent e;
            e.id = "r" + std::to_string(i);
            e.ts = kSep29 + (i * 7919) % (5 * 86400);
            const int m = i % 3;
            e.dims.provider = providers[m];
            e.dims.model = models[m];
            e.dims.tenant = tenants[(i / 3) % 4];
            e.dims.team = i % 5 ? "search" : "support";
            e.dims.project = "p" + std::to_string(i % 2);
            e.dims.env = i % 7 ? "prod" : "dev";
            e.dims.promptId = i % 4 ? "answer" : "";
            e.dims.user = "u" + std::to_string(i % 9); // not an allocation axis: never splits a row
            e.tokens.input = 1000 + i * 37;
            e.tokens.cachedInput = i % 3 == 1 ? 500 : 0;
            e.tokens.output = 100 + i * 11;
            std::string feature = i % 2 ? "chat" : "";
            std::string region = i % 3 ? "eu" : "us";
            if (!feature.empty())
                e.tags.emplace_back("feature", feature);
            e.tags.emplace_back("region", region);
            QVERIFY(w.add(e).ok());
            f.attributionGroups.insert({ formatDate(e.ts), e.dims.provider, e.dims.model, e.dims.tenant, e.dims.team,
                e.dims.project, e.dims.env, e.dims.promptId, feature, region });
        }
        QVERIFY(w.commit().ok());
    }
    UsageWriter w(*f.t.db, f.t.prices, *bill, 50);
    for (int i = 0; i < 60; ++i) {
        UsageBucket b;
        b.widthSeconds = 3600;
        b.start = kSep29 + (i * 3607 % (5 * 24)) * 3600;
        const int m = i % 3;
        b.dims.provider = providers[m];
        b.dims.model = models[m];
        b.dims.project = i % 2 ? "proj_a" : "proj_b";
        b.dims.apiKey = i % 4 ? "sk-test-key-number-one" : "";
        b.requests = 10 + i;
        b.tokens.input = 100000 + i * 997;
        b.tokens.output = 5000 + i * 31;
        QVERIFY(w.add(b).ok());
        f.billingGroups.insert({ formatDate(b.start), b.dims.provider, b.dims.model, b.dims.project,
            b.dims.apiKey.empty() ? "" : "key" + b.dims.apiKey });
    }
    QVERIFY(w.commit().ok());
}

std::vector<std::string> tagKeysOf(Database& db)
{
    std::vector<std::string> keys;
    for (const auto& [id, k] : db.dimValues(Dim::TagKey))
        keys.push_back(k);
    return keys;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void neutralisesAndQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::addRow("plain") << "acme"
                               << "acme";
        QTest::addRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::addRow("plus") << "+1"
                              << "'+1";
        QTest::addRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::addRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::addRow("tab") << "\tx"
                             << "'\tx";
        QTest::addRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::addRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::addRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::addRow("newline") << "l1\nl2"
                                 << "\"l1\nl2\"";
        QTest::addRow("unicode") << QStringLiteral("caf\u00e9") << QStringLiteral("caf\u00e9");
        QTest::addRow("empty") << ""
                               << "";
    }
    void neutralisesAndQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromStdString(csvField(text.toStdString())), cell);
    }

    // A NUL or another control character inside a value never reaches a cell raw; invalid UTF-8 does
    // not either (the file is UTF-8).
    void controlCharactersAreEscapedInCells_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::addRow("nul") << QByteArray("ac\0me", 5) << QByteArray("ac\\x00me");
        QTest::addRow("escape sequence") << QByteArray("\x1b[31mred") << QByteArray("\\x1b[31mred");
        QTest::addRow("bell and backspace") << QByteArray("a\x07\x08"
                                                          "b")
                                            << QByteArray("a\\x07\\x08b");
        QTest::addRow("delete") << QByteArray("a\x7f") << QByteArray("a\\x7f");
        QTest::addRow("leading nul is not a formula") << QByteArray("\0=1", 3) << QByteArray("\\x00=1");
        QTest::addRow("tab inside is kept") << QByteArray("a\tb") << QByteArray("a\tb");
        QTest::addRow("newline is quoted") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::addRow("invalid utf-8") << QByteArray("caf\xe9") << QByteArray("caf\xef\xbf\xbd");
        QTest::addRow("valid utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9");
    }
    void controlCharactersAreEscapedInCells()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, cell);
        const std::string out = csvField(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(QByteArray::fromStdString(out), cell);
        QVERIFY(out.find('\0') == std::string::npos);
    }

    // One function makes every value printable on a terminal.
    void terminalSafe_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("shown");
        QTest::addRow("plain") << QByteArray("acme-prod_1") << QByteArray("acme-prod_1");
        QTest::addRow("unicode kept") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5\xf0\x9f\x94\xa5")
                                      << QByteArray("caf\xc3\xa9 \xe6\x97\xa5\xf0\x9f\x94\xa5");
        QTest::addRow("colour") << QByteArray("\x1b[31mred\x1b[0m") << QByteArray("\\x1b[31mred\\x1b[0m");
        QTest::addRow("osc title") << QByteArray("\x1b]0;pwned\x07x") << QByteArray("\\x1b]0;pwned\\x07x");
        QTest::addRow("osc title, st") << QByteArray("\x1b]2;t\x1b\\") << QByteArray("\\x1b]2;t\\x1b\\");
        QTest::addRow("carriage return") << QByteArray("$0.00\rTOTAL") << QByteArray("$0.00\\rTOTAL");
        QTest::addRow("newline and tab") << QByteArray("a\nb\tc") << QByteArray("a\\nb\\tc");
        QTest::addRow("nul") << QByteArray("a\0b", 3) << QByteArray("a\\x00b");
        QTest::addRow("other c0") << QByteArray("\x01\x08\x0b\x0c\x1f") << QByteArray("\\x01\\x08\\x0b\\x0c\\x1f");
        QTest::addRow("delete") << QByteArray("a\x7f") << QByteArray("a\\x7f");
        QTest::addRow("c1 csi (utf-8)") << QByteArray("\xc2\x9b"
                                                      "31m")
                                        << QByteArray("\\u009b31m");
        QTest::addRow("c1 raw byte") << QByteArray("\x9b"
                                                   "31m")
                                     << QByteArray("\xef\xbf\xbd"
                                                   "31m");
        QTest::addRow("bidi override") << QByteArray("abc\xe2\x80\xae"
                                                     "def")
                                       << QByteArray("abc\\u202edef");
        QTest::addRow("bidi isolate") << QByteArray("\xe2\x81\xa6x") << QByteArray("\\u2066x");
        QTest::addRow("line separator") << QByteArray("a\xe2\x80\xa8") << QByteArray("a\\u2028");
        QTest::addRow("truncated sequence") << QByteArray("ab\xe6\x97") << QByteArray("ab\xef\xbf\xbd\xef\xbf\xbd");
        QTest::addRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
        QTest::addRow("backslash kept") << QByteArray("C:\\x") << QByteArray("C:\\x");
        QTest::addRow("empty") << QByteArray("") << QByteArray("");
    }
    void terminalSafe()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, shown);
        const std::string out = burnrate::terminalSafe(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(QByteArray::fromStdString(out), shown);
        for (unsigned char c : out)
            QVERIFY(c >= 0x20 && c != 0x7f);
    }

    // A tenant (or model...) named TOTAL cannot pass for the total row: only the last row says TOTAL.
    void aValueNamedTotalIsNotTheTotalRow_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::addRow("TOTAL") << "TOTAL"
                               << "'TOTAL";
        QTest::addRow("lower case") << "total"
                                    << "'total";
        QTest::addRow("blanks") << " TOTAL "
                                << "\"' TOTAL \"";
        QTest::addRow("longer is fine") << "TOTALS"
                                        << "TOTALS";
    }
    void aValueNamedTotalIsNotTheTotalRow()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        CostQuery q;
        q.groupBy = { Axis { Dim::Tenant, {} } };
        QueryResult r;
        r.rows.push_back(row(0, { value.toStdString() }, 3, 5'000'000'000));
        r.rows.push_back(row(0, { "acme" }, 1, 1'000'000'000));
        std::ostringstream out;
        CsvExportOptions o;
        o.totalRow = true;
        writeFinanceCsv(out, q, r, o);
        const std::string text = out.str();
        QVERIFY(text.find("\r\n" + cell.toStdString() + ",3,") != std::string::npos);
        auto recs = parseCsv(text);
        QCOMPARE(recs.size(), std::size_t(4));
        int totals = 0;
        for (const auto& rec : recs)
            totals += rec[0] == "TOTAL";
        QCOMPARE(totals, 1);
        QCOMPARE(recs.back()[0], std::string("TOTAL"));
        QCOMPARE(recs.back()[1], std::string("4"));
    }

    void negativeNumbersAreNotNeutralised()
    {
        QCOMPARE(QString::fromStdString(csvNumber(formatDecimal(-1'500'000'000, 2))), QStringLiteral("-1.50"));
    }

    void totalEqualsTheSumOfPrintedRows_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addRow("default 6") << 6;
        QTest::addRow("cents") << 2;
        QTest::addRow("whole dollars") << 0;
        QTest::addRow("nano") << 9;
    }
    void totalEqualsTheSumOfPrintedRows()
    {
        QFETCH(int, decimals);
        CostQuery q;
        q.granularity = Granularity::Day;
        q.groupBy = { Axis { Dim::Model, {} }, Axis::tag("team") };
        QueryResult r;
        // Costs chosen so that per-row rounding differs from rounding the exact sum.
        for (int i = 0; i < 50; ++i)
            r.rows.push_back(row(1788220800 + (i % 5) * 86400, { "m" + std::to_string(i % 3), "=cmd" }, i + 1,
                1'234'567 + i * 3'333'333'333LL / 7));
        for (const auto& x : r.rows)
            r.total += x.totals;
        std::ostringstream out;
        CsvExportOptions o;
        o.decimals = decimals;
        o.totalRow = true;
        o.timeColumnIndex = 1;
        writeFinanceCsv(out, q, r, o);
        auto recs = parseCsv(out.str());
        QCOMPARE(recs.size(), r.rows.size() + 2);
        QCOMPARE(recs[0],
            (std::vector<std::string> { "model", "day", "tag:team", "requests", "input_tokens", "cached_input_tokens",
                "cache_write_tokens", "output_tokens", "cost_usd", "unpriced_tokens" }));
        QCOMPARE(QString::fromStdString(recs[1][1]), QStringLiteral("2026-09-01"));
        QCOMPARE(QString::fromStdString(recs[1][2]), QStringLiteral("'=cmd"));
        Nano sum = 0;
        std::int64_t requests = 0;
        for (std::size_t i = 1; i + 1 < recs.size(); ++i) {
            QCOMPARE(recs[i].size(), recs[0].size());
            auto c = parseDecimalNano(recs[i][8]);
            QVERIFY(c);
            auto dot = recs[i][8].find('.');
            QCOMPARE(dot == std::string::npos ? 0 : int(recs[i][8].size() - dot - 1), decimals);
            sum += *c;
            requests += std::stoll(recs[i][3]);
        }
        const auto& total = recs.back();
        QCOMPARE(QString::fromStdString(total[0]), QStringLiteral("TOTAL"));
        QCOMPARE(*parseDecimalNano(total[8]), sum);
        QCOMPARE(std::stoll(total[3]), requests);
        QCOMPARE(std::stoll(total[6]), r.total.cw5m + r.total.cw1h);
    }

    void monthAndNoTimeColumns()
    {
        CostQuery q;
        q.granularity = Granularity::Month;
        q.groupBy = { Axis { Dim::Tenant, {} } };
        QueryResult r;
        r.rows.push_back(row(1788220800, { "acme" }, 1, 1'000'000));
        std::ostringstream out;
        writeFinanceCsv(out, q, r, CsvExportOptions {});
        auto recs = parseCsv(out.str());
        QCOMPARE(QString::fromStdString(recs[0][0]), QStringLiteral("month"));
        QCOMPARE(QString::fromStdString(recs[1][0]), QStringLiteral("2026-09"));
        QCOMPARE(QString::fromStdString(recs[1][7]), QStringLiteral("0.001000"));
    }

    // --- FOCUS export -----------------------------------------------------------------------------------

    void focusHeaderHasTheFocusColumns()
    {
        CostQuery q = *focusQuery(kSep29, kSep29 + 86400, Lens::Attribution, {});
        auto recs = focusOf(q, QueryResult {});
        QCOMPARE(recs.size(), std::size_t(1));
        QCOMPARE(recs[0], focusColumns());
        for (const char* name : { "BilledCost", "EffectiveCost", "ListCost", "BillingCurrency", "ChargePeriodStart",
                 "ChargePeriodEnd", "ChargeCategory", "ChargeDescription", "ServiceName", "ServiceCategory",
                 "ProviderName", "PublisherName", "InvoiceIssuerName", "SkuId", "SkuPriceId", "PricingQuantity",
                 "PricingUnit", "ConsumedQuantity", "ConsumedUnit", "RegionId", "Tags", "x_UnpricedTokens" })
            QVERIFY2(std::count(recs[0].begin(), recs[0].end(), name) == 1, name);
        // Every column FOCUS does not define carries the x_ prefix.
        std::set<std::string> focus12
            = { "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "BillingCurrency", "BillingPeriodStart",
                  "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd", "ChargeCategory", "ChargeClass",
                  "ChargeFrequency", "ChargeDescription", "ServiceName", "ServiceCategory", "ServiceSubcategory",
                  "ProviderName", "PublisherName", "InvoiceIssuerName", "SkuId", "SkuPriceId", "PricingCategory",
                  "PricingQuantity", "PricingUnit", "ConsumedQuantity", "ConsumedUnit", "RegionId", "Tags" };
        for (const auto& c : recs[0])
            QVERIFY2(focus12.count(c) || c.rfind("x_", 0) == 0, c.c_str());
    }

    void focusQueryGroupsByWhatTheLensCarries_data()
    {
        QTest::addColumn<int>("lens");
        QTest::addColumn<QStringList>("tagKeys");
        QTest::addColumn<QString>("axes");
        QTest::addRow("attribution") << int(Lens::Attribution) << QStringList { "region", "feature", "region", "" }
                                     << "provider,model,tenant,team,project,env,prompt,tag:feature,tag:region";
        QTest::addRow("attribution without tags")
            << int(Lens::Attribution) << QStringList {} << "provider,model,tenant,team,project,env,prompt";
        QTest::addRow("billing ignores tags")
            << int(Lens::Billing) << QStringList { "feature" } << "provider,model,project,api_key,tenant,team,env";
        QTest::addRow("proxy metrics") << int(Lens::ProxyMetrics) << QStringList {}
                                       << "provider,model,team,api_key,tenant,project,env";
    }
    void focusQueryGroupsByWhatTheLensCarries()
    {
        QFETCH(int, lens);
        QFETCH(QStringList, tagKeys);
        QFETCH(QString, axes);
        std::vector<std::string> keys;
        for (const QString& k : tagKeys)
            keys.push_back(k.toStdString());
        auto q = focusQuery(kSep29, kSep29 + 86400, Lens(lens), keys);
        QVERIFY(q);
        QCOMPARE(q->granularity, Granularity::Day);
        QCOMPARE(q->lens, Lens(lens));
        QStringList names;
        for (const Axis& a : q->groupBy)
            names << QString::fromStdString(a.name());
        QCOMPARE(names.join(QLatin1Char(',')), axes);
        // The lens carries every axis: the query is never refused.
        QVERIFY(!uncarriedAxis(*q));
    }

    void focusQueryRefusesTooManyTagKeys()
    {
        std::vector<std::string> keys;
        for (std::size_t i = 0; i <= kMaxFocusTagKeys; ++i)
            keys.push_back("k" + std::to_string(i));
        auto q = focusQuery(kSep29, kSep29 + 86400, Lens::Attribution, keys);
        QVERIFY(!q);
        QVERIFY(q.error().detail.find("tag keys") != std::string::npos);
        keys.pop_back();
        QVERIFY(focusQuery(kSep29, kSep29 + 86400, Lens::Attribution, keys));
    }

    // One row per day x provider x model x allocation group, each charge period one UTC day (end
    // exclusive), in the billing period of its month; BilledCost adds up to the finance CSV's TOTAL.
    void focusRowsAndTotalsMatchTheFinanceCsv_data()
    {
        QTest::addColumn<int>("lens");
        QTest::addColumn<int>("decimals");
        for (auto [lens, name] :
            { std::pair { Lens::Attribution, "attribution" }, std::pair { Lens::Billing, "billing" } })
            for (int d : { 6, 2, 0, 9 })
                QTest::addRow("%s, %d decimals", name, d) << int(lens) << d;
    }
    void focusRowsAndTotalsMatchTheFinanceCsv()
    {
        QFETCH(int, lens);
        QFETCH(int, decimals);
        Fixture f;
        fill(f);
        if (QTest::currentTestFailed())
            return;
        CostQueries queries(*f.t.db);
        const Epoch from = kSep29, to = kSep29 + 5 * 86400;
        auto q = focusQuery(from, to, Lens(lens), tagKeysOf(*f.t.db));
        QVERIFY(q);
        auto r = queries.run(*q);
        QVERIFY(r);
        FocusExportOptions o;
        o.decimals = decimals;
        o.prices = &f.t.prices;
        auto recs = focusOf(*q, *r, o);
        const auto& groups = Lens(lens) == Lens::Attribution ? f.attributionGroups : f.billingGroups;
        QCOMPARE(recs.size(), groups.size() + 1);

        Nano billed = 0;
        std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
        for (std::size_t i = 1; i < recs.size(); ++i) {
            const auto& rec = recs[i];
            QCOMPARE(rec.size(), focusColumns().size());
            auto cost = parseDecimalNano(rec[col("BilledCost")]);
            QVERIFY(cost);
            billed += *cost;
            QCOMPARE(rec[col("EffectiveCost")], rec[col("BilledCost")]);
            QCOMPARE(rec[col("ListCost")], rec[col("BilledCost")]);
            auto start = parseTimestamp(rec[col("ChargePeriodStart")]);
            auto end = parseTimestamp(rec[col("ChargePeriodEnd")]);
            QVERIFY(start && end);
            QCOMPARE(*start % 86400, Epoch(0));
            QCOMPARE(*end, *start + 86400);
            QVERIFY(*start >= from && *end <= to);
            QCOMPARE(rec[col("ChargePeriodStart")], formatDate(*start) + "T00:00:00Z");
            QCOMPARE(*parseTimestamp(rec[col("BillingPeriodStart")]), floorMonth(*start));
            QCOMPARE(*parseTimestamp(rec[col("BillingPeriodEnd")]), addMonths(floorMonth(*start), 1));
            QCOMPARE(rec[col("BillingCurrency")], std::string("USD"));
            QCOMPARE(rec[col("ChargeCategory")], std::string("Usage"));
            QCOMPARE(rec[col("ServiceCategory")], std::string("AI and Machine Learning"));
            QCOMPARE(rec[col("PricingUnit")], std::string("1M tokens"));
            QCOMPARE(rec[col("ConsumedUnit")], std::string("Tokens"));
            QCOMPARE(rec[col("x_Lens")], std::string(lensName(Lens(lens))));
            // Quantities: all tokens, and the same in millions, exactly.
            const std::int64_t tokens = std::stoll(rec[col("x_InputTokens")]) + std::stoll(rec[col("x_OutputTokens")]);
            QCOMPARE(std::stoll(rec[col("ConsumedQuantity")]), tokens);
            QCOMPARE(*parseDecimalNano(rec[col("PricingQuantity")]), Nano(tokens) * 1000);
            // Unpriced usage is counted beside a cost of zero, never passed off as free.
            const bool unpriced = rec[col("SkuId")] == "acme-private-ft";
            QCOMPARE(std::stoll(rec[col("x_UnpricedTokens")]) == tokens, unpriced);
            QCOMPARE(rec[col("SkuPriceId")].empty(), unpriced);
            QCOMPARE(rec[col("ChargeDescription")].find("UNPRICED") != std::string::npos, unpriced);
            if (unpriced)
                QCOMPARE(*cost, Nano(0));
            else
                QVERIFY(*cost > 0 || decimals < 6);
            auto tags = nlohmann::json::parse(rec[col("Tags")]);
            QVERIFY(tags.is_object());
            // No two rows of the same day, provider and model share their allocation group.
            QVERIFY(
                seen.insert({ rec[col("ChargePeriodStart")], rec[col("ProviderName")], rec[col("SkuId")], tags.dump() })
                    .second);
            if (Lens(lens) == Lens::Attribution) {
                QCOMPARE(rec[col("RegionId")], tags.value("region", std::string()));
                QVERIFY(!tags.value("region", std::string()).empty());
            } else {
                QVERIFY(rec[col("RegionId")].empty());
                QVERIFY(!tags.contains("tenant"));
                QVERIFY(tags.contains("project"));
            }
        }

        // The finance CSV of the same rows: its TOTAL is BilledCost's sum, to the last printed digit.
        std::ostringstream fin;
        CsvExportOptions fo;
        fo.decimals = decimals;
        fo.totalRow = true;
        writeFinanceCsv(fin, *q, *r, fo);
        auto frecs = parseCsv(fin.str());
        QCOMPARE(frecs.size(), recs.size() + 1);
        const auto& header = frecs[0];
        const std::size_t costAt = std::size_t(std::find(header.begin(), header.end(), "cost_usd") - header.begin());
        QCOMPARE(frecs.back()[0], std::string("TOTAL"));
        QCOMPARE(*parseDecimalNano(frecs.back()[costAt]), billed);
        QCOMPARE(formatDecimal(billed, decimals), frecs.back()[costAt]);
        if (decimals == 9) {
            // At full precision the sum is the exact total of the lens, whatever the finance CSV groups by.
            QCOMPARE(billed, r->total.cost);
            CostQuery byProvider;
            byProvider.from = from;
            byProvider.to = to;
            byProvider.lens = Lens(lens);
            byProvider.groupBy = { Axis { Dim::Provider, {} } };
            auto pr = queries.run(byProvider);
            QVERIFY(pr);
            std::ostringstream out;
            writeFinanceCsv(out, byProvider, *pr, fo);
            auto precs = parseCsv(out.str());
            QCOMPARE(precs[0][6], std::string("cost_usd"));
            QCOMPARE(*parseDecimalNano(precs.back()[6]), billed);
        }
    }

    // Hostile allocation values stay inside the Tags JSON (escaped, still one CSV cell) and read back as
    // they were; a tag named like a dimension never overwrites it.
    void focusTagsAreEscapedJson_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("readBack");
        QTest::addRow("plain") << QByteArray("acme") << QByteArray("acme");
        QTest::addRow("quotes") << QByteArray("say \"hi\"") << QByteArray("say \"hi\"");
        QTest::addRow("comma") << QByteArray("a,b") << QByteArray("a,b");
        QTest::addRow("newline and CR") << QByteArray("l1\nl2\r\nl3") << QByteArray("l1\nl2\r\nl3");
        QTest::addRow("backslash") << QByteArray("C:\\x\\\"") << QByteArray("C:\\x\\\"");
        QTest::addRow("json injection") << QByteArray("\",\"tenant\":\"evil") << QByteArray("\",\"tenant\":\"evil");
        QTest::addRow("formula") << QByteArray("=cmd|' /C calc'!A0") << QByteArray("=cmd|' /C calc'!A0");
        QTest::addRow("controls") << QByteArray("a\0b\x1b[31m\x7f", 9) << QByteArray("a\0b\x1b[31m\x7f", 9);
        QTest::addRow("tab") << QByteArray("a\tb") << QByteArray("a\tb");
        QTest::addRow("unicode") << QByteArray("caf\xc3\xa9 \xe2\x80\xa8") << QByteArray("caf\xc3\xa9 \xe2\x80\xa8");
        QTest::addRow("invalid utf-8") << QByteArray("caf\xe9") << QByteArray("caf\xef\xbf\xbd");
    }
    void focusTagsAreEscapedJson()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, readBack);
        const std::string v(value.constData(), std::size_t(value.size()));
        const std::string back(readBack.constData(), std::size_t(readBack.size()));
        auto q = focusQuery(kSep29, kSep29 + 86400, Lens::Attribution, { v, "tenant", "k" });
        QVERIFY(q);
        ResultRow row;
        row.bucket = kSep29;
        // provider, model, tenant, team, project, env, prompt, then one value per tag axis (keys sorted).
        row.keys = { "openai", "gpt-4o", v, "", "proj", "", v };
        for (std::size_t i = 7; i < q->groupBy.size(); ++i) {
            const std::string& key = q->groupBy[i].tagKey;
            row.keys.push_back(key == "k" ? "x" : key == "tenant" ? "tag-tenant" : v);
        }
        row.totals.requests = 1;
        row.totals.input = 10;
        row.totals.cost = 1000;
        QueryResult r;
        r.rows.push_back(row);
        std::ostringstream out;
        writeFocusCsv(out, *q, r, FocusExportOptions {});
        const std::string text = out.str();
        QVERIFY(text.find('\0') == std::string::npos);
        auto recs = parseCsv(text);
        QCOMPARE(recs.size(), std::size_t(2));
        QCOMPARE(recs[1].size(), focusColumns().size());
        const std::string& cell = recs[1][col("Tags")];
        QCOMPARE(cell.front(), '{');
        nlohmann::json tags;
        try {
            tags = nlohmann::json::parse(cell);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY(tags.is_object());
        QCOMPARE(tags.value("tenant", std::string("?")), back);
        QCOMPARE(tags.value("prompt", std::string("?")), back);
        QCOMPARE(tags.value("project", std::string("?")), std::string("proj"));
        QCOMPARE(tags.value("k", std::string("?")), std::string("x"));
        // The request tag "tenant" is kept under its own key; empty values are left out.
        QCOMPARE(tags.value("tag:tenant", std::string("?")), std::string("tag-tenant"));
        QVERIFY(!tags.contains("team") && !tags.contains("env"));
        if (!v.empty() && v != "tenant" && v != "k")
            QCOMPARE(tags.value(back, std::string("?")), back);
    }

    // Text cells that a spreadsheet would run are neutralised exactly as in the finance CSV.
    void focusFormulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addRow("equals") << "=cmd|' /C calc'!A0";
        QTest::addRow("plus") << "+1";
        QTest::addRow("minus") << "-2+3";
        QTest::addRow("at") << "@SUM(A1)";
        QTest::addRow("tab") << "\tx";
        QTest::addRow("plain") << "gpt-4o";
    }
    void focusFormulaCellsAreNeutralised()
    {
        QFETCH(QString, model);
        const std::string m = model.toStdString();
        CostQuery q = *focusQuery(kSep29, kSep29 + 86400, Lens::Billing, {});
        ResultRow row;
        row.bucket = kSep29;
        row.keys = { m, m, m, "" }; // provider, model, project, api_key
        row.keys.resize(q.groupBy.size()); // no owner from an allocation rule
        row.totals.requests = 2;
        row.totals.cost = 1'500'000;
        QueryResult r;
        r.rows.push_back(row);
        std::ostringstream out;
        writeFocusCsv(out, q, r, FocusExportOptions {});
        const std::string text = out.str();
        // The raw cells: SkuId and ProviderName as csvField() writes them; no cell starts a formula.
        QVERIFY(text.find("," + csvField(m) + ",") != std::string::npos);
        auto recs = parseCsv(text);
        QCOMPARE(recs.size(), std::size_t(2));
        for (const auto& cell : recs[1])
            QVERIFY2(cell.empty() || std::string("=+@\t\r").find(cell[0]) == std::string::npos, cell.c_str());
        const bool hostile = m[0] == '=' || m[0] == '+' || m[0] == '-' || m[0] == '@' || m[0] == '\t';
        QCOMPARE(recs[1][col("SkuId")], hostile ? "'" + m : m);
        QCOMPARE(recs[1][col("ProviderName")], hostile ? "'" + m : m);
        QCOMPARE(recs[1][col("ChargeDescription")].rfind("LLM usage of ", 0), std::size_t(0));
        // Numbers are never neutralised.
        QCOMPARE(recs[1][col("BilledCost")], std::string("0.001500"));
    }

    void focusProviderNames_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("providerName");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("service");
        QTest::addRow("openai") << "openai"
                                << "gpt-4o"
                                << "OpenAI"
                                << "OpenAI"
                                << "OpenAI API";
        QTest::addRow("bedrock claude") << "bedrock"
                                        << "us.anthropic.claude-sonnet-4-5-v1:0"
                                        << "AWS"
                                        << "Anthropic"
                                        << "Amazon Bedrock";
        QTest::addRow("o1 only as a word") << "bedrock"
                                           << "acme-pro1-chat"
                                           << "AWS"
                                           << "AWS"
                                           << "Amazon Bedrock";
        QTest::addRow("bedrock nova") << "bedrock"
                                      << "amazon.nova-pro-v1:0"
                                      << "AWS"
                                      << "Amazon"
                                      << "Amazon Bedrock";
        QTest::addRow("azure o3") << "azure"
                                  << "o3-mini"
                                  << "Microsoft"
                                  << "OpenAI"
                                  << "Azure OpenAI";
        QTest::addRow("litellm name") << "vertex_ai"
                                      << "gemini-2.5-pro"
                                      << "Google"
                                      << "Google"
                                      << "Gemini API";
        QTest::addRow("unknown") << "acme-llm"
                                 << "m1"
                                 << "acme-llm"
                                 << "acme-llm"
                                 << "acme-llm";
    }
    void focusProviderNames()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QString, providerName);
        QFETCH(QString, publisher);
        QFETCH(QString, service);
        CostQuery q = *focusQuery(kSep29, kSep29 + 86400, Lens::Billing, {});
        QueryResult r;
        r.rows.push_back(
            ResultRow { kSep29, { provider.toStdString(), model.toStdString(), "", "", "", "", "" }, {}, false });
        auto recs = focusOf(q, r);
        QCOMPARE(QString::fromStdString(recs[1][col("ProviderName")]), providerName);
        QCOMPARE(QString::fromStdString(recs[1][col("InvoiceIssuerName")]), providerName);
        QCOMPARE(QString::fromStdString(recs[1][col("PublisherName")]), publisher);
        QCOMPARE(QString::fromStdString(recs[1][col("ServiceName")]), service);
        QCOMPARE(QString::fromStdString(recs[1][col("SkuId")]), model);
    }

    // SkuPriceId names the price period in force over the whole day; a price that changes within the day
    // leaves it empty rather than naming one of the two.
    void focusSkuPriceId_data()
    {
        QTest::addColumn<qint64>("secondPriceFrom");
        QTest::addColumn<QString>("priceId");
        QTest::addRow("one price all day") << qint64(kSep29 - 86400) << "override:openai:m:2026-09-28";
        QTest::addRow("new price from midnight") << qint64(kSep29) << "override:openai:m:2026-09-29";
        QTest::addRow("changed at noon") << qint64(kSep29 + 43200) << "";
        QTest::addRow("from tomorrow") << qint64(kSep29 + 86400) << "catalog:openai:m:2026-01-01";
    }
    void focusSkuPriceId()
    {
        QFETCH(qint64, secondPriceFrom);
        QFETCH(QString, priceId);
        PriceBook book;
        Price a;
        a.provider = "openai";
        a.model = "m";
        a.effectiveFrom = *parseDate("2026-01-01");
        a.base.input = a.base.output = 1'000'000'000;
        book.add(a);
        Price b = a;
        b.origin = PriceOrigin::Override;
        b.effectiveFrom = secondPriceFrom;
        book.add(b);
        CostQuery q = *focusQuery(kSep29, kSep29 + 86400, Lens::Billing, {});
        QueryResult r;
        ResultRow row { kSep29, { "openai", "m", "", "", "", "", "" }, {}, false };
        row.totals.requests = 1;
        row.totals.input = 100;
        row.totals.cost = 100'000;
        r.rows.push_back(row);
        FocusExportOptions o;
        o.prices = &book;
        QCOMPARE(QString::fromStdString(focusOf(q, r, o)[1][col("SkuPriceId")]), priceId);
        o.prices = nullptr;
        QCOMPARE(focusOf(q, r, o)[1][col("SkuPriceId")], std::string());
    }

    // A range without usage (or an empty one) is the header row alone.
    void focusEmptyRangeIsHeaderOnly_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addRow("before the data") << qint64(kSep29 - 10 * 86400) << qint64(kSep29 - 86400);
        QTest::addRow("after the data") << qint64(kSep29 + 30 * 86400) << qint64(kSep29 + 31 * 86400);
        QTest::addRow("empty range") << qint64(kSep29) << qint64(kSep29);
    }
    void focusEmptyRangeIsHeaderOnly()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        Fixture f;
        fill(f);
        if (QTest::currentTestFailed())
            return;
        CostQueries queries(*f.t.db);
        for (Lens lens : { Lens::Attribution, Lens::Billing }) {
            auto q = focusQuery(from, to, lens, tagKeysOf(*f.t.db));
            QVERIFY(q);
            auto r = queries.run(*q);
            QVERIFY(r);
            std::ostringstream out;
            writeFocusCsv(out, *q, *r, FocusExportOptions {});
            std::string header;
            for (const auto& c : focusColumns())
                header += (header.empty() ? "" : ",") + c;
            QCOMPARE(out.str(), header + "\r\n");
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
