#pragma once

#include "analytics/costquery.h"
#include "analytics/forecast.h"
#include "model/budget.h"

#include <optional>
#include <string>
#include <vector>

namespace burnrate {

// A budget's scope as query filters: terms on one axis OR, axes AND. Fails for an axis that does not
// exist ("colour=red").
Result<std::vector<Filter>> scopeFilters(const std::vector<ScopeTerm>& scope);

// The lens a budget is measured in: its own, else the Overview's rule (billing when a provider usage
// source has data and the scope allows it, else attribution). Fails when the budget's own lens does not
// carry an axis of its scope (lensRefusal()).
Result<Lens> budgetLens(CostQueries& q, const Budget& b);

// Where a budget stands in the period containing `now`.
struct BudgetStatus
{
    Budget budget;
    Lens lens = Lens::Attribution;
    Epoch periodStart = 0, periodEnd = 0;
    Forecast forecast; // spent so far, projected period end, band
    std::optional<Epoch> breach; // the day spend reaches the amount (actual or projected)
    std::vector<int> crossed; // tier percents the spend has reached, ascending
    Nano spent() const
    {
        return forecast.spent;
    }
    // Spent / amount (1.0 = the whole budget).
    double used() const;
    double projectedUsed() const;
    // The highest tier reached (0 = none).
    int highestCrossed() const
    {
        return crossed.empty() ? 0 : crossed.back();
    }
    // The lowest tier not reached yet (nullopt: every tier is).
    std::optional<BudgetTier> nextTier() const;
};

// True when `spent` has reached `percent` % of `amount` (exact integer arithmetic).
bool tierReached(Nano spent, Nano amount, int percent);

Result<BudgetStatus> evaluateBudget(CostQueries& q, const Budget& b, Epoch now);
// What the budget's scope spent in [from, to) in its lens (the dialog's "last period" preview).
Result<Totals> budgetSpend(CostQueries& q, const Budget& b, Epoch from, Epoch to);

// "December 2026", "week of 2026-11-30", "2026-12-02", "Q4 2026", "2026-11-01 to 2026-12-31".
std::string describePeriod(BudgetPeriod p, Epoch start, Epoch end);
// One line for notifications, webhooks and `budgets check`:
// "Budget 'search' reached 85%: $8,512.00 of $10,000.00 in December 2026; forecast $11,200.00, ...".
std::string alertText(const BudgetStatus& s, int tier);

} // namespace burnrate
