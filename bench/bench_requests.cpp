// Requests-table benchmark: RequestQueries (the Requests page's queries) against bare SQLite running the same
// SELECT with prepared statements and no result conversion. Read-only:
//   bench_requests DB [repeats]
// Cases over the last 30 days of the data: the first page by time, page 50 by time (keyset cursor), the
// first page by cost (no index on cost: the range is scanned and sorted), a full-text search's first page,
// one request's detail and a 200-request review sample.
#include "analytics/requestquery.h"
#include "benchutil.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace burnrate;

namespace {

int die(const std::string& m)
{
    std::fprintf(stderr, "bench_requests: %s\n", m.c_str());
    return 1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeIt(int repeats, const std::function<void()>& f)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        double t0 = bench::now();
        f();
        t.push_back(bench::now() - t0);
    }
    return median(t);
}

// The page SELECT as RequestQueries composes it for a range, a sort key and an optional cursor / FTS match.
std::string pageSql(const std::string& key, bool cursor, bool fts)
{
    return "SELECT e.id, e.ext_id, e.ts, e.provider, e.model, e.tenant, e.input, e.cached, e.output, e.cost, "
           "e.reported_cost, e.latency_ms, e.status, p.k, "
           "(SELECT count(*) FROM annotations a WHERE a.event_id = e.id), "
           "(SELECT count(*) FROM eval_results r WHERE r.event_ext_id = e.ext_id AND r.event_ext_id <> '' AND "
           "r.passed = 1), "
           "(SELECT count(*) FROM eval_results r WHERE r.event_ext_id = e.ext_id AND r.event_ext_id <> '' AND "
           "r.passed = 0), "
           "(SELECT substr(t.prompt, 1, 160) FROM event_text t WHERE t.event_id = e.id) "
           "FROM (SELECT e.id AS id, "
        + key + " AS k FROM events e WHERE e.ts >= ?1 AND e.ts < ?2 AND e.id >= ?3 AND e.id < ?4"
        + std::string(fts ? " AND e.id IN (SELECT rowid FROM event_text_fts WHERE event_text_fts MATCH ?7)" : "")
        + (cursor ? " AND (" + key + ", e.id) < (?5, ?6)" : "")
        + " ORDER BY k DESC, e.id DESC LIMIT 201) p JOIN events e ON e.id = p.id ORDER BY p.k DESC, p.id DESC";
}

// The first version's SELECT: every column computed for every row the sort considers.
std::string flatPageSql(const std::string& key)
{
    return "SELECT e.id, e.ext_id, e.ts, e.provider, e.model, e.tenant, e.input, e.cached, e.output, e.cost, "
           "e.reported_cost, e.latency_ms, e.status, "
        + key
        + ", (SELECT count(*) FROM annotations a WHERE a.event_id = e.id), "
          "(SELECT count(*) FROM eval_results r WHERE r.event_ext_id = e.ext_id AND r.event_ext_id <> '' AND "
          "r.passed = 1), "
          "(SELECT count(*) FROM eval_results r WHERE r.event_ext_id = e.ext_id AND r.event_ext_id <> '' AND "
          "r.passed = 0), "
          "(SELECT substr(t.prompt, 1, 160) FROM event_text t WHERE t.event_id = e.id) FROM events e"
          " WHERE e.ts >= ?1 AND e.ts < ?2 AND e.id >= ?3 AND e.id < ?4 ORDER BY "
        + key + " DESC, e.id DESC LIMIT 201";
}

// Bare SQLite: prepare, bind, step every row reading each column, finalize.
int bare(sqlite3* db, const std::string& sql, Epoch from, Epoch to, std::int64_t k, std::int64_t id,
    const std::string& match)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bare: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, to);
    sqlite3_bind_int64(st, 3, UsageWriter::dayKeyStart(from));
    sqlite3_bind_int64(st, 4, UsageWriter::dayKeyEnd(to - 1));
    if (sqlite3_bind_parameter_count(st) >= 5) {
        sqlite3_bind_int64(st, 5, k);
        sqlite3_bind_int64(st, 6, id);
    }
    if (!match.empty())
        sqlite3_bind_text(st, 7, match.c_str(), -1, SQLITE_TRANSIENT);
    int rows = 0;
    std::int64_t sink = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < 18; ++c)
            sink += sqlite3_column_type(st, c) == SQLITE_TEXT ? sqlite3_column_bytes(st, c)
                                                              : sqlite3_column_int64(st, c);
        ++rows;
    }
    sqlite3_finalize(st);
    return rows + static_cast<int>(sink & 0);
}

