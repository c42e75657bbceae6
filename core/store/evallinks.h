#pragma once
// Eval results name their request by its id as the source reported it (eval_results.event_ext_id); the
// link to the stored request (eval_results.event_id, schema 11) is resolved when either side arrives, so
// quality reads a range's eval results by request key instead of matching ids over every request:
// - an eval result imported after its request is linked on import (linkEvalResults);
// - a request imported after its eval results claims them when it is inserted (UsageWriter);
// - a request re-keyed to another day takes its eval results along (UsageWriter);
// - a removed source's requests release theirs (Database::removeSource), for a re-added source to claim.
// When several sources hold the same request id, an eval result links to one of them.

#include "model/result.h"

#include <cstdint>

namespace burnrate {

class Database;

// Links every eval result that has a request id and no link yet to its stored request, when there is one;
// returns how many it linked. Cheap when none is unlinked. Runs in the caller's transaction, if any.
Result<std::int64_t> linkEvalResults(Database& db);

} // namespace burnrate
