#pragma once

#include "model/result.h"
#include "model/usage.h"
#include "store/rollups.h"
#include "store/sqlite.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace burnrate {

class Database;
class PriceBook;
struct Price;

struct WriteStats
{
    std::int64_t inserted = 0; // new events
    std::int64_t updated = 0; // events re-imported under an existing (source, id)
    std::int64_t bucketsInserted = 0, bucketsUpdated = 0;
    std::int64_t costLinesInserted = 0, costLinesUpdated = 0;
    std::int64_t unpriced = 0; // facts with no price
    std::int64_t batches = 0;
};

// Batched, idempotent writer of usage facts. Keeps one transaction open per batch, uses
// prepared statements, prices each fact and keeps the rollups current in the same transaction.
class UsageWriter
{
public:
    UsageWriter(Database& db, const PriceBook& prices, std::int64_t sourceId, std::size_t batchSize = 20000);
    ~UsageWriter(); // rolls back an unflushed batch
    UsageWriter(const UsageWriter&) = delete;
    UsageWriter& operator=(const UsageWriter&) = delete;

    // Each fact is checked first (model/validate.h: validateEvent / validateBucket / validateCostLine) and
    // priced with overflow-checked math. ErrorCode::Invalid: this one fact was refused and nothing of it was
    // written; the batch goes on. Any other code (Database, ...): the batch failed; it is rolled back (now or
    // when the writer is destroyed) and the caller should stop. A rollup total that would overflow an int64 is
    // such a batch failure (ErrorCode::Database), never a wrapped sum.
    Result<void> add(const UsageEvent& event);
    Result<void> add(const UsageBucket& bucket);
    Result<void> add(const CostLine& line);
    // Commits the pending batch.
    Result<void> flush();

    // Deletes this source's buckets of `kind` starting in [from, to) (any width), keeping the rollups
    // exact, inside the current batch. Connectors call it before re-writing a provider time bucket so
    // a revised bucket replaces the old one entirely (and a day re-fetched as 1d replaces its 1h rows).
    Result<std::int64_t> removeBuckets(Epoch from, Epoch to, std::string_view kind);
    // Deletes this source's cost lines starting in [from, to), inside the current batch.
    Result<std::int64_t> removeCostLines(Epoch from, Epoch to);

    const WriteStats& stats() const
    {
        return m_stats;
    }
    // Facts (events, buckets, cost lines) of this writer already committed.
    std::int64_t committedRows() const;
    // Called after each committed batch.
    void setProgress(std::function<void(const WriteStats&)> cb)
    {
        m_progress = std::move(cb);
    }

    // 64-bit dedupe key of (source, id).
    static std::int64_t keyHash(std::int64_t sourceId, std::string_view id, int salt = 0);

private:
    Result<void> ensureTransaction();
    Result<void> maybeCommit();
    const Price* priceFor(
        std::int64_t providerId, std::int64_t modelId, const std::string& provider, const std::string& model, Epoch ts);

    Database& m_db;
    const PriceBook& m_prices;
    std::int64_t m_sourceId;
    std::size_t m_batchSize;
    std::size_t m_pending = 0;
    bool m_inTransaction = false;
    WriteStats m_stats;
    RollupAccumulator m_rollups;
    std::function<void(const WriteStats&)> m_progress;
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<const Price*>> m_priceCache;
    Statement m_insertEvent, m_findEvent, m_updateEvent, m_insertTag, m_deleteTags, m_insertText, m_findBucket,
        m_insertBucket, m_updateBucket, m_findCostLine, m_upsertCostLine, m_selectRange, m_deleteRange;
};

// Reads the rollup contribution of stored events/buckets (used by re-imports and re-pricing).
FactContribution eventContribution(const Statement& row, int firstColumn);
extern const char* const kEventContributionColumns;
FactContribution bucketContribution(const Statement& row, int firstColumn);
extern const char* const kBucketContributionColumns;

} // namespace burnrate
