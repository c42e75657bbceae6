#pragma once

#include "model/money.h"
#include "model/timeutil.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace burnrate {

// The allocation dimensions every usage row may carry. Values are interned to integer ids in
// the store (the numbers are stored: append only); the order here is the store's column order.
enum class Dim : std::uint8_t
{
    Provider,
    Model,
    Tenant,
    Team,
    Project,
    Env,
    User,
    ApiKey,
    PromptId,
    PromptVersion,
    TraceId,
    ServiceTier,
    TagKey,
    TagValue,
    // Not stored: the price class of the model (premium, standard, economy, or an allocation rule's value),
    // derived when a query groups or filters by it (analytics/modeltier.h).
    ModelTier,
    Count
};

constexpr std::size_t kDimCount = static_cast<std::size_t>(Dim::Count);

// One value per dimension, indexed by name (Dim), never by a bare position.
template <class T> struct DimArray
{
    std::array<T, kDimCount> values {};
    T& operator[](Dim d)
    {
        return values[static_cast<std::size_t>(d)];
    }
    const T& operator[](Dim d) const
    {
        return values[static_cast<std::size_t>(d)];
    }
};

// The dimensions a usage row stores as columns (tags apart), in column order.
inline constexpr Dim kRowDims[] = { Dim::Provider, Dim::Model, Dim::Tenant, Dim::Team, Dim::Project, Dim::Env,
    Dim::User, Dim::ApiKey, Dim::PromptId, Dim::PromptVersion, Dim::TraceId, Dim::ServiceTier };

// Lower-case name used in CLI/CSV ("provider", "api_key", "prompt", ...). Tag keys/values have none.
const char* dimName(Dim d);
std::optional<Dim> dimFromName(std::string_view name);

// The dimensions a usage row carries as strings (tags apart). Empty string = none.
struct Dimensions
{
    std::string provider, model, tenant, team, project, env, user, apiKey, promptId, promptVersion, traceId,
        serviceTier;

    std::string& operator[](Dim d);
    const std::string& operator[](Dim d) const;
};

struct TokenCounts
{
    std::int64_t input = 0; // ALL prompt tokens, cached and cache writes included
    std::int64_t cachedInput = 0; // cache reads (subset of input)
    std::int64_t cacheWrite5m = 0; // cache writes, 5-minute lifetime (subset of input)
    std::int64_t cacheWrite1h = 0; // cache writes, 1-hour lifetime (subset of input)
    std::int64_t output = 0; // completion tokens, reasoning included

    std::int64_t uncachedInput() const
    {
        return input - cachedInput - cacheWrite5m - cacheWrite1h;
    }
    std::int64_t cacheWrites() const
    {
        return cacheWrite5m + cacheWrite1h;
    }
};

// One LLM request (proxy log, file import): the attribution lens.
struct UsageEvent
{
    std::string id; // unique per source
    Epoch ts = 0;
    Dimensions dims;
    TokenCounts tokens;
    std::optional<Nano> reportedCost;
    std::optional<std::int64_t> latencyMs;
    std::optional<std::int64_t> ttftMs; // time to first token of a streamed response, where the source reports it
    int status = 200;
    bool cacheHit = false;
    bool batch = false;
    std::vector<std::pair<std::string, std::string>> tags;
    std::string prompt, response; // optional texts kept for annotation
};

// Which view of spend a row belongs to. The lenses are never summed together.
enum class Lens : int
{
    Attribution = 0, // per-request proxy logs and imports: tenant, prompt, team
    Billing = 1, // provider usage APIs: everything billed
    ProxyMetrics = 2, // proxy Prometheus counters turned into buckets
};
const char* lensName(Lens l);
std::optional<Lens> lensFromName(std::string_view name);

// Aggregated usage reported by a provider API for a time bucket: the billing lens.
struct UsageBucket
{
    Epoch start = 0;
    std::int64_t widthSeconds = 86400;
    Dimensions dims; // provider, model, project(workspace), api_key, user, service_tier
    std::string contextWindow; // e.g. Anthropic "0-200k"
    std::string kind; // e.g. "completions", "embeddings", "messages"
    TokenCounts tokens;
    std::int64_t requests = 0;
    bool batch = false;
    std::optional<Nano> reportedCost;
    Lens lens = Lens::Billing;
    // Infrastructure a connector priced itself (AWS Lambda: requests and GB-seconds, pricing/infraprices.h):
    // stored as the bucket's cost instead of a token price.
    std::optional<Nano> infraCost;
};

// An invoiced amount from a provider cost API (reconciliation).
struct CostLine
{
    Epoch start = 0;
    std::int64_t widthSeconds = 86400;
    std::string provider, project, lineItem, description;
    Nano amount = 0;
    std::string currency = "usd";
};

} // namespace burnrate
