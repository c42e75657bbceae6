// Re-pricing benchmark: an override on one model re-prices the history it affects; removing it
// restores the old figures. Run on a copy of a big database (it writes).
//   bench_reprice DB [model]
#include "benchutil.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <cstdlib>

using namespace burnrate;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_reprice DB [model]\n");
        return 2;
    }
    std::string model = argc > 2 ? argv[2] : "claude-sonnet-4-5";
    auto db = Database::open(argv[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    std::printf("bench_reprice: %s, %lld events, model %s\n", argv[1], static_cast<long long>((*db)->eventCount()),
        model.c_str());
    Statement range = (*db)->prepare("SELECT min(bucket), max(bucket) FROM rollup_daily");
    range.step();
    Price p;
    p.origin = PriceOrigin::Override;
    p.provider = "anthropic";
    p.model = model;
    p.effectiveFrom = floorDay((range.int64(0) + range.int64(1)) / 2); // mid-period: half the history changes
    p.base.input = Nano(2'000'000'000);
    p.base.cachedInput = Nano(200'000'000);
    p.base.output = Nano(10'000'000'000);
    double t0 = bench::now();
    auto r = savePrices(**db, { p });
    double t1 = bench::now();
    if (!r) {
        std::fprintf(stderr, "%s\n", r.error().detail.c_str());
        return 1;
    }
    std::printf("override      : %6.2f s, %lld events re-priced (%s), affected spend %s -> %s\n", t1 - t0,
        static_cast<long long>(r->eventsRepriced), r->inOneStatement ? "one UPDATE" : "row by row",
        formatUsd(r->oldTotal).c_str(), formatUsd(r->newTotal).c_str());
    Statement id = (*db)->prepare("SELECT id FROM prices WHERE origin = 2 AND model = ?1 AND effective_from = ?2");
    id.bind(1, model).bind(2, p.effectiveFrom);
    id.step();
    t0 = bench::now();
    auto back = removePrice(**db, id.int64(0));
    t1 = bench::now();
    if (!back) {
        std::fprintf(stderr, "%s\n", back.error().detail.c_str());
        return 1;
    }
    std::printf("remove it     : %6.2f s, %lld events re-priced (%s), affected spend %s -> %s\n", t1 - t0,
        static_cast<long long>(back->eventsRepriced), back->inOneStatement ? "one UPDATE" : "row by row",
        formatUsd(back->oldTotal).c_str(), formatUsd(back->newTotal).c_str());
    return 0;
}
