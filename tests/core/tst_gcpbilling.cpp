// The gcp-billing source: Cloud Billing standard usage cost export files (CSV, JSON Lines, a JSON array, a
// folder of them) read into provider google cost lines (credits on lines of their own) and token buckets
// priced from the catalog (cache reads at their discount), labels as tenant and team; re-reading never
// double counts; non-USD, malformed, truncated and hostile files are refused or their bad rows rejected.
#include "analytics/reconciliation.h"
#include "sources/gcpbilling.h"
#include "sources/poller.h"
#include "sources/sourcetypes.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>

using namespace burnrate;

namespace {

constexpr Epoch kNov10 = 1794268800; // 2026-11-10 00:00 UTC
constexpr Epoch kNow = kNov10 + 20 * 86400;

std::int64_t scalar(Database& db, const std::string& sql, std::int64_t bind = 0)
{
    Statement s = db.prepare(sql);
    if (bind)
        s.bind(1, bind);
    return s.step() ? s.int64(0) : -1;
}

std::string gcpData(const char* name)
{
    return test::testData("gcp") + "/" + name;
}

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
}

// One JSON Lines row of the export, nested like `bq extract` writes it.
std::string jsonRow(const std::string& cost = "0.3", const std::string& amount = "1000000",
    const std::string& currency = "USD", const std::string& start = "2026-11-10 01:00:00 UTC",
    const std::string& credits = "[]", const std::string& end = "2026-11-10 02:00:00 UTC")
{
    return R"({"service":{"id":"C7E2-9256-1C43","description":"Vertex AI"},"sku":{"id":"A1B2-0000-0001",)"
           R"("description":"Gemini 2.5 Flash GA Text Input - Predictions"},"usage_start_time":")"
        + start + R"(","usage_end_time":")" + end + R"(","project":{"id":"acme-prod"},)"
        + R"("labels":[{"key":"tenant","value":"acme"}],"cost":)" + cost + R"(,"currency":")" + currency
        + R"(","credits":)" + credits + R"(,"usage":{"amount_in_pricing_units":)" + amount
        + R"(,"pricing_unit":"count"}})";
}

} // namespace

class TestGcpBilling : public QObject
{
    Q_OBJECT

    SourceInfo addSource(test::TempDb& t, const std::string& name, const std::string& path)
    {
        SourceInfo s;
        s.name = name;
        s.type = "gcp-billing";
        nlohmann::json cfg = { { "path", path } };
        s.configJson = cfg.dump();
        if (auto r = t.db->addSource(s); !r)
            qFatal("addSource: %s", r.error().detail.c_str());
        return *t.db->source(name);
    }

    PollOutcome poll(test::TempDb& t, const std::string& name)
    {
        PollOptions o;
        o.now = kNow;
        return pollSource(*t.db, t.prices, *t.db->source(name), o);
    }

