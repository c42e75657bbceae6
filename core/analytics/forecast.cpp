#include "analytics/forecast.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace burnrate {

namespace {

// Forecasts never go below zero (a negative trend extrapolated is no spend).
Nano nonNegativeNano(double v)
{
    return v > 0 ? saturatingNano(v) : 0;
}

constexpr int kHistoryDays = 56; // eight weeks: enough for weekday factors, recent enough for the level
constexpr int kLevelDays = 28; // the level without a trend: the mean of the last four weeks
constexpr double kZ90 = 1.645;

// Monday = 0 (1970-01-01 was a Thursday).
int weekday(Epoch day)
{
    std::int64_t d = floorDay(day) / kSecondsPerDay;
    return static_cast<int>(((d + 3) % 7 + 7) % 7);
}

Nano saturatingAdd(Nano a, Nano b)
{
    Nano out;
    if (__builtin_add_overflow(a, b, &out))
        return std::numeric_limits<Nano>::max();
    return out;
}

} // namespace

Forecast forecastPeriod(const DailySeries& history, Epoch periodStart, Epoch periodEnd, Epoch now)
{
    Forecast f;
    f.periodStart = floorDay(periodStart);
    f.periodEnd = std::max(f.periodStart, periodEnd);
    f.asOf = now;
    const Epoch today = floorDay(now);
    const double elapsed = double(now - today) / double(kSecondsPerDay);
    auto valueOn = [&](Epoch day) -> std::optional<Nano> {
        if (day < history.firstDay)
            return std::nullopt;
        std::size_t i = static_cast<std::size_t>((day - history.firstDay) / kSecondsPerDay);
        if (i >= history.days.size())
            return std::nullopt;
        return history.days[i];
    };

    // The fit: complete days before today.
    struct Point
    {
        double t; // days relative to today (negative)
        int w;
        double x;
    };
    std::vector<Point> pts;
    for (int back = kHistoryDays; back >= 1; --back) {
        Epoch day = today - back * kSecondsPerDay;
        if (auto v = valueOn(day))
            pts.push_back({ double(-back), weekday(day), double(*v) });
    }
    f.historyDays = static_cast<int>(pts.size());
    const Nano todaySoFar = valueOn(today).value_or(0);

    // Level (and trend) on deseasonalised values; days whose weekday never spends carry no level information.
    std::array<double, 7> factor;
    factor.fill(1.0);
    std::size_t levelDays = 0;
    auto fitLevel = [&](double& a, double& b, bool& trended) {
        std::vector<std::pair<double, double>> ys; // t, y
        for (const auto& p : pts)
            if (factor[p.w] > 0)
                ys.emplace_back(p.t, p.x / factor[p.w]);
        a = b = 0;
        trended = false;
        levelDays = 0;
        if (ys.size() >= 21) {
            double n = double(ys.size()), st = 0, sy = 0;
            for (auto [t, y] : ys) {
                st += t;
                sy += y;
            }
            const double mt = st / n, my = sy / n;
            double stt = 0, sty = 0;
            for (auto [t, y] : ys) {
                stt += (t - mt) * (t - mt);
                sty += (t - mt) * (y - my);
            }
            const double slope = stt > 0 ? sty / stt : 0.0;
            const double icpt = my - slope * mt;
            double ssr = 0;
            for (auto [t, y] : ys)
                ssr += (y - icpt - slope * t) * (y - icpt - slope * t);
            const double se = stt > 0 ? std::sqrt(ssr / (n - 2) / stt) : 0.0;
            const double scale = std::max(std::fabs(my), 1.0);
            if (std::fabs(slope) > 1e-9 * scale && (se <= 1e-12 * scale || std::fabs(slope / se) > 2.0)) {
                trended = true;
                a = icpt;
                b = slope;
                levelDays = ys.size();
                return;
            }
        }
        if (!ys.empty()) {
            std::size_t take = std::min<std::size_t>(ys.size(), kLevelDays);
            double sum = 0;
            for (std::size_t i = ys.size() - take; i < ys.size(); ++i)
                sum += ys[i].second;
            a = sum / double(take);
            levelDays = take;
        }
    };
    double level0 = 0, slope = 0;
    fitLevel(level0, slope, f.trended);
    // Weekday factors against that fit, kept only when the weekdays really differ (one-way analysis of
    // variance of the ratios, F > 2.3: about a 5% false-alarm rate at eight weeks).
    if (pts.size() >= 14) {
        std::array<double, 7> sx {}, sfit {}, n {};
        std::vector<double> ratio(pts.size(), 0.0);
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const auto& p = pts[i];
            double fit = std::max(0.0, level0 + slope * p.t);
            sx[p.w] += p.x;
            sfit[p.w] += fit;
            n[p.w] += 1;
            ratio[i] = fit > 0 ? p.x / fit : 0.0;
        }
        std::array<double, 7> cand;
        double weighted = 0, count = 0;
        for (int w = 0; w < 7; ++w) {
            cand[w] = sfit[w] > 0 ? sx[w] / sfit[w] : 1.0;
            weighted += cand[w] * n[w];
            count += n[w];
        }
        for (auto& c : cand)
            c = weighted > 0 ? c * count / weighted : 1.0;
        std::array<double, 7> mean {};
        double grand = 0;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            mean[pts[i].w] += ratio[i];
            grand += ratio[i];
        }
        grand /= double(pts.size());
        double ssb = 0, ssw = 0;
        int groups = 0;
        for (int w = 0; w < 7; ++w)
            if (n[w] > 0) {
                mean[w] /= n[w];
                ssb += n[w] * (mean[w] - grand) * (mean[w] - grand);
                ++groups;
            }
        for (std::size_t i = 0; i < pts.size(); ++i)
            ssw += (ratio[i] - mean[pts[i].w]) * (ratio[i] - mean[pts[i].w]);
        const double dfb = groups - 1, dfw = double(pts.size()) - groups;
        const bool differ
            = dfb > 0 && dfw > 0 && ssb > 1e-12 && (ssw <= 1e-12 * ssb || (ssb / dfb) / (ssw / dfw) > 2.3);
        if (differ) {
            factor = cand;
            f.seasonal = true;
            fitLevel(level0, slope, f.trended);
        }
    }
    if (pts.empty() && elapsed > 0.05)
        level0 = double(todaySoFar) / elapsed; // no history: today's run-rate
    auto expected = [&](Epoch day) {
        double t = double((day - today) / kSecondsPerDay);
        return std::max(0.0, level0 + slope * t) * factor[weekday(day)];
    };

    // Residual spread of a day around the model (the same model applied to the history).
    double sigma = 0;
    if (pts.size() >= 2) {
        double ss = 0;
        for (const auto& p : pts) {
            double fit = std::max(0.0, level0 + slope * p.t) * factor[p.w];
            ss += (p.x - fit) * (p.x - fit);
        }
        int params = 1 + (f.trended ? 1 : 0) + (f.seasonal ? 6 : 0);
        sigma = std::sqrt(
            ss / double(std::max<std::size_t>(1, pts.size() - std::min<std::size_t>(params, pts.size() - 1))));
    } else {
        sigma = level0; // one day or none: as uncertain as the day itself
    }
    f.typicalDay = nonNegativeNano(level0 * (f.seasonal ? factor[weekday(today)] : 1.0));

    // Walk the period's days: actual until today, projected after.
    double projected = 0, daysLeft = 0;
    Nano spent = 0;
    for (Epoch day = f.periodStart; day < f.periodEnd; day += kSecondsPerDay) {
        double dayValue;
        if (day < today) {
            Nano v = valueOn(day).value_or(0);
            spent = saturatingAdd(spent, v);
            f.actualCumulative.push_back(spent);
            dayValue = double(v);
        } else if (day == today) {
            spent = saturatingAdd(spent, todaySoFar);
            f.actualCumulative.push_back(spent);
            // Today counts with whichever is larger: what it has spent so far or a typical day of its weekday.
            dayValue = std::max(double(todaySoFar), expected(day));
            daysLeft += 1.0 - elapsed;
        } else {
            dayValue = expected(day);
            daysLeft += 1.0;
        }
        projected += dayValue;
        f.projectedCumulative.push_back(std::max(nonNegativeNano(projected), spent));
    }
    f.spent = spent;
    f.projected = std::max(nonNegativeNano(projected), spent);
    // Day-to-day noise over the days left, plus the uncertainty of the fitted level itself (it moves
    // every remaining day together).
    const double levelSigma = levelDays > 0 ? sigma / std::sqrt(double(levelDays)) : sigma;
    const double half = kZ90 * std::sqrt(daysLeft * sigma * sigma + daysLeft * daysLeft * levelSigma * levelSigma);
    f.low = std::max(nonNegativeNano(projected - half), spent);
    f.high = std::max(nonNegativeNano(projected + half), f.projected);
    if (f.asOf >= f.periodEnd)
        f.low = f.high = f.projected = spent;

    std::string m;
    if (pts.empty())
        m = elapsed > 0.05 ? "today's run-rate (no history yet)" : "no history yet";
    else
        m = "mean of the last " + std::to_string(std::min<std::size_t>(pts.size(), f.trended ? pts.size() : kLevelDays))
            + " days";
    if (f.seasonal)
        m += ", weekday pattern";
    if (f.trended)
        m += ", trend";
    f.method = m;
    return f;
}

std::optional<Epoch> breachDay(const Forecast& f, Nano amount)
{
    auto dayAt = [&](std::size_t i) {
        return f.periodStart + static_cast<Epoch>(i) * kSecondsPerDay;
    };
    for (std::size_t i = 0; i < f.actualCumulative.size(); ++i)
        if (f.actualCumulative[i] >= amount)
            return dayAt(i);
    // From today (the last day begun, its projected end-of-day total) on.
    std::size_t from = f.actualCumulative.empty() ? 0 : f.actualCumulative.size() - 1;
    for (std::size_t i = from; i < f.projectedCumulative.size(); ++i)
        if (f.projectedCumulative[i] >= amount)
            return dayAt(i);
    return std::nullopt;
}

} // namespace burnrate
