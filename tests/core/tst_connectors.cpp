// Connectors end to end: pollSource() against fake OpenAI, Anthropic and LiteLLM servers on
// 127.0.0.1, checking exact totals, idempotent re-polls, revisions, faults mid-backfill and
// that secrets never leak.

#include "sources/litellm.h"
#include "sources/poller.h"
#include "sources/providers.h"
#include "sources/sourcetypes.h"
#include "store/sqlite.h"
#include "support/fakeserver.h"
#include "support/testsupport.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

using namespace burnrate;
using namespace burnrate::test;
using nlohmann::json;

namespace {

const std::string kSecret = "sk-admin-S3CR3T-do-not-store-4242";
const Epoch D0 = *parseDate("2026-08-01");
constexpr Epoch kDay = 86400;

std::int64_t scalar(Database& db, const std::string& sql, std::int64_t sourceId = 0)
{
    Statement s = db.prepare(sql);
    if (sql.find("?1") != std::string::npos)
        s.bind(1, sourceId);
    if (!s.step() || s.isNull(0))
        return 0;
    return s.int64(0);
}

std::string readAll(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::string fileText(const char* name)
{
    return readAll(testData(name));
}

struct Totals
{
    std::int64_t input = 0, cached = 0, output = 0, requests = 0;
    bool operator==(const Totals&) const = default;
};

char* toString(const Totals& t)
{
    return QTest::toString(QString::asprintf("in=%lld cached=%lld out=%lld req=%lld", (long long)t.input,
        (long long)t.cached, (long long)t.output, (long long)t.requests));
}

Totals bucketTotals(Database& db, std::int64_t sourceId, const std::string& kind)
{
    Totals t;
    Statement s = db.prepare("SELECT SUM(input), SUM(cached), SUM(output), SUM(requests) FROM buckets WHERE "
                             "source_id=?1 AND kind=?2");
    s.bind(1, sourceId).bind(2, kind);
    if (s.step()) {
        t.input = s.int64(0);
        t.cached = s.int64(1);
        t.output = s.int64(2);
        t.requests = s.int64(3);
    }
    return t;
}

// The fake OpenAI organization: usage per hour (served as 1h or summed into 1d buckets) and costs per day.
struct OpenAIWorld
{
    struct Row
    {
        std::string model, project;
        std::int64_t input, cached, output, requests;
        bool batch = false;
    };
    std::map<Epoch, std::vector<Row>> completions, embeddings; // hour -> rows
    std::map<Epoch, std::vector<std::pair<std::string, std::string>>> costs; // day -> (line item, amount text)
    int maxBucketsPerPage = 3;
    std::function<std::optional<FakeResponse>(const FakeRequest&, int)> fault;
    int requests = 0;
    std::mutex mutex;

    void generate(int days)
    {
        std::uint64_t x = 12345;
        auto rnd = [&](int mod) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<std::int64_t>((x >> 33) % static_cast<std::uint64_t>(mod));
        };
        const char* models[] = { "gpt-4o-mini-2024-07-18", "gpt-4o-2024-08-06" };
        const char* projects[] = { "proj_A", "proj_B" };
        for (int d = 0; d < days; ++d)
            for (int h = 0; h < 24; h += 5) {
                Epoch t = D0 + d * kDay + h * 3600;
                for (int m = 0; m < 2; ++m) {
                    Row r { models[m], projects[(d + h + m) % 2], 1000 + rnd(50000), 0, 100 + rnd(9000), 1 + rnd(40) };
                    r.cached = rnd(static_cast<int>(r.input / 2));
                    r.batch = (h % 10) == 0 && m == 1;
                    completions[t].push_back(r);
                }
                embeddings[t].push_back(Row { "text-embedding-3-small", "proj_A", 500 + rnd(5000), 0, 0, 1 + rnd(9) });
            }
        const char* amounts[] = { "0.0482", "0.8958740000000000", "12.5", "0.000123", "3" };
        for (int d = 0; d < days; ++d) {
            costs[D0 + d * kDay].push_back({ "gpt-4o-mini-2024-07-18, input", amounts[d % 5] });
            costs[D0 + d * kDay].push_back({ "gpt-4o-mini-2024-07-18, output", amounts[(d + 2) % 5] });
        }
    }

    Totals expected(const std::map<Epoch, std::vector<Row>>& data, Epoch from, Epoch to) const
    {
        Totals t;
        for (const auto& [hour, rows] : data)
            if (hour >= from && hour < to)
                for (const Row& r : rows) {
                    t.input += r.input;
                    t.cached += r.cached;
                    t.output += r.output;
                    t.requests += r.requests;
                }
        return t;
    }

    static std::string amountJson(const std::string& text, bool asString)
    {
        return asString ? json(text).dump() : text; // raw JSON number text
    }

    Nano expectedCost(Epoch from, Epoch to) const
    {
        Nano n = 0;
        for (const auto& [day, lines] : costs)
            if (day >= from && day < to)
                for (const auto& l : lines)
                    n += *parseDecimalNano(l.second);
        return n;
    }

    FakeResponse handle(const FakeRequest& req)
    {
        std::lock_guard<std::mutex> l(mutex);
        int n = ++requests;
        if (fault)
            if (auto f = fault(req, n))
                return *f;
        if (req.header("authorization") != "Bearer " + kSecret)
            return FakeResponse { 401, "application/json",
                "{\"error\":{\"message\":\"Incorrect API key provided: " + req.header("authorization")
                    + "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}" };
        const bool isCosts = req.path == "/v1/organization/costs";
        const std::map<Epoch, std::vector<Row>>* data = nullptr;
        if (req.path == "/v1/organization/usage/completions")
            data = &completions;
        else if (req.path == "/v1/organization/usage/embeddings")
            data = &embeddings;
        else if (!isCosts)
            return FakeResponse { 404, "application/json", R"({"error":{"message":"not found"}})" };
        Epoch start = std::stoll(req.param("start_time")), end = std::stoll(req.param("end_time"));
        std::int64_t width = req.param("bucket_width") == "1h" ? 3600 : kDay;
        std::size_t limit = std::min<std::size_t>(std::stoul(req.param("limit")), maxBucketsPerPage);
        std::size_t offset = 0;
        std::string page = req.param("page");
        if (!page.empty())
            offset = std::stoul(page.substr(3)); // "pg/<n>+=="
        std::vector<Epoch> starts;
        for (Epoch t = start; t < end; t += width)
            starts.push_back(t);
        json body = { { "object", "page" }, { "data", json::array() } };
        for (std::size_t i = offset; i < std::min(starts.size(), offset + limit); ++i) {
            Epoch t = starts[i];
            json results = json::array();
            if (isCosts) {
                auto it = costs.find(t);
                if (it != costs.end())
                    for (std::size_t k = 0; k < it->second.size(); ++k) {
                        const auto& [item, amount] = it->second[k];
                        std::string r = "{\"object\":\"organization.costs.result\",\"amount\":{\"value\":"
                            + amountJson(amount, k % 2 == 1)
                            + ",\"currency\":\"usd\"},\"line_item\":" + json(item).dump()
                            + ",\"project_id\":\"proj_A\",\"api_key_id\":null,\"quantity\":null,\"quantity_unit\":"
                              "null}";
                        results.push_back(json::parse(r));
                    }
            } else {
                std::map<std::tuple<std::string, std::string, bool>, Row> agg;
                for (auto it = data->lower_bound(t); it != data->end() && it->first < t + width; ++it)
                    for (const Row& r : it->second) {
                        Row& a = agg.try_emplace({ r.model, r.project, r.batch },
                                        Row { r.model, r.project, 0, 0, 0, 0, r.batch })
                                     .first->second;
                        a.input += r.input;
                        a.cached += r.cached;
                        a.output += r.output;
                        a.requests += r.requests;
                    }
                for (const auto& [k, a] : agg)
                    results.push_back({ { "object", "organization.usage.completions.result" },
                        { "input_tokens", a.input }, { "input_cached_tokens", a.cached }, { "output_tokens", a.output },
                        { "num_model_requests", a.requests }, { "project_id", a.project }, { "user_id", nullptr },
                        { "api_key_id", nullptr }, { "model", a.model }, { "batch", a.batch },
                        { "service_tier", nullptr }, { "some_future_field", { { "x", 1 } } } });
            }
            // Costs use the 2024-12 spec's "result" name once, to prove both are accepted.
            body["data"].push_back({ { "object", "bucket" }, { "start_time", t }, { "end_time", t + width },
                { isCosts && i == 0 ? "result" : "results", results } });
        }
        bool more = offset + limit < starts.size();
        body["has_more"] = more;
        body["next_page"] = more ? json("pg/" + std::to_string(offset + limit) + "+==") : json(nullptr);
        return FakeResponse { 200, "application/json", body.dump() };
    }
};

// A provider (OpenAI or Anthropic) answering usage and cost reports in one page, one row per day
// bucket, in one of several hostile modes.
struct ProviderSim
{
    enum Mode
    {
        Daily, // honest daily buckets of the window asked for
        DailyEmpty, // honest daily buckets, all empty
        WideEmpty, // one empty bucket spanning the 366 days before the requested end
        WideWithRows, // the same wide bucket, holding a row
        HugeTokens, // honest, but one usage row of day 2 carries 2^53 input tokens
    };
    std::string type; // "openai" or "anthropic"
    std::atomic<int> mode { Daily };
    std::atomic<int> requests { 0 };

