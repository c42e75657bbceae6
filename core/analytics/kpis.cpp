#include "analytics/kpis.h"

namespace burnrate {

Lens spendLens(CostQueries& q, const std::vector<Filter>& filters)
{
    // Billing has no tenant/prompt/team/tags: with such a filter only attribution can answer.
    for (const auto& f : filters)
        if (!lensCarries(Lens::Billing, f.axis))
            return Lens::Attribution;
    return q.hasLens(Lens::Billing) ? Lens::Billing : Lens::Attribution;
}

Result<Nano> forecastMonthEnd(
    CostQueries& q, Lens lens, const std::vector<Filter>& filters, Epoch now, Nano* monthToDate)
{
    Epoch today = floorDay(now);
    Epoch monthStart = floorMonth(now);
    Epoch monthEnd = addMonths(monthStart, 1);
    auto mtd = q.totals(monthStart, today, lens, filters);
    if (!mtd)
        return mtd.error();
    auto todaySoFar = q.totals(today, today + kSecondsPerDay, lens, filters);
    if (!todaySoFar)
        return todaySoFar.error();
    auto last7 = q.totals(today - 7 * kSecondsPerDay, today, lens, filters);
    if (!last7)
        return last7.error();
    Nano avg = last7->cost / 7;
    std::int64_t remainingDays = (monthEnd - today) / kSecondsPerDay; // today included
    if (monthToDate)
        *monthToDate = mtd->cost + todaySoFar->cost;
    // Today counts with whichever is larger: what it has spent so far or a typical day.
    Nano todayEstimate = std::max(avg, todaySoFar->cost);
    return mtd->cost + todayEstimate + avg * (remainingDays - 1);
}

Result<Kpis> computeKpis(CostQueries& q, Epoch from, Epoch to, const std::vector<Filter>& filters, Epoch now)
{
    Kpis k;
    k.from = from;
    k.to = to;
    auto cur = q.totals(from, to, Lens::Attribution, filters);
    if (!cur)
        return cur.error();
    auto prev = q.totals(from - (to - from), from, Lens::Attribution, filters);
    if (!prev)
        return prev.error();
    k.current = *cur;
    k.previous = *prev;
    k.attributionCost = cur->cost;
    k.hasBilling = q.hasLens(Lens::Billing);
    k.spendLens = spendLens(q, filters);
    if (k.spendLens == Lens::Billing) {
        auto bill = q.totals(from, to, Lens::Billing, filters);
        if (!bill)
            return bill.error();
        auto billPrev = q.totals(from - (to - from), from, Lens::Billing, filters);
        if (!billPrev)
            return billPrev.error();
        k.billingCost = bill->cost;
        k.spend = bill->cost;
        k.previousSpend = billPrev->cost;
        k.unattributed = bill->cost - cur->cost;
    } else {
        k.spend = cur->cost;
        k.previousSpend = prev->cost;
    }
    auto f = forecastMonthEnd(q, k.spendLens, filters, now, &k.monthToDate);
    if (!f)
        return f.error();
    k.forecastMonthEnd = *f;
    return k;
}

} // namespace burnrate
