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

// Adds the columns of measures (store/measures.h) that the rollup tables lack - a measure added since
// they were created - and rebuilds the rollups when it did. Cheap when nothing is missing.
Result<void> addMissingMeasureColumns(Database& db);

} // namespace burnrate::schema
