#include "store/usagewriter.h"

#include "model/validate.h"
#include "pricing/costengine.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/evallinks.h"

#include <sqlite3.h>

#include <algorithm>

namespace burnrate {

namespace {

// Every column of an events row but its key (id), in the order of the insert and update statements' ?2..?31.
constexpr const char* kEventColumns[] = { "source_id", "ext_id", "ts", "provider", "model", "tenant", "team", "project",
    "env", "user", "api_key", "prompt_id", "prompt_version", "trace_id", "service_tier", "input", "cached", "cw5m",
    "cw1h", "output", "reported_cost", "cost", "price_id", "cache_savings", "cache_write_extra", "avoided",
    "latency_ms", "status", "flags", "ttft_ms" };
constexpr int kEventColumnCount = static_cast<int>(std::size(kEventColumns));
constexpr int kMaxSalt = 8;

// The fact a writer is about to store: its requests and tokens, the computed cost (none: unpriced) and
// the source's own amount.
Fact pricedFact(std::int64_t requests, const TokenCounts& t, const Cost* cost, std::optional<Nano> reported)
{
    Fact f;
    f.requests = requests;
    f.input = t.input;
    f.cached = t.cachedInput;
    f.cw5m = t.cacheWrite5m;
    f.cw1h = t.cacheWrite1h;
    f.output = t.output;
    if (cost) {
        f.cost = cost->total;
        f.cacheSavings = cost->cacheSavings;
        f.cacheWriteExtra = cost->cacheWriteExtra;
    }
    f.reportedCost = reported;
    return f;
}

} // namespace

UsageWriter::UsageWriter(Database& db, const PriceBook& prices, std::int64_t sourceId, std::size_t batchSize)
    : m_db(db)
    , m_prices(prices)
    , m_sourceId(sourceId)
    , m_batchSize(batchSize ? batchSize : 1)
{
}

UsageWriter::~UsageWriter()
{
    abort();
}

std::int64_t UsageWriter::eventKey(Epoch ts, std::int64_t sourceId, std::string_view id, int salt)
{
    return keyOf(ts, idHash(sourceId, id, salt));
}

std::int64_t UsageWriter::keyOf(Epoch ts, std::uint64_t hash)
{
    // The top 46 bits of the hash go under the day.
    return dayKeyStart(ts) | static_cast<std::int64_t>(hash >> (64 - kKeyHashBits));
}

std::uint64_t UsageWriter::idHash(std::int64_t sourceId, std::string_view id, int salt)
{
    // FNV-1a 64 over (source, salt, id), then a final avalanche.
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](unsigned char b) {
        h ^= b;
        h *= 1099511628211ULL;
    };
    for (int i = 0; i < 8; ++i)
        mix(static_cast<unsigned char>(static_cast<std::uint64_t>(sourceId) >> (8 * i)));
    mix(static_cast<unsigned char>(salt));
    for (char c : id)
        mix(static_cast<unsigned char>(c));
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

namespace {
// A blocked Bloom filter: 16 MB of 512-bit blocks (~0.5% false positives at 10M ids), four bits per id
// in one block, so a look costs one cache miss.
constexpr std::size_t kOwnIdWords = (std::size_t(1) << 27) / 64;
constexpr std::size_t kOwnIdBlocks = kOwnIdWords / 8;
std::array<std::uint64_t, 8> ownIdMask(std::uint64_t h, std::size_t& block)
{
    block = static_cast<std::size_t>(h % kOwnIdBlocks);
    std::array<std::uint64_t, 8> mask {};
    std::uint64_t g = h * 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 4; ++i) {
        unsigned bit = static_cast<unsigned>(g >> (55 - 9 * i)) & 511u;
        mask[bit / 64] |= std::uint64_t(1) << (bit % 64);
    }
    return mask;
}
} // namespace

void UsageWriter::rememberOwnId(std::uint64_t h)
{
    if (m_ownIds.empty())
        m_ownIds.assign(kOwnIdWords, 0);
    std::size_t block;
    auto mask = ownIdMask(h, block);
    for (std::size_t w = 0; w < 8; ++w)
        m_ownIds[block * 8 + w] |= mask[w];
}

