#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <array>
#include <cstdint>
#include <unordered_map>

struct sqlite3;

namespace burnrate {

class Database;

// Key of a rollup row, in schema::kRollupKeyColumns order.
enum RollupKeyField
{
    RkBucket,
    RkLens,
    RkProvider,
    RkModel,
    RkTenant,
    RkTeam,
    RkProject,
    RkEnv,
    RkApiKey,
    RkPromptId,
    RkPromptVersion,
    RkServiceTier,
    RkBatch,
    RkCount
};
// Sums of a rollup row, in schema::kRollupSumColumns order.
enum RollupSumField
{
    RsRequests,
    RsInput,
    RsCached,
    RsCw5m,
    RsCw1h,
    RsOutput,
    RsCost,
    RsReportedCost,
    RsUnpricedRequests,
    RsUnpricedTokens,
    RsErrorRequests,
    RsErrorCost,
    RsCacheHitRequests,
    RsCacheAvoided,
    RsCacheSavings,
    RsCacheWriteExtra,
    RsLatencySum,
    RsLatencyCount,
    RsCount
};

using RollupKey = std::array<std::int64_t, RkCount>;
using RollupSums = std::array<std::int64_t, RsCount>;

// The rollup contribution of one stored fact (event or bucket), as read back from its row.
struct FactContribution
{
    RollupKey key {}; // RkBucket holds the fact's timestamp; the accumulator floors it
    RollupSums sums {};
};

// The rollup tables, finest first. Each keeps some dimensions (the others are stored as 0) at a
// time grain; a query uses the coarsest table that holds all of its axes.
struct RollupLevel
{
    const char* table;
    bool hourly; // hour buckets (else day buckets)
    std::array<bool, RkCount> keeps; // which key fields the table keeps
};
const std::array<RollupLevel, 3>& rollupLevels();

// Collects rollup deltas in memory during a batch and applies them with one upsert per touched
// row, inside the caller's transaction. Replaced facts subtract their old contribution exactly.
// Every sum is overflow-checked: deltas add up in 128 bits, and a delta or a stored total that would
// not fit an int64 makes flush() fail (the caller rolls the batch back) instead of wrapping.
class RollupAccumulator
{
public:
    void add(const FactContribution& fact, int sign);
    Result<void> flush(Database& db);
    void clear();

private:
    struct KeyHash
    {
        std::size_t operator()(const RollupKey& k) const;
    };
    using Deltas = std::array<Int128, RsCount>;
    std::array<std::unordered_map<RollupKey, Deltas, KeyHash>, 3> m_maps; // one per rollupLevels() entry
    bool m_subtracted = false;
};

} // namespace burnrate
