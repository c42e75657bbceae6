// QualityQueries::run() (request measures from the rollups, judgements by request key through the eval
// links of store/evallinks.h) against a straightforward reference computed here from the raw tables (eval
// results matched to requests by request id, as FORMATS.md defines them), for several group-bys, filters,
// granularities and ranges; and the links kept true when evals come first, requests are re-imported or move
// to another day, a source is removed and added again, and an old database migrates. The groupings the daily
// judgement sums answer (schema 13: whole days by provider, model, tenant, prompt) are checked after every write path
// that can change them: annotations added, edited, deleted and imported, evals re-imported, requests re-imported
// with other facts, re-pricing, allocation rules.
#include "analytics/quality.h"
#include "ingest/annotationimport.h"
#include "ingest/evalimport.h"
#include "ingest/requestlog.h"
#include "model/timeutil.h"
#include "store/allocation.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QStringList>

#include <algorithm>
#include <fstream>
#include <map>
#include <tuple>

using namespace burnrate;

namespace {

constexpr Epoch kDay0 = 1791158400; // 2026-10-05 (a Monday)
constexpr int kDays = 12;
constexpr int kRequests = 480;

struct Req
{
    std::string id;
    Epoch ts;
    std::string model, tenant, version, team;
};

Req request(int i)
{
    static const char* models[] = { "qa-large", "qa-small", "qa-unpriced" };
    static const char* tenants[] = { "acme", "globex", "" };
    Req r;
    r.id = "r" + std::to_string(i);
    r.ts = kDay0 + (static_cast<Epoch>(i) * 2161) % (kDays * kSecondsPerDay);
    r.model = models[i % 3];
    r.tenant = tenants[(i / 5) % 3];
    r.version = "v" + std::to_string(1 + (i / 7) % 3);
    r.team = i % 4 == 0 ? "" : (i % 4 == 1 ? "red" : "blue");
    return r;
}

std::string requestLine(const Req& r, Epoch ts)
{
    std::string line = "{\"id\":\"" + r.id + "\",\"ts\":\"" + formatTimestamp(ts)
        + "\",\"provider\":\"openai\",\"model\":\"" + r.model + "\",\"input_tokens\":"
        + std::to_string(100 + (ts / 60) % 900) + ",\"output_tokens\":" + std::to_string(50 + (ts / 7) % 400)
        + ",\"prompt_id\":\"support\",\"prompt_version\":\"" + r.version + "\"";
    if (!r.tenant.empty())
        line += ",\"tenant\":\"" + r.tenant + "\"";
    if (!r.team.empty())
        line += ",\"tags\":{\"team\":\"" + r.team + "\"}";
    return line + "}\n";
}

std::string evalLine(Epoch ts, const std::string& model, const std::string& version, int score8, int verdict,
    const std::string& requestId)
{
    std::string line = "{\"ts\":\"" + formatTimestamp(ts) + "\",\"eval\":\"e" + std::to_string(score8 % 3)
        + "\",\"model\":\"" + model + "\",\"prompt_id\":\"support\",\"prompt_version\":\"" + version
        + "\",\"score\":" + std::to_string(score8 / 8.0);
    if (verdict >= 0)
        line += std::string(",\"passed\":") + (verdict ? "true" : "false");
    if (!requestId.empty())
        line += ",\"request_id\":\"" + requestId + "\"";
    return line + "}\n";
}

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream f(path, std::ios::binary);
    f << text;
}

// The fixture's files: requests, their evals (some with two, some without a verdict, some for requests that
// do not exist, some without a request id), in `dir`.
void writeFixture(const std::string& dir)
{
    std::string requests, evals;
    for (int i = 0; i < kRequests; ++i) {
        const Req r = request(i);
        requests += requestLine(r, r.ts);
        if (i % 4 == 0)
            evals += evalLine(r.ts + 600, r.model, r.version, i % 9, i % 3 == 2 ? -1 : i % 3, r.id);
        if (i % 12 == 0)
            evals += evalLine(r.ts + 900, r.model, r.version, (i / 12) % 9, (i / 12) % 2, r.id);
    }
    for (int k = 0; k < 12; ++k)
        evals += evalLine(kDay0 + k * 86000 + 5000, k % 2 ? "qa-large" : "qa-small", "v" + std::to_string(1 + k % 3),
            k % 9, k % 3 == 2 ? -1 : k % 2, "");
    for (int k = 0; k < 3; ++k)
        evals += evalLine(kDay0 + k * 86400 + 100, "qa-large", "v1", 4, 1, "missing-" + std::to_string(k));
    writeFile(dir + "/requests.jsonl", requests);
    writeFile(dir + "/evals.jsonl", evals);
}