bool UsageWriter::mayBeOwnId(std::uint64_t h) const
{
    if (m_ownIds.empty())
        return false;
    std::size_t block;
    auto mask = ownIdMask(h, block);
    for (std::size_t w = 0; w < 8; ++w)
        if ((m_ownIds[block * 8 + w] & mask[w]) != mask[w])
            return false;
    return true;
}

namespace {
// Stored timestamps lie in 1970..2200 (validate.h): day numbers below 2^17 keep every key positive.
constexpr std::uint64_t kDayLimit = std::uint64_t(1) << (63 - UsageWriter::kKeyHashBits);
std::uint64_t dayNumber(Epoch ts)
{
    std::uint64_t day = static_cast<std::uint64_t>(ts < 0 ? 0 : ts) / kSecondsPerDay;
    return day < kDayLimit ? day : kDayLimit - 1;
}
} // namespace

std::int64_t UsageWriter::dayKeyStart(Epoch ts)
{
    return static_cast<std::int64_t>(dayNumber(ts) << kKeyHashBits);
}

std::int64_t UsageWriter::dayKeyEnd(Epoch ts)
{
    std::uint64_t next = dayNumber(ts) + 1;
    return next >= kDayLimit ? INT64_MAX : static_cast<std::int64_t>(next << kKeyHashBits);
}

namespace {

// A writer that gives up (a lock held too long, a full disk) says what is already safe in the store.
Error withCommitted(Error e, std::int64_t committed)
{
    e.detail += "; " + std::to_string(committed)
        + " rows of this run were committed before it; re-running is safe (stored rows are updated, not "
          "duplicated)";
    return e;
}

} // namespace

std::int64_t UsageWriter::committedRows() const
{
    const WriteStats& s = m_stats;
    std::int64_t written
        = s.inserted + s.updated + s.bucketsInserted + s.bucketsUpdated + s.costLinesInserted + s.costLinesUpdated;
    return written - static_cast<std::int64_t>(m_pending);
}

Result<void> UsageWriter::begin()
{
    if (m_inTransaction)
        return {};
    if (auto r = m_db.begin(); !r)
        return withCommitted(r.error(), committedRows());
    m_inTransaction = true;
    // What this writer knows of the days holds only while no other connection has committed.
    if (!m_dataVersionQuery.valid())
        m_dataVersionQuery = m_db.prepare("PRAGMA data_version");
    m_dataVersionQuery.reset();
    std::int64_t version = m_dataVersionQuery.step() ? m_dataVersionQuery.int64(0) : -2;
    m_dataVersionQuery.reset();
    if (version != m_dataVersion || version < 0) {
        m_dayHasEvents.clear();
        m_ownDays.clear();
        m_dataVersion = version;
    }
    // Under the write lock: a source removed by another process since this writer started gets no
    // rows again (they would be counted with no source left to remove them by).
    Statement exists = m_db.prepare("SELECT 1 FROM sources WHERE id = ?1");
    exists.bind(1, m_sourceId);
    if (!exists.step()) {
        std::string err = exists.lastError();
        exists = Statement();
        abort();
        return withCommitted(makeError(err.empty() ? ErrorCode::NotFound : ErrorCode::Database,
                                 err.empty() ? "the source was removed while data was being written to it" : err),
            committedRows());
    }
    auto rules = AllocationRuleSet::load(m_db);
    if (!rules) {
        abort();
        return withCommitted(rules.error(), committedRows());
    }
    m_rules = std::move(*rules);
    // Whether any eval result waits for its request (one seek of a partial index): new requests then claim theirs.
    Statement unlinked
        = m_db.prepare("SELECT 1 FROM eval_results WHERE event_id IS NULL AND event_ext_id <> '' LIMIT 1");
    m_unlinkedEvals = unlinked.step();
    if (!unlinked.lastError().empty()) {
        std::string err = unlinked.lastError();
        unlinked = Statement();
        abort();
        return withCommitted(makeError(ErrorCode::Database, err), committedRows());
    }
    return {};
}