    static std::string joined(const PollOutcome& out)
    {
        std::string all = out.error;
        for (const std::string& w : out.warnings)
            all += "\n" + w;
        return all;
    }

private slots:
    void classifiesVertexSkus_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("cls");
        QTest::addColumn<QString>("model");
        auto row = [](const char* d, VertexSkuClass c, const char* m) {
            QTest::newRow(d) << QString::fromUtf8(d) << int(c) << QString::fromUtf8(m);
        };
        row("Gemini 2.5 Flash GA Text Input - Predictions", VertexSkuClass::Input, "gemini-2.5-flash");
        row("Gemini 2.5 Flash GA Text Output - Predictions", VertexSkuClass::Output, "gemini-2.5-flash");
        row("Gemini 2.5 Flash GA Thinking Text Output - Predictions", VertexSkuClass::Output, "gemini-2.5-flash");
        row("Gemini 2.5 Flash GA Input Text Caching", VertexSkuClass::CachedInput, "gemini-2.5-flash");
        row("Gemini 3 Flash Text Input Caching", VertexSkuClass::CachedInput, "gemini-3-flash");
        row("Gemini 3 Flash Text Input Caching Storage", VertexSkuClass::CacheStorage, "gemini-3-flash");
        row("Gemini 2.5 Flash Lite GA Text Input - Predictions", VertexSkuClass::Input, "gemini-2.5-flash-lite");
        row("Gemini 3.7 Flash Global Text Input - Predictions", VertexSkuClass::Input, "gemini-3.7-flash");
        row("Gemini 2.5 Pro Text Input Long Context (>200K) - Predictions", VertexSkuClass::Input, "gemini-2.5-pro");
        row("Gemini 1.5 Flash Text Input Characters", VertexSkuClass::Input, "gemini-1.5-flash");
        row("Vertex AI Online Prediction Endpoint n1-standard-4", VertexSkuClass::Other, "");
        row("Claude Sonnet 4.5 Input Tokens", VertexSkuClass::Input, "");
    }
    void classifiesVertexSkus()
    {
        QFETCH(QString, description);
        QFETCH(int, cls);
        QFETCH(QString, model);
        QCOMPARE(int(classifyVertexSku(description.toStdString())), cls);
        QCOMPARE(QString::fromStdString(modelOfVertexSku(description.toStdString())), model);
    }

    void tokenUnits()
    {
        QCOMPARE(tokenUnitScale("count").value(), 0);
        QCOMPARE(tokenUnitScale("Tokens").value(), 0);
        QCOMPARE(tokenUnitScale("1K tokens").value(), 3);
        QCOMPARE(tokenUnitScale("1M tokens").value(), 6);
        QVERIFY(!tokenUnitScale("hour"));
        QVERIFY(!tokenUnitScale("characters"));
        QVERIFY(!tokenUnitScale("requests"));
    }

    // The three shapes of the same export give the same figures: cost lines per day, project and SKU (credits
    // on their own line), token buckets priced from the catalog with cache reads at the cached-input rate,
    // labels as tenant and team, other services left out.
    void readsEveryShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "export.csv";
        QTest::newRow("json lines") << "export.jsonl";
        QTest::newRow("json array") << "export-array.json";
    }
    void readsEveryShape()
    {
        QFETCH(QString, file);
        test::TempDb t;
        SourceInfo s = addSource(t, "billing", gcpData(file.toUtf8().constData()));
        PollOutcome out = poll(t, "billing");
        QVERIFY2(out.ok, joined(out).c_str());
        QCOMPARE(out.rejected, qint64(0));
        QVERIFY(joined(out).find("1 rows of other services") != std::string::npos);
        // Cost lines: input (two hours summed), output, cached input, storage, endpoint, and the credit.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines WHERE source_id = ?1", s.id), qint64(6));
        QCOMPARE(scalar(*t.db, "SELECT sum(amount) FROM cost_lines WHERE source_id = ?1 AND amount > 0", s.id),
            qint64(3'035'000'000));
        QCOMPARE(
            scalar(*t.db, "SELECT amount FROM cost_lines WHERE source_id = ?1 AND line_item = 'credit/A1B2-0000-0001'",
                s.id),
            qint64(-100'000'000));
        QCOMPARE(scalar(*t.db,
                     "SELECT count(*) FROM cost_lines WHERE source_id = ?1 AND provider = 'google' AND project = "
                     "'acme-prod' AND currency = 'usd' AND width = 86400 AND start = 1794268800",
                     s.id),
            qint64(6));
        // Reconciliation sees the net invoice of the day: gross minus credits.
        auto inv = invoiceTotals(*t.db, kNov10, kNov10 + 86400, {}, nullptr);
        QVERIFY(inv.ok());
        QCOMPARE(inv->size(), std::size_t(1));
        QCOMPARE(inv->front().provider, std::string("google"));
        QCOMPARE(inv->front().amount, Nano(2'935'000'000));
        // Buckets: hour 1 (tenant acme, team search) and hour 2 (tenant globex).
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE source_id = ?1 AND kind = 'gcp-billing'", s.id),
            qint64(2));
        QCOMPARE(scalar(*t.db,
                     "SELECT input FROM buckets b JOIN dims d ON d.id = b.tenant WHERE source_id = ?1 AND d.value = "
                     "'acme'",
                     s.id),
            qint64(1'500'000));
        QCOMPARE(scalar(*t.db,
                     "SELECT cached FROM buckets b JOIN dims d ON d.id = b.team WHERE source_id = ?1 AND d.value = "
                     "'search'",
                     s.id),
            qint64(500'000));
        QCOMPARE(scalar(*t.db, "SELECT sum(output) FROM buckets WHERE source_id = ?1", s.id), qint64(200'000));
        // Priced as gemini-2.5-flash: 1M uncached x $0.30 + 0.5M cached x $0.03 + 0.2M out x $2.50 = $0.815 (the
        // cache reads at the 90% discount; at the input rate they would add $0.135), + 0.1M x $0.30 in hour 2.
        QCOMPARE(scalar(*t.db, "SELECT sum(cost) FROM buckets WHERE source_id = ?1", s.id), qint64(845'000'000));
        QCOMPARE(
            scalar(*t.db, "SELECT sum(cache_savings) FROM buckets WHERE source_id = ?1", s.id), qint64(135'000'000));
        // The SKUs' own cost is kept beside it: they agree.
        QCOMPARE(
            scalar(*t.db, "SELECT sum(reported_cost) FROM buckets WHERE source_id = ?1", s.id), qint64(845'000'000));
        QCOMPARE(scalar(*t.db,
                     "SELECT count(*) FROM buckets b JOIN dims d ON d.id = b.tenant WHERE source_id = ?1 AND d.value = "
                     "'globex'",
                     s.id),
            qint64(1));
    }

    // A folder: every export file in it (CSV and JSON Lines), nothing else (a .txt, a hidden file).
    void readsAFolder()
    {
        test::TempDb t;
        SourceInfo s = addSource(t, "billing", gcpData("folder"));
        PollOutcome out = poll(t, "billing");
        QVERIFY2(out.ok, joined(out).c_str());
        QCOMPARE(out.pages, qint64(2)); // two files read
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines WHERE source_id = ?1", s.id), qint64(7));
        QCOMPARE(scalar(*t.db, "SELECT sum(amount) FROM cost_lines WHERE source_id = ?1", s.id),
            qint64(2'935'000'000 + 600'000'000));
        QCOMPARE(scalar(*t.db,
                     "SELECT input FROM buckets b JOIN dims d ON d.id = b.team WHERE source_id = ?1 AND d.value = "
                     "'research'",
                     s.id),
            qint64(2'000'000));
        QCOMPARE(scalar(*t.db, "SELECT sum(cost) FROM buckets WHERE source_id = ?1", s.id),
            qint64(845'000'000 + 600'000'000));
    }

    // Polling again re-reads the files and replaces what they cover: no double totals; a revised file
    // replaces its figures; a removed and re-added source gives the same totals.
    void rereadingNeverDoubleCounts()
    {
        test::TempDb t;
        QTemporaryDir dir;
        const std::string file = dir.path().toStdString() + "/export.jsonl";
        writeFile(file,
            jsonRow("0.3") + "\n"
                + jsonRow("0.03", "100000", "USD", "2026-11-10 02:00:00 UTC", "[]", "2026-11-10 03:00:00 UTC") + "\n");
        SourceInfo s = addSource(t, "billing", file);
        QVERIFY(poll(t, "billing").ok);
        auto totals = [&](std::int64_t id) {
            return std::make_pair(scalar(*t.db, "SELECT sum(amount) FROM cost_lines WHERE source_id = ?1", id),
                scalar(*t.db, "SELECT sum(cost) FROM buckets WHERE source_id = ?1", id));
        };
        const auto first = totals(s.id);
        QCOMPARE(first.first, qint64(330'000'000));
        for (int i = 0; i < 3; ++i) {
            PollOutcome again = poll(t, "billing");
            QVERIFY2(again.ok, joined(again).c_str());
            QVERIFY(totals(s.id) == first);
        }
        // Google revised the row (late usage): the new figure replaces the old one.
        writeFile(file,
            jsonRow("0.6", "2000000") + "\n"
                + jsonRow("0.03", "100000", "USD", "2026-11-10 02:00:00 UTC", "[]", "2026-11-10 03:00:00 UTC") + "\n");
        QVERIFY(poll(t, "billing").ok);
        QCOMPARE(totals(s.id).first, qint64(630'000'000));
        QCOMPARE(totals(s.id).second, qint64(630'000'000));
        // Removed (its data goes) and added again: the same totals as one fresh read.
        const auto revised = totals(s.id);
        QVERIFY(t.db->removeSource("billing").ok());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines"), qint64(0));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets"), qint64(0));
        SourceInfo again = addSource(t, "billing", file);
        QVERIFY(poll(t, "billing").ok);
        QVERIFY(totals(again.id) == revised);
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets"), qint64(2));
    }

    // Bad input: a clear error that changes nothing, or the bad row rejected (counted, with its line and
    // reason) and the rest kept.
    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("lines"); // cost lines stored afterwards
        QTest::addColumn<QString>("message");
        const QByteArray good = QByteArray::fromStdString(jsonRow()) + "\n";
        auto add = [&](const char* tag, const char* name, const QByteArray& content, bool ok, int rejected, int lines,
                       const char* message) {
            QTest::newRow(tag) << name << content << ok << rejected << lines << message;
        };
        add("euro refused", "e.jsonl", good + QByteArray::fromStdString(jsonRow("0.3", "1", "EUR")) + "\n", false, 0, 0,
            "USD only");
        add("cost 1e300", "e.jsonl", good + QByteArray::fromStdString(jsonRow("1e300")) + "\n", true, 1, 1,
            "is not an amount");
        add("cost not a number", "e.jsonl", good + QByteArray::fromStdString(jsonRow("\"lots\"")) + "\n", true, 1, 1,
            "is not an amount");
        add("negative usage", "e.jsonl", good + QByteArray::fromStdString(jsonRow("0.3", "-5")) + "\n", true, 1, 1,
            "usage amount");
        add("positive credit", "e.jsonl",
            good + QByteArray::fromStdString(jsonRow("0.3", "1", "USD", "2026-11-10 01:00:00 UTC", R"([{"amount":5}])"))
                + "\n",
            true, 1, 1, "credit amount");
        add("bad time", "e.jsonl", good + QByteArray::fromStdString(jsonRow("0.3", "1", "USD", "yesterday")) + "\n",
            true, 1, 1, "usage_start_time");
        add("malformed line", "e.jsonl", good + "{\"service\": {\"description\": \"Vertex AI\"\n", true, 1, 1,
            "not a JSON object");
        add("truncated json lines", "e.jsonl", good + good.left(90), true, 1, 1, "not a JSON object");
        add("truncated json array", "e.json", "[" + good + "," + good.left(60), false, 0, 0, "JSON array is broken");
        add("10 MB line", "e.jsonl", good + "{\"cost\":\"" + QByteArray(10 << 20, '9') + "\"}\n" + good, true, 1, 1,
            "longer than 1 MB");
        add("missing columns", "e.csv",
            "service.description,sku.description,usage_start_time\nVertex AI,x,2026-11-10\n", false, 0, 0,
            "lacks cost, currency");
        add("csv row too short", "e.csv",
            "service.description,sku.id,sku.description,usage_start_time,cost,currency\n"
            "Vertex AI,A,Gemini 2.5 Flash GA Text Input,2026-11-10T01:00:00Z,0.1,USD\n"
            "Vertex AI,A,Gemini 2.5 Flash GA Text Input\n",
            true, 1, 1, "fields where the header has");
        add("csv unterminated quote", "e.csv",
            "service.description,sku.id,sku.description,usage_start_time,cost,currency\n"
            "Vertex AI,A,Gemini 2.5 Flash GA Text Input,2026-11-10T01:00:00Z,0.1,USD\n"
            "Vertex AI,A,\"Gemini 2.5 Flash GA Text Input,2026-11-10T01:00:00Z,0.1,USD\n",
            true, 1, 1, "never ends");
        QByteArray garbage(64 << 10, '\0');
        std::mt19937 rng(11);
        for (char& ch : garbage)
            ch = char(rng());
        add("binary garbage as csv", "g.csv", garbage, false, 0, 0, "not a Cloud Billing export");
        add("binary garbage as json", "g.jsonl", good + garbage, true, -1, 1, "rejected");
        add("empty file", "e.jsonl", "", true, 0, 0, "no Vertex AI or Gemini API rows");
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QFETCH(int, rejected);
        QFETCH(int, lines);
        QFETCH(QString, message);
        test::TempDb t;
        QTemporaryDir dir;
        const std::string file = dir.path().toStdString() + "/" + name.toStdString();
        writeFile(file, content.toStdString());
        SourceInfo s = addSource(t, "billing", file);
        PollOutcome out = poll(t, "billing");
        QVERIFY2(out.ok == ok, joined(out).c_str());
        QVERIFY2(joined(out).find(message.toStdString()) != std::string::npos, joined(out).c_str());
        if (rejected >= 0)
            QCOMPARE(out.rejected, qint64(rejected));
        else
            QVERIFY(out.rejected > 0);
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines WHERE source_id = ?1", s.id), qint64(lines));
        if (!ok) // a refused file changes nothing and says which file
            QVERIFY2(out.error.find(name.toStdString()) != std::string::npos, out.error.c_str());
    }

    // A refused file keeps what an earlier good read stored (the range is replaced only after every file
    // was read).
    void refusedFileKeepsLastGoodData()
    {
        test::TempDb t;
        QTemporaryDir dir;
        const std::string file = dir.path().toStdString() + "/export.jsonl";
        writeFile(file, jsonRow() + "\n");
        SourceInfo s = addSource(t, "billing", file);
        QVERIFY(poll(t, "billing").ok);
        writeFile(file, jsonRow() + "\n" + jsonRow("0.3", "1", "JPY") + "\n");
        PollOutcome out = poll(t, "billing");
        QVERIFY(!out.ok);
        QCOMPARE(scalar(*t.db, "SELECT sum(amount) FROM cost_lines WHERE source_id = ?1", s.id), qint64(300'000'000));
        QVERIFY(t.db->source("billing")->lastError.find("JPY") != std::string::npos);
    }

    // Sums that do not fit 64 bits of nano-USD are an error, never a wrapped value.
    void overflowIsAnError()
    {
        test::TempDb t;
        QTemporaryDir dir;
        const std::string file = dir.path().toStdString() + "/export.jsonl";
        std::string rows;
        for (int i = 0; i < 100; ++i)
            rows += jsonRow("99999999") + "\n"; // each under the per-row ceiling, the sum not
        writeFile(file, rows);
        addSource(t, "billing", file);
        PollOutcome out = poll(t, "billing");
        QVERIFY(!out.ok || out.rejected > 0);
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines WHERE amount < 0"), qint64(0));
    }

    // Tokens the catalog cannot price at their own rate (audio input, image output) and SKUs naming no Gemini
    // model stay cost lines: counted in the invoice, never priced at the text rate.
    void modalitiesPricedApartStayCostLines()
    {
        VertexBillingAggregate agg;
        BillingExportRow r;
        r.service = "Vertex AI";
        r.skuId = "X";
        r.start = 1794268800 + 3600;
        r.end = r.start + 3600;
        r.cost = 1'000'000'000;
        r.usageAmount = "1000";
        r.usageUnit = "count";
        r.currency = "USD";
        for (const char* d : { "Gemini 2.5 Flash Audio Input - Predictions", "Gemini 2.5 Flash Image Output",
                 "Claude Sonnet 4.5 Input Tokens" }) {
            r.skuDescription = d;
            r.skuId += "X";
            QVERIFY(agg.add(r).ok());
        }
        r.skuDescription = "Gemini 2.5 Flash GA Text Input - Predictions";
        r.skuId = "T";
        r.usageUnit = "1k tokens";
        QVERIFY(agg.add(r).ok());
        QCOMPARE(agg.costLines().size(), std::size_t(4));
        QCOMPARE(agg.unmodelledTokenRows(), qint64(3));
        QCOMPARE(agg.buckets().size(), std::size_t(1));
        QCOMPARE(agg.buckets().front().tokens.input, qint64(1'000'000)); // 1000 x 1k tokens
        QCOMPARE(agg.from(), Epoch(1794268800));
        QCOMPARE(agg.to(), Epoch(1794268800 + 86400));
    }

    void registeredWithAPath()
    {
        const SourceType* type = findSourceType("gcp-billing");
        QVERIFY(type);
        QVERIFY(type->needsPath);
        QCOMPARE(int(type->credential), int(SourceCredential::None));
        QVERIFY(sourceTypeNames().find("gcp-billing") != std::string::npos);
        test::TempDb t;
        addSource(t, "nopath", "");
        PollOutcome out = poll(t, "nopath");
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("--path") != std::string::npos, out.error.c_str());
        addSource(t, "missing", "/nonexistent/billing.csv");
        out = poll(t, "missing");
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("no such file") != std::string::npos, out.error.c_str());
    }
};

QTEST_MAIN(TestGcpBilling)
#include "tst_gcpbilling.moc"
