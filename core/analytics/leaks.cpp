#include "analytics/leaks.h"

#include "model/usage.h"
#include "store/database.h"
#include "store/measures.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace burnrate {

namespace {

constexpr std::array<LeakDetectorInfo, 8> kDetectors = { {
    { LeakDetector::RetryStorm, "retry_storm", "a burst of retried 429/5xx requests from one tenant",
        FindingView::Requests },
    { LeakDetector::AgentLoop, "agent_loop", "traces with far more requests or cost than their prompt's usual",
        FindingView::Requests },
    { LeakDetector::ContextCreep, "context_creep", "input tokens per request of a prompt trending up",
        FindingView::Costs },
    { LeakDetector::ModelChange, "model_change", "a prompt's model or snapshot changed", FindingView::Costs },
    { LeakDetector::CacheDrop, "cache_drop", "a prompt's cache hit rate fell (or rose: a caching rollout)",
        FindingView::Costs },
    { LeakDetector::ErrorSpike, "error_spike", "failed requests that were billed, above a tenant's usual rate",
        FindingView::Requests },
    { LeakDetector::SpendAnomaly, "spend_anomaly", "daily spend of a tenant or model above its weekday-aware band",
        FindingView::Costs },
    { LeakDetector::UnpricedModel, "unpriced_model", "requests of a model with no price", FindingView::Costs },
} };

constexpr const char* kSeverityNames[] = { "info", "low", "medium", "high" };

} // namespace

const std::array<LeakDetectorInfo, 8>& leakDetectors()
{
    return kDetectors;
}

const LeakDetectorInfo& leakDetectorInfo(LeakDetector d)
{
    for (const auto& i : kDetectors)
        if (i.id == d)
            return i;
    return kDetectors[0];
}

const char* leakDetectorName(LeakDetector d)
{
    return leakDetectorInfo(d).name;
}

std::optional<LeakDetector> leakDetectorFromName(std::string_view name)
{
    for (const auto& i : kDetectors)
        if (name == i.name)
            return i.id;
    return std::nullopt;
}

const char* severityName(Severity s)
{
    return kSeverityNames[static_cast<int>(s)];
}

std::optional<Severity> severityFromName(std::string_view name)
{
    for (int i = 0; i < 4; ++i)
        if (name == kSeverityNames[i])
            return static_cast<Severity>(i);
    return std::nullopt;
}

std::string scopeText(const LeakScope& scope)
{
    std::string out;
    for (const auto& [k, v] : scope) {
        if (!out.empty())
            out += ',';
        out += k + "=" + v;
    }
    return out;
}