Result<void> UsageWriter::writePendingTags()
{
    // Stable: of two rows of one request and key (a key given twice) the later wins, as row by row.
    std::stable_sort(m_pendingTags.begin(), m_pendingTags.end(),
        [](const auto& a, const auto& b) { return a[0] != b[0] ? a[0] < b[0] : a[1] < b[1]; });
    for (const auto& [eventId, key, value] : m_pendingTags) {
        m_insertTag.bind(1, eventId).bind(2, key).bind(3, value);
        if (!m_insertTag.exec())
            return makeError(ErrorCode::Database, m_insertTag.lastError());
    }
    m_pendingTags.clear();
    return {};
}

void UsageWriter::abort()
{
    m_pendingTags.clear();
    if (!m_inTransaction)
        return;
    m_db.rollback();
    // Rolled-back inserts leave days emptier than remembered.
    m_dayHasEvents.clear();
    m_ownDays.clear();
    m_rollups.clear();
    m_inTransaction = false;
}

Result<void> UsageWriter::maybeCommit()
{
    // A batch also ends early when its rollup deltas grow large (facts with many distinct keys): memory
    // stays bounded whatever the input.
    if (++m_pending >= m_batchSize || m_rollups.size() >= 200000)
        return commit();
    return {};
}

Result<void> UsageWriter::commit()
{
    if (!m_inTransaction)
        return {};
    if (auto r = writePendingTags(); !r) {
        abort();
        return r;
    }
    if (auto r = m_rollups.flush(m_db); !r) {
        abort();
        return r;
    }
    if (m_beforeCommit)
        if (auto r = m_beforeCommit(m_stats); !r) {
            abort();
            return withCommitted(r.error(), committedRows());
        }
    if (auto r = m_db.commit(); !r) {
        abort();
        return withCommitted(r.error(), committedRows());
    }
    m_inTransaction = false;
    m_pending = 0;
    ++m_stats.batches;
    if (m_progress)
        m_progress(m_stats);
    return {};
}

const Price* UsageWriter::priceFor(
    std::int64_t providerId, std::int64_t modelId, const std::string& provider, const std::string& model, Epoch ts)
{
    auto key = std::make_pair(providerId, modelId);
    auto it = m_priceCache.find(key);
    if (it == m_priceCache.end())
        it = m_priceCache.emplace(key, m_prices.candidates(provider, model)).first;
    return PriceBook::pick(it->second, ts);
}

Result<void> UsageWriter::prepareEventStatements()
{
    if (m_insertEvent.valid())
        return {};
    std::string cols, set;
    for (int i = 0; i < kEventColumnCount; ++i) {
        cols += (i ? ", " : "") + std::string(kEventColumns[i]);
        set += (i ? ", " : "") + std::string(kEventColumns[i]) + " = ?" + std::to_string(i + 2);
    }
    m_insertEvent = m_db.prepare("INSERT INTO events(id, " + cols + ") VALUES(?1, "
        + numberedParameters(2, kEventColumnCount) + ") ON CONFLICT(id) DO NOTHING");
    m_updateEvent = m_db.prepare("UPDATE events SET " + set + " WHERE id = ?1");
    m_findEvent = m_db.prepare(
        "SELECT e.source_id, e.ext_id, " + storedFactColumnsSql(FactTable::Events) + " FROM events e WHERE e.id = ?1");
    m_deleteEvent = m_db.prepare("DELETE FROM events WHERE id = ?1");
    m_anyOnDay = m_db.prepare("SELECT 1 FROM events WHERE id >= ?1 AND id < ?2 LIMIT 1");
    m_insertTag = m_db.prepare("INSERT OR REPLACE INTO event_tags(event_id, key, value) VALUES(?1, ?2, ?3)");
    m_deleteTags = m_db.prepare("DELETE FROM event_tags WHERE event_id = ?1");
    m_insertText = m_db.prepare(
        "INSERT INTO event_text(event_id, prompt, response) VALUES(?1, ?2, ?3) ON CONFLICT(event_id) DO UPDATE SET "
        "prompt = excluded.prompt, response = excluded.response");
    m_moveText = m_db.prepare("UPDATE event_text SET event_id = ?2 WHERE event_id = ?1");
    m_moveAnnotations = m_db.prepare("UPDATE annotations SET event_id = ?2 WHERE event_id = ?1");
    m_moveEvals = m_db.prepare("UPDATE eval_results SET event_id = ?2 WHERE event_id = ?1");
    // Eval results imported before their request (store/evallinks.h), found by its id.
    m_claimEvals = m_db.prepare("UPDATE eval_results SET event_id = ?1 WHERE event_ext_id = ?2 AND event_ext_id <> ''"
                                " AND event_id IS NULL");
    // A request updated in place carries its new facts to its judgements, if it has any (one seek).
    m_refreshJudged = m_db.prepare(refreshJudgedFactsSql());
    for (const Statement* st :
        { &m_insertEvent, &m_updateEvent, &m_findEvent, &m_deleteEvent, &m_anyOnDay, &m_insertTag, &m_deleteTags,
            &m_insertText, &m_moveText, &m_moveAnnotations, &m_moveEvals, &m_claimEvals, &m_refreshJudged })
        if (!st->valid()) {
            std::string err = st->prepareError();
            m_insertEvent = Statement();
            return makeError(ErrorCode::Database, err);
        }
    return {};
}

