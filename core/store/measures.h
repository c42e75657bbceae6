#pragma once

#include "model/money.h"
#include "model/usage.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace burnrate {

class Statement;
struct ValueRow;

// What one stored fact (a request or a provider bucket) brings to the measures: one shape for both,
// read from an events row, a buckets row, or built by the writer from what it is about to store.
struct Fact
{
    std::int64_t requests = 1; // 1 for a request; a bucket's request count
    std::int64_t input = 0, cached = 0, cw5m = 0, cw1h = 0, output = 0;
    std::optional<Nano> cost; // computed cost; nullopt: no price (unpriced is not free)
    std::optional<Nano> reportedCost; // the source's own amount; nullopt: the source reported none
    int status = 200; // buckets carry no status
    bool cacheHit = false; // served by the proxy's response cache
    Nano avoided = 0; // list cost a response-cache hit did not pay
    Nano cacheSavings = 0, cacheWriteExtra = 0;
    std::optional<std::int64_t> latencyMs;

    bool error() const
    {
        return status >= 400;
    }
};

// THE list of additive measures: one line each, and everything else is generated from it - the members
// of Totals, the rollup tables' columns (a missing column is added and the rollups rebuilt on open), the
// SUM lists of rollup and raw queries, reading a result row, adding totals, and the contribution of a
// fact. Each line: Totals member, column, its value for one fact as SQL over the fact columns ($name, see
// kFactColumns), and the same in C++ over `f`, a Fact. The property tests compare the two forms.
// reported_requests and reported_basis_cost cover the facts whose source reported an amount, so a reported
// total is compared with the computed cost of the same facts, never of all of them (reconciliation).
#define BURNRATE_MEASURES(M)                                                                                           \
    M(requests, "requests", "$requests", f.requests)                                                                   \
    M(input, "input", "$input", f.input)                                                                               \
    M(cached, "cached", "$cached", f.cached)                                                                           \
    M(cw5m, "cw5m", "$cw5m", f.cw5m)                                                                                   \
    M(cw1h, "cw1h", "$cw1h", f.cw1h)                                                                                   \
    M(output, "output", "$output", f.output)                                                                           \
    M(cost, "cost", "coalesce($cost, 0)", f.cost.value_or(0))                                                          \
    M(reportedCost, "reported_cost", "coalesce($reported_cost, 0)", f.reportedCost.value_or(0))                        \
    M(reportedRequests, "reported_requests", "CASE WHEN $reported_cost IS NOT NULL THEN $requests ELSE 0 END",         \
        f.reportedCost ? f.requests : 0)                                                                               \
    M(reportedBasisCost, "reported_basis_cost",                                                                        \
        "CASE WHEN $reported_cost IS NOT NULL THEN coalesce($cost, 0) ELSE 0 END",                                     \
        f.reportedCost ? f.cost.value_or(0) : 0)                                                                       \
    M(unpricedRequests, "unpriced_requests", "CASE WHEN $cost IS NULL THEN $requests ELSE 0 END",                      \
        f.cost ? 0 : f.requests)                                                                                       \
    M(unpricedTokens, "unpriced_tokens", "CASE WHEN $cost IS NULL THEN $input + $output ELSE 0 END",                   \
        f.cost ? 0 : f.input + f.output)                                                                               \
    M(errorRequests, "error_requests", "CASE WHEN $status >= 400 THEN $requests ELSE 0 END",                           \
        f.error() ? f.requests : 0)                                                                                    \
    M(errorCost, "error_cost", "CASE WHEN $status >= 400 THEN coalesce($cost, 0) ELSE 0 END",                          \
        f.error() ? f.cost.value_or(0) : 0)                                                                            \
    M(cacheHitRequests, "cache_hit_requests", "CASE WHEN $cache_hit THEN $requests ELSE 0 END",                        \
        f.cacheHit ? f.requests : 0)                                                                                   \
    M(cacheAvoided, "cache_avoided", "$avoided", f.avoided)                                                            \
    M(cacheSavings, "cache_savings", "$cache_savings", f.cacheSavings)                                                 \
    M(cacheWriteExtra, "cache_write_extra", "$cache_write_extra", f.cacheWriteExtra)                                   \
    M(latencySum, "latency_sum", "coalesce($latency_ms, 0)", f.latencyMs.value_or(0))                                  \
    M(latencyCount, "latency_count", "($latency_ms IS NOT NULL)", f.latencyMs ? 1 : 0)

// The additive measures of a set of usage rows (one member per BURNRATE_MEASURES line), and the KPIs
// derived from them.
struct Totals
{
#define BURNRATE_MEASURE_MEMBER(member, column, sql, expr) std::int64_t member = 0;
    BURNRATE_MEASURES(BURNRATE_MEASURE_MEMBER)
#undef BURNRATE_MEASURE_MEMBER
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

// One measure, as the generated code sees it.
struct Measure
{
    std::int64_t Totals::*member;
    const char* column;
    const char* factSql; // over $fact columns
};

#define BURNRATE_MEASURE_ENTRY(member, column, sql, expr) Measure { &Totals::member, column, sql },
inline constexpr Measure kMeasures[] = { BURNRATE_MEASURES(BURNRATE_MEASURE_ENTRY) };
#undef BURNRATE_MEASURE_ENTRY
inline constexpr std::size_t kMeasureCount = std::size(kMeasures);

// The contribution of one fact to every measure.
Totals contribution(const Fact& f);

// How each table provides the fact columns that measures' SQL refers to as $name: the expression over
// the events table and over the buckets table (both aliased `e`).
struct FactColumn
{
    const char* name;
    const char* events;
    const char* buckets;
};
inline constexpr FactColumn kFactColumns[] = {
    { "requests", "1", "e.requests" },
    { "input", "e.input", "e.input" },
    { "cached", "e.cached", "e.cached" },
    { "cw5m", "e.cw5m", "e.cw5m" },
    { "cw1h", "e.cw1h", "e.cw1h" },
    { "output", "e.output", "e.output" },
    { "cost", "e.cost", "e.cost" },
    { "reported_cost", "e.reported_cost", "e.reported_cost" },
    { "status", "e.status", "200" },
    { "cache_hit", "(e.flags & 1)", "0" },
    { "avoided", "e.avoided", "0" },
    { "cache_savings", "e.cache_savings", "e.cache_savings" },
    { "cache_write_extra", "e.cache_write_extra", "e.cache_write_extra" },
    { "latency_ms", "e.latency_ms", "NULL" },
};

enum class FactTable
{
    Events,
    Buckets
};
// The fact columns of a table as a select list, in kFactColumns order (readFact() reads it back).
std::string factColumnsSql(FactTable table);
// The column of dimension `d` in the events or buckets table; "" when that table has none (provider buckets
// keep no prompt, prompt version or trace; tags live in event_tags).
const char* dimColumn(Dim d, FactTable table);
// Reads the columns of factColumnsSql() starting at `first`.
Fact readFact(const Statement& row, int first);
Fact readFact(const ValueRow& row, int first);

// "requests, input, ..." (the rollup tables' measure columns, in kMeasures order).
std::string measureColumnsSql();
// "sum(requests), sum(input), ..." over a rollup table.
std::string rollupSumsSql();
// The same sums aggregated straight from the events or buckets table (alias `e`).
std::string rawSumsSql(FactTable table);
// Reads kMeasureCount integer columns starting at `first` (NULL reads as 0).
Totals readTotals(const Statement& row, int first);

} // namespace burnrate
