#include "analytics/whatif.h"

#include "analytics/budgets.h"
#include "analytics/modeltier.h"
#include "model/text.h"
#include "model/timeutil.h"
#include "pricing/costengine.h"
#include "pricing/infraprices.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/rollups.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <unordered_map>

namespace burnrate {

namespace {

const std::vector<StepKindInfo> kStepKinds = {
    { StepKind::Route, "route", "FROM=TO[:max-input=N]" },
    { StepKind::PromptCache, "cache-hit", "PROMPT=RATE" },
    { StepKind::ResponseCache, "response-cache", "PROMPT=RATE" },
    { StepKind::Batch, "batch", "DIM=VALUE" },
    { StepKind::CapInput, "cap-input", "PROMPT=N" },
    { StepKind::Lambda, "lambda", "FUNCTION=MEMORY_MB[:arm64|:x86_64]" },
};

Error invalid(std::string detail)
{
    return makeError(ErrorCode::Invalid, std::move(detail));
}

std::optional<std::int64_t> parseCount(std::string_view text)
{
    std::int64_t v = 0;
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || v < 0)
        return std::nullopt;
    return v;
}

// "0.6" -> 600,000,000 parts per billion; 0..1 only.
std::optional<std::int64_t> parseRate(std::string_view text)
{
    if (text.empty() || text.front() == '-' || text.front() == '+')
        return std::nullopt;
    auto v = parseDecimalNano(text);
    if (!v || *v < 0 || *v > kRateOne)
        return std::nullopt;
    return *v;
}

std::string formatRate(std::int64_t ppb)
{
    std::string s = formatDecimal(ppb, 9);
    while (s.size() > 1 && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

// a x b / c rounded half up, all non-negative, c > 0; nullopt when it does not fit.
std::optional<std::int64_t> mulDiv(std::int64_t a, std::int64_t b, std::int64_t c)
{
    Int128 v = static_cast<Int128>(a) * b;
    Int128 q = (v + c / 2) / c;
    if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return static_cast<std::int64_t>(q);
}

// Whether `model` is `family` or one of its snapshots, as the price book resolves names.
bool inFamily(std::string_view model, std::string_view family)
{
    const std::string f = asciiLower(family);
    for (const std::string& k : PriceBook::lookupKeys(model))
        if (k == f)
            return true;
    return false;
}

bool hasBatchPrice(const Price* p)
{
    return p && (p->batchInput || p->batchOutput);
}

} // namespace

const std::vector<StepKindInfo>& stepKinds()
{
    return kStepKinds;
}

const StepKindInfo& stepKindInfo(StepKind kind)
{
    for (const StepKindInfo& k : kStepKinds)
        if (k.kind == kind)
            return k;
    return kStepKinds.front();
}

std::optional<StepKind> stepKindFromName(std::string_view name)
{
    for (const StepKindInfo& k : kStepKinds)
        if (name == k.name)
            return k.kind;
    return std::nullopt;
}

Result<ScenarioStep> parseStep(StepKind kind, std::string_view arg)
{
    const StepKindInfo& info = stepKindInfo(kind);
    const std::string opt = std::string("--") + info.name;
    auto bad = [&](const std::string& why) {
        return invalid(opt + " needs " + info.syntax + ": " + why + " in '" + std::string(arg) + "'");
    };
    ScenarioStep st;
    st.kind = kind;
    const auto eq = arg.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 >= arg.size())
        return bad("no NAME=VALUE");
    std::string_view left = arg.substr(0, eq), right = arg.substr(eq + 1);
    switch (kind) {
    case StepKind::Route: {
        st.from = std::string(left);
        constexpr std::string_view kMax = ":max-input=";
        if (auto m = right.rfind(kMax); m != std::string_view::npos) {
            auto n = parseCount(right.substr(m + kMax.size()));
            if (!n)
                return bad("max-input is not a token count");
            st.maxInput = *n;
            right = right.substr(0, m);
        }
        if (right.empty())
            return bad("no target model");
        st.to = std::string(right);
        if (inFamily(st.to, st.from) && asciiLower(st.to) == asciiLower(st.from))
            return bad("the target is the model itself");
        return st;
    }
    case StepKind::PromptCache:
    case StepKind::ResponseCache: {
        auto r = parseRate(right);
        if (!r)
            return bad("RATE is a share from 0 to 1");
        st.prompt = std::string(left);
        st.rate = *r;
        return st;
    }
    case StepKind::Batch: {
        auto dim = dimFromName(left);
        bool rowDim = dim && std::find(std::begin(kRowDims), std::end(kRowDims), *dim) != std::end(kRowDims);
        if (!rowDim || left == "function")
            return bad("unknown request dimension '" + std::string(left) + "'");
        st.dim = std::string(left);
        st.value = std::string(right);
        return st;
    }
    case StepKind::CapInput: {
        auto n = parseCount(right);
        if (!n || *n <= 0)
            return bad("N is a positive token count");
        st.prompt = std::string(left);
        st.limit = *n;
        return st;
    }
    case StepKind::Lambda: {
        st.function = std::string(left);
        std::string_view mem = right;
        if (auto c = right.find(':'); c != std::string_view::npos) {
            std::string_view arch = right.substr(c + 1);
            if (arch == "arm64")
                st.arm = true;
            else if (arch == "x86_64")
                st.arm = false;
            else
                return bad("the architecture is arm64 or x86_64");
            mem = right.substr(0, c);
        }
        auto n = parseCount(mem);
        if (!n || *n < 128 || *n > 10240)
            return bad("MEMORY_MB is 128 to 10240");
        st.memoryMb = *n;
        return st;
    }
    }
    return bad("unknown step");
}

std::string stepArgument(const ScenarioStep& s)
{
    switch (s.kind) {
    case StepKind::Route:
        return s.from + "=" + s.to + (s.maxInput ? ":max-input=" + std::to_string(*s.maxInput) : std::string());
    case StepKind::PromptCache:
    case StepKind::ResponseCache:
        return s.prompt + "=" + formatRate(s.rate);
    case StepKind::Batch:
        return s.dim + "=" + s.value;
    case StepKind::CapInput:
        return s.prompt + "=" + std::to_string(s.limit);
    case StepKind::Lambda:
        return s.function + "=" + std::to_string(s.memoryMb) + (s.arm ? (*s.arm ? ":arm64" : ":x86_64") : "");
    }
    return {};
}

std::string describeStep(const ScenarioStep& s)
{
    return std::string(stepKindInfo(s.kind).name) + " " + stepArgument(s);
}

std::int64_t savingHundredthsPercent(Nano saving, Nano baseline)
{
    if (baseline == 0)
        return 0;
    Int128 num = static_cast<Int128>(saving) * 10000;
    Int128 den = baseline;
    bool neg = (num < 0) != (den < 0);
    if (num < 0)
        num = -num;
    if (den < 0)
        den = -den;
    Int128 q = (num + den / 2) / den;
    return static_cast<std::int64_t>(neg ? -q : q);
}

namespace {

std::string rateWithInterval(const char* what, std::int64_t k, std::int64_t n)
{
    auto iv = wilsonInterval(k, n);
    std::string s = std::string(what) + " " + percentText(double(k) / double(n));
    if (iv) {
        std::string low = percentText(iv->low);
        low.pop_back();
        s += " (" + low + "-" + percentText(iv->high) + ")";
    }
    return s + ", n=" + std::to_string(n);
}

} // namespace

std::string describeEvidence(const RouteEvidence& e, const ScenarioStep& step)
{
    const std::string prompt = e.prompt.empty() ? std::string("(no prompt)") : e.prompt;
    if (!e.hasEvidence())
        return step.to + " on " + prompt + ": no quality evidence for this pairing";
    std::string s = step.to + " on " + prompt + ":";
    const std::int64_t verdicts = e.target.evalPassed + e.target.evalFailed;
    bool first = true;
    if (verdicts > 0) {
        s += " " + rateWithInterval("eval pass", e.target.evalPassed, verdicts);
        first = false;
    }
    if (e.target.judged > 0)
        s += std::string(first ? " " : "; ") + rateWithInterval("acceptance", e.target.accepted, e.target.judged);
    const std::int64_t srcVerdicts = e.source.evalPassed + e.source.evalFailed;
    if (srcVerdicts > 0 || e.source.judged > 0) {
        s += " (" + step.from + ":";
        if (srcVerdicts > 0)
            s += " eval pass " + percentText(double(e.source.evalPassed) / double(srcVerdicts))
                + ", n=" + std::to_string(srcVerdicts);
        if (e.source.judged > 0)
            s += std::string(srcVerdicts > 0 ? ";" : "") + " acceptance "
                + percentText(double(e.source.accepted) / double(e.source.judged))
                + ", n=" + std::to_string(e.source.judged);
        s += ")";
    }
    return s;
}

namespace {

// One model the replay may price: a request's own (provider, model) or a route target.
struct ModelEntry
{
    std::string provider, name;
    std::vector<const Price*> candidates;
    std::vector<std::string> keys; // price-book lookup keys, for family matching
};

// The state of one request as the steps change it.
struct ReqState
{
    int model = 0; // index into the model table
    TokenCounts t;
    bool batch = false;
    bool cacheHit = false;
    std::int64_t served = kRateOne; // share of the cost still paid (response cache), parts per billion
};

// What one step needs at replay time, resolved once.
struct PreparedStep
{
    std::int64_t promptId = -1; // prompt steps; -1: the prompt has no requests (matches nothing)
    int target = -1; // route: model table index of TO
    std::string family; // route FROM (lower case)
    std::vector<signed char> fromMatch; // route: per model index, -1 unknown, 0 no, 1 yes
    int batchDim = -1; // batch: the Dim index of the dimension; -2 = model (family match)
    std::int64_t batchValue = -1; // batch on a dimension: the value's id (-1: none stored)
    std::vector<signed char> batchModelMatch;
    std::int64_t responseServed = kRateOne; // response cache: the share non-hit requests still pay
};

// One request as the replay reads it: every row dimension's id (by Dim), tokens and flags.
struct EventRow
{
    Epoch ts = 0;
    std::array<std::int64_t, kDimCount> dims {};
    TokenCounts tokens;
    std::int64_t flags = 0;
};

// The columns readEventRow() reads, from `e.ts` on.
std::string eventRowColumns()
{
    std::string sql = "e.ts";
    for (Dim d : kRowDims)
        sql += std::string(", e.") + dimColumn(d, FactTable::Events);
    return sql + ", e.input, e.cached, e.cw5m, e.cw1h, e.output, e.flags";
}

void readEventRow(const Statement& q, EventRow& row)
{
    int c = 0;
    row.ts = q.int64(c++);
    for (Dim d : kRowDims)
        row.dims[static_cast<std::size_t>(d)] = q.int64(c++);
    row.tokens.input = q.int64(c++);
    row.tokens.cachedInput = q.int64(c++);
    row.tokens.cacheWrite5m = q.int64(c++);
    row.tokens.cacheWrite1h = q.int64(c++);
    row.tokens.output = q.int64(c++);
    row.flags = q.int64(c++);
}

struct GroupAcc
{
    std::int64_t requests = 0;
    Nano baseline = 0, scenario = 0;
};

class Replay
{
public:
    Replay(Database& db, const PriceBook& prices, const Scenario& sc)
        : m_db(db)
        , m_prices(prices)
        , m_sc(sc)
    {
    }

