#include "store/rollups.h"

#include "store/database.h"
#include "store/schema.h"

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

void RollupAccumulator::add(const FactContribution& fact, int sign)
{
    auto apply = [&](std::unordered_map<RollupKey, RollupSums, KeyHash>& map, Epoch bucket, const RollupKey& key) {
        RollupKey k = key;
        k[RkBucket] = bucket;
        auto [it, inserted] = map.try_emplace(k);
        if (inserted)
            it->second.fill(0);
        for (std::size_t i = 0; i < RsCount; ++i)
            it->second[i] += sign * fact.sums[i];
    };
    apply(m_daily, floorDay(fact.key[RkBucket]), fact.key);
    // The hourly rollup keeps only provider, model, tier and batch: hour-level charts rarely slice by
    // tenant or prompt, and a full key would make it nearly one row per event (raw events answer those).
    // A daily provider bucket lands at its start hour, so both rollups hold every fact.
    FactContribution hourly = fact;
    for (auto k : {RkTenant, RkTeam, RkProject, RkEnv, RkApiKey, RkPromptId, RkPromptVersion})
        hourly.key[k] = 0;
    apply(m_hourly, floorHour(fact.key[RkBucket]), hourly.key);
    if (sign < 0)
        m_subtracted = true;
}

void RollupAccumulator::clear()
{
    m_daily.clear();
    m_hourly.clear();
    m_subtracted = false;
}

Result<void> RollupAccumulator::flush(Database& db)
{
    for (const char* table : {"rollup_daily", "rollup_hourly"}) {
        auto& map = std::string_view(table) == "rollup_daily" ? m_daily : m_hourly;
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
        Statement st = db.prepare(sql);
        if (!st.valid())
            return makeError(ErrorCode::Database, st.prepareError());
        for (const auto& [key, s] : map) {
            int idx = 1;
            for (auto v : key)
                st.bind(idx++, v);
            for (auto v : s)
                st.bind(idx++, v);
            if (!st.exec())
                return makeError(ErrorCode::Database, st.lastError());
        }
        if (m_subtracted) {
            auto r = execSql(db.handle(), "DELETE FROM " + std::string(table)
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
