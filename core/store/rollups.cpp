#include "store/rollups.h"

#include "model/validate.h"
#include "store/database.h"

#include <sqlite3.h>

#include <string>

namespace burnrate {

std::optional<RollupKeyField> rollupKeyField(Dim d)
{
    switch (d) {
    case Dim::Provider:
        return RkProvider;
    case Dim::Model:
        return RkModel;
    case Dim::Tenant:
        return RkTenant;
    case Dim::Team:
        return RkTeam;
    case Dim::Project:
        return RkProject;
    case Dim::Env:
        return RkEnv;
    case Dim::ApiKey:
        return RkApiKey;
    case Dim::PromptId:
        return RkPromptId;
    case Dim::PromptVersion:
        return RkPromptVersion;
    case Dim::ServiceTier:
        return RkServiceTier;
    default:
        return std::nullopt;
    }
}

std::string storedFactColumnsSql(FactTable table, bool bucketEnv)
{
    // In RollupKeyField order, then the fact columns.
    const bool ev = table == FactTable::Events;
    std::string keys = ev ? "e.ts, 0, e.provider, e.model, e.tenant, e.team, e.project, e.env, e.api_key, e.prompt_id, "
                            "e.prompt_version, e.service_tier, (e.flags & 2) != 0"
                          : std::string("e.start, e.lens, e.provider, e.model, e.tenant, e.team, e.project, ")
            + (bucketEnv ? "e.env" : "0") + ", e.api_key, 0, 0, e.service_tier, e.batch";
    return keys + ", " + factColumnsSql(table);
}

namespace {

template <class Row> StoredFact readStoredFactFrom(const Row& row, int first)
{
    StoredFact s;
    for (int i = 0; i < int(RkCount); ++i)
        s.key[static_cast<std::size_t>(i)] = row.int64(first + i);
    s.fact = readFact(row, first + int(RkCount));
    return s;
}

} // namespace

StoredFact readStoredFact(const Statement& row, int first)
{
    return readStoredFactFrom(row, first);
}

StoredFact readStoredFact(const ValueRow& row, int first)
{
    return readStoredFactFrom(row, first);
}

std::string RollupLevel::keyColumnsSql() const
{
    std::string out;
    for (std::size_t f = 0; f < RkCount; ++f)
        if (keeps[f])
            out += (out.empty() ? "" : ", ") + std::string(kRollupKeyColumns[f]);
    return out;
}

std::string RollupLevel::createSql(const std::string& name) const
{
    std::string sql = "CREATE TABLE " + name + "(";
    for (std::size_t f = 0; f < RkCount; ++f)
        if (keeps[f])
            sql += std::string(kRollupKeyColumns[f]) + " INTEGER NOT NULL, ";
    for (const Measure& m : kMeasures)
        sql += std::string(m.column) + " INTEGER NOT NULL DEFAULT 0, ";
    sql += "PRIMARY KEY(" + keyColumnsSql() + ")) WITHOUT ROWID";
    return sql;
}

RollupKey RollupLevel::keyOf(const RollupKey& fact) const
{
    RollupKey k {};
    for (std::size_t f = 0; f < RkCount; ++f)
        k[f] = keeps[f] ? fact[f] : 0;
    // A daily provider bucket lands in the hourly rollup at its start hour, so every table holds every fact.
    k[RkBucket] = hourly ? floorHour(fact[RkBucket]) : floorDay(fact[RkBucket]);
    return k;
}

std::size_t RollupAccumulator::KeyHash::operator()(const RollupKey& k) const
{
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (auto v : k) {
        h ^= static_cast<std::uint64_t>(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return static_cast<std::size_t>(h * 0xff51afd7ed558ccdULL);
}

const std::array<RollupLevel, 3>& rollupLevels()
{
    auto keep = [](std::initializer_list<RollupKeyField> fields) {
        std::array<bool, RkCount> k {};
        k[RkBucket] = k[RkLens] = true;
        for (auto f : fields)
            k[f] = true;
        return k;
    };
    // Full daily detail; a daily summary by provider/model/tenant/team (the dashboard's common slices,
    // several times fewer rows), summed from the full daily deltas at flush; hourly by provider/model/tier
    // (a full hourly key would be nearly one row per event: raw events answer hour-level tenant or prompt
    // questions).
    static const std::array<RollupLevel, 3> kLevels = { {
        { "rollup_daily", false,
            keep({ RkProvider, RkModel, RkTenant, RkTeam, RkProject, RkEnv, RkApiKey, RkPromptId, RkPromptVersion,
                RkServiceTier, RkBatch }),
            -1 },
        { "rollup_daily_core", false, keep({ RkProvider, RkModel, RkTenant, RkTeam, RkServiceTier, RkBatch }), 0 },
        { "rollup_hourly", true, keep({ RkProvider, RkModel, RkServiceTier, RkBatch }), -1 },
    } };
    return kLevels;
}

void RollupAccumulator::add(const FactContribution& fact, int sign)
{
    const auto& levels = rollupLevels();
    Deltas d;
    for (std::size_t i = 0; i < kMeasureCount; ++i)
        d[i] = static_cast<Int128>(sign) * (fact.sums.*kMeasures[i].member);
    for (std::size_t l = 0; l < levels.size(); ++l) {
        if (levels[l].derivedFrom >= 0)
            continue;
        auto [it, inserted] = m_maps[l].try_emplace(levels[l].keyOf(fact.key));
        // |delta| < 2^63 per fact: 2^64 facts would be needed to overflow the 128-bit accumulator.
        if (inserted)
            it->second = d;
        else
            for (std::size_t i = 0; i < kMeasureCount; ++i)
                it->second[i] += d[i];
    }
}

std::size_t RollupAccumulator::size() const
{
    std::size_t n = 0;
    for (const auto& m : m_maps)
        n += m.size();
    return n;
}

void RollupAccumulator::clear()
{
    for (auto& m : m_maps)
        m.clear();
}

Result<void> RollupAccumulator::apply(Database& db, std::size_t levelIndex, const Map& map)
{
    if (map.empty())
        return {};
    const RollupLevel& level = rollupLevels()[levelIndex];
    const std::string table = level.table;
    const std::string keys = level.keyColumnsSql();
    const std::string sums = measureColumnsSql();
    int nKeys = 0;
    std::string where;
    for (std::size_t f = 0; f < RkCount; ++f)
        if (level.keeps[f]) {
            where += nKeys ? " AND " : "";
            ++nKeys;
            where += std::string(kRollupKeyColumns[f]) + " = ?" + std::to_string(nKeys);
        }
    std::string set;
    for (std::size_t i = 0; i < kMeasureCount; ++i)
        set += (i ? ", " : "") + std::string(kMeasures[i].column) + " = ?" + std::to_string(nKeys + 1 + int(i));
    // Each touched row is read, summed here in 128 bits and written back whole: a total that does not fit
    // an int64 is an error, never a wrapped or REAL value (SQLite's own '+' would turn an overflow into a
    // REAL silently), and a row whose sums come to 0 holds nothing and is deleted.
    Statement find = db.prepare("SELECT " + sums + " FROM " + table + " WHERE " + where);
    // In a bucket the store held nothing of (an import of new days, the demo), a row is inserted with the batch's
    // deltas as its sums without a look first; DO NOTHING tells one that is there after all, which is then read.
    // Elsewhere (a poll adding to today's rows) each row is looked up first.
    Statement anyInBucket = db.prepare("SELECT 1 FROM " + table + " WHERE bucket = ?1 LIMIT 1");
    auto& flushed = m_flushedBuckets[levelIndex];
    std::unordered_set<std::int64_t> fresh; // first flushed now, and empty in the store before
    auto isFresh = [&](std::int64_t bucket) -> Result<bool> {
        if (!flushed.insert(bucket).second)
            return fresh.count(bucket) > 0;
        anyInBucket.reset();
        anyInBucket.bind(1, bucket);
        const bool empty = !anyInBucket.step();
        if (!anyInBucket.lastError().empty())
            return makeError(ErrorCode::Database, anyInBucket.lastError());
        if (empty)
            fresh.insert(bucket);
        return empty;
    };
    Statement insert = db.prepare("INSERT INTO " + table + "(" + keys + ", " + sums + ") VALUES("
        + numberedParameters(1, nKeys + int(kMeasureCount)) + ") ON CONFLICT DO NOTHING");
    Statement update = db.prepare("UPDATE " + table + " SET " + set + " WHERE " + where);
    Statement drop = db.prepare("DELETE FROM " + table + " WHERE " + where);
    for (const Statement* st : { &anyInBucket, &find, &insert, &update, &drop })
        if (!st->valid())
            return makeError(ErrorCode::Database, st->prepareError());
    auto overflow = [&](const RollupKey& key) {
        return makeError(ErrorCode::Database,
            "a " + table + " total would overflow 64 bits on " + formatDate(key[RkBucket])
                + ": nothing of this batch was written");
    };
    auto bindKey = [&](Statement& st, const RollupKey& key) {
        int idx = 1;
        for (std::size_t f = 0; f < RkCount; ++f)
            if (level.keeps[f])
                st.bind(idx++, key[f]);
    };
    Deltas total;
    for (const auto& [key, d] : map) {
        bool zero = true, fits = true;
        for (std::size_t i = 0; i < kMeasureCount; ++i) {
            zero = zero && d[i] == 0;
            fits = fits && fitsInt64(d[i]);
        }
        if (zero)
            continue; // changes nothing, whether the row exists or not
        auto insertFirst = isFresh(key[RkBucket]);
        if (!insertFirst)
            return insertFirst.error();
        if (fits && *insertFirst) {
            bindKey(insert, key);
            for (std::size_t i = 0; i < kMeasureCount; ++i)
                insert.bind(nKeys + 1 + static_cast<int>(i), static_cast<std::int64_t>(d[i]));
            if (!insert.exec())
                return makeError(ErrorCode::Database, insert.lastError());
            if (sqlite3_changes(db.handle()) == 1)
                continue;
        }
        find.reset();
        bindKey(find, key);
        bool exists = find.step();
        if (!find.lastError().empty())
            return makeError(ErrorCode::Database, find.lastError());
        bool empty = true;
        for (std::size_t i = 0; i < kMeasureCount; ++i) {
            total[i] = d[i] + (exists ? find.int64(static_cast<int>(i)) : 0);
            if (!fitsInt64(total[i]))
                return overflow(key);
            empty = empty && total[i] == 0;
        }
        find.reset();
        if (empty && !exists)
            continue;
        Statement& st = empty ? drop : (exists ? update : insert);
        bindKey(st, key);
        if (!empty)
            for (std::size_t i = 0; i < kMeasureCount; ++i)
                st.bind(nKeys + 1 + static_cast<int>(i), static_cast<std::int64_t>(total[i]));
        if (!st.exec())
            return makeError(ErrorCode::Database, st.lastError());
    }
    return {};
}

Result<void> RollupAccumulator::flush(Database& db)
{
    const auto& levels = rollupLevels();
    for (std::size_t l = 0; l < levels.size(); ++l) {
        const RollupLevel& level = levels[l];
        if (level.derivedFrom >= 0) {
            // Sum the finer level's deltas into this level's keys.
            Map& mine = m_maps[l];
            for (const auto& [key, d] : m_maps[static_cast<std::size_t>(level.derivedFrom)]) {
                auto [it, inserted] = mine.try_emplace(level.keyOf(key));
                if (inserted)
                    it->second = d;
                else
                    for (std::size_t i = 0; i < kMeasureCount; ++i)
                        it->second[i] += d[i];
            }
        }
        if (auto r = apply(db, l, m_maps[l]); !r) {
            clear();
            return r;
        }
    }
    clear();
    return {};
}

Result<void> rebuildRollups(Database& db, bool bucketEnv)
{
    for (const auto& level : rollupLevels())
        if (auto r = execSql(db.handle(), "DELETE FROM " + std::string(level.table)); !r)
            return r;
    RollupAccumulator acc;
    for (auto [table, name] :
        { std::pair { FactTable::Events, "events" }, std::pair { FactTable::Buckets, "buckets" } }) {
        Statement s = db.prepare("SELECT " + storedFactColumnsSql(table, bucketEnv) + " FROM " + name + " e");
        if (!s.valid())
            return makeError(ErrorCode::Database, s.prepareError());
        std::int64_t n = 0;
        while (s.step()) {
            acc.add(readStoredFact(s, 0).contribution(), +1);
            if (++n % 200000 == 0)
                if (auto r = acc.flush(db); !r)
                    return r;
        }
        if (!s.lastError().empty())
            return makeError(ErrorCode::Database, s.lastError());
    }
    return acc.flush(db);
}

} // namespace burnrate
