#include "pricing/infraprices.h"

#include <algorithm>
#include <tuple>

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
    return lambdaCostMbMs(rates, invocations, Int128(durationMs) * memoryMb, arm);
}

Result<Nano> lambdaCostMbMs(const LambdaRates& rates, std::int64_t invocations, Int128 mbMs, bool arm)
{
    using I = Int128;
    // More than 2^80 MB-ms (about 10^18 GB-s) is no real usage; below it, the product with a rate below 2^45
    // fits 127 bits.
    if (invocations < 0 || mbMs < 0 || mbMs > (I(1) << 80))
        return makeError(ErrorCode::Invalid, "Lambda usage out of range");
    const I requests = I(invocations) * rates.perMillionRequests;
    // GB-s x 1e6 = mbMs / (1000 x 1024) x 1e6; the rate is per 1e6 GB-s.
    const Nano rate = arm ? rates.perMillionGbSecondsArm : rates.perMillionGbSecondsX86;
    if (rate < 0 || rate > (std::int64_t(1) << 45))
        return makeError(ErrorCode::Invalid, "Lambda rate out of range");
    const I duration = mbMs * rate;
    constexpr I kRequestsDiv = 1'000'000, kDurationDiv = I(1000) * 1024 * 1'000'000;
    const I total = (requests + kRequestsDiv / 2) / kRequestsDiv + (duration + kDurationDiv / 2) / kDurationDiv;
    if (total > I(INT64_MAX))
        return makeError(ErrorCode::Invalid, "Lambda cost overflows");
    return static_cast<Nano>(total);
}

Result<std::vector<std::optional<Nano>>> lambdaCosts(
    const std::vector<LambdaUsage>& usage, std::string_view region, bool freeTier)
{
    std::vector<std::size_t> order(usage.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(usage[a].start, usage[a].function) < std::tie(usage[b].start, usage[b].function);
    });
    std::vector<std::optional<Nano>> out(usage.size());
    Epoch month = -1;
    std::int64_t requestsLeft = 0;
    Int128 mbMsLeft = 0;
    for (std::size_t i : order) {
        const LambdaUsage& u = usage[i];
        if (u.invocations < 0 || u.durationMs < 0 || u.memoryMb <= 0 || u.memoryMb > 1'000'000)
            return makeError(ErrorCode::Invalid, "Lambda usage out of range for " + u.function);
        std::int64_t requests = u.invocations;
        Int128 mbMs = Int128(u.durationMs) * u.memoryMb;
        if (freeTier) {
            if (const Epoch m = floorMonth(u.start); m != month) {
                month = m;
                requestsLeft = kLambdaFreeRequests;
                mbMsLeft = kLambdaFreeMbMs;
            }
            const std::int64_t freeRequests = std::min(requests, requestsLeft);
            requestsLeft -= freeRequests;
            requests -= freeRequests;
            const Int128 freeMbMs = std::min(mbMs, mbMsLeft);
            mbMsLeft -= freeMbMs;
            mbMs -= freeMbMs;
        }
        const LambdaRates* rates = lambdaRatesFor(region, u.start);
        if (!rates)
            continue;
        auto cost = lambdaCostMbMs(*rates, requests, mbMs, u.arm);
        if (!cost)
            return makeError(cost.error().code, u.function + ": " + cost.error().detail);
        out[i] = *cost;
    }
    return out;
}

} // namespace burnrate
