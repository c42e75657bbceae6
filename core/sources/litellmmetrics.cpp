#include "sources/litellmmetrics.h"

#include "pricing/pricebook.h"
#include "sources/connector.h"
#include "sources/litellm.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace burnrate {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<Nano> usdToNano(double v)
{
    if (!std::isfinite(v) || std::fabs(v) > 9e9)
        return std::nullopt;
    return static_cast<Nano>(std::llround(v * 1e9));
}

} // namespace

std::optional<ProxyCounter> proxyCounterFor(std::string_view n)
{
    if (endsWith(n, "_created") || endsWith(n, "_bucket") || endsWith(n, "_sum") || endsWith(n, "_count"))
        return std::nullopt;
    if (endsWith(n, "_total"))
        n.remove_suffix(6);
    if (endsWith(n, "_metric"))
        n.remove_suffix(7);
    if (n == "litellm_spend")
        return ProxyCounter::Spend;
    if (n == "litellm_input_tokens")
        return ProxyCounter::InputTokens;
    if (n == "litellm_output_tokens")
        return ProxyCounter::OutputTokens;
    if (n == "litellm_total_tokens")
        return ProxyCounter::TotalTokens;
    if (n == "litellm_proxy_total_requests" || n == "litellm_requests")
        return ProxyCounter::Requests;
    return std::nullopt;
}

std::vector<ProxyCounterSample> extractProxyCounters(const PromParseResult& scrape)
{
    std::vector<ProxyCounterSample> out;
    // The deprecated litellm_requests_metric counts the same requests as the proxy total.
    bool haveProxyTotal = false;
    for (const auto& f : scrape.families)
        for (const auto& s : f.samples)
            if (s.name.rfind("litellm_proxy_total_requests", 0) == 0 && proxyCounterFor(s.name))
                haveProxyTotal = true;
    for (const auto& f : scrape.families) {
        if (f.type != PromType::Counter && f.type != PromType::Untyped)
            continue;
        for (const auto& s : f.samples) {
            auto c = proxyCounterFor(s.name);
            if (!c || !std::isfinite(s.value) || s.value < 0)
                continue;
            if (*c == ProxyCounter::Requests && haveProxyTotal && s.name.rfind("litellm_requests", 0) == 0)
                continue;
            ProxyCounterSample p;
            p.counter = *c;
            p.value = s.value;
            auto labels = s.labels;
            std::sort(labels.begin(), labels.end());
            p.series = std::to_string(static_cast<int>(*c)) + '|';
            for (const auto& [k, v] : labels)
                p.series += k + '=' + v + '\x1f';
            p.dims.provider = PriceBook::canonicalProvider(litellmValue(s.label("api_provider")));
            p.dims.model = litellmValue(s.label("model"));
            if (p.dims.model.empty())
                p.dims.model = litellmValue(s.label("requested_model"));
            p.dims.team = litellmValue(s.label("team_alias"));
            if (p.dims.team.empty())
                p.dims.team = litellmValue(s.label("team"));
            p.dims.apiKey = litellmValue(s.label("api_key_alias"));
            if (p.dims.apiKey.empty())
                p.dims.apiKey = litellmValue(s.label("hashed_api_key"));
            p.dims.user = litellmValue(s.label("end_user"));
            out.push_back(std::move(p));
        }
    }
    // Label sets differ between metrics: token counters carry model and requested_model but no
    // api_provider, the request counter only requested_model. Complete the dimensions from the
    // series that have them, so spend, tokens and requests of one model land in one bucket.
    std::map<std::string, std::string> providerOf, modelOf;
    for (const auto& f : scrape.families)
        for (const auto& s : f.samples) {
            std::string model = litellmValue(s.label("model")), requested = litellmValue(s.label("requested_model"));
            std::string provider = PriceBook::canonicalProvider(litellmValue(s.label("api_provider")));
            if (!model.empty() && !provider.empty())
                providerOf.emplace(model, provider);
            if (!model.empty() && !requested.empty())
                modelOf.emplace(requested, model);
        }
    for (auto& p : out) {
        if (auto it = modelOf.find(p.dims.model); it != modelOf.end() && p.dims.model != it->second) {
            bool isRequested = true; // only rewrite names that are requested-model aliases, not real models
            for (const auto& [m, prov] : providerOf)
                if (m == p.dims.model)
                    isRequested = false;
            if (isRequested)
                p.dims.model = it->second;
        }
        if (p.dims.provider.empty())
            if (auto it = providerOf.find(p.dims.model); it != providerOf.end())
                p.dims.provider = it->second;
    }
    return out;
}

