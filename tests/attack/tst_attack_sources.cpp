// The attack suite for connectors: the real binary (`sources add`, `poll`, `sources list`, `export`)
// against hostile HTTP servers on 127.0.0.1 - a bucket wider than the window, endless pagination, a
// server dripping 2 bytes/s, a 401 echoing the key mangled, token counts beyond any limit.

#include "model/timeutil.h"
#include "support/clirun.h"
#include "support/fakeserver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <string>

using namespace burnrate;
using namespace burnrate::test;
using nlohmann::json;

namespace {

const char* const kKeyVar = "BURNRATE_ATTACK_KEY";
const std::string kKey = "sk-admin-AttackKey-9f8e7d6c5b4a-3210";
constexpr Epoch kDay = 86400;

QStringList args(std::initializer_list<std::string> list)
{
    QStringList out;
    for (const auto& a : list)
        out << QString::fromStdString(a);
    return out;
}

std::string fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// An OpenAI organization: one row per day bucket of the window asked for, or a hostile answer.
struct OpenAISim
{
    enum Mode
    {
        Daily,
        WideEmpty, // one empty bucket spanning the 366 days before the requested end
        HugeTokens, // a row of 2^53 input tokens on the first day
        SamePageForever, // has_more with a fresh cursor, the same bucket on every page
    };
    std::atomic<int> mode { Daily };
    std::atomic<int> requests { 0 };

    FakeResponse handle(const FakeRequest& req)
    {
        ++requests;
        if (req.header("authorization") != "Bearer " + kKey)
            return FakeResponse { 401, "application/json", R"({"error":{"message":"bad key"}})" };
        const bool isCost = req.path == "/v1/organization/costs";
        Epoch from = std::stoll(req.param("start_time")), to = std::stoll(req.param("end_time"));
        json data = json::array();
        auto row = [&](std::int64_t input) {
            if (isCost)
                return json { { "amount", { { "value", "2.25" }, { "currency", "usd" } } }, { "line_item", "input" },
                    { "project_id", "proj_A" } };
            return json { { "input_tokens", input }, { "output_tokens", 100 }, { "num_model_requests", 3 },
                { "model", "gpt-4o-mini-2024-07-18" }, { "project_id", "proj_A" } };
        };
        const int m = mode;
        if (m == WideEmpty) {
            data.push_back({ { "start_time", to - 366 * kDay }, { "end_time", to }, { "results", json::array() } });
        } else if (m == SamePageForever) {
            data.push_back({ { "start_time", from }, { "end_time", from + kDay }, { "results", { row(1000) } } });
            json body = { { "data", data }, { "has_more", true },
                { "next_page", "fresh-" + std::to_string(requests.load()) } };
            return FakeResponse { 200, "application/json", body.dump() };
        } else {
            for (Epoch t = from; t < to; t += kDay) {
                const bool completions = req.path == "/v1/organization/usage/completions";
                const bool huge = m == HugeTokens && t == from && completions;
                json results = json::array();
                if (isCost || completions) // embeddings: nothing used
                    results.push_back(row(huge ? 1LL << 53 : 1000));
                data.push_back({ { "start_time", t }, { "end_time", t + kDay }, { "results", results } });
            }
        }
        json body = { { "data", data }, { "has_more", false }, { "next_page", nullptr } };
        return FakeResponse { 200, "application/json", body.dump() };
    }
};

} // namespace

class TestAttackSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshDb()
    {
        return m_dir.filePath(QStringLiteral("attack-%1.db").arg(++m_n));
    }
    Run cli(const QString& db, std::initializer_list<std::string> rest, int timeoutMs = 120000)
    {
        QStringList a { QStringLiteral("--db"), db };
        a << args(rest);
        return runCli(a, timeoutMs);
    }
    static std::string both(const Run& r)
    {
        return (r.out + r.err).toStdString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv(kKeyVar, QByteArray::fromStdString(kKey));
    }

    // Issue 7.1: poll Nov 1-5, then Nov 20-21 against a server answering one empty bucket spanning
    // the 366 days before the requested end: Nov 1-5 stays exactly as it was.
    void wideBucketDoesNotWipeHistory()
    {
        OpenAISim sim;
        FakeServer server([&](const FakeRequest& r) { return sim.handle(r); });
        const QString db = freshDb();
        Run add = cli(db,
            { "sources", "add", "openai", "--name", "o", "--base-url", server.url() + "/v1", "--key-env", kKeyVar });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        Run first = cli(db, { "poll", "--source", "o", "--from", "2025-11-01", "--to", "2025-11-05" });
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        auto exportAll = [&] {
            return cli(db,
                { "export", "--from", "2025-10-01", "--to", "2025-12-31", "--group-by", "day,model", "--lens",
                    "billing", "--total" });
        };
        Run before = exportAll();
        QCOMPARE(before.code, 0);
        QVERIFY2(before.out.count(QStringLiteral("2025-11-0")) == 5, qPrintable(before.out));

        sim.mode = OpenAISim::WideEmpty;
        Run wide = cli(db, { "poll", "--source", "o", "--from", "2025-11-20", "--to", "2025-11-21" });
        QVERIFY2(wide.code == 0, qPrintable(wide.out + wide.err));
        Run after = exportAll();
        QCOMPARE(after.code, 0);
        QCOMPARE(after.out, before.out);
        QVERIFY2(wide.err.contains(QStringLiteral("outside the window")), qPrintable(wide.err));
    }

    // Issue 7.6: has_more forever with a fresh cursor; a LiteLLM proxy claiming 10^9 pages.
    void endlessPaginationEnds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("maxPages");
        QTest::addColumn<QString>("expected");
        QTest::addRow("openai, same page with a fresh cursor") << "openai"
                                                               << ""
                                                               << "adds nothing new";
        QTest::addRow("litellm, 10^9 pages repeating rows") << "litellm"
                                                            << ""
                                                            << "only repeats rows";
        QTest::addRow("litellm, new rows forever, --max-pages 3") << "litellm-fresh"
                                                                  << "3"
                                                                  << "page limit 3";
    }
    void endlessPaginationEnds()
    {
        QFETCH(QString, type);
        QFETCH(QString, maxPages);
        QFETCH(QString, expected);
        const std::string t = type.toStdString();
        OpenAISim sim;
        sim.mode = OpenAISim::SamePageForever;
        std::atomic<int> litellmRequests { 0 };
        FakeServer server([&](const FakeRequest& req) {
            if (t == "openai")
                return sim.handle(req);
            ++litellmRequests;
            int page = std::stoi(req.param("page"));
            std::string data;
            for (int i = 0; i < 2; ++i) {
                int id = t == "litellm-fresh" ? page * 2 + i : i;
                data += std::string(data.empty() ? "" : ",") + R"({"request_id":"r)" + std::to_string(id)
                    + R"(","startTime":")" + formatTimestamp(*parseDate("2025-11-02") + id * 60)
                    + R"(","model":"gpt-4o-mini","custom_llm_provider":"openai","prompt_tokens":10,)"
                    + R"("completion_tokens":2,"spend":0.001})";
            }
            return FakeResponse { 200, "application/json",
                "{\"data\":[" + data + "],\"total\":2000000000,\"page\":" + std::to_string(page)
                    + ",\"page_size\":2,\"total_pages\":1000000000}" };
        });
        const QString db = freshDb();
        const bool openai = t == "openai";
        QStringList add = args({ "--db", db.toStdString(), "sources", "add", openai ? "openai" : "litellm", "--name",
            "s", "--base-url", server.url() + (openai ? "/v1" : ""), "--key-env", kKeyVar });
        if (!maxPages.isEmpty())
            add << QStringLiteral("--max-pages") << maxPages;
        Run a = runCli(add);
        QVERIFY2(a.code == 0, qPrintable(a.err));
        Run poll = cli(db, { "poll", "--source", "s", "--from", "2025-11-01", "--to", "2025-11-05" });
        QVERIFY2(poll.code == 1, qPrintable(poll.out + poll.err));
        QVERIFY2(poll.out.contains(expected), qPrintable(poll.out + poll.err));
        QVERIFY(sim.requests + litellmRequests <= 3);
        // The failure is recorded where the user looks.
        Run list = cli(db, { "sources", "list" });
        QVERIFY2(list.out.contains(expected), qPrintable(list.out));
    }

    // Issue 7.9: 2 bytes/s; with --poll-timeout 2 the poll ends in about 2 s and says why.
    void dripFeedingServerHitsThePollTimeLimit()
    {
        FakeServer server([](const FakeRequest&) {
            FakeResponse r { 200, "application/json", std::string(2048, ' ') };
            r.chunkSize = 1;
            r.delayMsPerChunk = 500;
            return r;
        });
        const QString db = freshDb();
        Run add = cli(db,
            { "sources", "add", "openai", "--name", "drip", "--base-url", server.url() + "/v1", "--key-env", kKeyVar,
                "--poll-timeout", "2" });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        // A bounded wait: without the limit this takes 5 attempts x 120 s.
        Run poll = cli(db, { "poll", "--source", "drip", "--from", "2025-11-01", "--to", "2025-11-02" }, 90000);
        QVERIFY2(poll.code == 1, qPrintable(poll.out + poll.err));
        QVERIFY2(poll.out.contains(QStringLiteral("gave up after 2 s (poll time limit)")), qPrintable(poll.out));
        Run help = runCli({ QStringLiteral("--help") });
        QVERIFY(help.out.contains(QStringLiteral("--poll-timeout")));
        QVERIFY(help.out.contains(QStringLiteral("--max-pages")));
    }

    // Issue 7.13: a 401 echoing the key mangled, and a password in the base URL.
    void mangledKeyNeverPrintedOrStored_data()
    {
        QTest::addColumn<QString>("echo");
        const QString k = QString::fromStdString(kKey);
        QTest::addRow("upper-cased") << k.toUpper();
        QTest::addRow("json-escaped") << QString(k).replace(QLatin1Char('-'), QStringLiteral("\\u002d"));
        QTest::addRow("minus its last characters") << k.left(k.size() - 6);
        QTest::addRow("split across an escape") << k.left(4) + QStringLiteral("\\u0064") + k.mid(5);
    }
    void mangledKeyNeverPrintedOrStored()
    {
        QFETCH(QString, echo);
        const std::string e = echo.toStdString();
        FakeServer server([&](const FakeRequest&) {
            return FakeResponse { 401, "application/json",
                R"({"error":{"message":"Incorrect API key provided: )" + e + R"(","code":"invalid_api_key"}})" };
        });
        const QString db = freshDb();
        std::string url = server.url() + "/v1";
        url.insert(7, "admin:hunter2-pw@");
        Run add = cli(db, { "sources", "add", "openai", "--name", "o", "--base-url", url, "--key-env", kKeyVar });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        Run poll = cli(db, { "poll", "--source", "o", "--from", "2025-11-01", "--to", "2025-11-02" });
        QCOMPARE(poll.code, 1);
        QVERIFY2(poll.out.contains(QStringLiteral("HTTP 401")), qPrintable(poll.out));
        Run list = cli(db, { "sources", "list" });
        QCOMPARE(list.code, 0);
        const std::string core = lower(kKey.substr(9, 12)); // "attackkey-9f"
        for (const std::string& text : { both(poll), both(list) }) {
            QVERIFY2(text.find(e) == std::string::npos, text.c_str());
            QVERIFY2(lower(text).find(core) == std::string::npos, text.c_str());
            QVERIFY2(text.find("hunter2") == std::string::npos, text.c_str());
        }
        for (const char* suffix : { "", "-wal" }) {
            std::string bytes = fileBytes(db + QLatin1String(suffix));
            QVERIFY2(bytes.find(e) == std::string::npos, suffix);
            QVERIFY2(lower(bytes).find(core) == std::string::npos, suffix);
        }
        QVERIFY2(list.out.contains(QStringLiteral("[REDACTED]@127.0.0.1")), qPrintable(list.out));
    }

    // Issue 7.3 (connector side): a bucket of 2^53 tokens is rejected and reported; the rest lands
    // and no total goes negative.
    void absurdTokenCountsAreRejected()
    {
        OpenAISim sim;
        sim.mode = OpenAISim::HugeTokens;
        FakeServer server([&](const FakeRequest& r) { return sim.handle(r); });
        const QString db = freshDb();
        Run add = cli(db,
            { "sources", "add", "openai", "--name", "o", "--base-url", server.url() + "/v1", "--key-env", kKeyVar });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        Run poll = cli(db, { "poll", "--source", "o", "--from", "2025-11-01", "--to", "2025-11-05" });
        QVERIFY2(poll.code == 0, qPrintable(poll.out + poll.err));
        QVERIFY2(poll.out.contains(QStringLiteral("rejected")), qPrintable(poll.out));
        QVERIFY2(poll.err.contains(QStringLiteral("1 row rejected")), qPrintable(poll.err));
        Run exp = cli(db,
            { "export", "--from", "2025-11-01", "--to", "2025-11-05", "--group-by", "day", "--lens", "billing",
                "--total" });
        QCOMPARE(exp.code, 0);
        // The other four days are there (2025-11-01 was rejected), and no amount is negative.
        QCOMPARE(exp.out.count(QStringLiteral("2025-11-0")), 4);
        QVERIFY2(!exp.out.contains(QStringLiteral(",-")), qPrintable(exp.out));
        Run report = cli(db, { "report", "--from", "2025-11-01", "--to", "2025-11-05" });
        QCOMPARE(report.code, 0);
        QVERIFY2(!report.out.contains(QStringLiteral("$-")) && !report.out.contains(QStringLiteral("-$")),
            qPrintable(report.out));
    }
};

QTEST_GUILESS_MAIN(TestAttackSources)
#include "tst_attack_sources.moc"