Result<bool> UsageWriter::dayHasEvents(Epoch dayTs)
{
    std::int64_t lo = dayKeyStart(dayTs);
    auto it = m_dayHasEvents.find(lo);
    if (it != m_dayHasEvents.end())
        return it->second;
    m_anyOnDay.reset();
    m_anyOnDay.bind(1, lo).bind(2, dayKeyEnd(dayTs));
    bool any = m_anyOnDay.step();
    if (!m_anyOnDay.lastError().empty())
        return makeError(ErrorCode::Database, m_anyOnDay.lastError());
    m_anyOnDay.reset();
    m_dayHasEvents.emplace(lo, any);
    return any;
}

Result<std::int64_t> UsageWriter::findOnDay(Epoch dayTs, const std::string& id, std::uint64_t hash, StoredFact* old)
{
    auto any = dayHasEvents(dayTs);
    if (!any)
        return any.error();
    if (!*any)
        return std::int64_t { 0 };
    if (m_ownDays.count(dayKeyStart(dayTs)) && !mayBeOwnId(hash))
        return std::int64_t { 0 }; // only this writer's events are there, and never this id
    for (int salt = 0; salt <= kMaxSalt; ++salt) {
        std::int64_t key = salt ? eventKey(dayTs, m_sourceId, id, salt) : keyOf(dayTs, hash);
        m_findEvent.reset();
        m_findEvent.bind(1, key);
        if (!m_findEvent.step()) {
            std::string err = m_findEvent.lastError();
            m_findEvent.reset();
            if (!err.empty())
                return makeError(ErrorCode::Database, err);
            return std::int64_t { 0 }; // the end of the chain
        }
        if (m_findEvent.int64(0) == m_sourceId && m_findEvent.text(1) == id) {
            if (old)
                *old = readStoredFact(m_findEvent, 2);
            m_findEvent.reset();
            return key;
        }
    }
    m_findEvent.reset();
    return std::int64_t { 0 };
}

