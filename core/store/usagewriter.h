#pragma once

#include "model/result.h"
#include "model/usage.h"
#include "store/allocation.h"
#include "store/rollups.h"
#include "store/sqlite.h"

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
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
//
// A request is stored under a time-clustered key: its UTC day in the high bits, a 46-bit hash of
// (source, id) below, so a load in time order appends to the end of the events table and no secondary
// index is kept up to date. Re-importing an id finds it on its day or on the day either side (a clock or
// time-zone fix); a request moved to another day is re-keyed, keeping its texts and annotations.
class UsageWriter
{
public:
    UsageWriter(Database& db, const PriceBook& prices, std::int64_t sourceId, std::size_t batchSize = 50000);
    ~UsageWriter(); // aborts an uncommitted batch
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

    // The batch's transaction, explicitly: begin() opens it (add() does when needed), so a caller can write
    // its own rows (e.g. a connector's cursor state) in the same transaction; commit() applies the rollup
    // deltas and commits; abort() rolls everything of the batch back. Both are no-ops without a batch.
    Result<void> begin();
    Result<void> commit();
    void abort();
    bool inTransaction() const
    {
        return m_inTransaction;
    }

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
    // Called inside each batch's transaction just before it commits, with the stats the batch will have
    // committed: what the caller writes there (e.g. an import's row count) commits with the batch or not at all.
    // An error aborts the batch.
    void setBeforeCommit(std::function<Result<void>(const WriteStats&)> cb)
    {
        m_beforeCommit = std::move(cb);
    }

    // The events table key of request `id` of a source at time ts: (UTC day << 46) | 46 bits of a hash of
    // (source, salt, id). `salt` > 0 only after a collision.
    static std::int64_t eventKey(Epoch ts, std::int64_t sourceId, std::string_view id, int salt = 0);
    // The 64-bit hash of (source, salt, id) whose top bits the key keeps.
    static std::uint64_t idHash(std::int64_t sourceId, std::string_view id, int salt = 0);
    // First key of a UTC day (the day holding ts): events of [from, to) have keys in
    // [dayKeyStart(from), dayKeyEnd(to - 1)).
    static std::int64_t dayKeyStart(Epoch ts);
    // First key after the UTC day holding ts (INT64_MAX past the last representable day).
    static std::int64_t dayKeyEnd(Epoch ts);
    static constexpr int kKeyHashBits = 46;

private:
    Result<void> maybeCommit();
    Result<void> prepareEventStatements();
    // The key of request (source, id) stored on the day of dayTs (its salt chain), or 0. `hash` = idHash(id).
    Result<std::int64_t> findOnDay(Epoch dayTs, const std::string& id, std::uint64_t hash, StoredFact* old);
    static std::int64_t keyOf(Epoch ts, std::uint64_t hash);
    Result<bool> dayHasEvents(Epoch dayTs);
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
    // The allocation rules, read again when each batch begins (under the write lock: a rule another process
    // added is either applied here or re-applied by it to what this writer committed).
    AllocationRuleSet m_rules;
    std::vector<std::pair<std::int64_t, std::int64_t>> m_tagIds;
    // The batch's new tag rows (event, key, value), written in key order when it commits (or before a request's
    // tags are deleted): in order they land next to each other in the index instead of all over a day's range.
    std::vector<std::array<std::int64_t, 3>> m_pendingTags;
    Result<void> writePendingTags();
    std::function<void(const WriteStats&)> m_progress;
    std::function<Result<void>(const WriteStats&)> m_beforeCommit;
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<const Price*>> m_priceCache;
    // Whether a day (its first key) holds any event, and the days that held none when this writer first
    // looked, so that every event there is this writer's: a look for a moved request there asks the Bloom
    // filter of this writer's ids first instead of the table. Both hold while no other connection commits
    // (PRAGMA data_version, checked when a batch begins).
    std::unordered_map<std::int64_t, bool> m_dayHasEvents;
    std::unordered_set<std::int64_t> m_ownDays;
    std::vector<std::uint64_t> m_ownIds; // Bloom filter bits, allocated on first use
    std::int64_t m_dataVersion = -1;
    bool m_unlinkedEvals = false; // an eval result waited for its request when this batch began
    void rememberOwnId(std::uint64_t hash);
    bool mayBeOwnId(std::uint64_t hash) const;
    Statement m_dataVersionQuery;
    Statement m_insertEvent, m_findEvent, m_updateEvent, m_deleteEvent, m_anyOnDay, m_insertTag, m_deleteTags,
        m_insertText, m_moveText, m_moveAnnotations, m_moveEvals, m_claimEvals, m_refreshJudged, m_findBucket,
        m_insertBucket, m_updateBucket, m_findCostLine, m_upsertCostLine, m_selectRange, m_deleteRange;
};

} // namespace burnrate