// qa-large and qa-small priced by override; qa-unpriced has no price.
void priceModels(test::TempDb& t)
{
    QVERIFY(test::overridePrices(*t.db, { { "qa-large", 10, 20 }, { "qa-small", 1, 2 } }));
    t.reloadPrices();
}

void importRequests(test::TempDb& t, const std::string& path)
{
    if (t.prices.candidates("openai", "qa-large").empty())
        priceModels(t);
    RequestLogImporter imp(*t.db, t.prices);
    auto r = imp.importFile(path);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
}

void importEvals(test::TempDb& t, const std::string& path)
{
    auto r = importEvalFile(*t.db, path);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
}

// Annotations by two authors on a share of the requests (by request id: the same ones whatever the keys).
void annotate(test::TempDb& t)
{
    Statement st = t.db->prepare(
        "INSERT OR REPLACE INTO annotations(event_id, author, ts, rating, thumb) SELECT e.id, ?2, e.ts, ?3, ?4 FROM "
        "events e WHERE e.id >= ?5 AND e.id < ?6 AND e.ext_id = ?1");
    for (int i = 0; i < kRequests; i += 5) {
        for (int a = 0; a < 2; ++a) {
            if (a == 1 && i % 3)
                continue;
            st.bind(1, "r" + std::to_string(i)).bind(2, a ? "bo" : "ana");
            if ((i + a) % 4 == 3)
                st.bindNull(3);
            else
                st.bind(3, 1 + (i / 5 + a) % 5);
            if ((i + a) % 3 == 0)
                st.bindNull(4);
            else
                st.bind(4, (i + a) % 3 == 1 ? 1 : -1);
            st.bind(5, UsageWriter::dayKeyStart(kDay0 - kSecondsPerDay))
                .bind(6, UsageWriter::dayKeyEnd(kDay0 + (kDays + 1) * kSecondsPerDay));
            QVERIFY2(st.exec(), st.lastError().c_str());
        }
    }
}

// ---- the reference ----

std::optional<Axis> axisOf(const QString& name)
{
    return Axis::fromName(name.toStdString());
}

QualityQuery makeQuery(
    const QStringList& groupBy, const QString& filters, const QString& granularity, qint64 from, qint64 to)
{
    QualityQuery q;
    q.from = kDay0 + from;
    q.to = kDay0 + to;
    q.granularity = *granularityFromName(granularity.toStdString());
    for (const QString& g : groupBy)
        q.groupBy.push_back(*axisOf(g));
    for (const QString& f : filters.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList kv = f.split(QLatin1Char('='));
        Filter filter { *axisOf(kv[0]), {} };
        for (const QString& v : kv[1].split(QLatin1Char('|')))
            filter.values.push_back(v.toStdString());
        q.filters.push_back(filter);
    }
    return q;
}

using Key = std::pair<Epoch, std::vector<std::string>>;

// The group of a row in `bucket` whose axis values `value(axis)` gives; nullopt when a filter leaves it out.
template <typename Value> std::optional<Key> groupOf(const QualityQuery& q, Epoch bucket, Value value)
{
    for (const Filter& f : q.filters)
        if (std::find(f.values.begin(), f.values.end(), value(f.axis)) == f.values.end())
            return std::nullopt;
    Key key { bucket, {} };
    for (const Axis& a : q.groupBy)
        key.second.push_back(value(a));
    return key;
}