    Result<WhatIfResult> run();
    // For a scan several scenarios of one range share (recommendations): prepare(), then process() every row of
    // the range that matches(), then finish().
    Result<void> prepare();
    bool matches(const EventRow& row) const;
    Result<void> process(const EventRow& row);
    Result<WhatIfResult> finish();
    bool simpleScope() const
    {
        return m_simpleScope;
    }

private:
    int modelIndex(const std::string& provider, const std::string& name)
    {
        std::string key = provider + '\x1f' + name;
        if (auto it = m_modelByName.find(key); it != m_modelByName.end())
            return it->second;
        ModelEntry e;
        e.provider = provider;
        e.name = name;
        e.candidates = m_prices.candidates(provider, name);
        e.keys = PriceBook::lookupKeys(name);
        m_models.push_back(std::move(e));
        int idx = static_cast<int>(m_models.size()) - 1;
        m_modelByName.emplace(std::move(key), idx);
        return idx;
    }
    bool matchesFamily(std::vector<signed char>& cache, int model, const std::string& family)
    {
        if (cache.size() <= static_cast<std::size_t>(model))
            cache.resize(m_models.size(), -1);
        signed char& m = cache[static_cast<std::size_t>(model)];
        if (m < 0) {
            const auto& keys = m_models[static_cast<std::size_t>(model)].keys;
            m = std::find(keys.begin(), keys.end(), family) != keys.end() ? 1 : 0;
        }
        return m == 1;
    }
    const Price* priceOf(const ReqState& s, Epoch ts) const
    {
        return PriceBook::pick(m_models[static_cast<std::size_t>(s.model)].candidates, ts);
    }
    // nullopt: unpriced; an Error is kept in m_error.
    std::optional<Nano> cost(const ReqState& s, Epoch ts, const std::string& tier)
    {
        const Price* p = priceOf(s, ts);
        if (!p)
            return std::nullopt;
        Billing b;
        b.batch = s.batch;
        b.cacheHit = s.cacheHit;
        b.serviceTier = tier;
        auto c = computeCost(*p, s.t, b);
        if (!c) {
            m_error = c.error();
            return std::nullopt;
        }
        if (s.served == kRateOne)
            return c->total;
        auto v = mulDiv(c->total, s.served, kRateOne);
        if (!v) {
            m_error = invalid("a scenario cost does not fit 64 bits");
            return std::nullopt;
        }
        return *v;
    }
    // Applies step k to s; true when the state changed.
    bool apply(std::size_t k, ReqState& s, Epoch ts, std::int64_t promptId, const EventRow& row);
    Result<void> replayEvents(WhatIfResult& r);
    Result<void> replayLambda(WhatIfResult& r);
    Result<void> evidence(WhatIfResult& r);
    std::string tierName(std::int64_t id)
    {
        if (id == 0)
            return {};
        auto it = m_tierNames.find(id);
        if (it == m_tierNames.end())
            it = m_tierNames.emplace(id, m_db.dimValue(id)).first;
        return it->second;
    }

