// libFuzzer target: OpenAI usage and costs page parsers.
#include "sources/providers.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view body(reinterpret_cast<const char*>(data), size);
    for (const char* kind : { "completions", "embeddings", "images" }) {
        auto page = burnrate::parseOpenAIUsagePage(body, kind);
        if (page.ok())
            for (const auto& iv : page->intervals)
                for (const auto& b : iv.rows)
                    if (b.tokens.input < b.tokens.cachedInput + b.tokens.cacheWrite5m || b.tokens.output < 0)
                        __builtin_trap(); // the parser promises consistent token counts
    }
    (void)burnrate::parseOpenAICostsPage(body);
    return 0;
}
