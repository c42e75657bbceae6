#pragma once

#include "analytics/costquery.h"
#include "model/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// Latency percentiles of a set of requests. Percentiles cannot be summed, so they are computed from the raw
// requests' latency_ms, or ttft_ms (time to first token of streamed responses), exactly for the set (attribution
// lens). Requests without the value are not counted.
struct LatencyStats
{
    std::int64_t count = 0; // requests with a latency
    std::int64_t medianMs = 0; // nearest-rank p50 (the lower middle value of an even count)
    std::int64_t p95Ms = 0; // nearest-rank p95
};

// Nearest-rank percentile of ascending `sorted` (non-empty): the value at rank ceil(percent/100 * n), 1-based,
// i.e. the smallest value with at least `percent`% of the values at or below it. Always one of the values.
std::int64_t nearestRank(const std::vector<std::int64_t>& sorted, int percent);
// count, median and p95 of `values` (any order; sorted in place). All 0 when empty.
LatencyStats latencyStats(std::vector<std::int64_t>& values);

struct LatencyGroup
{
    std::vector<std::string> keys; // one per group-by axis
    LatencyStats stats; // latency_ms: the whole request
    LatencyStats ttft; // ttft_ms: time to first token, count 0 where no source reports it
};
struct LatencyResult
{
    std::vector<LatencyGroup> groups; // by key
    LatencyStats all, allTtft;
};

// Latency per group of `q.groupBy` over the requests of q's range and filters. The lens must be attribution,
// model_tier cannot be a group-by axis (filters on it are fine); granularity and top-N are ignored.
Result<LatencyResult> latencyByGroup(Database& db, const CostQuery& q);

} // namespace burnrate
