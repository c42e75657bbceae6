#pragma once

#include "model/result.h"
#include "model/usage.h"

#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

// One provider time bucket of a usage page with its grouped results. An empty `rows` is a real
// answer ("nothing was used"), not a missing one.
struct UsageInterval
{
    Epoch start = 0, end = 0;
    std::vector<UsageBucket> rows;
};

// One page of a provider usage API (OpenAI usage, Anthropic usage_report).
struct UsagePage
{
    std::vector<UsageInterval> intervals;
    bool hasMore = false;
    std::string nextPage; // opaque cursor, passed back unchanged
};

struct CostInterval
{
    Epoch start = 0, end = 0;
    std::vector<CostLine> lines; // lines with the same natural key are already summed
};

// One page of a provider cost API (OpenAI costs, Anthropic cost_report).
struct CostPage
{
    std::vector<CostInterval> intervals;
    bool hasMore = false;
    std::string nextPage;
};

} // namespace burnrate