    Database& m_db;
    const PriceBook& m_prices;
    const Scenario& m_sc;
    std::vector<Filter> m_filters;
    std::vector<ModelEntry> m_models;
    std::unordered_map<std::string, int> m_modelByName;
    std::unordered_map<std::int64_t, int> m_modelById; // (provider id << 32 | model id) -> index
    std::unordered_map<std::int64_t, std::string> m_tierNames;
    std::vector<PreparedStep> m_prep;
    std::vector<std::pair<Dim, std::vector<std::int64_t>>> m_scopeIds; // matches(): ids per axis (-1: none stored)
    bool m_simpleScope = true; // every scope axis is a row dimension (matches() can decide)
    WhatIfResult m_r;
    std::vector<std::int64_t> m_affected;
    std::vector<Nano> m_before, m_after;
    std::map<std::pair<std::int64_t, std::int64_t>, GroupAcc> m_groups;
    bool m_overflow = false;
    std::vector<std::unordered_map<std::int64_t, std::int64_t>> m_moved; // route step -> prompt id -> requests
    std::vector<std::int64_t> m_unpricedTarget;
    std::optional<Error> m_error;
};

Result<void> Replay::prepare()
{
    auto filters = scopeFilters(m_sc.scope);
    if (!filters)
        return filters.error();
    for (const Filter& f : *filters)
        if (!lensCarries(Lens::Attribution, f.axis))
            return invalid("what-if cannot scope by " + f.axis.name());
    auto resolved = resolveModelTierFilters(m_db, std::move(*filters));
    if (!resolved)
        return resolved.error();
    m_filters = std::move(*resolved);
    if (m_sc.to <= m_sc.from)
        return invalid("the what-if range is empty");

    for (const Filter& f : m_filters) {
        const bool rowDim
            = !f.axis.isTag() && std::find(std::begin(kRowDims), std::end(kRowDims), f.axis.dim) != std::end(kRowDims);
        if (!rowDim) {
            m_simpleScope = false;
            continue;
        }
        std::vector<std::int64_t> ids;
        for (const std::string& v : f.values)
            ids.push_back(v.empty() ? 0 : m_db.findDim(f.axis.dim, v).value_or(-1));
        m_scopeIds.emplace_back(f.axis.dim, std::move(ids));
    }
    m_r.steps.resize(m_sc.steps.size());
    for (std::size_t k = 0; k < m_sc.steps.size(); ++k)
        m_r.steps[k].step = m_sc.steps[k];
    m_affected.assign(m_sc.steps.size(), 0);
    m_before.assign(m_sc.steps.size(), 0);
    m_after.assign(m_sc.steps.size(), 0);
    m_prep.resize(m_sc.steps.size());
    m_moved.resize(m_sc.steps.size());
    m_unpricedTarget.assign(m_sc.steps.size(), 0);
    for (std::size_t k = 0; k < m_sc.steps.size(); ++k) {
        const ScenarioStep& st = m_sc.steps[k];
        PreparedStep& p = m_prep[k];
        if (!st.prompt.empty() || st.kind == StepKind::PromptCache || st.kind == StepKind::ResponseCache
            || st.kind == StepKind::CapInput)
            p.promptId = m_db.findDim(Dim::PromptId, st.prompt).value_or(-1);
        switch (st.kind) {
        case StepKind::Route: {
            p.family = asciiLower(st.from);
            p.target = modelIndex("", st.to);
            if (m_models[static_cast<std::size_t>(p.target)].candidates.empty())
                return invalid("--route: model '" + st.to + "' has no price");
            break;
        }
        case StepKind::Batch: {
            auto dim = dimFromName(st.dim);
            if (!dim)
                return invalid("--batch: unknown dimension '" + st.dim + "'");
            if (*dim == Dim::Model) {
                p.batchDim = -2;
                p.family = asciiLower(st.value);
            } else {
                p.batchDim = static_cast<int>(*dim);
                p.batchValue = st.value.empty() ? 0 : m_db.findDim(*dim, st.value).value_or(-1);
            }
            break;
        }
        case StepKind::ResponseCache: {
            if (p.promptId < 0)
                break;
            // The prompt's current hit rate, by requests, over the range and scope.
            std::vector<std::int64_t> binds { m_sc.from, m_sc.to, p.promptId };
            FilterSql f = eventFilterSql(
                m_filters, [&](Dim d, const std::string& v) { return m_db.findDim(d, v); },
                [&](std::int64_t v) {
                    binds.push_back(v);
                    return "?" + std::to_string(binds.size());
                });
            Statement q = m_db.prepare("SELECT count(*), coalesce(sum(e.flags & 1), 0) FROM events e" + f.joins
                + " WHERE e.ts >= ?1 AND e.ts < ?2 AND e.prompt_id = ?3" + f.where);
            if (!q.valid())
                return makeError(ErrorCode::Database, q.prepareError());
            for (std::size_t i = 0; i < binds.size(); ++i)
                q.bind(static_cast<int>(i + 1), binds[i]);
            std::int64_t n = 0, hits = 0;
            if (q.step()) {
                n = q.int64(0);
                hits = q.int64(1);
            } else if (!q.lastError().empty()) {
                return makeError(ErrorCode::Database, q.lastError());
            }
            if (n > hits && kRateOne - st.rate >= 0) {
                // (1 - RATE) / (1 - hits / n) = (1 - RATE) x n / (n - hits)
                auto served = mulDiv(kRateOne - st.rate, n, n - hits);
                p.responseServed = served ? std::min(*served, kRateOne) : kRateOne;
            }
            break;
        }
        case StepKind::Lambda:
        case StepKind::PromptCache:
        case StepKind::CapInput:
            break;
        }
    }
    return {};
}

bool Replay::apply(std::size_t k, ReqState& s, Epoch ts, std::int64_t promptId, const EventRow& row)
{
    const ScenarioStep& st = m_sc.steps[k];
    PreparedStep& p = m_prep[k];
    if (s.cacheHit) // served by the proxy's response cache: no provider call for any step to change
        return false;
    switch (st.kind) {
    case StepKind::Route: {
        if (s.model == p.target || !matchesFamily(p.fromMatch, s.model, p.family))
            return false;
        if (st.maxInput && s.t.input > *st.maxInput)
            return false;
        if (!PriceBook::pick(m_models[static_cast<std::size_t>(p.target)].candidates, ts)) {
            ++m_unpricedTarget[k];
            return false;
        }
        s.model = p.target;
        ++m_moved[k][promptId];
        return true;
    }
    case StepKind::PromptCache: {
        if (promptId != p.promptId)
            return false;
        TokenCounts t = s.t;
        const std::int64_t in = t.input;
        const std::int64_t reads = *mulDiv(in, st.rate, kRateOne); // <= input: fits
        std::int64_t added = 0;
        if (reads > t.cachedInput && st.rate > 0)
            added = mulDiv(reads - t.cachedInput, kRateOne - st.rate, st.rate).value_or(in);
        t.cachedInput = reads;
        t.cacheWrite1h = std::min(t.cacheWrite1h, in - reads);
        const std::int64_t room = in - reads - t.cacheWrite1h;
        t.cacheWrite5m = std::min(t.cacheWrite5m + std::min(added, in), room);
        if (t.cachedInput == s.t.cachedInput && t.cacheWrite5m == s.t.cacheWrite5m
            && t.cacheWrite1h == s.t.cacheWrite1h)
            return false;
        s.t = t;
        return true;
    }
    case StepKind::ResponseCache: {
        if (promptId != p.promptId || s.served <= p.responseServed)
            return false;
        s.served = p.responseServed;
        return true;
    }
    case StepKind::Batch: {
        if (s.batch)
            return false;
        if (p.batchDim == -2) {
            if (!matchesFamily(p.batchModelMatch, s.model, p.family))
                return false;
        } else if (row.dims[static_cast<std::size_t>(p.batchDim)] != p.batchValue) {
            return false;
        }
        if (!hasBatchPrice(priceOf(s, ts)))
            return false;
        s.batch = true;
        return true;
    }
    case StepKind::CapInput: {
        if (promptId != p.promptId || s.t.input <= st.limit)
            return false;
        const std::int64_t n = st.limit;
        s.t.cachedInput = std::min(s.t.cachedInput, n);
        s.t.cacheWrite5m = std::min(s.t.cacheWrite5m, n - s.t.cachedInput);
        s.t.cacheWrite1h = std::min(s.t.cacheWrite1h, n - s.t.cachedInput - s.t.cacheWrite5m);
        s.t.input = n;
        return true;
    }
    case StepKind::Lambda:
        return false;
    }
    return false;
}

Result<void> Replay::process(const EventRow& row)
{
    const std::size_t n = m_sc.steps.size();
    const Epoch ts = row.ts;
    const std::int64_t providerId = row.dims[static_cast<std::size_t>(Dim::Provider)];
    const std::int64_t modelId = row.dims[static_cast<std::size_t>(Dim::Model)];
    const std::int64_t tenant = row.dims[static_cast<std::size_t>(Dim::Tenant)];
    const std::int64_t prompt = row.dims[static_cast<std::size_t>(Dim::PromptId)];
    ReqState s;
    s.t = row.tokens;
    s.cacheHit = (row.flags & kEventFlagCacheHit) != 0;
    s.batch = (row.flags & kEventFlagBatch) != 0;
    const std::int64_t key = (providerId << 32) ^ modelId;
    auto it = m_modelById.find(key);
    if (it == m_modelById.end())
        it = m_modelById.emplace(key, modelIndex(m_db.dimValue(providerId), m_db.dimValue(modelId))).first;
    s.model = it->second;
    const std::string& tier = tierName(row.dims[static_cast<std::size_t>(Dim::ServiceTier)]);
    auto c0 = cost(s, ts, tier);
    if (m_error)
        return *m_error;
    if (!c0) {
        ++m_r.unpricedRequests;
        return {};
    }
    ++m_r.requests;
    Nano cur = *c0;
    const Nano base = cur;
    bool changed = false;
    for (std::size_t k = 0; k < n; ++k) {
        m_overflow |= !addChecked(m_before[k], cur);
        if (apply(k, s, ts, prompt, row)) {
            ++m_affected[k];
            changed = true;
            auto c = cost(s, ts, tier);
            if (m_error)
                return *m_error;
            cur = c.value_or(cur); // every state a step makes is priced (routes check their target)
        }
        m_overflow |= !addChecked(m_after[k], cur);
    }
    m_overflow |= !addChecked(m_r.baseline, base) || !addChecked(m_r.scenario, cur);
    m_r.requestsAffected += changed ? 1 : 0;
    GroupAcc& g = m_groups[{ tenant, prompt }];
    ++g.requests;
    m_overflow |= !addChecked(g.baseline, base) || !addChecked(g.scenario, cur);
    return {};
}

bool Replay::matches(const EventRow& row) const
{
    for (const auto& [dim, ids] : m_scopeIds)
        if (std::find(ids.begin(), ids.end(), row.dims[static_cast<std::size_t>(dim)]) == ids.end())
            return false;
    return true;
}

Result<void> Replay::replayEvents(WhatIfResult& r)
{
    std::vector<std::int64_t> binds { m_sc.from, m_sc.to };
    FilterSql f = eventFilterSql(
        m_filters, [&](Dim d, const std::string& v) { return m_db.findDim(d, v); },
        [&](std::int64_t v) {
            binds.push_back(v);
            return "?" + std::to_string(binds.size());
        });
    Statement q = m_db.prepare(
        "SELECT " + eventRowColumns() + " FROM events e" + f.joins + " WHERE e.ts >= ?1 AND e.ts < ?2" + f.where);
    if (!q.valid())
        return makeError(ErrorCode::Database, q.prepareError());
    for (std::size_t i = 0; i < binds.size(); ++i)
        q.bind(static_cast<int>(i + 1), binds[i]);
    EventRow row;
    while (q.step()) {
        readEventRow(q, row);
        if (auto ok = process(row); !ok)
            return ok;
    }
    if (!q.lastError().empty())
        return makeError(ErrorCode::Database, q.lastError());
    (void)r;
    return {};
}

// "arm64/1024MB" -> (true, 1024).
std::optional<std::pair<bool, std::int64_t>> parseLambdaTier(const std::string& tier)
{
    auto slash = tier.find('/');
    if (slash == std::string::npos || tier.size() < slash + 4 || !tier.ends_with("MB"))
        return std::nullopt;
    auto mem = parseCount(std::string_view(tier).substr(slash + 1, tier.size() - slash - 3));
    if (!mem || *mem <= 0)
        return std::nullopt;
    return std::pair { tier.substr(0, slash) == "arm64", *mem };
}

Result<void> Replay::replayLambda(WhatIfResult& r)
{
    std::vector<std::string> functions;
    for (const ScenarioStep& st : m_sc.steps)
        if (st.kind == StepKind::Lambda
            && std::find(functions.begin(), functions.end(), st.function) == functions.end())
            functions.push_back(st.function);
    const std::size_t n = m_sc.steps.size();
    auto provider = m_db.findDim(Dim::Provider, "aws-lambda");
    for (const std::string& fn : functions) {
        auto fnId = m_db.findDim(Dim::Model, fn);
        Statement q = m_db.prepare("SELECT b.start, b.service_tier, b.requests, b.cost FROM buckets b WHERE "
                                   "b.provider = ?1 AND b.model = ?2 AND b.start >= ?3 AND b.start < ?4 AND "
                                   "b.cost IS NOT NULL");
        if (!q.valid())
            return makeError(ErrorCode::Database, q.prepareError());
        q.bind(1, provider.value_or(-1)).bind(2, fnId.value_or(-1)).bind(3, m_sc.from).bind(4, m_sc.to);
        GroupSaving g;
        g.function = fn;
        bool any = false, overflow = false;
        while (q.step()) {
            any = true;
            const Epoch start = q.int64(0);
            auto tier = parseLambdaTier(m_db.dimValue(q.int64(1)));
            const std::int64_t invocations = q.int64(2);
            const Nano base = q.int64(3);
            const LambdaRates* rates = lambdaRatesFor("", start);
            r.lambdaInvocations += invocations;
            g.requests += invocations;
            Nano cur = base;
            const bool arm0 = tier ? tier->first : false;
            const std::int64_t mem0 = tier ? tier->second : 0;
            bool arm = arm0;
            std::int64_t mem = mem0;
            bool changed = false;
            for (std::size_t k = 0; k < n; ++k) {
                const ScenarioStep& st = m_sc.steps[k];
                overflow |= !addChecked(r.steps[k].baseline, cur);
                if (st.kind == StepKind::Lambda && st.function == fn && tier && rates) {
                    const bool newArm = st.arm.value_or(arm);
                    if (newArm != arm || st.memoryMb != mem) {
                        arm = newArm;
                        mem = st.memoryMb;
                        // The GB-second part scales with memory x rate; the request charge stays.
                        const Nano requestCharge
                            = mulDiv(invocations, rates->perMillionRequests, 1'000'000).value_or(0);
                        const Nano gb0 = std::max<Nano>(0, base - requestCharge);
                        const Nano rate0 = arm0 ? rates->perMillionGbSecondsArm : rates->perMillionGbSecondsX86;
                        const Nano rate1 = arm ? rates->perMillionGbSecondsArm : rates->perMillionGbSecondsX86;
                        Int128 num = static_cast<Int128>(gb0) * mem * rate1;
                        Int128 den = static_cast<Int128>(mem0) * rate0;
                        Int128 v = den > 0 ? (num + den / 2) / den : gb0;
                        if (v > std::numeric_limits<Nano>::max())
                            return invalid("a Lambda scenario cost does not fit 64 bits");
                        cur = requestCharge + static_cast<Nano>(v);
                        r.steps[k].requestsAffected += invocations;
                        changed = true;
                    }
                }
                overflow |= !addChecked(r.steps[k].scenario, cur);
            }
            overflow |= !addChecked(r.baseline, base) || !addChecked(r.scenario, cur);
            r.requestsAffected += changed ? invocations : 0;
            overflow |= !addChecked(g.baseline, base) || !addChecked(g.scenario, cur);
        }
        if (!q.lastError().empty())
            return makeError(ErrorCode::Database, q.lastError());
        if (overflow)
            return invalid("a what-if sum does not fit 64 bits of nano-USD");
        if (!any)
            return invalid("--lambda: function '" + fn + "' has no AWS Lambda usage in the range");
        r.groups.push_back(std::move(g));
    }
    return {};
}

Result<void> Replay::evidence(WhatIfResult& r)
{
    constexpr std::size_t kPromptsPerStep = 5;
    for (std::size_t k = 0; k < m_sc.steps.size(); ++k) {
        const ScenarioStep& st = m_sc.steps[k];
        if (st.kind != StepKind::Route || m_moved[k].empty())
            continue;
        std::vector<std::pair<std::int64_t, std::int64_t>> moved(m_moved[k].begin(), m_moved[k].end());
        std::sort(moved.begin(), moved.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (moved.size() > kPromptsPerStep)
            moved.resize(kPromptsPerStep);
        QualityQuery qq;
        qq.from = m_sc.from;
        qq.to = m_sc.to;
        qq.groupBy = { Axis { Dim::Model, {} }, Axis { Dim::PromptId, {} } };
        qq.filters = m_filters;
        // The scope may already name prompts; the evidence is of the prompts moved, within the scope.
        Filter promptFilter { Axis { Dim::PromptId, {} }, {} };
        for (const auto& [id, count] : moved)
            promptFilter.values.push_back(m_db.dimValue(id));
        qq.filters.erase(std::remove_if(qq.filters.begin(), qq.filters.end(),
                             [](const Filter& f) {
                                 return f.axis == Axis { Dim::PromptId, {} };
                             }),
            qq.filters.end());
        qq.filters.push_back(promptFilter);
        QualityQueries quality(m_db);
        auto res = quality.run(qq);
        if (!res)
            return res.error();
        for (const auto& [id, count] : moved) {
            RouteEvidence e;
            e.stepIndex = k;
            e.prompt = m_db.dimValue(id);
            e.requestsMoved = count;
            for (const QualityRow& row : res->rows) {
                if (row.keys.size() != 2 || row.keys[1] != e.prompt)
                    continue;
                if (inFamily(row.keys[0], st.to))
                    e.target += row.counts;
                else if (inFamily(row.keys[0], st.from))
                    e.source += row.counts;
            }
            r.evidence.push_back(std::move(e));
        }
    }
    return {};
}

Result<WhatIfResult> Replay::run()
{
    if (auto ok = prepare(); !ok)
        return ok.error();
    if (auto ok = replayEvents(m_r); !ok)
        return ok.error();
    return finish();
}

Result<WhatIfResult> Replay::finish()
{
    WhatIfResult& r = m_r;
    if (m_overflow)
        return invalid("a what-if sum does not fit 64 bits of nano-USD");
    for (std::size_t k = 0; k < m_sc.steps.size(); ++k) {
        r.steps[k].requestsAffected += m_affected[k];
        r.steps[k].unpricedTarget = m_unpricedTarget[k];
        r.steps[k].baseline = m_before[k];
        r.steps[k].scenario = m_after[k];
    }
    for (const auto& [key, g] : m_groups) {
        GroupSaving gs;
        gs.tenant = m_db.dimValue(key.first);
        gs.prompt = m_db.dimValue(key.second);
        gs.requests = g.requests;
        gs.baseline = g.baseline;
        gs.scenario = g.scenario;
        r.groups.push_back(std::move(gs));
    }
    if (auto ok = replayLambda(r); !ok)
        return ok.error();
    if (auto ok = evidence(r); !ok)
        return ok.error();
    std::sort(r.groups.begin(), r.groups.end(), [](const GroupSaving& a, const GroupSaving& b) {
        if (a.saving() != b.saving())
            return a.saving() > b.saving();
        return std::tie(a.tenant, a.prompt, a.function) < std::tie(b.tenant, b.prompt, b.function);
    });
    return std::move(r);
}

// Scenarios of one range whose scopes are row dimensions only, replayed in one scan of the range (each
// through its own Replay: the same arithmetic as runWhatIf, the scope decided per row instead of in SQL).
Result<std::vector<WhatIfResult>> runShared(Database& db, const PriceBook& prices, const std::vector<Scenario>& scs)
{
    std::vector<std::unique_ptr<Replay>> replays;
    std::vector<WhatIfResult> out;
    if (scs.empty())
        return out;
    for (const Scenario& sc : scs) {
        if (sc.from != scs.front().from || sc.to != scs.front().to)
            return invalid("shared replays need one range");
        replays.push_back(std::make_unique<Replay>(db, prices, sc));
        if (auto ok = replays.back()->prepare(); !ok)
            return ok.error();
        if (!replays.back()->simpleScope())
            return invalid("shared replays need scopes on request dimensions");
    }
    Statement q = db.prepare("SELECT " + eventRowColumns() + " FROM events e WHERE e.ts >= ?1 AND e.ts < ?2");
    if (!q.valid())
        return makeError(ErrorCode::Database, q.prepareError());
    q.bind(1, scs.front().from).bind(2, scs.front().to);
    EventRow row;
    while (q.step()) {
        readEventRow(q, row);
        for (auto& r : replays)
            if (r->matches(row))
                if (auto ok = r->process(row); !ok)
                    return ok.error();
    }
    if (!q.lastError().empty())
        return makeError(ErrorCode::Database, q.lastError());
    for (auto& r : replays) {
        auto res = r->finish();
        if (!res)
            return res.error();
        out.push_back(std::move(*res));
    }
    return out;
}

} // namespace

Result<WhatIfResult> runWhatIf(Database& db, const PriceBook& prices, const Scenario& scenario)
{
    Replay replay(db, prices, scenario);
    return replay.run();
}

namespace {

// "at most N input tokens" of a routing opportunity: the smallest of these that a quarter of the traffic fits.
constexpr std::int64_t kShortInputs[] = { 500, 1000, 2000 };
constexpr std::int64_t kCacheTarget = 600'000'000; // a prompt-cache opportunity raises the hit rate to 60%
constexpr std::int64_t kLongPrompt = 1024; // average input from which a stable prefix is worth caching
constexpr std::int64_t kCapFrom = 8000; // average input from which a context cap is proposed
constexpr std::size_t kCandidatesPerKind = 4;

// The most stripped lookup key of a model: its family ("gpt-4o-2024-08-06" -> "gpt-4o").
std::string familyOf(const std::string& model)
{
    auto keys = PriceBook::lookupKeys(model);
    return keys.empty() ? model : keys.back();
}

std::string thousands(std::int64_t tokens)
{
    if (tokens >= 1000)
        return std::to_string((tokens + 500) / 1000) + "k";
    return std::to_string(tokens);
}

struct Candidate
{
    Recommendation rec;
    Nano weight = 0; // the cost of the traffic it touches, for picking which candidates to run
};

} // namespace

Result<std::vector<Recommendation>> recommendSavings(
    Database& db, const PriceBook& prices, int count, std::optional<Epoch> now)
{
    std::vector<Recommendation> out;
    if (count <= 0)
        return out;
    Epoch end = 0;
    if (now) {
        end = *now;
    } else {
        Statement last = db.prepare("SELECT max(ts) FROM events");
        if (!last.valid())
            return makeError(ErrorCode::Database, last.prepareError());
        if (!last.step() || last.isNull(0))
            return out;
        end = last.int64(0);
    }
    const Epoch to = (end / kSecondsPerDay + 1) * kSecondsPerDay;
    const Epoch from = to - 30 * kSecondsPerDay;

    auto tiers = modelTiers(db);
    if (!tiers)
        return tiers.error();

    // One pass over the window: per tenant x prompt x provider x model, the traffic each kind of opportunity
    // looks at.
    Statement q = db.prepare("SELECT tenant, prompt_id, provider, model, count(*), sum(input), sum(cached), "
                             "sum(coalesce(cost, 0)), "
                             "sum(input <= ?3), sum(CASE WHEN input <= ?3 THEN coalesce(cost, 0) ELSE 0 END), "
                             "sum(input <= ?4), sum(CASE WHEN input <= ?4 THEN coalesce(cost, 0) ELSE 0 END), "
                             "sum(input <= ?5), sum(CASE WHEN input <= ?5 THEN coalesce(cost, 0) ELSE 0 END) "
                             "FROM events WHERE ts >= ?1 AND ts < ?2 AND cost IS NOT NULL AND (flags & 1) = 0 "
                             "GROUP BY tenant, prompt_id, provider, model");
    if (!q.valid())
        return makeError(ErrorCode::Database, q.prepareError());
    q.bind(1, from).bind(2, to).bind(3, kShortInputs[0]).bind(4, kShortInputs[1]).bind(5, kShortInputs[2]);
    constexpr std::size_t kShortCount = std::size(kShortInputs);
    struct TenantModel
    {
        std::int64_t requests = 0;
        std::array<std::int64_t, kShortCount> small {};
        std::array<Nano, kShortCount> smallCost {};
    };
    struct PromptTotals
    {
        std::int64_t requests = 0, input = 0, cached = 0;
        Nano cost = 0;
    };
    std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t>, TenantModel> byTenantModel;
    std::map<std::int64_t, PromptTotals> byPrompt;
    std::map<std::int64_t, std::map<std::int64_t, std::int64_t>> modelsByProvider; // provider -> model -> requests
    while (q.step()) {
        const std::int64_t tenant = q.int64(0), prompt = q.int64(1), provider = q.int64(2), model = q.int64(3);
        TenantModel& tm = byTenantModel[{ tenant, provider, model }];
        tm.requests += q.int64(4);
        for (std::size_t i = 0; i < kShortCount; ++i) {
            tm.small[i] += q.int64(8 + 2 * static_cast<int>(i));
            tm.smallCost[i] += q.int64(9 + 2 * static_cast<int>(i));
        }
        PromptTotals& pt = byPrompt[prompt];
        pt.requests += q.int64(4);
        pt.input += q.int64(5);
        pt.cached += q.int64(6);
        pt.cost += q.int64(7);
        modelsByProvider[provider][model] += q.int64(4);
    }
    if (!q.lastError().empty())
        return makeError(ErrorCode::Database, q.lastError());

    std::vector<Candidate> route, cache, cap;
    // Route: a premium or standard model's short requests to a much cheaper model of the same provider in use.
    for (const auto& [key, tm] : byTenantModel) {
        const auto& [tenant, provider, model] = key;
        auto tier = tiers->find(model);
        if (tier == tiers->end() || (tier->second != kTierPremium && tier->second != kTierStandard))
            continue;
        std::size_t shortIdx = 0;
        while (shortIdx < kShortCount && tm.small[shortIdx] * 4 < tm.requests)
            ++shortIdx;
        if (shortIdx == kShortCount || tm.smallCost[shortIdx] <= 0)
            continue;
        const std::int64_t shortInput = kShortInputs[shortIdx], small = tm.small[shortIdx];
        // The cheapest model of the same provider in use at no more than half the blended price: a cheaper
        // class, not a sibling snapshot.
        const Price* own = prices.resolve(db.dimValue(provider), db.dimValue(model), end);
        if (!own)
            continue;
        const Nano ownBlended = blendedPricePerMillion(*own);
        std::string target;
        Nano best = std::numeric_limits<Nano>::max();
        for (const auto& [other, n] : modelsByProvider[provider]) {
            if (other == model || tiers->find(other) == tiers->end())
                continue;
            const std::string name = db.dimValue(other);
            const Price* p = prices.resolve(db.dimValue(provider), name, end);
            if (!p || p->base.output.value_or(0) == 0) // embeddings answer nothing
                continue;
            const Nano blended = blendedPricePerMillion(*p);
            if (blended * 2 <= ownBlended && blended < best) {
                best = blended;
                target = name;
            }
        }
        if (target.empty())
            continue;
        const std::string tenantName = db.dimValue(tenant), family = familyOf(db.dimValue(model));
        Candidate c;
        c.rec.kind = "route";
        c.rec.title = (tenantName.empty() ? std::string("requests without a tenant") : tenantName) + " sends "
            + std::to_string((small * 100 + tm.requests / 2) / tm.requests) + "% of its " + family
            + " requests with at most " + std::to_string(shortInput) + " input tokens: route them to " + target;
        c.rec.tenant = tenantName;
        c.rec.model = family;
        c.rec.target = target;
        c.rec.sharePercent = (small * 100 + tm.requests / 2) / tm.requests;
        c.rec.maxInput = shortInput;
        c.rec.scenario.scope = { ScopeTerm { "tenant", tenantName } };
        ScenarioStep st;
        st.kind = StepKind::Route;
        st.from = family;
        st.to = target;
        st.maxInput = shortInput;
        c.rec.scenario.steps = { st };
        c.weight = tm.smallCost[shortIdx];
        route.push_back(std::move(c));
    }
    for (const auto& [prompt, pt] : byPrompt) {
        if (prompt == 0 || pt.requests == 0 || pt.cost <= 0)
            continue;
        const std::string name = db.dimValue(prompt);
        const std::int64_t avgInput = pt.input / pt.requests;
        const std::int64_t hitPct = pt.input ? (pt.cached * 100 + pt.input / 2) / pt.input : 0;
        if (avgInput >= kLongPrompt && pt.cached * 10 < pt.input * 3) {
            Candidate c;
            c.rec.kind = "cache-hit";
            c.rec.title = "prompt " + name + " sends " + thousands(avgInput)
                + " input tokens a request but its cache hit rate is " + std::to_string(hitPct) + "%: at "
                + std::to_string(kCacheTarget / 10'000'000) + "%";
            c.rec.prompt = name;
            c.rec.averageInput = avgInput;
            c.rec.hitPercent = hitPct;
            c.rec.targetPercent = kCacheTarget / 10'000'000;
            ScenarioStep st;
            st.kind = StepKind::PromptCache;
            st.prompt = name;
            st.rate = kCacheTarget;
            c.rec.scenario.steps = { st };
            c.weight = pt.cost;
            cache.push_back(std::move(c));
        }
        if (avgInput >= kCapFrom) {
            Candidate c;
            c.rec.kind = "cap-input";
            c.rec.title = "prompt " + name + " sends " + thousands(avgInput) + " input tokens a request: capped at "
                + thousands(avgInput / 2) + " (check that answers keep the context they need)";
            c.rec.prompt = name;
            c.rec.averageInput = avgInput;
            c.rec.cap = avgInput / 2;
            ScenarioStep st;
            st.kind = StepKind::CapInput;
            st.prompt = name;
            st.limit = avgInput / 2;
            c.rec.scenario.steps = { st };
            c.weight = pt.cost / 2;
            cap.push_back(std::move(c));
        }
    }
    std::vector<Candidate> chosen;
    for (auto* list : { &route, &cache, &cap }) {
        std::sort(list->begin(), list->end(), [](const Candidate& a, const Candidate& b) {
            return a.weight != b.weight ? a.weight > b.weight : a.rec.title < b.rec.title;
        });
        for (std::size_t i = 0; i < list->size() && i < kCandidatesPerKind; ++i)
            chosen.push_back(std::move((*list)[i]));
    }
    // Every candidate in one scan of the 30 days (the scan is what costs; the arithmetic is runWhatIf's).
    std::vector<Scenario> scenarios;
    for (Candidate& c : chosen) {
        c.rec.scenario.from = from;
        c.rec.scenario.to = to;
        scenarios.push_back(c.rec.scenario);
    }
    auto results = runShared(db, prices, scenarios);
    if (!results)
        return results.error();
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        chosen[i].rec.saving = (*results)[i].saving();
        if (chosen[i].rec.saving > 0)
            out.push_back(std::move(chosen[i].rec));
    }
    std::sort(out.begin(), out.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.saving != b.saving ? a.saving > b.saving : a.title < b.title;
    });
    if (out.size() > static_cast<std::size_t>(count))
        out.resize(static_cast<std::size_t>(count));
    return out;
}

} // namespace burnrate
