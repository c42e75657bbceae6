#pragma once
// The record of past request-log imports (table `imports`) and the rows each quarantined (table `quarantine`).

#include "model/result.h"
#include "model/usage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace burnrate {

class Database;

struct ImportRecord
{
    std::int64_t id = 0;
    std::string file;
    Epoch started = 0;
    std::int64_t stored = 0; // records committed (inserted or updated)
    std::int64_t quarantined = 0;
};

struct QuarantineEntry
{
    std::int64_t line = 0;
    std::string reason;
    std::string raw; // a bounded excerpt of the row (api keys masked)
};

// The most recent imports first, at most `limit`.
Result<std::vector<ImportRecord>> listImports(Database& db, int limit = 1000);
// The quarantined rows of one import in line order, at most `limit`.
Result<std::vector<QuarantineEntry>> quarantinedRows(Database& db, std::int64_t importId, int limit = 100000);

} // namespace burnrate
