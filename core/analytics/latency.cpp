#include "analytics/latency.h"

#include "store/database.h"

#include <algorithm>
#include <map>

namespace burnrate {

std::int64_t nearestRank(const std::vector<std::int64_t>& sorted, int percent)
{
    const auto n = static_cast<std::int64_t>(sorted.size());
    if (n == 0)
        return 0;
    // ceil(percent * n / 100) in integers; rank 1 at least.
    const std::int64_t rank = std::clamp<std::int64_t>((std::int64_t(percent) * n + 99) / 100, 1, n);
    return sorted[static_cast<std::size_t>(rank - 1)];
}

LatencyStats latencyStats(std::vector<std::int64_t>& values)
{
    LatencyStats s;
    s.count = static_cast<std::int64_t>(values.size());
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.medianMs = nearestRank(values, 50);
    s.p95Ms = nearestRank(values, 95);
    return s;
}

Result<LatencyResult> latencyByGroup(Database& db, const CostQuery& query)
{
    if (query.lens != Lens::Attribution)
        return makeError(ErrorCode::Invalid, "latency comes from single requests: use the attribution lens");
    for (const Axis& a : query.groupBy)
        if (a.dim == Dim::ModelTier)
            return makeError(ErrorCode::Invalid, "latency cannot be grouped by model tier");
    CostQuery q = query;
    q.granularity = Granularity::None;
    q.topN = 0;
    auto filters = resolveModelTierFilters(db, q.filters);
    if (!filters)
        return filters.error();
    q.filters = std::move(*filters);
    QueryPlan plan;
    plan.table = QueryPlan::Table::Events;
    plan.tableName = "events";
    std::vector<std::int64_t> binds;
    const QuerySqlParts parts = buildQuerySqlParts(
        q, plan, [&](Dim d, const std::string& v) { return db.findDim(d, v); }, binds);
    std::string sql = "SELECT e.latency_ms, e.ttft_ms";
    for (const auto& k : parts.keys)
        sql += ", " + k;
    sql += " FROM events e" + parts.joins + parts.where + " AND (e.latency_ms IS NOT NULL OR e.ttft_ms IS NOT NULL)";
    Statement st = db.prepare(sql);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    for (std::size_t i = 0; i < binds.size(); ++i)
        st.bind(static_cast<int>(i + 1), binds[i]);
    const int nKeys = static_cast<int>(parts.keys.size());
    struct Values
    {
        std::vector<std::int64_t> latency, ttft;
        void add(const Statement& st)
        {
            if (!st.isNull(0))
                latency.push_back(st.int64(0));
            if (!st.isNull(1))
                ttft.push_back(st.int64(1));
        }
    };
    std::map<std::vector<std::int64_t>, Values> byKey;
    Values all;
    std::vector<std::int64_t> key(static_cast<std::size_t>(nKeys));
    while (st.step()) {
        for (int i = 0; i < nKeys; ++i)
            key[static_cast<std::size_t>(i)] = st.int64(i + 2);
        byKey[key].add(st);
        all.add(st);
    }
    if (!st.lastError().empty())
        return makeError(ErrorCode::Database, st.lastError());
    LatencyResult out;
    out.all = latencyStats(all.latency);
    out.allTtft = latencyStats(all.ttft);
    for (auto& [ids, values] : byKey) {
        LatencyGroup g;
        for (std::int64_t id : ids)
            g.keys.push_back(db.dimValue(id));
        g.stats = latencyStats(values.latency);
        g.ttft = latencyStats(values.ttft);
        out.groups.push_back(std::move(g));
    }
    std::sort(out.groups.begin(), out.groups.end(),
        [](const LatencyGroup& a, const LatencyGroup& b) { return a.keys < b.keys; });
    return out;
}

} // namespace burnrate
