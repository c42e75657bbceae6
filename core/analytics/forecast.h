#pragma once

#include "model/money.h"
#include "model/timeutil.h"

#include <optional>
#include <string>
#include <vector>

namespace burnrate {

// Daily spend, one value per UTC day from `firstDay` on; the last day may be today, partly elapsed.
struct DailySeries
{
    Epoch firstDay = 0;
    std::vector<Nano> days;
};

// A projection of one period's spend to its end.
struct Forecast
{
    Epoch periodStart = 0, periodEnd = 0, asOf = 0;
    Nano spent = 0; // period start .. asOf
    Nano projected = 0; // period-end total, point estimate (>= spent)
    Nano low = 0, high = 0; // ~90% band of the period-end total
    Nano typicalDay = 0; // the fitted level of a day today (before weekday factors)
    bool seasonal = false; // weekday pattern used (>= 14 complete days of history)
    bool trended = false; // a significant linear trend used (>= 21 days, |t| > 2)
    int historyDays = 0; // complete days the model was fitted on
    // Cumulative spend per day of the period (value at the end of each day): actual for the days begun
    // (today: what it has spent so far), and the projection for every day (point estimate).
    std::vector<Nano> actualCumulative, projectedCumulative;
    std::string method; // how the projection was made, one line for tooltips and `report`
    bool complete() const
    {
        return asOf >= periodEnd;
    }
};

// Projects [periodStart, periodEnd) (whole UTC days) from `history` at time `now`. The model: the mean
// of up to 56 complete days before today, with weekday factors where two weeks of history exist and a
// least-squares trend where three weeks exist and it is significant; today counts with the larger of
// what it has spent and a typical day. The band is +-1.645 residual standard deviations x sqrt(days left).
// Estimates are doubles internally; every Nano returned is rounded and clamped to [0, INT64_MAX].
Forecast forecastPeriod(const DailySeries& history, Epoch periodStart, Epoch periodEnd, Epoch now);

// The first day (its midnight) on which the cumulative spend of `f` reaches `amount`: actual when it
// already has, projected otherwise; nullopt when the period ends first.
std::optional<Epoch> breachDay(const Forecast& f, Nano amount);

} // namespace burnrate
