// Quality query benchmark over an existing database (e.g. `burnrate --db big.db demo --events 1000000`, with
// per-request evals and annotations added): the Quality page's queries (model x prompt version, and the weekly
// trend) vs the cost query of the same range and grouping from raw events.
//   bench_quality DB [repeats]
#include "analytics/costquery.h"
#include "analytics/quality.h"
#include "benchutil.h"
#include "store/database.h"

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
        t.push_back((bench::now() - t0) * 1000);
    }
    return median(t);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_quality DB [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    auto db = Database::open(argv[1], Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    Statement counts = (*db)->prepare(
        "SELECT (SELECT count(*) FROM eval_results), (SELECT count(*) FROM annotations), min(ts), max(ts) FROM events");
    counts.step();
    std::printf("bench_quality: %s, %lld events, %lld eval results, %lld annotations\n", argv[1],
        static_cast<long long>((*db)->eventCount()), static_cast<long long>(counts.int64(0)),
        static_cast<long long>(counts.int64(1)));
    const Epoch to = floorDay(counts.int64(3)) + kSecondsPerDay;
    const Epoch from = to - 30 * kSecondsPerDay;
    const std::vector<Axis> groupBy = { Axis { Dim::Model, {} }, Axis { Dim::PromptVersion, {} } };

    QualityQueries qq(**db);
    std::size_t rows = 0;
    std::vector<std::string> largest; // the keys of the group with the most requests
    const double quality = timed(repeats, [&] {
        auto r = qq.run(QualityQuery { from, to, Granularity::None, groupBy, {} });
        rows = r ? r->rows.size() : 0;
        if (r && !r->rows.empty())
            largest = r->rows.front().keys;
    });
    const double trend = timed(repeats, [&] { (void)qq.run(QualityQuery { from, to, Granularity::Week, {}, {} }); });
    CostQueries cq(**db);
    CostQuery raw;
    raw.from = from;
    raw.to = to;
    raw.groupBy = groupBy;
    raw.forceRaw = true;
    const double cost = timed(repeats, [&] { (void)cq.run(raw); });
    std::printf("30 days, model x prompt_version (%zu groups): quality %.0f ms, weekly trend %.0f ms, "
                "raw cost query %.0f ms (quality / cost %.2fx)\n",
        rows, quality, trend, cost, cost > 0 ? quality / cost : 0.0);
    // One side of a two-variant comparison: the group's eval scores, ratings and sum of squared costs.
    const double samples = timed(repeats, [&] {
        (void)qq.samples(QualityQuery { from, to, Granularity::None, groupBy, {} }, largest);
    });
    std::printf("compare samples of the largest group (%s, %s): %.0f ms\n", largest.empty() ? "" : largest[0].c_str(),
        largest.size() > 1 ? largest[1].c_str() : "", samples);
    // The annotation counts the Costs table and the time charts' markers read (driven by the annotations).
    const double tally = timed(repeats, [&] {
        (void)qq.annotationTally(QualityQuery { from, to, Granularity::None, groupBy, {} });
    });
    const double daily = timed(repeats, [&] {
        (void)qq.annotationTally(QualityQuery { from, to, Granularity::Day, {}, {} });
    });
    raw.forceRaw = false;
    const double rollup = timed(repeats, [&] { (void)cq.run(raw); });
    std::printf("annotation tally: model x prompt_version %.0f ms, daily markers %.0f ms; rollup cost query %.0f ms "
                "(tally / rollup %.2fx)\n",
        tally, daily, rollup, rollup > 0 ? tally / rollup : 0.0);
    return 0;
}
