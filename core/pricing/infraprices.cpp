#include "pricing/infraprices.h"

namespace burnrate {

const std::vector<LambdaRates>& lambdaRateCatalog()
{
    // aws.amazon.com/lambda/pricing: on-demand, first tier; the same in us-east-1, us-east-2, us-west-2,
    // eu-west-1 and most other commercial regions since the per-ms billing change (2020-12-01).
    static const std::vector<LambdaRates> kRates = {
        { 1606780800, "*", 200'000'000, 16'666'700'000, 13'333'400'000 }, // 2020-12-01
    };
    return kRates;
}

const LambdaRates* lambdaRatesFor(std::string_view region, Epoch at)
{
    const LambdaRates* best = nullptr;
    for (const LambdaRates& r : lambdaRateCatalog()) {
        if (r.effectiveFrom > at || (r.region != region && r.region != "*"))
            continue;
        // A region's own rates beat the default; a later date beats an earlier one.
        if (!best || (r.region == region && best->region == "*")
            || (r.region == best->region && r.effectiveFrom >= best->effectiveFrom))
            best = &r;
    }
    return best;
}

Result<Nano> lambdaCost(
    const LambdaRates& rates, std::int64_t invocations, std::int64_t durationMs, std::int64_t memoryMb, bool arm)
{
    if (invocations < 0 || durationMs < 0 || memoryMb <= 0 || memoryMb > 1'000'000)
        return makeError(ErrorCode::Invalid, "Lambda usage out of range");
    using I = Int128;
    const I requests = I(invocations) * rates.perMillionRequests;
    // GB-s x 1e6 = durationMs x memoryMb / (1000 x 1024) x 1e6; the rate is per 1e6 GB-s.
    const I duration = I(durationMs) * memoryMb * (arm ? rates.perMillionGbSecondsArm : rates.perMillionGbSecondsX86);
    constexpr I kRequestsDiv = 1'000'000, kDurationDiv = I(1000) * 1024 * 1'000'000;
    const I total = (requests + kRequestsDiv / 2) / kRequestsDiv + (duration + kDurationDiv / 2) / kDurationDiv;
    if (total > I(INT64_MAX))
        return makeError(ErrorCode::Invalid, "Lambda cost overflows");
    return static_cast<Nano>(total);
}

} // namespace burnrate
