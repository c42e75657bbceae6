// libFuzzer target: LiteLLM spend-log pages (v2 and legacy) and attribution-rule configs.
#include "sources/litellm.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view body(reinterpret_cast<const char*>(data), size);
    static const auto rules = burnrate::AttributionRules::defaults();
    auto page = burnrate::parseSpendLogsPage(body, rules);
    if (page.ok())
        for (const auto& e : page->events)
            if (e.tokens.uncachedInput() < 0 || e.id.empty())
                __builtin_trap();
    auto config = burnrate::AttributionRules::fromConfig(body);
    if (config.ok())
        (void)burnrate::parseSpendLogsPage(R"([{"request_id":"r","startTime":"2026-08-06T09:12:44Z",)"
                                           R"("request_tags":["tenant:a"],"metadata":{"x":"y"}}])",
            *config);
    return 0;
}