std::optional<LeakScope> parseScopeText(std::string_view text)
{
    LeakScope out;
    while (!text.empty()) {
        std::size_t comma = text.find(',');
        std::string_view term = text.substr(0, comma);
        std::size_t eq = term.find('=');
        if (eq == std::string_view::npos || eq == 0)
            return std::nullopt;
        out.emplace_back(std::string(term.substr(0, eq)), std::string(term.substr(eq + 1)));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return out;
}

std::string Finding::key() const
{
    return std::string(leakDetectorName(detector)) + "|" + scopeText(scope) + "|" + formatTimestamp(from);
}

namespace {

// Daily measures of one slice, as the detectors need them.
struct DayAgg
{
    std::int64_t requests = 0, input = 0, cached = 0, errors = 0, unpricedRequests = 0, unpricedTokens = 0;
    Nano cost = 0, errorCost = 0, savings = 0;
    std::int64_t tokens = 0; // input + output of priced requests

    void add(const DayAgg& o)
    {
        requests += o.requests;
        input += o.input;
        cached += o.cached;
        errors += o.errors;
        unpricedRequests += o.unpricedRequests;
        unpricedTokens += o.unpricedTokens;
        cost += o.cost;
        errorCost += o.errorCost;
        savings += o.savings;
        tokens += o.tokens;
    }
};

using Series = std::vector<DayAgg>; // indexed by day from Input::base

struct DailyRow
{
    int day;
    std::int64_t model, tenant, prompt;
    DayAgg m;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0) {
        double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
        m = (m + lo) / 2;
    }
    return m;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    std::size_t i = static_cast<std::size_t>(std::floor(p * double(v.size() - 1) + 0.5));
    return v[std::min(i, v.size() - 1)];
}

// Kendall's tau-a of a sequence against its index.
double kendallTau(const std::vector<double>& v)
{
    long conc = 0, disc = 0;
    for (std::size_t i = 0; i < v.size(); ++i)
        for (std::size_t j = i + 1; j < v.size(); ++j) {
            if (v[j] > v[i])
                ++conc;
            else if (v[j] < v[i])
                ++disc;
        }
    long pairs = long(v.size() * (v.size() - 1) / 2);
    return pairs ? double(conc - disc) / double(pairs) : 0.0;
}

std::string pct(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
    return buf;
}

std::string signedPct(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.0f%%", share * 100);
    return buf;
}

std::string usd(Nano n)
{
    return formatUsd(n, n != 0 && std::abs(n) < 10 * kNanoPerUsd / 100 ? 4 : 2);
}

// One request as the request-level detectors read it.
struct TraceAgg
{
    std::int64_t requests = 0;
    Nano cost = 0;
    std::int64_t prompt = 0, tenant = 0;
    Epoch first = 0, last = 0;
};

struct HourAgg
{
    std::int64_t requests = 0, retryable = 0;
    Nano cost = 0, errorCost = 0;
    std::map<std::int64_t, std::int64_t> prompts; // prompt id -> requests (storm hours only matter)
};

struct PairHash
{
    std::size_t operator()(const std::pair<std::int64_t, Epoch>& p) const
    {
        return std::hash<std::int64_t>()(p.first * 1000003 ^ p.second);
    }
};

// Everything the detectors read, gathered once.
struct Input
{
    Epoch base = 0; // the first day held (from - lookback)
    int days = 0; // days held
    int first = 0; // index of the range's first day
    std::vector<DailyRow> rows;
    std::unordered_map<std::int64_t, TraceAgg> traces;
    std::unordered_map<std::pair<std::int64_t, Epoch>, HourAgg, PairHash> hours; // (tenant, hour start)
    std::int64_t events = 0;
    Nano rangeSpend = 0;
    std::int64_t rangeTokens = 0;
};

class Detectors
{
public:
    Detectors(Database& db, const LeakOptions& o, Input& in)
        : m_db(db)
        , m_o(o)
        , m_in(in)
    {
        const int rangeDays = std::max(1, in.days - in.first);
        m_daily = in.rangeSpend / rangeDays;
        m_min = o.minUsd >= 0 ? o.minUsd
                              : std::max<Nano>(kNanoPerUsd / 100, saturatingNano(double(m_daily) * o.minShareOfDay));
    }

    std::vector<Finding> run()
    {
        spendAnomaly();
        contextCreep();
        modelChange();
        cacheChange();
        errorSpike();
        retryStorm();
        agentLoop();
        unpricedModel();
        dropExplainedSpikes();
        return std::move(m_out);
    }
    Nano averageDaily() const
    {
        return m_daily;
    }

private:
    Epoch dayStart(int d) const
    {
        return m_in.base + Epoch(d) * kSecondsPerDay;
    }
    int weekday(int d) const // 0 = Monday
    {
        return int(((dayStart(d) / kSecondsPerDay + 3) % 7 + 7) % 7);
    }
    const std::string& name(std::int64_t id)
    {
        auto it = m_names.find(id);
        if (it == m_names.end())
            it = m_names.emplace(id, m_db.dimValue(id)).first;
        return it->second;
    }
    Severity bySpend(Nano usd) const
    {
        if (m_daily > 0 && double(usd) >= m_o.highShareOfDay * double(m_daily))
            return Severity::High;
        if (m_daily > 0 && double(usd) >= m_o.mediumShareOfDay * double(m_daily))
            return Severity::Medium;
        return Severity::Low;
    }
    bool add(Finding f)
    {
        f.from = std::max(f.from, m_o.from);
        f.to = std::min(f.to, m_o.to);
        if (f.to <= f.from)
            return false;
        m_out.push_back(std::move(f));
        return true;
    }

    // Series of the rows `keyOf` maps to a non-zero key.
    template <typename KeyOf> std::map<std::int64_t, Series> series(KeyOf keyOf) const
    {
        std::map<std::int64_t, Series> out;
        for (const DailyRow& r : m_in.rows) {
            std::int64_t k = keyOf(r);
            if (k == 0)
                continue;
            auto& s = out[k];
            if (s.empty())
                s.resize(static_cast<std::size_t>(m_in.days));
            s[static_cast<std::size_t>(r.day)].add(r.m);
        }
        return out;
    }

    void spendAnomaly()
    {
        spendAnomalyOf("tenant", series([](const DailyRow& r) { return r.tenant; }));
        spendAnomalyOf("model", series([](const DailyRow& r) { return r.model; }));
    }

    void spendAnomalyOf(const char* dim, const std::map<std::int64_t, Series>& all)
    {
        const int hist = m_o.spendHistoryDays;
        for (const auto& [id, s] : all) {
            // Weekday factors: the median spend of each weekday over everything held, against their mean.
            // Only from the first day the slice has traffic: days before it are not zero spend, just no history.
            // Likewise after its last day (a model replaced by another).
            int active = 0, end = m_in.days;
            while (active < m_in.days && s[static_cast<std::size_t>(active)].requests == 0)
                ++active;
            while (end > active && s[static_cast<std::size_t>(end - 1)].requests == 0)
                --end;
            std::array<std::vector<double>, 7> byDay;
            for (int d = active; d < end; ++d)
                byDay[static_cast<std::size_t>(weekday(d))].push_back(double(s[static_cast<std::size_t>(d)].cost));
            std::array<double, 7> f {};
            double mean = 0;
            for (int w = 0; w < 7; ++w)
                mean += (f[static_cast<std::size_t>(w)] = median(byDay[static_cast<std::size_t>(w)])) / 7;
            if (mean <= 0)
                continue;
            for (double& x : f)
                x = std::max(x / mean, 0.05);
            std::vector<double> y(static_cast<std::size_t>(m_in.days));
            for (int d = 0; d < m_in.days; ++d)
                y[static_cast<std::size_t>(d)]
                    = double(s[static_cast<std::size_t>(d)].cost) / f[static_cast<std::size_t>(weekday(d))];
            int runStart = -1;
            double runExcess = 0, runPeak = 0, runExpected = 0;
            auto close = [&](int end) {
                if (runStart < 0)
                    return;
                Nano excess = saturatingNano(runExcess);
                if (excess >= m_min) {
                    Finding fd;
                    fd.detector = LeakDetector::SpendAnomaly;
                    fd.scope = { { dim, name(id) } };
                    fd.from = dayStart(runStart);
                    fd.to = dayStart(end);
                    fd.usdAtStake = excess;
                    fd.severity = bySpend(excess);
                    fd.evidence = std::to_string(end - runStart) + " day(s) above the weekday-aware band: peak "
                        + usd(saturatingNano(runPeak)) + " a day against an expected "
                        + usd(saturatingNano(runExpected)) + ", " + usd(excess) + " above expected in all";
                    add(std::move(fd));
                }
                runStart = -1;
                runExcess = runPeak = runExpected = 0;
            };
            for (int d = std::max(m_in.first, active + hist); d < m_in.days; ++d) {
                std::vector<double> h;
                int nonzero = 0;
                for (int k = d - hist; k < d; ++k) {
                    h.push_back(y[static_cast<std::size_t>(k)]);
                    nonzero += s[static_cast<std::size_t>(k)].requests > 0;
                }
                // A slice with only a handful of requests a day has no band: a few pricier requests double it.
                std::vector<double> hr;
                for (int k = d - hist; k < d; ++k)
                    hr.push_back(double(s[static_cast<std::size_t>(k)].requests));
                const double base = median(hr) >= 10 ? median(h) : 0.0;
                bool anomalous = false;
                double x = double(s[static_cast<std::size_t>(d)].cost);
                double expected = 0;
                if (base > 0 && nonzero >= hist * 3 / 4) {
                    // The spread from up to twice the history (a steadier estimate of a heavy-tailed day's noise).
                    std::vector<double> dev;
                    for (int k = std::max(active, d - 2 * hist); k < d; ++k)
                        dev.push_back(std::abs(y[static_cast<std::size_t>(k)] - base));
                    const double sigma = std::max(1.4826 * median(dev), m_o.spendNoiseFloor * base);
                    const double fw = f[static_cast<std::size_t>(weekday(d))];
                    expected = base * fw;
                    // A quieter weekday has fewer requests, so relatively more noise: the band scales with the
                    // square root of the weekday factor (as a count's spread does), not with the factor.
                    anomalous = x > expected + m_o.spendSigmas * sigma * std::sqrt(fw);
                }
                if (anomalous) {
                    if (runStart < 0)
                        runStart = d;
                    runExcess += x - expected;
                    if (x > runPeak) {
                        runPeak = x;
                        runExpected = expected;
                    }
                } else {
                    close(d);
                }
            }
            close(m_in.days);
        }
    }

    // A spend spike is left out when another finding on the same days accounts for at least half of it.
    void dropExplainedSpikes()
    {
        auto compatible = [](const Finding& a, const Finding& b) {
            for (const auto& [k, v] : a.scope)
                for (const auto& [bk, bv] : b.scope)
                    if (k == bk && v != bv)
                        return false;
            return true;
        };
        std::vector<bool> drop(m_out.size());
        for (std::size_t i = 0; i < m_out.size(); ++i) {
            const Finding& f = m_out[i];
            if (f.detector != LeakDetector::SpendAnomaly)
                continue;
            for (std::size_t j = 0; j < m_out.size() && !drop[i]; ++j) {
                const Finding& g = m_out[j];
                if (i == j || g.to <= f.from || f.to <= g.from || !compatible(f, g) || 2 * g.usdAtStake < f.usdAtStake)
                    continue;
                // Only a burst explains a spike (a trend or a switch over weeks does not); it shares a scope term
                // with the spike, or the spike is a model's and the burst a tenant's.
                const bool burst = g.to - g.from <= 2 * kSecondsPerDay
                    && (g.detector == LeakDetector::RetryStorm || g.detector == LeakDetector::AgentLoop
                        || g.detector == LeakDetector::ErrorSpike || g.detector == LeakDetector::SpendAnomaly);
                bool shares = false;
                for (const auto& [k, v] : f.scope)
                    for (const auto& [gk, gv] : g.scope)
                        shares = shares || (k == gk && v == gv);
                const bool modelBehindTenant = f.scope[0].first == "model"
                    && std::any_of(g.scope.begin(), g.scope.end(), [](const auto& t) { return t.first == "tenant"; });
                const bool modelSpike = f.scope[0].first == "model";
                if (burst && (g.detector != LeakDetector::SpendAnomaly ? shares || modelSpike : modelBehindTenant))
                    drop[i] = true;
            }
        }
        std::vector<Finding> kept;
        std::map<std::size_t, std::int64_t> traces;
        for (std::size_t i = 0; i < m_out.size(); ++i) {
            if (drop[i])
                continue;
            if (auto t = m_loopTraces.find(i); t != m_loopTraces.end())
                traces[kept.size()] = t->second;
            kept.push_back(std::move(m_out[i]));
        }
        m_out = std::move(kept);
        m_loopTraces = std::move(traces);
    }

    void contextCreep()
    {
        for (const auto& [prompt, s] : series([](const DailyRow& r) { return r.prompt; })) {
            // Weekly means of input tokens per request over the range.
            std::vector<double> weekly;
            std::vector<std::pair<std::int64_t, std::int64_t>> weeks; // input, requests
            for (int d = m_in.first; d < m_in.days; d += 7) {
                std::int64_t in = 0, req = 0;
                for (int k = d; k < std::min(d + 7, m_in.days); ++k) {
                    in += s[static_cast<std::size_t>(k)].input;
                    req += s[static_cast<std::size_t>(k)].requests;
                }
                if (req >= 20 && d + 7 <= m_in.days) {
                    weekly.push_back(double(in) / double(req));
                    weeks.emplace_back(in, req);
                }
            }
            if (weekly.size() < 4)
                continue;
            auto meanOf = [&](std::size_t a, std::size_t b) {
                std::int64_t in = 0, req = 0;
                for (std::size_t i = a; i < b; ++i) {
                    in += weeks[i].first;
                    req += weeks[i].second;
                }
                return req ? double(in) / double(req) : 0.0;
            };
            const double start = meanOf(0, 2), end = meanOf(weekly.size() - 2, weekly.size());
            if (start <= 0 || end / start - 1 < m_o.creepGrowth)
                continue;
            const double tau = kendallTau(weekly);
            if (tau < m_o.creepTau)
                continue;
            // The onset: the first day after which the daily mean stays above the start (a week of slack).
            int onset = m_in.first;
            Int128 extra = 0;
            int firstDay = -1, lastDay = -1;
            for (int d = m_in.first; d < m_in.days; ++d) {
                const DayAgg& a = s[static_cast<std::size_t>(d)];
                if (a.requests == 0)
                    continue;
                if (firstDay < 0)
                    firstDay = d;
                lastDay = d;
                const double avg = double(a.input) / double(a.requests);
                if (avg > start)
                    extra += static_cast<Int128>(double(a.cost) * (avg - start) / avg);
            }
            if (firstDay < 0)
                continue;
            onset = firstDay;
            const Nano atStake = static_cast<Nano>(std::min<Int128>(extra, INT64_MAX));
            if (atStake < m_min)
                continue;
            Finding fd;
            fd.detector = LeakDetector::ContextCreep;
            fd.scope = { { "prompt", name(prompt) } };
            fd.from = dayStart(onset);
            fd.to = dayStart(lastDay + 1);
            fd.usdAtStake = atStake;
            fd.severity = bySpend(atStake);
            if (end / start - 1 >= 0.5 && fd.severity < Severity::Medium)
                fd.severity = Severity::Medium;
            char buf[160];
            std::snprintf(buf, sizeof buf,
                "input tokens per request %.0f -> %.0f (%s) over %zu weeks, rising week over week (tau %.2f)", start,
                end, signedPct(end / start - 1).c_str(), weekly.size(), tau);
            fd.evidence = std::string(buf) + "; the extra input cost about " + usd(atStake);
            add(std::move(fd));
        }
    }

    void modelChange()
    {
        // prompt -> model -> daily measures.
        std::map<std::int64_t, std::map<std::int64_t, Series>> byPrompt;
        for (const DailyRow& r : m_in.rows) {
            if (r.prompt == 0)
                continue;
            auto& s = byPrompt[r.prompt][r.model];
            if (s.empty())
                s.resize(static_cast<std::size_t>(m_in.days));
            s[static_cast<std::size_t>(r.day)].add(r.m);
        }
        const int w = 7;
        for (const auto& [prompt, models] : byPrompt) {
            std::vector<std::int64_t> total(static_cast<std::size_t>(m_in.days));
            for (const auto& [m, s] : models)
                for (int d = 0; d < m_in.days; ++d)
                    total[static_cast<std::size_t>(d)] += s[static_cast<std::size_t>(d)].requests;
            auto sum = [&](const Series& s, int a, int b, auto field) {
                std::int64_t v = 0;
                for (int d = std::max(0, a); d < std::min(b, m_in.days); ++d)
                    v += field(s[static_cast<std::size_t>(d)]);
                return v;
            };
            auto reqs = [](const DayAgg& a) {
                return a.requests;
            };
            auto costs = [](const DayAgg& a) {
                return a.cost;
            };
            auto totalOf = [&](int a, int b) {
                std::int64_t v = 0;
                for (int d = std::max(0, a); d < std::min(b, m_in.days); ++d)
                    v += total[static_cast<std::size_t>(d)];
                return v;
            };
            int lastFound = -1000;
            for (int c = std::max(w, m_in.first); c + 3 <= m_in.days; ++c) {
                if (c - lastFound < 2 * w)
                    continue;
                const std::int64_t preTotal = totalOf(c - w, c), postTotal = totalOf(c, c + w);
                if (preTotal < 20 || postTotal < 20)
                    continue;
                // The model that gained most and the one that lost most.
                std::int64_t gained = 0, lost = 0;
                double gain = 0, loss = 0;
                for (const auto& [m, s] : models) {
                    const double pre = double(sum(s, c - w, c, reqs)) / double(preTotal);
                    const double post = double(sum(s, c, c + w, reqs)) / double(postTotal);
                    if (pre <= m_o.changeBefore && post >= m_o.changeAfter && post - pre > gain) {
                        gain = post - pre;
                        gained = m;
                    }
                    if (pre - post > loss) {
                        loss = pre - post;
                        lost = m;
                    }
                }
                if (!gained || !lost || loss < 0.8 * m_o.changeAfter)
                    continue;
                // The change holds: on most days after it the new model serves and the old one serves less, and
                // the day before it the new model did not (so the onset is the first day, not a later one).
                const Series& ns = models.at(gained);
                const Series& os = models.at(lost);
                const double preOld = double(sum(os, c - w, c, reqs)) / double(preTotal);
                int days = 0, holds = 0;
                for (int d = c; d < std::min(c + w, m_in.days); ++d) {
                    const auto t = total[static_cast<std::size_t>(d)];
                    if (t == 0)
                        continue;
                    ++days;
                    const double n = double(ns[static_cast<std::size_t>(d)].requests) / double(t);
                    const double o = double(os[static_cast<std::size_t>(d)].requests) / double(t);
                    holds += n >= 0.5 * m_o.changeAfter && o <= preOld - 0.5 * loss;
                }
                if (days == 0 || holds * 10 < days * 8)
                    continue;
                if (ns[static_cast<std::size_t>(c)].requests == 0)
                    continue;
                lastFound = c;
                const int after = std::min(m_in.days, c + 14);
                const std::int64_t oldReq = sum(os, c - 14, c, reqs), newReq = sum(ns, c, after, reqs);
                const Nano oldCost = sum(os, c - 14, c, costs), newCost = sum(ns, c, after, costs);
                const std::int64_t servedSince = sum(ns, c, m_in.days, reqs);
                Finding fd;
                fd.detector = LeakDetector::ModelChange;
                fd.scope = { { "prompt", name(prompt) }, { "model", name(gained) } };
                fd.from = dayStart(c);
                int lastDay = c;
                for (int d = c; d < m_in.days; ++d)
                    if (ns[static_cast<std::size_t>(d)].requests)
                        lastDay = d;
                fd.to = dayStart(lastDay + 1);
                std::string text
                    = name(lost) + " -> " + name(gained) + " for " + pct(gain) + " of the prompt's requests";
                if (oldReq > 0 && newReq > 0 && oldCost > 0) {
                    const double before = double(oldCost) / double(oldReq), afterCpr = double(newCost) / double(newReq);
                    const double jump = afterCpr / before - 1;
                    text += "; cost per request " + usd(saturatingNano(before)) + " -> " + usd(saturatingNano(afterCpr))
                        + " (" + signedPct(jump) + ")";
                    if (jump > m_o.changeJump) {
                        fd.usdAtStake = saturatingNano((afterCpr - before) * double(servedSince));
                        fd.severity = bySpend(fd.usdAtStake);
                        if (jump >= 0.5 && fd.severity < Severity::Medium)
                            fd.severity = Severity::Medium;
                        text += ", about " + usd(fd.usdAtStake) + " more since the change";
                    } else {
                        fd.severity = Severity::Info;
                        text += jump < -m_o.changeJump ? ", cheaper" : ", about the same";
                    }
                } else {
                    fd.severity = Severity::Info;
                    text += "; no priced requests to compare cost per request";
                }
                if (fd.severity != Severity::Info && fd.usdAtStake < m_min)
                    fd.severity = Severity::Low;
                fd.evidence = text;
                add(std::move(fd));
            }
        }
    }

    void cacheChange()
    {
        const int w = 7;
        for (const auto& [prompt, s] : series([](const DailyRow& r) { return r.prompt; })) {
            auto window = [&](int a, int b) {
                DayAgg t;
                for (int d = std::max(0, a); d < std::min(b, m_in.days); ++d)
                    t.add(s[static_cast<std::size_t>(d)]);
                return t;
            };
            auto rate = [](const DayAgg& a) {
                return a.input ? double(a.cached) / double(a.input) : 0.0;
            };
            struct Candidate
            {
                int day;
                double pre, post;
            };
            std::vector<Candidate> cands;
            for (int c = std::max(w, m_in.first); c + 3 <= m_in.days; ++c) {
                const DayAgg pre = window(c - w, c), post = window(c, c + w);
                if (s[static_cast<std::size_t>(c)].input == 0 || pre.requests < 20 || post.requests < 10)
                    continue;
                const double a = rate(pre), b = rate(post);
                const bool drop = a >= m_o.cacheMinRate && b <= m_o.cacheDropRatio * a;
                const bool rise = b - a >= m_o.cacheRise && b >= 2 * a;
                if (!drop && !rise)
                    continue;
                // The change holds on most days on either side of it.
                const double mid = (a + b) / 2;
                int days = 0, holds = 0;
                for (int d = c - w; d < std::min(c + w, m_in.days); ++d) {
                    const DayAgg& x = s[static_cast<std::size_t>(d)];
                    if (x.input == 0)
                        continue;
                    ++days;
                    const bool high = rate(x) > mid;
                    holds += (d < c) == (drop ? high : !high);
                }
                if (days == 0 || holds * 10 < days * 8)
                    continue;
                cands.push_back({ c, a, b });
            }
            // The sharpest change of each stretch of candidate days.
            std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
                const double dx = std::abs(x.post - x.pre), dy = std::abs(y.post - y.pre);
                return dx != dy ? dx > dy : x.day < y.day;
            });
            std::vector<int> taken;
            for (const Candidate& c : cands) {
                if (std::any_of(taken.begin(), taken.end(), [&](int t) { return std::abs(t - c.day) < 2 * w; }))
                    continue;
                taken.push_back(c.day);
                const DayAgg pre = window(c.day - w, c.day), since = window(c.day, m_in.days);
                const bool drop = c.post < c.pre;
                Finding fd;
                fd.detector = LeakDetector::CacheDrop;
                fd.scope = { { "prompt", name(prompt) } };
                fd.from = dayStart(c.day);
                fd.to = dayStart(m_in.days);
                const double savedBefore = pre.requests ? double(pre.savings) / double(pre.requests) : 0;
                const double savedAfter = since.requests ? double(since.savings) / double(since.requests) : 0;
                if (drop) {
                    fd.usdAtStake = saturatingNano(std::max(0.0, savedBefore - savedAfter) * double(since.requests));
                    fd.severity = fd.usdAtStake >= m_min ? bySpend(fd.usdAtStake) : Severity::Low;
                    fd.evidence = "prompt cache hit rate (cached share of input tokens) fell " + pct(c.pre) + " -> "
                        + pct(c.post) + "; about " + usd(fd.usdAtStake) + " of savings lost since";
                } else {
                    fd.severity = Severity::Info;
                    fd.evidence = "prompt cache hit rate rose " + pct(c.pre) + " -> " + pct(c.post)
                        + " (a caching rollout); saving about "
                        + usd(saturatingNano(std::max(0.0, savedAfter - savedBefore) * double(since.requests)))
                        + " since";
                }
                add(std::move(fd));
            }
        }
    }

    void errorSpike()
    {
        const int hist = m_o.spendHistoryDays;
        for (const auto& [tenant, s] : series([](const DailyRow& r) { return r.tenant; })) {
            int runStart = -1;
            double runExcess = 0;
            std::int64_t runErrors = 0, runRequests = 0;
            double runBaseRate = 0;
            auto close = [&](int end) {
                if (runStart < 0)
                    return;
                const Nano excess = saturatingNano(runExcess);
                if (excess >= m_min) {
                    Finding fd;
                    fd.detector = LeakDetector::ErrorSpike;
                    fd.scope = { { "tenant", name(tenant) } };
                    fd.from = dayStart(runStart);
                    fd.to = dayStart(end);
                    fd.usdAtStake = excess;
                    fd.severity = bySpend(excess);
                    fd.evidence = std::to_string(runErrors) + " failed requests of " + std::to_string(runRequests)
                        + " (" + pct(double(runErrors) / double(std::max<std::int64_t>(1, runRequests)))
                        + " against a usual " + pct(runBaseRate) + "), billed " + usd(excess) + " above usual";
                    add(std::move(fd));
                }
                runStart = -1;
                runExcess = 0;
                runErrors = runRequests = 0;
            };
            for (int d = std::max(m_in.first, hist); d < m_in.days; ++d) {
                DayAgg h;
                for (int k = d - hist; k < d; ++k)
                    h.add(s[static_cast<std::size_t>(k)]);
                const DayAgg& x = s[static_cast<std::size_t>(d)];
                bool spike = false;
                double expected = 0;
                if (h.requests >= 50 && x.requests > 0) {
                    const double baseRate = double(h.errors) / double(h.requests);
                    const double r = double(x.errors) / double(x.requests);
                    const double perRequest = double(h.errorCost) / double(h.requests);
                    expected = perRequest * double(x.requests);
                    spike = x.errors >= m_o.errorMinRequests && r >= m_o.errorMultiple * baseRate
                        && r >= baseRate + m_o.errorMinRise && double(x.errorCost) > expected;
                    if (spike && runStart < 0)
                        runBaseRate = baseRate;
                }
                if (spike) {
                    if (runStart < 0)
                        runStart = d;
                    runExcess += double(x.errorCost) - expected;
                    runErrors += x.errors;
                    runRequests += x.requests;
                } else {
                    close(d);
                }
            }
            close(m_in.days);
        }
    }

    void retryStorm()
    {
        // Hours per tenant, in order; the tenant's usual hour is its 90th percentile over the range.
        std::map<std::int64_t, std::vector<std::pair<Epoch, const HourAgg*>>> byTenant;
        for (const auto& [k, h] : m_in.hours)
            byTenant[k.first].emplace_back(k.second, &h);
        for (auto& [tenant, hours] : byTenant)
            std::sort(hours.begin(), hours.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        const Epoch rangeHours = std::max<Epoch>(1, (m_o.to - m_o.from) / 3600);
        for (const auto& [tenant, hours] : byTenant) {
            std::vector<double> counts, costs;
            for (const auto& [t, h] : hours) {
                counts.push_back(double(h->requests));
                costs.push_back(double(h->cost));
            }
            // Hours without traffic count as zero.
            counts.resize(static_cast<std::size_t>(std::max<Epoch>(rangeHours, Epoch(counts.size()))), 0.0);
            costs.resize(counts.size(), 0.0);
            const double usual = std::max(1.0, percentile(counts, 0.9));
            const double usualCost = median(costs);
            std::size_t i = 0;
            while (i < hours.size()) {
                auto storm = [&](const HourAgg& h) {
                    return h.retryable >= m_o.stormMinRetryable
                        && double(h.retryable) >= m_o.stormRetryableShare * double(h.requests)
                        && double(h.requests) >= m_o.stormRateMultiple * usual;
                };
                if (!storm(*hours[i].second)) {
                    ++i;
                    continue;
                }
                std::size_t j = i;
                HourAgg sum;
                while (j < hours.size() && storm(*hours[j].second)
                    && (j == i || hours[j].first - hours[j - 1].first <= 2 * 3600)) {
                    const HourAgg& h = *hours[j].second;
                    sum.requests += h.requests;
                    sum.retryable += h.retryable;
                    sum.cost += h.cost;
                    sum.errorCost += h.errorCost;
                    for (const auto& [p, n] : h.prompts)
                        sum.prompts[p] += n;
                    ++j;
                }
                const Epoch from = hours[i].first, to = hours[j - 1].first + 3600;
                const double n = double((to - from) / 3600);
                const Nano atStake = std::max(sum.errorCost, saturatingNano(double(sum.cost) - usualCost * n));
                i = j;
                if (atStake < m_min)
                    continue;
                Finding fd;
                fd.detector = LeakDetector::RetryStorm;
                fd.scope = { { "tenant", name(tenant) } };
                for (const auto& [p, cnt] : sum.prompts)
                    if (p != 0 && cnt * 10 >= sum.requests * 8)
                        fd.scope.emplace_back("prompt", name(p));
                fd.from = from;
                fd.to = to;
                fd.usdAtStake = atStake;
                fd.severity = bySpend(atStake);
                fd.evidence = std::to_string(sum.requests) + " requests in " + std::to_string(Epoch(n)) + " hour(s), "
                    + std::to_string(sum.retryable) + " of them 429/5xx (usual busy hour: "
                    + std::to_string(std::llround(usual)) + " requests); failed requests billed " + usd(sum.errorCost);
                add(std::move(fd));
            }
        }
    }

    void agentLoop()
    {
        std::map<std::int64_t, std::vector<const std::pair<const std::int64_t, TraceAgg>*>> byPrompt;
        for (const auto& t : m_in.traces)
            byPrompt[t.second.prompt].push_back(&t);
        for (auto& [prompt, traces] : byPrompt) {
            if (traces.size() < 20)
                continue;
            std::vector<double> counts, costs;
            for (const auto* t : traces) {
                counts.push_back(double(t->second.requests));
                costs.push_back(double(t->second.cost));
            }
            const double p95 = percentile(counts, 0.95);
            const double medCost = median(costs);
            const double minRequests = std::max(double(m_o.loopMinRequests), m_o.loopMultiple * p95);
            // Looping traces, grouped per UTC day of their first request.
            std::map<Epoch, std::vector<const TraceAgg*>> loops;
            std::map<Epoch, std::int64_t> topTrace;
            for (const auto* t : traces) {
                const TraceAgg& a = t->second;
                // By length, or by cost when it is also longer than usual (one long request is not a loop).
                const bool loop = double(a.requests) >= minRequests
                    || (double(a.requests) >= std::max(3.0, 2 * p95) && medCost > 0
                        && double(a.cost) >= m_o.loopCostMultiple * medCost);
                if (!loop)
                    continue;
                auto& v = loops[floorDay(a.first)];
                if (v.empty() || a.cost > v.front()->cost) {
                    v.insert(v.begin(), &a);
                    topTrace[floorDay(a.first)] = t->first;
                } else {
                    v.push_back(&a);
                }
            }
            for (const auto& [day, v] : loops) {
                Int128 excess = 0;
                std::int64_t requests = 0;
                Epoch from = v.front()->first, to = v.front()->last;
                std::int64_t tenant = v.front()->tenant;
                for (const TraceAgg* a : v) {
                    excess += std::max<Int128>(0, Int128(a->cost) - Int128(std::llround(medCost)));
                    requests += a->requests;
                    from = std::min(from, a->first);
                    to = std::max(to, a->last);
                    if (a->tenant != tenant)
                        tenant = 0;
                }
                const Nano atStake = static_cast<Nano>(std::min<Int128>(excess, INT64_MAX));
                if (atStake < m_min)
                    continue;
                Finding fd;
                fd.detector = LeakDetector::AgentLoop;
                if (tenant)
                    fd.scope.emplace_back("tenant", name(tenant));
                if (prompt)
                    fd.scope.emplace_back("prompt", name(prompt));
                fd.from = from;
                fd.to = to + 1;
                fd.usdAtStake = atStake;
                fd.severity = bySpend(atStake);
                char buf[64];
                std::snprintf(buf, sizeof buf, "%.0f", double(requests) / double(v.size()));
                fd.evidence = std::to_string(v.size()) + " trace(s) averaging " + buf
                    + " requests (this prompt's 95th percentile: " + std::to_string(std::llround(p95))
                    + "); longest trace " + name(topTrace[day]) + ", " + usd(atStake) + " above a usual trace's cost";
                const std::size_t index = m_out.size();
                if (add(std::move(fd)))
                    m_loopTraces[index] = topTrace[day];
            }
        }
    }

    void unpricedModel()
    {
        Nano cost = 0;
        std::int64_t tokens = 0;
        for (const DailyRow& r : m_in.rows)
            if (r.day >= m_in.first) {
                cost += r.m.cost;
                tokens += r.m.tokens;
            }
        for (const auto& [model, s] : series([](const DailyRow& r) { return r.model; })) {
            DayAgg t;
            int firstDay = -1, lastDay = -1;
            for (int d = m_in.first; d < m_in.days; ++d) {
                const DayAgg& x = s[static_cast<std::size_t>(d)];
                if (x.unpricedRequests == 0)
                    continue;
                if (firstDay < 0)
                    firstDay = d;
                lastDay = d;
                t.add(x);
            }
            if (firstDay < 0)
                continue;
            Finding fd;
            fd.detector = LeakDetector::UnpricedModel;
            fd.scope = { { "model", name(model) } };
            fd.from = dayStart(firstDay);
            fd.to = dayStart(lastDay + 1);
            fd.usdAtStake = tokens > 0
                ? static_cast<Nano>(std::min<Int128>(Int128(cost) * t.unpricedTokens / tokens, INT64_MAX))
                : 0;
            fd.severity = std::max(Severity::Low, bySpend(fd.usdAtStake));
            fd.evidence = std::to_string(t.unpricedRequests) + " requests, " + std::to_string(t.unpricedTokens)
                + " tokens without a price (counted as unpriced, not free); about " + usd(fd.usdAtStake)
                + " at the range's average rate per token. Add a price with 'prices set' or 'prices import'";
            add(std::move(fd));
        }
    }

public:
    // The trace whose requests are an agent_loop finding's samples (by index in the output).
    std::map<std::size_t, std::int64_t> m_loopTraces;

private:
    Database& m_db;
    const LeakOptions& m_o;
    Input& m_in;
    Nano m_daily = 0;
    Nano m_min = 0;
    std::unordered_map<std::int64_t, std::string> m_names;
    std::vector<Finding> m_out;
};

