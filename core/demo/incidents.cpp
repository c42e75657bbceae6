#include "demo/incidents.h"

#include "demo/rng.h"
#include "model/usage.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace burnrate {

namespace {

using Rng = DemoRng; // core/demo/rng.h

struct Model
{
    const char* provider;
    const char* name;
};
constexpr Model kMini { "openai", "gpt-4o-mini" };
constexpr Model kGpt4o { "openai", "gpt-4o" };
constexpr Model kHaiku { "anthropic", "claude-haiku-4-5" };
constexpr Model kSonnet { "anthropic", "claude-sonnet-4-5" };
constexpr Model kFlash { "google", "gemini-2.5-flash" };

struct Prompt
{
    std::string id;
    Model primary, secondary;
    double secondaryShare;
    double inputMedian, outputMedian, weight;
    bool cacheable, traced;
    // Planted: context creep from `creepFrom` (x1.8 by the end); a switch to `switchTo` on `switchDay`; the cache
    // falling on `cacheDropDay` (-1: none).
    int creepFrom = -1, switchDay = -1, cacheDropDay = -1;
    Model switchTo {};
};

constexpr int kIncidentTenants = 10;

std::string tenantName(int i)
{
    return "tenant-" + std::to_string(i);
}

} // namespace

bool findingMatches(const Finding& f, const PlantedIncident& inc, bool sameKind)
{
    if (sameKind && f.detector != inc.kind)
        return false;
    // A finding about a different slice on the same days is not explained by the incident.
    if (f.to + kSecondsPerDay <= inc.from || inc.to + kSecondsPerDay <= f.from)
        return false;
    int shared = 0;
    for (const auto& [k, v] : f.scope)
        for (const auto& [ik, iv] : inc.scope)
            if (k == ik) {
                if (v != iv)
                    return false;
                ++shared;
            }
    return shared > 0;
}

