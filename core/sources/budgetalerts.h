#pragma once

#include "analytics/budgets.h"
#include "sources/httpclient.h"
#include "store/budgetstore.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;
struct SourceInfo;

struct AlertOptions
{
    Epoch now = 0; // 0: the clock
    // Record newly crossed tiers and run their webhook and circuit-breaker actions. Off: evaluate only
    // (nothing is written, nothing is sent; `budgets check` without --notify).
    bool act = true;
    HttpOptions http; // webhook and admin API calls (tests shrink the retries)
    // The LiteLLM admin key of a source; default: the environment variable the source names (--key-env).
    // The GUI passes one that reads the OS keychain first.
    std::function<std::string(const SourceInfo&)> secretFor;
    std::string actor = "burnrate"; // litellm-changed-by: who blocked (the analyst's name in the GUI)
};

// One tier crossing this check recorded (and acted on).
struct FiredAlert
{
    BudgetAlert alert;
    std::string text; // alertText()
    bool notify = false; // the tier asks for a desktop notification
    bool failed = false; // a webhook or the circuit breaker failed (see alert.outcome)
};

struct BudgetCheck
{
    std::vector<BudgetStatus> statuses; // every budget, in name order
    std::vector<FiredAlert> fired; // tiers newly crossed in this check (several processes: fired once in all)
    std::vector<std::string> errors; // budgets that could not be evaluated, failed actions: never swallowed
    bool anyCrossed() const;
};

// Evaluates every budget at `now`; with `act`, records each newly crossed tier once per budget and
// period (across restarts and processes) and runs its actions: the webhooks get one POST per check
// naming the highest newly crossed tier; a tier with the cap blocks the scope's LiteLLM teams and keys.
// Fails only when the budgets cannot be read at all.
Result<BudgetCheck> checkBudgets(Database& db, const AlertOptions& options);

// The JSON a webhook receives: Slack-compatible ("text") and generic (budget, scope, period, spent,
// amount, tier, forecast, projected breach date) in one body.
std::string webhookBody(const BudgetStatus& s, int tier);

// Blocks (or unblocks) one LiteLLM team ("team") or key ("key") through `sourceName`'s admin API
// (POST /team/block, /key/unblock, ...) and writes the audit entry either way. The entry says ok=false
// with the reason when the proxy refused or could not be reached.
Result<AuditEntry> setLiteLLMBlocked(Database& db, const std::string& sourceName, const std::string& targetKind,
    const std::string& target, bool block, const std::string& budgetName, const AlertOptions& options);

} // namespace burnrate