Result<void> readDaily(Database& db, const LeakOptions& o, Input& in)
{
    Statement st = db.prepare(
        "SELECT bucket, model, tenant, prompt_id, sum(requests), sum(input), sum(cached), sum(error_requests), "
        "sum(unpriced_requests), sum(unpriced_tokens), sum(cost), sum(error_cost), sum(cache_savings), "
        "sum(CASE WHEN unpriced_requests = 0 THEN input + output ELSE 0 END) FROM rollup_daily "
        "WHERE lens = ?1 AND bucket >= ?2 AND bucket < ?3 GROUP BY bucket, model, tenant, prompt_id");
    st.bind(1, static_cast<int>(Lens::Attribution)).bind(2, in.base).bind(3, o.to);
    while (st.step()) {
        DailyRow r;
        r.day = static_cast<int>((st.int64(0) - in.base) / kSecondsPerDay);
        if (r.day < 0 || r.day >= in.days)
            continue;
        r.model = st.int64(1);
        r.tenant = st.int64(2);
        r.prompt = st.int64(3);
        r.m.requests = st.int64(4);
        r.m.input = st.int64(5);
        r.m.cached = st.int64(6);
        r.m.errors = st.int64(7);
        r.m.unpricedRequests = st.int64(8);
        r.m.unpricedTokens = st.int64(9);
        r.m.cost = st.int64(10);
        r.m.errorCost = st.int64(11);
        r.m.savings = st.int64(12);
        r.m.tokens = st.int64(13);
        if (r.day >= in.first) {
            in.rangeSpend += r.m.cost;
            in.rangeTokens += r.m.tokens;
        }
        in.rows.push_back(r);
    }
    if (!st.lastError().empty())
        return makeError(ErrorCode::Database, st.lastError());
    return {};
}

