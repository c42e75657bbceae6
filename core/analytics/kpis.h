#pragma once

#include "analytics/costquery.h"

namespace burnrate {

// The headline figures of a time range, as the Overview and `report` show them.
struct Kpis
{
    Epoch from = 0, to = 0;
    Lens spendLens = Lens::Attribution; // billing when a provider usage source has data, else attribution
    Totals current; // attribution lens: requests, tokens, cache, errors
    Totals previous; // the same length of time just before `from`
    Nano spend = 0, previousSpend = 0; // in spendLens
    bool hasBilling = false;
    Nano billingCost = 0, attributionCost = 0;
    Nano unattributed = 0; // billing minus attribution (0 without billing data)
    Nano forecastMonthEnd = 0; // spend of the month containing `now`, projected
    Nano monthToDate = 0;
    double changeVsPrevious() const
    {
        return previousSpend ? double(spend - previousSpend) / double(previousSpend) : 0.0;
    }
};

// The lens spend is measured in: billing when a provider usage source has data and no filter needs an
// axis billing does not carry (tenant, team, prompt, tags), else attribution.
Lens spendLens(CostQueries& queries, const std::vector<Filter>& filters);

// Month-end forecast: month-to-date spend plus the average of the last 7 complete days for each
// remaining day (today included).
Result<Nano> forecastMonthEnd(
    CostQueries& queries, Lens lens, const std::vector<Filter>& filters, Epoch now, Nano* monthToDate = nullptr);

Result<Kpis> computeKpis(CostQueries& queries, Epoch from, Epoch to, const std::vector<Filter>& filters, Epoch now);

} // namespace burnrate
