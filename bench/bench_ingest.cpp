// Import benchmark: end-to-end JSONL import of N events vs bare SQLite inserts of the same rows
// (prepared statement, one transaction, no indexes), measured in one run; and peak RSS.
//   bench_ingest [N] [workdir]
#include "benchutil.h"
#include "ingest/requestlog.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <vector>

using namespace burnrate;

namespace {

struct Row
{
    std::string id;
    std::int64_t ts, input, cached, output;
    int model, tenant, prompt;
};

const char* kModels[] = { "gpt-4o-2024-08-06", "gpt-4o-mini", "claude-sonnet-4-5-20250929", "claude-haiku-4-5",
    "gemini-2.5-flash", "o3-mini" };
const char* kProviders[] = { "openai", "openai", "anthropic", "anthropic", "google", "openai" };

Row makeRow(std::int64_t i)
{
    std::uint64_t h = static_cast<std::uint64_t>(i) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    Row r;
    r.id = "req-" + std::to_string(i);
    r.ts = 1780000000 + (i % 7776000);
    r.input = 200 + static_cast<std::int64_t>(h % 8000);
    r.cached = static_cast<std::int64_t>((h >> 16) % static_cast<std::uint64_t>(r.input / 2 + 1));
    r.output = 10 + static_cast<std::int64_t>((h >> 32) % 900);
    r.model = static_cast<int>((h >> 40) % 6);
    r.tenant = static_cast<int>((h >> 44) % 40);
    r.prompt = static_cast<int>((h >> 50) % 12);
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    burnrate::configureSqlite(); // the same library settings for the bare inserts as for Burnrate's
    std::int64_t n = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    std::filesystem::path dir = argc > 2 ? argv[2] : std::filesystem::temp_directory_path() / "burnrate-bench";
    std::filesystem::create_directories(dir);
    std::string jsonl = (dir / "events.jsonl").string();
    std::string ours = (dir / "ours.db").string();
    std::string bare = (dir / "bare.db").string();
    std::string csv = (dir / "events.csv").string();
    std::string oursCsv = (dir / "ours-csv.db").string();
    for (const auto& p : { ours, bare, oursCsv })
        for (const char* sfx : { "", "-wal", "-shm" })
            std::filesystem::remove(p + sfx);

    {
        std::FILE* f = std::fopen(jsonl.c_str(), "w");
        for (std::int64_t i = 0; i < n; ++i) {
            Row r = makeRow(i);
            std::fprintf(f,
                "{\"id\":\"%s\",\"ts\":%lld,\"provider\":\"%s\",\"model\":\"%s\",\"input_tokens\":%lld,"
                "\"cached_input_tokens\":%lld,\"output_tokens\":%lld,\"tenant\":\"tenant-%d\",\"team\":\"team-%d\","
                "\"prompt_id\":\"prompt-%d\",\"prompt_version\":\"v%d\",\"env\":\"prod\",\"latency_ms\":%lld}\n",
                r.id.c_str(), static_cast<long long>(r.ts), kProviders[r.model], kModels[r.model],
                static_cast<long long>(r.input), static_cast<long long>(r.cached), static_cast<long long>(r.output),
                r.tenant, r.tenant % 6, r.prompt, r.prompt % 3, static_cast<long long>(r.output * 12));
        }
        std::fclose(f);
        // The same rows as CSV (for the CSV importer, which must stay within 10% of JSONL).
        f = std::fopen(csv.c_str(), "w");
        std::fprintf(f,
            "id,ts,provider,model,input_tokens,cached_input_tokens,output_tokens,tenant,team,prompt_id,"
            "prompt_version,env,latency_ms\n");
        for (std::int64_t i = 0; i < n; ++i) {
            Row r = makeRow(i);
            std::fprintf(f, "%s,%lld,%s,%s,%lld,%lld,%lld,tenant-%d,team-%d,prompt-%d,v%d,prod,%lld\n", r.id.c_str(),
                static_cast<long long>(r.ts), kProviders[r.model], kModels[r.model], static_cast<long long>(r.input),
                static_cast<long long>(r.cached), static_cast<long long>(r.output), r.tenant, r.tenant % 6, r.prompt,
                r.prompt % 3, static_cast<long long>(r.output * 12));
        }
        std::fclose(f);
    }
    std::printf("bench_ingest: %lld events, file %.1f MB\n", static_cast<long long>(n),
        std::filesystem::file_size(jsonl) / 1e6);

    // Bare SQLite: the same rows, prepared statement, one transaction, no indexes.
    double bareSeconds;
    {
        sqlite3* db;
        sqlite3_open(bare.c_str(), &db);
        sqlite3_exec(db,
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE t(id TEXT, ts INT, "
            "provider TEXT, model TEXT, tenant TEXT, team TEXT, prompt TEXT, version TEXT, env TEXT, "
            "input INT, cached INT, output INT, latency INT)",
            nullptr, nullptr, nullptr);
        sqlite3_stmt* st;
        sqlite3_prepare_v2(db, "INSERT INTO t VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
        double t0 = bench::now();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (std::int64_t i = 0; i < n; ++i) {
            Row r = makeRow(i);
            std::string tenant = "tenant-" + std::to_string(r.tenant), team = "team-" + std::to_string(r.tenant % 6),
                        prompt = "prompt-" + std::to_string(r.prompt), version = "v" + std::to_string(r.prompt % 3);
            sqlite3_bind_text(st, 1, r.id.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 2, r.ts);
            sqlite3_bind_text(st, 3, kProviders[r.model], -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 4, kModels[r.model], -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 5, tenant.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 6, team.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 7, prompt.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 8, version.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 9, "prod", -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 10, r.input);
            sqlite3_bind_int64(st, 11, r.cached);
            sqlite3_bind_int64(st, 12, r.output);
            sqlite3_bind_int64(st, 13, r.output * 12);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        bareSeconds = bench::now() - t0;
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    auto importInto = [&](const std::string& dbPath, const std::string& file) -> double {
        auto db = Database::open(dbPath);
        if (!db) {
            std::fprintf(stderr, "%s\n", db.error().detail.c_str());
            std::exit(1);
        }
        auto prices = loadPriceBook(**db);
        double t0 = bench::now();
        RequestLogImporter imp(**db, *prices);
        auto r = imp.importFile(file);
        double seconds = bench::now() - t0;
        if (!r || r->inserted != n) {
            std::fprintf(stderr, "import of %s failed\n", file.c_str());
            std::exit(1);
        }
        return seconds;
    };
    double rssBefore = bench::peakRssMb();
    double oursSeconds = importInto(ours, jsonl);
    double rssAfter = bench::peakRssMb();
    double csvSeconds = std::getenv("BENCH_NO_CSV") ? 0 : importInto(oursCsv, csv);
    std::printf("bare SQLite inserts : %8.2f s  %9.0f rows/s\n", bareSeconds, n / bareSeconds);
    std::printf("burnrate import     : %8.2f s  %9.0f rows/s (JSONL parse, validation, pricing, dedupe key, rollups)\n",
        oursSeconds, n / oursSeconds);
    std::printf("ratio ours/bare rate: %.2f (goal >= 0.5)\n", bareSeconds / oursSeconds);
    std::printf("peak RSS            : %.0f MB (%.0f MB before the import)\n", rssAfter, rssBefore);
    if (csvSeconds > 0)
        std::printf("CSV import          : %8.2f s  %9.0f rows/s, %.2fx the JSONL time (goal <= 1.10)\n", csvSeconds,
            n / csvSeconds, csvSeconds / oursSeconds);
    return 0;
}
