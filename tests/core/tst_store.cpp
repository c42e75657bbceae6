#include "analytics/costquery.h"
#include "store/schema.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

#include <sys/stat.h>

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
        QVERIFY(execSql((*db)->handle(), "INSERT INTO annotations(event_id, author, created) VALUES(1, 'me', 0)").ok());
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
            auto raw = Database::openRaw(newer);
            QVERIFY(execSql((*raw)->handle(), "CREATE TABLE x(a); PRAGMA user_version=999").ok());
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
        QVERIFY(w.flush().ok());
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
            QVERIFY(w.flush().ok());
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
            QVERIFY(w.flush().ok());
        }
        // $2.50 + $1.00
        QCOMPARE(allTime(*t.db, Lens::Billing).cost, Nano(3'500'000'000));
        b.tokens.input = 2'000'000; // revised by the provider a day later
        {
            UsageWriter w(*t.db, t.prices, *src);
            QVERIFY(w.add(b).ok());
            QVERIFY(w.flush().ok());
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
        QVERIFY(w.flush().ok());
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
            QVERIFY(w.flush().ok());
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
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
