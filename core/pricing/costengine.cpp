#include "pricing/costengine.h"

namespace burnrate {

namespace {

Nano scaled(Nano rate, Nano numerator, Nano denominator)
{
    if (denominator == 0)
        return rate;
    Int128 v = static_cast<Int128>(rate) * numerator;
    return static_cast<Nano>((v + denominator / 2) / denominator);
}

// Rounded division of a 128-bit token x rate sum by 1M tokens.
Nano perMillion(Int128 sum)
{
    bool neg = sum < 0;
    if (neg)
        sum = -sum;
    Int128 q = (sum + 500'000) / 1'000'000;
    return static_cast<Nano>(neg ? -q : q);
}

} // namespace

EffectiveRates effectiveRates(const Price& price, const TokenCounts& tokens, const Billing& billing)
{
    Rates r = price.base;
    EffectiveRates e;
    if (price.longContext
        && (billing.forceLongContext || (!billing.aggregate && tokens.input > price.longContext->threshold))) {
        const Rates& lc = price.longContext->rates;
        // Rates the tier does not list scale with the input price, as providers document it.
        Nano baseIn = r.input.value_or(0);
        Nano lcIn = lc.input.value_or(baseIn);
        auto scale = [&](const std::optional<Nano>& own, const std::optional<Nano>& base) -> std::optional<Nano> {
            if (own)
                return own;
            if (base)
                return scaled(*base, lcIn, baseIn);
            return std::nullopt;
        };
        r.cachedInput = scale(lc.cachedInput, r.cachedInput);
        r.cacheWrite5m = scale(lc.cacheWrite5m, r.cacheWrite5m);
        r.cacheWrite1h = scale(lc.cacheWrite1h, r.cacheWrite1h);
        r.input = lcIn;
        r.output = lc.output ? lc.output : r.output;
        e.longContext = true;
    }
    if (!billing.serviceTier.empty()) {
        if (auto it = price.tiers.find(std::string(billing.serviceTier)); it != price.tiers.end()) {
            const Rates& t = it->second;
            if (t.input)
                r.input = t.input;
            if (t.cachedInput)
                r.cachedInput = t.cachedInput;
            if (t.output)
                r.output = t.output;
        }
    }
    e.input = r.input.value_or(0);
    e.output = r.output.value_or(0);
    e.cachedInput = r.cachedInput.value_or(e.input);
    e.cacheWrite5m = r.cacheWrite5m.value_or(e.input);
    e.cacheWrite1h = r.cacheWrite1h.value_or(e.cacheWrite5m);
    if (billing.batch) {
        // Batch prices where listed, else the providers' common 50% discount; cache rates follow input.
        Nano batchIn = price.batchInput.value_or(e.input / 2);
        Nano batchOut = price.batchOutput.value_or(e.output / 2);
        e.cachedInput = scaled(e.cachedInput, batchIn, e.input);
        e.cacheWrite5m = scaled(e.cacheWrite5m, batchIn, e.input);
        e.cacheWrite1h = scaled(e.cacheWrite1h, batchIn, e.input);
        e.input = batchIn;
        e.output = batchOut;
    }
    return e;
}

Cost computeCost(const Price& price, const TokenCounts& t, const Billing& billing)
{
    EffectiveRates e = effectiveRates(price, t, billing);
    using I = Int128;
    I sum = I(t.uncachedInput()) * e.input + I(t.cachedInput) * e.cachedInput + I(t.cacheWrite5m) * e.cacheWrite5m
        + I(t.cacheWrite1h) * e.cacheWrite1h + I(t.output) * e.output;
    Cost c;
    c.list = perMillion(sum);
    c.total = billing.cacheHit ? 0 : c.list;
    if (!billing.cacheHit) {
        c.cacheSavings = perMillion(I(t.cachedInput) * (e.input - e.cachedInput));
        c.cacheWriteExtra = perMillion(
            I(t.cacheWrite5m) * (e.cacheWrite5m - e.input) + I(t.cacheWrite1h) * (e.cacheWrite1h - e.input));
    }
    c.priceId = price.id;
    c.longContext = e.longContext;
    return c;
}

} // namespace burnrate
