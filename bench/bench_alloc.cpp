// Allocation benchmark: re-applying one rule (an API key -> a team) to the stored history, against a bare
// SQLite UPDATE of the same rows. Run on a copy of a demo database (it writes):
//   bench_alloc DB [repeats]
// Setup (not timed): the busiest API key's requests lose their team, as if its proxy had not reported one.
#include "analytics/costquery.h"
#include "benchutil.h"
#include "store/allocation.h"
#include "store/database.h"
#include "store/rollups.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace burnrate;

namespace {

int die(const std::string& m)
{
    std::fprintf(stderr, "bench_alloc: %s\n", m.c_str());
    return 1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_alloc DB [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    auto opened = Database::open(argv[1]);
    if (!opened)
        return die(opened.error().detail);
    Database& db = **opened;
    Statement busiest = db.prepare("SELECT api_key, sum(requests) FROM rollup_daily WHERE lens = 0 AND api_key != 0 "
                                   "GROUP BY api_key ORDER BY 2 DESC LIMIT 1");
    if (!busiest.step())
        return die("no requests with an API key in " + std::string(argv[1]));
    const std::int64_t keyId = busiest.int64(0);
    const std::string key = db.dimValue(keyId);
    std::printf("bench_alloc: %s, %lld events, key %s (%lld requests), %d repeats\n", argv[1],
        static_cast<long long>(db.eventCount()), key.c_str(), static_cast<long long>(busiest.int64(1)), repeats);
    busiest = Statement();

    // Setup: the key's requests have no team (the rollups rebuilt to match).
    double t0 = bench::now();
    if (auto r = db.begin(); !r)
        return die(r.error().detail);
    Statement clear = db.prepare("UPDATE events SET team = 0, flags = flags & ~8 WHERE api_key = ?1");
    clear.bind(1, keyId);
    if (!clear.exec())
        return die(clear.lastError());
    if (auto r = rebuildRollups(db); !r)
        return die(r.error().detail);
    if (auto r = db.commit(); !r)
        return die(r.error().detail);
    std::printf("setup         : %6.2f s (team cleared, rollups rebuilt)\n", bench::now() - t0);
    auto teamId = db.intern(Dim::Team, "bench-team");
    if (!teamId)
        return die(teamId.error().detail);

    std::vector<double> bare, add, remove;
    std::int64_t bareRows = 0;
    AllocationReport report;
    for (int i = 0; i < repeats; ++i) {
        // Bare SQLite: the same rows' team set by one UPDATE (no rollups, no precedence), rolled back.
        t0 = bench::now();
        if (auto r = execSql(db.handle(), "BEGIN IMMEDIATE"); !r)
            return die(r.error().detail);
        Statement upd = db.prepare("UPDATE events SET team = ?1 WHERE api_key = ?2");
        upd.bind(1, *teamId).bind(2, keyId);
        if (!upd.exec())
            return die(upd.lastError());
        bareRows = sqlite3_changes(db.handle());
        upd = Statement();
        if (auto r = execSql(db.handle(), "COMMIT"); !r)
            return die(r.error().detail);
        bare.push_back(bench::now() - t0);
        // Undo it outside the timing (the same UPDATE back).
        Statement undo = db.prepare("UPDATE events SET team = 0 WHERE api_key = ?1");
        undo.bind(1, keyId);
        if (!undo.exec())
            return die(undo.lastError());
        undo = Statement();

        AllocationRule rule;
        rule.matchDim = Dim::ApiKey;
        rule.matchValue = key;
        rule.target = Dim::Team;
        rule.targetValue = "bench-team";
        t0 = bench::now();
        auto added = addAllocationRule(db, rule);
        if (!added)
            return die(added.error().detail);
        add.push_back(bench::now() - t0);
        report = added->second;
        t0 = bench::now();
        auto removed = removeAllocationRule(db, added->first.id);
        if (!removed)
            return die(removed.error().detail);
        remove.push_back(bench::now() - t0);
        if (!(removed->second == added->second))
            return die("removing the rule moved other facts than adding it");
    }
    // The rule once more, checked: the rollups answer exactly what the raw facts say.
    {
        AllocationRule rule;
        rule.matchDim = Dim::ApiKey;
        rule.matchValue = key;
        rule.target = Dim::Team;
        rule.targetValue = "bench-team";
        auto added = addAllocationRule(db, rule);
        if (!added)
            return die(added.error().detail);
        CostQueries q(db);
        CostQuery cq;
        cq.from = 0;
        cq.to = 86400LL * 50000;
        cq.filters = { Filter { Axis { Dim::Team, {} }, { "bench-team" } } };
        auto a = q.run(cq);
        cq.forceRaw = true;
        auto b = q.run(cq);
        if (!a || !b || !(a->total == b->total) || a->total.requests != added->second.events)
            return die("rollups and raw facts disagree after the rule");
        if (auto r = removeAllocationRule(db, added->first.id); !r)
            return die(r.error().detail);
    }
    const double b = median(bare), a = median(add), r = median(remove);
    std::printf("bare UPDATE   : %6.3f s (%lld rows)\n", b, static_cast<long long>(bareRows));
    std::printf("add rule      : %6.3f s (%lld requests, %s re-allocated; rollups kept exact)  ours/bare %.2f\n", a,
        static_cast<long long>(report.events), formatUsd(report.eventsCost).c_str(), a / b);
    std::printf("remove rule   : %6.3f s  ours/bare %.2f\n", r, r / b);
    return 0;
}
