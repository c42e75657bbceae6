#pragma once

// Pure parsers of provider usage/cost pages: no I/O, no database (the fuzz targets call them).

#include "model/result.h"
#include "sources/pages.h"

#include <string_view>

namespace burnrate {

// OpenAI /v1/organization/usage/<kind> page; kind is "completions", "embeddings", "moderations"
// or "audio_speeches"/"audio_transcriptions"/"images" (request counts only).
Result<UsagePage> parseOpenAIUsagePage(std::string_view body, std::string_view kind);
// OpenAI /v1/organization/costs page (amount.value in dollars, number or decimal string).
Result<CostPage> parseOpenAICostsPage(std::string_view body);

// Anthropic /v1/organizations/usage_report/messages page.
Result<UsagePage> parseAnthropicUsagePage(std::string_view body);
// Anthropic /v1/organizations/cost_report page (amounts are cents as decimal strings).
Result<CostPage> parseAnthropicCostPage(std::string_view body);

} // namespace burnrate
