// libFuzzer target: Anthropic usage_report and cost_report page parsers.
#include "sources/providers.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view body(reinterpret_cast<const char*>(data), size);
    auto usage = burnrate::parseAnthropicUsagePage(body);
    if (usage.ok())
        for (const auto& iv : usage->intervals)
            for (const auto& b : iv.rows)
                if (b.tokens.uncachedInput() < 0)
                    __builtin_trap();
    (void)burnrate::parseAnthropicCostPage(body);
    return 0;
}
