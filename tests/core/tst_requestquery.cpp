#include "analytics/modeltier.h"
#include "analytics/requestquery.h"
#include "store/annotationstore.h"
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
const Epoch kEnd = kStart + 30 * kSecondsPerDay;

// What the test wrote, to compute expectations without the code under test.
struct Written
{
    std::int64_t id = 0;
    UsageEvent e;
    bool annotated = false;
    std::optional<bool> evalPassed; // the one eval result written for it, if any
};

// The stored rows (id, ts, cost, tokens, latency) read back with a bare SELECT.
struct Stored
{
    std::int64_t id, ts, cost, tokens, latency;
};

std::vector<Stored> storedRows(Database& db)
{
    std::vector<Stored> out;
    Statement s = db.prepare("SELECT id, ts, coalesce(cost, -1), input + output, coalesce(latency_ms, -1) FROM events");
    while (s.step())
        out.push_back({ s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.int64(4) });
    return out;
}

std::int64_t keyOf(const Stored& s, RequestSort sort)
{
    switch (sort) {
    case RequestSort::Time:
        return s.ts;
    case RequestSort::Cost:
        return s.cost;
    case RequestSort::Tokens:
        return s.tokens;
    case RequestSort::Latency:
        return s.latency;
    }
    return 0;
}

UsageEvent randomEvent(QRandomGenerator& rng, int i, const std::string& prefix = "r")
{
    static const char* models[] = { "gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "no-price-model" };
    static const char* providers[] = { "openai", "openai", "anthropic", "azure" };
    static const char* tenants[] = { "acme", "globex", "" };
    UsageEvent e;
    e.id = prefix + std::to_string(i);
    e.ts = kStart + rng.bounded(30 * 86400);
    int m = static_cast<int>(rng.bounded(4));
    e.dims.provider = providers[m];
    e.dims.model = models[m];
    e.dims.tenant = tenants[rng.bounded(3)];
    e.dims.traceId = rng.bounded(3) == 0 ? "" : "t" + std::to_string(rng.bounded(40));
    e.tokens.input = rng.bounded(20000);
    e.tokens.cachedInput = rng.bounded(2) ? rng.bounded(static_cast<quint32>(e.tokens.input / 2 + 1)) : 0;
    e.tokens.cacheWrite5m = rng.bounded(static_cast<quint32>(e.tokens.input / 4 + 1));
    e.tokens.output = rng.bounded(3000);
    e.status = rng.bounded(8) == 0 ? 500 : 200;
    if (rng.bounded(3))
        e.latencyMs = rng.bounded(3000);
    if (rng.bounded(2))
        e.tags = { { "feature", rng.bounded(2) ? "chat" : "search" } };
    if (rng.bounded(3) == 0) {
        e.prompt = "question " + std::to_string(i) + (i % 5 == 0 ? " about zebras" : " about lions");
        e.response = i % 7 == 0 ? "Café au lait, naïve résumé" : "a plain answer";
    }
    return e;
}

struct Fixture
{
    test::TempDb t;
    std::vector<Written> rows;
    std::int64_t sourceId = 0;

    explicit Fixture(int n, quint32 seed = 7)
    {
        QRandomGenerator rng(seed);
        sourceId = *t.db->ensureSource("logs", "file");
        {
            UsageWriter w(*t.db, t.prices, sourceId, 101);
            for (int i = 0; i < n; ++i) {
                Written wr;
                wr.e = randomEvent(rng, i);
                if (!w.add(wr.e).ok())
                    qFatal("cannot add event");
                rows.push_back(std::move(wr));
            }
            if (!w.commit().ok())
                qFatal("cannot commit");
        }
        for (Written& w : rows)
            w.id = UsageWriter::eventKey(w.e.ts, sourceId, w.e.id);
        // Annotations and eval results written directly, so these tests do not depend on their writers.
        Statement an = t.db->prepare(
            "INSERT INTO annotations(event_id, author, ts, rating, thumb, labels, comment) VALUES(?1, ?2, ?3, 4, 1, "
            "'[\"correct\"]', 'fine')");
        Statement ev = t.db->prepare("INSERT INTO eval_results(ts, eval_name, model, prompt_id, prompt_version, score, "
                                     "passed, event_ext_id) VALUES(?1, 'exact', 0, 0, 0, ?2, ?3, ?4)");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i % 6 == 0) {
                an.bind(1, rows[i].id).bind(2, "ana").bind(3, kStart);
                QVERIFY(an.exec());
                an.reset();
                rows[i].annotated = true;
            }
            if (i % 4 == 1) {
                bool pass = i % 8 == 1;
                ev.bind(1, kStart + static_cast<Epoch>(i)).bind(2, pass ? 1.0 : 0.0).bind(3, pass ? 1 : 0);
                ev.bind(4, rows[i].e.id);
                QVERIFY(ev.exec());
                ev.reset();
                rows[i].evalPassed = pass;
            }
        }
    }

    RequestFilter all() const
    {
        RequestFilter f;
        f.from = kStart;
        f.to = kEnd;
        return f;
    }

    // Every id of `f`, page by page.
    std::vector<std::int64_t> pageThrough(const RequestFilter& f, RequestSort sort, bool desc, int limit,
        const std::function<void(int page)>& between = {}, RequestOrderCache* cache = nullptr)
    {
        RequestQueries q(*t.db, cache);
        RequestPageQuery pq;
        pq.filter = f;
        pq.sort = sort;
        pq.descending = desc;
        pq.limit = limit;
        std::vector<std::int64_t> ids;
        for (int page = 0; page < 100000; ++page) {
            auto p = q.page(pq);
            if (!p) {
                qWarning("%s", p.error().detail.c_str());
                return {};
            }
            for (const auto& r : p->rows)
                ids.push_back(r.id);
            if (!p->next)
                break;
            pq.after = p->next;
            if (between)
                between(page);
        }
        return ids;
    }
};

} // namespace

class TestRequestQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    void pagesFollowTheSortOrderExactlyOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("desc");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("cacheRows"); // 0: no order cache
        for (auto s : { RequestSort::Time, RequestSort::Cost, RequestSort::Tokens, RequestSort::Latency })
            for (bool d : { true, false })
                for (int limit : { 1, 37, 5000 })
                    for (int cacheRows : { 0, 50, 120, kOrderCacheRows })
                        QTest::addRow("%s %s by %d, cache %d", requestSortName(s), d ? "desc" : "asc", limit, cacheRows)
                            << static_cast<int>(s) << d << limit << cacheRows;
    }
    void pagesFollowTheSortOrderExactlyOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, desc);
        QFETCH(int, limit);
        QFETCH(int, cacheRows);
        static Fixture f(400);
        const auto s = static_cast<RequestSort>(sort);
        std::vector<Stored> stored = storedRows(*f.t.db);
        std::sort(stored.begin(), stored.end(), [&](const Stored& a, const Stored& b) {
            auto ka = std::make_pair(keyOf(a, s), a.id), kb = std::make_pair(keyOf(b, s), b.id);
            return desc ? kb < ka : ka < kb;
        });
        std::vector<std::int64_t> expected;
        for (const auto& r : stored)
            expected.push_back(r.id);
        QCOMPARE(expected.size(), std::size_t(400));
        std::optional<RequestOrderCache> cache;
        if (cacheRows)
            cache.emplace(cacheRows);
        QCOMPARE(f.pageThrough(f.all(), s, desc, limit, {}, cache ? &*cache : nullptr), expected);
        if (cache && s != RequestSort::Time && limit <= cacheRows) {
            // One scan per cacheRows keys at most (a page's one-row look-ahead may end a run early), the rest
            // read from the kept keys.
            const int pages = (400 + limit - 1) / limit;
            QVERIFY(cache->scans() >= 1);
            QVERIFY2(cache->scans() <= 1 + 400 / (cacheRows + 1 - limit), std::to_string(cache->scans()).c_str());
            QCOMPARE(cache->scans() + cache->hits(), std::int64_t(pages));
        }
    }

    // With an order cache, each page reads what a fresh scan reads when the store changes between pages: this
    // connection annotating the listed requests (a filter on annotations), and re-pricing.
    void orderCacheFollowsChanges_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("desc");
        for (auto s : { RequestSort::Cost, RequestSort::Tokens, RequestSort::Latency })
            for (bool d : { true, false })
                QTest::addRow("%s %s", requestSortName(s), d ? "desc" : "asc") << static_cast<int>(s) << d;
    }
    void orderCacheFollowsChanges()
    {
        QFETCH(int, sort);
        QFETCH(bool, desc);
        const auto s = static_cast<RequestSort>(sort);
        // Two identical stores, one paged with the cache and one without, changed the same way between pages.
        Fixture cached(300, 5), plain(300, 5);
        RequestFilter f = cached.all();
        f.annotated = false;
        auto change = [&](Fixture& x, int page) {
            Statement an = x.t.db->prepare("INSERT INTO annotations(event_id, author, ts, rating) SELECT id, 'zed', "
                                           "?1, 3 FROM events ORDER BY id LIMIT 7 OFFSET ?2");
            an.bind(1, kStart).bind(2, page * 11);
            QVERIFY(an.exec());
            if (page == 2)
                QVERIFY(test::overridePrices(*x.t.db, { { "gpt-4o", 7, 9 } }));
        };
        RequestOrderCache cache(80);
        const auto got = cached.pageThrough(
            f, s, desc, 20, [&](int page) { change(cached, page); }, &cache);
        const auto want = plain.pageThrough(f, s, desc, 20, [&](int page) { change(plain, page); });
        QCOMPARE(got, want);
        QVERIFY(!got.empty());
        QCOMPARE(cache.hits(), std::int64_t(0)); // every page after a change scanned again
        // Unchanged, the same pages come from the kept keys.
        RequestOrderCache again(80);
        QCOMPARE(cached.pageThrough(f, s, desc, 20, {}, &again), plain.pageThrough(f, s, desc, 20));
        QVERIFY(again.hits() > 0);
    }

    // A second connection imports between page fetches: every request that was there at the start is listed
    // exactly once, and nothing twice.
    void pagingWhileImportingListsEveryRowOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("desc");
        QTest::addColumn<bool>("cached");
        for (auto s : { RequestSort::Time, RequestSort::Cost, RequestSort::Latency })
            for (bool d : { true, false })
                for (bool c : { false, true })
                    QTest::addRow("%s %s%s", requestSortName(s), d ? "desc" : "asc", c ? ", order cache" : "")
                        << static_cast<int>(s) << d << c;
    }
    void pagingWhileImportingListsEveryRowOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, desc);
        Fixture f(300, 11);
        std::set<std::int64_t> before;
        for (const auto& w : f.rows)
            before.insert(w.id);
        auto writer = Database::open(f.t.path());
        QVERIFY(writer.ok());
        QRandomGenerator rng(99);
        int next = 0;
        QFETCH(bool, cached);
        RequestOrderCache cache(60);
        std::vector<std::int64_t> ids = f.pageThrough(
            f.all(), static_cast<RequestSort>(sort), desc, 25,
            [&](int) {
                UsageWriter w(**writer, f.t.prices, f.sourceId, 1000);
                for (int i = 0; i < 20; ++i)
                    QVERIFY(w.add(randomEvent(rng, next++, "late")).ok());
                QVERIFY(w.commit().ok());
            },
            cached ? &cache : nullptr);
        if (cached && static_cast<RequestSort>(sort) != RequestSort::Time)
            QCOMPARE(cache.hits(), std::int64_t(0)); // another connection committed before every page
        QVERIFY(next > 0);
        std::set<std::int64_t> seen(ids.begin(), ids.end());
        QCOMPARE(seen.size(), ids.size()); // nothing twice
        for (auto id : before)
            QVERIFY2(seen.count(id), "a request present from the start was skipped");
    }

    void filtersSelectTheRightRequests_data()
    {
        QTest::addColumn<QString>("what");
        for (const char* w : { "all", "ok", "error", "cache hit", "no cache hit", "has text", "no text", "annotated",
                 "not annotated", "eval passed", "eval failed", "tenant acme", "tenant none", "tag feature=chat",
                 "model tier", "error unannotated acme", "zebras", "zebra* lions" })
            QTest::addRow("%s", w) << QString::fromLatin1(w);
    }
    void filtersSelectTheRightRequests()
    {
        QFETCH(QString, what);
        static Fixture f(500, 3);
        RequestFilter flt = f.all();
        std::function<bool(const Written&)> want = [](const Written&) {
            return true;
        };
        const std::string w = what.toStdString();
        if (w == "ok") {
            flt.status = RequestFilter::Status::Ok;
            want = [](const Written& r) {
                return r.e.status < 400;
            };
        } else if (w == "error") {
            flt.status = RequestFilter::Status::Error;
            want = [](const Written& r) {
                return r.e.status >= 400;
            };
        } else if (w == "cache hit" || w == "no cache hit") {
            bool hit = w == "cache hit";
            flt.cacheHit = hit;
            want = [hit](const Written& r) {
                return (r.e.tokens.cachedInput > 0) == hit;
            };
        } else if (w == "has text" || w == "no text") {
            bool has = w == "has text";
            flt.hasText = has;
            want = [has](const Written& r) {
                return !r.e.prompt.empty() == has;
            };
        } else if (w == "annotated" || w == "not annotated") {
            bool a = w == "annotated";
            flt.annotated = a;
            want = [a](const Written& r) {
                return r.annotated == a;
            };
        } else if (w == "eval passed" || w == "eval failed") {
            bool p = w == "eval passed";
            flt.evalPassed = p;
            want = [p](const Written& r) {
                return r.evalPassed == p;
            };
        } else if (w == "tenant acme") {
            flt.filters = { Filter { Axis { Dim::Tenant, {} }, { "acme" } } };
            want = [](const Written& r) {
                return r.e.dims.tenant == "acme";
            };
        } else if (w == "tenant none") {
            flt.filters = { Filter { Axis { Dim::Tenant, {} }, { "" } } };
            want = [](const Written& r) {
                return r.e.dims.tenant.empty();
            };
        } else if (w == "tag feature=chat") {
            flt.filters = { Filter { Axis::tag("feature"), { "chat" } } };
            want = [](const Written& r) {
                return !r.e.tags.empty() && r.e.tags[0].second == "chat";
            };
        } else if (w == "model tier") {
            // model_tier is derived from the price: it selects the requests of the models in that tier.
            auto tiers = modelTiers(*f.t.db);
            QVERIFY(tiers.ok());
            std::set<std::string> models;
            std::string tier;
            for (const auto& [model, t] : *tiers)
                if (f.t.db->dimValue(model) == "gpt-4o-mini")
                    tier = t;
            QVERIFY(!tier.empty());
            for (const auto& [model, t] : *tiers)
                if (t == tier)
                    models.insert(f.t.db->dimValue(model));
            flt.filters = { Filter { Axis { Dim::ModelTier, {} }, { tier } } };
            want = [models](const Written& r) {
                return models.count(r.e.dims.model) > 0;
            };
        } else if (w == "error unannotated acme") {
            flt.status = RequestFilter::Status::Error;
            flt.annotated = false;
            flt.filters = { Filter { Axis { Dim::Tenant, {} }, { "acme" } } };
            want = [](const Written& r) {
                return r.e.status >= 400 && !r.annotated && r.e.dims.tenant == "acme";
            };
        } else if (w == "zebras") {
            flt.search = "ZEBRAS";
            want = [](const Written& r) {
                return r.e.prompt.find("zebras") != std::string::npos;
            };
        } else if (w == "zebra* lions") {
            flt.search = "zebra* lions"; // every word must occur: none has both
            want = [](const Written&) {
                return false;
            };
        }
        std::set<std::int64_t> expected;
        for (const auto& r : f.rows)
            if (want(r))
                expected.insert(r.id);
        if (w != "all" && w != "zebra* lions")
            QVERIFY2(!expected.empty() && expected.size() < f.rows.size(),
                qPrintable(QStringLiteral("the case must select some, not all: %1").arg(expected.size())));
        std::vector<std::int64_t> got = f.pageThrough(flt, RequestSort::Cost, true, 50);
        QCOMPARE(std::set<std::int64_t>(got.begin(), got.end()), expected);
        QCOMPARE(got.size(), expected.size());
        auto n = RequestQueries(*f.t.db).count(flt);
        QVERIFY(n.ok());
        QCOMPARE(*n, static_cast<std::int64_t>(expected.size()));
    }

    void rangeLimitsTheList()
    {
        Fixture f(200, 5);
        RequestFilter flt = f.all();
        flt.from = kStart + 10 * kSecondsPerDay + 3600;
        flt.to = kStart + 12 * kSecondsPerDay + 7;
        std::set<std::int64_t> expected;
        for (const auto& r : f.rows)
            if (r.e.ts >= flt.from && r.e.ts < flt.to)
                expected.insert(r.id);
        QVERIFY(!expected.empty());
        auto got = f.pageThrough(flt, RequestSort::Time, false, 7);
        QCOMPARE(std::set<std::int64_t>(got.begin(), got.end()), expected);
        flt.to = flt.from;
        QCOMPARE(f.pageThrough(flt, RequestSort::Time, false, 7).size(), std::size_t(0));
    }

    void searchFindsTextWithoutCaseOrAccents()
    {
        Fixture f(300, 9);
        auto find = [&](const char* s) {
            RequestFilter flt = f.all();
            flt.search = s;
            return RequestQueries(*f.t.db).count(flt);
        };
        std::int64_t cafe = 0, zebra = 0;
        for (const auto& r : f.rows) {
            cafe += r.e.response.find("Café") != std::string::npos;
            zebra += r.e.prompt.find("zebras") != std::string::npos;
        }
        QVERIFY(cafe > 0 && zebra > 0);
        QCOMPARE(*find("cafe"), cafe);
        QCOMPARE(*find("CAFÉ resume"), cafe);
        QCOMPARE(*find("zeb*"), zebra);
        QCOMPARE(*find("   "), std::int64_t(f.rows.size())); // no words: no search
        QCOMPARE(*find("giraffe"), std::int64_t(0));
    }

    void matchExpressionQuotesEveryWord_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "foo bar"
                               << "\"foo\" \"bar\"";
        QTest::addRow("quote") << "\""
                               << "\"\"\"\"";
        QTest::addRow("operators") << "AND OR NOT"
                                   << "\"AND\" \"OR\" \"NOT\"";
        QTest::addRow("prefix") << "foo*"
                                << "\"foo\"*";
        QTest::addRow("bare star") << "*"
                                   << "\"*\"";
        QTest::addRow("stars") << "**"
                               << "\"**\"";
        QTest::addRow("near") << "NEAR(a b"
                              << "\"NEAR(a\" \"b\"";
        QTest::addRow("column filter") << "prompt:x"
                                       << "\"prompt:x\"";
        QTest::addRow("control chars") << QString::fromLatin1("a\tb\nc\x01") << "\"a\" \"b\" \"c\"";
        QTest::addRow("empty") << ""
                               << "";
    }
    void matchExpressionQuotesEveryWord()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto m = ftsMatchExpression(input.toStdString());
        QVERIFY(m.ok());
        QCOMPARE(QString::fromStdString(*m), expected);
    }

    // Hostile search text never reaches SQL as syntax: each is a valid query (or a clear refusal when too long).
    void hostileSearchesAreSafe_data()
    {
        QTest::addColumn<QByteArray>("search");
        QTest::addColumn<bool>("refused");
        QTest::addRow("quote") << QByteArray("\"") << false;
        QTest::addRow("three quotes") << QByteArray("\"\"\"") << false;
        QTest::addRow("AND OR") << QByteArray("AND OR") << false;
        QTest::addRow("star") << QByteArray("*") << false;
        QTest::addRow("NEAR(") << QByteArray("NEAR(") << false;
        QTest::addRow("NEAR()") << QByteArray("NEAR(zebras lions, 2)") << false;
        QTest::addRow("parens") << QByteArray(")(") << false;
        QTest::addRow("column") << QByteArray("response:zebras") << false;
        QTest::addRow("caret minus") << QByteArray("^zebras -lions + :") << false;
        QTest::addRow("sql") << QByteArray("'); DROP TABLE events; --") << false;
        QTest::addRow("nul") << QByteArray("zeb\0ras", 7) << false;
        QTest::addRow("invalid utf-8") << QByteArray("\xff\xfe\xc3") << false;
        QTest::addRow("64 words") << QByteArray("w ").repeated(64) << false;
        QTest::addRow("65 words") << QByteArray("w ").repeated(65) << true;
        QTest::addRow("4 KiB word") << QByteArray(4096, 'z') << false;
        QTest::addRow("1 MiB") << QByteArray(1 << 20, 'z') << true;
        QTest::addRow("1 MiB of quotes") << QByteArray(1 << 20, '"') << true;
    }
    void hostileSearchesAreSafe()
    {
        QFETCH(QByteArray, search);
        QFETCH(bool, refused);
        static Fixture f(100, 13);
        RequestFilter flt = f.all();
        flt.search = std::string(search.constData(), std::size_t(search.size()));
        RequestPageQuery q;
        q.filter = flt;
        auto p = RequestQueries(*f.t.db).page(q);
        if (refused) {
            QVERIFY(!p.ok());
            QCOMPARE(p.error().code, ErrorCode::Invalid);
            QVERIFY(!p.error().detail.empty());
        } else {
            QVERIFY2(p.ok(), p.ok() ? "" : p.error().detail.c_str());
        }
        // The table is still there and whole.
        QCOMPARE(*RequestQueries(*f.t.db).count(f.all()), std::int64_t(100));
    }

    void sampleIsReproducibleBySeed()
    {
        Fixture f(400, 17);
        RequestQueries q(*f.t.db);
        RequestFilter flt = f.all();
        flt.annotated = false;
        auto a = q.sample(flt, 50, 42);
        auto b = q.sample(flt, 50, 42);
        auto c = q.sample(flt, 50, 43);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->size(), std::size_t(50));
        QCOMPARE(*a, *b);
        QVERIFY(*a != *c);
        // In hash order, every one matching the filter, no repeats.
        std::set<std::int64_t> annotated;
        for (const auto& r : f.rows)
            if (r.annotated)
                annotated.insert(r.id);
        for (std::size_t i = 0; i < a->size(); ++i) {
            QVERIFY(!annotated.count((*a)[i]));
            if (i > 0)
                QVERIFY(sampleHash(42, (*a)[i - 1]) < sampleHash(42, (*a)[i]));
        }
        QCOMPARE(std::set<std::int64_t>(a->begin(), a->end()).size(), a->size());
        // The smallest hashes of all matching: a bigger sample starts with the smaller one.
        auto big = q.sample(flt, 80, 42);
        QVERIFY(std::equal(a->begin(), a->end(), big->begin()));
        // Fewer matches than asked: all of them.
        flt.status = RequestFilter::Status::Error;
        auto errors = q.count(flt);
        auto all = q.sample(flt, 100000, 1);
        QCOMPARE(static_cast<std::int64_t>(all->size()), *errors);
        QVERIFY(!q.sample(flt, 0, 1).ok());
    }

    void detailHasEverything()
    {
        Fixture f(300, 21);
        // A request with a trace, a price, text, tags, an eval and an annotation.
        const Written* pick = nullptr;
        for (const auto& r : f.rows)
            if (!r.e.dims.traceId.empty() && r.e.dims.model == "gpt-4o" && r.annotated && r.evalPassed
                && !r.e.tags.empty() && r.e.tokens.cachedInput > 0)
                pick = &r;
        if (!pick) {
            for (const auto& r : f.rows)
                if (!r.e.dims.traceId.empty() && r.e.dims.model == "gpt-4o" && r.annotated)
                    pick = &r;
        }
        QVERIFY(pick);
        auto d = RequestQueries(*f.t.db).detail(pick->id);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().detail.c_str());
        QCOMPARE(d->extId, pick->e.id);
        QCOMPARE(d->source, std::string("logs"));
        QCOMPARE(d->ts, pick->e.ts);
        auto dim = [&](const char* n) {
            for (const auto& [k, v] : d->dims)
                if (k == n)
                    return v;
            return std::string("?");
        };
        QCOMPARE(dim("model"), std::string("gpt-4o"));
        QCOMPARE(dim("tenant"), pick->e.dims.tenant);
        QCOMPARE(dim("trace_id"), pick->e.dims.traceId);
        QCOMPARE(d->dims.size(), std::size(kRowDims));
        QCOMPARE(d->tags.size(), pick->e.tags.size());
        QCOMPARE(d->prompt, pick->e.prompt);
        QCOMPARE(d->hasText, !pick->e.prompt.empty());
        QCOMPARE(d->tokens.input, pick->e.tokens.input);
        // The breakdown: the cost engine's parts under the recorded price, summing to the stored cost.
        QVERIFY(d->cost.has_value());
        QVERIFY(d->priceId != 0);
        QCOMPARE(d->priceOrigin, std::string("catalog"));
        QCOMPARE(d->priceModel.rfind("gpt-4o", 0), std::size_t(0));
        QVERIFY(d->priceError.empty());
        QCOMPARE(d->recomputed, d->cost);
        QCOMPARE(d->parts.size(), std::size_t(5));
        Nano sum = 0;
        for (const auto& p : d->parts)
            sum += p.cost;
        QVERIFY2(std::llabs(sum - *d->cost) <= 5, "parts round apart by at most a nano-USD each");
        QCOMPARE(d->parts[0].tokens, pick->e.tokens.uncachedInput());
        QCOMPARE(d->parts[1].tokens, pick->e.tokens.cachedInput);
        QVERIFY(d->parts[1].ratePerMillion < d->parts[0].ratePerMillion || d->parts[1].tokens == 0);
        // Annotations and evals.
        QCOMPARE(d->annotations.size(), std::size_t(1));
        QCOMPARE(d->annotations[0].author, std::string("ana"));
        QCOMPARE(d->annotations[0].rating, std::optional<int>(4));
        QCOMPARE(d->evals.size(), std::size_t(pick->evalPassed ? 1 : 0));
        // The trace: the others of the same trace id, and the whole trace's cost.
        Nano traceCost = 0;
        std::size_t others = 0;
        for (const auto& r : f.rows) {
            if (r.e.dims.traceId != pick->e.dims.traceId)
                continue;
            auto rd = RequestQueries(*f.t.db).detail(r.id);
            traceCost += rd->cost.value_or(0);
            others += r.id != pick->id;
        }
        // The trace is followed while it has requests on consecutive days: at most all of its requests.
        QVERIFY(d->trace.size() <= others);
        for (const auto& tr : d->trace)
            QVERIFY(tr.id != pick->id);
        Nano listed = d->cost.value_or(0);
        for (const auto& tr : d->trace)
            listed += tr.cost.value_or(0);
        QCOMPARE(d->traceCost, listed);
        QVERIFY(d->traceCost <= traceCost);
        QVERIFY(!RequestQueries(*f.t.db).detail(12345).ok());
    }

    // A trace is followed day by day while it has requests on each day (up to kTraceReachDays either side): a
    // conversation that goes on for ten days is found whole; a request after a day without any is another story.
    void traceFollowedAcrossDays_data()
    {
        QTest::addColumn<int>("days"); // one request a day on days 0 .. days-1
        QTest::addColumn<int>("pickDay");
        QTest::addColumn<int>("expectOthers");
        QTest::newRow("ten days, from the middle") << 10 << 5 << 9;
        QTest::newRow("ten days, from the first") << 10 << 0 << 9;
        QTest::newRow("ten days, from the last") << 10 << 9 << 9;
        QTest::newRow("one day") << 1 << 0 << 0;
        QTest::newRow("longer than the reach") << 40 << 0 << kTraceReachDays;
    }
    void traceFollowedAcrossDays()
    {
        QFETCH(int, days);
        QFETCH(int, pickDay);
        QFETCH(int, expectOthers);
        test::TempDb t;
        const std::int64_t source = *t.db->ensureSource("logs", "file");
        std::vector<UsageEvent> events;
        for (int i = 0; i < days; ++i) {
            UsageEvent e;
            e.id = "day" + std::to_string(i);
            e.ts = kStart + i * kSecondsPerDay + 3600 * (i % 20);
            e.dims.provider = "openai";
            e.dims.model = "gpt-4o";
            e.dims.traceId = "conversation";
            e.tokens.input = 1000 + i;
            e.tokens.output = 100;
            events.push_back(e);
        }
        UsageEvent late = events.front(); // after a day with none: not part of the run
        late.id = "late";
        late.ts = kStart + (days + 1) * kSecondsPerDay;
        events.push_back(late);
        UsageEvent other = events.front(); // another trace on the same day
        other.id = "other";
        other.dims.traceId = "elsewhere";
        events.push_back(other);
        {
            UsageWriter w(*t.db, t.prices, source, 1);
            for (const auto& e : events)
                QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
        }
        RequestPageQuery q;
        q.filter.from = kStart - kSecondsPerDay;
        q.filter.to = kStart + 60 * kSecondsPerDay;
        q.limit = 5000;
        auto page = RequestQueries(*t.db).page(q);
        QVERIFY(page.ok());
        std::int64_t pickId = 0;
        std::map<std::string, std::optional<Nano>> costOf;
        for (const auto& r : page->rows) {
            costOf[r.extId] = r.cost;
            if (r.extId == "day" + std::to_string(pickDay))
                pickId = r.id;
        }
        QVERIFY(pickId != 0);
        auto d = RequestQueries(*t.db).detail(pickId);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().detail.c_str());
        QCOMPARE(int(d->trace.size()), expectOthers);
        Nano want = d->cost.value_or(0);
        Epoch prev = 0;
        for (const auto& tr : d->trace) {
            QVERIFY(tr.extId.rfind("day", 0) == 0);
            QVERIFY(tr.ts >= prev);
            prev = tr.ts;
            want += costOf[tr.extId].value_or(0);
        }
        QCOMPARE(d->traceCost, want);
    }

    void unpricedRequestHasNoBreakdown()
    {
        Fixture f(60, 23);
        for (const auto& r : f.rows) {
            if (r.e.dims.model != "no-price-model")
                continue;
            auto d = RequestQueries(*f.t.db).detail(r.id);
            QVERIFY(d.ok());
            QVERIFY(!d->cost);
            QCOMPARE(d->priceId, std::int64_t(0));
            QVERIFY(d->parts.empty());
            return;
        }
        QFAIL("no unpriced request in the fixture");
    }

    void badPageSizesAreRefused()
    {
        Fixture f(5);
        RequestPageQuery q;
        q.filter = f.all();
        q.limit = 0;
        QVERIFY(!RequestQueries(*f.t.db).page(q).ok());
        q.limit = 5001;
        QVERIFY(!RequestQueries(*f.t.db).page(q).ok());
        q.limit = 5000;
        QCOMPARE(RequestQueries(*f.t.db).page(q)->rows.size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestRequestQuery)
#include "tst_requestquery.moc"