Result<void> UsageWriter::add(const UsageEvent& e)
{
    // Every number is range-checked before anything is written: a failing fact is refused whole.
    if (auto v = validateEvent(e); !v)
        return v;
    if (auto r = begin(); !r)
        return r;
    if (auto r = prepareEventStatements(); !r)
        return r;
    DimArray<std::int64_t> ids;
    for (Dim d : kRowDims) {
        auto id = m_db.intern(d, e.dims[d]);
        if (!id)
            return id.error();
        ids[d] = *id;
    }
    m_tagIds.clear();
    for (const auto& [k, v] : e.tags) {
        auto key = m_db.intern(Dim::TagKey, k);
        if (!key)
            return key.error();
        auto value = m_db.intern(Dim::TagValue, v);
        if (!value)
            return value.error();
        m_tagIds.emplace_back(*key, *value);
    }
    // Owners the source left empty come from the allocation rules (store/allocation.h).
    const std::int64_t allocated = m_rules.apply(ids, m_tagIds);
    const Price* price = priceFor(ids[Dim::Provider], ids[Dim::Model], e.dims.provider, e.dims.model, e.ts);
    Cost cost;
    if (price) {
        auto c = computeCost(*price, e.tokens, Billing { e.batch, e.cacheHit, e.dims.serviceTier, false });
        if (!c)
            return makeError(ErrorCode::Invalid, "event '" + e.id.substr(0, 40) + "': " + c.error().detail);
        cost = *c;
    } else {
        ++m_stats.unpriced;
    }
    const std::int64_t flags = (e.cacheHit ? kEventFlagCacheHit : 0) | (e.batch ? kEventFlagBatch : 0) | allocated;

    StoredFact now;
    now.key[RkBucket] = e.ts;
    now.key[RkLens] = static_cast<int>(Lens::Attribution);
    for (Dim d : kRowDims)
        if (auto f = rollupKeyField(d))
            now.key[*f] = ids[d];
    now.key[RkBatch] = e.batch ? 1 : 0;
    now.fact = pricedFact(1, e.tokens, price ? &cost : nullptr, e.reportedCost);
    Fact& f = now.fact;
    f.status = e.status;
    f.cacheHit = e.cacheHit;
    f.avoided = e.cacheHit ? cost.list : 0;
    f.latencyMs = e.latencyMs;

    auto bindAll = [&](Statement& st, std::int64_t key) {
        st.bind(1, key).bind(2, m_sourceId).bind(3, e.id).bind(4, e.ts);
        int i = 5;
        for (Dim d : kRowDims)
            st.bind(i++, ids[d]);
        st.bind(17, f.input).bind(18, f.cached).bind(19, f.cw5m).bind(20, f.cw1h).bind(21, f.output);
        st.bind(22, e.reportedCost).bind(23, f.cost).bind(24, cost.priceId).bind(25, f.cacheSavings);
        st.bind(26, f.cacheWriteExtra).bind(27, f.avoided).bind(28, e.latencyMs).bind(29, f.status).bind(30, flags);
        st.bind(31, e.ttftMs);
    };
    static_assert(kEventColumnCount + 1 == 31, "bindAll() binds the key and every event column");

    // Find the stored copy, if any: first on its own day (where a new request is also inserted), then
    // on the days either side.
    const std::int64_t day = dayKeyStart(e.ts);
    auto dayUsed = dayHasEvents(e.ts);
    if (!dayUsed)
        return dayUsed.error();
    if (!*dayUsed)
        m_ownDays.insert(day);
    const std::uint64_t hash = idHash(m_sourceId, e.id); // salt 0: the key almost always, and the Bloom filter
    std::int64_t eventId = 0, movedFrom = 0;
    bool replaced = false, inserted = false;
    StoredFact old;
    for (int salt = 0;; ++salt) {
        if (salt > kMaxSalt)
            return makeError(ErrorCode::Database, "cannot find a free key for event " + e.id.substr(0, 80));
        std::int64_t key = salt ? eventKey(e.ts, m_sourceId, e.id, salt) : keyOf(e.ts, hash);
        bindAll(m_insertEvent, key);
        if (!m_insertEvent.exec())
            return makeError(ErrorCode::Database, m_insertEvent.lastError());
        if (sqlite3_changes(m_db.handle()) == 1) {
            eventId = key;
            inserted = true;
            break;
        }
        // The key exists: the same (source, id) re-imported, or a collision of the 46-bit hash within the day.
        m_findEvent.reset();
        m_findEvent.bind(1, key);
        if (!m_findEvent.step())
            return makeError(ErrorCode::Database, "event key vanished during upsert");
        bool same = m_findEvent.int64(0) == m_sourceId && m_findEvent.text(1) == e.id;
        if (same)
            old = readStoredFact(m_findEvent, 2);
        m_findEvent.reset();
        if (!same)
            continue;
        eventId = key;
        replaced = true;
        bindAll(m_updateEvent, key);
        if (!m_updateEvent.exec())
            return makeError(ErrorCode::Database, m_updateEvent.lastError());
        if (auto r = writePendingTags(); !r) // its tags may be among them
            return r;
        m_refreshJudged.bind(1, key).bind(2, key);
        if (!m_refreshJudged.exec())
            return makeError(ErrorCode::Database, m_refreshJudged.lastError());
        m_deleteTags.bind(1, eventId);
        if (!m_deleteTags.exec())
            return makeError(ErrorCode::Database, m_deleteTags.lastError());
        break;
    }
    m_dayHasEvents[day] = true;
    if (!replaced) {
        for (Epoch side : { e.ts - kSecondsPerDay, e.ts + kSecondsPerDay }) {
            if (side < 0)
                continue;
            auto at = findOnDay(side, e.id, hash, &old);
            if (!at)
                return at.error();
            if (*at) {
                movedFrom = *at;
                break;
            }
        }
    }
    // Remembered after the look at the days either side, which must not find this very row.
    if (m_ownDays.count(day))
        rememberOwnId(hash);
    if (movedFrom) {
        // Re-keyed to its new day: its text, annotations and eval results follow it, the old row goes.
        replaced = true;
        if (auto r = writePendingTags(); !r)
            return r;
        for (Statement* st : { &m_moveText, &m_moveAnnotations, &m_moveEvals }) {
            st->bind(1, movedFrom).bind(2, eventId);
            if (!st->exec())
                return makeError(ErrorCode::Database, st->lastError());
        }
        for (Statement* st : { &m_deleteTags, &m_deleteEvent }) {
            st->bind(1, movedFrom);
            if (!st->exec())
                return makeError(ErrorCode::Database, st->lastError());
        }
    }
    if (inserted && m_unlinkedEvals) {
        m_claimEvals.bind(1, eventId).bind(2, e.id);
        if (!m_claimEvals.exec())
            return makeError(ErrorCode::Database, m_claimEvals.lastError());
    }
    if (replaced) {
        m_rollups.add(old.contribution(), -1);
        ++m_stats.updated;
    } else {
        ++m_stats.inserted;
    }

    for (const auto& [key, value] : m_tagIds)
        m_pendingTags.push_back({ eventId, key, value });
    if (!e.prompt.empty() || !e.response.empty()) {
        m_insertText.bind(1, eventId).bind(2, e.prompt).bind(3, e.response);
        if (!m_insertText.exec())
            return makeError(ErrorCode::Database, m_insertText.lastError());
    }
    m_rollups.add(now.contribution(), +1);
    return maybeCommit();
}

