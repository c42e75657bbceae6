// Latency percentile benchmark over an existing database (e.g. `burnrate --db big.db demo --events 1000000`):
// median and p95 per model, and per model and prompt, over the whole demo range (90 days), read from the raw
// requests (analytics/latency.h) as the Costs page does.
//   bench_latency DB [repeats]
#include "analytics/latency.h"
#include "benchutil.h"
#include "store/database.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace burnrate;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_latency DB [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    auto db = Database::open(argv[1], Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    std::printf("bench_latency: %s, %lld events\n", argv[1], static_cast<long long>((*db)->eventCount()));
    Statement range = (*db)->prepare("SELECT min(bucket), max(bucket) FROM rollup_daily");
    range.step();
    const Epoch to = range.int64(1) + kSecondsPerDay;
    for (const auto& [label, axes] : { std::pair { "by model, 90 days", std::vector<Axis> { Axis { Dim::Model, {} } } },
             std::pair { "by model and prompt, 90 days",
                 std::vector<Axis> { Axis { Dim::Model, {} }, Axis { Dim::PromptId, {} } } },
             std::pair { "by prompt, 30 days", std::vector<Axis> { Axis { Dim::PromptId, {} } } } }) {
        CostQuery q;
        q.to = to;
        q.from = to - (std::string_view(label).find("30") != std::string_view::npos ? 30 : 90) * kSecondsPerDay;
        q.groupBy = axes;
        std::vector<double> t;
        std::size_t groups = 0;
        long long n = 0;
        for (int i = 0; i < repeats; ++i) {
            const double t0 = bench::now();
            auto r = latencyByGroup(**db, q);
            t.push_back((bench::now() - t0) * 1000);
            if (!r) {
                std::fprintf(stderr, "%s\n", r.error().detail.c_str());
                return 1;
            }
            groups = r->groups.size();
            n = r->all.count;
        }
        std::sort(t.begin(), t.end());
        std::printf("  %-30s %8.1f ms median of %d (%zu groups, %lld requests with a latency)\n", label,
            t[t.size() / 2], repeats, groups, n);
    }
    return 0;
}
