#include "model/usage.h"

#include "model/price.h"

namespace burnrate {

namespace {
constexpr const char* kDimNames[] = { "provider", "model", "tenant", "team", "project", "env", "user", "api_key",
    "prompt", "prompt_version", "trace_id", "service_tier", "tag_key", "tag_value", "model_tier" };
static_assert(sizeof(kDimNames) / sizeof(kDimNames[0]) == kDimCount);
} // namespace

const char* dimName(Dim d)
{
    return kDimNames[static_cast<std::size_t>(d)];
}

std::optional<Dim> dimFromName(std::string_view name)
{
    if (name == "prompt_id")
        return Dim::PromptId;
    if (name == "model_tier")
        return Dim::ModelTier;
    if (name == "function") // AWS Lambda buckets keep the function where token facts keep the model
        return Dim::Model;
    for (std::size_t i = 0; i < static_cast<std::size_t>(Dim::TagKey); ++i)
        if (name == kDimNames[i])
            return static_cast<Dim>(i);
    return std::nullopt;
}

std::string& Dimensions::operator[](Dim d)
{
    return const_cast<std::string&>(static_cast<const Dimensions&>(*this)[d]);
}

const std::string& Dimensions::operator[](Dim d) const
{
    switch (d) {
    case Dim::Provider:
        return provider;
    case Dim::Model:
        return model;
    case Dim::Tenant:
        return tenant;
    case Dim::Team:
        return team;
    case Dim::Project:
        return project;
    case Dim::Env:
        return env;
    case Dim::User:
        return user;
    case Dim::ApiKey:
        return apiKey;
    case Dim::PromptId:
        return promptId;
    case Dim::PromptVersion:
        return promptVersion;
    case Dim::TraceId:
        return traceId;
    case Dim::ServiceTier:
        return serviceTier;
    default:
        break;
    }
    static const std::string kEmpty;
    return kEmpty;
}

const char* lensName(Lens l)
{
    switch (l) {
    case Lens::Attribution:
        return "attribution";
    case Lens::Billing:
        return "billing";
    case Lens::ProxyMetrics:
        return "proxy";
    }
    return "attribution";
}

std::optional<Lens> lensFromName(std::string_view name)
{
    if (name == "attribution")
        return Lens::Attribution;
    if (name == "billing")
        return Lens::Billing;
    if (name == "proxy")
        return Lens::ProxyMetrics;
    return std::nullopt;
}

const char* priceOriginName(PriceOrigin o)
{
    switch (o) {
    case PriceOrigin::Catalog:
        return "catalog";
    case PriceOrigin::Imported:
        return "imported";
    case PriceOrigin::Override:
        return "override";
    }
    return "catalog";
}

} // namespace burnrate
