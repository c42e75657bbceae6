#include "store/rollups.h"

#include "model/validate.h"
#include "store/database.h"
#include "store/schema.h"

#include <sqlite3.h>

#include <string>

namespace burnrate {

std::size_t RollupAccumulator::KeyHash::operator()(const RollupKey& k) const
{
    std::uint64_t h = 1469598103934665603ULL;
    for (auto v : k) {
        h ^= static_cast<std::uint64_t>(v);
        h *= 1099511628211ULL;
        h ^= h >> 29;
    }
    return static_cast<std::size_t>(h);
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
    // several times fewer rows); hourly by provider/model/tier (a full hourly key would be nearly one
    // row per event: raw events answer hour-level tenant or prompt questions).
    static const std::array<RollupLevel, 3> kLevels = { {
        { "rollup_daily", false,
            keep({ RkProvider, RkModel, RkTenant, RkTeam, RkProject, RkEnv, RkApiKey, RkPromptId, RkPromptVersion,
                RkServiceTier, RkBatch }) },
        { "rollup_daily_core", false, keep({ RkProvider, RkModel, RkTenant, RkTeam, RkServiceTier, RkBatch }) },
        { "rollup_hourly", true, keep({ RkProvider, RkModel, RkServiceTier, RkBatch }) },
    } };
    return kLevels;
}

void RollupAccumulator::add(const FactContribution& fact, int sign)
{
    const auto& levels = rollupLevels();
    for (std::size_t l = 0; l < levels.size(); ++l) {
        RollupKey k {};
        for (std::size_t f = 0; f < RkCount; ++f)
            k[f] = levels[l].keeps[f] ? fact.key[f] : 0;
        // A daily provider bucket lands in the hourly rollup at its start hour, so every table holds every fact.
        k[RkBucket] = levels[l].hourly ? floorHour(fact.key[RkBucket]) : floorDay(fact.key[RkBucket]);
        auto [it, inserted] = m_maps[l].try_emplace(k);
        if (inserted)
            it->second.fill(0);
        // |delta| < 2^63 per fact: 2^64 facts would be needed to overflow the 128-bit accumulator.
        for (std::size_t i = 0; i < RsCount; ++i)
            it->second[i] += static_cast<Int128>(sign) * fact.sums[i];
    }
    if (sign < 0)
        m_subtracted = true;
}

void RollupAccumulator::clear()
{
    for (auto& m : m_maps)
        m.clear();
    m_subtracted = false;
}

Result<void> RollupAccumulator::flush(Database& db)
{
    for (std::size_t l = 0; l < rollupLevels().size(); ++l) {
        const char* table = rollupLevels()[l].table;
        auto& map = m_maps[l];
        if (map.empty())
            continue;
        std::string sql = "INSERT INTO " + std::string(table) + "(" + std::string(schema::kRollupKeyColumns) + ", "
            + std::string(schema::kRollupSumColumns) + ") VALUES(";
        for (int i = 0; i < int(RkCount) + int(RsCount); ++i)
            sql += i ? ",?" : "?";
        sql += ") ON CONFLICT(" + std::string(schema::kRollupKeyColumns) + ") DO UPDATE SET ";
        std::string_view sums = schema::kRollupSumColumns;
        bool first = true;
        while (!sums.empty()) {
            auto comma = sums.find(',');
            std::string col(sums.substr(0, comma));
            while (!col.empty() && col.front() == ' ')
                col.erase(0, 1);
            sql += (first ? "" : ", ") + col + " = " + col + " + excluded." + col;
            first = false;
            sums = comma == std::string_view::npos ? std::string_view() : sums.substr(comma + 1);
        }
        // SQLite turns an integer '+' that overflows into a REAL silently: read the stored sums back and
        // refuse anything that is not an integer.
        sql += " RETURNING " + std::string(schema::kRollupSumColumns);
        Statement st = db.prepare(sql);
        if (!st.valid())
            return makeError(ErrorCode::Database, st.prepareError());
        for (const auto& [key, s] : map) {
            int idx = 1;
            for (auto v : key)
                st.bind(idx++, v);
            for (std::size_t i = 0; i < RsCount; ++i) {
                if (!fitsInt64(s[i]))
                    return makeError(ErrorCode::Database,
                        std::string("a ") + table + " total would overflow 64 bits on " + formatDate(key[RkBucket])
                            + ": nothing of this batch was written");
                st.bind(idx++, static_cast<std::int64_t>(s[i]));
            }
            if (!st.step()) {
                std::string err = st.lastError();
                st.reset();
                return makeError(ErrorCode::Database, err.empty() ? std::string("rollup upsert returned no row") : err);
            }
            for (int c = 0; c < int(RsCount); ++c) {
                if (sqlite3_column_type(st.handle(), c) != SQLITE_INTEGER) {
                    st.reset();
                    return makeError(ErrorCode::Database,
                        std::string("a ") + table + " total overflows 64 bits on " + formatDate(key[RkBucket])
                            + ": nothing of this batch was written");
                }
            }
            st.reset();
        }
        if (m_subtracted) {
            auto r = execSql(db.handle(),
                "DELETE FROM " + std::string(table)
                    + " WHERE requests = 0 AND input = 0 AND output = 0 AND cost = 0 AND "
                      "reported_cost = 0 AND unpriced_tokens = 0 AND cache_avoided = 0");
            if (!r)
                return r;
        }
    }
    clear();
    return {};
}

} // namespace burnrate
