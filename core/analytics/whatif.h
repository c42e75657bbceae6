#pragma once
// What-if savings (FORMATS.md "What-if and leaks"): replays the requests of a range and scope (attribution
// lens) under a scenario - an ordered list of steps - each request priced with the price in force at its
// time, and reports each step's marginal saving (a waterfall whose steps add up to the total, exactly) with the
// quality evidence that exists for a routing step. Recommendations: the largest opportunities of the last 30
// days, each carrying the scenario that computes it.
//
// Step semantics, applied to each request in order, each on the state the previous steps left (a request the
// proxy's response cache served costs nothing and no step changes it):
// - route FROM=TO[:max-input=N]: a request whose current model is FROM or one of its snapshots (lookup keys
//   of the price book: gpt-4o matches gpt-4o-2024-08-06, never gpt-4o-mini), with at most N input tokens,
//   is priced as model TO; token counts, batch and service tier are kept. Where TO has no price at the
//   request's time the request stays (counted as unpriced for that step).
// - cache-hit PROMPT=RATE: the request's cache reads become round(RATE x input). The reads added must have
//   been written by the requests that missed: with a hit share RATE, every added read token costs
//   (1 - RATE) / RATE written tokens (5-minute writes), at most what the input leaves. Lowering the rate
//   keeps the writes (capped to the input).
// - response-cache PROMPT=RATE: the prompt's response-cache hit rate (by requests, over the range and scope)
//   becomes RATE: its requests that still reach the provider pay the share (1 - RATE) / (1 - current rate)
//   of their cost (never more than before).
// - batch dim=value: matching requests use batch prices - only where the price has batch prices.
// - cap-input PROMPT=N: at most N input tokens; cache reads are kept first, then cache writes (the stable
//   prefix), the uncached rest is cut.
// - lambda FUNCTION=MEMORY_MB[:arm64|:x86_64]: the function's AWS Lambda buckets (billing lens) in the range
//   at another memory size or architecture, the billed duration held: the GB-second part of their cost
//   scales with memory x the architecture's GB-second rate; request charges stay. The function's cost joins
//   the baseline only when a step names it (it is not part of the requests' attribution lens).
// Money is integer nano-USD: every request's cost after every step is an exact integer, so the step savings
// telescope to the total saving without a rounding remainder.

#include "analytics/costquery.h"
#include "analytics/quality.h"
#include "model/budget.h"
#include "model/money.h"
#include "model/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

class Database;
class PriceBook;

inline constexpr std::int64_t kRateOne = 1'000'000'000; // rates in parts per billion

enum class StepKind
{
    Route,
    PromptCache,
    ResponseCache,
    Batch,
    CapInput,
    Lambda
};

struct StepKindInfo
{
    StepKind kind;
    const char* name; // the CLI option without "--": route, cache-hit, response-cache, batch, cap-input, lambda
    const char* syntax; // "FROM=TO[:max-input=N]"
};
// Every kind, in the order the CLI's help lists them.
const std::vector<StepKindInfo>& stepKinds();
const StepKindInfo& stepKindInfo(StepKind kind);
std::optional<StepKind> stepKindFromName(std::string_view name);

struct ScenarioStep
{
    StepKind kind = StepKind::Route;
    std::string from, to; // route: model family -> model
    std::optional<std::int64_t> maxInput; // route: only requests with at most this many input tokens
    std::string prompt; // cache-hit, response-cache, cap-input
    std::int64_t rate = 0; // cache-hit, response-cache: parts per billion (kRateOne = 100%)
    std::string dim, value; // batch: a request dimension (as the CLI names it) and its value
    std::int64_t limit = 0; // cap-input: input tokens
    std::string function; // lambda
    std::int64_t memoryMb = 0; // lambda
    std::optional<bool> arm; // lambda: nullopt keeps the architecture
    bool operator==(const ScenarioStep&) const = default;
};

// Parses a step's argument as the CLI takes it ("gpt-4o=gpt-4o-mini:max-input=500"); Invalid with a one-line
// message naming the option on anything malformed or out of range.
Result<ScenarioStep> parseStep(StepKind kind, std::string_view argument);
// The argument parseStep() reads back ("gpt-4o=gpt-4o-mini:max-input=500").
std::string stepArgument(const ScenarioStep& step);
// "route gpt-4o=gpt-4o-mini:max-input=500": the scenario column of the CSV.
std::string describeStep(const ScenarioStep& step);

