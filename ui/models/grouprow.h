#pragma once

#include "analytics/costquery.h"
#include "analytics/latency.h"

#include <optional>
#include <string>
#include <vector>

namespace burnrate::ui {

// One group of a query, its totals over the range and (optionally) its per-bucket cost trend.
struct GroupRow
{
    std::vector<std::string> keys;
    burnrate::Totals totals;
    std::vector<double> trend; // USD per bucket, oldest first
    bool other = false;
    std::optional<burnrate::LatencyStats> latency; // attribution requests only (analytics/latency.h)
};

// Folds a (possibly bucketed) query result into one row per group, costliest first, with a cost
// trend over `buckets` when the result has a time dimension. Pure data: runs on worker threads.
std::vector<GroupRow> foldGroups(const burnrate::QueryResult& result, const std::vector<burnrate::Epoch>& buckets);
// Bucket starts from `from` to `to` (exclusive) for a granularity.
std::vector<burnrate::Epoch> bucketRange(burnrate::Epoch from, burnrate::Epoch to, burnrate::Granularity g);

} // namespace burnrate::ui