// One pass over the range's requests: traces and retryable errors per tenant hour.
Result<void> readRequests(Database& db, const LeakOptions& o, Input& in)
{
    Statement st = db.prepare("SELECT ts, tenant, prompt_id, trace_id, status, coalesce(cost, 0) FROM events "
                              "WHERE id >= ?1 AND id < ?2 AND ts >= ?3 AND ts < ?4");
    st.bind(1, UsageWriter::dayKeyStart(o.from)).bind(2, UsageWriter::dayKeyEnd(o.to - 1));
    st.bind(3, o.from).bind(4, o.to);
    // Hours are gathered per tenant only while they might be storms: all of them, but the prompt mix of an hour
    // is kept only once it has retryable errors (it is only read for storm hours).
    while (st.step()) {
        ++in.events;
        const Epoch ts = st.int64(0);
        const std::int64_t tenant = st.int64(1), prompt = st.int64(2), trace = st.int64(3);
        const int status = static_cast<int>(st.int64(4));
        const Nano cost = st.int64(5);
        if (trace != 0) {
            TraceAgg& t = in.traces[trace];
            if (t.requests == 0) {
                t.first = t.last = ts;
                t.prompt = prompt;
                t.tenant = tenant;
            }
            ++t.requests;
            t.cost += cost;
            t.first = std::min(t.first, ts);
            t.last = std::max(t.last, ts);
        }
        HourAgg& h = in.hours[{ tenant, floorHour(ts) }];
        ++h.requests;
        h.cost += cost;
        if (status >= 400)
            h.errorCost += cost;
        if (status == 429 || status >= 500) {
            ++h.retryable;
            ++h.prompts[prompt];
        }
    }
    if (!st.lastError().empty())
        return makeError(ErrorCode::Database, st.lastError());
    return {};
}

