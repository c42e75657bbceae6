#include "pricing/costengine.h"

#include "model/validate.h"

namespace burnrate {

namespace {

Error overflow(const Price& price, const char* what)
{
    return makeError(ErrorCode::Invalid, std::string(what) + " of " + price.model + " does not fit in 64 bits");
}

// rate x numerator / denominator, rounded; nullopt when it does not fit an int64 (or a value is negative).
std::optional<Nano> scaled(Nano rate, Nano numerator, Nano denominator)
{
    if (rate < 0 || numerator < 0 || denominator < 0)
        return std::nullopt;
    if (denominator == 0)
        return rate;
    Int128 v = static_cast<Int128>(rate) * numerator; // both < 2^63: the product fits 2^126
    Int128 q = (v + denominator / 2) / denominator;
    if (!fitsInt64(q))
        return std::nullopt;
    return static_cast<Nano>(q);
}

// Rounded division of a 128-bit token x rate sum by 1M tokens; nullopt when it does not fit an int64.
std::optional<Nano> perMillion(Int128 sum)
{
    bool neg = sum < 0;
    if (neg)
        sum = -sum;
    Int128 q = (sum + 500'000) / 1'000'000;
    if (neg)
        q = -q;
    if (!fitsInt64(q))
        return std::nullopt;
    return static_cast<Nano>(q);
}

// sum += a x b, false on 128-bit overflow.
bool mulAdd(Int128& sum, Int128 a, Int128 b)
{
    Int128 p;
    if (__builtin_mul_overflow(a, b, &p))
        return false;
    return !__builtin_add_overflow(sum, p, &sum);
}

} // namespace

Result<EffectiveRates> effectiveRates(const Price& price, const TokenCounts& tokens, const Billing& billing)
{
    Rates r = price.base;
    EffectiveRates e;
    bool ok = true;
    auto scale = [&](Nano rate, Nano num, Nano den) -> Nano {
        auto v = scaled(rate, num, den);
        ok = ok && v.has_value();
        return v.value_or(0);
    };
    if (price.longContext
        && (billing.forceLongContext || (!billing.aggregate && tokens.input > price.longContext->threshold))) {
        const Rates& lc = price.longContext->rates;
        // Rates the tier does not list scale with the input price, as providers document it.
        Nano baseIn = r.input.value_or(0);
        Nano lcIn = lc.input.value_or(baseIn);
        auto scaleOwn = [&](const std::optional<Nano>& own, const std::optional<Nano>& base) -> std::optional<Nano> {
            if (own)
                return own;
            if (base)
                return scale(*base, lcIn, baseIn);
            return std::nullopt;
        };
        r.cachedInput = scaleOwn(lc.cachedInput, r.cachedInput);
        r.cacheWrite5m = scaleOwn(lc.cacheWrite5m, r.cacheWrite5m);
        r.cacheWrite1h = scaleOwn(lc.cacheWrite1h, r.cacheWrite1h);
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
        e.cachedInput = scale(e.cachedInput, batchIn, e.input);
        e.cacheWrite5m = scale(e.cacheWrite5m, batchIn, e.input);
        e.cacheWrite1h = scale(e.cacheWrite1h, batchIn, e.input);
        e.input = batchIn;
        e.output = batchOut;
    }
    if (!ok)
        return overflow(price, "a scaled price");
    for (Nano v : { e.input, e.cachedInput, e.cacheWrite5m, e.cacheWrite1h, e.output })
        if (v < 0)
            return makeError(ErrorCode::Invalid, "the price of " + price.model + " has a negative rate");
    return e;
}

Result<Cost> computeCost(const Price& price, const TokenCounts& t, const Billing& billing)
{
    using I = Int128;
    if (t.input < 0 || t.cachedInput < 0 || t.cacheWrite5m < 0 || t.cacheWrite1h < 0 || t.output < 0)
        return makeError(ErrorCode::Invalid, "negative token count");
    // Each part is a non-negative int64: the 128-bit sum cannot overflow.
    I uncached = I(t.input) - I(t.cachedInput) - I(t.cacheWrite5m) - I(t.cacheWrite1h);
    if (uncached < 0)
        return makeError(ErrorCode::Invalid, "cached + cache-write tokens exceed the input tokens");
    auto rates = effectiveRates(price, t, billing);
    if (!rates)
        return rates.error();
    const EffectiveRates& e = *rates;
    I sum = 0;
    if (!mulAdd(sum, uncached, e.input) || !mulAdd(sum, t.cachedInput, e.cachedInput)
        || !mulAdd(sum, t.cacheWrite5m, e.cacheWrite5m) || !mulAdd(sum, t.cacheWrite1h, e.cacheWrite1h)
        || !mulAdd(sum, t.output, e.output))
        return overflow(price, "the cost");
    Cost c;
    auto list = perMillion(sum);
    if (!list)
        return overflow(price, "the cost");
    c.list = *list;
    c.total = billing.cacheHit ? 0 : c.list;
    if (!billing.cacheHit) {
        // Rate differences of two non-negative int64 fit easily; the products are checked.
        I savings = 0, extra = 0;
        if (!mulAdd(savings, t.cachedInput, I(e.input) - e.cachedInput)
            || !mulAdd(extra, t.cacheWrite5m, I(e.cacheWrite5m) - e.input)
            || !mulAdd(extra, t.cacheWrite1h, I(e.cacheWrite1h) - e.input))
            return overflow(price, "the cache savings");
        auto s = perMillion(savings);
        auto x = perMillion(extra);
        if (!s || !x)
            return overflow(price, "the cache savings");
        c.cacheSavings = *s;
        c.cacheWriteExtra = *x;
    }
    c.priceId = price.id;
    c.longContext = e.longContext;
    return c;
}

} // namespace burnrate
