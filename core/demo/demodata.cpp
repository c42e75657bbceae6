#include "demo/demodata.h"

#include "analytics/budgets.h"
#include "demo/rng.h"
#include "ingest/batchpipe.h"
#include "pricing/costengine.h"
#include "pricing/infraprices.h"
#include "pricing/pricebook.h"
#include "store/annotationstore.h"
#include "store/budgetstore.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace burnrate {

namespace {

using Rng = DemoRng; // core/demo/rng.h

struct ModelChoice
{
    const char* provider;
    const char* model;
};

struct PromptSpec
{
    const char* id;
    const char* team;
    std::vector<ModelChoice> models;
    std::vector<double> modelWeights;
    double inputMedian, outputMedian;
    double share; // of all traffic
    bool cacheable; // long shared system prompt
    bool batch;
    const char* feature;
    const char* sampleQuestion;
    const char* sampleAnswer;
};

const std::vector<std::string> kTenants = { "acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka",
    "tyrell", "cyberdyne", "soylent", "oscorp" };
const std::vector<std::string> kEnvs = { "prod", "staging", "dev" };

std::vector<PromptSpec> prompts()
{
    return {
        { "support-answer", "support", { { "anthropic", "claude-sonnet-4-5-20250929" }, { "openai", "gpt-4o-mini" } },
            { 0.7, 0.3 }, 2400, 380, 0.30, true, false, "chat", "My invoice shows two charges for March. Can you help?",
            "I can see two charges on your March invoice: the regular plan fee and a prorated upgrade. "
            "Here is how they break down..." },
        { "ticket-triage", "support", { { "openai", "gpt-4o-mini" }, { "google", "gemini-2.5-flash" } }, { 0.6, 0.4 },
            900, 60, 0.18, true, false, "classify", "Customer says the export button does nothing on Safari.",
            "{\"category\": \"bug\", \"priority\": \"P2\", \"component\": \"export\"}" },
        { "search-rerank", "search", { { "openai", "gpt-4o-2024-08-06" }, { "google", "gemini-2.5-flash" } },
            { 0.5, 0.5 }, 3200, 120, 0.16, false, false, "search",
            "Rank these 20 passages for: 'reset two-factor authentication'", "[4, 11, 2, 17, 9]" },
        { "doc-summarize", "growth", { { "anthropic", "claude-haiku-4-5" }, { "mistral", "mistral-small-latest" } },
            { 0.65, 0.35 }, 6500, 450, 0.12, true, false, "summarize", "Summarize the attached 14-page MSA for sales.",
            "Key terms: 24-month term, net-45 payment, auto-renewal with 60-day notice, liability capped at fees "
            "paid." },
        { "sql-agent", "data", { { "anthropic", "claude-opus-4-1" }, { "openai", "o3-mini" } }, { 0.4, 0.6 }, 9000, 900,
            0.07, true, false, "agent", "Which tenants grew spend more than 20% month over month?",
            "SELECT tenant, ... FROM monthly_spend WHERE growth > 0.2 ORDER BY growth DESC;" },
        { "nightly-enrich", "data", { { "openai", "gpt-4o-mini" }, { "anthropic", "claude-haiku-4-5" } }, { 0.7, 0.3 },
            1500, 200, 0.07, false, true, "batch", "Extract company, role and seniority from this signature block.",
            "{\"company\": \"Initech\", \"role\": \"TPS analyst\", \"seniority\": \"mid\"}" },
        { "code-review", "platform", { { "anthropic", "claude-sonnet-4-5-20250929" }, { "google", "gemini-2.5-pro" } },
            { 0.55, 0.45 }, 14000, 700, 0.06, true, false, "review", "Review this diff for concurrency bugs.",
            "Line 42 reads m_cache without the lock taken on line 17; two pollers can race here." },
        { "embed-docs", "search", { { "openai", "text-embedding-3-small" } }, { 1.0 }, 700, 0, 0.03, false, false,
            "embed", "", "" },
        { "legacy-finetune", "growth", { { "azure", "acme-ft-gpt35-v2" } }, { 1.0 }, 800, 150, 0.01, false, false,
            "chat", "Draft a renewal reminder for a customer on the Team plan.",
            "Hi Dana, a quick reminder that your Team plan renews on the 1st..." },
    };
}

} // namespace