// What each quality measure means, computed request by request from the raw tables.
std::map<Key, QualityCounts> reference(Database& db, const QualityQuery& q)
{
    const Granularity g = q.granularity == Granularity::Hour ? Granularity::Day : q.granularity;
    auto bucket = [&](Epoch ts) {
        return g == Granularity::None ? 0 : bucketStart(floorDay(ts), g);
    };
    struct Eval
    {
        double score;
        std::optional<bool> passed;
    };
    std::multimap<std::string, Eval> evalsOf;
    {
        Statement s = db.prepare("SELECT event_ext_id, score, passed FROM eval_results WHERE event_ext_id <> ''");
        while (s.step())
            evalsOf.emplace(
                s.text(0), Eval { s.real(1), s.isNull(2) ? std::nullopt : std::optional<bool>(s.int64(2) != 0) });
    }
    std::map<Key, QualityCounts> out;
    Statement e = db.prepare("SELECT e.id, e.ts, e.ext_id, e.cost, e.input + e.output, e.model, e.tenant, "
                             "e.prompt_id, e.prompt_version, coalesce((SELECT t.value FROM event_tags t JOIN dims k ON "
                             "k.id = t.key WHERE t.event_id = e.id AND k.value = 'team'), 0), e.provider FROM events e "
                             "ORDER BY e.id");
    while (e.step()) {
        const Epoch ts = e.int64(1);
        if (ts < q.from || ts >= q.to)
            continue;
        auto value = [&](const Axis& a) -> std::string {
            if (a.isTag())
                return a.tagKey == "team" ? db.dimValue(e.int64(9)) : std::string();
            switch (a.dim) {
            case Dim::Model:
                return db.dimValue(e.int64(5));
            case Dim::Provider:
                return db.dimValue(e.int64(10));
            case Dim::Tenant:
                return db.dimValue(e.int64(6));
            case Dim::PromptId:
                return db.dimValue(e.int64(7));
            case Dim::PromptVersion:
                return db.dimValue(e.int64(8));
            default:
                return "?";
            }
        };
        const auto key = groupOf(q, bucket(ts), value);
        if (!key)
            continue;
        QualityCounts& c = out[*key];
        const bool priced = !e.isNull(3);
        c.requests += 1;
        c.pricedRequests += priced ? 1 : 0;
        c.cost += priced ? e.int64(3) : 0;
        c.tokens += e.int64(4);
        bool positive = false, negative = false, judgement = false;
        double scores = 0;
        for (auto [it, end] = evalsOf.equal_range(e.text(2)); it != end; ++it) {
            c.evalResults += 1;
            scores += it->second.score;
            if (it->second.passed) {
                judgement = true;
                (*it->second.passed ? c.evalPassed : c.evalFailed) += 1;
                (*it->second.passed ? positive : negative) = true;
            }
        }
        c.evalScoreSum += scores;
        Statement an = db.prepare("SELECT rating, thumb FROM annotations WHERE event_id = ?1");
        an.bind(1, e.int64(0));
        bool annotated = false;
        while (an.step()) {
            annotated = true;
            if (!an.isNull(0)) {
                const std::int64_t r = an.int64(0);
                c.ratings += 1;
                c.ratingSum += r;
                judgement = true;
                positive = positive || r >= 4;
                negative = negative || r <= 2;
            }
            if (!an.isNull(1)) {
                judgement = true;
                (an.int64(1) > 0 ? c.thumbsUp : c.thumbsDown) += 1;
                (an.int64(1) > 0 ? positive : negative) = true;
            }
        }
        c.annotated += annotated ? 1 : 0;
        if (judgement) {
            c.judged += 1;
            c.accepted += positive && !negative ? 1 : 0;
            c.judgedPriced += priced ? 1 : 0;
            c.judgedCost += priced ? e.int64(3) : 0;
            c.judgedTokens += e.int64(4);
        }
    }
    // Eval results without a request id, by their model, prompt and version, when the grouping allows.
    auto evalAxis = [](const Axis& a) {
        return !a.isTag() && (a.dim == Dim::Model || a.dim == Dim::PromptId || a.dim == Dim::PromptVersion);
    };
    bool placeable = std::all_of(q.groupBy.begin(), q.groupBy.end(), evalAxis)
        && std::all_of(q.filters.begin(), q.filters.end(), [&](const Filter& f) { return evalAxis(f.axis); });
    if (placeable) {
        Statement s = db.prepare("SELECT ts, model, prompt_id, prompt_version, score, passed FROM eval_results WHERE "
                                 "event_ext_id = '' ORDER BY id");
        while (s.step()) {
            const Epoch ts = s.int64(0);
            if (ts < q.from || ts >= q.to)
                continue;
            auto value = [&](const Axis& a) {
                return db.dimValue(s.int64(a.dim == Dim::Model ? 1 : a.dim == Dim::PromptId ? 2 : 3));
            };
            const auto key = groupOf(q, bucket(ts), value);
            if (!key)
                continue;
            QualityCounts& c = out[*key];
            c.evalResults += 1;
            c.evalScoreSum += s.real(4);
            if (!s.isNull(5))
                (s.int64(5) ? c.evalPassed : c.evalFailed) += 1;
        }
    }
    return out;
}

std::map<Key, QualityCounts> byKey(const QualityResult& r)
{
    std::map<Key, QualityCounts> out;
    for (const QualityRow& row : r.rows)
        out[{ row.bucket, row.keys }] = row.counts;
    return out;
}

