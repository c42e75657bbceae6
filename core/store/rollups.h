#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"
#include "model/usage.h"
#include "store/measures.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace burnrate {

class Database;

// Key of a rollup row. The names of these fields as columns: kRollupKeyColumns.
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
inline constexpr const char* kRollupKeyColumns[RkCount] = { "bucket", "lens", "provider", "model", "tenant", "team",
    "project", "env", "api_key", "prompt_id", "prompt_version", "service_tier", "batch" };
// The key field that holds dimension `d`, or nullopt: user, trace id and tags are never rolled up.
std::optional<RollupKeyField> rollupKeyField(Dim d);

using RollupKey = std::array<std::int64_t, RkCount>;

// The rollup contribution of one stored fact (event or bucket).
struct FactContribution
{
    RollupKey key {}; // RkBucket holds the fact's timestamp; the accumulator floors it
    Totals sums;
};

// A stored event or bucket as the rollups see it: its key fields and its fact.
struct StoredFact
{
    RollupKey key {};
    Fact fact;
    FactContribution contribution() const
    {
        return { key, burnrate::contribution(fact) };
    }
};
// The select list that readStoredFact() reads, over the events or buckets table aliased `e`. `bucketEnv`
// false: a buckets table older than schema 8, which had no env column (migrations).
std::string storedFactColumnsSql(FactTable table, bool bucketEnv = true);
StoredFact readStoredFact(const Statement& row, int first);
StoredFact readStoredFact(const ValueRow& row, int first);
inline constexpr std::int64_t kEventFlagCacheHit = 1;
inline constexpr std::int64_t kEventFlagBatch = 2;

// The rollup tables, finest first. Each keeps some key fields (always bucket and lens) at a time grain
// and declares only those columns; a query uses the coarsest table that holds all of its axes.
struct RollupLevel
{
    const char* table;
    bool hourly; // hour buckets (else day buckets)
    std::array<bool, RkCount> keeps; // which key fields the table keeps
    int derivedFrom; // index of a finer level of the same grain that this one is summed from, or -1

    // "bucket, lens, provider, ..." (the kept key columns, in RollupKeyField order).
    std::string keyColumnsSql() const;
    // CREATE TABLE `name` with the kept key columns, every measure and the key as primary key.
    std::string createSql(const std::string& name) const;
    // The key of `fact` in this table: dropped fields 0, the time floored to the grain.
    RollupKey keyOf(const RollupKey& fact) const;
};
const std::array<RollupLevel, 3>& rollupLevels();

// Collects rollup deltas in memory during a batch and applies them with one upsert per touched
// row, inside the caller's transaction; a row whose every measure comes back 0 is deleted (only the
// rows touched, never a scan). Replaced facts subtract their old contribution exactly. Every sum is
// overflow-checked: deltas add up in 128 bits, and a delta or a stored total that would not fit an
// int64 makes flush() fail (the caller rolls the batch back) instead of wrapping.
class RollupAccumulator
{
public:
    void add(const FactContribution& fact, int sign);
    Result<void> flush(Database& db);
    void clear();
    // Rows held for the finest levels (a writer commits early when this grows large).
    std::size_t size() const;

private:
    struct KeyHash
    {
        std::size_t operator()(const RollupKey& k) const;
    };
    using Deltas = std::array<Int128, kMeasureCount>;
    using Map = std::unordered_map<RollupKey, Deltas, KeyHash>;
    Result<void> apply(Database& db, std::size_t levelIndex, const Map& map);
    std::array<Map, 3> m_maps; // one per rollupLevels() entry; a derived level's is filled at flush
    // Per level, the buckets (days, hours) this accumulator has flushed rows of. A bucket flushed for the first
    // time that the store holds no row of has its rows inserted without a look first (only a speed-up: a row
    // found there after all is read and summed).
    std::array<std::unordered_set<std::int64_t>, 3> m_flushedBuckets;
};

// Empties every rollup table and sums them again from the stored events and buckets (migrations, and a
// measure added since the rollups were written). Inside the caller's transaction. `bucketEnv`: as for
// storedFactColumnsSql().
Result<void> rebuildRollups(Database& db, bool bucketEnv = true);

} // namespace burnrate
