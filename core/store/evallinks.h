#pragma once
// Eval results name their request by its id as the source reported it (eval_results.event_ext_id); the
// link to the stored request (eval_results.event_id, schema 11) is resolved when either side arrives, so
// quality reads a range's eval results by request key instead of matching ids over every request:
// - an eval result imported after its request is linked on import (linkEvalResults);
// - a request imported after its eval results claims them when it is inserted (UsageWriter);
// - a request re-keyed to another day takes its eval results along (UsageWriter);
// - a removed source's requests release theirs (Database::removeSource), for a re-added source to claim.
// When several sources hold the same request id, an eval result links to one of them.
//
// request_judgements (schema 13) keeps a copy of each judged request's counted facts (day, provider, model,
// owners, prompt, cost, tokens). The writes that change those facts in place - a re-import, re-pricing, an
// allocation rule - carry them over with refreshJudgedFactsSql() for the ids they touched (schema 14 dropped the
// trigger on events that did it: it ran for every updated request, judged or not, and made re-pricing and
// allocation of millions of requests up to twice as slow). Deletes move or drop a request's judgements first.

#include "model/result.h"

#include <cstdint>
#include <string>

namespace burnrate {

class Database;

// Links every eval result that has a request id and no link yet to its stored request, when there is one;
// returns how many it linked. Cheap when none is unlinked. Runs in the caller's transaction, if any.
Result<std::int64_t> linkEvalResults(Database& db);

// One UPDATE that copies the stored facts of the judged requests with ids from ?1 to ?2 (both included) into their
// request_judgements rows where they differ (judgement_daily follows by its triggers). `modelIds`, when not
// empty ("3,7"), limits it to the judgements of those models.
std::string refreshJudgedFactsSql(const std::string& modelIds = "");
// Runs it once, in the caller's transaction.
Result<void> refreshJudgedFacts(Database& db, std::int64_t from, std::int64_t to, const std::string& modelIds = "");

} // namespace burnrate