std::string describe(const Key& k)
{
    std::string s = std::to_string(k.first);
    for (const auto& v : k.second)
        s += " '" + v + "'";
    return s;
}

// Every measure but costSquares (not a table measure: samples() reads it), to the last unit.
bool sameCounts(const QualityCounts& a, const QualityCounts& b, std::string& what)
{
    const std::tuple<const char*, std::int64_t, std::int64_t> fields[] = { { "requests", a.requests, b.requests },
        { "pricedRequests", a.pricedRequests, b.pricedRequests }, { "cost", a.cost, b.cost },
        { "tokens", a.tokens, b.tokens }, { "evalResults", a.evalResults, b.evalResults },
        { "evalPassed", a.evalPassed, b.evalPassed }, { "evalFailed", a.evalFailed, b.evalFailed },
        { "annotated", a.annotated, b.annotated }, { "ratings", a.ratings, b.ratings },
        { "ratingSum", a.ratingSum, b.ratingSum }, { "thumbsUp", a.thumbsUp, b.thumbsUp },
        { "thumbsDown", a.thumbsDown, b.thumbsDown }, { "judged", a.judged, b.judged },
        { "accepted", a.accepted, b.accepted }, { "judgedPriced", a.judgedPriced, b.judgedPriced },
        { "judgedCost", a.judgedCost, b.judgedCost }, { "judgedTokens", a.judgedTokens, b.judgedTokens } };
    for (const auto& [name, x, y] : fields)
        if (x != y) {
            what = std::string(name) + " " + std::to_string(x) + " vs " + std::to_string(y);
            return false;
        }
    if (a.evalScoreSum != b.evalScoreSum) {
        what = "evalScoreSum " + std::to_string(a.evalScoreSum) + " vs " + std::to_string(b.evalScoreSum);
        return false;
    }
    return true;
}

// run() equals the reference row for row; the total is the sum of the rows.
void expectReference(Database& db, const QualityQuery& q)
{
    QualityQueries qq(db);
    auto r = qq.run(q);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
    const auto got = byKey(*r);
    const auto want = reference(db, q);
    for (const auto& [k, c] : want)
        QVERIFY2(got.count(k), ("missing row " + describe(k)).c_str());
    for (const auto& [k, c] : got) {
        auto it = want.find(k);
        QVERIFY2(it != want.end(), ("extra row " + describe(k)).c_str());
        std::string what;
        QVERIFY2(sameCounts(c, it->second, what), (describe(k) + ": " + what).c_str());
    }
    QualityCounts total;
    for (const auto& [k, c] : want)
        total += c;
    std::string what;
    QVERIFY2(sameCounts(r->total, total, what), ("total: " + what).c_str());
}

QualityResult runOrFail(Database& db, const QualityQuery& q)
{
    QualityQueries qq(db);
    auto r = qq.run(q);
    if (!r)
        qFatal("quality: %s", r.error().detail.c_str());
    return *r;
}

std::int64_t scalar(Database& db, const char* sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? s.int64(0) : -1;
}

