#include "analytics/costquery.h"

#include "store/database.h"
#include "store/rollups.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace burnrate {

const char* granularityName(Granularity g)
{
    switch (g) {
    case Granularity::None:
        return "none";
    case Granularity::Hour:
        return "hour";
    case Granularity::Day:
        return "day";
    case Granularity::Week:
        return "week";
    case Granularity::Month:
        return "month";
    }
    return "none";
}

std::optional<Granularity> granularityFromName(std::string_view n)
{
    for (auto g : { Granularity::None, Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month })
        if (n == granularityName(g))
            return g;
    return std::nullopt;
}

std::string Axis::name() const
{
    return isTag() ? "tag:" + tagKey : std::string(dimName(dim));
}

std::optional<Axis> Axis::fromName(std::string_view n)
{
    if (n.rfind("tag:", 0) == 0 && n.size() > 4)
        return Axis::tag(std::string(n.substr(4)));
    auto d = dimFromName(n);
    if (!d)
        return std::nullopt;
    return Axis { *d, {} };
}

Totals& Totals::operator+=(const Totals& o)
{
    auto add = [this](std::int64_t& a, std::int64_t b) {
        if (__builtin_add_overflow(a, b, &a)) {
            a = b > 0 ? INT64_MAX : INT64_MIN; // saturate, and say so
            overflow = true;
        }
    };
    add(requests, o.requests);
    add(input, o.input);
    add(cached, o.cached);
    add(cw5m, o.cw5m);
    add(cw1h, o.cw1h);
    add(output, o.output);
    add(cost, o.cost);
    add(reportedCost, o.reportedCost);
    add(unpricedRequests, o.unpricedRequests);
    add(unpricedTokens, o.unpricedTokens);
    add(errorRequests, o.errorRequests);
    add(errorCost, o.errorCost);
    add(cacheHitRequests, o.cacheHitRequests);
    add(cacheAvoided, o.cacheAvoided);
    add(cacheSavings, o.cacheSavings);
    add(cacheWriteExtra, o.cacheWriteExtra);
    add(latencySum, o.latencySum);
    add(latencyCount, o.latencyCount);
    overflow = overflow || o.overflow;
    return *this;
}

bool lensCarries(Lens lens, const Axis& axis)
{
    if (lens == Lens::Attribution)
        return axis.dim != Dim::TagValue;
    if (axis.isTag())
        return false;
    switch (axis.dim) {
    case Dim::Provider:
    case Dim::Model:
    case Dim::ApiKey:
    case Dim::User:
        return true;
    case Dim::Project:
    case Dim::ServiceTier:
        return lens == Lens::Billing;
    case Dim::Team:
        return lens == Lens::ProxyMetrics;
    default:
        return false;
    }
}

std::optional<Axis> uncarriedAxis(const CostQuery& q)
{
    for (const auto& a : q.groupBy)
        if (!lensCarries(q.lens, a))
            return a;
    for (const auto& f : q.filters)
        if (!lensCarries(q.lens, f.axis))
            return f.axis;
    return std::nullopt;
}

std::string lensRefusal(Lens lens, const Axis& axis)
{
    std::string carried;
    for (Dim d : { Dim::Provider, Dim::Model, Dim::Team, Dim::Project, Dim::User, Dim::ApiKey, Dim::ServiceTier })
        if (lensCarries(lens, Axis { d, {} }))
            carried += (carried.empty() ? "" : ", ") + std::string(d == Dim::ServiceTier ? "model_tier" : dimName(d));
    std::string what = axis.isTag() ? "tags (" + axis.name() + ")" : axis.name() + " dimension";
    return "the " + std::string(lensName(lens)) + " lens has no " + what + ": "
        + (lens == Lens::Billing ? "provider usage" : "proxy metrics") + " carries " + carried
        + " only; use the attribution lens to filter or group by " + axis.name();
}

Epoch bucketStart(Epoch t, Granularity g)
{
    switch (g) {
    case Granularity::None:
        return 0;
    case Granularity::Hour:
        return floorHour(t);
    case Granularity::Day:
        return floorDay(t);
    case Granularity::Week:
        return floorWeek(t);
    case Granularity::Month:
        return floorMonth(t);
    }
    return 0;
}