// Up to `limit` request ids inside the finding's range (its last day for a long one) and scope, costliest first.
Result<std::vector<std::string>> sampleRequests(
    Database& db, const Finding& f, std::int64_t trace, int limit, bool failedOnly)
{
    const Epoch from = std::max(f.from, f.to - kSecondsPerDay), to = f.to;
    std::string sql = "SELECT e.ext_id FROM events e WHERE e.id >= ?1 AND e.id < ?2 AND e.ts >= ?3 AND e.ts < ?4";
    std::vector<std::int64_t> ids;
    if (trace) {
        sql += " AND e.trace_id = ?5";
        ids.push_back(trace);
    } else {
        for (const auto& [dim, value] : f.scope) {
            auto d = dimFromName(dim);
            if (!d)
                continue;
            auto id = db.findDim(*d, value);
            if (!id)
                return std::vector<std::string> {};
            const char* column = dimColumn(*d, FactTable::Events);
            if (!*column)
                continue;
            sql += std::string(" AND e.") + column + " = ?" + std::to_string(5 + ids.size());
            ids.push_back(*id);
        }
    }
    if (failedOnly)
        sql += " AND e.status >= 400";
    sql += " ORDER BY coalesce(e.cost, 0) DESC, e.ts LIMIT " + std::to_string(limit);
    Statement st = db.prepare(sql);
    st.bind(1, UsageWriter::dayKeyStart(from)).bind(2, UsageWriter::dayKeyEnd(to - 1)).bind(3, from).bind(4, to);
    for (std::size_t i = 0; i < ids.size(); ++i)
        st.bind(static_cast<int>(5 + i), ids[i]);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    if (!st.lastError().empty())
        return makeError(ErrorCode::Database, st.lastError());
    return out;
}

} // namespace

