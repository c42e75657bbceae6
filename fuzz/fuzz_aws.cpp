// libFuzzer target: the AWS parsers (CloudWatch GetMetricData / ListMetrics, Bedrock inference profiles and
// tags, Lambda functions, Cost Explorer) and the Bedrock invocation log record.
#include "ingest/bedrocklog.h"
#include "sources/aws.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view body(reinterpret_cast<const char*>(data), size);
    if (auto m = burnrate::parseGetMetricData(body); m.ok())
        for (const auto& s : m->series)
            for (const auto& [t, v] : s.points)
                if (t < 0)
                    __builtin_trap();
    (void)burnrate::parseListMetrics(body);
    (void)burnrate::parseInferenceProfiles(body);
    (void)burnrate::parseBedrockTags(body);
    (void)burnrate::parseLambdaFunctions(body);
    if (auto c = burnrate::parseCostAndUsage(body); c.ok())
        for (const auto& g : c->groups)
            if (g.end <= g.start)
                __builtin_trap();
    (void)burnrate::parseDimensionValues(body);
    (void)burnrate::awsErrorCode(body);
    burnrate::UsageEvent e;
    std::string reason;
    if (burnrate::parseBedrockInvocationLog(body, e, reason))
        if (e.tokens.uncachedInput() < 0 || e.tokens.input < 0)
            __builtin_trap();
    return 0;
}