std::vector<BudgetGauge> extractBudgetGauges(const PromParseResult& scrape)
{
    struct Spec
    {
        const char* metric;
        const char* scope;
        bool isMax;
        const char* nameLabel;
        const char* fallbackLabel;
    };
    static const Spec kSpecs[] = {
        { "litellm_remaining_team_budget_metric", "team", false, "team_alias", "team" },
        { "litellm_team_max_budget_metric", "team", true, "team_alias", "team" },
        { "litellm_remaining_api_key_budget_metric", "api_key", false, "api_key_alias", "hashed_api_key" },
        { "litellm_api_key_max_budget_metric", "api_key", true, "api_key_alias", "hashed_api_key" },
        { "litellm_remaining_user_budget_metric", "user", false, "user", "user" },
        { "litellm_user_max_budget_metric", "user", true, "user", "user" },
        { "litellm_remaining_org_budget_metric", "org", false, "org_alias", "org_id" },
        { "litellm_org_max_budget_metric", "org", true, "org_alias", "org_id" },
        { "litellm_provider_remaining_budget_metric", "provider", false, "api_provider", "api_provider" },
    };
    std::map<std::pair<std::string, std::string>, BudgetGauge> byKey;
    for (const auto& f : scrape.families)
        for (const auto& s : f.samples)
            for (const Spec& spec : kSpecs) {
                if (s.name != spec.metric)
                    continue;
                std::string name = litellmValue(s.label(spec.nameLabel));
                if (name.empty())
                    name = litellmValue(s.label(spec.fallbackLabel));
                if (name.empty() && std::string_view(spec.scope) == "team")
                    name = litellmValue(s.label("team_id")); // 2024 builds
                if (name.empty())
                    continue;
                BudgetGauge& g = byKey[{ spec.scope, name }];
                g.scope = spec.scope;
                g.name = name;
                // +Inf means "no budget set": stored as NULL.
                (spec.isMax ? g.hasMax : g.hasRemaining) = true;
                (spec.isMax ? g.maxBudget : g.remaining) = usdToNano(s.value);
            }
    std::vector<BudgetGauge> out;
    for (auto& [k, g] : byKey)
        out.push_back(std::move(g));
    return out;
}

namespace {

struct Acc
{
    Dimensions dims;
    double spend = 0;
    std::int64_t input = 0, output = 0, total = 0, requests = 0;
    bool haveOutput = false, any = false;
};

std::string dimsKey(const Dimensions& d)
{
    return d.provider + '\x1f' + d.model + '\x1f' + d.team + '\x1f' + d.apiKey + '\x1f' + d.user;
}

std::int64_t roundCount(double v)
{
    return (std::isfinite(v) && v > 0 && v < 9e15) ? static_cast<std::int64_t>(std::llround(v)) : 0;
}

} // namespace