// The groupings judgement_daily answers (whole days; provider, model, tenant and prompt axes) and one it does not
// (a tag).
void expectDailyExact(Database& db)
{
    const qint64 all = (kDays + 2) * kSecondsPerDay;
    expectReference(db,
        makeQuery({ QStringLiteral("model"), QStringLiteral("prompt_version") }, {}, QStringLiteral("day"),
            -kSecondsPerDay, all));
    expectReference(db,
        makeQuery({ QStringLiteral("provider"), QStringLiteral("prompt_id") },
            QStringLiteral("model=qa-large|qa-small"), QStringLiteral("week"), -kSecondsPerDay, all));
    expectReference(db, makeQuery({}, {}, QStringLiteral("none"), -kSecondsPerDay, all));
    expectReference(db,
        makeQuery({ QStringLiteral("tenant") }, QStringLiteral("prompt_version=v1|v2"), QStringLiteral("none"),
            -kSecondsPerDay, all));
    expectReference(db,
        makeQuery({ QStringLiteral("prompt_version") }, QStringLiteral("tenant=acme|initech"), QStringLiteral("day"),
            -kSecondsPerDay, all));
    expectReference(db, makeQuery({ QStringLiteral("tag:team") }, {}, QStringLiteral("none"), -kSecondsPerDay, all));
    // The annotation tally (from the daily sums here) is run()'s annotation part, for the annotated groups.
    {
        const QualityQuery q = makeQuery({ QStringLiteral("model"), QStringLiteral("prompt_version") }, {},
            QStringLiteral("day"), -kSecondsPerDay, all);
        QualityQueries qq(db);
        auto tally = qq.annotationTally(q);
        QVERIFY(tally.ok());
        std::map<Key, QualityCounts> annotated;
        for (const auto& [k, c] : byKey(runOrFail(db, q)))
            if (c.annotated > 0)
                annotated[k] = c;
        const auto got = byKey(*tally);
        QCOMPARE(got.size(), annotated.size());
        for (const auto& [k, c] : got) {
            auto it = annotated.find(k);
            QVERIFY2(it != annotated.end(), describe(k).c_str());
            QCOMPARE(c.annotated, it->second.annotated);
            QCOMPARE(c.ratings, it->second.ratings);
            QCOMPARE(c.ratingSum, it->second.ratingSum);
            QCOMPARE(c.thumbsUp, it->second.thumbsUp);
            QCOMPARE(c.thumbsDown, it->second.thumbsDown);
            QCOMPARE(c.judged, std::int64_t(0));
        }
    }
    // Every judged request has its one row, summed once in the daily table.
    QCOMPARE(scalar(db,
                 "SELECT count(*) FROM (SELECT event_id FROM eval_results WHERE event_id IS NOT NULL UNION SELECT "
                 "event_id FROM annotations)"),
        scalar(db, "SELECT count(*) FROM request_judgements"));
    QCOMPARE(scalar(db, "SELECT coalesce(sum(requests), 0) FROM judgement_daily"),
        scalar(db, "SELECT count(*) FROM request_judgements r JOIN events e ON e.id = r.event_id"));
}

std::int64_t requestKey(Database& db, const std::string& id)
{
    auto r = findRequest(db, id);
    if (!r)
        qFatal("no request %s", id.c_str());
    return *r;
}

// Closes t's database, runs `sql` on it without migrations (an older schema), and opens it again as the
// application does (migrating it to the latest version); null when any step fails.
std::unique_ptr<Database> reopenAfter(test::TempDb& t, const char* sql)
{
    const std::string path = t.path();
    t.db.reset();
    {
        auto raw = Database::openRaw(path);
        if (!raw || !execSql((*raw)->handle(), sql))
            return nullptr;
    }
    auto db = Database::open(path);
    if (!db || scalar(**db, "PRAGMA user_version") != schema::latestVersion())
        return nullptr;
    return std::move(*db);
}

const QualityQuery kWhole = makeQuery({ QStringLiteral("model"), QStringLiteral("prompt_version") }, {},
    QStringLiteral("day"), -kSecondsPerDay, (kDays + 2) * kSecondsPerDay);

} // namespace

class TestQualityLinks : public QObject
{
    Q_OBJECT

    test::TempDb m_t;
    std::string m_dir;

private slots:
    void initTestCase()
    {
        m_dir = m_t.dir.path().toStdString();
        writeFixture(m_dir);
        importRequests(m_t, m_dir + "/requests.jsonl");
        importEvals(m_t, m_dir + "/evals.jsonl");
        annotate(m_t);
        QCOMPARE(scalar(*m_t.db, "SELECT count(*) FROM eval_results WHERE event_id IS NOT NULL"),
            scalar(*m_t.db, "SELECT count(*) FROM eval_results WHERE event_ext_id LIKE 'r%'"));
        QCOMPARE(scalar(*m_t.db, "SELECT count(*) FROM eval_results WHERE event_id IS NULL AND event_ext_id <> ''"),
            std::int64_t(3));
    }

