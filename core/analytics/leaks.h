#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace burnrate {

class Database;

// The cost-leak detectors (docs/LEAKS.md). Their names are the CSV's `detector` column (FORMATS.md).
enum class LeakDetector
{
    RetryStorm,
    AgentLoop,
    ContextCreep,
    ModelChange,
    CacheDrop,
    ErrorSpike,
    SpendAnomaly,
    UnpricedModel,
};

// Which page shows what a finding is about: the requests themselves, or spend over time.
enum class FindingView
{
    Requests,
    Costs,
};

// One table for everything per detector: its name, one-line summary and the page that shows a finding.
struct LeakDetectorInfo
{
    LeakDetector id;
    const char* name;
    const char* summary;
    FindingView view;
};
const std::array<LeakDetectorInfo, 8>& leakDetectors();
const LeakDetectorInfo& leakDetectorInfo(LeakDetector d);
const char* leakDetectorName(LeakDetector d);
std::optional<LeakDetector> leakDetectorFromName(std::string_view name);

enum class Severity
{
    Info, // worth knowing, no money at stake (a snapshot swap at the same price, a caching rollout)
    Low,
    Medium,
    High, // goes to the alert channels (tray, budget webhooks)
};
const char* severityName(Severity s);
std::optional<Severity> severityFromName(std::string_view name);

// A scope: dimension name (usage.h dimName(): tenant, prompt, model) = value, in that order.
using LeakScope = std::vector<std::pair<std::string, std::string>>;
// "tenant=globex,prompt=sql-agent".
std::string scopeText(const LeakScope& scope);
// The inverse of scopeText(); nullopt when a term has no '='.
std::optional<LeakScope> parseScopeText(std::string_view text);

struct Finding
{
    LeakDetector detector = LeakDetector::SpendAnomaly;
    Severity severity = Severity::Low;
    LeakScope scope;
    Epoch from = 0, to = 0; // [from, to), UTC
    Nano usdAtStake = 0; // an estimate; 0 for Info findings
    std::string evidence; // one line, plain text
    std::vector<std::string> samples; // request ids (ext_id) that show it, at most LeakOptions::samples

    // The natural key: detector, scope and the start of the range (an ongoing leak keeps its key while its
    // range grows, so re-running updates the finding instead of adding another).
    std::string key() const;
};

// Thresholds, all documented in docs/LEAKS.md with the precision and recall they give on the seeded
// incident generator (core/demo/incidents.h).
struct LeakOptions
{
    Epoch from = 0, to = 0; // the range findings must fall in, [from, to)
    int lookbackDays = 28; // rollup history read before `from` for baselines
    // A cost finding below this is not reported; negative: automatic, minShareOfDay of the range's average
    // daily spend (at least one cent), so the floor follows the size of the bill.
    Nano minUsd = -1;
    double minShareOfDay = 0.01;
    int samples = 5;
    // spend_anomaly: a day above its weekday-aware band by more than this many robust deviations.
    // A spike that another finding on the same days explains (a storm, a loop, a tenant's own spike behind a
    // model's: at least half its dollars, no conflicting scope term) is left out: the cause is reported instead.
    double spendSigmas = 5.5;
    double spendNoiseFloor = 0.2; // deviation never taken below this share of the baseline
    int spendHistoryDays = 14;
    // retry_storm: an hour of a tenant with at least this many 429/5xx, that many of its requests, and this
    // multiple of the tenant's 90th-percentile hour.
    int stormMinRetryable = 20;
    double stormRetryableShare = 0.5;
    double stormRateMultiple = 4.0;
    // agent_loop: a trace with at least max(loopMinRequests, loopMultiple x the prompt's 95th-percentile trace
    // length) requests, or loopCostMultiple x its median trace cost.
    int loopMinRequests = 10;
    double loopMultiple = 4.0;
    double loopCostMultiple = 25.0;
    // context_creep: input tokens per request of a prompt up by this share from its first two weeks to its last
    // two, rising week over week (Kendall tau of weekly means at least creepTau).
    double creepGrowth = 0.2;
    double creepTau = 0.6;
    // model_change: a model that served at most changeBefore of a prompt's requests in the week before and at
    // least changeAfter in the week after; cost per request up by more than changeJump is a cost finding.
    double changeBefore = 0.05;
    double changeAfter = 0.25;
    double changeJump = 0.10;
    // cache_drop: a prompt's cached share of input tokens falling to at most cacheDropRatio of a week before
    // that was at least cacheMinRate (a rise of at least cacheRise is reported as Info).
    double cacheMinRate = 0.15;
    double cacheDropRatio = 0.5;
    double cacheRise = 0.15;
    // error_spike: a tenant's day whose error rate is at least errorMultiple x its history (and errorMinRise
    // above it) with at least errorMinRequests failed requests.
    double errorMultiple = 3.0;
    double errorMinRise = 0.05;
    int errorMinRequests = 10;
    // Severity of a cost finding by its dollars against the range's average daily spend.
    double highShareOfDay = 0.25;
    double mediumShareOfDay = 0.05;
};

struct LeakReport
{
    std::vector<Finding> findings; // by severity (highest first), then dollars, then detector
    std::int64_t eventsScanned = 0;
    Nano averageDailySpend = 0;
};

// Runs every detector over [options.from, options.to): daily series from the rollups (with lookbackDays of
// history before the range), request-level ones (traces, hourly retries) from one pass over the range's
// requests, and sample requests per finding. Reads only.
Result<LeakReport> detectLeaks(Database& db, const LeakOptions& options);

} // namespace burnrate
