#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/usage.h"
#include "store/measures.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

enum class Granularity
{
    None,
    Hour,
    Day,
    Week,
    Month
};
const char* granularityName(Granularity g);
std::optional<Granularity> granularityFromName(std::string_view name);

// A grouping or filtering axis: a dimension, or a free tag by key (dim == Dim::TagKey).
struct Axis
{
    Dim dim = Dim::Model;
    std::string tagKey;

    static Axis tag(std::string key)
    {
        return Axis { Dim::TagKey, std::move(key) };
    }
    bool isTag() const
    {
        return dim == Dim::TagKey;
    }
    std::string name() const; // "model", "tag:team"
    static std::optional<Axis> fromName(std::string_view name);
    bool operator==(const Axis&) const = default;
};

// Values of one axis that pass ("" matches rows without a value). Filters on different axes AND.
struct Filter
{
    Axis axis;
    std::vector<std::string> values;
};

struct CostQuery
{
    Epoch from = 0, to = 0; // [from, to)
    Granularity granularity = Granularity::None;
    std::vector<Axis> groupBy;
    std::vector<Filter> filters;
    Lens lens = Lens::Attribution;
    // > 0: keep the N costliest values of each group-by axis over the whole range (a group is kept when all its
    // values are), fold the rest into "Other"
    int topN = 0;
    bool forceRaw = false; // aggregate raw facts even when a rollup could answer (tests, checks)
};

// Which axes the rows of a lens carry. Attribution (one row per request: proxy logs, imports) carries
// every dimension and tag. Billing (provider usage APIs) carries provider, model, model_tier, project,
// api_key, user and service_tier, and the owners tenant, team and env through allocation rules
// (store/allocation.h; what no rule allocates is the unallocated row); proxy metrics (Prometheus counters)
// the same but service_tier. A filter or group-by on an axis the lens does not carry is refused, never
// answered: billing data has no prompt, prompt_version, trace or tags to select by.
bool lensCarries(Lens lens, const Axis& axis);
// Whether a breakdown or scope on `axis` defaults to the attribution lens: the requests' own dimensions
// (tenant, team, env, prompt, trace, tags), which provider usage holds only through allocation rules or not
// at all. Provider, model, model_tier, project, user, api_key and service_tier do not.
bool prefersAttribution(const Axis& axis);
// The first group-by or filter axis of `q` that its lens does not carry.
std::optional<Axis> uncarriedAxis(const CostQuery& q);
// The refusal of such a query, one line: "the billing lens has no tenant: ... use the attribution lens".
std::string lensRefusal(Lens lens, const Axis& axis);

struct ResultRow
{
    Epoch bucket = 0; // start of the time bucket (0 without granularity)
    std::vector<std::string> keys; // one per groupBy axis
    Totals totals;
    bool other = false; // the folded "Other" group of a top-N query
};

struct QueryResult
{
    std::vector<ResultRow> rows; // ordered by bucket, then cost descending
    Totals total;
    bool fromRollup = false;
};

// Which table answers a query and at what grain: the pure first step of CostQueries::run, decided from
// the query alone (no SQL, no data).
struct QueryPlan
{
    enum class Table
    {
        Rollup, // a rollup level (see store/rollups.h)
        Events, // raw requests (attribution lens)
        Buckets // raw provider buckets (billing and proxy-metrics lenses)
    };
    Table table = Table::Events;
    int rollupLevel = -1; // index into rollupLevels() for Table::Rollup
    std::string tableName;
    // What SQL groups time by: Hour or Day (week and month fold days afterwards), or None.
    Granularity sqlGrain = Granularity::None;
    bool operator==(const QueryPlan&) const = default;
};
// Fails with ErrorCode::Invalid (lensRefusal()'s message) for an axis the lens does not carry.
Result<QueryPlan> planQuery(const CostQuery& q);

// The SQL of a planned query, with every value (times, dimension ids, tag keys) bound as a parameter:
// the text depends only on the query's shape. Columns: time bucket, one id per group-by axis, then the
// measures in kMeasures order.
struct QuerySql
{
    std::string sql;
    std::vector<std::int64_t> binds; // ?1, ?2, ...
};
// `findId(dim, value)` resolves a filter value or tag key to its dictionary id (nullopt: matches nothing).
using DimLookup = std::function<std::optional<std::int64_t>(Dim, const std::string&)>;
QuerySql buildQuerySql(const CostQuery& q, const QueryPlan& plan, const DimLookup& findId);
// The pieces buildQuerySql composes, for a caller that needs its own SELECT list over the same rows (quality
// reads per-request judgements beside the requests): one SQL expression per group-by axis (alias e), the tag
// joins and the WHERE clause of the range and filters. Parameters are appended to `binds` (?N follows them).
struct QuerySqlParts
{
    std::vector<std::string> keys;
    std::string joins;
    std::string where;
};
QuerySqlParts buildQuerySqlParts(
    const CostQuery& q, const QueryPlan& plan, const DimLookup& findId, std::vector<std::int64_t>& binds);

// The filter part of a query over raw requests (table alias e): the tag joins and the " AND ..." conditions of
// `filters`, every value bound through `param` (which records it and returns its placeholder). model_tier
// filters must be resolved to models first (resolveModelTierFilters). Shared by CostQueries and RequestQueries.
struct FilterSql
{
    std::string joins, where;
};
FilterSql eventFilterSql(
    const std::vector<Filter>& filters, const DimLookup& findId, const std::function<std::string(std::int64_t)>& param);
// `filters` with each model_tier filter replaced by one on the models of those tiers.
Result<std::vector<Filter>> resolveModelTierFilters(Database& db, std::vector<Filter> filters);

// One row as SQL returns it: time bucket, dimension ids, measures.
struct QueryRow
{
    Epoch bucket = 0;
    std::vector<std::int64_t> ids;
    Totals totals;
};
// The last step: re-buckets to the query's granularity (week, month), sums, applies top-N ("Other"; a group
// with no value on an owner axis - tenant, team, project, env: unallocated spend - is never folded),
// resolves ids to names (negative ids through nameOf too) and sorts (by bucket, then cost descending).
// Fails when a total does not fit.
Result<QueryResult> foldRows(
    const CostQuery& q, const std::vector<QueryRow>& rows, const std::function<std::string(std::int64_t)>& nameOf);

// The one query API over the store: time range, granularity, group-by, filters, lens, top-N.
// Rollups answer whatever does not need single events (user, trace and tag axes do). model_tier is
// derived from the model (analytics/modeltier.h): a filter on it selects its models, a group-by folds the
// models into their tiers. A query on an axis its lens does not carry fails with ErrorCode::Invalid and
// lensRefusal()'s message.
class CostQueries
{
public:
    explicit CostQueries(Database& db);
    Result<QueryResult> run(const CostQuery& q);
    Result<Totals> totals(Epoch from, Epoch to, Lens lens, const std::vector<Filter>& filters = {});
    // Whether any fact of a lens exists (e.g. is a billing source connected?).
    bool hasLens(Lens lens);

private:
    Database& m_db;
};

// Floors t to the start of its granularity bucket.
Epoch bucketStart(Epoch t, Granularity g);

} // namespace burnrate
