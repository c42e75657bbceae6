#include "sources/sourcetypes.h"

#include "sources/connector.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace burnrate {

const std::vector<SourceType>& sourceTypes()
{
    static const std::vector<SourceType> kTypes = {
        { "openai", "OpenAI usage and costs (organization admin API)", "https://api.openai.com/v1",
            SourceCredential::ApiKey, "an admin key (sk-admin-...)", false, false, &pollOpenAI },
        { "anthropic", "Anthropic usage and cost reports (admin API)", "https://api.anthropic.com",
            SourceCredential::ApiKey, "an admin key (sk-ant-admin...)", false, false, &pollAnthropic },
        { "litellm", "LiteLLM proxy spend logs", "http://localhost:4000", SourceCredential::ApiKey,
            "the proxy's master key or an admin key", false, false, &pollLiteLLMSpend },
        { "litellm-metrics", "LiteLLM proxy Prometheus metrics (/metrics)", "http://localhost:4000",
            SourceCredential::OptionalKey, "a bearer token, if the endpoint wants one", false, true,
            &pollLiteLLMMetrics },
        { "bedrock", "Amazon Bedrock token metrics (CloudWatch AWS/Bedrock)",
            "https://monitoring.{region}.amazonaws.com", SourceCredential::Aws,
            "AWS access key id and secret (read-only IAM user or role)", true, false, &pollBedrock },
        { "lambda", "AWS Lambda invocations and duration x memory (CloudWatch AWS/Lambda)",
            "https://monitoring.{region}.amazonaws.com", SourceCredential::Aws,
            "AWS access key id and secret (read-only IAM user or role)", true, false, &pollLambda },
        { "aws-costs", "AWS Cost Explorer: Bedrock and Lambda cost lines", "https://ce.us-east-1.amazonaws.com",
            SourceCredential::Aws, "AWS access key id and secret (ce:GetCostAndUsage)", false, false, &pollAwsCosts,
            360 },
        { "vertex", "Google Vertex AI token counts (Cloud Monitoring)", "https://monitoring.googleapis.com",
            SourceCredential::ApiKey,
            "an OAuth access token with monitoring.read (gcloud auth print-access-token), or a service-account JSON "
            "key "
            "(roles/monitoring.viewer)",
            false, false, &pollVertex },
        { "gcp-billing", "Google Cloud Billing export files: Vertex AI / Gemini cost lines and tokens", "",
            SourceCredential::None, "no key: reads the export files at its path", false, false, &pollGcpBilling, 60,
            true },
    };
    return kTypes;
}

const SourceType* findSourceType(std::string_view name)
{
    const auto& all = sourceTypes();
    auto it = std::find_if(all.begin(), all.end(), [&](const SourceType& t) { return t.name == name; });
    return it == all.end() ? nullptr : &*it;
}

std::string sourceTypeNames()
{
    std::string out;
    for (const SourceType& t : sourceTypes())
        out += (out.empty() ? "" : ", ") + std::string(t.name);
    return out;
}

std::string sourceRegion(const SourceInfo& source)
{
    auto j = nlohmann::json::parse(source.configJson, nullptr, false);
    if (j.is_object())
        if (auto it = j.find("region"); it != j.end() && it->is_string() && !it->get<std::string>().empty())
            return it->get<std::string>();
    for (const char* var : { "AWS_REGION", "AWS_DEFAULT_REGION" })
        if (const char* v = std::getenv(var); v && *v)
            return v;
    return "us-east-1";
}

std::string effectiveBaseUrl(const SourceInfo& source)
{
    std::string base = source.baseUrl;
    if (base.empty())
        if (const SourceType* t = findSourceType(source.type)) {
            base = std::string(t->defaultBaseUrl);
            if (auto at = base.find("{region}"); at != std::string::npos)
                base.replace(at, 8, sourceRegion(source));
        }
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base;
}

std::optional<Epoch> nextPollDue(Database& db, const SourceInfo& source)
{
    if (!findSourceType(source.type) || source.intervalMinutes <= 0)
        return std::nullopt;
    const Epoch interval = Epoch(source.intervalMinutes) * 60;
    if (source.lastError.empty())
        return source.lastSuccess ? *source.lastSuccess + interval : Epoch(0);
    // Failing: back off from the last attempt, doubling with each failure in a row.
    const auto runs = db.syncLog(source.id, 12);
    int failures = 0;
    for (const SyncLogEntry& e : runs) {
        if (e.error.empty())
            break;
        ++failures;
    }
    if (runs.empty())
        return source.lastSuccess ? *source.lastSuccess + interval : Epoch(0);
    const Epoch backoff = std::min<Epoch>(interval, Epoch(60) << std::clamp(failures - 1, 0, 20));
    return runs.front().started + backoff;
}

} // namespace burnrate