Result<IncidentSet> generateIncidents(Database& db, const PriceBook& prices, const IncidentOptions& o)
{
    if (o.days < 42 || o.perKind < 1 || o.perKind > 4)
        return makeError(
            ErrorCode::Invalid, "the incident generator needs at least 42 days and 1-4 incidents per kind");
    Rng rng(o.seed);
    const Epoch end = floorDay(o.end);
    const Epoch first = end - Epoch(o.days) * kSecondsPerDay;
    IncidentSet set;
    set.from = first;
    set.to = end;
    const int n = o.perKind;
    auto day = [&](int d) {
        return first + Epoch(d) * kSecondsPerDay;
    };
    auto spread = [&](int i, int lo, int hi) {
        return lo + (hi - lo) * i / std::max(1, n - 1);
    };

    // Twenty prompts: the first 4n carry the prompt-level incidents, n of each kind; the rest stay clean.
    std::vector<Prompt> prompts;
    const Model pool[][2]
        = { { kMini, kFlash }, { kHaiku, kMini }, { kSonnet, kHaiku }, { kFlash, kMini }, { kGpt4o, kMini } };
    for (int i = 0; i < 20; ++i) {
        Prompt p;
        p.id = "prompt-" + std::to_string(i);
        p.primary = pool[i % 5][0];
        p.secondary = pool[i % 5][1];
        p.secondaryShare = (i % 3 == 0) ? 0.0 : 0.3 + 0.1 * (i % 2);
        p.inputMedian = 800 + 400 * ((i * 7) % 11);
        p.outputMedian = 120 + 40 * ((i * 3) % 7);
        p.weight = 0.6 + 0.8 * rng.uniform();
        p.cacheable = i % 2 == 0;
        p.traced = i % 4 == 1;
        prompts.push_back(p);
    }
    for (int i = 0; i < n; ++i) {
        Prompt& creep = prompts[static_cast<std::size_t>(i)];
        creep.creepFrom = spread(i, 7, 28);
        set.incidents.push_back({ LeakDetector::ContextCreep, { { "prompt", creep.id } }, day(creep.creepFrom), end });
        Prompt& sw = prompts[static_cast<std::size_t>(n + i)];
        sw.secondaryShare = 0;
        sw.primary = i % 2 ? kHaiku : kMini;
        sw.switchTo = i % 2 ? kSonnet : kGpt4o;
        sw.switchDay = spread(i, 24, o.days - 14);
        set.incidents.push_back({ LeakDetector::ModelChange, { { "prompt", sw.id }, { "model", sw.switchTo.name } },
            day(sw.switchDay), end });
        Prompt& cd = prompts[static_cast<std::size_t>(2 * n + i)];
        cd.cacheable = true;
        cd.cacheDropDay = spread(i, 22, o.days - 12);
        set.incidents.push_back({ LeakDetector::CacheDrop, { { "prompt", cd.id } }, day(cd.cacheDropDay), end });
        prompts[static_cast<std::size_t>(3 * n + i)].traced = true;
    }
    std::vector<double> promptWeights, tenantWeights;
    for (const auto& p : prompts)
        promptWeights.push_back(p.weight);
    for (int t = 0; t < kIncidentTenants; ++t)
        tenantWeights.push_back(1.0 / std::pow(double(t + 1), 0.8));

    // Tenant-level incidents: kind k, instance i on tenant (k * n + i) % 10 and its own day.
    struct TenantIncident
    {
        LeakDetector kind;
        int tenant, day, days;
    };
    std::vector<TenantIncident> tenantIncidents;
    const LeakDetector tenantKinds[] = { LeakDetector::RetryStorm, LeakDetector::ErrorSpike, LeakDetector::SpendAnomaly,
        LeakDetector::UnpricedModel };
    for (int k = 0; k < 4; ++k)
        for (int i = 0; i < n; ++i) {
            const int t = (k * n + i + k) % kIncidentTenants;
            const int d = spread(i, 22, o.days - 6) + k;
            const int len = tenantKinds[k] == LeakDetector::ErrorSpike ? 2
                : tenantKinds[k] == LeakDetector::UnpricedModel        ? 5
                                                                       : 1;
            tenantIncidents.push_back({ tenantKinds[k], t, d, len });
        }
    auto tenantIncident = [&](LeakDetector kind, int tenant, int d) -> const TenantIncident* {
        for (const auto& ti : tenantIncidents)
            if (ti.kind == kind && ti.tenant == tenant && d >= ti.day && d < ti.day + ti.days)
                return &ti;
        return nullptr;
    };
    // Agent loops: prompt 3n+i on its own day, four traces of 60-100 requests.
    std::vector<int> loopDays;
    for (int i = 0; i < n; ++i)
        loopDays.push_back(spread(i, 22, o.days - 6) + 5); // after the tenant incidents of the same slot

    auto src = db.ensureSource("incidents", "file");
    if (!src)
        return src.error();
    UsageWriter w(db, prices, *src, 50000);
    std::int64_t seq = 0;
    UsageEvent e;
    auto emit = [&]() -> Result<void> {
        e.id = "inc-" + std::to_string(seq++);
        ++set.events;
        return w.add(e);
    };
    // One regular request of prompt p, tenant t at ts.
    auto regular = [&](const Prompt& p, int t, int d, Epoch ts) {
        e = UsageEvent {};
        e.ts = ts;
        Model m = rng.chance(p.secondaryShare) ? p.secondary : p.primary;
        if (p.switchDay >= 0 && d >= p.switchDay)
            m = p.switchTo;
        e.dims.provider = m.provider;
        e.dims.model = m.name;
        e.dims.tenant = tenantName(t);
        e.dims.team = "team-" + std::to_string(t % 3);
        e.dims.promptId = p.id;
        e.dims.env = "prod";
        double factor = 1.0;
        if (p.creepFrom >= 0 && d >= p.creepFrom)
            factor += 0.8 * double(d - p.creepFrom) / double(std::max(1, o.days - 1 - p.creepFrom));
        e.tokens.input = rng.around(p.inputMedian * factor, 0.5);
        e.tokens.output = rng.around(p.outputMedian, 0.6);
        if (p.cacheable) {
            const double rate
                = (p.cacheDropDay >= 0 && d >= p.cacheDropDay) ? 0.03 * rng.uniform() : 0.45 + 0.25 * rng.uniform();
            e.tokens.cachedInput = static_cast<std::int64_t>(double(e.tokens.input) * rate);
        }
        const double r = rng.uniform();
        e.status = r < 0.006 ? 500 : r < 0.012 ? 429 : r < 0.016 ? 400 : 200;
        if (tenantIncident(LeakDetector::ErrorSpike, t, d) && rng.chance(0.45))
            e.status = rng.chance(0.5) ? 500 : 400;
        if (tenantIncident(LeakDetector::UnpricedModel, t, d) && rng.chance(0.4)) {
            const auto* ti = tenantIncident(LeakDetector::UnpricedModel, t, d);
            e.dims.provider = "selfhosted";
            e.dims.model = "private-llm-" + std::to_string(ti->tenant);
        }
        if (e.status >= 400)
            e.tokens.output = 0;
        e.latencyMs = 300 + e.tokens.output * 10;
    };

    for (int d = 0; d < o.days; ++d) {
        const Epoch d0 = day(d);
        const int wd = static_cast<int>(((d0 / kSecondsPerDay) + 3) % 7);
        const double weight = (wd >= 5 ? 0.45 : 1.0) * (1.0 + 0.3 * d / o.days) * (0.92 + 0.16 * rng.uniform());
        const auto count = static_cast<std::int64_t>(double(o.eventsPerDay) * weight);
        auto hourTs = [&]() {
            const double h = rng.chance(0.75) ? 13 + 8 * rng.uniform() : 24 * rng.uniform();
            return d0 + static_cast<Epoch>(h * 3600) % kSecondsPerDay;
        };
        std::int64_t made = 0;
        while (made < count) {
            const Prompt& p = prompts[rng.weighted(promptWeights)];
            const int t = static_cast<int>(rng.weighted(tenantWeights));
            const Epoch ts = hourTs();
            const std::int64_t len = p.traced ? rng.range(1, 5) : 1;
            const std::string trace = p.traced ? "trace-" + std::to_string(seq) : std::string();
            for (std::int64_t k = 0; k < len; ++k, ++made) {
                regular(p, t, d, std::min(ts + k * rng.range(2, 40), d0 + kSecondsPerDay - 1));
                e.dims.traceId = trace;
                if (auto r = emit(); !r)
                    return r.error();
            }
        }
        for (const auto& ti : tenantIncidents) {
            if (d != ti.day)
                continue;
            if (ti.kind == LeakDetector::SpendAnomaly) {
                // A tenant's day at 3.5x its usual volume (a runaway batch job through the regular prompts).
                const auto extra
                    = static_cast<std::int64_t>(2.5 * double(count) * tenantWeights[std::size_t(ti.tenant)] / [&] {
                          double s = 0;
                          for (double x : tenantWeights)
                              s += x;
                          return s;
                      }());
                for (std::int64_t k = 0; k < extra; ++k) {
                    const Prompt& p = prompts[4 * n + static_cast<std::size_t>(rng.range(0, 19 - 4 * n))];
                    regular(p, ti.tenant, d, hourTs());
                    if (auto r = emit(); !r)
                        return r.error();
                }
                set.incidents.push_back({ ti.kind, { { "tenant", tenantName(ti.tenant) } }, d0, d0 + kSecondsPerDay });
            } else if (ti.kind == LeakDetector::RetryStorm) {
                // Three hours of a client retrying on 429/500 without backoff: 400 requests an hour.
                const Prompt& p = prompts.back();
                const Epoch start = d0 + 15 * 3600;
                for (int k = 0; k < 1200; ++k) {
                    regular(p, ti.tenant, d, start + k * 9);
                    e.dims.traceId = "storm-" + std::to_string(ti.tenant) + "-" + std::to_string(k / 30);
                    e.status = rng.chance(0.7) ? (rng.chance(0.6) ? 429 : 500) : 200;
                    if (e.status >= 400)
                        e.tokens.output = 0;
                    if (auto r = emit(); !r)
                        return r.error();
                }
                set.incidents.push_back(
                    { ti.kind, { { "tenant", tenantName(ti.tenant) }, { "prompt", p.id } }, start, start + 3 * 3600 });
            } else {
                set.incidents.push_back({ ti.kind,
                    ti.kind == LeakDetector::UnpricedModel ? LeakScope { { "tenant", tenantName(ti.tenant) },
                        { "model", "private-llm-" + std::to_string(ti.tenant) } }
                                                           : LeakScope { { "tenant", tenantName(ti.tenant) } },
                    d0, d0 + Epoch(ti.days) * kSecondsPerDay });
            }
        }
        for (int i = 0; i < n; ++i) {
            if (d != loopDays[static_cast<std::size_t>(i)])
                continue;
            // One customer's agent stuck in a loop: four traces of 60-100 requests in four hours.
            const Prompt& p = prompts[static_cast<std::size_t>(3 * n + i)];
            const Epoch start = d0 + 10 * 3600;
            const int t = static_cast<int>(rng.weighted(tenantWeights));
            for (int tr = 0; tr < 4; ++tr) {
                const std::int64_t len = rng.range(60, 100);
                for (std::int64_t k = 0; k < len; ++k) {
                    regular(p, t, d, start + tr * 1800 + k * 12);
                    e.status = 200;
                    e.dims.traceId = "loop-" + std::to_string(i) + "-" + std::to_string(tr);
                    if (auto r = emit(); !r)
                        return r.error();
                }
            }
            set.incidents.push_back({ LeakDetector::AgentLoop, { { "tenant", tenantName(t) }, { "prompt", p.id } },
                start, start + 4 * 3600 });
        }
    }
    if (auto r = w.commit(); !r)
        return r.error();
    return set;
}

} // namespace burnrate
