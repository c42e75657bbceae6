#include "analytics/costquery.h"

#include "analytics/modeltier.h"
#include "store/allocation.h"
#include "store/database.h"
#include "store/measures.h"
#include "store/rollups.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <map>
#include <set>
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

bool lensCarries(Lens lens, const Axis& axis)
{
    if (lens == Lens::Attribution)
        return axis.dim != Dim::TagValue;
    if (axis.isTag())
        return false;
    switch (axis.dim) {
    case Dim::Provider:
    case Dim::Model:
    case Dim::ModelTier:
    case Dim::ApiKey:
    case Dim::User:
        return true;
    // The owners: what the source reported (a project, a proxy's team) or what an allocation rule set; the
    // rest is the unallocated row.
    case Dim::Tenant:
    case Dim::Team:
    case Dim::Project:
    case Dim::Env:
        return true;
    case Dim::ServiceTier:
        return lens == Lens::Billing;
    default:
        return false;
    }
}

bool prefersAttribution(const Axis& axis)
{
    if (axis.isTag())
        return true;
    switch (axis.dim) {
    case Dim::Provider:
    case Dim::Model:
    case Dim::ModelTier:
    case Dim::Project:
    case Dim::User:
    case Dim::ApiKey:
    case Dim::ServiceTier:
        return false;
    default:
        return true;
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
    for (Dim d : { Dim::Provider, Dim::Model, Dim::Tenant, Dim::Team, Dim::Project, Dim::Env, Dim::User, Dim::ApiKey,
             Dim::ServiceTier, Dim::ModelTier })
        if (lensCarries(lens, Axis { d, {} }))
            carried += (carried.empty() ? "" : ", ") + std::string(dimName(d));
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

// Column of a dimension in the events / buckets tables ("" when that table lacks it); a model tier is
// answered by the model and folded into tiers after the query.
const char* rawColumn(Dim d, bool buckets)
{
    return d == Dim::ModelTier ? "model" : dimColumn(d, buckets ? FactTable::Buckets : FactTable::Events);
}

// The rollup key field that answers an axis: the model for its tier; none for tags.
std::optional<RollupKeyField> axisKeyField(const Axis& a)
{
    if (a.isTag())
        return std::nullopt;
    if (a.dim == Dim::ModelTier)
        return RkModel;
    return rollupKeyField(a.dim);
}

bool usesModelTier(const CostQuery& q)
{
    auto tier = [](const Axis& a) {
        return !a.isTag() && a.dim == Dim::ModelTier;
    };
    return std::any_of(q.groupBy.begin(), q.groupBy.end(), tier)
        || std::any_of(q.filters.begin(), q.filters.end(), [&](const Filter& f) { return tier(f.axis); });
}

bool isOwnerAxis(const Axis& a)
{
    return !a.isTag() && isAllocationTarget(a.dim) && a.dim != Dim::ModelTier;
}

// " AND <axis> IN (ids...)" for each filter, every id bound through `param`.
std::string filterConditions(const std::vector<Filter>& filters,
    const std::function<std::string(const Axis&)>& axisExpr, const DimLookup& findId,
    const std::function<std::string(std::int64_t)>& param)
{
    std::string where;
    for (const auto& f : filters) {
        std::string e = axisExpr(f.axis);
        std::string ids;
        for (const auto& v : f.values)
            ids += (ids.empty() ? "" : ", ")
                + param(findId(f.axis.isTag() ? Dim::TagValue : f.axis.dim, v).value_or(-1));
        if (ids.empty())
            ids = param(-1);
        where += " AND " + e + " IN (" + ids + ")";
    }
    return where;
}

} // namespace

Result<QueryPlan> planQuery(const CostQuery& q)
{
    // Refused before anything else, so the answer does not depend on the range or the data.
    if (auto a = uncarriedAxis(q))
        return makeError(ErrorCode::Invalid, lensRefusal(q.lens, *a));
    std::vector<Axis> axes = q.groupBy;
    for (const auto& f : q.filters)
        axes.push_back(f.axis);
    QueryPlan plan;
    plan.sqlGrain = q.granularity == Granularity::None ? Granularity::None
        : q.granularity == Granularity::Hour           ? Granularity::Hour
                                                       : Granularity::Day;
    // The coarsest rollup that keeps every axis, when the range is aligned to its buckets; else the raw facts.
    bool dayAligned = q.from % kSecondsPerDay == 0 && q.to % kSecondsPerDay == 0;
    bool hourAligned = q.from % 3600 == 0 && q.to % 3600 == 0;
    if (!q.forceRaw) {
        const auto& levels = rollupLevels();
        for (int l = static_cast<int>(levels.size()) - 1; l >= 0; --l) {
            const RollupLevel& level = levels[static_cast<std::size_t>(l)];
            if (level.hourly ? !(hourAligned && (q.granularity == Granularity::Hour || !dayAligned))
                             : !(dayAligned && q.granularity != Granularity::Hour))
                continue;
            bool keepsAll = true;
            for (const auto& a : axes) {
                auto f = axisKeyField(a);
                keepsAll = keepsAll && f && level.keeps[*f];
            }
            if (keepsAll) {
                plan.table = QueryPlan::Table::Rollup;
                plan.rollupLevel = l;
                plan.tableName = level.table;
                return plan;
            }
        }
    }
    bool buckets = q.lens != Lens::Attribution;
    plan.table = buckets ? QueryPlan::Table::Buckets : QueryPlan::Table::Events;
    plan.tableName = buckets ? "buckets" : "events";
    // Every axis must exist in the chosen table (lensCarries() promises it; this guards the SQL).
    for (const auto& a : axes)
        if (a.isTag() ? buckets : *rawColumn(a.dim, buckets) == '\0')
            return makeError(ErrorCode::Invalid, lensRefusal(q.lens, a));
    return plan;
}

QuerySqlParts buildQuerySqlParts(
    const CostQuery& q, const QueryPlan& plan, const DimLookup& findId, std::vector<std::int64_t>& binds)
{
    QuerySqlParts out;
    auto param = [&](std::int64_t v) {
        binds.push_back(v);
        return "?" + std::to_string(binds.size());
    };
    const bool rollup = plan.table == QueryPlan::Table::Rollup;
    const bool buckets = plan.table == QueryPlan::Table::Buckets;
    const char* tsCol = rollup ? "e.bucket" : (buckets ? "e.start" : "e.ts");
    out.where = std::string(" WHERE ") + tsCol + " >= " + param(q.from) + " AND " + tsCol + " < " + param(q.to);
    if (plan.table == QueryPlan::Table::Events) {
        // Requests are keyed by their day (UsageWriter::eventKey): the range reads just those days.
        out.where += " AND e.id >= " + param(UsageWriter::dayKeyStart(q.from)) + " AND e.id < "
            + param(UsageWriter::dayKeyEnd(q.to - 1));
    }
    if (rollup || buckets)
        out.where += " AND e.lens = " + param(static_cast<int>(q.lens));

    int tagN = 0;
    auto axisExpr = [&](const Axis& a) -> std::string {
        if (a.isTag()) {
            std::string alias = "t" + std::to_string(tagN++);
            out.joins += " LEFT JOIN event_tags " + alias + " ON " + alias + ".event_id = e.id AND " + alias
                + ".key = " + param(findId(Dim::TagKey, a.tagKey).value_or(-1));
            return "coalesce(" + alias + ".value, 0)";
        }
        return std::string("e.") + (rollup ? kRollupKeyColumns[*axisKeyField(a)] : rawColumn(a.dim, buckets));
    };
    for (const auto& a : q.groupBy)
        out.keys.push_back(axisExpr(a));
    out.where += filterConditions(q.filters, axisExpr, findId, param);
    return out;
}

QuerySql buildQuerySql(const CostQuery& q, const QueryPlan& plan, const DimLookup& findId)
{
    QuerySql out;
    QuerySqlParts parts = buildQuerySqlParts(q, plan, findId, out.binds);
    const bool rollup = plan.table == QueryPlan::Table::Rollup;
    const bool buckets = plan.table == QueryPlan::Table::Buckets;
    const char* tsCol = rollup ? "e.bucket" : (buckets ? "e.start" : "e.ts");
    std::string select = "SELECT ";
    if (plan.sqlGrain == Granularity::None)
        select += "0";
    else if (rollup)
        select += "e.bucket"; // already floored to the table's grain
    else
        select += std::string("(") + tsCol
            + (plan.sqlGrain == Granularity::Hour ? " / 3600) * 3600" : " / 86400) * 86400");
    std::string groups = "1";
    for (std::size_t i = 0; i < parts.keys.size(); ++i) {
        select += ", " + parts.keys[i];
        groups += ", " + std::to_string(i + 2);
    }
    select += ", " + (rollup ? rollupSumsSql() : rawSumsSql(buckets ? FactTable::Buckets : FactTable::Events));
    // Filters may add tag joins, so FROM is composed after them.
    out.sql = select + " FROM " + plan.tableName + " e" + parts.joins + parts.where + " GROUP BY " + groups;
    return out;
}

FilterSql eventFilterSql(
    const std::vector<Filter>& filters, const DimLookup& findId, const std::function<std::string(std::int64_t)>& param)
{
    FilterSql out;
    int tagN = 0;
    auto axisExpr = [&](const Axis& a) -> std::string {
        if (a.isTag()) {
            std::string alias = "ft" + std::to_string(tagN++);
            out.joins += " LEFT JOIN event_tags " + alias + " ON " + alias + ".event_id = e.id AND " + alias
                + ".key = " + param(findId(Dim::TagKey, a.tagKey).value_or(-1));
            return "coalesce(" + alias + ".value, 0)";
        }
        return std::string("e.") + rawColumn(a.dim, false);
    };
    out.where = filterConditions(filters, axisExpr, findId, param);
    return out;
}

Result<std::vector<Filter>> resolveModelTierFilters(Database& db, std::vector<Filter> filters)
{
    bool any = std::any_of(filters.begin(), filters.end(),
        [](const Filter& f) { return !f.axis.isTag() && f.axis.dim == Dim::ModelTier; });
    if (!any)
        return filters;
    auto tiers = modelTiers(db);
    if (!tiers)
        return tiers.error();
    for (Filter& f : filters) {
        if (f.axis.isTag() || f.axis.dim != Dim::ModelTier)
            continue;
        std::vector<std::string> models;
        for (const auto& [model, tier] : *tiers)
            if (std::find(f.values.begin(), f.values.end(), tier) != f.values.end())
                models.push_back(db.dimValue(model));
        f = Filter { Axis { Dim::Model, {} }, std::move(models) };
    }
    return filters;
}

Result<QueryResult> foldRows(
    const CostQuery& q, const std::vector<QueryRow>& rows, const std::function<std::string(std::int64_t)>& nameOf)
{
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
    const std::size_t nAxes = q.groupBy.size();
    std::vector<std::int64_t> key(nAxes + 1);
    for (const QueryRow& r : rows) {
        key[0] = q.granularity == Granularity::None ? 0 : bucketStart(r.bucket, q.granularity);
        for (std::size_t i = 0; i < nAxes; ++i)
            key[i + 1] = r.ids[i];
        groupsMap[key] += r.totals;
    }

    QueryResult out;
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
    // Top-N per axis over the whole range: a group is kept when each of its values is among the N costliest of
    // its axis (two axes: up to N x N combinations, not N pairs with everything else in "Other").
    bool folding = false;
    if (q.topN > 0 && nAxes > 0) {
        std::vector<std::set<std::int64_t>> top(nAxes);
        for (std::size_t i = 0; i < nAxes; ++i) {
            std::map<std::int64_t, Nano> byValue;
            for (const auto& [g, cost] : byGroup)
                byValue[g[i]] += cost;
            std::vector<std::pair<std::int64_t, Nano>> ranked(byValue.begin(), byValue.end());
            std::stable_sort(
                ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
            for (std::size_t j = 0; j < ranked.size() && j < static_cast<std::size_t>(q.topN); ++j)
                top[i].insert(ranked[j].first);
        }
        for (const auto& [g, cost] : byGroup) {
            bool kept = true, unallocated = false;
            for (std::size_t i = 0; i < nAxes; ++i) {
                kept = kept && top[i].count(g[i]) > 0;
                // Unallocated spend (no value on an owner axis) is never folded into "Other": it stays its own row.
                unallocated = unallocated || (g[i] == 0 && isOwnerAxis(q.groupBy[i]));
            }
            if (kept || unallocated)
                keep[g] = true;
        }
        folding = keep.size() < byGroup.size();
    }
    std::unordered_map<std::int64_t, std::string> names;
    auto name = [&](std::int64_t id) -> std::string {
        if (id == 0)
            return {};
        auto it = names.find(id);
        if (it == names.end())
            it = names.emplace(id, nameOf(id)).first;
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
        row.keys.assign(nAxes, "Other");
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

Result<QueryResult> CostQueries::run(const CostQuery& asked)
{
    if (auto plan = planQuery(asked); !plan)
        return plan.error();
    if (asked.to <= asked.from)
        return QueryResult {};
    // model_tier is the model's class: a filter on tiers becomes one on their models, and a group-by reads the
    // model and folds it into its tier (negative ids name the tiers below).
    CostQuery q = asked;
    std::unordered_map<std::int64_t, std::int64_t> tierOfModel;
    std::vector<std::string> tierNames;
    if (usesModelTier(q)) {
        auto tiers = modelTiers(m_db);
        if (!tiers)
            return tiers.error();
        for (const auto& [model, tier] : *tiers) {
            auto it = std::find(tierNames.begin(), tierNames.end(), tier);
            if (it == tierNames.end())
                it = tierNames.insert(tierNames.end(), tier);
            tierOfModel.emplace(model, -1 - static_cast<std::int64_t>(it - tierNames.begin()));
        }
        auto filters = resolveModelTierFilters(m_db, std::move(q.filters));
        if (!filters)
            return filters.error();
        q.filters = std::move(filters).value();
    }
    auto plan = planQuery(q);
    if (!plan)
        return plan.error();
    QuerySql sql = buildQuerySql(q, *plan, [&](Dim d, const std::string& v) { return m_db.findDim(d, v); });
    Statement st = m_db.prepare(sql.sql);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    for (std::size_t i = 0; i < sql.binds.size(); ++i)
        st.bind(static_cast<int>(i + 1), sql.binds[i]);
    const int nAxes = static_cast<int>(q.groupBy.size());
    std::vector<QueryRow> rows;
    while (st.step()) {
        QueryRow r;
        r.bucket = st.int64(0);
        for (int i = 0; i < nAxes; ++i) {
            std::int64_t id = st.int64(i + 1);
            if (!q.groupBy[static_cast<std::size_t>(i)].isTag()
                && q.groupBy[static_cast<std::size_t>(i)].dim == Dim::ModelTier) {
                auto t = tierOfModel.find(id);
                id = t == tierOfModel.end() ? 0 : t->second;
            }
            r.ids.push_back(id);
        }
        r.totals = readTotals(st, nAxes + 1);
        rows.push_back(std::move(r));
    }
    if (!st.lastError().empty())
        return makeError(ErrorCode::Database, st.lastError());
    auto out = foldRows(q, rows, [&](std::int64_t id) {
        if (id < 0)
            return static_cast<std::size_t>(-1 - id) < tierNames.size() ? tierNames[static_cast<std::size_t>(-1 - id)]
                                                                        : std::string();
        return m_db.dimValue(id);
    });
    if (out)
        out->fromRollup = plan->table == QueryPlan::Table::Rollup;
    return out;
}

} // namespace burnrate
