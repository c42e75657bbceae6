// libFuzzer target: the importer end to end into a real store. The input is written to a file and
// imported (JSON Lines or CSV, sniffed from the content) into a fresh SQLite database with the
// built-in price catalog, then imported again and re-priced. After each step the store must hold:
//   - rollup answers equal to the raw aggregation of the same query, at every rollup level;
//   - no negative request, token, cost or latency sum;
//   - no query error (an overflowing sum is an error to prevent at write time, not at read time);
//   - a re-import of the same file changes nothing and inserts nothing.
#include "analytics/costquery.h"
#include "ingest/requestlog.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace burnrate;

namespace {

struct Env
{
    std::string dir, templ, work, input;
    PriceBook prices;
};

Env& env()
{
    static Env* e = [] {
        auto* x = new Env;
        const char* base = std::getenv("FUZZ_TMPDIR");
        std::string root = base ? base : (fs::exists("/dev/shm") ? "/dev/shm" : fs::temp_directory_path().string());
        x->dir = root + "/burnrate-fuzz-importstore-" + std::to_string(::getpid());
        fs::create_directories(x->dir);
        x->templ = x->dir + "/template.db";
        x->work = x->dir + "/work.db";
        x->input = x->dir + "/input.txt";
        auto db = Database::open(x->templ);
        if (!db) {
            std::fprintf(stderr, "cannot create the template database: %s\n", db.error().detail.c_str());
            std::abort();
        }
        auto book = loadPriceBook(**db); // syncs the built-in catalog into the template
        if (!book) {
            std::fprintf(stderr, "cannot load prices: %s\n", book.error().detail.c_str());
            std::abort();
        }
        x->prices = std::move(*book);
        std::atexit([] { fs::remove_all(env().dir); });
        return x;
    }();
    return *e;
}

void check(bool ok, const char* what, const std::string& detail = {})
{
    if (ok)
        return;
    std::fprintf(stderr, "invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

void checkNonNegative(const Totals& t, const char* where)
{
    check(t.requests >= 0 && t.input >= 0 && t.cached >= 0 && t.cw5m >= 0 && t.cw1h >= 0 && t.output >= 0 && t.cost >= 0
            && t.unpricedRequests >= 0 && t.unpricedTokens >= 0 && t.errorRequests >= 0 && t.errorCost >= 0
            && t.cacheHitRequests >= 0 && t.latencySum >= 0 && t.latencyCount >= 0,
        "negative sum", where);
}

// Range wide enough for any accepted timestamp, aligned to days.
constexpr Epoch kFrom = -(Epoch(1) << 40) / kSecondsPerDay * kSecondsPerDay;
constexpr Epoch kTo = (Epoch(1) << 40) / kSecondsPerDay * kSecondsPerDay;

// Runs q from the rollups and from raw facts; both must succeed and agree. Returns the total.
Totals compare(CostQueries& queries, CostQuery q, const char* what)
{
    q.forceRaw = false;
    auto rolled = queries.run(q);
    check(rolled.ok(), "rollup query failed", std::string(what) + ": " + (rolled ? "" : rolled.error().detail));
    q.forceRaw = true;
    auto raw = queries.run(q);
    check(raw.ok(), "raw query failed", std::string(what) + ": " + (raw ? "" : raw.error().detail));
    check(rolled->total == raw->total, "rollup total != raw total", what);
    check(rolled->rows.size() == raw->rows.size(), "rollup rows != raw rows", what);
    for (std::size_t i = 0; i < raw->rows.size(); ++i) {
        check(rolled->rows[i].bucket == raw->rows[i].bucket && rolled->rows[i].keys == raw->rows[i].keys
                && rolled->rows[i].totals == raw->rows[i].totals,
            "rollup row != raw row", what);
        checkNonNegative(raw->rows[i].totals, what);
    }
    checkNonNegative(raw->total, what);
    return raw->total;
}

Totals checkStore(Database& db)
{
    CostQueries queries(db);
    CostQuery q;
    q.from = kFrom;
    q.to = kTo;
    q.lens = Lens::Attribution;
    Totals all = compare(queries, q, "total");
    q.groupBy = { Axis { Dim::Env, {} } }; // rollup_daily
    q.granularity = Granularity::Day;
    compare(queries, q, "day x env");
    q.groupBy = { Axis { Dim::Tenant, {} }, Axis { Dim::Model, {} } }; // rollup_daily_core
    q.granularity = Granularity::Month;
    compare(queries, q, "month x tenant x model");
    q.groupBy = { Axis { Dim::Model, {} } }; // rollup_hourly (hour-aligned, not day-aligned range)
    q.granularity = Granularity::Hour;
    q.from = kFrom + 3600;
    q.to = kTo - 3600;
    compare(queries, q, "hour x model");
    check(all.requests == static_cast<std::int64_t>(db.eventCount()), "requests != stored events");
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Env& e = env();
    {
        std::ofstream out(e.input, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    std::error_code ec;
    fs::remove(e.work + "-wal", ec);
    fs::remove(e.work + "-shm", ec);
    fs::copy_file(e.templ, e.work, fs::copy_options::overwrite_existing, ec);
    check(!ec, "cannot copy the template database", ec.message());

    auto opened = Database::open(e.work);
    check(opened.ok(), "cannot open the work database", opened ? "" : opened.error().detail);
    Database& db = **opened;

    RequestLogImporter first(db, e.prices, "fuzz");
    auto r1 = first.importFile(e.input);
    Totals afterFirst = checkStore(db);
    if (!r1)
        return 0; // a refused file may leave committed batches behind: they were checked above

    RequestLogImporter second(db, e.prices, "fuzz");
    auto r2 = second.importFile(e.input);
    check(r2.ok(), "re-import failed", r2 ? "" : r2.error().detail);
    check(r2->inserted == 0, "re-import inserted rows");
    check(r2->quarantined == r1->quarantined, "re-import quarantined a different number of rows");
    Totals afterSecond = checkStore(db);
    check(afterSecond == afterFirst, "re-import changed the totals");

    auto rep = reprice(db, e.prices, {});
    check(rep.ok(), "re-pricing failed", rep ? "" : rep.error().detail);
    Totals afterReprice = checkStore(db);
    check(afterReprice == afterFirst, "re-pricing with the same prices changed the totals");
    return 0;
}
