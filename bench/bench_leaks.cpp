// Leak detector benchmark over an existing database (e.g. `burnrate --db big.db demo --events 10000000`): every
// detector over the whole stored range and over the automatic run's window (the last 36 days), vs a bare SQLite
// scan of the same range's requests (the one pass the request-level detectors need).
//   bench_leaks DB [repeats]
#include "analytics/leaks.h"
#include "benchutil.h"
#include "sources/leakalerts.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace burnrate;

namespace {

template <typename F> double timed(int repeats, F f)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        double t0 = bench::now();
        f();
        t.push_back((bench::now() - t0) * 1000);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_leaks DB [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    auto db = Database::open(argv[1], Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    Statement span = (*db)->prepare("SELECT min(ts), max(ts) FROM events");
    if (!span.step() || span.isNull(0)) {
        std::fprintf(stderr, "no requests in the database\n");
        return 1;
    }
    const Epoch last = floorDay(span.int64(1)) + kSecondsPerDay;
    struct Case
    {
        const char* name;
        Epoch from;
    };
    const Case cases[] = { { "whole range", floorDay(span.int64(0)) },
        { "automatic window", last - Epoch(kLeakWindowDays + 1) * kSecondsPerDay } };
    for (const Case& c : cases) {
        LeakOptions o;
        o.from = c.from;
        o.to = last;
        std::size_t findings = 0;
        std::int64_t events = 0;
        const double ours = timed(repeats, [&] {
            auto r = detectLeaks(**db, o);
            if (!r) {
                std::fprintf(stderr, "%s\n", r.error().detail.c_str());
                std::exit(1);
            }
            findings = r->findings.size();
            events = r->eventsScanned;
        });
        const double bare = timed(repeats, [&] {
            Statement s
                = (*db)->prepare("SELECT ts, tenant, prompt_id, trace_id, status, cost FROM events WHERE id >= ?1 "
                                 "AND id < ?2 AND ts >= ?3 AND ts < ?4");
            s.bind(1, UsageWriter::dayKeyStart(o.from)).bind(2, UsageWriter::dayKeyEnd(o.to - 1));
            s.bind(3, o.from).bind(4, o.to);
            std::int64_t n = 0;
            while (s.step())
                n += s.int64(4);
            if (n < 0)
                std::puts("");
        });
        std::printf("%-17s %lld requests: detectors %.0f ms (%zu findings), bare scan %.0f ms, ratio %.2f\n", c.name,
            static_cast<long long>(events), ours, findings, bare, ours / std::max(bare, 0.001));
    }
    return 0;
}
