#include "analytics/budgets.h"

#include "analytics/kpis.h"

#include <algorithm>

namespace burnrate {

namespace {

const char* const kMonths[] = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December" };

} // namespace

Result<std::vector<Filter>> scopeFilters(const std::vector<ScopeTerm>& scope)
{
    std::vector<Filter> out;
    for (const auto& t : scope) {
        auto axis = Axis::fromName(t.axis);
        if (!axis || axis->dim == Dim::TagValue)
            return makeError(ErrorCode::Invalid,
                "unknown scope dimension '" + t.axis
                    + "' (provider, model, tenant, team, project, env, user, api_key, prompt, prompt_version, "
                      "service_tier or tag:NAME)");
        auto it = std::find_if(out.begin(), out.end(), [&](const Filter& f) { return f.axis == *axis; });
        if (it == out.end())
            out.push_back(Filter { *axis, { t.value } });
        else
            it->values.push_back(t.value);
    }
    return out;
}

Result<Lens> budgetLens(CostQueries& q, const Budget& b)
{
    auto filters = scopeFilters(b.scope);
    if (!filters)
        return filters.error();
    if (!b.lens)
        return spendLens(q, *filters);
    for (const auto& f : *filters)
        if (!lensCarries(*b.lens, f.axis))
            return makeError(ErrorCode::Invalid, lensRefusal(*b.lens, f.axis));
    return *b.lens;
}

bool tierReached(Nano spent, Nano amount, int percent)
{
    return Int128(spent) * 100 >= Int128(amount) * percent;
}

double BudgetStatus::used() const
{
    return budget.amount > 0 ? double(forecast.spent) / double(budget.amount) : 0.0;
}

double BudgetStatus::projectedUsed() const
{
    return budget.amount > 0 ? double(forecast.projected) / double(budget.amount) : 0.0;
}

std::optional<BudgetTier> BudgetStatus::nextTier() const
{
    for (const auto& t : budget.tiers)
        if (!tierReached(forecast.spent, budget.amount, t.percent))
            return t;
    return std::nullopt;
}

namespace {

// A budget's scope as filters and the lens it is measured in.
struct ResolvedScope
{
    std::vector<Filter> filters;
    Lens lens = Lens::Attribution;
};

Result<ResolvedScope> resolveScope(CostQueries& q, const Budget& b)
{
    auto filters = scopeFilters(b.scope);
    if (!filters)
        return filters.error();
    auto lens = budgetLens(q, b);
    if (!lens)
        return lens.error();
    return ResolvedScope { std::move(*filters), *lens };
}

} // namespace

Result<Totals> budgetSpend(CostQueries& q, const Budget& b, Epoch from, Epoch to)
{
    auto scope = resolveScope(q, b);
    if (!scope)
        return scope.error();
    return q.totals(from, to, scope->lens, scope->filters);
}

Result<BudgetStatus> evaluateBudget(CostQueries& q, const Budget& b, Epoch now)
{
    BudgetStatus s;
    s.budget = b;
    auto scope = resolveScope(q, b);
    if (!scope)
        return scope.error();
    s.lens = scope->lens;
    std::tie(s.periodStart, s.periodEnd) = budgetPeriodAt(b, now);
    auto f = projectSpend(q, s.lens, scope->filters, s.periodStart, s.periodEnd, now);
    if (!f)
        return f.error();
    s.forecast = std::move(*f);
    s.breach = breachDay(s.forecast, b.amount);
    for (const auto& t : b.tiers)
        if (tierReached(s.forecast.spent, b.amount, t.percent))
            s.crossed.push_back(t.percent);
    return s;
}

std::string describePeriod(BudgetPeriod p, Epoch start, Epoch end)
{
    int y;
    unsigned m, d;
    civilFromDays(start / kSecondsPerDay, y, m, d);
    switch (p) {
    case BudgetPeriod::Daily:
        return formatDate(start);
    case BudgetPeriod::Weekly:
        return "week of " + formatDate(start);
    case BudgetPeriod::Monthly:
        return std::string(kMonths[m - 1]) + " " + std::to_string(y);
    case BudgetPeriod::Quarterly:
        return "Q" + std::to_string((m - 1) / 3 + 1) + " " + std::to_string(y);
    case BudgetPeriod::Range:
        break;
    }
    return formatDate(start) + " to " + formatDate(end - kSecondsPerDay);
}

std::string alertText(const BudgetStatus& s, int tier)
{
    const Budget& b = s.budget;
    std::string text = "Budget '" + b.name + "' reached " + std::to_string(tier) + "%: " + formatUsd(s.spent()) + " of "
        + formatUsd(b.amount) + " spent in " + describePeriod(b.period, s.periodStart, s.periodEnd);
    if (!b.scope.empty())
        text += " (" + formatScope(b.scope) + ")";
    text += "; forecast " + formatUsd(s.forecast.projected) + " by the period's end";
    if (s.breach)
        text += tierReached(s.spent(), b.amount, 100) ? ", budget used up on " + formatDate(*s.breach)
                                                      : ", projected to run out on " + formatDate(*s.breach);
    return text + ".";
}

} // namespace burnrate