namespace {

// Amounts rounded up to two significant digits of whole dollars, as people set budgets.
Nano roundedBudget(Int128 nano)
{
    Int128 step = kNanoPerUsd;
    while (nano > step * 100)
        step *= 10;
    Int128 v = (nano + step - 1) / step * step;
    return static_cast<Nano>(std::clamp<Int128>(v, kNanoPerUsd, Int128(1) << 62));
}

// Three budgets sized from the data, so the Budgets page has something to show: everything per month a
// little above its recent pace, the search team per week a little below it (tiers cross), and the data
// team per quarter.
Result<void> addDemoBudgets(Database& db, Epoch end)
{
    CostQueries q(db);
    const Epoch today = floorDay(end);
    Budget all;
    all.name = "All LLM spend";
    all.period = BudgetPeriod::Monthly;
    Budget search;
    search.name = "Search team";
    search.period = BudgetPeriod::Weekly;
    search.scope = { { "team", "search" } };
    search.lens = Lens::Attribution;
    Budget data;
    data.name = "Data team";
    data.period = BudgetPeriod::Quarterly;
    data.scope = { { "team", "data" } };
    data.lens = Lens::Attribution;
    struct Plan
    {
        Budget* b;
        std::int64_t days; // look-back whose spend sizes the budget
        std::int64_t periodDays;
        int percent; // of that pace
    };
    for (Plan p : { Plan { &all, 28, 30, 115 }, Plan { &search, 14, 7, 80 }, Plan { &data, 28, 91, 105 } }) {
        auto spent = budgetSpend(q, *p.b, today - p.days * kSecondsPerDay, today);
        if (!spent)
            return spent.error();
        p.b->amount = roundedBudget(Int128(spent->cost) * p.periodDays * p.percent / (p.days * 100));
        if (auto id = addBudget(db, *p.b); !id && id.error().code != ErrorCode::Invalid)
            return id.error();
    }
    return {};
}

} // namespace