Result<void> UsageWriter::add(const UsageBucket& b)
{
    if (auto v = validateBucket(b); !v)
        return v;
    if (auto r = begin(); !r)
        return r;
    if (!m_findBucket.valid()) {
        const char* keyWhere = "source_id=?1 AND start=?2 AND width=?3 AND kind=?4 AND provider=?5 AND model=?6 AND "
                               "project=?7 AND api_key=?8 AND user=?9 AND service_tier=?10 AND context_window=?11 AND "
                               "batch=?12 AND tenant=?13 AND team=?14 AND env=?28 AND alloc=?29";
        m_findBucket = m_db.prepare(
            "SELECT e.id, " + storedFactColumnsSql(FactTable::Buckets) + " FROM buckets e WHERE " + keyWhere);
        m_insertBucket = m_db.prepare(
            "INSERT INTO buckets(source_id, start, width, kind, provider, model, project, api_key, user, "
            "service_tier, context_window, batch, tenant, team, lens, requests, input, cached, cw5m, cw1h, output, "
            "reported_cost, cost, price_id, cache_savings, cache_write_extra, env, alloc) VALUES(?1, ?2, ?3, ?4, ?5, "
            "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?28, "
            "?29)");
        m_updateBucket = m_db.prepare(
            "UPDATE buckets SET lens=?15, requests=?16, input=?17, cached=?18, cw5m=?19, cw1h=?20, output=?21, "
            "reported_cost=?22, cost=?23, price_id=?24, cache_savings=?25, cache_write_extra=?26 WHERE id=?27");
        if (!m_findBucket.valid() || !m_insertBucket.valid() || !m_updateBucket.valid())
            return makeError(ErrorCode::Database,
                m_findBucket.prepareError() + m_insertBucket.prepareError() + m_updateBucket.prepareError());
    }
    DimArray<std::int64_t> ids;
    for (Dim d : { Dim::Provider, Dim::Model, Dim::Project, Dim::ApiKey, Dim::User, Dim::ServiceTier, Dim::Tenant,
             Dim::Team, Dim::Env }) {
        auto id = m_db.intern(d, b.dims[d]);
        if (!id)
            return id.error();
        ids[d] = *id;
    }
    // Owners the source left empty come from the allocation rules; what a rule filled is part of the natural
    // key (alloc), so it never meets a bucket the source reported with that owner.
    m_tagIds.clear();
    const std::int64_t allocated = m_rules.apply(ids, m_tagIds);
    const std::int64_t prov = ids[Dim::Provider], model = ids[Dim::Model], project = ids[Dim::Project],
                       apiKey = ids[Dim::ApiKey], user = ids[Dim::User], tier = ids[Dim::ServiceTier],
                       tenant = ids[Dim::Tenant], team = ids[Dim::Team], env = ids[Dim::Env];
    const Price* price = b.infraCost ? nullptr : priceFor(prov, model, b.dims.provider, b.dims.model, b.start);
    const bool priced = price || b.infraCost;
    bool longCtx = !b.contextWindow.empty() && b.contextWindow.rfind("0-", 0) != 0;
    Cost cost;
    if (b.infraCost) {
        cost.total = cost.list = *b.infraCost;
    } else if (price) {
        auto c = computeCost(*price, b.tokens, Billing { b.batch, false, b.dims.serviceTier, longCtx, true });
        if (!c)
            return makeError(ErrorCode::Invalid,
                "bucket " + formatTimestamp(b.start) + " " + b.dims.model.substr(0, 40) + ": " + c.error().detail);
        cost = *c;
    } else {
        ++m_stats.unpriced;
    }

    auto bindKey = [&](Statement& st) {
        st.bind(1, m_sourceId).bind(2, b.start).bind(3, b.widthSeconds).bind(4, b.kind).bind(5, prov).bind(6, model);
        st.bind(7, project).bind(8, apiKey).bind(9, user).bind(10, tier).bind(11, b.contextWindow);
        st.bind(12, b.batch ? 1 : 0).bind(13, tenant).bind(14, team).bind(28, env).bind(29, allocated);
    };
    auto bindValues = [&](Statement& st) {
        st.bind(15, static_cast<int>(b.lens)).bind(16, b.requests).bind(17, b.tokens.input);
        st.bind(18, b.tokens.cachedInput).bind(19, b.tokens.cacheWrite5m).bind(20, b.tokens.cacheWrite1h);
        st.bind(21, b.tokens.output).bind(22, b.reportedCost);
        if (priced)
            st.bind(23, cost.total);
        else
            st.bindNull(23);
        st.bind(24, cost.priceId).bind(25, cost.cacheSavings).bind(26, cost.cacheWriteExtra);
    };
    m_findBucket.reset();
    bindKey(m_findBucket);
    std::int64_t existing = 0;
    if (m_findBucket.step()) {
        existing = m_findBucket.int64(0);
        m_rollups.add(readStoredFact(m_findBucket, 1).contribution(), -1);
    }
    m_findBucket.reset();
    Statement& st = existing ? m_updateBucket : m_insertBucket;
    if (existing) {
        bindValues(st);
        st.bind(27, existing);
    } else {
        bindKey(st);
        bindValues(st);
    }
    if (!st.exec())
        return makeError(ErrorCode::Database, st.lastError());
    existing ? ++m_stats.bucketsUpdated : ++m_stats.bucketsInserted;

    StoredFact now;
    now.key[RkBucket] = b.start;
    now.key[RkLens] = static_cast<int>(b.lens);
    now.key[RkProvider] = prov;
    now.key[RkModel] = model;
    now.key[RkTenant] = tenant;
    now.key[RkTeam] = team;
    now.key[RkProject] = project;
    now.key[RkEnv] = env;
    now.key[RkApiKey] = apiKey;
    now.key[RkServiceTier] = tier;
    now.key[RkBatch] = b.batch ? 1 : 0;
    now.fact = pricedFact(b.requests, b.tokens, priced ? &cost : nullptr, b.reportedCost);
    m_rollups.add(now.contribution(), +1);
    return maybeCommit();
}