namespace {

// Column of a dimension in the rollups / events / buckets tables ("" when that table lacks it).
const char* column(Dim d, bool rollup, bool buckets)
{
    switch (d) {
    case Dim::Provider:
        return "provider";
    case Dim::Model:
        return "model";
    case Dim::Tenant:
        return "tenant";
    case Dim::Team:
        return "team";
    case Dim::Project:
        return "project";
    case Dim::Env:
        return buckets ? "" : "env";
    case Dim::User:
        return rollup ? "" : "user";
    case Dim::ApiKey:
        return "api_key";
    case Dim::PromptId:
        return buckets ? "" : "prompt_id";
    case Dim::PromptVersion:
        return buckets ? "" : "prompt_version";
    case Dim::TraceId:
        return rollup || buckets ? "" : "trace_id";
    case Dim::ServiceTier:
        return "service_tier";
    default:
        return "";
    }
}

constexpr const char* kRollupSums
    = "sum(requests), sum(input), sum(cached), sum(cw5m), sum(cw1h), sum(output), sum(cost), sum(reported_cost), "
      "sum(unpriced_requests), sum(unpriced_tokens), sum(error_requests), sum(error_cost), sum(cache_hit_requests), "
      "sum(cache_avoided), sum(cache_savings), sum(cache_write_extra), sum(latency_sum), sum(latency_count)";

// The same measures straight from the events table (must mirror eventContribution()).
constexpr const char* kEventSums
    = "count(*), sum(e.input), sum(e.cached), sum(e.cw5m), sum(e.cw1h), sum(e.output), sum(coalesce(e.cost, 0)), "
      "sum(coalesce(e.reported_cost, 0)), sum(e.cost IS NULL), sum(CASE WHEN e.cost IS NULL THEN e.input + "
      "e.output ELSE 0 END), sum(e.status >= 400), sum(CASE WHEN e.status >= 400 THEN coalesce(e.cost, 0) ELSE 0 "
      "END), sum(e.flags & 1), sum(e.avoided), sum(e.cache_savings), sum(e.cache_write_extra), "
      "sum(coalesce(e.latency_ms, 0)), count(e.latency_ms)";

constexpr const char* kBucketSums
    = "sum(e.requests), sum(e.input), sum(e.cached), sum(e.cw5m), sum(e.cw1h), sum(e.output), "
      "sum(coalesce(e.cost, 0)), sum(coalesce(e.reported_cost, 0)), sum(CASE WHEN e.cost IS NULL THEN "
      "e.requests ELSE 0 END), sum(CASE WHEN e.cost IS NULL THEN e.input + e.output ELSE 0 END), 0, 0, 0, 0, "
      "sum(e.cache_savings), sum(e.cache_write_extra), 0, 0";

Totals readTotals(const Statement& s, int c)
{
    Totals t;
    auto i = [&](int k) {
        return static_cast<std::int64_t>(s.isNull(c + k) ? 0 : s.int64(c + k));
    };
    t.requests = i(0);
    t.input = i(1);
    t.cached = i(2);
    t.cw5m = i(3);
    t.cw1h = i(4);
    t.output = i(5);
    t.cost = i(6);
    t.reportedCost = i(7);
    t.unpricedRequests = i(8);
    t.unpricedTokens = i(9);
    t.errorRequests = i(10);
    t.errorCost = i(11);
    t.cacheHitRequests = i(12);
    t.cacheAvoided = i(13);
    t.cacheSavings = i(14);
    t.cacheWriteExtra = i(15);
    t.latencySum = i(16);
    t.latencyCount = i(17);
    return t;
}

} // namespace

CostQueries::CostQueries(Database& db)
    : m_db(db)
{
}

bool CostQueries::hasLens(Lens lens)
{
    Statement s = m_db.prepare("SELECT 1 FROM rollup_daily WHERE lens = ?1 LIMIT 1");
    s.bind(1, static_cast<int>(lens));
    return s.step();
}

Result<Totals> CostQueries::totals(Epoch from, Epoch to, Lens lens, const std::vector<Filter>& filters)
{
    CostQuery q;
    q.from = from;
    q.to = to;
    q.lens = lens;
    q.filters = filters;
    auto r = run(q);
    if (!r)
        return r.error();
    return r->total;
}