namespace {

// How likely an answer of this model and prompt version is good: smaller models lower, later prompt versions
// better (v3 > v2 > v1), so the Quality page has differences to find.
double goodAnswerRate(const std::string& model, const std::string& version)
{
    double p = 0.82;
    for (const char* small : { "-mini", "haiku", "flash", "small", "ft-gpt35" })
        if (model.find(small) != std::string::npos)
            p -= 0.13;
    if (version == "v1")
        p -= 0.12;
    else if (version == "v3")
        p += 0.09;
    return std::clamp(p, 0.05, 0.97);
}

// Per-request eval results and expert annotations on the requests that carry text, inside the caller's
// transaction. A latent "good answer" per request drives both, so ratings, thumbs and evals agree often but
// not always; three analysts overlap on some requests so agreement can be computed. A generator of its own
// keeps the usage data as it was for a seed.
// The serverless tenant: Wayne Enterprises runs its ticket summaries on AWS Lambda functions calling Bedrock
// (Claude Sonnet 4.5 through an application inference profile tagged with the tenant, and Amazon Nova Micro
// for routing, unowned). Billing-lens buckets as the bedrock and lambda sources write them, and the cost lines
// Cost Explorer would return (slightly above the computed figures: INIT billing, per-ms rounding). Its own
// random stream, so the rest of the demo is the same for a seed.
Result<void> addDemoAws(
    Database& db, const PriceBook& prices, const DemoOptions& opt, Epoch firstDay, Epoch lastDay, DemoSummary& sum)
{
    auto src = db.ensureSource("demo-aws", "demo");
    if (!src)
        return src.error();
    Rng rng(opt.seed ^ 0xa3b5c7d9e1f20468ULL);
    UsageWriter w(db, prices, *src, 50000);
    std::vector<CostLine> lines;
    const LambdaRates* rates = lambdaRatesFor("us-east-1", firstDay);
    for (Epoch day = firstDay; day <= lastDay; day += kSecondsPerDay) {
        const int dow = static_cast<int>((day / kSecondsPerDay + 4) % 7); // 0 = Sunday
        const double weekday = (dow == 0 || dow == 6) ? 0.35 : 1.0;
        const double growth = 1.0 + 0.5 * double(day - firstDay) / double(std::max<Epoch>(1, lastDay - firstDay));
        const std::int64_t summaries = rng.around(450 * weekday * growth, 0.15);
        const std::int64_t routes = rng.around(4000 * weekday * growth, 0.1);
        struct Call
        {
            const char* model;
            const char* tenant;
            std::int64_t requests, input, cached, output;
        };
        const Call calls[] = {
            { "anthropic.claude-sonnet-4-5-20250929-v1:0", "wayne", summaries, summaries * rng.around(2600, 0.1),
                summaries * rng.around(1100, 0.2), summaries * rng.around(320, 0.1) },
            { "us.amazon.nova-micro-v1:0", "", routes, routes * rng.around(420, 0.1), 0, routes * rng.around(12, 0.2) },
        };
        Nano bedrockCost = 0;
        for (const Call& call : calls) {
            UsageBucket b;
            b.start = day;
            b.widthSeconds = kSecondsPerDay;
            b.kind = "bedrock";
            b.dims.provider = "bedrock";
            b.dims.model = call.model;
            b.dims.tenant = call.tenant;
            b.dims.team = *call.tenant ? "data" : "";
            b.requests = call.requests;
            b.tokens.input = call.input;
            b.tokens.cachedInput = std::min(call.cached, call.input);
            b.tokens.output = call.output;
            if (auto r = w.add(b); !r)
                return r.error();
            ++sum.buckets;
            if (const Price* p = prices.resolve(b.dims.provider, b.dims.model, day))
                if (auto c = computeCost(*p, b.tokens, Billing {}))
                    bedrockCost += c->total;
        }
        struct Function
        {
            const char* name;
            const char* config;
            std::int64_t memoryMb, invocations, durationMs;
            bool arm;
            const char* tenant;
        };
        const Function functions[] = {
            { "summarise-ticket", "arm64/2048MB", 2048, summaries, summaries * rng.around(6200, 0.1), true, "wayne" },
            { "route-request", "x86_64/512MB", 512, routes, routes * rng.around(180, 0.1), false, "" },
        };
        Nano lambdaTotal = 0;
        for (const Function& f : functions) {
            UsageBucket b;
            b.start = day;
            b.widthSeconds = kSecondsPerDay;
            b.kind = "lambda";
            b.dims.provider = "aws-lambda";
            b.dims.model = f.name;
            b.dims.serviceTier = f.config;
            b.dims.tenant = f.tenant;
            b.requests = f.invocations;
            if (rates) {
                auto cost = lambdaCost(*rates, f.invocations, f.durationMs, f.memoryMb, f.arm);
                if (!cost)
                    return cost.error();
                b.infraCost = *cost;
                lambdaTotal += *cost;
            }
            if (auto r = w.add(b); !r)
                return r.error();
            ++sum.buckets;
        }
        CostLine bedrock;
        bedrock.start = day;
        bedrock.provider = "bedrock";
        bedrock.lineItem = "USE1-MP:USE1_InputTokenCount-Units";
        bedrock.description = "Claude Sonnet 4.5 (Amazon Bedrock Edition)";
        bedrock.amount = static_cast<Nano>(double(bedrockCost) * (1.0 + 0.01 * rng.uniform()));
        CostLine lambda;
        lambda.start = day;
        lambda.provider = "aws-lambda";
        lambda.lineItem = "Lambda-GB-Second";
        lambda.description = "AWS Lambda";
        lambda.amount = static_cast<Nano>(double(lambdaTotal) * (1.02 + 0.02 * rng.uniform()));
        lines.push_back(bedrock);
        lines.push_back(lambda);
    }
    for (const CostLine& l : lines) {
        if (auto r = w.add(l); !r)
            return r.error();
        ++sum.costLines;
    }
    return w.commit();
}

Result<void> addDemoQuality(Database& db, const DemoOptions& opt, Epoch lastDay, DemoSummary& sum)
{
    Rng rng(opt.seed ^ 0x5eed0a11u);
    struct Req
    {
        std::int64_t id;
        std::string ext;
        Epoch ts;
        std::int64_t model, promptId, promptVersion;
        std::string modelName, versionName, promptName;
    };
    std::vector<Req> reqs;
    {
        Statement s
            = db.prepare("SELECT e.id, e.ext_id, e.ts, e.model, e.prompt_id, e.prompt_version FROM event_text t "
                         "JOIN events e ON e.id = t.event_id WHERE e.status < 400 AND t.response <> '' "
                         "ORDER BY e.id");
        while (s.step())
            reqs.push_back({ s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5), {}, {}, {} });
        if (!s.lastError().empty())
            return makeError(ErrorCode::Database, s.lastError());
    }
    for (Req& r : reqs) {
        r.modelName = db.dimValue(r.model);
        r.versionName = db.dimValue(r.promptVersion);
        r.promptName = db.dimValue(r.promptId);
    }
    Statement ev
        = db.prepare("INSERT OR REPLACE INTO eval_results(ts, eval_name, model, prompt_id, prompt_version, "
                     "score, passed, event_ext_id, event_id) VALUES(?1, 'answer-quality', ?2, ?3, ?4, ?5, ?6, ?7,"
                     " ?8)");
    Statement an
        = db.prepare("INSERT OR REPLACE INTO annotations(event_id, author, ts, rating, thumb, labels, comment) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const char* analysts[] = { "maria.k", "dev.r", "sam.o" };
    const std::size_t annotateTarget = std::min<std::size_t>(reqs.size(), 400);
    const double annotateShare = reqs.empty() ? 0.0 : static_cast<double>(annotateTarget) / reqs.size();
    const char* goodComments[] = { "", "", "Clear and complete.", "Right answer, a bit long.", "" };
    const char* badComments[]
        = { "", "Cites a policy we do not have.", "Wrong totals.", "Ignores the question.", "Broken JSON." };
    // Good answers and judge mistakes are spread by error diffusion per model and prompt version, so each
    // cell's rates are what goodAnswerRate() says even where the demo holds only a few dozen of its requests
    // (independent draws would let noise reorder the versions of a small model).
    struct Cell
    {
        double good = 0.5, wrongOnGood = 0.5, wrongOnBad = 0.5; // apart, so the two patterns cannot alias
    };
    std::map<std::pair<std::int64_t, std::int64_t>, Cell> cells;
    auto diffuse = [](double& acc, double p) {
        acc += p;
        if (acc < 1.0)
            return false;
        acc -= 1.0;
        return true;
    };
    for (const Req& r : reqs) {
        Cell& cell = cells[{ r.model, r.promptVersion }];
        const bool good = diffuse(cell.good, goodAnswerRate(r.modelName, r.versionName));
        // An automated judge on 80% of them, right 90% of the time.
        if (rng.chance(0.8)) {
            bool passed = diffuse(good ? cell.wrongOnGood : cell.wrongOnBad, 0.1) ? !good : good;
            double score = passed ? 0.7 + 0.3 * rng.uniform() : 0.15 + 0.45 * rng.uniform();
            ev.bind(1, r.ts + 3600).bind(2, r.model).bind(3, r.promptId).bind(4, r.promptVersion);
            ev.bind(5, score).bind(6, passed ? 1 : 0).bind(7, r.ext).bind(8, r.id);
            if (!ev.exec())
                return makeError(ErrorCode::Database, ev.lastError());
            ++sum.evals;
        }
        if (!rng.chance(annotateShare))
            continue;
        // One analyst; a second on 30%, all three on 10%.
        std::size_t first = static_cast<std::size_t>(rng.range(0, 2));
        int count = rng.chance(0.1) ? 3 : rng.chance(0.3) ? 2 : 1;
        // The request's "true" rating; each analyst reads it with some noise.
        int trueRating = good ? (rng.chance(0.55)  ? 4
                                 : rng.chance(0.8) ? 5
                                                   : 3)
                              : (rng.chance(0.5)        ? 2
                                      : rng.chance(0.6) ? 1
                                                        : 3);
        for (int k = 0; k < count; ++k) {
            Annotation a;
            a.eventId = r.id;
            a.author = analysts[(first + static_cast<std::size_t>(k)) % 3];
            a.ts = std::min(r.ts + rng.range(3600, 4 * 86400), lastDay + 20 * 3600);
            int rating = trueRating;
            if (rng.chance(0.2))
                rating += rng.chance(0.5) ? 1 : -1;
            a.rating = std::clamp(rating, 1, 5);
            if (rng.chance(0.85)) { // the thumb follows the analyst's own rating; a 3 leans on the answer
                bool up = *a.rating >= 4 || (*a.rating == 3 && (rng.chance(0.7) ? good : !good));
                a.thumb = up ? Thumb::Up : Thumb::Down;
            }
            if (good) {
                if (rng.chance(0.6))
                    a.labels.push_back("correct");
                if (rng.chance(0.15))
                    a.labels.push_back("too verbose");
            } else {
                bool json = r.promptName == "ticket-triage" || r.promptName == "nightly-enrich";
                if (json && rng.chance(0.5))
                    a.labels.push_back("formatting");
                if (rng.chance(0.45))
                    a.labels.push_back("hallucination");
                if (rng.chance(0.15))
                    a.labels.push_back("off-policy");
                if (rng.chance(0.2))
                    a.labels.push_back("too verbose");
            }
            a.comment = (good ? goodComments : badComments)[rng.range(0, 4)];
            // One prepared statement instead of saveAnnotation(): the labels are the seeded taxonomy's.
            an.bind(1, a.eventId).bind(2, a.author).bind(3, a.ts).bind(4, *a.rating);
            if (a.thumb)
                an.bind(5, static_cast<int>(*a.thumb));
            else
                an.bindNull(5);
            an.bind(6, nlohmann::json(a.labels).dump()).bind(7, a.comment);
            if (!an.exec())
                return makeError(ErrorCode::Database, an.lastError());
            ++sum.annotations;
        }
    }
    return {};
}

} // namespace