    static constexpr std::int64_t kInput = 1000, kOutput = 100;
    static constexpr std::int64_t kHuge = std::int64_t(1) << 53;

    json usageRow(std::int64_t input) const
    {
        if (type == "openai")
            return { { "input_tokens", input }, { "output_tokens", kOutput }, { "num_model_requests", 1 },
                { "model", "gpt-4o-mini-2024-07-18" }, { "project_id", "proj_A" } };
        return { { "uncached_input_tokens", input }, { "output_tokens", kOutput },
            { "model", "claude-sonnet-4-5-20250929" }, { "workspace_id", "wrkspc_A" } };
    }
    json costRow() const
    {
        if (type == "openai")
            return { { "amount", { { "value", "1.5" }, { "currency", "usd" } } }, { "line_item", "input" },
                { "project_id", "proj_A" } };
        return { { "amount", "150" }, { "currency", "USD" }, { "description", "input" } };
    }
    json bucket(Epoch a, Epoch b, json results) const
    {
        if (type == "openai")
            return { { "start_time", a }, { "end_time", b }, { "results", std::move(results) } };
        return { { "starting_at", formatTimestamp(a) }, { "ending_at", formatTimestamp(b) },
            { "results", std::move(results) } };
    }

    FakeResponse handle(const FakeRequest& req)
    {
        ++requests;
        const bool openai = type == "openai";
        const bool isCost = req.path == (openai ? "/v1/organization/costs" : "/v1/organizations/cost_report");
        const bool isMain
            = req.path == (openai ? "/v1/organization/usage/completions" : "/v1/organizations/usage_report/messages");
        Epoch from = openai ? std::stoll(req.param("start_time")) : *parseTimestamp(req.param("starting_at"));
        Epoch to = openai ? std::stoll(req.param("end_time")) : *parseTimestamp(req.param("ending_at"));
        std::int64_t width = req.param("bucket_width") == "1h" ? 3600 : kDay;
        json data = json::array();
        const int m = mode;
        if (m == WideEmpty || m == WideWithRows) {
            json results = json::array();
            if (m == WideWithRows)
                results.push_back(isCost ? costRow() : usageRow(kInput));
            data.push_back(bucket(to - 366 * kDay, to, results));
        } else {
            for (Epoch t = from; t < to; t += width) {
                json results = json::array();
                const bool huge = m == HugeTokens && isMain && t == D0 + 2 * kDay;
                if (m != DailyEmpty)
                    results.push_back(isCost ? costRow() : usageRow(huge ? kHuge : kInput));
                data.push_back(bucket(t, t + width, results));
            }
        }
        json body = { { "data", data }, { "has_more", false }, { "next_page", nullptr } };
        return FakeResponse { 200, "application/json", body.dump() };
    }
};

struct Fixture
{
    TempDb tdb;
    std::vector<std::int64_t> waits;
    std::vector<std::string> logs;

    SourceInfo addSource(const std::string& type, const std::string& url, const std::string& config = "{}")
    {
        SourceInfo s;
        s.name = type + "-test";
        s.type = type;
        s.baseUrl = url;
        s.keyEnv = "BURNRATE_TEST_UNSET_KEY";
        s.configJson = config;
        auto id = tdb.db->addSource(s);
        if (!id)
            qFatal("addSource: %s", id.error().detail.c_str());
        return *tdb.db->source(s.name);
    }
    SourceInfo reload(const SourceInfo& s)
    {
        return *tdb.db->source(s.name);
    }

    PollOptions options(Epoch now)
    {
        PollOptions o;
        o.secret = kSecret;
        o.now = now;
        o.http.backoffBaseMs = 1;
        o.http.backoffMaxMs = 4;
        o.http.maxAttempts = 3;
        o.http.totalTimeoutMs = 3000;
        o.http.sleep = [this](std::chrono::milliseconds ms) {
            waits.push_back(ms.count());
        };
        o.log = [this](const std::string& l) {
            logs.push_back(l);
        };
        o.http.log = o.log;
        return o;
    }
    PollOutcome poll(const SourceInfo& s, const PollOptions& o)
    {
        return pollSource(*tdb.db, tdb.prices, reload(s), o);
    }
    void assertNoSecretOnDisk()
    {
        for (const char* suffix : { "", "-wal", "-shm" }) {
            std::string bytes = readAll(tdb.path() + suffix);
            QVERIFY2(
                bytes.find(kSecret) == std::string::npos, (std::string("secret found in db file") + suffix).c_str());
        }
        for (const auto& l : logs)
            QVERIFY2(l.find(kSecret) == std::string::npos, l.c_str());
    }
};

} // namespace

class TestConnectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    // ---- pure parsers -------------------------------------------------------------------------

    void anthropicCostAmountsAreCents_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qlonglong>("nano");
        QTest::addRow("fractional cents") << "123.78912" << 1'237'891'200LL;
        QTest::addRow("reference example") << "24.723" << 247'230'000LL;
        QTest::addRow("five cents") << "5.0" << 50'000'000LL;
        QTest::addRow("one cent") << "1" << 10'000'000LL;
        QTest::addRow("sub-nano rounds") << "0.00000001" << 0LL;
        QTest::addRow("big") << "987654321.5" << 9'876'543'215'000'000LL;
    }
    void anthropicCostAmountsAreCents()
    {
        QFETCH(QString, amount);
        QFETCH(qlonglong, nano);
        std::string body
            = "{\"data\":[{\"starting_at\":\"2026-08-05T00:00:00Z\",\"ending_at\":\"2026-08-06T00:00:00Z\","
              "\"results\":[{\"amount\":\""
            + amount.toStdString()
            + "\",\"currency\":\"USD\",\"workspace_id\":null,\"description\":\"Web Search Usage\"}]}],"
              "\"has_more\":false,\"next_page\":null}";
        auto page = parseAnthropicCostPage(body);
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().detail.c_str());
        QCOMPARE(page->intervals.size(), std::size_t(1));
        QCOMPARE(page->intervals[0].lines.size(), std::size_t(1));
        QCOMPARE(page->intervals[0].lines[0].amount, Nano(nano));
        QCOMPARE(page->intervals[0].lines[0].currency, std::string("usd"));
    }

    void referenceFixturesParse()
    {
        auto usage = parseOpenAIUsagePage(fileText("openai/usage_completions.json"), "completions");
        QVERIFY2(usage.ok(), usage.ok() ? "" : usage.error().detail.c_str());
        QCOMPARE(usage->nextPage, std::string("page_AAAAAGiTg4AAAAAAaJTVAA=="));
        QVERIFY(usage->hasMore);
        const UsageBucket& b = usage->intervals[0].rows[0];
        QCOMPARE(b.tokens.input, std::int64_t(48210));
        QCOMPARE(b.tokens.cachedInput, std::int64_t(30720));
        QCOMPARE(b.tokens.cacheWrite5m, std::int64_t(1200));
        QCOMPARE(b.requests, std::int64_t(37));
        QCOMPARE(b.dims.project, std::string("proj_Xq81LmN0aBcD"));
        QCOMPARE(b.widthSeconds, std::int64_t(86400));

        auto costs = parseOpenAICostsPage(fileText("openai/costs.json"));
        QVERIFY(costs.ok());
        QCOMPARE(costs->intervals[0].lines[0].amount, Nano(48'200'000));
        QCOMPARE(costs->intervals[0].lines[1].amount, Nano(54'900'000)); // "0.0549000000" as a string

        auto au = parseAnthropicUsagePage(fileText("anthropic/usage_report.json"));
        QVERIFY(au.ok());
        QCOMPARE(au->intervals.size(), std::size_t(2));
        QVERIFY(au->intervals[1].rows.empty());
        const UsageBucket& a = au->intervals[0].rows[0];
        QCOMPARE(a.tokens.input, std::int64_t(82410 + 512000 + 20480));
        QCOMPARE(a.tokens.cachedInput, std::int64_t(512000));
        QCOMPARE(a.tokens.cacheWrite5m, std::int64_t(20480));
        QCOMPARE(a.requests, std::int64_t(0));
        QCOMPARE(a.contextWindow, std::string("0-200k"));
        QCOMPARE(a.dims.project, std::string("wrkspc_01AbCdEfGhIjKlMnOpQrSt"));

        auto ac = parseAnthropicCostPage(fileText("anthropic/cost_report.json"));
        QVERIFY(ac.ok());
        QCOMPARE(ac->intervals[0].lines[0].amount, Nano(247'230'000));
        QCOMPARE(ac->intervals[0].lines[1].amount, Nano(50'000'000));

        auto rules = AttributionRules::fromConfig("{}");
        QVERIFY(rules.ok());
        auto spend = parseSpendLogsPage(fileText("litellm/spend_logs_v2.json"), *rules);
        QVERIFY2(spend.ok(), spend.ok() ? "" : spend.error().detail.c_str());
        QCOMPARE(spend->events.size(), std::size_t(2));
        const UsageEvent& e = spend->events[0];
        QCOMPARE(e.tokens.input, std::int64_t(3900));
        QCOMPARE(e.tokens.cachedInput, std::int64_t(3072));
        QCOMPARE(*e.reportedCost, Nano(1'192'500));
        QCOMPARE(*e.latencyMs, std::int64_t(3711));
        QCOMPARE(e.ttftMs, std::optional<std::int64_t>(884)); // completionStartTime 44.902117 - startTime 44.018224
        QCOMPARE(e.dims.team, std::string("Research"));
        QCOMPARE(e.dims.apiKey, std::string("research-notebooks"));
        QCOMPARE(e.dims.env, std::string("prod"));
        QCOMPARE(e.dims.provider, std::string("anthropic"));
        QCOMPARE(e.dims.tenant, std::string("acme"));
        QCOMPARE(e.dims.promptId, std::string("summarise-v2"));
        QVERIFY(!e.cacheHit);
        const UsageEvent& f = spend->events[1];
        QVERIFY(f.cacheHit);
        QCOMPARE(f.status, 429);
        QCOMPARE(f.dims.user, std::string("customer-9"));
    }

    // Time to first token from completionStartTime: only when it says something (streaming, after the start,
    // before the end), never an error for the request.
    void spendLogTimeToFirstToken_data()
    {
        QTest::addColumn<QString>("first"); // completionStartTime; "null" for JSON null, "-" to leave it out
        QTest::addColumn<int>("expected"); // -1: none
        QTest::addRow("streamed") << "2026-08-06T09:12:44.518224+00:00" << 500;
        QTest::addRow("no fraction") << "2026-08-06T09:12:45+00:00" << 982;
        QTest::addRow("equals endTime (not streamed)") << "2026-08-06T09:12:47.730015+00:00" << -1;
        QTest::addRow("after endTime") << "2026-08-06T09:13:00+00:00" << -1;
        QTest::addRow("before startTime") << "2026-08-06T09:12:40+00:00" << -1;
        QTest::addRow("same second, earlier fraction") << "2026-08-06T09:12:44.000001+00:00" << -1;
        QTest::addRow("null") << "null" << -1;
        QTest::addRow("absent") << "-" << -1;
        QTest::addRow("garbage") << "soon" << -1;
        QTest::addRow("huge year") << "99999-01-01T00:00:00+00:00" << -1;
    }
    void spendLogTimeToFirstToken()
    {
        QFETCH(QString, first);
        QFETCH(int, expected);
        json page = json::parse(fileText("litellm/spend_logs_v2.json"));
        json& row = page["data"][0];
        if (first == QLatin1String("-"))
            row.erase("completionStartTime");
        else if (first == QLatin1String("null"))
            row["completionStartTime"] = nullptr;
        else
            row["completionStartTime"] = first.toStdString();
        auto rules = AttributionRules::fromConfig("{}");
        QVERIFY(rules.ok());
        auto spend = parseSpendLogsPage(page.dump(), *rules);
        QVERIFY2(spend.ok(), spend.ok() ? "" : spend.error().detail.c_str());
        QCOMPARE(spend->events.size(), std::size_t(2));
        const UsageEvent& e = spend->events[0];
        QCOMPARE(*e.latencyMs, std::int64_t(3711));
        QCOMPARE(e.ttftMs, expected < 0 ? std::nullopt : std::optional<std::int64_t>(expected));
    }

    void malformedPagesAreParseErrors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addRow("empty") << "";
        QTest::addRow("html") << "<html>502 Bad Gateway</html>";
        QTest::addRow("truncated") << "{\"object\":\"page\",\"data\":[{\"object\":\"bucket\",\"start_ti";
        QTest::addRow("not an object") << "[1,2,3]";
        QTest::addRow("no data") << R"({"object":"page"})";
        QTest::addRow("negative tokens")
            << R"({"data":[{"start_time":0,"end_time":86400,"results":[{"input_tokens":-5}]}],"has_more":false})";
        QTest::addRow("string tokens")
            << R"({"data":[{"start_time":0,"end_time":86400,"results":[{"input_tokens":"5"}]}],"has_more":false})";
        QTest::addRow("has_more without cursor") << R"({"data":[],"has_more":true,"next_page":null})";
        QTest::addRow("reversed interval") << R"({"data":[{"start_time":86400,"end_time":0,"results":[]}]})";
    }
    void malformedPagesAreParseErrors()
    {
        QFETCH(QString, body);
        auto r = parseOpenAIUsagePage(body.toStdString(), "completions");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Parse);
    }

    void attributionRulesFromConfig()
    {
        auto bad = AttributionRules::fromConfig(R"({"rules":[{"tag_prefix":"x:","dimension":"nope"}]})");
        QVERIFY(!bad.ok());
        auto both
            = AttributionRules::fromConfig(R"({"rules":[{"tag_prefix":"x:","metadata_key":"y","dimension":"team"}]})");
        QVERIFY(!both.ok());
        auto r = AttributionRules::fromConfig(
            R"({"rules":[{"tag_prefix":"customer:","dimension":"tenant"},{"metadata_key":"feature","dimension":"prompt"}],"replace_default_rules":true})");
        QVERIFY(r.ok());
        QCOMPARE(r->rules.size(), std::size_t(2));
        std::string row = "[{\"request_id\":\"r1\",\"startTime\":\"2026-08-06T09:12:44Z\",\"prompt_tokens\":10,"
                          "\"completion_tokens\":2,"
                          R"("spend":0.5,"request_tags":["customer:globex","tenant:ignored"],)"
                          "\"metadata\":{\"spend_logs_metadata\":{\"feature\":\"search\",\"prompt_id\":\"ignored\"}}}]";
        auto page = parseSpendLogsPage(row, *r);
        QVERIFY(page.ok());
        QCOMPARE(page->events[0].dims.tenant, std::string("globex"));
        QCOMPARE(page->events[0].dims.promptId, std::string("search"));
        QCOMPARE(*page->events[0].reportedCost, Nano(500'000'000));
    }

    // ---- OpenAI end to end --------------------------------------------------------------------

    void openaiBackfillTotalsAreExact()
    {
        OpenAIWorld world;
        world.generate(10);
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.from = D0;
        o.to = D0 + 10 * kDay;
        std::vector<PollProgress> progress;
        PollOutcome out
            = pollSource(*fx.tdb.db, fx.tdb.prices, src, o, [&](const PollProgress& p) { progress.push_back(p); });
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(
            bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, D0 + 10 * kDay));
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "embeddings"), world.expected(world.embeddings, D0, D0 + 10 * kDay));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id),
            world.expectedCost(D0, D0 + 10 * kDay));
        // 10 days at 3 buckets per page = 4 pages for each of completions, embeddings, costs.
        QCOMPARE(out.pages, std::int64_t(12));
        QVERIFY(out.inserted > 0);
        QCOMPARE(out.updated, std::int64_t(0));
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().fraction, 1.0);
        // Only daily buckets (the window is far from "now"), grouped as asked.
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM buckets WHERE width<>86400"), std::int64_t(0));
        auto reqs = server.requests();
        const FakeRequest& first = reqs.front();
        QCOMPARE(first.path, std::string("/v1/organization/usage/completions"));
        auto groups = first.params("group_by[]");
        for (const char* g : { "model", "project_id", "api_key_id", "user_id", "batch", "service_tier" })
            QVERIFY2(std::find(groups.begin(), groups.end(), g) != groups.end(), g);
        QCOMPARE(first.param("bucket_width"), std::string("1d"));
        // The opaque cursor came back unchanged (it holds '/', '+' and '=').
        bool sawCursor = false;
        for (const auto& r : reqs)
            if (r.param("page") == "pg/3+==")
                sawCursor = true;
        QVERIFY(sawCursor);
        // Rollups stay exact: the billing lens in rollup_daily equals the facts.
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"),
            scalar(*fx.tdb.db, "SELECT SUM(input) FROM buckets"));
        // Cursor, sync log.
        SourceInfo after = fx.reload(src);
        QCOMPARE(after.cursor, D0 + 10 * kDay);
        QVERIFY(after.lastSuccess.has_value());
        QVERIFY(after.lastError.empty());
        auto log = fx.tdb.db->syncLog(src.id);
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log[0].pages, std::int64_t(12));
        QCOMPARE(log[0].windowFrom, D0);
        QVERIFY(log[0].error.empty());
        QVERIFY(log[0].finished.has_value());
        fx.assertNoSecretOnDisk();
    }

    void openaiRepollsAndOverlapsNeverDoubleCount()
    {
        OpenAIWorld world;
        world.generate(10);
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.from = D0;
        o.to = D0 + 6 * kDay;
        QVERIFY(fx.poll(src, o).ok);
        PollOutcome again = fx.poll(src, o);
        QVERIFY(again.ok);
        QCOMPARE(again.inserted, std::int64_t(0));
        QVERIFY(again.updated > 0);
        o.from = D0 + 3 * kDay; // overlaps days 3-5
        o.to = D0 + 10 * kDay;
        QVERIFY(fx.poll(src, o).ok);
        QCOMPARE(
            bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, D0 + 10 * kDay));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id),
            world.expectedCost(D0, D0 + 10 * kDay));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"),
            scalar(*fx.tdb.db, "SELECT SUM(input) FROM buckets"));
        QCOMPARE(fx.reload(src).cursor, D0 + 10 * kDay);
    }

    void openaiRevisedBucketsReplaceOldValues()
    {
        OpenAIWorld world;
        world.generate(5);
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        QVERIFY(fx.poll(src, o).ok);
        {
            std::lock_guard<std::mutex> l(world.mutex);
            // Late usage arrives for day 2; one group of day 3 disappears; day 4's cost is revised.
            for (auto& [hour, rows] : world.completions) {
                if (hour >= D0 + 2 * kDay && hour < D0 + 3 * kDay)
                    for (auto& r : rows)
                        r.output += 777;
                if (hour >= D0 + 3 * kDay && hour < D0 + 4 * kDay)
                    rows.pop_back();
            }
            world.costs[D0 + 4 * kDay][0].second = "99.123456789";
        }
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, D0 + 5 * kDay));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id),
            world.expectedCost(D0, D0 + 5 * kDay));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(output) FROM rollup_daily WHERE lens=1"),
            scalar(*fx.tdb.db, "SELECT SUM(output) FROM buckets"));
    }

    void openaiHourlyAndDailyNeverOverlap()
    {
        OpenAIWorld world;
        world.generate(12);
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        Epoch now1 = D0 + 8 * kDay + 12 * 3600;
        PollOptions o = fx.options(now1);
        o.from = D0;
        QVERIFY(fx.poll(src, o).ok);
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, now1));
        QVERIFY(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM buckets WHERE width=3600") > 0);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT MIN(start) FROM buckets WHERE width=3600"), D0 + 6 * kDay);
        // Two days later, an incremental poll from the cursor: days 6 and 7 turn daily.
        Epoch now2 = now1 + 2 * kDay;
        PollOptions o2 = fx.options(now2);
        PollOutcome out = fx.poll(src, o2);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(out.windowFrom, now1 - 48 * 3600);
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, now2));
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "embeddings"), world.expected(world.embeddings, D0, now2));
        QCOMPARE(scalar(*fx.tdb.db,
                     "SELECT COUNT(*) FROM buckets a JOIN buckets b ON a.kind=b.kind AND "
                     "a.width=86400 AND b.width=3600 AND b.start>=a.start AND b.start<a.start+86400"),
            std::int64_t(0));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT MIN(start) FROM buckets WHERE width=3600"), D0 + 8 * kDay);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"),
            scalar(*fx.tdb.db, "SELECT SUM(input) FROM buckets"));
        // Daily provider buckets land in the hourly rollup at their start hour, so it holds every fact too.
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(input) FROM rollup_hourly WHERE lens=1"),
            scalar(*fx.tdb.db, "SELECT SUM(input) FROM buckets"));
    }

    void openaiFaultMidBackfillKeepsCommittedPages_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("errorContains");
        QTest::addRow("500 forever") << "500"
                                     << "HTTP 500";
        QTest::addRow("malformed JSON") << "malformed"
                                        << "malformed JSON";
        QTest::addRow("truncated body") << "truncated"
                                        << "";
        QTest::addRow("401") << "401"
                             << "HTTP 401";
        QTest::addRow("HTML instead of JSON") << "html"
                                              << "HTML";
        QTest::addRow("huge body") << "huge"
                                   << "larger than";
        QTest::addRow("slow body") << "slow"
                                   << "";
    }
    void openaiFaultMidBackfillKeepsCommittedPages()
    {
        QFETCH(QString, fault);
        QFETCH(QString, errorContains);
        OpenAIWorld world;
        world.generate(10);
        std::atomic<bool> faulty { true };
        const std::string f = fault.toStdString();
        world.fault = [&](const FakeRequest& req, int) -> std::optional<FakeResponse> {
            // The third page of the completions backfill fails.
            if (!faulty || req.path != "/v1/organization/usage/completions" || req.param("page") != "pg/6+==")
                return std::nullopt;
            if (f == "500")
                return FakeResponse { 500, "application/json", R"({"error":{"message":"internal"}})" };
            if (f == "401")
                return FakeResponse { 401, "application/json", R"({"error":{"message":"key revoked"}})" };
            if (f == "malformed")
                return FakeResponse { 200, "application/json",
                    "{\"object\":\"page\",\"data\":[{\"object\":\"bucket\"," };
            if (f == "html")
                return FakeResponse { 200, "text/html", "<!DOCTYPE html><html><body>Sign in</body></html>" };
            FakeResponse r { 200, "application/json", std::string(4096, ' ') };
            if (f == "truncated")
                r.truncate = true;
            if (f == "huge") {
                r.chunked = true;
                r.repeatBody = 1024;
            }
            if (f == "slow") {
                r.chunkSize = 64;
                r.delayMsPerChunk = 100;
            }
            return r;
        };
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.from = D0;
        o.to = D0 + 10 * kDay;
        o.http.maxResponseBytes = 1 << 20;
        o.http.totalTimeoutMs = 300;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(errorContains.isEmpty() || out.error.find(errorContains.toStdString()) != std::string::npos,
            out.error.c_str());
        QVERIFY(out.error.find(kSecret) == std::string::npos);
        // Pages 1-2 (days 0-5) are committed; the cursor did not move; the run is logged as failed.
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, D0 + 6 * kDay));
        SourceInfo after = fx.reload(src);
        QCOMPARE(after.cursor, Epoch(0));
        QVERIFY(!after.lastError.empty());
        auto log = fx.tdb.db->syncLog(src.id);
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log[0].pages, std::int64_t(2));
        QVERIFY(!log[0].error.empty());
        // The fault clears; the next poll completes the window exactly.
        faulty = false;
        PollOutcome next = fx.poll(src, o);
        QVERIFY2(next.ok, next.error.c_str());
        QCOMPARE(
            bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, D0 + 10 * kDay));
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "embeddings"), world.expected(world.embeddings, D0, D0 + 10 * kDay));
        QCOMPARE(fx.reload(src).cursor, D0 + 10 * kDay);
        QVERIFY(fx.reload(src).lastError.empty());
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"),
            scalar(*fx.tdb.db, "SELECT SUM(input) FROM buckets"));
        fx.assertNoSecretOnDisk();
    }

    void openaiRateLimitIsRetriedWithRetryAfter()
    {
        OpenAIWorld world;
        world.generate(3);
        world.fault = [](const FakeRequest&, int n) -> std::optional<FakeResponse> {
            if (n == 2 || n == 3) {
                FakeResponse r { 429, "application/json", R"({"error":{"message":"Rate limit reached"}})" };
                r.headers.emplace_back("Retry-After", "7");
                return r;
            }
            return std::nullopt;
        };
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.from = D0;
        o.to = D0 + 3 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(fx.waits, (std::vector<std::int64_t> { 7000, 7000 }));
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "completions"), world.expected(world.completions, D0, D0 + 3 * kDay));
    }

    void secretsNeverLeakFromAuthErrors()
    {
        OpenAIWorld world;
        world.generate(2);
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.secret = kSecret + "-wrong"; // the server echoes the bad key in its error body
        o.from = D0;
        o.to = D0 + 2 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("HTTP 401") != std::string::npos, out.error.c_str());
        QVERIFY2(out.error.find("Incorrect API key") != std::string::npos, out.error.c_str());
        QVERIFY2(out.error.find(kSecret) == std::string::npos, out.error.c_str());
        QVERIFY(fx.reload(src).lastError.find(kSecret) == std::string::npos);
        fx.assertNoSecretOnDisk();
    }

    void missingKeyNamesTheVariable()
    {
        Fixture fx;
        SourceInfo src = fx.addSource("openai", "http://127.0.0.1:9/v1");
        PollOptions o = fx.options(D0);
        o.secret.clear();
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("BURNRATE_TEST_UNSET_KEY") != std::string::npos, out.error.c_str());
        // The key may come from the environment instead.
        OpenAIWorld world;
        world.generate(1);
        FakeServer server([&](const FakeRequest& r) { return world.handle(r); });
        SourceInfo s2 = fx.addSource("anthropic", server.url());
        s2.type = "openai";
        s2.baseUrl = server.url() + "/v1";
        QVERIFY(fx.tdb.db->updateSource(s2).ok());
        qputenv("BURNRATE_TEST_UNSET_KEY", QByteArray::fromStdString(kSecret));
        PollOptions o2 = fx.options(D0 + 30 * kDay);
        o2.secret.clear();
        o2.from = D0;
        o2.to = D0 + kDay;
        PollOutcome ok = fx.poll(s2, o2);
        qunsetenv("BURNRATE_TEST_UNSET_KEY");
        QVERIFY2(ok.ok, ok.error.c_str());
    }

    void unknownTypeFails()
    {
        Fixture fx;
        SourceInfo s;
        s.name = "x";
        s.type = "bogus";
        PollOutcome out = pollSource(*fx.tdb.db, fx.tdb.prices, s, fx.options(D0));
        QVERIFY(!out.ok);
        QVERIFY(!findSourceType("bogus"));
        QVERIFY(findSourceType("litellm-metrics"));
    }

    // ---- Anthropic end to end -----------------------------------------------------------------

    void anthropicUsageAndCostReport()
    {
        // 6 days x 2 groups; 2 days per page; empty intervals included like the real API.
        struct Day
        {
            std::int64_t uncached, reads, w5, w1, out;
        };
        std::map<Epoch, std::vector<Day>> usage;
        for (int d = 0; d < 6; ++d)
            if (d != 2)
                usage[D0 + d * kDay] = { { 1000 + d, 5000 + d, 300, 20 * d, 700 }, { 10, 0, 0, 0, 5 } };
        std::map<Epoch, std::vector<std::string>> cents;
        for (int d = 0; d < 6; ++d)
            cents[D0 + d * kDay] = { "123.78912", "24.723", "5.0" };
        int calls = 0;
        auto handler = [&](const FakeRequest& req) -> FakeResponse {
            ++calls;
            if (req.header("x-api-key") != kSecret || req.header("anthropic-version") != "2023-06-01")
                return FakeResponse { 401, "application/json",
                    R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})" };
            Epoch from = *parseTimestamp(req.param("starting_at")), to = *parseTimestamp(req.param("ending_at"));
            std::int64_t width = req.param("bucket_width") == "1h" ? 3600 : kDay;
            std::size_t offset = req.param("page").empty() ? 0 : std::stoul(req.param("page").substr(5));
            std::vector<Epoch> starts;
            for (Epoch t = from; t < to; t += width)
                starts.push_back(t);
            json body = { { "data", json::array() } };
            for (std::size_t i = offset; i < std::min(starts.size(), offset + 2); ++i) {
                Epoch t = starts[i];
                json results = json::array();
                if (req.path == "/v1/organizations/usage_report/messages") {
                    int g = 0;
                    for (const Day& d : usage[t])
                        results.push_back(
                            { { "uncached_input_tokens", d.uncached }, { "cache_read_input_tokens", d.reads },
                                { "cache_creation",
                                    { { "ephemeral_5m_input_tokens", d.w5 }, { "ephemeral_1h_input_tokens", d.w1 } } },
                                { "output_tokens", d.out }, { "server_tool_use", { { "web_search_requests", 1 } } },
                                { "model", "claude-sonnet-4-5-20250929" },
                                { "workspace_id", g ? json("wrkspc_B") : json(nullptr) }, { "api_key_id", "apikey_1" },
                                { "service_tier", g++ ? "batch" : "standard" }, { "context_window", "0-200k" },
                                { "inference_geo", "global" } });
                } else if (req.path == "/v1/organizations/cost_report") {
                    const char* descs[] = { "Claude Sonnet 4.5 Usage - Input Tokens",
                        "Claude Sonnet 4.5 Usage - Output Tokens", "Web Search Usage" };
                    for (std::size_t k = 0; k < cents[t].size(); ++k)
                        results.push_back({ { "amount", cents[t][k] }, { "currency", "USD" },
                            { "workspace_id", nullptr }, { "description", descs[k] } });
                } else {
                    return FakeResponse { 404, "application/json", "{}" };
                }
                body["data"].push_back({ { "starting_at", formatTimestamp(t) },
                    { "ending_at", formatTimestamp(t + width) }, { "results", results } });
            }
            bool more = offset + 2 < starts.size();
            body["has_more"] = more;
            body["next_page"] = more ? json("page_" + std::to_string(offset + 2)) : json(nullptr);
            return FakeResponse { 200, "application/json", body.dump() };
        };
        FakeServer server(handler);
        Fixture fx;
        SourceInfo src = fx.addSource("anthropic", server.url());
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.from = D0;
        o.to = D0 + 6 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(out.pages, std::int64_t(6));
        Totals expect;
        std::int64_t w1 = 0;
        for (const auto& [t, days] : usage)
            for (const Day& d : days) {
                expect.input += d.uncached + d.reads + d.w5 + d.w1;
                expect.cached += d.reads;
                expect.output += d.out;
                w1 += d.w1;
            }
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "messages"), expect);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(cw1h) FROM buckets WHERE source_id=?1", src.id), w1);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM buckets WHERE context_window='0-200k'"),
            scalar(*fx.tdb.db, "SELECT COUNT(*) FROM buckets"));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(batch) FROM buckets"), std::int64_t(5));
        // 6 days x ($1.2378912 + $0.24723 + $0.05) in nano-USD.
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id),
            std::int64_t(6) * (1'237'891'200 + 247'230'000 + 50'000'000));
        // Re-poll: nothing doubles; a revision to day 1 replaces it.
        usage[D0 + kDay][0].out += 1000;
        expect.output += 1000;
        QVERIFY(fx.poll(src, o).ok);
        QCOMPARE(bucketTotals(*fx.tdb.db, src.id, "messages"), expect);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id),
            std::int64_t(6) * (1'237'891'200 + 247'230'000 + 50'000'000));
        fx.assertNoSecretOnDisk();
    }

    // ---- hostile providers (issue 7) ----------------------------------------------------------

    // A provider bucket wider than the window polled must not delete what lies outside the window.
    void wideBucketNeverDeletesOutsideTheWindow_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("mode");
        QTest::addRow("openai, empty 366-day bucket") << "openai" << int(ProviderSim::WideEmpty);
        QTest::addRow("openai, 366-day bucket with a row") << "openai" << int(ProviderSim::WideWithRows);
        QTest::addRow("anthropic, empty 366-day bucket") << "anthropic" << int(ProviderSim::WideEmpty);
        QTest::addRow("anthropic, 366-day bucket with a row") << "anthropic" << int(ProviderSim::WideWithRows);
    }
    void wideBucketNeverDeletesOutsideTheWindow()
    {
        QFETCH(QString, type);
        QFETCH(int, mode);
        ProviderSim sim;
        sim.type = type.toStdString();
        FakeServer server([&](const FakeRequest& r) { return sim.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource(sim.type, server.url() + (sim.type == "openai" ? "/v1" : ""));
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        PollOutcome first = fx.poll(src, o);
        QVERIFY2(first.ok, first.error.c_str());
        auto& db = *fx.tdb.db;
        const std::int64_t buckets = scalar(db, "SELECT COUNT(*) FROM buckets WHERE source_id=?1", src.id);
        const std::int64_t input = scalar(db, "SELECT SUM(input) FROM buckets WHERE source_id=?1", src.id);
        const std::int64_t costs = scalar(db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id);
        QVERIFY(buckets >= 5);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM cost_lines WHERE source_id=?1", src.id), std::int64_t(5));

        sim.mode = mode;
        o.from = D0 + 19 * kDay;
        o.to = D0 + 21 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM buckets WHERE source_id=?1", src.id), buckets);
        QCOMPARE(scalar(db, "SELECT SUM(input) FROM buckets WHERE source_id=?1", src.id), input);
        QCOMPARE(scalar(db, "SELECT SUM(amount) FROM cost_lines WHERE source_id=?1", src.id), costs);
        QCOMPARE(scalar(db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"), input);
        QCOMPARE(out.inserted, std::int64_t(0));
        QCOMPARE(out.removed, std::int64_t(0));
        bool warned = false;
        for (const auto& w : out.warnings)
            warned = warned || w.find("outside the window") != std::string::npos;
        QVERIFY(warned);
    }

    // A provider that reports a day as empty removes what was stored for it, and says so.
    void removalsAreCountedInTheSyncLog_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qlonglong>("removed"); // 2 days: usage kinds x 2 + 2 cost lines
        QTest::addRow("openai") << "openai" << 6LL;
        QTest::addRow("anthropic") << "anthropic" << 4LL;
    }
    void removalsAreCountedInTheSyncLog()
    {
        QFETCH(QString, type);
        QFETCH(qlonglong, removed);
        ProviderSim sim;
        sim.type = type.toStdString();
        FakeServer server([&](const FakeRequest& r) { return sim.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource(sim.type, server.url() + (sim.type == "openai" ? "/v1" : ""));
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        QVERIFY(fx.poll(src, o).ok);
        sim.mode = ProviderSim::DailyEmpty;
        o.from = D0 + 3 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(out.removed, std::int64_t(removed));
        QCOMPARE(out.inserted, std::int64_t(0));
        QCOMPARE(out.updated, std::int64_t(0));
        auto& db = *fx.tdb.db;
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM cost_lines WHERE source_id=?1", src.id), std::int64_t(3));
        QCOMPARE(scalar(db, "SELECT removed FROM sync_log WHERE source_id=?1 ORDER BY id DESC LIMIT 1", src.id),
            std::int64_t(removed));
        QCOMPARE(db.syncLog(src.id, 1).front().removed, std::int64_t(removed)); // what the GUI's sync log shows
        QCOMPARE(scalar(db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"),
            scalar(db, "SELECT SUM(input) FROM buckets"));
    }

    // Token counts beyond the store's limits reject that row, not the poll; totals never go negative.
    void oversizedTokenCountsAreRejectedAndReported_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addRow("openai") << "openai";
        QTest::addRow("anthropic") << "anthropic";
    }
    void oversizedTokenCountsAreRejectedAndReported()
    {
        QFETCH(QString, type);
        ProviderSim sim;
        sim.type = type.toStdString();
        sim.mode = ProviderSim::HugeTokens;
        FakeServer server([&](const FakeRequest& r) { return sim.handle(r); });
        Fixture fx;
        SourceInfo src = fx.addSource(sim.type, server.url() + (sim.type == "openai" ? "/v1" : ""));
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(out.rejected, std::int64_t(1));
        QVERIFY(!out.warnings.empty());
        QVERIFY2(out.warnings[0].find("1 row rejected") != std::string::npos, out.warnings[0].c_str());
        QVERIFY2(out.warnings[0].find(formatTimestamp(D0 + 2 * kDay)) != std::string::npos, out.warnings[0].c_str());
        auto log = fx.tdb.db->syncLog(src.id);
        QCOMPARE(log.size(), std::size_t(1));
        QVERIFY2(log[0].error.find("1 row rejected") != std::string::npos, log[0].error.c_str());
        auto& db = *fx.tdb.db;
        const char* kind = sim.type == "openai" ? "completions" : "messages";
        Statement q = db.prepare("SELECT COUNT(*), SUM(input), MIN(cost) FROM buckets WHERE source_id=?1 AND kind=?2");
        q.bind(1, src.id).bind(2, std::string(kind));
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), std::int64_t(4)); // the other days landed
        QCOMPARE(q.int64(1), 4 * ProviderSim::kInput);
        QVERIFY(q.int64(2) >= 0);
        QVERIFY(scalar(db, "SELECT MIN(cost) FROM rollup_daily") >= 0);
        QVERIFY(scalar(db, "SELECT MIN(input) FROM rollup_daily") >= 0);
        QCOMPARE(scalar(db, "SELECT SUM(input) FROM rollup_daily WHERE lens=1"),
            scalar(db, "SELECT SUM(input) FROM buckets"));
        QCOMPARE(fx.reload(src).cursor, D0 + 5 * kDay);
    }

    // The proxy connectors reject out-of-range rows the same way: the rest lands, the poll says so.
    void proxyRowsBeyondLimitsAreRejected_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addRow("litellm spend logs") << "litellm";
        QTest::addRow("litellm metrics") << "litellm-metrics";
    }
    void proxyRowsBeyondLimitsAreRejected()
    {
        QFETCH(QString, type);
        const std::string t = type.toStdString();
        std::atomic<int> scrape { 0 };
        FakeServer server([&](const FakeRequest& req) {
            if (t == "litellm-metrics") {
                // Baseline, then an increase of 5e14 input tokens for one model and a sane one for another.
                const bool second = scrape++ > 0;
                std::string body = "# TYPE litellm_input_tokens_metric_total counter\n"
                                   "litellm_input_tokens_metric_total{model=\"gpt-4o-mini\",api_provider=\"openai\"} "
                    + std::string(second ? "5e14" : "0") + "\n"
                    + "litellm_input_tokens_metric_total{model=\"gpt-4o\",api_provider=\"openai\"} "
                    + std::string(second ? "1000" : "0") + "\n";
                return FakeResponse { 200, "text/plain; version=0.0.4", body };
            }
            (void)req;
            std::string data;
            for (int i = 0; i < 3; ++i)
                data += std::string(i ? "," : "") + R"({"request_id":"r)" + std::to_string(i) + R"(","startTime":")"
                    + formatTimestamp(D0 + i * 60) + R"(","model":"gpt-4o-mini","custom_llm_provider":"openai",)"
                    + R"("prompt_tokens":)" + (i == 1 ? std::string("9007199254740992") : std::string("10"))
                    + R"(,"completion_tokens":2,"spend":0.001})";
            return FakeResponse { 200, "application/json",
                "{\"data\":[" + data + "],\"total\":3,\"page\":1,\"page_size\":500,\"total_pages\":1}" };
        });
        Fixture fx;
        SourceInfo src = fx.addSource(t, server.url());
        PollOptions o = fx.options(D0 + 10 * 3600);
        o.from = D0;
        if (t == "litellm-metrics") {
            QVERIFY(fx.poll(src, o).ok); // baseline
            o.now = D0 + 10 * 3600 + 600;
        }
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(out.rejected, std::int64_t(1));
        QVERIFY(!out.warnings.empty());
        QVERIFY2(out.warnings[0].find("1 row rejected") != std::string::npos, out.warnings[0].c_str());
        QVERIFY2(fx.tdb.db->syncLog(src.id)[0].error.find("1 row rejected") != std::string::npos,
            fx.tdb.db->syncLog(src.id)[0].error.c_str());
        auto& db = *fx.tdb.db;
        if (t == "litellm") {
            QCOMPARE(scalar(db, "SELECT COUNT(*) FROM events WHERE source_id=?1", src.id), std::int64_t(2));
            QCOMPARE(scalar(db, "SELECT SUM(input) FROM events WHERE source_id=?1", src.id), std::int64_t(20));
        } else {
            QCOMPARE(scalar(db, "SELECT COUNT(*) FROM buckets WHERE source_id=?1", src.id), std::int64_t(1));
            QCOMPARE(scalar(db, "SELECT SUM(input) FROM buckets WHERE source_id=?1", src.id), std::int64_t(1000));
        }
        QVERIFY(scalar(db, "SELECT MIN(input) FROM rollup_daily") >= 0);
    }

    // has_more forever: the same page with a fresh cursor, empty pages, or new buckets past the cap.
    void endlessProviderPaginationStops_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<int>("maxRequests");
        QTest::addRow("same page, fresh cursor") << "same"
                                                 << "{}"
                                                 << "adds nothing new" << 2;
        QTest::addRow("empty pages, fresh cursor") << "empty"
                                                   << "{}"
                                                   << "adds nothing new" << 1;
        QTest::addRow("new buckets forever, max_pages 5") << "new"
                                                          << R"({"max_pages":5})"
                                                          << "page limit 5" << 5;
    }
    void endlessProviderPaginationStops()
    {
        QFETCH(QString, style);
        QFETCH(QString, config);
        QFETCH(QString, errorContains);
        QFETCH(int, maxRequests);
        const std::string st = style.toStdString();
        std::atomic<int> n { 0 };
        FakeServer server([&](const FakeRequest& req) {
            int k = n++;
            Epoch start = std::stoll(req.param("start_time"));
            json data = json::array();
            if (st != "empty") {
                Epoch t = st == "new" ? start + k * 60 : start;
                data.push_back({ { "start_time", t }, { "end_time", t + 60 },
                    { "results",
                        { { { "input_tokens", 10 }, { "output_tokens", 1 }, { "num_model_requests", 1 },
                            { "model", "gpt-4o-mini-2024-07-18" } } } } });
            }
            json body = { { "data", data }, { "has_more", true }, { "next_page", "cursor-" + std::to_string(k) } };
            return FakeResponse { 200, "application/json", body.dump() };
        });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1", config.toStdString());
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find(errorContains.toStdString()) != std::string::npos, out.error.c_str());
        QCOMPARE(n.load(), maxRequests);
        QCOMPARE(fx.reload(src).cursor, Epoch(0));
        QVERIFY(!fx.reload(src).lastError.empty());
        // What was committed stays.
        if (st == "new")
            QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM buckets WHERE source_id=?1", src.id), std::int64_t(5));
    }

    void endlessLiteLLMPaginationStops_data()
    {
        QTest::addColumn<bool>("freshRows");
        QTest::addRow("10^9 pages repeating the same rows") << false;
        QTest::addRow("new rows on every page, max_pages 4") << true;
    }
    void endlessLiteLLMPaginationStops()
    {
        QFETCH(bool, freshRows);
        std::atomic<int> n { 0 };
        FakeServer server([&](const FakeRequest& req) {
            int page = std::stoi(req.param("page"));
            ++n;
            std::string data;
            for (int i = 0; i < 2; ++i) {
                int id = freshRows ? page * 2 + i : i;
                std::string ts = formatTimestamp(D0 + id * 60);
                data += std::string(data.empty() ? "" : ",") + R"({"request_id":"r)" + std::to_string(id)
                    + R"(","startTime":")" + ts + R"(","model":"gpt-4o-mini","custom_llm_provider":"openai",)"
                    + R"("prompt_tokens":10,"completion_tokens":2,"spend":0.001})";
            }
            return FakeResponse { 200, "application/json",
                "{\"data\":[" + data + "],\"total\":2000000000,\"page\":" + std::to_string(page)
                    + ",\"page_size\":2,\"total_pages\":1000000000}" };
        });
        Fixture fx;
        SourceInfo src = fx.addSource("litellm", server.url(), R"({"max_pages":4})");
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        auto& db = *fx.tdb.db;
        if (freshRows) {
            QVERIFY2(out.error.find("page limit 4") != std::string::npos, out.error.c_str());
            QCOMPARE(n.load(), 4);
            QCOMPARE(scalar(db, "SELECT COUNT(*) FROM events WHERE source_id=?1", src.id), std::int64_t(8));
            // Rows came in time order: the cursor moves up to the newest row read, never past it.
            QCOMPARE(fx.reload(src).cursor, D0 + 9 * 60);
        } else {
            QVERIFY2(out.error.find("only repeats rows") != std::string::npos, out.error.c_str());
            QCOMPARE(n.load(), 2);
            QCOMPARE(scalar(db, "SELECT COUNT(*) FROM events WHERE source_id=?1", src.id), std::int64_t(2));
            QCOMPARE(fx.reload(src).cursor, Epoch(0));
        }
    }

    // A server dripping 2 bytes/s: the poll gives up at its time limit and says so.
    void dripFeedingServerHitsThePollTimeLimit_data()
    {
        QTest::addColumn<bool>("fromConfig");
        QTest::addRow("limit from the poll options") << false;
        QTest::addRow("limit from the source config") << true;
    }
    void dripFeedingServerHitsThePollTimeLimit()
    {
        QFETCH(bool, fromConfig);
        FakeServer server([](const FakeRequest&) {
            FakeResponse r { 200, "application/json", std::string(4096, ' ') };
            r.chunkSize = 1;
            r.delayMsPerChunk = 500;
            return r;
        });
        Fixture fx;
        SourceInfo src
            = fx.addSource("openai", server.url() + "/v1", fromConfig ? R"({"poll_timeout_seconds":2})" : "{}");
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + 5 * kDay;
        o.http.totalTimeoutMs = 120'000;
        o.http.maxAttempts = 5;
        o.http.lowSpeedBytesPerSecond = 0; // the time limit alone must end it
        if (!fromConfig)
            o.pollTimeoutSeconds = 2;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("gave up after 2 s (poll time limit)") != std::string::npos, out.error.c_str());
        QVERIFY2(out.seconds < 60, "the poll did not stop at its time limit");
        QCOMPARE(fx.reload(src).cursor, Epoch(0));
        QVERIFY(fx.reload(src).lastError.find("poll time limit") != std::string::npos);
    }

    // A 401 echoing the key mangled: no trace of it in the outcome, last_error, sync log or file.
    void mangledKeyEchoesNeverLeak_data()
    {
        QTest::addColumn<QString>("echo");
        QString k = QString::fromStdString(kSecret);
        QTest::addRow("upper-cased") << k.toUpper();
        QTest::addRow("json-escaped dashes") << QString(k).replace(QLatin1Char('-'), QStringLiteral("\\u002d"));
        QTest::addRow("truncated") << k.left(k.size() - 5);
        QTest::addRow("split across an escape")
            << k.left(5) + QStringLiteral("\\u00") + QString::number(k[5].unicode(), 16) + k.mid(6);
        QTest::addRow("inside Bearer, lower-cased") << QStringLiteral("Bearer ") + k.toLower();
    }
    void mangledKeyEchoesNeverLeak()
    {
        QFETCH(QString, echo);
        const std::string e = echo.toStdString();
        FakeServer server([&](const FakeRequest&) {
            return FakeResponse { 401, "application/json",
                R"({"error":{"message":"Incorrect API key provided: )" + e + R"(","code":"invalid_api_key"}})" };
        });
        Fixture fx;
        SourceInfo src = fx.addSource("openai", server.url() + "/v1");
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("Incorrect API key provided: ") != std::string::npos
                && out.error.find("[REDACTED]\",\"code\"") != std::string::npos,
            out.error.c_str());
        const std::string core = kSecret.substr(9, 12); // "S3CR3T-do-no"
        auto clean = [&](std::string text) {
            std::string lower = QString::fromStdString(text).toLower().toStdString();
            return text.find(e) == std::string::npos
                && lower.find(QString::fromStdString(core).toLower().toStdString()) == std::string::npos;
        };
        QVERIFY2(clean(out.error), out.error.c_str());
        QVERIFY(clean(fx.reload(src).lastError));
        for (const auto& l : fx.tdb.db->syncLog(src.id))
            QVERIFY2(clean(l.error), l.error.c_str());
        fx.tdb.db.reset(); // close, so everything is in the file
        for (const char* suffix : { "", "-wal" })
            QVERIFY2(clean(readAll(fx.tdb.path() + suffix)), suffix);
        for (const auto& l : fx.logs)
            QVERIFY2(clean(l), l.c_str());
    }

    // A password in the base URL never reaches errors, last_error or the sync log.
    void baseUrlUserInfoNeverLeaks()
    {
        FakeServer server([](const FakeRequest&) {
            return FakeResponse { 500, "application/json", R"({"error":{"message":"upstream down"}})" };
        });
        Fixture fx;
        std::string url = server.url();
        url.insert(7, "admin:hunter2-pw@");
        SourceInfo src = fx.addSource("openai", url + "/v1");
        PollOptions o = fx.options(D0 + 60 * kDay);
        o.from = D0;
        o.to = D0 + kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find("http://[REDACTED]@127.0.0.1") != std::string::npos, out.error.c_str());
        for (const std::string& text : { out.error, fx.reload(src).lastError, fx.tdb.db->syncLog(src.id)[0].error })
            QVERIFY2(
                text.find("hunter2") == std::string::npos && text.find("admin:") == std::string::npos, text.c_str());
        for (const auto& l : fx.logs)
            QVERIFY2(l.find("hunter2") == std::string::npos, l.c_str());
    }

    // ---- LiteLLM spend logs -------------------------------------------------------------------

    void litellmSpendLogsPaginatedAndDeduped_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addRow("/spend/logs/v2") << false;
        QTest::addRow("legacy /spend/logs fallback") << true;
    }
    void litellmSpendLogsPaginatedAndDeduped()
    {
        QFETCH(bool, legacy);
        // 600 requests over 4 days, one every ~9.6 minutes.
        struct Req
        {
            std::string id;
            Epoch ts;
            std::string spend;
            int prompt, completion, cached;
            std::string tenant;
        };
        std::vector<Req> rows;
        const char* spends[] = { "0.0011925", "0.25", "1e-05", "0.000123456789", "3" };
        for (int i = 0; i < 600; ++i)
            rows.push_back({ "chatcmpl-" + std::to_string(i), D0 + i * 576, spends[i % 5], 1000 + i, 10 + i % 7,
                (i % 3) ? 0 : 500, (i % 2) ? "acme" : "globex" });
        auto rowJson = [](const Req& r) {
            std::string ts = formatTimestamp(r.ts);
            ts.insert(19, ".018224");
            ts.replace(ts.size() - 1, 1, "+00:00");
            json usage = { { "prompt_tokens", r.prompt }, { "completion_tokens", r.completion },
                { "cache_read_input_tokens", r.cached },
                { "prompt_tokens_details", { { "cached_tokens", r.cached } } } };
            std::string j = json(
                { { "request_id", r.id }, { "call_type", "acompletion" }, { "api_key", "4c1d0f6a2e9b8c7d" },
                    { "total_tokens", r.prompt + r.completion }, { "prompt_tokens", r.prompt },
                    { "completion_tokens", r.completion }, { "startTime", ts }, { "endTime", ts },
                    { "model", "gpt-4o-mini" }, { "custom_llm_provider", "openai" }, { "user", "u-1" },
                    { "metadata",
                        { { "user_api_key_alias", "notebooks" }, { "user_api_key_team_alias", "Research" },
                            { "spend_logs_metadata", { { "prompt_id", "p-7" } } }, { "usage_object", usage } } },
                    { "cache_hit", "False" }, { "request_tags", { "tenant:" + r.tenant, "env:prod" } },
                    { "team_id", "team-research" }, { "end_user", "" },
                    { "spend",
                        0 } }).dump();
            // Put the spend in as raw JSON number text, exactly as LiteLLM's float serialisation would.
            auto p = j.find("\"spend\":0");
            j.replace(p, 9, "\"spend\":" + r.spend);
            return j;
        };
        auto handler = [&](const FakeRequest& req) -> FakeResponse {
            if (req.header("authorization") != "Bearer " + kSecret)
                return FakeResponse { 401, "application/json",
                    R"({"error":{"message":"Authentication Error","code":"401"}})" };
            if (req.path == "/spend/logs/v2") {
                if (legacy)
                    return FakeResponse { 404, "application/json", R"({"detail":"Not Found"})" };
                Epoch from = *parseTimestamp(req.param("start_date")), to = *parseTimestamp(req.param("end_date"));
                std::size_t page = std::stoul(req.param("page")), size = std::stoul(req.param("page_size"));
                std::vector<const Req*> match;
                for (const Req& r : rows)
                    if (r.ts >= from && r.ts <= to)
                        match.push_back(&r);
                std::string data;
                std::size_t start = (page - 1) * size;
                // Offsets shift under concurrent inserts: every page repeats the previous page's last row.
                if (start > 0)
                    --start;
                for (std::size_t i = start; i < std::min(match.size(), page * size); ++i)
                    data += (data.empty() ? "" : ",") + rowJson(*match[i]);
                std::size_t pages = (match.size() + size - 1) / size;
                return FakeResponse { 200, "application/json",
                    "{\"data\":[" + data + "],\"total\":" + std::to_string(match.size()) + R"(,"page":)"
                        + std::to_string(page) + R"(,"page_size":)" + std::to_string(size) + R"(,"total_pages":)"
                        + std::to_string(pages) + "}" };
            }
            if (req.path == "/spend/logs" && legacy) {
                QTest::qVerify(req.param("summarize") == "false", "summarize", "", __FILE__, __LINE__);
                Epoch from = *parseDate(req.param("start_date")), to = *parseDate(req.param("end_date"));
                std::string data;
                for (auto it = rows.rbegin(); it != rows.rend(); ++it) // newest first, end day excluded
                    if (it->ts >= from && it->ts < to)
                        data += (data.empty() ? "" : ",") + rowJson(*it);
                return FakeResponse { 200, "application/json", "[" + data + "]" };
            }
            return FakeResponse { 404, "application/json", R"({"detail":"Not Found"})" };
        };
        FakeServer server(handler);
        Fixture fx;
        SourceInfo src = fx.addSource("litellm", server.url());
        PollOptions o = fx.options(D0 + 30 * kDay);
        o.pageSize = 100;
        o.from = D0 + kDay; // rows 150..449
        o.to = D0 + 3 * kDay;
        PollOutcome out = fx.poll(src, o);
        QVERIFY2(out.ok, out.error.c_str());
        std::int64_t expectCount = 0, expectInput = 0, expectCached = 0;
        Nano expectSpend = 0, expectAcme = 0;
        for (const Req& r : rows)
            if (r.ts >= *o.from && r.ts < *o.to) {
                ++expectCount;
                expectInput += r.prompt;
                expectCached += r.cached;
                expectSpend += *parseDecimalNano(r.spend);
                if (r.tenant == "acme")
                    expectAcme += *parseDecimalNano(r.spend);
            }
        QCOMPARE(out.inserted, expectCount);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM events WHERE source_id=?1", src.id), expectCount);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(input) FROM events"), expectInput);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(cached) FROM events"), expectCached);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(reported_cost) FROM events"), expectSpend);
        auto tenant = fx.tdb.db->findDim(Dim::Tenant, "acme");
        QVERIFY(tenant);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(reported_cost) FROM events WHERE tenant=?1", *tenant), expectAcme);
        QVERIFY(fx.tdb.db->findDim(Dim::PromptId, "p-7"));
        QVERIFY(fx.tdb.db->findDim(Dim::Env, "prod"));
        QVERIFY(fx.tdb.db->findDim(Dim::Team, "Research"));
        QVERIFY(fx.tdb.db->findDim(Dim::ApiKey, "notebooks"));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(reported_cost) FROM rollup_daily WHERE lens=0"), expectSpend);
        if (!legacy)
            QCOMPARE(out.pages, std::int64_t(3));
        // Overlapping re-poll: updates, never duplicates.
        o.from = D0;
        PollOutcome again = fx.poll(src, o);
        QVERIFY2(again.ok, again.error.c_str());
        QCOMPARE(again.updated, expectCount);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM events WHERE source_id=?1", src.id), expectCount + 150);
        fx.assertNoSecretOnDisk();
    }

    void overlapComesFromTheSourceConfig_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<qlonglong>("overlap");
        QTest::addRow("default 48 h") << "{}" << 48 * 3600LL;
        QTest::addRow("overlap_hours 1") << R"({"overlap_hours":1})" << 3600LL;
        QTest::addRow("overlap_hours 0.5") << R"({"overlap_hours":0.5})" << 1800LL;
        QTest::addRow("nonsense ignored") << R"({"overlap_hours":"x"})" << 48 * 3600LL;
    }
    void overlapComesFromTheSourceConfig()
    {
        QFETCH(QString, config);
        QFETCH(qlonglong, overlap);
        FakeServer server([](const FakeRequest&) {
            return FakeResponse { 200, "application/json", "{\"data\":[],\"total\":0,\"page\":1,\"total_pages\":0}" };
        });
        Fixture fx;
        SourceInfo src = fx.addSource("litellm", server.url(), config.toStdString());
        src.cursor = D0 + 5 * kDay;
        QVERIFY(fx.tdb.db->updateSource(src).ok());
        PollOutcome out = fx.poll(src, fx.options(D0 + 6 * kDay));
        QVERIFY2(out.ok, out.error.c_str());
        QCOMPARE(out.windowFrom, Epoch(D0 + 5 * kDay - overlap));
        QCOMPARE(out.windowTo, D0 + 6 * kDay);
        QCOMPARE(fx.reload(src).cursor, D0 + 6 * kDay);
    }

    // ---- LiteLLM Prometheus -------------------------------------------------------------------

    void litellmMetricsDeltasResetsAndBudgets()
    {
        std::string body;
        std::mutex m;
        auto metrics = [](double spend, double input, double output, double requests) {
            std::string lbl
                = R"({api_key_alias="nb",api_provider="openai",end_user="None",hashed_api_key="h1",model="gpt-4o-mini",team="t1",team_alias="Research",user="None"})";
            char buf[2048];
            std::snprintf(buf, sizeof buf,
                "# HELP litellm_spend_metric_total Total spend\n# TYPE litellm_spend_metric_total counter\n"
                "litellm_spend_metric_total%s %.10g\n"
                "# TYPE litellm_input_tokens_metric_total counter\nlitellm_input_tokens_metric_total%s %.1f\n"
                "# TYPE litellm_output_tokens_metric_total counter\nlitellm_output_tokens_metric_total%s %.1f\n"
                "# TYPE litellm_proxy_total_requests_metric_total counter\n"
                "litellm_proxy_total_requests_metric_total%s %.1f\n"
                "# TYPE litellm_remaining_team_budget_metric gauge\n"
                "litellm_remaining_team_budget_metric{team=\"t1\",team_alias=\"Research\"} 40.5\n"
                "litellm_team_max_budget_metric{team=\"t1\",team_alias=\"Research\"} +Inf\n",
                lbl.c_str(), spend, lbl.c_str(), input, lbl.c_str(), output, lbl.c_str(), requests);
            return std::string(buf);
        };
        FakeServer server([&](const FakeRequest& req) {
            std::lock_guard<std::mutex> l(m);
            if (req.path != "/metrics")
                return FakeResponse { 404, "text/plain", "404" };
            return FakeResponse { 200, "text/plain; version=0.0.4; charset=utf-8", body };
        });
        Fixture fx;
        SourceInfo src = fx.addSource("litellm-metrics", server.url());
        auto scrape = [&](Epoch now, const std::string& text) {
            {
                std::lock_guard<std::mutex> l(m);
                body = text;
            }
            PollOptions o = fx.options(now);
            o.secret.clear(); // /metrics is unauthenticated by default
            return fx.poll(src, o);
        };
        auto bucket = [&](Epoch hour, const char* col) {
            return scalar(*fx.tdb.db,
                std::string("SELECT SUM(") + col + ") FROM buckets WHERE lens=2 AND start=" + std::to_string(hour));
        };
        const Epoch h = D0 + 10 * 3600;
        QVERIFY(scrape(h + 60, metrics(10.0, 1000, 100, 10)).ok); // baseline only
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM buckets"), std::int64_t(0));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM counter_state WHERE source_id=?1", src.id), std::int64_t(4));
        QVERIFY(scrape(h + 600, metrics(10.25, 1500, 160, 13)).ok);
        QCOMPARE(bucket(h, "reported_cost"), std::int64_t(250'000'000));
        QCOMPARE(bucket(h, "input"), std::int64_t(500));
        QCOMPARE(bucket(h, "output"), std::int64_t(60));
        QCOMPARE(bucket(h, "requests"), std::int64_t(3));
        QVERIFY(scrape(h + 1200, metrics(11.0, 1600, 170, 15)).ok); // same hour: accumulates
        QCOMPARE(bucket(h, "reported_cost"), std::int64_t(1'000'000'000));
        QCOMPARE(bucket(h, "input"), std::int64_t(600));
        QCOMPARE(bucket(h, "requests"), std::int64_t(5));
        // The proxy restarted: counters start again from 0; the new value is the delta.
        QVERIFY(scrape(h + 3600 + 60, metrics(0.5, 50, 5, 1)).ok);
        QCOMPARE(bucket(h + 3600, "reported_cost"), std::int64_t(500'000'000));
        QCOMPARE(bucket(h + 3600, "input"), std::int64_t(50));
        QCOMPARE(bucket(h, "input"), std::int64_t(600));
        // A failing scrape changes nothing.
        PollOutcome bad = scrape(h + 3600 + 120, "<html>login</html>");
        QVERIFY(!bad.ok);
        QVERIFY(scrape(h + 3600 + 180, metrics(0.75, 60, 6, 2)).ok);
        QCOMPARE(bucket(h + 3600, "reported_cost"), std::int64_t(750'000'000));
        QCOMPARE(bucket(h + 3600, "input"), std::int64_t(60));
        auto team = fx.tdb.db->findDim(Dim::Team, "Research");
        QVERIFY(team);
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(DISTINCT team) FROM buckets"), std::int64_t(1));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT SUM(reported_cost) FROM rollup_hourly WHERE lens=2"),
            std::int64_t(1'750'000'000));
        // Budget gauges: +Inf max budget is NULL.
        QCOMPARE(scalar(*fx.tdb.db, "SELECT remaining FROM budget_gauges WHERE scope='team' AND name='Research'"),
            std::int64_t(40'500'000'000));
        QCOMPARE(scalar(*fx.tdb.db, "SELECT COUNT(*) FROM budget_gauges WHERE max_budget IS NULL"), std::int64_t(1));
        QCOMPARE(fx.tdb.db->syncLog(src.id).size(), std::size_t(6));
    }
};

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
