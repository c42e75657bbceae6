#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/usage.h"

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

// The additive measures of a set of usage rows, and the KPIs derived from them.
struct Totals
{
    std::int64_t requests = 0, input = 0, cached = 0, cw5m = 0, cw1h = 0, output = 0;
    Nano cost = 0, reportedCost = 0;
    std::int64_t unpricedRequests = 0, unpricedTokens = 0;
    std::int64_t errorRequests = 0;
    Nano errorCost = 0;
    std::int64_t cacheHitRequests = 0;
    Nano cacheAvoided = 0, cacheSavings = 0, cacheWriteExtra = 0;
    std::int64_t latencySum = 0, latencyCount = 0;
    // Set when a sum did not fit an int64: that measure then holds INT64_MAX/MIN, never a wrapped value.
    // A query or export that sees it must fail rather than show the total.
    bool overflow = false;

    // Overflow-checked (see `overflow`).
    Totals& operator+=(const Totals& o);
    bool operator==(const Totals&) const = default;
    std::int64_t cacheWrites() const
    {
        return cw5m + cw1h;
    }
    Nano costPerRequest() const
    {
        return requests ? cost / requests : 0;
    }
    Nano costPer1kOutput() const
    {
        return output ? static_cast<Nano>(static_cast<Int128>(cost) * 1000 / output) : 0;
    }
    double promptCacheHitRate() const
    {
        return input ? double(cached) / double(input) : 0.0;
    }
    double responseCacheHitRate() const
    {
        return requests ? double(cacheHitRequests) / double(requests) : 0.0;
    }
    double errorRate() const
    {
        return requests ? double(errorRequests) / double(requests) : 0.0;
    }
    double avgLatencyMs() const
    {
        return latencyCount ? double(latencySum) / double(latencyCount) : 0.0;
    }
};

struct CostQuery
{
    Epoch from = 0, to = 0; // [from, to)
    Granularity granularity = Granularity::None;
    std::vector<Axis> groupBy;
    std::vector<Filter> filters;
    Lens lens = Lens::Attribution;
    int topN = 0; // > 0: keep the N costliest groups, fold the rest into "Other"
    bool forceRaw = false; // aggregate raw facts even when a rollup could answer (tests, checks)
};

// Which axes the rows of a lens carry. Attribution (one row per request: proxy logs, imports) carries
// every dimension and tag. Billing (provider usage APIs) carries provider, model, project, api_key,
// user and model_tier only; proxy metrics (Prometheus counters) provider, model, team, api_key and
// user. A filter or group-by on an axis the lens does not carry is refused, never answered: billing
// data has no tenant, team, env, prompt, prompt_version, trace or tags to select by.
bool lensCarries(Lens lens, const Axis& axis);
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

// The one query API over the store: time range, granularity, group-by, filters, lens, top-N.
// Rollups answer whatever does not need single events (user, trace and tag axes do). A query on an
// axis its lens does not carry fails with ErrorCode::Invalid and lensRefusal()'s message.
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