Result<DemoSummary> generateDemo(Database& db, const PriceBook& prices, const DemoOptions& opt,
    std::function<void(std::int64_t, std::int64_t)> progress)
{
    if (opt.days < 1 || opt.days > 3650)
        return makeError(ErrorCode::Invalid, "--days must be between 1 and 3650");
    if (opt.events < 1 || opt.events > 1'000'000'000)
        return makeError(ErrorCode::Invalid, "--events must be between 1 and 1e9");
    Rng rng(opt.seed);
    Epoch lastDay = opt.end ? floorDay(opt.end) : floorDay(static_cast<Epoch>(std::time(nullptr)));
    Epoch firstDay = lastDay - static_cast<Epoch>(opt.days - 1) * kSecondsPerDay;
    DemoSummary sum;
    sum.from = firstDay;
    sum.to = lastDay + kSecondsPerDay;

    auto src = db.ensureSource("demo-proxy", "file");
    auto billingSrc = db.ensureSource("demo-billing", "demo");
    if (!src)
        return src.error();
    if (!billingSrc)
        return billingSrc.error();

    const auto specs = prompts();
    std::vector<double> promptShares;
    for (const auto& p : specs)
        promptShares.push_back(p.share);
    // Heavy tail: tenant i gets weight 1 / (i+1)^1.3.
    std::vector<double> tenantWeights;
    for (std::size_t i = 0; i < kTenants.size(); ++i)
        tenantWeights.push_back(1.0 / std::pow(static_cast<double>(i + 1), 1.3));

    // Day weights: weekday seasonality and ~60% growth over the period.
    std::vector<double> dayWeight(static_cast<std::size_t>(opt.days));
    double totalWeight = 0;
    for (int d = 0; d < opt.days; ++d) {
        Epoch day = firstDay + d * kSecondsPerDay;
        std::int64_t wd = ((day / kSecondsPerDay + 3) % 7 + 7) % 7; // 0 = Monday
        double w = (wd >= 5 ? 0.45 : 1.0) * (1.0 + 0.6 * d / std::max(1, opt.days - 1)) * (0.9 + 0.2 * rng.uniform());
        dayWeight[static_cast<std::size_t>(d)] = w;
        totalWeight += w;
    }
    const int snapshotSwitchDay = opt.days / 2; // gpt-4o-2024-08-06 -> gpt-4o-2024-11-20
    const int cachingRolloutDay = opt.days * 45 / 90;
    const int responseCacheDay = opt.days / 3;
    const int stormDay = std::max(0, opt.days - 25);
    const std::int64_t stormEvents = std::max<std::int64_t>(1, opt.events / 60);

    UsageWriter writer(db, prices, *src, 50000);
    // Attributed usage per (day, provider, model, project, api_key): the billing buckets derive from it.
    struct Agg
    {
        std::int64_t requests = 0, input = 0, cached = 0, cw5m = 0, output = 0;
    };
    std::map<std::tuple<Epoch, std::string, std::string, std::string>, Agg> billing;

    auto emit = [&](UsageEvent& e) -> Result<void> {
        if (auto r = writer.add(e); !r)
            return r;
        ++sum.events;
        if (progress && sum.events % 100000 == 0)
            progress(sum.events, opt.events);
        return {};
    };

    // The requests are drawn on a second thread and handed over in batches (the store's writer is the
    // bottleneck; drawing them is about a tenth of the work). The draws and their order are as before, so a
    // seed gives the same dataset; the random stream goes on on this thread once the generator is joined.
    constexpr std::size_t kBatch = 1024;
    BatchPipe<UsageEvent> pipe(4);
    auto generate = [&] {
        std::vector<UsageEvent> batch;
        batch.reserve(kBatch);
        auto send = [&](UsageEvent& e) {
            // The billing buckets' sums are taken here, off the writer's thread (read once it is joined).
            if (!e.cacheHit) {
                auto& a = billing[{ floorDay(e.ts), e.dims.provider, e.dims.model, e.dims.team }];
                a.requests += 1;
                a.input += e.tokens.input;
                a.cached += e.tokens.cachedInput;
                a.cw5m += e.tokens.cacheWrite5m;
                a.output += e.tokens.output;
            }
            batch.push_back(std::move(e));
            if (batch.size() < kBatch)
                return true;
            if (!pipe.push(std::move(batch)))
                return false;
            batch = pipe.emptyBatch();
            batch.clear();
            batch.reserve(kBatch);
            return true;
        };
        std::int64_t seq = 0;
        const std::int64_t regular = opt.events - stormEvents;
        UsageEvent e;
        for (int d = 0; d < opt.days; ++d) {
            Epoch day = firstDay + d * kSecondsPerDay;
            auto n = static_cast<std::int64_t>(
                std::llround(regular * dayWeight[static_cast<std::size_t>(d)] / totalWeight));
            if (d == opt.days - 1)
                n = std::max<std::int64_t>(0, regular - seq);
            for (std::int64_t i = 0; i < n && seq < regular; ++i, ++seq) {
                e = UsageEvent {};
                const PromptSpec& p = rng.pick(specs, promptShares);
                const ModelChoice& m = rng.pick(p.models, p.modelWeights);
                // Business hours peak (UTC 13-21), some night traffic.
                double hourPos = rng.chance(0.75) ? 13 + 8 * rng.uniform() : 24 * rng.uniform();
                e.ts = day + static_cast<Epoch>(hourPos * 3600) % kSecondsPerDay;
                e.id = "demo-" + std::to_string(seq);
                e.dims.provider = m.provider;
                e.dims.model = m.model;
                if (std::string_view(m.model) == "gpt-4o-2024-08-06" && d >= snapshotSwitchDay)
                    e.dims.model = "gpt-4o-2024-11-20";
                e.dims.tenant = rng.pick(kTenants, tenantWeights);
                e.dims.team = p.team;
                e.dims.project = std::string(p.team) + "-app";
                e.dims.env = rng.pick(kEnvs, { 0.82, 0.13, 0.05 });
                e.dims.user = "user-" + std::to_string(rng.range(1, 400));
                e.dims.apiKey = "key-" + std::string(p.team) + "-" + e.dims.env;
                e.dims.promptId = p.id;
                // Versions roll forward over the period.
                int version = 1 + static_cast<int>((d + rng.range(0, 10)) * 3 / std::max(1, opt.days));
                e.dims.promptVersion = "v" + std::to_string(std::min(version, 3));
                if (rng.chance(0.35))
                    e.dims.traceId = "trace-" + std::to_string(seq / 4);
                if (std::string_view(m.provider) == "openai" && e.dims.tenant == "acme" && rng.chance(0.2))
                    e.dims.serviceTier = "priority";
                e.batch = p.batch;
                e.tokens.input = rng.around(p.inputMedian, 0.5);
                e.tokens.output = p.outputMedian > 0 ? rng.around(p.outputMedian, 0.6) : 0;
                bool caching = p.cacheable && d >= cachingRolloutDay && std::string_view(m.provider) != "mistral";
                if (p.cacheable) {
                    double cachedShare = caching ? 0.45 + 0.3 * rng.uniform() : (rng.chance(0.1) ? 0.2 : 0.0);
                    e.tokens.cachedInput = static_cast<std::int64_t>(e.tokens.input * cachedShare);
                    if (caching && std::string_view(m.provider) == "anthropic" && rng.chance(0.08))
                        e.tokens.cacheWrite5m = std::min(e.tokens.input - e.tokens.cachedInput, e.tokens.input / 3);
                }
                e.cacheHit = std::string_view(p.id) == "support-answer" && d >= responseCacheDay && rng.chance(0.09);
                double r = rng.uniform();
                e.status = r < 0.006 ? 500 : r < 0.012 ? 429 : r < 0.015 ? 400 : 200;
                if (e.status >= 400)
                    e.tokens.output = 0;
                e.latencyMs
                    = e.cacheHit ? rng.range(5, 40) : 300 + e.tokens.output * rng.range(8, 25) + rng.range(0, 400);
                // The chat-facing prompts stream: their first token comes after the prompt is read (about 40k input
                // tokens a second), with no further draw so every other figure of the demo stays as it was.
                const std::string_view id(p.id);
                if (!e.cacheHit && e.status < 400
                    && (id == "support-answer" || id == "code-review" || id == "sql-agent"))
                    e.ttftMs = std::min(*e.latencyMs, 180 + e.tokens.input / 40 + *e.latencyMs % 120);
                e.tags = { { "feature", p.feature }, { "region", rng.chance(0.7) ? "us" : "eu" } };
                if (rng.chance(0.015) && p.sampleQuestion[0]) {
                    e.prompt = p.sampleQuestion;
                    e.response = e.status >= 400 ? "" : p.sampleAnswer;
                }
                if (!send(e))
                    return;
            }
        }
        // Retry storm: one tenant's agent loops on 429/500 for three hours.
        Epoch stormStart = firstDay + stormDay * kSecondsPerDay + 15 * 3600;
        for (std::int64_t i = 0; i < stormEvents; ++i, ++seq) {
            e = UsageEvent {};
            e.id = "demo-" + std::to_string(seq);
            e.ts = stormStart + (i * 3 * 3600) / stormEvents;
            e.dims.provider = "anthropic";
            e.dims.model = "claude-sonnet-4-5-20250929";
            e.dims.tenant = "globex";
            e.dims.team = "data";
            e.dims.project = "data-app";
            e.dims.env = "prod";
            e.dims.user = "svc-etl";
            e.dims.apiKey = "key-data-prod";
            e.dims.promptId = "sql-agent";
            e.dims.promptVersion = "v3";
            e.dims.traceId = "storm-" + std::to_string(i / 40);
            e.tokens.input = rng.around(9000, 0.3);
            e.tokens.output = rng.chance(0.3) ? rng.around(300, 0.5) : 0;
            e.status = e.tokens.output ? 200 : (rng.chance(0.6) ? 429 : 500);
            e.latencyMs = rng.range(200, 4000);
            e.tags = { { "feature", "agent" }, { "region", "us" } };
            if (!send(e))
                return;
        }
        if (!batch.empty())
            pipe.push(std::move(batch));
    };
    auto generated = [&]() -> Result<void> {
        std::thread generator([&] {
            generate();
            pipe.close();
        });
        // However the loop below ends, the generator is stopped and joined before anything returns.
        struct Join
        {
            BatchPipe<UsageEvent>& pipe;
            std::thread& thread;
            ~Join()
            {
                pipe.cancel();
                thread.join();
            }
        } join { pipe, generator };
        std::vector<UsageEvent> batch;
        while (pipe.pop(batch)) {
            for (UsageEvent& e : batch)
                if (auto r = emit(e); !r)
                    return r;
            pipe.recycle(std::move(batch));
        }
        return {};
    };
    if (auto r = generated(); !r)
        return r.error();
    if (auto r = writer.commit(); !r)
        return r.error();

    // Provider billing: what each provider invoiced, which includes traffic that bypassed the proxy.
    UsageWriter billWriter(db, prices, *billingSrc, 50000);
    for (const auto& [k, a] : billing) {
        const auto& [day, provider, model, team] = k;
        if (provider == "azure")
            continue; // not connected to a usage API in the demo
        UsageBucket b;
        b.start = day;
        b.widthSeconds = kSecondsPerDay;
        b.kind = "completions";
        b.dims.provider = provider;
        b.dims.model = model;
        b.dims.project = team + "-app";
        double extra = 1.06 + 0.08 * rng.uniform(); // unattributed traffic (scripts, notebooks, other apps)
        b.requests = static_cast<std::int64_t>(a.requests * extra);
        b.tokens.input = static_cast<std::int64_t>(a.input * extra);
        b.tokens.cachedInput = static_cast<std::int64_t>(a.cached * extra);
        b.tokens.cacheWrite5m = static_cast<std::int64_t>(a.cw5m * extra);
        b.tokens.output = static_cast<std::int64_t>(a.output * extra);
        if (auto r = billWriter.add(b); !r)
            return r.error();
        ++sum.buckets;
    }
    if (auto r = billWriter.commit(); !r)
        return r.error();
    // Invoiced cost lines per day, provider and project (what the Costs APIs would return).
    {
        Statement lines
            = db.prepare("SELECT b.start, p.value, coalesce(j.value, ''), sum(coalesce(b.cost, 0)) FROM buckets b "
                         "JOIN dims p ON p.id = b.provider LEFT JOIN dims j ON j.id = b.project WHERE b.source_id = ?1 "
                         "GROUP BY 1, 2, 3");
        lines.bind(1, *billingSrc);
        std::vector<CostLine> out;
        while (lines.step()) {
            CostLine c;
            c.start = lines.int64(0);
            c.provider = lines.text(1);
            c.project = lines.text(2);
            c.lineItem = c.provider + " API usage";
            c.amount = lines.int64(3);
            out.push_back(std::move(c));
        }
        for (const auto& c : out) {
            if (auto r = billWriter.add(c); !r)
                return r.error();
            ++sum.costLines;
        }
        if (auto r = billWriter.commit(); !r)
            return r.error();
    }

    if (auto r = addDemoAws(db, prices, opt, firstDay, lastDay, sum); !r)
        return r.error();

    // Evals and expert annotations.
    if (auto r = db.begin(); !r)
        return r.error();
    Statement ev = db.prepare("INSERT OR REPLACE INTO eval_results(ts, eval_name, model, prompt_id, prompt_version, "
                              "score, passed) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const auto& p : specs) {
        if (std::string_view(p.id) == "embed-docs")
            continue;
        for (const auto& m : p.models) {
            for (int v = 1; v <= 3; ++v) {
                double base = 0.70 + 0.05 * v
                    + (std::string_view(m.model).find("mini") != std::string_view::npos ? -0.06 : 0.0);
                double score = std::min(0.99, base + 0.04 * rng.normal());
                auto model = db.intern(Dim::Model, m.model);
                auto promptId = db.intern(Dim::PromptId, p.id);
                auto promptVersion = db.intern(Dim::PromptVersion, "v" + std::to_string(v));
                for (const auto* id : { &model, &promptId, &promptVersion })
                    if (!*id) {
                        db.rollback();
                        return id->error();
                    }
                ev.bind(1, firstDay + (v * opt.days / 4) * kSecondsPerDay).bind(2, "helpfulness");
                ev.bind(3, *model).bind(4, *promptId).bind(5, *promptVersion);
                ev.bind(6, score).bind(7, score >= 0.75 ? 1 : 0);
                if (!ev.exec())
                    return makeError(ErrorCode::Database, ev.lastError());
                ++sum.evals;
            }
        }
    }
    if (auto r = addDemoQuality(db, opt, lastDay, sum); !r) {
        db.rollback();
        return r.error();
    }
    if (auto r = db.setMeta("demo_seed", std::to_string(opt.seed)); !r)
        return r.error();
    if (auto r = db.commit(); !r)
        return r.error();
    if (auto r = addDemoBudgets(db, sum.to); !r)
        return r.error();
    if (progress)
        progress(opt.events, opt.events);
    return sum;
}

} // namespace burnrate
