// What-if replay benchmark over an existing database (e.g. `burnrate --db big.db demo --events 10000000`): a
// scenario of one step and of four steps over the whole range, and the recommendations of the last 30 days,
// against a bare SQLite scan of the same event columns (no pricing) - the floor any per-request replay has.
//   bench_whatif DB [repeats]
#include "analytics/whatif.h"
#include "benchutil.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

using namespace burnrate;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F> double timed(int repeats, F f)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        double t0 = bench::now();
        f();
        t.push_back(bench::now() - t0);
    }
    return median(t);
}

ScenarioStep step(StepKind kind, const char* arg)
{
    auto s = parseStep(kind, arg);
    if (!s) {
        std::fprintf(stderr, "%s\n", s.error().detail.c_str());
        std::exit(2);
    }
    return *s;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_whatif DB [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    auto db = Database::open(argv[1], Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    auto book = loadPriceBook(**db);
    if (!book) {
        std::fprintf(stderr, "%s\n", book.error().detail.c_str());
        return 1;
    }
    Statement range = (*db)->prepare("SELECT min(ts), max(ts), count(*) FROM events");
    range.step();
    const Epoch from = floorDay(range.int64(0)), to = floorDay(range.int64(1)) + kSecondsPerDay;
    const std::int64_t events = range.int64(2);
    std::printf("bench_whatif: %s, %lld events over %lld days\n", argv[1], static_cast<long long>(events),
        static_cast<long long>((to - from) / kSecondsPerDay));

    // The floor: the same columns stepped through with nothing done to them.
    std::int64_t sink = 0;
    const double bare = timed(repeats, [&] {
        Statement q = (*db)->prepare("SELECT e.ts, e.provider, e.model, e.tenant, e.prompt_id, e.service_tier, "
                                     "e.input, e.cached, e.cw5m, e.cw1h, e.output, e.flags FROM events e WHERE "
                                     "e.ts >= ?1 AND e.ts < ?2");
        q.bind(1, from).bind(2, to);
        while (q.step())
            for (int c = 0; c < 12; ++c)
                sink += q.int64(c);
    });
    std::printf("  bare scan of the columns:     %8.2f s  %6.2f M rows/s%s\n", bare, double(events) / bare / 1e6,
        sink == 42 ? " " : "");

    struct Case
    {
        const char* name;
        std::vector<ScenarioStep> steps;
    };
    const std::vector<Case> cases = {
        { "1 step (route gpt-4o)", { step(StepKind::Route, "gpt-4o=gpt-4o-mini") } },
        { "4 steps (route, cache, cap, batch)",
            { step(StepKind::Route, "claude-sonnet-4-5=claude-haiku-4-5:max-input=2000"),
                step(StepKind::PromptCache, "support-answer=0.8"), step(StepKind::CapInput, "sql-agent=6000"),
                step(StepKind::Batch, "prompt=nightly-enrich") } },
    };
    for (const Case& c : cases) {
        Scenario sc;
        sc.from = from;
        sc.to = to;
        sc.steps = c.steps;
        Nano saving = 0;
        const double t = timed(repeats, [&] {
            auto r = runWhatIf(**db, *book, sc);
            if (!r) {
                std::fprintf(stderr, "%s\n", r.error().detail.c_str());
                std::exit(1);
            }
            saving = r->saving();
        });
        std::printf("  %-30s %8.2f s  %6.2f M events/s  ratio ours/bare %.2f  saving %s\n", c.name, t,
            double(events) / t / 1e6, bare / t, formatUsd(saving).c_str());
    }
    std::vector<Recommendation> recs;
    const double tr = timed(1, [&] {
        auto r = recommendSavings(**db, *book);
        if (!r) {
            std::fprintf(stderr, "%s\n", r.error().detail.c_str());
            std::exit(1);
        }
        recs = std::move(*r);
    });
    std::printf("  recommendations (30 days):    %8.2f s  %zu found\n", tr, recs.size());
    for (const Recommendation& r : recs)
        std::printf("    %s  %s\n", formatUsd(r.saving).c_str(), r.title.c_str());
    return 0;
}