Result<QueryResult> CostQueries::run(const CostQuery& q)
{
    // Refused before anything else, so the answer does not depend on the range or the data.
    if (auto a = uncarriedAxis(q))
        return makeError(ErrorCode::Invalid, lensRefusal(q.lens, *a));
    if (q.to <= q.from)
        return QueryResult {};
    // Which table answers: a rollup when every axis lives there and the range is aligned to its buckets.
    // Which table answers: the coarsest rollup that keeps every axis, when the range is aligned to its
    // buckets; else the raw facts.
    auto keyField = [](const Axis& a) -> int {
        if (a.isTag())
            return -1;
        switch (a.dim) {
        case Dim::Provider:
            return RkProvider;
        case Dim::Model:
            return RkModel;
        case Dim::Tenant:
            return RkTenant;
        case Dim::Team:
            return RkTeam;
        case Dim::Project:
            return RkProject;
        case Dim::Env:
            return RkEnv;
        case Dim::ApiKey:
            return RkApiKey;
        case Dim::PromptId:
            return RkPromptId;
        case Dim::PromptVersion:
            return RkPromptVersion;
        case Dim::ServiceTier:
            return RkServiceTier;
        default:
            return -1;
        }
    };
    bool dayAligned = q.from % kSecondsPerDay == 0 && q.to % kSecondsPerDay == 0;
    bool hourAligned = q.from % 3600 == 0 && q.to % 3600 == 0;
    std::string table;
    bool bucketsTable = q.lens != Lens::Attribution;
    if (!q.forceRaw) {
        const auto& levels = rollupLevels();
        for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
            if (it->hourly ? !(hourAligned && (q.granularity == Granularity::Hour || !dayAligned))
                           : !(dayAligned && q.granularity != Granularity::Hour))
                continue;
            bool keepsAll = true;
            for (const auto& a : q.groupBy)
                keepsAll &= keyField(a) >= 0 && it->keeps[static_cast<std::size_t>(keyField(a))];
            for (const auto& f : q.filters)
                keepsAll &= keyField(f.axis) >= 0 && it->keeps[static_cast<std::size_t>(keyField(f.axis))];
            if (keepsAll) {
                table = it->table;
                break;
            }
        }
    }
    bool rollup = !table.empty();
    if (!rollup)
        table = bucketsTable ? "buckets" : "events";

    // Every axis must exist in the chosen table (lensCarries() promises it; this guards the SQL).
    std::vector<Axis> axes = q.groupBy;
    for (const auto& f : q.filters)
        axes.push_back(f.axis);
    for (const auto& a : axes)
        if (a.isTag() ? bucketsTable : *column(a.dim, rollup, bucketsTable && !rollup) == '\0')
            return makeError(ErrorCode::Invalid, lensRefusal(q.lens, a));

    const char* tsCol = rollup ? "bucket" : (bucketsTable ? "e.start" : "e.ts");
    std::string sql = "SELECT ";
    Granularity sqlGran = q.granularity;
    // Week and month fold days in C++; SQL groups by day (or hour).
    std::string bucketExpr;
    if (q.granularity == Granularity::None)
        bucketExpr = "0";
    else if (rollup)
        bucketExpr = "bucket"; // already floored to the table's grain
    else if (q.granularity == Granularity::Hour)
        bucketExpr = std::string("(") + tsCol + " / 3600) * 3600";
    else
        bucketExpr = std::string("(") + tsCol + " / 86400) * 86400";
    sql += bucketExpr;
    std::string joins, where, groups = "1";
    std::vector<std::int64_t> binds;
    int tagN = 0;
    auto axisExpr = [&](const Axis& a) -> std::string {
        if (a.isTag()) {
            std::string alias = "t" + std::to_string(tagN++);
            std::int64_t keyId = m_db.findDim(Dim::TagKey, a.tagKey).value_or(-1);
            joins += " LEFT JOIN event_tags " + alias + " ON " + alias + ".event_id = e.id AND " + alias
                + ".key = " + std::to_string(keyId);
            return "coalesce(" + alias + ".value, 0)";
        }
        std::string col = column(a.dim, rollup, bucketsTable && !rollup);
        return rollup ? col : "e." + col;
    };
    for (const auto& a : q.groupBy) {
        std::string e = axisExpr(a);
        sql += ", " + e;
    }
    for (std::size_t i = 0; i < q.groupBy.size(); ++i)
        groups += ", " + std::to_string(i + 2);
    sql += ", ";
    sql += rollup ? kRollupSums : (bucketsTable ? kBucketSums : kEventSums);
    where = std::string(" WHERE ") + tsCol + " >= ?1 AND " + tsCol + " < ?2";
    if (rollup || bucketsTable)
        where += std::string(" AND ") + (rollup ? "lens" : "e.lens") + " = " + std::to_string(static_cast<int>(q.lens));
    for (const auto& f : q.filters) {
        std::string e = axisExpr(f.axis);
        std::string ids;
        for (const auto& v : f.values) {
            auto id = f.axis.isTag() ? m_db.findDim(Dim::TagValue, v) : m_db.findDim(f.axis.dim, v);
            ids += (ids.empty() ? "" : ",") + std::to_string(id.value_or(-1));
        }
        if (ids.empty())
            ids = "-1";
        where += " AND " + e + " IN (" + ids + ")";
    }
    // Filters may add tag joins, so FROM is composed after them.
    sql += " FROM " + table + (rollup ? "" : " e") + joins + where + " GROUP BY " + groups;

    Statement st = m_db.prepare(sql);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    Epoch from = q.from, to = q.to;
    st.bind(1, from).bind(2, to);

    // Fold into (bucket, key ids) groups; week/month re-bucket here.
    struct GroupKeyHash
    {
        std::size_t operator()(const std::vector<std::int64_t>& k) const
        {
            std::size_t h = 0;
            for (auto v : k)
                h = h * 1000003u ^ std::hash<std::int64_t>()(v);
            return h;
        }
    };
    std::unordered_map<std::vector<std::int64_t>, Totals, GroupKeyHash> groupsMap;
    const int nAxes = static_cast<int>(q.groupBy.size());
    std::vector<std::int64_t> key(static_cast<std::size_t>(nAxes + 1));
    while (st.step()) {
        Epoch b = st.int64(0);
        key[0] = q.granularity == Granularity::None ? 0 : bucketStart(b, sqlGran);
        for (int i = 0; i < nAxes; ++i)
            key[static_cast<std::size_t>(i + 1)] = st.int64(i + 1);
        groupsMap[key] += readTotals(st, nAxes + 1);
    }
    if (!st.lastError().empty())
        return makeError(ErrorCode::Database, st.lastError());

    QueryResult out;
    out.fromRollup = rollup;
    // Top-N: rank groups by cost over the whole range.
    std::map<std::vector<std::int64_t>, Nano> byGroup;
    for (const auto& [k, t] : groupsMap) {
        std::vector<std::int64_t> g(k.begin() + 1, k.end());
        byGroup[g] += t.cost;
        out.total += t;
    }
    // A sum that does not fit 64 bits is an error, never a saturated or wrapped number on screen.
    if (out.total.overflow)
        return makeError(ErrorCode::Invalid,
            "a total of this query does not fit in 64 bits (the stored data holds absurd values); narrow the "
            "range or remove the source that reported them");
    std::map<std::vector<std::int64_t>, bool> keep;
    bool folding = q.topN > 0 && nAxes > 0 && static_cast<int>(byGroup.size()) > q.topN;
    if (folding) {
        std::vector<std::pair<std::vector<std::int64_t>, Nano>> ranked(byGroup.begin(), byGroup.end());
        std::stable_sort(
            ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        for (int i = 0; i < q.topN; ++i)
            keep[ranked[static_cast<std::size_t>(i)].first] = true;
    }
    std::unordered_map<std::int64_t, std::string> names;
    auto name = [&](std::int64_t id) -> std::string {
        if (id <= 0)
            return {};
        auto it = names.find(id);
        if (it == names.end())
            it = names.emplace(id, m_db.dimValue(id)).first;
        return it->second;
    };
    std::map<Epoch, Totals> otherByBucket;
    for (const auto& [k, t] : groupsMap) {
        std::vector<std::int64_t> g(k.begin() + 1, k.end());
        if (folding && !keep.count(g)) {
            otherByBucket[k[0]] += t;
            continue;
        }
        ResultRow row;
        row.bucket = k[0];
        for (auto id : g)
            row.keys.push_back(name(id));
        row.totals = t;
        out.rows.push_back(std::move(row));
    }
    for (const auto& [b, t] : otherByBucket) {
        ResultRow row;
        row.bucket = b;
        row.keys.assign(static_cast<std::size_t>(nAxes), "Other");
        row.totals = t;
        row.other = true;
        out.rows.push_back(std::move(row));
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const ResultRow& a, const ResultRow& b) {
        if (a.bucket != b.bucket)
            return a.bucket < b.bucket;
        if (a.other != b.other)
            return b.other;
        if (a.totals.cost != b.totals.cost)
            return a.totals.cost > b.totals.cost;
        return a.keys < b.keys;
    });
    return out;
}

} // namespace burnrate