Result<void> UsageWriter::add(const CostLine& c)
{
    if (auto v = validateCostLine(c); !v)
        return v;
    if (auto r = begin(); !r)
        return r;
    if (!m_findCostLine.valid()) {
        m_findCostLine = m_db.prepare("SELECT id FROM cost_lines WHERE source_id=?1 AND start=?2 AND width=?3 AND "
                                      "provider=?4 AND project=?5 AND line_item=?6");
        m_upsertCostLine = m_db.prepare(
            "INSERT INTO cost_lines(source_id, start, width, provider, project, line_item, description, amount, "
            "currency) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(source_id, start, width, provider, "
            "project, line_item) DO UPDATE SET description=excluded.description, amount=excluded.amount, "
            "currency=excluded.currency");
    }
    m_findCostLine.reset();
    m_findCostLine.bind(1, m_sourceId).bind(2, c.start).bind(3, c.widthSeconds).bind(4, c.provider).bind(5, c.project);
    m_findCostLine.bind(6, c.lineItem);
    bool exists = m_findCostLine.step();
    m_findCostLine.reset();
    m_upsertCostLine.bind(1, m_sourceId).bind(2, c.start).bind(3, c.widthSeconds).bind(4, c.provider);
    m_upsertCostLine.bind(5, c.project).bind(6, c.lineItem).bind(7, c.description).bind(8, c.amount);
    m_upsertCostLine.bind(9, c.currency);
    if (!m_upsertCostLine.exec())
        return makeError(ErrorCode::Database, m_upsertCostLine.lastError());
    exists ? ++m_stats.costLinesUpdated : ++m_stats.costLinesInserted;
    return maybeCommit();
}

