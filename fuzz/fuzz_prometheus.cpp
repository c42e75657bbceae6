// libFuzzer target: Prometheus text format parser and the LiteLLM metric extraction.
#include "sources/litellmmetrics.h"
#include "sources/prometheus.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = burnrate::parsePrometheusText(text);
    if (r.ok()) {
        (void)burnrate::extractProxyCounters(*r);
        (void)burnrate::extractBudgetGauges(*r);
    }
    (void)burnrate::parsePromValue(text.substr(0, 64));
    (void)burnrate::unescapeLabelValue(text.substr(0, 256));
    return 0;
}
