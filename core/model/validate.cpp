#include "model/validate.h"

#include "model/price.h"
#include "model/usage.h"

namespace burnrate {

namespace {

std::string excerpt(std::string_view s)
{
    std::string out;
    for (char c : s.substr(0, 40)) {
        auto u = static_cast<unsigned char>(c);
        out += u < 0x20 || u == 0x7f ? '?' : c;
    }
    if (s.size() > 40)
        out += "...";
    return out;
}

// Collects the first problem of a fact as "<what>: <field> <value> is <why> (<range>)".
// The fact's description is built only when it failed (the import hot path checks every record twice).
class Checker
{
public:
    void range(const char* field, std::int64_t v, std::int64_t lo, std::int64_t hi)
    {
        if (!m_reason.empty() || (v >= lo && v <= hi))
            return;
        if (v < 0 && lo == 0)
            fail(std::string(field) + " is negative (" + std::to_string(v) + ")");
        else
            fail(std::string(field) + " " + std::to_string(v) + " is out of range (" + std::to_string(lo) + ".."
                + std::to_string(hi) + ")");
    }
    void money(const char* field, Nano v, Nano lo, Nano hi)
    {
        if (!m_reason.empty() || (v >= lo && v <= hi))
            return;
        if (v < 0 && lo == 0)
            fail(std::string(field) + " is negative (" + formatDecimal(v, 9) + " USD)");
        else
            fail(std::string(field) + " " + formatDecimal(v, 9) + " USD is out of range (" + formatDecimal(lo, 0) + ".."
                + formatDecimal(hi, 0) + " USD)");
    }
    void timestamp(const char* field, Epoch t)
    {
        if (!m_reason.empty() || timestampInRange(t))
            return;
        fail(std::string(field) + " " + std::to_string(t) + " is outside " + timestampRangeText());
    }
    void text(const char* field, std::string_view s, std::size_t max)
    {
        if (!m_reason.empty() || s.size() <= max)
            return;
        fail(std::string(field) + " is longer than " + std::to_string(max) + " bytes (" + std::to_string(s.size())
            + ")");
    }
    void require(bool ok, const std::string& reason)
    {
        if (m_reason.empty() && !ok)
            fail(reason);
    }
    void tokens(const TokenCounts& t, std::int64_t max)
    {
        range("input_tokens", t.input, 0, max);
        range("cached_input_tokens", t.cachedInput, 0, max);
        range("cache_write_tokens", t.cacheWrite5m, 0, max);
        range("cache_write_1h_tokens", t.cacheWrite1h, 0, max);
        range("output_tokens", t.output, 0, max);
        if (m_reason.empty()) {
            // Each is <= 10^13 here: the sum cannot overflow.
            std::int64_t parts = t.cachedInput + t.cacheWrite5m + t.cacheWrite1h;
            if (parts > t.input)
                require(false,
                    "cached + cache-write tokens (" + std::to_string(parts) + ") exceed input_tokens ("
                        + std::to_string(t.input) + ")");
        }
    }
    void dims(const Dimensions& d)
    {
        for (std::size_t i = 0; i < static_cast<std::size_t>(Dim::TagKey); ++i)
            text(dimName(static_cast<Dim>(i)), d[static_cast<Dim>(i)], limits::kMaxDimensionBytes);
    }
    bool failed() const
    {
        return !m_reason.empty();
    }
    Result<void> result(const std::string& what) const
    {
        return makeError(ErrorCode::Invalid, what + ": " + m_reason);
    }

private:
    void fail(std::string reason)
    {
        m_reason = std::move(reason);
    }
    std::string m_reason;
};

} // namespace

bool timestampInRange(Epoch t)
{
    return t >= limits::kMinTimestamp && t < limits::kMaxTimestamp;
}

std::string timestampRangeText()
{
    return formatTimestamp(limits::kMinTimestamp) + ".." + formatTimestamp(limits::kMaxTimestamp - 1);
}

Result<void> validateEvent(const UsageEvent& e)
{
    Checker c;
    if (e.id.empty())
        c.require(false, "id is empty");
    c.text("id", e.id, limits::kMaxIdBytes);
    c.timestamp("ts", e.ts);
    c.tokens(e.tokens, limits::kMaxRequestTokens);
    if (e.reportedCost)
        c.money("cost_usd", *e.reportedCost, 0, limits::kMaxRequestCost);
    if (e.latencyMs)
        c.range("latency_ms", *e.latencyMs, 0, limits::kMaxLatencyMs);
    if (e.ttftMs)
        c.range("ttft_ms", *e.ttftMs, 0, limits::kMaxLatencyMs);
    c.range("status", e.status, 0, limits::kMaxStatus);
    c.dims(e.dims);
    if (e.tags.size() > limits::kMaxTags)
        c.require(false, "more than " + std::to_string(limits::kMaxTags) + " tags");
    for (const auto& [k, v] : e.tags) {
        if (k.empty())
            c.require(false, "a tag has an empty key");
        c.text("tag key", k, limits::kMaxTagKeyBytes);
        c.text("tag value", v, limits::kMaxTagValueBytes);
    }
    c.text("prompt", e.prompt, limits::kMaxTextBytes);
    c.text("response", e.response, limits::kMaxTextBytes);
    if (!c.failed())
        return {};
    return c.result("event '" + excerpt(e.id) + "'");
}

Result<void> validateBucket(const UsageBucket& b)
{
    Checker c;
    c.timestamp("start", b.start);
    c.range("width", b.widthSeconds, 1, limits::kMaxBucketWidthSeconds);
    c.tokens(b.tokens, limits::kMaxBucketTokens);
    c.range("requests", b.requests, 0, limits::kMaxBucketRequests);
    if (b.reportedCost)
        c.money("reported cost", *b.reportedCost, 0, limits::kMaxBucketCost);
    if (b.infraCost)
        c.money("infrastructure cost", *b.infraCost, 0, limits::kMaxBucketCost);
    c.dims(b.dims);
    c.text("context window", b.contextWindow, 256);
    c.text("kind", b.kind, 256);
    if (!c.failed())
        return {};
    return c.result("bucket " + (timestampInRange(b.start) ? formatTimestamp(b.start) : std::to_string(b.start)) + " "
        + excerpt(b.dims.provider) + "/" + excerpt(b.dims.model));
}

Result<void> validateCostLine(const CostLine& l)
{
    Checker c;
    c.timestamp("start", l.start);
    c.range("width", l.widthSeconds, 1, limits::kMaxBucketWidthSeconds);
    c.money("amount", l.amount, -limits::kMaxBucketCost, limits::kMaxBucketCost);
    c.text("provider", l.provider, limits::kMaxDimensionBytes);
    c.text("project", l.project, limits::kMaxDimensionBytes);
    c.text("line item", l.lineItem, limits::kMaxDimensionBytes);
    c.text("description", l.description, limits::kMaxDimensionBytes);
    c.text("currency", l.currency, 16);
    if (!c.failed())
        return {};
    return c.result("cost line " + (timestampInRange(l.start) ? formatTimestamp(l.start) : std::to_string(l.start))
        + " " + excerpt(l.provider) + "/" + excerpt(l.lineItem));
}

Result<void> validateRate(std::optional<Nano> rate, const std::string& field)
{
    if (!rate)
        return {};
    if (*rate < 0)
        return makeError(
            ErrorCode::Invalid, field + " is negative (" + formatDecimal(*rate, 9) + " USD per 1M tokens)");
    if (*rate > limits::kMaxPricePerMillion)
        return makeError(ErrorCode::Invalid,
            field + " " + formatDecimal(*rate, 9) + " USD per 1M tokens is above the ceiling of "
                + formatUsd(limits::kMaxPricePerMillion, 0) + " per 1M tokens");
    return {};
}

Result<void> validatePrice(const Price& p)
{
    auto rates = [](const Rates& r, const std::string& prefix) -> Result<void> {
        for (auto [v, name] : { std::pair { r.input, "input" }, std::pair { r.cachedInput, "cached input" },
                 std::pair { r.cacheWrite5m, "cache write" }, std::pair { r.cacheWrite1h, "cache write (1h)" },
                 std::pair { r.output, "output" } })
            if (auto ok = validateRate(v, prefix + name + " price"); !ok)
                return ok;
        return {};
    };
    if (p.model.empty())
        return makeError(ErrorCode::Invalid, "a price needs a model name");
    if (p.model.size() > limits::kMaxDimensionBytes || p.provider.size() > limits::kMaxDimensionBytes)
        return makeError(ErrorCode::Invalid, "the model or provider name is too long");
    if (!timestampInRange(p.effectiveFrom))
        return makeError(ErrorCode::Invalid,
            "effective date " + std::to_string(p.effectiveFrom) + " is outside " + timestampRangeText());
    if (auto r = rates(p.base, ""); !r)
        return r;
    if (auto r = validateRate(p.batchInput, "batch input price"); !r)
        return r;
    if (auto r = validateRate(p.batchOutput, "batch output price"); !r)
        return r;
    for (const auto& [tier, r] : p.tiers) {
        if (tier.empty() || tier.size() > 256)
            return makeError(ErrorCode::Invalid, "a service tier has an empty or too long name");
        if (auto ok = rates(r, tier + " "); !ok)
            return ok;
    }
    if (p.longContext) {
        if (p.longContext->threshold < 0 || p.longContext->threshold > limits::kMaxContextThreshold)
            return makeError(ErrorCode::Invalid,
                "long-context threshold " + std::to_string(p.longContext->threshold) + " is out of range (0.."
                    + std::to_string(limits::kMaxContextThreshold) + " tokens)");
        if (auto r = rates(p.longContext->rates, "long-context "); !r)
            return r;
    }
    return {};
}

} // namespace burnrate
