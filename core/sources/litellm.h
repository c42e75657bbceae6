#pragma once

// LiteLLM proxy spend logs: pure parsing (no I/O) and attribution rules.

#include "model/result.h"
#include "model/usage.h"

#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

// A value as LiteLLM renders it (spend logs and Prometheus labels alike), with "None" and "null" - its
// spellings of a missing value - read as empty.
std::string litellmValue(std::string s);

// Maps a request tag prefix or a metadata key to an allocation dimension.
// e.g. {"tag_prefix":"tenant:","dimension":"tenant"} turns tag "tenant:acme" into tenant=acme;
// {"metadata_key":"prompt_id","dimension":"prompt"} reads metadata.spend_logs_metadata.prompt_id
// (then metadata.requester_metadata, then metadata itself).
struct AttributionRule
{
    std::string tagPrefix;
    std::string metadataKey;
    Dim dimension = Dim::Tenant;
};

struct AttributionRules
{
    std::vector<AttributionRule> rules; // first match per dimension wins
    // Parses SourceInfo::configJson ({"rules":[...], "replace_default_rules": false}); configured
    // rules come before the defaults unless replace_default_rules is true.
    static Result<AttributionRules> fromConfig(std::string_view configJson);
    static AttributionRules defaults();
};

struct SpendLogPage
{
    std::vector<UsageEvent> events;
    std::int64_t page = 0, totalPages = 0, total = 0;
    std::int64_t skipped = 0; // rows without request_id or startTime
    std::vector<std::string> problems; // first few reasons for skipped rows
};

// Parses a /spend/logs/v2 page ({"data":[...],"total":...}) or a legacy /spend/logs array.
// Rows become attribution-lens events: spend as reported cost, cache tokens from
// metadata.usage_object, dimensions from metadata, tags and the rules.
Result<SpendLogPage> parseSpendLogsPage(std::string_view body, const AttributionRules& rules);

} // namespace burnrate