    void matchesReference_data()
    {
        QTest::addColumn<QStringList>("groupBy");
        QTest::addColumn<QString>("filters");
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<qint64>("from"); // seconds after the first day
        QTest::addColumn<qint64>("to");
        const qint64 d = kSecondsPerDay, all = kDays * kSecondsPerDay;
        QTest::newRow("model x version, whole days") << QStringList { "model", "prompt_version" } << ""
                                                     << "none" << qint64(0) << all;
        QTest::newRow("tenant by week") << QStringList { "tenant" } << ""
                                        << "week" << qint64(0) << all;
        QTest::newRow("tag by day, model filter") << QStringList { "tag:team" } << "model=qa-large|qa-unpriced"
                                                  << "day" << d << all - d;
        QTest::newRow("model by hour, unaligned range") << QStringList { "model" } << ""
                                                        << "hour" << qint64(5 * 3600) << all - 2 * d + 7 * 3600 + 120;
        QTest::newRow("no grouping, hour-aligned, version filter") << QStringList {} << "prompt_version=v2"
                                                                   << "none" << qint64(3 * 3600) << 8 * d + 3600;
        QTest::newRow("version by month, no-tenant filter") << QStringList { "prompt_version" } << "tenant=acme|"
                                                            << "month" << qint64(0) << all;
        QTest::newRow("prompt by model filter, placed evals") << QStringList { "prompt_id" } << "model=qa-small"
                                                              << "day" << qint64(0) << all;
        QTest::newRow("model x tenant x tag") << QStringList { "model", "tenant", "tag:team" } << ""
                                              << "none" << qint64(2 * d) << 5 * d;
        QTest::newRow("filter matching nothing") << QStringList { "model" } << "tenant=nobody"
                                                 << "week" << qint64(0) << all;
        QTest::newRow("provider x version by week, whole days") << QStringList { "provider", "prompt_version" } << ""
                                                                << "week" << -d << all + d;
        QTest::newRow("unpriced model filter by month") << QStringList { "prompt_id" } << "model=qa-unpriced"
                                                        << "month" << 2 * d << all;
        QTest::newRow("version filter by day, whole days") << QStringList { "model" } << "prompt_version=v1|v3"
                                                           << "day" << qint64(0) << 7 * d;
        QTest::newRow("empty range") << QStringList { "model" } << ""
                                     << "none" << 3 * d << 3 * d;
    }

    void matchesReference()
    {
        QFETCH(QStringList, groupBy);
        QFETCH(QString, filters);
        QFETCH(QString, granularity);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        expectReference(*m_t.db, makeQuery(groupBy, filters, granularity, from, to));
    }

    // The annotation tally is the annotation part of run().
    void annotationTallyMatchesRun()
    {
        QualityQueries qq(*m_t.db);
        auto tally = qq.annotationTally(kWhole);
        QVERIFY(tally.ok());
        const auto full = byKey(runOrFail(*m_t.db, kWhole));
        for (const auto& [k, c] : byKey(*tally)) {
            auto it = full.find(k);
            QVERIFY(it != full.end());
            QCOMPARE(c.annotated, it->second.annotated);
            QCOMPARE(c.ratingSum, it->second.ratingSum);
            QCOMPARE(c.thumbsDown, it->second.thumbsDown);
            QCOMPARE(c.evalResults, std::int64_t(0));
        }
    }

    // samples() gives the group's sum of squared costs (the compare's cost interval) from the requests.
    void samplesCarryCostSquares()
    {
        const QualityQuery q
            = makeQuery({ QStringLiteral("model") }, {}, QStringLiteral("none"), 0, kDays * kSecondsPerDay);
        QualityQueries qq(*m_t.db);
        auto s = qq.samples(q, { "qa-large" });
        QVERIFY(s.ok());
        Statement st = m_t.db->prepare("SELECT total(CAST(e.cost AS REAL) * e.cost), count(*) FROM events e JOIN dims "
                                       "m ON m.id = e.model WHERE m.value = 'qa-large'");
        QVERIFY(st.step());
        QVERIFY(st.real(0) > 0);
        QCOMPARE(s->costSquares, st.real(0));
        // The scores of its evals by request key, then those without a request id.
        Statement n = m_t.db->prepare("SELECT count(*) FROM eval_results r JOIN dims m ON m.id = r.model WHERE "
                                      "m.value = 'qa-large' AND r.event_ext_id NOT LIKE 'missing-%'");
        QVERIFY(n.step());
        QCOMPARE(std::int64_t(s->evalScores.size()), n.int64(0));
    }