Result<LeakReport> detectLeaks(Database& db, const LeakOptions& o)
{
    if (o.to <= o.from)
        return makeError(ErrorCode::Invalid, "the range is empty");
    Input in;
    const Epoch first = floorDay(o.from);
    in.base = first - Epoch(std::max(0, o.lookbackDays)) * kSecondsPerDay;
    in.first = std::max(0, o.lookbackDays);
    in.days = static_cast<int>((floorDay(o.to - 1) - in.base) / kSecondsPerDay) + 1;
    if (auto r = readDaily(db, o, in); !r)
        return r.error();
    if (auto r = readRequests(db, o, in); !r)
        return r.error();
    Detectors detectors(db, o, in);
    LeakReport report;
    report.findings = detectors.run();
    report.eventsScanned = in.events;
    report.averageDailySpend = detectors.averageDaily();
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        Finding& f = report.findings[i];
        auto trace = detectors.m_loopTraces.find(i);
        const bool failed = f.detector == LeakDetector::RetryStorm || f.detector == LeakDetector::ErrorSpike;
        const bool unpriced = f.detector == LeakDetector::UnpricedModel;
        auto s = sampleRequests(db, f, trace == detectors.m_loopTraces.end() ? 0 : trace->second,
            std::max(0, o.samples), failed && !unpriced);
        if (!s)
            return s.error();
        f.samples = std::move(*s);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.usdAtStake != b.usdAtStake)
            return a.usdAtStake > b.usdAtStake;
        if (a.detector != b.detector)
            return a.detector < b.detector;
        return a.key() < b.key();
    });
    return report;
}

} // namespace burnrate
