#pragma once

// LiteLLM Prometheus /metrics: pure extraction of the series Burnrate keeps (no I/O).

#include "model/money.h"
#include "model/usage.h"
#include "sources/prometheus.h"

#include <optional>
#include <string>
#include <vector>

namespace burnrate {

enum class ProxyCounter
{
    Spend,
    InputTokens,
    OutputTokens,
    TotalTokens,
    Requests
};

// One cumulative counter child of a scrape, with the dimensions it is kept under.
struct ProxyCounterSample
{
    ProxyCounter counter = ProxyCounter::Spend;
    std::string series; // stable identity: counter + the full label set
    Dimensions dims; // provider, model, team (alias), api_key (alias or hash), user (end user)
    double value = 0;
};

// A remaining-budget gauge pair; nullopt = not in this scrape; present-but-null (+Inf) = no budget.
struct BudgetGauge
{
    std::string scope, name; // scope: team, api_key, user, org, provider
    bool hasRemaining = false, hasMax = false;
    std::optional<Nano> remaining, maxBudget;
};

// Maps metric names across LiteLLM versions (litellm_spend_metric_total / litellm_spend_metric,
// litellm_total_tokens_metric_total / litellm_total_tokens_total, ...) to counters.
std::optional<ProxyCounter> proxyCounterFor(std::string_view sampleName);
std::vector<ProxyCounterSample> extractProxyCounters(const PromParseResult& scrape);
std::vector<BudgetGauge> extractBudgetGauges(const PromParseResult& scrape);

} // namespace burnrate
