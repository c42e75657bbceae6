#include "analytics/costquery.h"
#include "ingest/requestlog.h"
#include "model/apikey.h"
#include "model/sha256.h"
#include "store/rollups.h"
#include "store/schema.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>
#include <set>
#include <sys/stat.h>
#include <thread>

using namespace burnrate;

namespace {

UsageEvent makeEvent(const std::string& id, Epoch ts, const std::string& model, std::int64_t in, std::int64_t out)
{
    UsageEvent e;
    e.id = id;
    e.ts = ts;
    e.dims.provider = "openai";
    e.dims.model = model;
    e.dims.tenant = "acme";
    e.tokens.input = in;
    e.tokens.output = out;
    return e;
}

Totals allTime(Database& db, Lens lens = Lens::Attribution, bool raw = false)
{
    CostQueries q(db);
    CostQuery cq;
    cq.from = 0;
    cq.to = 4'000'000'000;
    cq.lens = lens;
    cq.forceRaw = raw;
    return q.run(cq)->total;
}

const Epoch kT = 1790000000; // 2026-09-21

// Every rollup table holds exactly a fresh aggregation of the stored events and buckets.
QString rollupsMatchFacts(Database& db)
{
    using Table = std::map<RollupKey, std::vector<std::int64_t>>;
    const auto& levels = rollupLevels();
    std::vector<Table> expected(levels.size());
    auto add = [&](const FactContribution& f) {
        for (std::size_t l = 0; l < levels.size(); ++l) {
            auto [it, fresh] = expected[l].try_emplace(levels[l].keyOf(f.key), kMeasureCount, 0);
            for (std::size_t i = 0; i < kMeasureCount; ++i)
                it->second[i] += f.sums.*kMeasures[i].member;
        }
    };
    for (auto [table, name] :
        { std::pair { FactTable::Events, "events" }, std::pair { FactTable::Buckets, "buckets" } }) {
        Statement s = db.prepare("SELECT " + storedFactColumnsSql(table) + " FROM " + name + " e");
        while (s.step())
            add(readStoredFact(s, 0).contribution());
    }
    for (std::size_t l = 0; l < levels.size(); ++l) {
        // A row whose every measure is 0 holds nothing (the writer deletes such rows).
        for (auto it = expected[l].begin(); it != expected[l].end();)
            it = std::all_of(it->second.begin(), it->second.end(), [](std::int64_t v) { return v == 0; })
                ? expected[l].erase(it)
                : std::next(it);
        Table stored;
        Statement r = db.prepare(
            "SELECT " + levels[l].keyColumnsSql() + ", " + measureColumnsSql() + " FROM " + levels[l].table);
        int nKeys = 0;
        for (bool k : levels[l].keeps)
            nKeys += k ? 1 : 0;
        while (r.step()) {
            RollupKey k {};
            int c = 0;
            for (std::size_t i = 0; i < RkCount; ++i)
                if (levels[l].keeps[i])
                    k[i] = r.int64(c++);
            std::vector<std::int64_t> v;
            for (int i = 0; i < int(kMeasureCount); ++i)
                v.push_back(r.int64(nKeys + i));
            stored.emplace(k, v);
        }
        if (stored != expected[l])
            return QStringLiteral("%1: %2 stored rows, %3 expected (or sums differ)")
                .arg(QString::fromLatin1(levels[l].table))
                .arg(stored.size())
                .arg(expected[l].size());
    }
    return {};
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? s.int64(0) : -1;
}

QByteArray fileBytes(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

// A database at schema `version` as an older release wrote it (no later migration applied).
std::unique_ptr<Database> olderDatabase(const std::string& path, int version)
{
    auto raw = Database::openRaw(path);
    if (!raw)
        qFatal("openRaw: %s", raw.error().detail.c_str());
    for (int i = 0; i < version; ++i)
        if (auto r = execSql((*raw)->handle(), schema::migrations()[static_cast<std::size_t>(i)].sql); !r)
            qFatal("migration %d: %s", i + 1, r.error().detail.c_str());
    if (auto r = execSql((*raw)->handle(), "PRAGMA user_version=" + std::to_string(version)); !r)
        qFatal("user_version: %s", r.error().detail.c_str());
    return std::move(*raw);
}

// The facts of `fresh` (a current database) copied into a new database at schema `version` (< 6), in
// the layout that release wrote: dictionary, sources, events keyed by rowid with a key_hash, tags, texts,
// buckets. Its rollups are left empty: the migration to 6 rebuilds them from the facts.
std::unique_ptr<Database> copyAsOlderRelease(Database& fresh, const std::string& path, int version)
{
    auto db = olderDatabase(path, version);
    auto run = [&](const std::string& sql) {
        if (auto r = execSql(db->handle(), sql); !r)
            qFatal("copyAsOlderRelease: %s", r.error().detail.c_str());
    };
    run("ATTACH DATABASE '" + fresh.path() + "' AS fresh");
    run("BEGIN");
    run("INSERT INTO dims SELECT * FROM fresh.dims");
    run("INSERT INTO sources(id, name, type, base_url, key_env, interval_min, config, cursor, last_success, "
        "last_error, created) SELECT id, name, type, base_url, key_env, interval_min, config, cursor, last_success, "
        "last_error, created FROM fresh.sources");
    run("INSERT INTO events(id, source_id, key_hash, ext_id, ts, provider, model, tenant, team, project, env, user, "
        "api_key, prompt_id, prompt_version, trace_id, service_tier, input, cached, cw5m, cw1h, output, reported_cost, "
        "cost, price_id, cache_savings, cache_write_extra, avoided, latency_ms, status, flags) SELECT rowid, "
        "source_id, id, ext_id, ts, provider, model, tenant, team, project, env, user, api_key, prompt_id, "
        "prompt_version, trace_id, service_tier, input, cached, cw5m, cw1h, output, reported_cost, cost, price_id, "
        "cache_savings, cache_write_extra, avoided, latency_ms, status, flags FROM fresh.events ORDER BY id");
    run("CREATE TEMP TABLE ids AS SELECT o.id AS old, f.id AS new FROM events o JOIN fresh.events f ON "
        "f.id = o.key_hash");
    run("UPDATE events SET key_hash = id"); // the old writer's hash was its own affair
    run("INSERT INTO event_tags SELECT i.old, t.key, t.value FROM fresh.event_tags t JOIN ids i ON i.new = t.event_id");
    run("INSERT INTO event_text SELECT i.old, t.prompt, t.response FROM fresh.event_text t JOIN ids i ON "
        "i.new = t.event_id");
    // The buckets columns of schema 1 (schema 8 added env and alloc).
    const std::string bucketColumns = "id, source_id, lens, start, width, kind, provider, model, project, api_key, "
                                      "user, service_tier, context_window, batch, tenant, team, requests, input, "
                                      "cached, cw5m, cw1h, output, reported_cost, cost, price_id, cache_savings, "
                                      "cache_write_extra";
    run("INSERT INTO buckets(" + bucketColumns + ") SELECT " + bucketColumns + " FROM fresh.buckets");
    run("INSERT INTO cost_lines SELECT * FROM fresh.cost_lines");
    run("COMMIT");
    run("DETACH DATABASE fresh");
    return db;
}

// The schema that kept api_key values verbatim and reused source ids.
constexpr int kSchemaBeforeFingerprints = 3;

UsageBucket makeBucket(const std::string& apiKey, std::int64_t requests, std::int64_t in)
{
    UsageBucket b;
    b.start = floorDay(kT);
    b.dims.provider = "openai";
    b.dims.model = "gpt-4o";
    b.dims.project = "proj_1";
    b.dims.apiKey = apiKey;
    b.requests = requests;
    b.tokens.input = in;
    b.tokens.output = in / 10;
    return b;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void createsUserOnlyFiles()
    {
        QTemporaryDir dir;
        std::string folder = (dir.path() + QStringLiteral("/nested/data")).toStdString();
        auto db = Database::open(folder + "/b.db");
        QVERIFY(db.ok());
        struct stat st;
        QCOMPARE(::stat(folder.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        QCOMPARE(::stat((folder + "/b.db").c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        Statement s = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(s.step());
        QCOMPARE(QString::fromStdString(s.text(0)), QStringLiteral("wal"));
        QCOMPARE((*db)->userVersion(), schema::latestVersion());
    }

    void migratesAnOlderDatabaseWithDataIntact()
    {
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/old.db")).toStdString();
        {
            // A version-1 database as the first release wrote it.
            auto raw = Database::openRaw(path);
            QVERIFY(raw.ok());
            QVERIFY(execSql((*raw)->handle(), schema::migrations()[0].sql).ok());
            QVERIFY(execSql((*raw)->handle(), "PRAGMA user_version=1").ok());
            QVERIFY(execSql((*raw)->handle(),
                "INSERT INTO dims(id, kind, value) VALUES(1, 0, 'openai'), (2, 1, 'gpt-4o');"
                "INSERT INTO sources(id, name, type) VALUES(1, 'import', 'file');"
                "INSERT INTO events(source_id, key_hash, ext_id, ts, provider, model, tenant, team, project,"
                " env, user, api_key, prompt_id, prompt_version, trace_id, service_tier, input, cached, cw5m,"
                " cw1h, output, cost) VALUES(1, 42, 'old-1', 1790000000, 1, 2, 0,0,0,0,0,0,0,0,0,0, 1000, 0,"
                " 0, 0, 100, 3500000);")
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        QCOMPARE((*db)->userVersion(), schema::latestVersion());
        Statement s = (*db)->prepare("SELECT ext_id, input, output, cost FROM events");
        QVERIFY(s.step());
        QCOMPARE(QString::fromStdString(s.text(0)), QStringLiteral("old-1"));
        QCOMPARE(s.int64(1), qint64(1000));
        QCOMPARE(s.int64(3), qint64(3'500'000));
        // Tables of the newer version exist and work.
        QVERIFY(execSql((*db)->handle(), "INSERT INTO annotations(event_id, author, ts) VALUES(1, 'me', 0)").ok());
    }

    void refusesForeignAndNewerFiles()
    {
        QTemporaryDir dir;
        std::string notDb = (dir.path() + QStringLiteral("/notes.txt")).toStdString();
        std::FILE* f = std::fopen(notDb.c_str(), "w");
        std::fputs("this is not a database, just text that is long enough to be read as a header.....", f);
        std::fclose(f);
        QVERIFY(!Database::open(notDb).ok());

        std::string newer = (dir.path() + QStringLiteral("/newer.db")).toStdString();
        {
            auto raw = olderDatabase(newer, schema::latestVersion()); // our tables, then a future version
            QVERIFY(execSql(raw->handle(), "CREATE TABLE x(a); PRAGMA user_version=999").ok());
        }
        auto r = Database::open(newer);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.find("newer") != std::string::npos);
    }

    void internsDimensionsOnce()
    {
        test::TempDb t;
        auto a = *t.db->intern(Dim::Tenant, "acme");
        QCOMPARE(*t.db->intern(Dim::Tenant, "acme"), a);
        QVERIFY(*t.db->intern(Dim::Team, "acme") != a); // same text, other kind
        QCOMPARE(*t.db->intern(Dim::Tenant, ""), std::int64_t(0));
        QCOMPARE(QString::fromStdString(t.db->dimValue(a)), QStringLiteral("acme"));
    }

    // Inside a write transaction a value not cached is inserted first (looked up when it is there already);
    // a kind's cache starts over past 2^18 values. Ids stay the same either way, and each value is stored once.
    void internKeepsOneIdPerValue_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("values");
        QTest::addRow("tenants, autocommit") << false << int(Dim::Tenant) << 50;
        QTest::addRow("tenants, in a transaction") << true << int(Dim::Tenant) << 50;
        QTest::addRow("api keys, in a transaction") << true << int(Dim::ApiKey) << 50;
        QTest::addRow("trace ids past the cache's limit") << true << int(Dim::TraceId) << 300000;
    }
    void internKeepsOneIdPerValue()
    {
        QFETCH(bool, inTransaction);
        QFETCH(int, kind);
        QFETCH(int, values);
        const Dim dim = static_cast<Dim>(kind);
        auto value = [](int i) {
            return "sk-proj-value-" + std::to_string(i);
        };
        test::TempDb t;
        const auto first = *t.db->intern(dim, value(0)); // committed before, then found by another connection
        auto db = Database::open(t.path(), Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        if (inTransaction)
            QVERIFY((*db)->begin().ok());
        std::vector<std::int64_t> ids;
        for (int i = 0; i < values; ++i) {
            auto id = (*db)->intern(dim, value(i));
            QVERIFY(id.ok());
            ids.push_back(*id);
        }
        QCOMPARE(ids[0], first);
        for (int i : { 0, 1, values / 2, values - 1 })
            QCOMPARE(*(*db)->intern(dim, value(i)), ids[static_cast<std::size_t>(i)]);
        if (inTransaction)
            QVERIFY((*db)->commit().ok());
        Statement n
            = t.db->prepare("SELECT count(*), count(DISTINCT value), sum(value LIKE 'sk-%') FROM dims WHERE kind = ?1");
        n.bind(1, kind);
        QVERIFY(n.step());
        QCOMPARE(n.int64(0), qint64(values));
        QCOMPARE(n.int64(1), qint64(values));
        QCOMPARE(n.int64(2), dim == Dim::ApiKey ? qint64(0) : qint64(values)); // keys only as fingerprints
        QCOMPARE(*t.db->intern(dim, value(values - 1)), ids.back());
    }

    void batchesCommitAndReportProgress()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("test", "file");
        UsageWriter w(*t.db, t.prices, *src, 100);
        int calls = 0;
        w.setProgress([&](const WriteStats&) { ++calls; });
        for (int i = 0; i < 1050; ++i)
            QVERIFY(w.add(makeEvent("e" + std::to_string(i), kT + i, "gpt-4o-mini", 100, 10)).ok());
        QCOMPARE(calls, 10);
        QVERIFY(w.commit().ok());
        QCOMPARE(w.stats().inserted, qint64(1050));
        QCOMPARE(allTime(*t.db).requests, qint64(1050));
    }

    void uncommittedBatchRollsBack()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("test", "file");
        {
            UsageWriter w(*t.db, t.prices, *src, 1000);
            QVERIFY(w.add(makeEvent("a", kT, "gpt-4o", 100, 10)).ok());
            QVERIFY(w.commit().ok());
            QVERIFY(w.add(makeEvent("b", kT, "gpt-4o", 100, 10)).ok());
            // destroyed without flush: "b" is not committed, "a" stays
        }
        QCOMPARE(allTime(*t.db).requests, qint64(1));
        QCOMPARE(allTime(*t.db, Lens::Attribution, true).requests, qint64(1));
    }

    void bucketsUpsertOnTheirNaturalKey()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("openai-usage", "openai");
        UsageBucket b;
        b.start = floorDay(kT);
        b.dims.provider = "openai";
        b.dims.model = "gpt-4o";
        b.dims.project = "proj_1";
        b.requests = 10;
        b.tokens.input = 1'000'000;
        b.tokens.output = 100'000;
        {
            UsageWriter w(*t.db, t.prices, *src);
            QVERIFY(w.add(b).ok());
            QVERIFY(w.commit().ok());
        }
        // $2.50 + $1.00
        QCOMPARE(allTime(*t.db, Lens::Billing).cost, Nano(3'500'000'000));
        b.tokens.input = 2'000'000; // revised by the provider a day later
        {
            UsageWriter w(*t.db, t.prices, *src);
            QVERIFY(w.add(b).ok());
            QVERIFY(w.commit().ok());
            QCOMPARE(w.stats().bucketsUpdated, qint64(1));
        }
        QCOMPARE(allTime(*t.db, Lens::Billing).cost, Nano(6'000'000'000));
        QCOMPARE(allTime(*t.db, Lens::Billing).requests, qint64(10));
        QCOMPARE(allTime(*t.db, Lens::Billing, true), allTime(*t.db, Lens::Billing));
        QCOMPARE(allTime(*t.db, Lens::Attribution).requests, qint64(0)); // lenses never mix
    }

    void costLinesUpsert()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("openai-costs", "openai");
        CostLine c;
        c.start = floorDay(kT);
        c.provider = "openai";
        c.project = "proj_1";
        c.lineItem = "gpt-4o, input";
        c.amount = 1'000'000'000;
        UsageWriter w(*t.db, t.prices, *src);
        QVERIFY(w.add(c).ok());
        c.amount = 2'000'000'000;
        QVERIFY(w.add(c).ok());
        QVERIFY(w.commit().ok());
        QCOMPARE(w.stats().costLinesInserted, qint64(1));
        QCOMPARE(w.stats().costLinesUpdated, qint64(1));
        Statement s = t.db->prepare("SELECT count(*), sum(amount) FROM cost_lines");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), qint64(1));
        QCOMPARE(s.int64(1), qint64(2'000'000'000));
    }

    void priceOverrideRepricesHistoryAndReports()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("test", "file");
        {
            UsageWriter w(*t.db, t.prices, *src);
            // 1M input + 1M output of gpt-4o at $2.50/$10 = $12.50 each
            QVERIFY(w.add(makeEvent("a", kT, "gpt-4o-2024-08-06", 1'000'000, 1'000'000)).ok());
            QVERIFY(w.add(makeEvent("b", kT + 86400 * 10, "gpt-4o", 1'000'000, 1'000'000)).ok());
            QVERIFY(w.add(makeEvent("c", kT, "gpt-4o-mini", 1'000'000, 0)).ok());
            QVERIFY(w.add(makeEvent("d", kT, "private-model", 1'000'000, 0)).ok());
            QVERIFY(w.commit().ok());
        }
        QCOMPARE(allTime(*t.db).cost, Nano(25'150'000'000));
        QCOMPARE(allTime(*t.db).unpricedRequests, qint64(1));

        // A negotiated discount from day kT + 5 days: only "b" is affected.
        Price p;
        p.origin = PriceOrigin::Override;
        p.provider = "openai";
        p.model = "gpt-4o";
        p.effectiveFrom = floorDay(kT) + 5 * 86400;
        p.base.input = Nano(2'000'000'000);
        p.base.output = Nano(8'000'000'000);
        auto r = savePrices(*t.db, { p });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->eventsRepriced, qint64(1));
        QCOMPARE(r->oldTotal, Nano(25'000'000'000));
        QCOMPARE(r->newTotal, Nano(22'500'000'000));
        QCOMPARE(allTime(*t.db).cost, Nano(22'650'000'000));
        QCOMPARE(allTime(*t.db, Lens::Attribution, true), allTime(*t.db));

        // Pricing the private model: no longer unpriced.
        Price priv;
        priv.origin = PriceOrigin::Override;
        priv.provider = "openai";
        priv.model = "private-model";
        priv.base.input = Nano(1'000'000'000);
        priv.base.output = Nano(1'000'000'000);
        auto r2 = savePrices(*t.db, { priv });
        QVERIFY(r2.ok());
        QCOMPARE(r2->newlyPriced, qint64(1));
        QCOMPARE(allTime(*t.db).unpricedRequests, qint64(0));
        QCOMPARE(allTime(*t.db).cost, Nano(23'650'000'000));
        QCOMPARE(allTime(*t.db, Lens::Attribution, true), allTime(*t.db));
        // The computed cost records which price produced it.
        Statement s
            = t.db->prepare("SELECT p.origin FROM events e JOIN prices p ON p.id = e.price_id WHERE e.ext_id = 'd'");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), qint64(static_cast<int>(PriceOrigin::Override)));
    }

    void initTestCase()
    {
        // Lock waits in the tests below are bounded by this (read once per process).
        qputenv("BURNRATE_BUSY_TIMEOUT_MS", "1500");
    }

    // FIPS 180-2 appendix B vectors (and the 896-bit one of 180-4's examples), plus the padding
    // boundaries (55, 56, 64 bytes; digests from Python's hashlib).
    void sha256MatchesFips180Vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::addRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::addRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::addRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::addRow("896 bits") << QByteArray(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmno"
            "pjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                                  << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
        QTest::addRow("million a") << QByteArray(1'000'000, 'a')
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
        QTest::addRow("55 bytes") << QByteArray(55, 'x')
                                  << "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072";
        QTest::addRow("56 bytes") << QByteArray(56, 'x')
                                  << "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e";
        QTest::addRow("64 bytes") << QByteArray(64, 'x')
                                  << "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c";
    }
    void sha256MatchesFips180Vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(
            QString::fromStdString(sha256Hex(std::string_view(input.constData(), std::size_t(input.size())))), digest);
    }

    void apiKeyFingerprintHidesTheKey_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("keepsTail");
        QTest::addRow("openai key") << "sk-proj-abcdefghijklmnopqrstuvwxyz0123WXYZ" << true;
        QTest::addRow("litellm hash") << QString(64, QLatin1Char('a')) << true;
        QTest::addRow("short alias") << "prod-backend" << false;
        QTest::addRow("non-ascii") << QStringLiteral("schl\u00fcssel-0123456789abcdef") << false;
    }
    void apiKeyFingerprintHidesTheKey()
    {
        QFETCH(QString, value);
        QFETCH(bool, keepsTail);
        const std::string raw = value.toStdString();
        const std::string fp = apiKeyFingerprint(raw);
        QVERIFY(isApiKeyFingerprint(fp));
        QCOMPARE(fp.substr(0, 7), std::string("sha256:"));
        QCOMPARE(fp.substr(7, 16), sha256Hex(std::string(kApiKeySalt) + raw).substr(0, 16));
        QCOMPARE(fp.size(), keepsTail ? std::size_t(30) : std::size_t(23));
        if (keepsTail)
            QCOMPARE(fp.substr(23), "..." + raw.substr(raw.size() - 4));
        QVERIFY(fp.find(raw.substr(0, 8)) == std::string::npos);
        QCOMPARE(apiKeyFingerprint(fp), fp); // idempotent
        QVERIFY(!isApiKeyFingerprint(raw));
    }

    // Item 12: no source can store a raw api_key; re-imports of the same key dedupe.
    void apiKeysAreStoredOnlyAsFingerprints()
    {
        test::TempDb t;
        const std::string key = "sk-live-0123456789abcdefghijSECRETtail";
        auto src = t.db->ensureSource("test", "file");
        for (int round = 0; round < 2; ++round) {
            UsageWriter w(*t.db, t.prices, *src);
            UsageEvent e = makeEvent("a", kT, "gpt-4o", 1000, 10);
            e.dims.apiKey = key;
            QVERIFY(w.add(e).ok());
            UsageEvent e2 = makeEvent("b", kT, "gpt-4o", 1000, 10);
            e2.dims.apiKey = apiKeyFingerprint(key); // already a fingerprint: the same value
            QVERIFY(w.add(e2).ok());
            QVERIFY(w.add(makeBucket(key, 3, 1000)).ok());
            QVERIFY(w.commit().ok());
            QCOMPARE(w.stats().inserted, qint64(round == 0 ? 2 : 0));
            QCOMPARE(w.stats().bucketsInserted, qint64(round == 0 ? 1 : 0));
        }
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM dims WHERE kind = 7"), qint64(1));
        QCOMPARE(t.db->dimValues(Dim::ApiKey).front().second, apiKeyFingerprint(key));
        QCOMPARE(scalar(*t.db, "SELECT count(DISTINCT api_key) FROM events"), qint64(1));
        // Filters given the raw key find the fingerprint.
        QCOMPARE(t.db->findDim(Dim::ApiKey, key), t.db->findDim(Dim::ApiKey, apiKeyFingerprint(key)));
        QVERIFY(t.db->findDim(Dim::ApiKey, key).value_or(0) > 0);
        // Not a byte of the secret part in the file or its WAL.
        QVERIFY(execSql(t.db->handle(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
        QVERIFY(!fileBytes(t.path()).contains("SECRET"));
        QVERIFY(!fileBytes(t.path() + "-wal").contains("SECRET"));
    }

    // Item 12: schema 4 rewrites verbatim keys; two raw values sharing a fingerprint merge exactly.
    void migrationFingerprintsStoredKeysAndMergesDuplicates()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/v3.db")).toStdString();
        const std::string k1 = "sk-proj-AAAAAAAAAAAAAAAAAAAA1111", k2 = "sk-proj-BBBBBBBBBBBBBBBBBBBB2222",
                          k3 = "sk-proj-CCCCCCCCCCCCCCCCCCCC3333";
        Totals attribution, billing;
        {
            test::TempDb fresh;
            auto* db = fresh.db.get();
            auto book = loadPriceBook(*db);
            QVERIFY(book.ok());
            auto src = db->ensureSource("proxy", "file");
            QVERIFY(src.ok());
            UsageWriter w(*db, *book, *src);
            const std::string keys[] = { k1, k2, k3, k1 };
            for (int i = 0; i < 4; ++i) {
                UsageEvent e = makeEvent("e" + std::to_string(i), kT + i, "gpt-4o", 1000 * (i + 1), 100);
                e.dims.apiKey = keys[i];
                QVERIFY(w.add(e).ok());
            }
            QVERIFY(w.add(makeBucket(k1, 3, 1'000'000)).ok());
            QVERIFY(w.add(makeBucket(k2, 5, 2'000'000)).ok()); // same natural key once k2 files under k1
            QVERIFY(w.add(makeBucket(k3, 7, 3'000'000)).ok());
            QVERIFY(w.commit().ok());
            attribution = allTime(*db);
            billing = allTime(*db, Lens::Billing);
            auto older = copyAsOlderRelease(*db, path, kSchemaBeforeFingerprints);
            db = older.get();
            // What the old writer stored: k1 and k3 verbatim, and k2's row holding k1's fingerprint
            // (a value imported already fingerprinted), so k1 and that row collide after the rewrite.
            Statement fix = db->prepare("UPDATE dims SET value = ?2 WHERE kind = 7 AND value = ?1");
            for (auto [from, to] :
                { std::pair { apiKeyFingerprint(k1), k1 }, std::pair { apiKeyFingerprint(k2), apiKeyFingerprint(k1) },
                    std::pair { apiKeyFingerprint(k3), k3 } }) {
                fix.bind(1, from).bind(2, to);
                QVERIFY(fix.exec());
            }
            QCOMPARE(scalar(*db, "SELECT count(*) FROM dims WHERE kind = 7 AND value LIKE 'sk-%'"), qint64(2));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        auto& d = **db;
        QCOMPARE(d.userVersion(), schema::latestVersion());
        std::set<std::string> values;
        for (const auto& [id, v] : d.dimValues(Dim::ApiKey))
            values.insert(v);
        QCOMPARE(values, (std::set<std::string> { apiKeyFingerprint(k1), apiKeyFingerprint(k3) }));
        QCOMPARE(scalar(d, "SELECT count(DISTINCT api_key) FROM events"), qint64(2));
        QCOMPARE(scalar(d, "SELECT count(*) FROM buckets"), qint64(2)); // k1 + k2 summed into one
        QCOMPARE(scalar(d, "SELECT max(requests) FROM buckets"), qint64(8));
        QCOMPARE(allTime(d), attribution);
        QCOMPARE(allTime(d, Lens::Billing), billing);
        QCOMPARE(rollupsMatchFacts(d), QString());
    }

    // Item 2: ids of removed sources were reused, and removal left the data counted. Schema 4 gives
    // the data a stand-in source (visible, removable) and the counter starts above every id.
    void migrationKeepsOrphanedDataRemovableAndNeverReusesIds()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/v3.db")).toStdString();
        {
            test::TempDb fresh;
            auto* db = fresh.db.get();
            auto book = loadPriceBook(*db);
            QVERIFY(book.ok());
            QCOMPARE(*db->ensureSource("a", "file"), qint64(1));
            QCOMPARE(*db->ensureSource("b", "file"), qint64(2));
            QCOMPARE(*db->ensureSource("c", "openai"), qint64(3));
            UsageWriter w(*db, *book, 2);
            for (int i = 0; i < 5; ++i)
                QVERIFY(w.add(makeEvent("b" + std::to_string(i), kT, "gpt-4o", 1000, 10)).ok());
            QVERIFY(w.commit().ok());
            auto older = copyAsOlderRelease(*db, path, kSchemaBeforeFingerprints);
            db = older.get();
            QVERIFY(db->beginSync(2, kT, kT + 1).ok());
            QVERIFY(db->beginSync(3, kT, kT + 1).ok());
            // The first release's "sources remove": the rows go, the data stays.
            QVERIFY(execSql(db->handle(), "DELETE FROM sources WHERE id IN (2, 3)").ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        auto& d = **db;
        auto orphan = d.source("removed-source-2");
        QVERIFY(orphan.has_value());
        QCOMPARE(orphan->id, qint64(2));
        QCOMPARE(QString::fromStdString(orphan->type), QStringLiteral("removed"));
        QVERIFY(!d.source("removed-source-3")); // it held only a sync log, which goes
        QCOMPARE(scalar(d, "SELECT count(*) FROM sync_log WHERE source_id = 3"), qint64(0));
        QCOMPARE(allTime(d).requests, qint64(5));
        auto next = d.addSource(SourceInfo { 0, "d", "openai" });
        QVERIFY(next.ok());
        QCOMPARE(*next, qint64(4));
        QVERIFY(d.syncLog(*next).empty());
        auto gone = d.removeSource("removed-source-2");
        QVERIFY2(gone.ok(), gone.ok() ? "" : gone.error().detail.c_str());
        QCOMPARE(gone->events, qint64(5));
        QCOMPARE(allTime(d).requests, qint64(0));
        QCOMPARE(rollupsMatchFacts(d), QString());
    }

    // Item 2: removing a source deletes what it brought, in one transaction, rollups exact.
    void removeSourceDeletesItsDataWithExactRollups()
    {
        test::TempDb t;
        auto a = *t.db->ensureSource("a", "file");
        auto b = *t.db->ensureSource("b", "openai");
        auto c = *t.db->ensureSource("c", "file");
        {
            UsageWriter w(*t.db, t.prices, a);
            for (int i = 0; i < 20; ++i) {
                UsageEvent e = makeEvent(
                    "a" + std::to_string(i), kT + 600 * i, i % 2 ? "gpt-4o" : "gpt-4o-mini", 10'000 + i, 100 + i);
                e.tags = { { "feature", "chat" } };
                e.prompt = "hello";
                e.response = "world";
                e.latencyMs = 100 + i;
                e.status = i == 3 ? 500 : 200;
                QVERIFY(w.add(e).ok());
            }
            QVERIFY(w.commit().ok());
        }
        {
            UsageWriter w(*t.db, t.prices, c); // shares rollup rows with a
            for (int i = 0; i < 7; ++i)
                QVERIFY(w.add(makeEvent("c" + std::to_string(i), kT + 600 * i, "gpt-4o", 5000, 50)).ok());
            QVERIFY(w.commit().ok());
        }
        {
            UsageWriter w(*t.db, t.prices, b);
            QVERIFY(w.add(makeBucket("key_1", 40, 4'000'000)).ok());
            CostLine l;
            l.start = floorDay(kT);
            l.provider = "openai";
            l.project = "proj_1";
            l.lineItem = "gpt-4o, input";
            l.amount = 10'000'000'000;
            QVERIFY(w.add(l).ok());
            QVERIFY(w.commit().ok());
        }
        QVERIFY(t.db->beginSync(b, kT, kT + 86400).ok());
        QVERIFY(execSql(t.db->handle(),
            "INSERT INTO annotations(event_id, author, ts, rating) SELECT id, 'me', 0, 5 FROM events "
            "WHERE ext_id = 'a1'")
                    .ok());
        const Totals onlyC = [&] {
            test::TempDb other;
            auto id = *other.db->ensureSource("c", "file");
            UsageWriter w(*other.db, other.prices, id);
            for (int i = 0; i < 7; ++i)
                (void)w.add(makeEvent("c" + std::to_string(i), kT + 600 * i, "gpt-4o", 5000, 50));
            (void)w.commit();
            return allTime(*other.db);
        }();

        auto preview = t.db->sourceData("a");
        QVERIFY(preview.ok());
        QCOMPARE(preview->events, qint64(20));
        QCOMPARE(preview->annotations, qint64(1));
        QCOMPARE(
            preview->eventsCost, scalar(*t.db, "SELECT sum(cost) FROM events WHERE source_id = " + std::to_string(a)));
        auto removed = t.db->removeSource("a");
        QVERIFY2(removed.ok(), removed.ok() ? "" : removed.error().detail.c_str());
        QCOMPARE(removed->events, qint64(20));
        QCOMPARE(removed->eventsCost, preview->eventsCost);
        QVERIFY(!t.db->source("a"));
        QCOMPARE(allTime(*t.db), onlyC);
        QCOMPARE(rollupsMatchFacts(*t.db), QString());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_tags"), qint64(0));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_text"), qint64(0));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM annotations"), qint64(0));

        auto removedB = t.db->removeSource("b");
        QVERIFY(removedB.ok());
        QCOMPARE(removedB->buckets, qint64(1));
        QCOMPARE(removedB->bucketRequests, qint64(40));
        QCOMPARE(removedB->costLines, qint64(1));
        QCOMPARE(removedB->costLinesAmount, qint64(10'000'000'000));
        QCOMPARE(removedB->syncRuns, qint64(1));
        QCOMPARE(allTime(*t.db, Lens::Billing).requests, qint64(0));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines"), qint64(0));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM sync_log"), qint64(0));
        QCOMPARE(rollupsMatchFacts(*t.db), QString());
        QCOMPARE(t.db->removeSource("b").error().code, ErrorCode::NotFound);
    }

    // Requests are keyed by their UTC day: a re-import whose timestamp stays on its day updates in place;
    // one moved to the day before or after (a clock or time-zone fix) is found there and re-keyed with its
    // text and annotations; nothing is ever counted twice.
    // The FTS5 index over request texts follows inserts, replacements (a re-import with new text), re-keys
    // and source removal exactly: what it finds is what event_text holds.
    void textSearchIndexStaysExact()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("logs", "file");
        auto add = [&](const char* id, Epoch ts, const char* prompt, const char* response) {
            UsageWriter w(*t.db, t.prices, *src);
            UsageEvent e = makeEvent(id, ts, "gpt-4o", 10, 1);
            e.prompt = prompt;
            e.response = response;
            QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
        };
        auto hits = [&](const char* query) {
            return scalar(
                *t.db, std::string("SELECT count(*) FROM event_text_fts WHERE event_text_fts MATCH '") + query + "'");
        };
        const Epoch evening = floorDay(kT) + 20 * 3600;
        add("r1", evening, "Where is my refund?", "Your refund was issued on Monday.");
        add("r2", evening, "Caf\xc3\xa9 opening hours", "We open at nine.");
        QCOMPARE(hits("refund"), qint64(1));
        QCOMPARE(hits("cafe"), qint64(1)); // diacritics folded
        QCOMPARE(hits("response:monday"), qint64(1));
        add("r1", evening + 60, "Where is my invoice?", "Attached.");
        QCOMPARE(hits("refund"), qint64(0));
        QCOMPARE(hits("invoice"), qint64(1));
        add("r1", evening + 5 * 3600, "Where is my invoice?", "Attached again."); // re-keyed to the next day
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM events"), qint64(2));
        QCOMPARE(scalar(*t.db, "SELECT rowid FROM event_text_fts WHERE event_text_fts MATCH 'again'"),
            scalar(*t.db, "SELECT id FROM events WHERE ext_id = 'r1'"));
        QVERIFY(execSql(t.db->handle(), "INSERT INTO event_text_fts(event_text_fts, rank) VALUES('integrity-check', 1)")
                    .ok());
        QVERIFY(t.db->removeSource("logs").ok());
        QCOMPARE(hits("invoice OR nine"), qint64(0));
        QVERIFY(execSql(t.db->handle(), "INSERT INTO event_text_fts(event_text_fts, rank) VALUES('integrity-check', 1)")
                    .ok());
    }

    void reimportFindsTheRequestWithinADay_data()
    {
        QTest::addColumn<qint64>("shift");
        QTest::addColumn<bool>("sameDay");
        QTest::addRow("same second") << qint64(0) << true;
        QTest::addRow("later that day") << qint64(3600) << true;
        QTest::addRow("5 h later, next day") << qint64(5 * 3600) << false;
        QTest::addRow("8 h earlier, same day") << qint64(-8 * 3600) << true;
        QTest::addRow("21 h earlier, day before") << qint64(-21 * 3600) << false;
        QTest::addRow("23 h later") << qint64(23 * 3600) << false;
        QTest::addRow("a day and an hour earlier") << qint64(-25 * 3600) << false;
    }
    void reimportFindsTheRequestWithinADay()
    {
        QFETCH(qint64, shift);
        QFETCH(bool, sameDay);
        test::TempDb t;
        auto src = t.db->ensureSource("logs", "file");
        const Epoch ts = floorDay(kT) + 20 * 3600; // 20:00 UTC
        {
            UsageWriter w(*t.db, t.prices, *src);
            UsageEvent e = makeEvent("req-1", ts, "gpt-4o", 1000, 100);
            e.prompt = "hello";
            e.tags = { { "feature", "chat" } };
            QVERIFY(w.add(e).ok());
            QVERIFY(w.add(makeEvent("req-2", ts, "gpt-4o", 10, 1)).ok());
            QVERIFY(w.commit().ok());
        }
        QVERIFY(execSql(t.db->handle(),
            "INSERT INTO annotations(event_id, author, ts, rating) SELECT id, 'me', 0, 5 FROM events WHERE "
            "ext_id = 'req-1'")
                    .ok());
        {
            // A fresh writer (a later run), so nothing it remembers helps it find the request.
            UsageWriter w(*t.db, t.prices, *src);
            UsageEvent e = makeEvent("req-1", ts + shift, "gpt-4o", 2000, 200);
            QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
            QCOMPARE(w.stats().updated, qint64(1));
            QCOMPARE(w.stats().inserted, qint64(0));
        }
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM events"), qint64(2));
        QCOMPARE(scalar(*t.db, "SELECT ts FROM events WHERE ext_id = 'req-1'"), qint64(ts + shift));
        std::int64_t key = scalar(*t.db, "SELECT id FROM events WHERE ext_id = 'req-1'");
        QCOMPARE(key, UsageWriter::eventKey(ts + shift, *src, "req-1"));
        QCOMPARE(key == UsageWriter::eventKey(ts, *src, "req-1"), sameDay);
        // Text and annotation follow the request; its old tags went with its old version.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_text WHERE event_id = " + std::to_string(key)), qint64(1));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM annotations WHERE event_id = " + std::to_string(key)), qint64(1));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_tags"), qint64(0));
        // The full-text index follows the text to its new key, and holds nothing stale.
        QCOMPARE(scalar(*t.db, "SELECT rowid FROM event_text_fts WHERE event_text_fts MATCH 'hello'"), key);
        QVERIFY(execSql(t.db->handle(), "INSERT INTO event_text_fts(event_text_fts, rank) VALUES('integrity-check', 1)")
                    .ok());
        Totals all = allTime(*t.db);
        QCOMPARE(all.requests, qint64(2));
        QCOMPARE(all.input, qint64(2010));
        QCOMPARE(allTime(*t.db, Lens::Attribution, true), all);
        QCOMPARE(rollupsMatchFacts(*t.db), QString());
    }

    // A batch's tag rows are written in key order when it commits: a request re-imported (in place or moved to
    // the day before) within the same batch keeps only its last tags, a key given twice its last value, and a
    // rolled-back batch leaves none.
    void tagsOfABatchAreTheLastGiven_data()
    {
        QTest::addColumn<qint64>("shift"); // of the second version
        QTest::addColumn<bool>("commit");
        QTest::addRow("re-imported in place") << qint64(0) << true;
        QTest::addRow("moved to the day before") << qint64(-21 * 3600) << true;
        QTest::addRow("rolled back") << qint64(0) << false;
    }
    void tagsOfABatchAreTheLastGiven()
    {
        QFETCH(qint64, shift);
        QFETCH(bool, commit);
        test::TempDb t;
        auto src = t.db->ensureSource("logs", "file");
        const Epoch ts = floorDay(kT) + 20 * 3600;
        {
            UsageWriter w(*t.db, t.prices, *src);
            for (int i = 0; i < 50; ++i) {
                UsageEvent other = makeEvent("other-" + std::to_string(i), ts + i, "gpt-4o", 10, 1);
                other.tags = { { "feature", "bulk" }, { "region", i % 2 ? "eu" : "us" } };
                QVERIFY(w.add(other).ok());
            }
            UsageEvent e = makeEvent("req-1", ts, "gpt-4o", 1000, 100);
            e.tags = { { "feature", "chat" }, { "region", "us" } };
            QVERIFY(w.add(e).ok());
            e.ts = ts + shift;
            e.tags = { { "feature", "search" }, { "feature", "agent" } };
            QVERIFY(w.add(e).ok());
            if (commit)
                QVERIFY(w.commit().ok());
            else
                w.abort();
        }
        if (!commit) {
            QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_tags"), qint64(0));
            return;
        }
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_tags"), qint64(101));
        std::int64_t key = scalar(*t.db, "SELECT id FROM events WHERE ext_id = 'req-1'");
        Statement tags = t.db->prepare("SELECT d.value FROM event_tags g JOIN dims d ON d.id = g.value WHERE "
                                       "g.event_id = ?1");
        tags.bind(1, key);
        QVERIFY(tags.step());
        QCOMPARE(QString::fromStdString(tags.text(0)), QStringLiteral("agent"));
        QVERIFY(!tags.step());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM event_tags g JOIN dims d ON d.id = g.value WHERE d.value = 'eu'"),
            qint64(25));
    }

    // What a writer remembers of the days it filled (to skip looking for moved requests there) holds only
    // while no other connection writes: a request another process stored meanwhile is still found.
    void writerNoticesOtherConnectionsWrites()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("logs", "file");
        auto other = Database::open(t.path());
        QVERIFY(other.ok());
        const Epoch d = floorDay(kT);
        UsageWriter mine(*t.db, t.prices, *src, 1);
        QVERIFY(mine.add(makeEvent("a", d + 100, "gpt-4o", 10, 1)).ok()); // day d is this writer's own
        {
            UsageWriter theirs(**other, t.prices, *src);
            QVERIFY(theirs.add(makeEvent("z", d + 200, "gpt-4o", 10, 1)).ok());
            QVERIFY(theirs.commit().ok());
        }
        // "z" again, an hour into the next day: it must be found on day d, not stored twice.
        QVERIFY(mine.add(makeEvent("z", d + 86400 + 3600, "gpt-4o", 20, 2)).ok());
        QVERIFY(mine.commit().ok());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM events"), qint64(2));
        QCOMPARE(allTime(*t.db).requests, qint64(2));
        QCOMPARE(rollupsMatchFacts(*t.db), QString());
    }

    // A measure added to BURNRATE_MEASURES after a database was made: its rollup column is added on
    // open and the rollups are summed again from the facts.
    void missingMeasureColumnIsAddedAndFilled()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("logs", "file");
        {
            UsageWriter w(*t.db, t.prices, *src);
            for (int i = 0; i < 50; ++i) {
                UsageEvent e = makeEvent("r" + std::to_string(i), kT + i * 3600, "gpt-4o", 100 + i, 10);
                e.latencyMs = 100 * i;
                QVERIFY(w.add(e).ok());
            }
            QVERIFY(w.commit().ok());
        }
        Totals before = allTime(*t.db);
        for (const auto& level : rollupLevels())
            QVERIFY(
                execSql(t.db->handle(), std::string("ALTER TABLE ") + level.table + " DROP COLUMN latency_sum").ok());
        const std::string path = t.path();
        t.db.reset();
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        QCOMPARE(allTime(**db), before);
        QCOMPARE(allTime(**db).latencySum, qint64(100 * (49 * 50 / 2)));
        QCOMPARE(rollupsMatchFacts(**db), QString());
    }

    // Item 2, the reported sequence: add A, add B, import via A, remove A, re-add A, re-import.
    void reAddedSourceCountsItsDataOnce()
    {
        test::TempDb t;
        auto importInto = [&](std::int64_t source, const char* prefix, int n) {
            UsageWriter w(*t.db, t.prices, source);
            for (int i = 0; i < n; ++i)
                QVERIFY(w.add(makeEvent(prefix + std::to_string(i), kT + i, "gpt-4o", 1000, 100)).ok());
            QVERIFY(w.commit().ok());
        };
        auto a = *t.db->ensureSource("A", "file");
        auto b = *t.db->ensureSource("B", "file");
        auto sync = t.db->beginSync(a, kT, kT + 10);
        QVERIFY(sync.ok());
        importInto(a, "r", 10);
        importInto(b, "s", 5);
        const Totals once = allTime(*t.db);
        QCOMPARE(t.db->eventCount(), std::int64_t(15));
        QVERIFY(t.db->removeSource("A").ok());
        QCOMPARE(t.db->eventCount(), std::int64_t(5)); // the status bar's count follows a removal
        auto a2 = t.db->ensureSource("A", "file");
        QVERIFY(a2.ok());
        QVERIFY(*a2 > b);
        QVERIFY(b > a);
        QVERIFY(t.db->syncLog(*a2).empty());
        importInto(*a2, "r", 10);
        QCOMPARE(allTime(*t.db), once);
        QCOMPARE(allTime(*t.db).requests, qint64(15));
        QCOMPARE(rollupsMatchFacts(*t.db), QString());
    }

    void removedNewestSourceIdIsNotReused()
    {
        test::TempDb t;
        auto a = *t.db->ensureSource("A", "file");
        auto b = *t.db->ensureSource("B", "file");
        QVERIFY(t.db->beginSync(b, kT, kT + 1).ok());
        QVERIFY(t.db->removeSource("B").ok());
        auto c = t.db->addSource(SourceInfo { 0, "C", "openai" });
        QVERIFY(c.ok());
        QVERIFY(*c > b && b > a);
        QVERIFY(t.db->syncLog(*c).empty());
    }

    // A writer whose source another process removed stops instead of writing rows nobody owns.
    void writerStopsWhenItsSourceIsRemoved()
    {
        test::TempDb t;
        auto a = *t.db->ensureSource("A", "file");
        UsageWriter w(*t.db, t.prices, a, 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(w.add(makeEvent("x" + std::to_string(i), kT, "gpt-4o", 10, 1)).ok());
        auto other = Database::open(t.path());
        QVERIFY(other.ok());
        QVERIFY((*other)->removeSource("A").ok());
        auto r = w.add(makeEvent("y", kT, "gpt-4o", 10, 1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("removed") != std::string::npos, r.error().detail.c_str());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM events"), qint64(0));
        QCOMPARE(rollupsMatchFacts(*t.db), QString());
    }

    // Item 15: a file that is not a Burnrate database is refused without a byte changed.
    void refusedOpenLeavesFileUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("foreign sqlite") << "foreign"
                                        << "another application";
        QTest::addRow("foreign sqlite with user_version") << "foreign-versioned"
                                                          << "another application";
        QTest::addRow("foreign sqlite in WAL mode") << "foreign-wal"
                                                    << "another application";
        QTest::addRow("empty sqlite database") << "sqlite-empty"
                                               << "another application";
        QTest::addRow("0-byte file") << "empty"
                                     << "empty file";
        QTest::addRow("text file") << "text"
                                   << "not an SQLite file";
        QTest::addRow("short binary") << "short"
                                      << "not an SQLite file";
    }
    void refusedOpenLeavesFileUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/other.db")).toStdString();
        if (kind.startsWith(QLatin1String("foreign")) || kind == QLatin1String("sqlite-empty")) {
            auto raw = Database::openRaw(path);
            QVERIFY(raw.ok());
            std::string sql = kind == QLatin1String("sqlite-empty")
                ? "PRAGMA user_version=0; VACUUM"
                : "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('keep me');";
            if (kind == QLatin1String("foreign-versioned"))
                sql += "PRAGMA user_version=99;"; // above ours: still another application's file
            if (kind == QLatin1String("foreign-wal"))
                sql = "PRAGMA journal_mode=WAL;" + sql;
            QVERIFY(execSql((*raw)->handle(), sql).ok());
        } else {
            QFile f(QString::fromStdString(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("this is not a database, just text that is long enough to be read as a header......\n");
            else if (kind == QLatin1String("short"))
                f.write("SQLite");
        }
        const QByteArray before = fileBytes(path);
        const bool walBefore = QFile::exists(QString::fromStdString(path + "-wal"));
        for (auto mode : { Database::Mode::ReadWrite, Database::Mode::ReadOnly }) {
            auto r = Database::open(path, mode);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
            QCOMPARE(fileBytes(path), before);
        }
        // A rollback-journal file gets no WAL (a WAL-mode one may get SQLite's usual -wal/-shm from the
        // read-only look, as any reader would create).
        if (!walBefore && kind != QLatin1String("foreign-wal"))
            QVERIFY(!QFile::exists(QString::fromStdString(path + "-wal")));
        if (before.startsWith("SQLite format 3")) // the header's journal-mode bytes: 1 rollback, 2 WAL
            QCOMPARE(int(before[18]), kind == QLatin1String("foreign-wal") ? 2 : 1);
        // No stray files from an attempted create either.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("creating")).size(), 0);
    }

    // Item 17: a failing dictionary insert is an error, never a value filed under "none".
    void internFailureIsAnError()
    {
        test::TempDb t;
        {
            auto ro = Database::open(t.path(), Database::Mode::ReadOnly);
            QVERIFY(ro.ok());
            auto id = (*ro)->intern(Dim::Tenant, "new-tenant");
            QVERIFY(!id.ok());
            QVERIFY2(id.error().detail.find("tenant") != std::string::npos, id.error().detail.c_str());
        }
        QVERIFY(execSql(t.db->handle(),
            "CREATE TRIGGER full_dims BEFORE INSERT ON dims BEGIN SELECT RAISE(ABORT, 'dictionary full'); END")
                    .ok());
        auto src = t.db->ensureSource("test", "file");
        UsageWriter w(*t.db, t.prices, *src);
        auto r = w.add(makeEvent("a", kT, "gpt-4o", 100, 10));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("dictionary full") != std::string::npos, r.error().detail.c_str());
        QVERIFY(w.commit().ok());
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM events"), qint64(0));
    }

    // Item 11: a writer that gives up names the file, what it committed, and that re-running is safe.
    void lockTimeoutNamesFileAndCommittedRows()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("test", "file");
        UsageWriter w(*t.db, t.prices, *src, 10);
        for (int i = 0; i < 20; ++i)
            QVERIFY(w.add(makeEvent("e" + std::to_string(i), kT, "gpt-4o", 100, 10)).ok());
        auto holder = Database::open(t.path());
        QVERIFY(holder.ok());
        QVERIFY((*holder)->begin().ok()); // another process's long write transaction
        auto r = w.add(makeEvent("late", kT, "gpt-4o", 100, 10));
        QVERIFY(!r.ok());
        const std::string& msg = r.error().detail;
        QVERIFY2(msg.find(t.path()) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("locked by another process") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("20 rows of this run were committed") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("re-running is safe") != std::string::npos, msg.c_str());
        (*holder)->rollback();
        QCOMPARE(allTime(*t.db).requests, qint64(20));
    }

    // Item 11: a writer waits (with backoff) for another's transaction instead of failing at once.
    void writerWaitsForAnotherWritersLock()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("test", "file");
        auto holder = Database::open(t.path());
        QVERIFY(holder.ok());
        QVERIFY((*holder)->begin().ok());
        std::thread release([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            (void)(*holder)->commit();
        });
        UsageWriter w(*t.db, t.prices, *src);
        auto r = w.add(makeEvent("a", kT, "gpt-4o", 100, 10));
        release.join();
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QVERIFY(w.commit().ok());
        QCOMPARE(allTime(*t.db).requests, qint64(1));
    }

    // Item 10: a connection that read the old version while another migrated must not migrate again
    // ("table ... already exists"): the version is re-read under the write lock.
    void migrationRereadsTheVersionUnderTheLock()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/old.db")).toStdString();
        (void)olderDatabase(path, 1);
        auto first = Database::openRaw(path);
        auto second = Database::openRaw(path);
        QVERIFY(first.ok() && second.ok());
        QVERIFY((*first)->begin().ok());
        Result<void> secondResult = makeError(ErrorCode::Invalid, "not run");
        std::thread other([&] { secondResult = (*second)->migrate(); }); // reads version 1, then waits
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        for (std::size_t i = 1; i < schema::migrations().size(); ++i) {
            QVERIFY(execSql((*first)->handle(), schema::migrations()[i].sql).ok());
            if (schema::migrations()[i].after)
                QVERIFY(schema::migrations()[i].after(**first).ok());
        }
        QVERIFY(execSql((*first)->handle(), "PRAGMA user_version=" + std::to_string(schema::latestVersion())).ok());
        QVERIFY((*first)->commit().ok());
        other.join();
        QVERIFY2(secondResult.ok(), secondResult.ok() ? "" : secondResult.error().detail.c_str());
        QCOMPARE((*second)->userVersion(), schema::latestVersion());
    }

    // Item 12: a quarantined row is kept for the analyst, but its api_key only as a fingerprint.
    void quarantinedRowsKeepNoRawApiKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("jsonl") << "bad.jsonl"
                               << QByteArray("{\"id\":\"1\",\"ts\":\"nonsense\",\"provider\":\"openai\",\"model\":"
                                             "\"gpt-4o\",\"input_tokens\":1,\"output_tokens\":1,\"api_key\": "
                                             "\"sk-live-SECRETSECRETSECRET0001\"}\n");
        QTest::addRow("csv") << "bad.csv"
                             << QByteArray("id,ts,provider,model,input_tokens,output_tokens,api_key\n"
                                           "1,nonsense,openai,gpt-4o,1,1,sk-live-SECRETSECRETSECRET0001\n");
        QTest::addRow("cut off") << "cut.jsonl"
                                 << QByteArray("{\"id\":\"1\",\"ts\":\"nonsense\",\"pad\":\"" + QByteArray(2000, 'x')
                                        + "\",\"api_key\":\"sk-live-SECRETSECRETSECRET0001\"}\n");
    }
    void quarantinedRowsKeepNoRawApiKey()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        test::TempDb t;
        const QString path = t.dir.filePath(file);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        RequestLogImporter importer(*t.db, t.prices);
        auto r = importer.importFile(path.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->quarantined, qint64(1));
        Statement q = t.db->prepare("SELECT raw FROM quarantine");
        QVERIFY(q.step());
        const std::string raw = q.text(0);
        QVERIFY2(raw.find("SECRET") == std::string::npos, raw.c_str());
        if (file != QLatin1String("cut.jsonl"))
            QVERIFY2(raw.find(apiKeyFingerprint("sk-live-SECRETSECRETSECRET0001")) != std::string::npos, raw.c_str());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