// Bare SQLite for the time order, read as RequestQueries reads it: the newest day below the cursor found by a
// rowid seek, then that day's rows sorted alone, day after day until the page is full.
int bareByDay(sqlite3* db, Epoch from, Epoch to, const RequestCursor* after)
{
    const std::string day = pageSql("e.ts", after != nullptr, false);
    sqlite3_stmt* seek = nullptr;
    sqlite3_prepare_v2(db, "SELECT max(id) FROM events WHERE id >= ?1 AND id < ?2", -1, &seek, nullptr);
    const std::int64_t lo = UsageWriter::dayKeyStart(from);
    std::int64_t bound = UsageWriter::dayKeyEnd(after ? after->key : to - 1);
    int rows = 0;
    while (rows < 201 && bound > lo) {
        sqlite3_reset(seek);
        sqlite3_bind_int64(seek, 1, lo);
        sqlite3_bind_int64(seek, 2, bound);
        if (sqlite3_step(seek) != SQLITE_ROW || sqlite3_column_type(seek, 0) == SQLITE_NULL)
            break;
        const Epoch d = (sqlite3_column_int64(seek, 0) >> UsageWriter::kKeyHashBits) * kSecondsPerDay;
        rows += bare(db, day, std::max(from, d), std::min(to, d + kSecondsPerDay), after ? after->key : 0,
            after ? after->id : 0, {});
        bound = UsageWriter::dayKeyStart(d);
    }
    sqlite3_finalize(seek);
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_requests DB [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    auto opened = Database::open(argv[1], Database::Mode::ReadOnly);
    if (!opened)
        return die(opened.error().detail);
    Database& db = **opened;
    Statement last = db.prepare("SELECT max(id) FROM events");
    if (!last.step() || last.isNull(0))
        return die("no requests in " + std::string(argv[1]));
    Statement lastTs = db.prepare("SELECT ts FROM events WHERE id = ?1");
    lastTs.bind(1, last.int64(0));
    lastTs.step();
    const Epoch to = floorDay(lastTs.int64(0)) + kSecondsPerDay;
    const Epoch from = to - 30 * kSecondsPerDay;
    RequestQueries q(db);
    RequestFilter f;
    f.from = from;
    f.to = to;
    std::printf("bench_requests: %s, %lld events (max id), 30 days, median of %d\n", argv[1],
        static_cast<long long>(db.eventCount()), repeats);
    // A word that occurs in some stored prompts: the first word of the last stored text.
    Statement word = db.prepare("SELECT prompt FROM event_text ORDER BY event_id DESC LIMIT 1");
    std::string searchWord = "refund";
    if (word.step()) {
        std::string p = word.text(0);
        std::string w;
        for (char c : p) {
            if (std::isalpha(static_cast<unsigned char>(c)))
                w += c;
            else if (w.size() >= 5)
                break;
            else
                w.clear();
        }
        if (w.size() >= 5)
            searchWord = w;
    }

    std::printf("%-34s %10s %10s %7s %6s\n", "case", "ours ms", "bare ms", "ratio", "rows");
    auto report = [](const char* name, double ours, double bareT, int rows) {
        std::printf(
            "%-34s %10.2f %10.2f %7.2f %6d\n", name, ours * 1e3, bareT * 1e3, bareT > 0 ? ours / bareT : 0.0, rows);
    };

    // First page by time.
    {
        RequestPageQuery pq;
        pq.filter = f;
        int rows = 0;
        double ours = timeIt(repeats, [&] { rows = int(q.page(pq)->rows.size()); });
        double b = timeIt(repeats, [&] { bareByDay(db.handle(), from, to, nullptr); });
        report("first page, time", ours, b, rows);
        const std::string whole = pageSql("e.ts", false, false);
        b = timeIt(repeats, [&] { bare(db.handle(), whole, from, to, 0, 0, {}); });
        report("  (bare, one SELECT over 30 days)", 0, b, rows);
    }
    // Page 50 by time: the cursor after 49 pages.
    {
        RequestPageQuery pq;
        pq.filter = f;
        for (int i = 0; i < 49; ++i)
            pq.after = q.page(pq)->next;
        int rows = 0;
        double ours = timeIt(repeats, [&] { rows = int(q.page(pq)->rows.size()); });
        double b = timeIt(repeats, [&] { bareByDay(db.handle(), from, to, &*pq.after); });
        report("page 50, time", ours, b, rows);
    }
    // First page and page 50 by cost.
    {
        RequestPageQuery pq;
        pq.filter = f;
        pq.sort = RequestSort::Cost;
        int rows = 0;
        double ours = timeIt(repeats, [&] { rows = int(q.page(pq)->rows.size()); });
        const std::string sql = pageSql("coalesce(e.cost, -1)", false, false);
        double b = timeIt(repeats, [&] { bare(db.handle(), sql, from, to, 0, 0, {}); });
        report("first page, cost", ours, b, rows);
        const std::string flat = flatPageSql("coalesce(e.cost, -1)");
        b = timeIt(std::min(repeats, 2), [&] { bare(db.handle(), flat, from, to, 0, 0, {}); });
        report("  (bare, columns for every row)", 0, b, rows);
        for (int i = 0; i < 49; ++i)
            pq.after = q.page(pq)->next;
        ours = timeIt(repeats, [&] { rows = int(q.page(pq)->rows.size()); });
        const std::string sql50 = pageSql("coalesce(e.cost, -1)", true, false);
        b = timeIt(repeats, [&] { bare(db.handle(), sql50, from, to, pq.after->key, pq.after->id, {}); });
        report("page 50, cost", ours, b, rows);
    }
    // Scrolling in cost order as the Requests page does (1,000 rows a page, one RequestOrderCache per table):
    // the first page scans and keeps the first 5,000 keys; the next pages are read from them by id until one
    // (with its one-row look-ahead) goes past them and scans again. Each page is checked against the same page
    // without the cache.
    {
        RequestPageQuery pq;
        pq.filter = f;
        pq.sort = RequestSort::Cost;
        pq.limit = 1000;
        constexpr int kPages = 8;
        std::vector<std::vector<double>> times(kPages);
        std::vector<bool> scanned(kPages);
        bool same = true;
        for (int rep = 0; rep < repeats; ++rep) {
            RequestOrderCache cache;
            RequestQueries cq(db, &cache);
            RequestPageQuery page = pq;
            for (int i = 0; i < kPages; ++i) {
                const std::int64_t scansBefore = cache.scans();
                double t0 = bench::now();
                auto got = cq.page(page);
                times[static_cast<std::size_t>(i)].push_back(bench::now() - t0);
                scanned[static_cast<std::size_t>(i)] = cache.scans() > scansBefore;
                if (rep == 0) {
                    auto want = q.page(page);
                    same = same && got && want && got->next == want->next && got->rows.size() == want->rows.size()
                        && std::equal(got->rows.begin(), got->rows.end(), want->rows.begin(),
                            [](const RequestRow& a, const RequestRow& b) {
                                return a.id == b.id && a.cursor == b.cursor && a.cost == b.cost
                                    && a.annotations == b.annotations && a.promptStart == b.promptStart;
                            });
                }
                page.after = got->next;
            }
        }
        std::printf("  order cache, 1000-row pages by cost, identical to uncached pages: %s\n", same ? "yes" : "NO");
        const std::string sql = pageSql("coalesce(e.cost, -1)", false, false);
        double b = timeIt(repeats, [&] { bare(db.handle(), sql, from, to, 0, 0, {}); });
        for (int i = 0; i < kPages; ++i) {
            std::vector<double>& v = times[static_cast<std::size_t>(i)];
            std::sort(v.begin(), v.end());
            std::string name = "  page " + std::to_string(i + 1)
                + (scanned[static_cast<std::size_t>(i)] ? " (scans)" : " (kept keys)");
            report(name.c_str(), v[v.size() / 2], b, 1000);
        }
    }
    // Full-text search.
    {
        RequestPageQuery pq;
        pq.filter = f;
        pq.filter.search = searchWord;
        int rows = 0;
        double ours = timeIt(repeats, [&] { rows = int(q.page(pq)->rows.size()); });
        const std::string sql = pageSql("e.ts", false, true);
        const std::string match = "\"" + searchWord + "\"";
        double b = timeIt(repeats, [&] { bare(db.handle(), sql, from, to, 0, 0, match); });
        std::string name = "search '" + searchWord + "', time";
        report(name.c_str(), ours, b, rows);
    }
    // Detail of the newest request, and a review sample (no bare equivalent: reported alone).
    {
        const std::int64_t id = last.int64(0);
        double ours = timeIt(repeats, [&] { (void)q.detail(id); });
        report("detail of one request", ours, 0, 1);
        int n = 0;
        ours = timeIt(std::min(repeats, 3), [&] { n = int(q.sample(f, 200, 42)->size()); });
        report("review sample of 200", ours, 0, n);
        ours = timeIt(std::min(repeats, 3), [&] { (void)Database::open(argv[1], Database::Mode::ReadOnly); });
        report("open a read connection", ours, 0, 0);
    }
    return 0;
}
