#pragma once

#include "analytics/costquery.h"
#include "analytics/forecast.h"

namespace burnrate {

// The headline figures of a time range, as the Overview and `report` show them.
struct Kpis
{
    Epoch from = 0, to = 0;
    Lens spendLens = Lens::Attribution; // billing when a provider usage source has data, else attribution
    Totals current; // attribution lens: requests, tokens, cache, errors
    Totals previous; // the same length of time just before `from`
    Nano spend = 0, previousSpend = 0; // in spendLens
    // How much of the previous period holds data (in spendLens): a change against a period with no data, or
    // one the data starts inside, is no comparison. previousDataFrom: the first day with data when Partial.
    enum class Coverage
    {
        Full,
        Partial,
        None
    };
    Coverage previousCoverage = Coverage::Full;
    Epoch previousDataFrom = 0;
    bool hasBilling = false;
    Nano billingCost = 0, attributionCost = 0;
    Nano unattributed = 0; // billing minus attribution (0 without billing data)
    // The calendar month the range ends in (its last instant, never later than now), projected to its
    // end in spendLens; complete() when that month is over.
    Forecast forecast;
    double changeVsPrevious() const
    {
        return previousSpend ? double(spend - previousSpend) / double(previousSpend) : 0.0;
    }
};

// The lens spend is measured in: billing when a provider usage source has data and no filter needs an
// axis billing does not carry (tenant, team, prompt, tags), else attribution.
Lens spendLens(CostQueries& queries, const std::vector<Filter>& filters);

// [periodStart, periodEnd) projected from the daily spend of up to eight weeks before `now` (forecastPeriod):
// the one projection behind budgets, the Overview and `report`. Days before the first spend are no
// history, not days of $0.
Result<Forecast> projectSpend(
    CostQueries& queries, Lens lens, const std::vector<Filter>& filters, Epoch periodStart, Epoch periodEnd, Epoch now);

Result<Kpis> computeKpis(CostQueries& queries, Epoch from, Epoch to, const std::vector<Filter>& filters, Epoch now);

} // namespace burnrate
