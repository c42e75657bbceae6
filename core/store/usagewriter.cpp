#include "store/usagewriter.h"

#include "model/validate.h"
#include "pricing/costengine.h"
#include "pricing/pricebook.h"
#include "store/database.h"

#include <sqlite3.h>

#include <tuple>

namespace burnrate {

namespace {

constexpr std::int64_t kFlagCacheHit = 1;
constexpr std::int64_t kFlagBatch = 2;

const char* const kInsertEventSql
    = "INSERT INTO events(source_id, key_hash, ext_id, ts, provider, model, tenant, team, project, env, user, "
      "api_key, prompt_id, prompt_version, trace_id, service_tier, input, cached, cw5m, cw1h, output, reported_cost, "
      "cost, price_id, cache_savings, cache_write_extra, avoided, latency_ms, status, flags) VALUES(?1, ?2, ?3, ?4, "
      "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, "
      "?27, ?28, ?29, ?30) ON CONFLICT(key_hash) DO NOTHING";
const char* const kUpdateEventSql
    = "UPDATE events SET source_id=?1, key_hash=?2, ext_id=?3, ts=?4, provider=?5, model=?6, tenant=?7, team=?8, "
      "project=?9, env=?10, user=?11, api_key=?12, prompt_id=?13, prompt_version=?14, trace_id=?15, "
      "service_tier=?16, input=?17, cached=?18, cw5m=?19, cw1h=?20, output=?21, reported_cost=?22, cost=?23, "
      "price_id=?24, cache_savings=?25, cache_write_extra=?26, avoided=?27, latency_ms=?28, status=?29, flags=?30 "
      "WHERE id=?31";

} // namespace

const char* const kEventContributionColumns
    = "ts, provider, model, tenant, team, project, env, api_key, prompt_id, prompt_version, service_tier, flags, "
      "input, cached, cw5m, cw1h, output, cost, reported_cost, status, avoided, cache_savings, cache_write_extra, "
      "latency_ms";

FactContribution eventContribution(const Statement& r, int c)
{
    FactContribution f;
    f.key[RkBucket] = r.int64(c + 0);
    f.key[RkLens] = static_cast<int>(Lens::Attribution);
    f.key[RkProvider] = r.int64(c + 1);
    f.key[RkModel] = r.int64(c + 2);
    f.key[RkTenant] = r.int64(c + 3);
    f.key[RkTeam] = r.int64(c + 4);
    f.key[RkProject] = r.int64(c + 5);
    f.key[RkEnv] = r.int64(c + 6);
    f.key[RkApiKey] = r.int64(c + 7);
    f.key[RkPromptId] = r.int64(c + 8);
    f.key[RkPromptVersion] = r.int64(c + 9);
    f.key[RkServiceTier] = r.int64(c + 10);
    std::int64_t flags = r.int64(c + 11);
    f.key[RkBatch] = (flags & kFlagBatch) ? 1 : 0;
    auto& s = f.sums;
    s[RsRequests] = 1;
    s[RsInput] = r.int64(c + 12);
    s[RsCached] = r.int64(c + 13);
    s[RsCw5m] = r.int64(c + 14);
    s[RsCw1h] = r.int64(c + 15);
    s[RsOutput] = r.int64(c + 16);
    bool priced = !r.isNull(c + 17);
    std::int64_t cost = priced ? r.int64(c + 17) : 0;
    s[RsCost] = cost;
    s[RsReportedCost] = r.isNull(c + 18) ? 0 : r.int64(c + 18);
    s[RsUnpricedRequests] = priced ? 0 : 1;
    s[RsUnpricedTokens] = priced ? 0 : s[RsInput] + s[RsOutput];
    bool error = r.int64(c + 19) >= 400;
    s[RsErrorRequests] = error ? 1 : 0;
    s[RsErrorCost] = error ? cost : 0;
    s[RsCacheHitRequests] = (flags & kFlagCacheHit) ? 1 : 0;
    s[RsCacheAvoided] = r.int64(c + 20);
    s[RsCacheSavings] = r.int64(c + 21);
    s[RsCacheWriteExtra] = r.int64(c + 22);
    s[RsLatencySum] = r.isNull(c + 23) ? 0 : r.int64(c + 23);
    s[RsLatencyCount] = r.isNull(c + 23) ? 0 : 1;
    return f;
}

const char* const kBucketContributionColumns
    = "start, width, lens, provider, model, tenant, team, project, api_key, service_tier, batch, requests, input, "
      "cached, cw5m, cw1h, output, cost, reported_cost, cache_savings, cache_write_extra";

FactContribution bucketContribution(const Statement& r, int c)
{
    FactContribution f;
    f.key[RkBucket] = r.int64(c + 0);
    f.key[RkLens] = r.int64(c + 2);
    f.key[RkProvider] = r.int64(c + 3);
    f.key[RkModel] = r.int64(c + 4);
    f.key[RkTenant] = r.int64(c + 5);
    f.key[RkTeam] = r.int64(c + 6);
    f.key[RkProject] = r.int64(c + 7);
    f.key[RkApiKey] = r.int64(c + 8);
    f.key[RkServiceTier] = r.int64(c + 9);
    f.key[RkBatch] = r.int64(c + 10);
    auto& s = f.sums;
    s[RsRequests] = r.int64(c + 11);
    s[RsInput] = r.int64(c + 12);
    s[RsCached] = r.int64(c + 13);
    s[RsCw5m] = r.int64(c + 14);
    s[RsCw1h] = r.int64(c + 15);
    s[RsOutput] = r.int64(c + 16);
    bool priced = !r.isNull(c + 17);
    std::int64_t reported = r.isNull(c + 18) ? 0 : r.int64(c + 18);
    // A bucket of a model we cannot price still carries the provider's own amount when it reported one.
    s[RsCost] = priced ? r.int64(c + 17) : 0;
    s[RsReportedCost] = reported;
    s[RsUnpricedRequests] = priced ? 0 : s[RsRequests];
    s[RsUnpricedTokens] = priced ? 0 : s[RsInput] + s[RsOutput];
    s[RsCacheSavings] = r.int64(c + 19);
    s[RsCacheWriteExtra] = r.int64(c + 20);
    return f;
}

UsageWriter::UsageWriter(Database& db, const PriceBook& prices, std::int64_t sourceId, std::size_t batchSize)
    : m_db(db)
    , m_prices(prices)
    , m_sourceId(sourceId)
    , m_batchSize(batchSize ? batchSize : 1)
{
}

UsageWriter::~UsageWriter()
{
    if (m_inTransaction)
        m_db.rollback();
}

std::int64_t UsageWriter::keyHash(std::int64_t sourceId, std::string_view id, int salt)
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
    return static_cast<std::int64_t>(h);
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

Result<void> UsageWriter::ensureTransaction()
{
    if (m_inTransaction)
        return {};
    if (auto r = m_db.begin(); !r)
        return withCommitted(r.error(), committedRows());
    m_inTransaction = true;
    // Under the write lock: a source removed by another process since this writer started gets no
    // rows again (they would be counted with no source left to remove them by).
    Statement exists = m_db.prepare("SELECT 1 FROM sources WHERE id = ?1");
    exists.bind(1, m_sourceId);
    if (!exists.step()) {
        std::string err = exists.lastError();
        exists = Statement();
        m_db.rollback();
        m_inTransaction = false;
        return withCommitted(makeError(err.empty() ? ErrorCode::NotFound : ErrorCode::Database,
                                 err.empty() ? "the source was removed while data was being written to it" : err),
            committedRows());
    }
    return {};
}

Result<void> UsageWriter::maybeCommit()
{
    if (++m_pending >= m_batchSize)
        return flush();
    return {};
}

Result<void> UsageWriter::flush()
{
    if (!m_inTransaction)
        return {};
    if (auto r = m_rollups.flush(m_db); !r) {
        m_db.rollback();
        m_rollups.clear();
        m_inTransaction = false;
        return r;
    }
    if (auto r = m_db.commit(); !r) {
        m_db.rollback();
        m_inTransaction = false;
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

Result<void> UsageWriter::add(const UsageEvent& e)
{
    // Every number is range-checked before anything is written: a failing fact is refused whole.
    if (auto v = validateEvent(e); !v)
        return v;
    if (auto r = ensureTransaction(); !r)
        return r;
    if (!m_insertEvent.valid()) {
        m_insertEvent = m_db.prepare(kInsertEventSql);
        m_updateEvent = m_db.prepare(kUpdateEventSql);
        m_findEvent = m_db.prepare(std::string("SELECT id, source_id, ext_id, ") + kEventContributionColumns
            + " FROM events WHERE key_hash = ?1");
        m_insertTag = m_db.prepare("INSERT OR REPLACE INTO event_tags(event_id, key, value) VALUES(?1, ?2, ?3)");
        m_deleteTags = m_db.prepare("DELETE FROM event_tags WHERE event_id = ?1");
        m_insertText = m_db.prepare("INSERT OR REPLACE INTO event_text(event_id, prompt, response) VALUES(?1, ?2, ?3)");
        if (!m_insertEvent.valid() || !m_updateEvent.valid() || !m_findEvent.valid())
            return makeError(ErrorCode::Database,
                m_insertEvent.prepareError() + m_updateEvent.prepareError() + m_findEvent.prepareError());
    }
    std::int64_t ids[12];
    for (int d = 0; d < 12; ++d) {
        auto id = m_db.intern(static_cast<Dim>(d), e.dims[static_cast<Dim>(d)]);
        if (!id)
            return id.error();
        ids[d] = *id;
    }
    const Price* price = priceFor(ids[0], ids[1], e.dims.provider, e.dims.model, e.ts);
    Cost cost;
    if (price) {
        auto c = computeCost(*price, e.tokens, Billing { e.batch, e.cacheHit, e.dims.serviceTier, false });
        if (!c)
            return makeError(ErrorCode::Invalid, "event '" + e.id.substr(0, 40) + "': " + c.error().detail);
        cost = *c;
    } else {
        ++m_stats.unpriced;
    }
    std::int64_t flags = (e.cacheHit ? kFlagCacheHit : 0) | (e.batch ? kFlagBatch : 0);

    auto bindAll = [&](Statement& st, std::int64_t hash) {
        st.bind(1, m_sourceId).bind(2, hash).bind(3, e.id).bind(4, e.ts);
        for (int d = 0; d < 12; ++d)
            st.bind(5 + d, ids[d]);
        st.bind(17, e.tokens.input).bind(18, e.tokens.cachedInput).bind(19, e.tokens.cacheWrite5m);
        st.bind(20, e.tokens.cacheWrite1h).bind(21, e.tokens.output).bind(22, e.reportedCost);
        if (price)
            st.bind(23, cost.total);
        else
            st.bindNull(23);
        st.bind(24, cost.priceId).bind(25, cost.cacheSavings).bind(26, cost.cacheWriteExtra);
        st.bind(27, e.cacheHit ? cost.list : Nano { 0 });
        st.bind(28, e.latencyMs).bind(29, e.status).bind(30, flags);
    };

    std::int64_t eventId = 0;
    bool replaced = false;
    for (int salt = 0;; ++salt) {
        std::int64_t hash = keyHash(m_sourceId, e.id, salt);
        bindAll(m_insertEvent, hash);
        if (!m_insertEvent.exec())
            return makeError(ErrorCode::Database, m_insertEvent.lastError());
        if (sqlite3_changes(m_db.handle()) == 1) {
            eventId = sqlite3_last_insert_rowid(m_db.handle());
            break;
        }
        // The key exists: the same (source, id) re-imported, or (astronomically rarely) a hash collision.
        m_findEvent.reset();
        m_findEvent.bind(1, hash);
        if (!m_findEvent.step())
            return makeError(ErrorCode::Database, "event key vanished during upsert");
        if (m_findEvent.int64(1) != m_sourceId || m_findEvent.text(2) != e.id) {
            m_findEvent.reset();
            if (salt > 8)
                return makeError(ErrorCode::Database, "cannot find a free key for event " + e.id);
            continue;
        }
        eventId = m_findEvent.int64(0);
        m_rollups.add(eventContribution(m_findEvent, 3), -1);
        m_findEvent.reset();
        bindAll(m_updateEvent, hash);
        m_updateEvent.bind(31, eventId);
        if (!m_updateEvent.exec())
            return makeError(ErrorCode::Database, m_updateEvent.lastError());
        m_deleteTags.bind(1, eventId);
        m_deleteTags.exec();
        replaced = true;
        break;
    }
    if (replaced)
        ++m_stats.updated;
    else
        ++m_stats.inserted;

    for (const auto& [k, v] : e.tags) {
        auto key = m_db.intern(Dim::TagKey, k);
        if (!key)
            return key.error();
        auto value = m_db.intern(Dim::TagValue, v);
        if (!value)
            return value.error();
        m_insertTag.bind(1, eventId).bind(2, *key).bind(3, *value);
        if (!m_insertTag.exec())
            return makeError(ErrorCode::Database, m_insertTag.lastError());
    }
    if (!e.prompt.empty() || !e.response.empty()) {
        m_insertText.bind(1, eventId).bind(2, e.prompt).bind(3, e.response);
        if (!m_insertText.exec())
            return makeError(ErrorCode::Database, m_insertText.lastError());
    }

    FactContribution f;
    f.key[RkBucket] = e.ts;
    f.key[RkLens] = static_cast<int>(Lens::Attribution);
    f.key[RkProvider] = ids[0];
    f.key[RkModel] = ids[1];
    f.key[RkTenant] = ids[2];
    f.key[RkTeam] = ids[3];
    f.key[RkProject] = ids[4];
    f.key[RkEnv] = ids[5];
    f.key[RkApiKey] = ids[7];
    f.key[RkPromptId] = ids[8];
    f.key[RkPromptVersion] = ids[9];
    f.key[RkServiceTier] = ids[11];
    f.key[RkBatch] = e.batch ? 1 : 0;
    auto& s = f.sums;
    s[RsRequests] = 1;
    s[RsInput] = e.tokens.input;
    s[RsCached] = e.tokens.cachedInput;
    s[RsCw5m] = e.tokens.cacheWrite5m;
    s[RsCw1h] = e.tokens.cacheWrite1h;
    s[RsOutput] = e.tokens.output;
    s[RsCost] = price ? cost.total : 0;
    s[RsReportedCost] = e.reportedCost.value_or(0);
    s[RsUnpricedRequests] = price ? 0 : 1;
    s[RsUnpricedTokens] = price ? 0 : e.tokens.input + e.tokens.output;
    bool error = e.status >= 400;
    s[RsErrorRequests] = error ? 1 : 0;
    s[RsErrorCost] = error && price ? cost.total : 0;
    s[RsCacheHitRequests] = e.cacheHit ? 1 : 0;
    s[RsCacheAvoided] = e.cacheHit ? cost.list : 0;
    s[RsCacheSavings] = cost.cacheSavings;
    s[RsCacheWriteExtra] = cost.cacheWriteExtra;
    s[RsLatencySum] = e.latencyMs.value_or(0);
    s[RsLatencyCount] = e.latencyMs ? 1 : 0;
    m_rollups.add(f, +1);
    return maybeCommit();
}

Result<void> UsageWriter::add(const UsageBucket& b)
{
    if (auto v = validateBucket(b); !v)
        return v;
    if (auto r = ensureTransaction(); !r)
        return r;
    if (!m_findBucket.valid()) {
        const char* keyWhere = "source_id=?1 AND start=?2 AND width=?3 AND kind=?4 AND provider=?5 AND model=?6 AND "
                               "project=?7 AND api_key=?8 AND user=?9 AND service_tier=?10 AND context_window=?11 AND "
                               "batch=?12 AND tenant=?13 AND team=?14";
        m_findBucket
            = m_db.prepare(std::string("SELECT id, ") + kBucketContributionColumns + " FROM buckets WHERE " + keyWhere);
        m_insertBucket = m_db.prepare(
            "INSERT INTO buckets(source_id, start, width, kind, provider, model, project, api_key, user, "
            "service_tier, context_window, batch, tenant, team, lens, requests, input, cached, cw5m, cw1h, output, "
            "reported_cost, cost, price_id, cache_savings, cache_write_extra) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
        m_updateBucket = m_db.prepare(
            "UPDATE buckets SET lens=?15, requests=?16, input=?17, cached=?18, cw5m=?19, cw1h=?20, output=?21, "
            "reported_cost=?22, cost=?23, price_id=?24, cache_savings=?25, cache_write_extra=?26 WHERE id=?27");
        if (!m_findBucket.valid() || !m_insertBucket.valid() || !m_updateBucket.valid())
            return makeError(ErrorCode::Database,
                m_findBucket.prepareError() + m_insertBucket.prepareError() + m_updateBucket.prepareError());
    }
    std::int64_t prov = 0, model = 0, project = 0, apiKey = 0, user = 0, tier = 0, tenant = 0, team = 0;
    for (auto [out, dim, value] :
        { std::tuple { &prov, Dim::Provider, &b.dims.provider }, std::tuple { &model, Dim::Model, &b.dims.model },
            std::tuple { &project, Dim::Project, &b.dims.project }, std::tuple { &apiKey, Dim::ApiKey, &b.dims.apiKey },
            std::tuple { &user, Dim::User, &b.dims.user }, std::tuple { &tier, Dim::ServiceTier, &b.dims.serviceTier },
            std::tuple { &tenant, Dim::Tenant, &b.dims.tenant }, std::tuple { &team, Dim::Team, &b.dims.team } }) {
        auto id = m_db.intern(dim, *value);
        if (!id)
            return id.error();
        *out = *id;
    }
    const Price* price = priceFor(prov, model, b.dims.provider, b.dims.model, b.start);
    bool longCtx = !b.contextWindow.empty() && b.contextWindow.rfind("0-", 0) != 0;
    Cost cost;
    if (price) {
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
        st.bind(12, b.batch ? 1 : 0).bind(13, tenant).bind(14, team);
    };
    auto bindValues = [&](Statement& st) {
        st.bind(15, static_cast<int>(b.lens)).bind(16, b.requests).bind(17, b.tokens.input);
        st.bind(18, b.tokens.cachedInput).bind(19, b.tokens.cacheWrite5m).bind(20, b.tokens.cacheWrite1h);
        st.bind(21, b.tokens.output).bind(22, b.reportedCost);
        if (price)
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
        m_rollups.add(bucketContribution(m_findBucket, 1), -1);
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

    FactContribution f;
    f.key[RkBucket] = b.start;
    f.key[RkLens] = static_cast<int>(b.lens);
    f.key[RkProvider] = prov;
    f.key[RkModel] = model;
    f.key[RkTenant] = tenant;
    f.key[RkTeam] = team;
    f.key[RkProject] = project;
    f.key[RkApiKey] = apiKey;
    f.key[RkServiceTier] = tier;
    f.key[RkBatch] = b.batch ? 1 : 0;
    auto& s = f.sums;
    s[RsRequests] = b.requests;
    s[RsInput] = b.tokens.input;
    s[RsCached] = b.tokens.cachedInput;
    s[RsCw5m] = b.tokens.cacheWrite5m;
    s[RsCw1h] = b.tokens.cacheWrite1h;
    s[RsOutput] = b.tokens.output;
    s[RsCost] = price ? cost.total : 0;
    s[RsReportedCost] = b.reportedCost.value_or(0);
    s[RsUnpricedRequests] = price ? 0 : b.requests;
    s[RsUnpricedTokens] = price ? 0 : b.tokens.input + b.tokens.output;
    s[RsCacheSavings] = cost.cacheSavings;
    s[RsCacheWriteExtra] = cost.cacheWriteExtra;
    m_rollups.add(f, +1);
    return maybeCommit();
}

Result<void> UsageWriter::add(const CostLine& c)
{
    if (auto v = validateCostLine(c); !v)
        return v;
    if (auto r = ensureTransaction(); !r)
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
    if (auto r = ensureTransaction(); !r)
        return r.error();
    if (!m_selectRange.valid()) {
        m_selectRange = m_db.prepare(std::string("SELECT id, ") + kBucketContributionColumns
            + " FROM buckets WHERE source_id=?1 AND start>=?2 AND start<?3 AND kind=?4");
        m_deleteRange = m_db.prepare("DELETE FROM buckets WHERE source_id=?1 AND start>=?2 AND start<?3 AND kind=?4");
        if (!m_selectRange.valid() || !m_deleteRange.valid())
            return makeError(ErrorCode::Database, m_selectRange.prepareError() + m_deleteRange.prepareError());
    }
    m_selectRange.reset();
    m_selectRange.bind(1, m_sourceId).bind(2, from).bind(3, to).bind(4, kind);
    std::int64_t n = 0;
    while (m_selectRange.step()) {
        m_rollups.add(bucketContribution(m_selectRange, 1), -1);
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
    if (auto r = ensureTransaction(); !r)
        return r.error();
    Statement del = m_db.prepare("DELETE FROM cost_lines WHERE source_id=?1 AND start>=?2 AND start<?3");
    del.bind(1, m_sourceId).bind(2, from).bind(3, to);
    if (!del.exec())
        return makeError(ErrorCode::Database, del.lastError());
    return static_cast<std::int64_t>(sqlite3_changes(m_db.handle()));
}

} // namespace burnrate