struct Scenario
{
    Epoch from = 0, to = 0; // [from, to)
    std::vector<ScopeTerm> scope; // requests of this scope only (terms on one axis OR, axes AND)
    std::vector<ScenarioStep> steps;
    bool operator==(const Scenario&) const = default;
};

struct StepResult
{
    ScenarioStep step;
    std::int64_t requestsAffected = 0; // requests (or Lambda buckets' invocations) whose cost this step changed
    std::int64_t unpricedTarget = 0; // route: matching requests left as they were (TO has no price then)
    Nano baseline = 0; // the cost before this step (after the previous ones)
    Nano scenario = 0; // after it
    Nano saving() const
    {
        return baseline - scenario;
    }
};

// The baseline and scenario cost of one tenant x prompt (requests) or function (Lambda).
struct GroupSaving
{
    std::string tenant, prompt;
    std::string function; // Lambda buckets: the function, tenant/prompt empty
    std::int64_t requests = 0;
    Nano baseline = 0, scenario = 0;
    Nano saving() const
    {
        return baseline - scenario;
    }
};

// What is known about the quality of a routing step's target on the prompts it moves.
struct RouteEvidence
{
    std::size_t stepIndex = 0;
    std::string prompt; // "" = requests without a prompt id
    std::int64_t requestsMoved = 0;
    // The target model family on this prompt (range and scope of the scenario), and the source family beside it.
    QualityCounts target, source;
    bool hasEvidence() const
    {
        return target.evalPassed + target.evalFailed > 0 || target.judged > 0;
    }
};
// "gpt-4o-mini on support-answer: eval pass 91% (86-95%, n=212); acceptance 88% (80-93%, n=95)" or
// "no quality evidence for this pairing".
std::string describeEvidence(const RouteEvidence& e, const ScenarioStep& step);

struct WhatIfResult
{
    std::vector<StepResult> steps; // in the scenario's order
    std::int64_t requests = 0; // priced requests replayed
    std::int64_t unpricedRequests = 0; // requests with no price at their time: left out of every amount
    std::int64_t lambdaInvocations = 0;
    std::int64_t requestsAffected = 0; // requests (and Lambda invocations) that at least one step changed
    Nano baseline = 0, scenario = 0; // before the first step, after the last
    Nano saving() const
    {
        return baseline - scenario;
    }
    std::vector<GroupSaving> groups; // by saving descending, then tenant, prompt, function
    std::vector<RouteEvidence> evidence; // per route step: its largest prompts, by requests moved
};

// saving / baseline in basis points of a percent (1/100 %), rounded half away from zero; 0 when the
// baseline is 0.
std::int64_t savingHundredthsPercent(Nano saving, Nano baseline);

// Replays the scenario. Fails (one line) on an unknown scope axis, a route target with no price at all, a
// Lambda step on a function with no data in the range, or a sum that does not fit 64 bits.
Result<WhatIfResult> runWhatIf(Database& db, const PriceBook& prices, const Scenario& scenario);

// An opportunity found in the data: its title, the scenario that computes it and what that scenario saves.
struct Recommendation
{
    std::string kind; // "route", "cache-hit", "cap-input"
    std::string title; // "globex sends 71% of its claude-opus-4 requests with at most 500 input tokens"
    Scenario scenario;
    Nano saving = 0; // runWhatIf(scenario).saving(), over the 30 days
    // The facts the title states, for a user interface that words it in its own language.
    std::string tenant, prompt, model, target; // route: tenant, model family and target; others: prompt
    std::int64_t sharePercent = 0; // route: share of the tenant's requests of the model that are short
    std::int64_t maxInput = 0; // route: "short" = at most this many input tokens
    std::int64_t averageInput = 0; // cache-hit, cap-input: the prompt's input tokens per request
    std::int64_t hitPercent = 0, targetPercent = 0; // cache-hit: the prompt's cache hit rate now and in the scenario
    std::int64_t cap = 0; // cap-input: the cap
};

// The (at most) `count` largest opportunities of the 30 days ending at the newest request (or `now` when
// given), each with a positive saving, largest first.
Result<std::vector<Recommendation>> recommendSavings(
    Database& db, const PriceBook& prices, int count = 5, std::optional<Epoch> now = std::nullopt);

} // namespace burnrate
