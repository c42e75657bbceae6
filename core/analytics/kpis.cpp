#include "analytics/kpis.h"

#include <algorithm>

namespace burnrate {

Lens spendLens(CostQueries& q, const std::vector<Filter>& filters)
{
    // Billing has tenants and teams only through allocation rules, and no prompts or tags: with such a filter
    // the requests' own values answer.
    for (const auto& f : filters)
        if (prefersAttribution(f.axis))
            return Lens::Attribution;
    return q.hasLens(Lens::Billing) ? Lens::Billing : Lens::Attribution;
}

Result<Forecast> projectSpend(
    CostQueries& q, Lens lens, const std::vector<Filter>& filters, Epoch periodStart, Epoch periodEnd, Epoch now)
{
    constexpr int kHistoryDays = 56;
    const Epoch today = floorDay(now);
    CostQuery cq;
    cq.from = std::min(floorDay(periodStart), today - kHistoryDays * kSecondsPerDay);
    cq.to = std::max(today + kSecondsPerDay, periodEnd);
    cq.granularity = Granularity::Day;
    cq.filters = filters;
    cq.lens = lens;
    auto r = q.run(cq);
    if (!r)
        return r.error();
    DailySeries history;
    history.firstDay = cq.from;
    history.days.assign(
        static_cast<std::size_t>((std::min(cq.to, today + kSecondsPerDay) - cq.from) / kSecondsPerDay), 0);
    for (const auto& row : r->rows) {
        auto i = static_cast<std::size_t>((row.bucket - cq.from) / kSecondsPerDay);
        if (row.bucket >= cq.from && i < history.days.size())
            history.days[i] = row.totals.cost;
    }
    std::size_t lead = 0;
    const std::size_t beforeToday = history.days.empty() ? 0 : history.days.size() - 1;
    while (lead < beforeToday && history.days[lead] == 0)
        ++lead;
    history.days.erase(history.days.begin(), history.days.begin() + static_cast<std::ptrdiff_t>(lead));
    history.firstDay += static_cast<Epoch>(lead) * kSecondsPerDay;
    Forecast f = forecastPeriod(history, periodStart, periodEnd, std::min(now, periodEnd));
    f.asOf = now;
    return f;
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
    // Does the data reach back before the previous period? Else the comparison is partial (or empty).
    {
        const Epoch prevFrom = from - (to - from);
        CostQuery pq;
        pq.from = prevFrom;
        pq.to = from;
        pq.granularity = to - from <= 2 * kSecondsPerDay ? Granularity::Hour : Granularity::Day;
        pq.filters = filters;
        pq.lens = k.spendLens;
        auto pr = q.run(pq);
        if (!pr)
            return pr.error();
        Epoch first = 0;
        for (const auto& row : pr->rows)
            if (row.totals.requests > 0 || row.totals.input > 0 || row.totals.cost != 0)
                if (first == 0 || row.bucket < first)
                    first = row.bucket;
        if (first == 0) {
            k.previousCoverage = Kpis::Coverage::None;
        } else if (first > bucketStart(prevFrom, pq.granularity)) {
            auto before = q.totals(0, prevFrom, k.spendLens, filters);
            if (!before)
                return before.error();
            if (before->requests == 0 && before->cost == 0) {
                k.previousCoverage = Kpis::Coverage::Partial;
                k.previousDataFrom = first;
            }
        }
    }
    const Epoch last = std::min(to, now + 1) - 1;
    auto f = projectSpend(q, k.spendLens, filters, floorMonth(last), addMonths(floorMonth(last), 1), now);
    if (!f)
        return f.error();
    k.forecast = std::move(*f);
    return k;
}

} // namespace burnrate