Result<std::int64_t> UsageWriter::removeBuckets(Epoch from, Epoch to, std::string_view kind)
{
    if (auto r = begin(); !r)
        return r.error();
    if (!m_selectRange.valid()) {
        m_selectRange = m_db.prepare("SELECT e.id, " + storedFactColumnsSql(FactTable::Buckets)
            + " FROM buckets e WHERE e.source_id=?1 AND e.start>=?2 AND e.start<?3 AND e.kind=?4");
        m_deleteRange = m_db.prepare("DELETE FROM buckets WHERE source_id=?1 AND start>=?2 AND start<?3 AND kind=?4");
        if (!m_selectRange.valid() || !m_deleteRange.valid())
            return makeError(ErrorCode::Database, m_selectRange.prepareError() + m_deleteRange.prepareError());
    }
    m_selectRange.reset();
    m_selectRange.bind(1, m_sourceId).bind(2, from).bind(3, to).bind(4, kind);
    std::int64_t n = 0;
    while (m_selectRange.step()) {
        m_rollups.add(readStoredFact(m_selectRange, 1).contribution(), -1);
        ++n;
    }
    m_selectRange.reset();
    if (n == 0)
        return n;
    m_deleteRange.bind(1, m_sourceId).bind(2, from).bind(3, to).bind(4, kind);
    if (!m_deleteRange.exec())
        return makeError(ErrorCode::Database, m_deleteRange.lastError());
    return n;
}

Result<std::int64_t> UsageWriter::removeCostLines(Epoch from, Epoch to)
{
    if (auto r = begin(); !r)
        return r.error();
    Statement del = m_db.prepare("DELETE FROM cost_lines WHERE source_id=?1 AND start>=?2 AND start<?3");
    del.bind(1, m_sourceId).bind(2, from).bind(3, to);
    if (!del.exec())
        return makeError(ErrorCode::Database, del.lastError());
    return static_cast<std::int64_t>(sqlite3_changes(m_db.handle()));
}

} // namespace burnrate