// Counters become deltas since the previous scrape (a value below the last one is a restart: the
// new value is then the delta), accumulated into the scrape hour's ProxyMetrics bucket. The first
// scrape of a source only records the baseline. Deltas, buckets and the new counter state commit
// in one transaction, so a failed scrape neither loses nor double counts an increase.
Result<void> pollLiteLLMMetrics(PollContext& c)
{
    HttpHeaders headers = { { "Accept", "text/plain; version=0.0.4" } };
    if (!c.secret.empty())
        headers.emplace_back("Authorization", "Bearer " + c.secret);
    auto resp = c.http.get(c.baseUrl + "/metrics", headers);
    if (!resp)
        return resp.error();
    if (resp->contentType.find("html") != std::string::npos || resp->contentType.find("json") != std::string::npos)
        return makeError(ErrorCode::Parse,
            "metrics: unexpected content type '" + resp->contentType + "' (expected Prometheus text)");
    auto scrape = parsePrometheusText(resp->body);
    if (!scrape)
        return makeError(ErrorCode::Parse, "metrics: " + scrape.error().detail);
    if (scrape->badLines > 0) {
        c.out.skipped += scrape->badLines;
        for (const auto& p : scrape->problems)
            if (c.out.warnings.size() < 10)
                c.out.warnings.push_back(c.redacted(p));
    }
    ++c.out.pages;
    const Epoch t = c.now;
    const std::int64_t sid = c.source.id;

    std::unordered_map<std::string, double> state;
    {
        Statement q = c.db.prepare("SELECT series, value FROM counter_state WHERE source_id=?1");
        q.bind(1, sid);
        while (q.step())
            state[q.text(0)] = q.real(1);
    }
    const bool baseline = state.empty();
    auto counters = extractProxyCounters(*scrape);
    std::map<std::string, Acc> acc;
    for (const auto& s : counters) {
        double delta;
        auto it = state.find(s.series);
        if (it == state.end())
            delta = baseline ? 0 : s.value; // a child created since the last scrape started at 0
        else
            delta = s.value >= it->second ? s.value - it->second : s.value;
        Acc& a = acc[dimsKey(s.dims)];
        a.dims = s.dims;
        switch (s.counter) {
        case ProxyCounter::Spend:
            a.spend += delta;
            break;
        case ProxyCounter::InputTokens:
            a.input += roundCount(delta);
            break;
        case ProxyCounter::OutputTokens:
            a.output += roundCount(delta);
            a.haveOutput = true;
            break;
        case ProxyCounter::TotalTokens:
            a.total += roundCount(delta);
            break;
        case ProxyCounter::Requests:
            a.requests += roundCount(delta);
            break;
        }
        a.any = a.any || delta > 0;
    }

    const Epoch hour = floorHour(t);
    Statement existing = c.db.prepare(
        "SELECT requests, input, output, reported_cost FROM buckets WHERE source_id=?1 AND start=?2 AND width=3600 AND "
        "kind='proxy_metrics' AND provider=?3 AND model=?4 AND project=0 AND api_key=?5 AND user=?6 AND "
        "service_tier=0 AND context_window='' AND batch=0 AND tenant=0 AND team=?7");
    for (auto& [key, a] : acc) {
        if (!a.any)
            continue;
        if (!a.haveOutput && a.total > a.input)
            a.output = a.total - a.input;
        UsageBucket b;
        b.start = hour;
        b.widthSeconds = 3600;
        b.kind = "proxy_metrics";
        b.lens = Lens::ProxyMetrics;
        b.dims = a.dims;
        b.tokens.input = a.input;
        b.tokens.output = a.output;
        b.requests = a.requests;
        Nano spend = usdToNano(a.spend).value_or(0);
        // Earlier scrapes of the same hour already hold part of it: add to their sums.
        auto id = [&](Dim d, const std::string& v) -> std::optional<std::int64_t> {
            return v.empty() ? std::optional<std::int64_t>(0) : c.db.findDim(d, v);
        };
        auto prov = id(Dim::Provider, a.dims.provider), model = id(Dim::Model, a.dims.model),
             key2 = id(Dim::ApiKey, a.dims.apiKey), user = id(Dim::User, a.dims.user),
             team = id(Dim::Team, a.dims.team);
        if (prov && model && key2 && user && team) {
            existing.reset();
            existing.bind(1, sid).bind(2, hour).bind(3, *prov).bind(4, *model).bind(5, *key2).bind(6, *user);
            existing.bind(7, *team);
            if (existing.step()) {
                b.requests += existing.int64(0);
                b.tokens.input += existing.int64(1);
                b.tokens.output += existing.int64(2);
                spend += existing.isNull(3) ? 0 : existing.int64(3);
            }
            existing.reset();
        }
        b.reportedCost = spend;
        if (auto r = c.writer.add(b); !r) {
            if (r.error().code != ErrorCode::Invalid)
                return r;
            c.reject("metrics hour " + formatTimestamp(hour) + " model '" + b.dims.model + "'", r.error());
            continue;
        }
        ++c.out.updated;
        ++c.rows;
    }

    // The counters and gauges commit with the buckets they produced, in the writer's transaction.
    if (auto r = c.writer.begin(); !r)
        return r;
    auto fail = [&](const std::string& what) -> Result<void> {
        c.writer.abort();
        return makeError(ErrorCode::Database, what);
    };
    Statement put = c.db.prepare("INSERT INTO counter_state(source_id, series, value, ts) VALUES(?1, ?2, ?3, ?4) "
                                 "ON CONFLICT(source_id, series) DO UPDATE SET value=excluded.value, ts=excluded.ts");
    for (const auto& s : counters) {
        put.bind(1, sid).bind(2, s.series).bind(3, s.value).bind(4, t);
        if (!put.exec())
            return fail(put.lastError());
    }
    Statement gauge = c.db.prepare(
        "INSERT INTO budget_gauges(source_id, scope, name, ts, remaining, max_budget) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(source_id, scope, name) DO UPDATE SET ts=excluded.ts, "
        "remaining=CASE WHEN ?7 THEN excluded.remaining ELSE remaining END, "
        "max_budget=CASE WHEN ?8 THEN excluded.max_budget ELSE max_budget END");
    for (const auto& g : extractBudgetGauges(*scrape)) {
        gauge.bind(1, sid).bind(2, g.scope).bind(3, g.name).bind(4, t).bind(5, g.remaining).bind(6, g.maxBudget);
        gauge.bind(7, g.hasRemaining ? 1 : 0).bind(8, g.hasMax ? 1 : 0);
        if (!gauge.exec())
            return fail(gauge.lastError());
        ++c.rows;
    }
    if (auto r = c.writer.commit(); !r)
        return r;
    c.report(1);
    return {};
}

} // namespace burnrate