    void evalsImportedBeforeTheirRequests()
    {
        test::TempDb t;
        importEvals(t, m_dir + "/evals.jsonl");
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM eval_results WHERE event_id IS NOT NULL"), std::int64_t(0));
        importRequests(t, m_dir + "/requests.jsonl");
        annotate(t);
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM eval_results WHERE event_id IS NULL AND event_ext_id <> ''"),
            std::int64_t(3));
        expectReference(*t.db, kWhole);
        std::string what;
        QVERIFY2(sameCounts(runOrFail(*t.db, kWhole).total, runOrFail(*m_t.db, kWhole).total, what), what.c_str());
    }

    void reimportedAndMovedRequestsKeepTheirEvals()
    {
        test::TempDb t;
        importRequests(t, m_dir + "/requests.jsonl");
        importEvals(t, m_dir + "/evals.jsonl");
        annotate(t);
        const QualityCounts before = runOrFail(*t.db, kWhole).total;
        importRequests(t, m_dir + "/requests.jsonl"); // the same again: nothing doubles
        std::string what;
        QVERIFY2(sameCounts(runOrFail(*t.db, kWhole).total, before, what), what.c_str());
        // Requests with evals (and annotations) moved to the next day: re-keyed, their judgements follow.
        std::string moved;
        for (int i : { 0, 12, 20, 24, 60 }) {
            const Req r = request(i);
            moved += requestLine(r, r.ts + kSecondsPerDay);
        }
        writeFile(t.dir.path().toStdString() + "/moved.jsonl", moved);
        importRequests(t, t.dir.path().toStdString() + "/moved.jsonl");
        QCOMPARE(scalar(*t.db,
                     "SELECT count(*) FROM eval_results v WHERE event_id IS NOT NULL AND NOT EXISTS "
                     "(SELECT 1 FROM events e WHERE e.id = v.event_id)"),
            std::int64_t(0));
        const QualityCounts after = runOrFail(*t.db, kWhole).total;
        QCOMPARE(after.requests, before.requests);
        QCOMPARE(after.evalResults, before.evalResults);
        QCOMPARE(after.judged, before.judged);
        QCOMPARE(after.annotated, before.annotated);
        expectReference(*t.db, kWhole);
        expectReference(*t.db,
            makeQuery({ QStringLiteral("tag:team") }, {}, QStringLiteral("day"), 0, (kDays + 1) * kSecondsPerDay));
    }

    void removedAndReaddedSource()
    {
        test::TempDb t;
        importRequests(t, m_dir + "/requests.jsonl");
        importEvals(t, m_dir + "/evals.jsonl");
        const QualityCounts before = runOrFail(*t.db, kWhole).total;
        QVERIFY(before.evalResults > 12);
        QVERIFY(t.db->removeSource("import").ok());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM eval_results WHERE event_id IS NOT NULL"), std::int64_t(0));
        const QualityCounts gone = runOrFail(*t.db, kWhole).total;
        QCOMPARE(gone.requests, std::int64_t(0));
        QCOMPARE(gone.evalResults, std::int64_t(12)); // those without a request id only
        expectReference(*t.db, kWhole);
        importRequests(t, m_dir + "/requests.jsonl"); // a new source of the same name: its requests claim them
        std::string what;
        QVERIFY2(sameCounts(runOrFail(*t.db, kWhole).total, before, what), what.c_str());
        expectReference(*t.db, kWhole);
    }

    // Each write path that changes a request's judgements or the facts they are counted with keeps the daily
    // sums exact.
    void writePathsKeepDailySums()
    {
        test::TempDb t;
        importRequests(t, m_dir + "/requests.jsonl");
        importEvals(t, m_dir + "/evals.jsonl");
        annotate(t);
        expectDailyExact(*t.db);
        // An annotation on a request nothing judged yet, then on one with evals; edited (accepted becomes
        // rejected), deleted.
        Annotation a;
        a.eventId = requestKey(*t.db, "r1");
        a.author = "cleo";
        a.rating = 5;
        QVERIFY(saveAnnotation(*t.db, a).ok());
        a.eventId = requestKey(*t.db, "r4");
        a.thumb = Thumb::Up;
        QVERIFY(saveAnnotation(*t.db, a).ok());
        expectDailyExact(*t.db);
        a.rating = 1;
        a.thumb.reset();
        QVERIFY(saveAnnotation(*t.db, a).ok());
        expectDailyExact(*t.db);
        QVERIFY(deleteAnnotation(*t.db, requestKey(*t.db, "r1"), "cleo").ok());
        QVERIFY(deleteAnnotation(*t.db, requestKey(*t.db, "r0"), "ana").ok());
        expectDailyExact(*t.db);
        // Annotations imported (twice: the second changes nothing), evals imported again (replaced, not doubled).
        const std::string file = t.dir.path().toStdString() + "/annotations.jsonl";
        writeFile(file,
            "{\"request_id\":\"r2\",\"author\":\"dee\",\"rating\":2}\n"
            "{\"request_id\":\"r8\",\"author\":\"dee\",\"thumb\":\"down\"}\n"
            "{\"request_id\":\"r4\",\"author\":\"cleo\",\"rating\":4,\"thumb\":\"up\"}\n");
        for (int i = 0; i < 2; ++i) {
            auto r = importAnnotationFile(*t.db, file);
            QVERIFY(r.ok());
            QCOMPARE(r->quarantined, std::int64_t(0));
            expectDailyExact(*t.db);
        }
        const QualityCounts before = runOrFail(*t.db, kWhole).total;
        importEvals(t, m_dir + "/evals.jsonl");
        std::string what;
        QVERIFY2(sameCounts(runOrFail(*t.db, kWhole).total, before, what), what.c_str());
        expectDailyExact(*t.db);
        // Re-pricing: the judged requests' cost changes, and the unpriced model gets a price.
        QVERIFY(test::overridePrices(*t.db, { { "qa-large", 30, 70 }, { "qa-unpriced", 3, 4 } }));
        const QualityCounts repriced = runOrFail(*t.db, kWhole).total;
        QVERIFY(repriced.judgedCost != before.judgedCost);
        QVERIFY(repriced.judgedPriced > before.judgedPriced);
        expectDailyExact(*t.db);
        // An allocation rule moves requests to another tenant (a daily axis: their judgements move with them).
        auto rule = parseAllocationRule("prompt=support", "tenant=initech");
        QVERIFY(rule.ok());
        auto added = addAllocationRule(*t.db, *rule);
        QVERIFY(added.ok());
        QVERIFY(added->second.events > 0);
        expectDailyExact(*t.db);
        // Removed (they move back) and added again.
        QVERIFY(removeAllocationRule(*t.db, added->first.id).ok());
        expectDailyExact(*t.db);
        QVERIFY(addAllocationRule(*t.db, *rule).ok());
        expectDailyExact(*t.db);
        // No trigger on events does this (schema 14): the writes themselves carry the facts over.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"),
            std::int64_t(0));
        // Requests re-imported with another model, more tokens and on another day: their judgements move.
        std::string changed;
        for (int i : { 0, 4, 8, 12, 15, 20 }) {
            Req r = request(i);
            r.model = i % 2 ? "qa-small" : "qa-large";
            r.version = "v9";
            changed += requestLine(r, i == 12 ? r.ts + kSecondsPerDay : r.ts + 1);
        }
        writeFile(t.dir.path().toStdString() + "/changed.jsonl", changed);
        importRequests(t, t.dir.path().toStdString() + "/changed.jsonl");
        expectDailyExact(*t.db);
        // The source removed (its annotations go, its evals unlinked), then added again.
        QVERIFY(t.db->removeSource("import").ok());
        expectDailyExact(*t.db);
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM judgement_daily"), std::int64_t(0));
        importRequests(t, m_dir + "/requests.jsonl");
        expectDailyExact(*t.db);
        QVERIFY(scalar(*t.db, "SELECT count(*) FROM judgement_daily") > 0);
    }

    void schema13EventTriggersDropped()
    {
        test::TempDb t;
        importRequests(t, m_dir + "/requests.jsonl");
        auto db = reopenAfter(t,
            "CREATE TRIGGER events_judged_au AFTER UPDATE OF cost ON events BEGIN SELECT 1; END; CREATE TRIGGER "
            "events_judged_ad AFTER DELETE ON events BEGIN SELECT 1; END; PRAGMA user_version=13");
        QVERIFY(db);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"),
            std::int64_t(0));
    }

    void oldDatabaseMigrates()
    {
        test::TempDb t;
        importRequests(t, m_dir + "/requests.jsonl");
        importEvals(t, m_dir + "/evals.jsonl");
        annotate(t);
        // Back to schema 10: no link column, no link indexes (and none of schema 12's findings table).
        auto db = reopenAfter(t,
            "DROP TABLE request_judgements; DROP TABLE judgement_daily; DROP INDEX eval_results_unlinked_ts; "
            "DROP TRIGGER eval_results_judged_ai; DROP TRIGGER eval_results_judged_ad; DROP TRIGGER "
            "eval_results_judged_au; DROP TRIGGER annotations_judged_ai; DROP TRIGGER annotations_judged_ad; "
            "DROP TRIGGER annotations_judged_au; "
            "DROP INDEX eval_results_event; DROP INDEX eval_results_unlinked; ALTER TABLE eval_results DROP "
            "COLUMN event_id; DROP TABLE findings; PRAGMA user_version=10");
        QVERIFY(db);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM eval_results WHERE event_id IS NULL AND event_ext_id <> ''"),
            std::int64_t(3));
        expectReference(*db, kWhole);
        expectDailyExact(*db); // schema 13 filled the daily sums
        std::string what;
        QVERIFY2(sameCounts(runOrFail(*db, kWhole).total, runOrFail(*m_t.db, kWhole).total, what), what.c_str());
    }
};

QTEST_GUILESS_MAIN(TestQualityLinks)
#include "tst_qualitylinks.moc"
