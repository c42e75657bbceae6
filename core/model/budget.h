#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"
#include "model/usage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace burnrate {

enum class BudgetPeriod : int
{
    Daily,
    Weekly, // ISO weeks, Monday to Monday, UTC
    Monthly,
    Quarterly,
    Range // a fixed [rangeFrom, rangeTo) window
};
const char* budgetPeriodName(BudgetPeriod p);
std::optional<BudgetPeriod> budgetPeriodFromName(std::string_view name);

// What a tier does when spend crosses it. Several at once; each fires at most once per period.
enum BudgetAction : unsigned
{
    ActionNotify = 1u << 0, // desktop notification (tray) and the alert history
    ActionWebhook = 1u << 1, // POST to every webhook of the budget
    ActionCap = 1u << 2, // circuit breaker: block the scope's LiteLLM key or team (opt-in)
};

struct BudgetTier
{
    int percent = 100; // of the budget amount, 1..1000
    unsigned actions = ActionNotify | ActionWebhook;
    bool operator==(const BudgetTier&) const = default;
};

// One term of a budget's scope: an axis name as the CLI spells it ("team", "model", "tag:env") and a value.
// Terms on the same axis OR, terms on different axes AND - the dashboard's filter chips.
struct ScopeTerm
{
    std::string axis, value;
    bool operator==(const ScopeTerm&) const = default;
};

struct Budget
{
    std::int64_t id = 0;
    std::string name;
    Nano amount = 0;
    BudgetPeriod period = BudgetPeriod::Monthly;
    Epoch rangeFrom = 0, rangeTo = 0; // BudgetPeriod::Range only
    std::vector<ScopeTerm> scope; // empty: everything
    // nullopt: the Overview's spend lens (billing where a provider usage source has data and the scope
    // allows it, else attribution). A scope on tenant, team or prompt needs attribution.
    std::optional<Lens> lens;
    std::vector<BudgetTier> tiers { { 60 }, { 85 }, { 100 } };
    std::vector<std::string> webhooks;
    std::string capSource; // a LiteLLM source whose admin API the circuit breaker calls ("" = no breaker)
    Epoch created = 0;
};

// The calendar period of `p` containing `t`: [start, end). Range budgets have their fixed window.
std::pair<Epoch, Epoch> budgetPeriodAt(const Budget& b, Epoch t);
// The period before the one containing `t` (for "what it would have spent last period").
std::pair<Epoch, Epoch> previousBudgetPeriod(const Budget& b, Epoch t);

// "team=search,model=gpt-4o" <-> terms. Values may not contain ',' or '='; axis names are checked
// by the caller (analytics knows which axes exist).
Result<std::vector<ScopeTerm>> parseScope(std::string_view text);
std::string formatScope(const std::vector<ScopeTerm>& scope);

// "60,85,100" or with actions "60:notify,85:notify+webhook,100:notify+webhook+cap". A tier without
// actions gets notify+webhook, and the highest tier also the cap when `capByDefault`. Sorted, distinct.
Result<std::vector<BudgetTier>> parseTiers(std::string_view text, bool capByDefault);
std::string formatTiers(const std::vector<BudgetTier>& tiers);
std::string formatActions(unsigned actions); // "notify+webhook+cap" ("none")
Result<unsigned> parseActions(std::string_view text);

// Webhook URLs must be https unless they point at loopback (127.0.0.0/8, ::1, localhost).
Result<void> validateWebhookUrl(std::string_view url);
// Every field of a budget, as `budgets add` and the dialog check it before anything is stored.
Result<void> validateBudget(const Budget& b);

} // namespace burnrate
