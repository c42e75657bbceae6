#pragma once

#include "model/result.h"

#include <string_view>
#include <vector>

namespace burnrate {
class Database;
}

namespace burnrate::schema {

// One forward migration: its SQL, then (optionally) a rewrite SQL cannot express, in the same
// transaction.
struct Migration
{
    std::string_view sql;
    Result<void> (*after)(Database& db) = nullptr;
};

// Forward migrations: element i takes a database from user_version i to i + 1.
const std::vector<Migration>& migrations();
inline int latestVersion()
{
    return static_cast<int>(migrations().size());
}

// Column list of both rollup tables' key, in order (also used by the analytics layer).
constexpr std::string_view kRollupKeyColumns = "bucket, lens, provider, model, tenant, team, project, env, api_key, "
                                               "prompt_id, prompt_version, service_tier, batch";
constexpr std::string_view kRollupSumColumns
    = "requests, input, cached, cw5m, cw1h, output, cost, reported_cost, unpriced_requests, unpriced_tokens, "
      "error_requests, error_cost, cache_hit_requests, cache_avoided, cache_savings, cache_write_extra, latency_sum, "
      "latency_count";

} // namespace burnrate::schema
