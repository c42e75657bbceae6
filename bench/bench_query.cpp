// Query benchmark over an existing database (e.g. `burnrate --db big.db demo --events 10000000`):
// the dashboard's queries answered from rollups vs the same query aggregated from raw events.
//   bench_query DB [repeats]
#include "analytics/costquery.h"
#include "benchutil.h"
#include "store/database.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

using namespace burnrate;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeQuery(CostQueries& q, const CostQuery& cq, int repeats, std::size_t& rows)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        double t0 = bench::now();
        auto r = q.run(cq);
        t.push_back((bench::now() - t0) * 1000);
        rows = r ? r->rows.size() : 0;
    }
    return median(t);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_query DB [repeats]\n");
        return 2;
    }
    int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    auto db = Database::open(argv[1], Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    std::printf("bench_query: %s, %lld events\n", argv[1], static_cast<long long>((*db)->eventCount()));
    CostQueries q(**db);
    Statement range = (*db)->prepare("SELECT min(bucket), max(bucket) FROM rollup_daily");
    range.step();
    Epoch to = range.int64(1) + kSecondsPerDay;
    Epoch from = to - 90 * kSecondsPerDay;

    CostQuery byModelDay;
    byModelDay.from = from;
    byModelDay.to = to;
    byModelDay.granularity = Granularity::Day;
    byModelDay.groupBy = { Axis { Dim::Model, {} } };

    CostQuery topTenants;
    topTenants.from = from;
    topTenants.to = to;
    topTenants.groupBy = { Axis { Dim::Tenant, {} } };
    topTenants.topN = 10;

    CostQuery oneTenant;
    oneTenant.from = from;
    oneTenant.to = to;
    oneTenant.granularity = Granularity::Day;
    oneTenant.filters = { Filter { Axis { Dim::Tenant, {} }, { "acme" } } };

    struct Case
    {
        const char* name;
        CostQuery* q;
    } cases[] = { { "cost by model by day, 90 days", &byModelDay }, { "top 10 tenants, 90 days", &topTenants },
        { "one tenant's daily cost, 90 days", &oneTenant } };
    std::printf("%-36s %12s %12s %10s %8s\n", "query", "rollup ms", "raw ms", "raw/rollup", "rows");
    for (auto& c : cases) {
        std::size_t rows = 0, rawRows = 0;
        double a = timeQuery(q, *c.q, repeats, rows);
        CostQuery raw = *c.q;
        raw.forceRaw = true;
        double b = timeQuery(q, raw, std::max(1, repeats / 5), rawRows);
        std::printf(
            "%-36s %12.2f %12.1f %10.0f %8zu%s\n", c.name, a, b, b / a, rows, rows == rawRows ? "" : " (rows differ!)");
    }
    return 0;
}
