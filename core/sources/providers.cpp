#include "sources/providers.h"

#include "model/text.h"
#include "model/timeutil.h"
#include "sources/jsonutil.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <map>

namespace burnrate {

using jsonutil::json;

namespace {

Result<json> parseBody(std::string_view body)
{
    json j = json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded()) {
        std::size_t i = 0;
        while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i])))
            ++i;
        if (i < body.size() && body[i] == '<')
            return parseError("the response is HTML, not JSON (wrong endpoint or a proxy login page?)");
        return parseError(body.empty() ? "empty response body" : "malformed JSON in the response");
    }
    if (!j.is_object())
        return parseError("the response is not a JSON object");
    return j;
}

// Envelope shared by every page: data[], has_more, next_page.
Result<void> readEnvelope(const json& j, bool& hasMore, std::string& nextPage)
{
    auto data = j.find("data");
    if (data == j.end() || !data->is_array())
        return parseError("the response has no data array");
    hasMore = false;
    if (auto it = j.find("has_more"); it != j.end() && it->is_boolean())
        hasMore = it->get<bool>();
    nextPage = jsonutil::str(j, "next_page");
    if (hasMore && nextPage.empty())
        return parseError("has_more is true but next_page is missing");
    return {};
}

const json& resultsOf(const json& bucket)
{
    static const json kEmpty = json::array();
    for (const char* key : { "results", "result" }) { // the 2024-12 spec named it "result"
        auto it = bucket.find(key);
        if (it != bucket.end() && it->is_array())
            return *it;
    }
    return kEmpty;
}

std::int64_t satAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        return (b > 0) ? INT64_MAX : INT64_MIN;
    return r;
}

// Identity of a bucket row inside one interval; rows with the same identity are summed, since the
// store would otherwise keep only the last of them.
std::string rowKey(const UsageBucket& b)
{
    std::string k;
    for (const std::string* s :
        { &b.dims.model, &b.dims.project, &b.dims.apiKey, &b.dims.user, &b.dims.serviceTier, &b.contextWindow })
        k += *s + '\x1f';
    k += b.batch ? '1' : '0';
    return k;
}

void addRow(UsageInterval& iv, std::map<std::string, std::size_t>& index, UsageBucket b)
{
    auto [it, fresh] = index.emplace(rowKey(b), iv.rows.size());
    if (fresh) {
        iv.rows.push_back(std::move(b));
        return;
    }
    UsageBucket& a = iv.rows[it->second];
    a.requests = satAdd(a.requests, b.requests);
    a.tokens.input = satAdd(a.tokens.input, b.tokens.input);
    a.tokens.cachedInput = satAdd(a.tokens.cachedInput, b.tokens.cachedInput);
    a.tokens.cacheWrite5m = satAdd(a.tokens.cacheWrite5m, b.tokens.cacheWrite5m);
    a.tokens.cacheWrite1h = satAdd(a.tokens.cacheWrite1h, b.tokens.cacheWrite1h);
    a.tokens.output = satAdd(a.tokens.output, b.tokens.output);
}

void addLine(CostInterval& iv, std::map<std::string, std::size_t>& index, CostLine c)
{
    auto [it, fresh] = index.emplace(c.project + '\x1f' + c.lineItem, iv.lines.size());
    if (fresh)
        iv.lines.push_back(std::move(c));
    else
        iv.lines[it->second].amount = satAdd(iv.lines[it->second].amount, c.amount);
}

Result<std::pair<Epoch, Epoch>> unixInterval(const json& bucket)
{
    auto s = bucket.find("start_time"), e = bucket.find("end_time");
    if (s == bucket.end() || e == bucket.end() || !s->is_number_integer() || !e->is_number_integer())
        return parseError("a bucket has no integer start_time/end_time");
    Epoch a = s->get<std::int64_t>(), b = e->get<std::int64_t>();
    if (b <= a || a < 0 || b - a > 366 * kSecondsPerDay)
        return parseError("a bucket has an invalid time range");
    return std::make_pair(a, b);
}

Result<std::pair<Epoch, Epoch>> rfcInterval(const json& bucket)
{
    auto s = parseTimestamp(jsonutil::str(bucket, "starting_at"));
    auto e = parseTimestamp(jsonutil::str(bucket, "ending_at"));
    if (!s || !e)
        return parseError("a bucket has no valid starting_at/ending_at");
    if (*e <= *s || *e - *s > 366 * kSecondsPerDay)
        return parseError("a bucket has an invalid time range");
    return std::make_pair(*s, *e);
}

#define BR_COUNT(var, obj, key)                                                                                        \
    auto var##_ = jsonutil::count(obj, key);                                                                           \
    if (!var##_)                                                                                                       \
        return parseError(std::string("invalid ") + key);                                                              \
    std::int64_t var = *var##_;

Result<UsageBucket> openAIRow(const json& r, std::string_view kind)
{
    if (!r.is_object())
        return parseError("a result is not an object");
    UsageBucket b;
    b.kind = std::string(kind);
    b.lens = Lens::Billing;
    b.dims.provider = "openai";
    b.dims.model = jsonutil::str(r, "model");
    b.dims.project = jsonutil::str(r, "project_id");
    b.dims.apiKey = jsonutil::str(r, "api_key_id");
    b.dims.user = jsonutil::str(r, "user_id");
    b.dims.serviceTier = jsonutil::str(r, "service_tier");
    if (auto it = r.find("batch"); it != r.end() && it->is_boolean())
        b.batch = it->get<bool>();
    BR_COUNT(requests, r, "num_model_requests");
    b.requests = requests;
    if (kind == "completions" || kind == "embeddings" || kind == "moderations") {
        BR_COUNT(input, r, "input_tokens");
        BR_COUNT(cached, r, "input_cached_tokens");
        BR_COUNT(written, r, "input_cache_write_tokens");
        BR_COUNT(output, r, "output_tokens");
        // input_tokens includes cached and cache-write tokens; a row that says otherwise is widened
        // rather than rejected, so one odd row cannot block the whole source.
        b.tokens.input = std::max(input, cached + written);
        b.tokens.cachedInput = cached;
        b.tokens.cacheWrite5m = written;
        b.tokens.output = output;
    }
    return b;
}

} // namespace

Result<UsagePage> parseOpenAIUsagePage(std::string_view body, std::string_view kind)
{
    try {
        auto j = parseBody(body);
        if (!j)
            return j.error();
        UsagePage page;
        if (auto r = readEnvelope(*j, page.hasMore, page.nextPage); !r)
            return r.error();
        for (const json& bucket : (*j)["data"]) {
            if (!bucket.is_object())
                return parseError("a bucket is not an object");
            auto range = unixInterval(bucket);
            if (!range)
                return range.error();
            UsageInterval iv { range->first, range->second, {} };
            std::map<std::string, std::size_t> index;
            for (const json& r : resultsOf(bucket)) {
                auto row = openAIRow(r, kind);
                if (!row)
                    return row.error();
                row->start = iv.start;
                row->widthSeconds = iv.end - iv.start;
                addRow(iv, index, std::move(*row));
            }
            page.intervals.push_back(std::move(iv));
        }
        return page;
    } catch (const std::exception& e) {
        return parseError(std::string("unexpected JSON shape: ") + e.what());
    }
}

Result<CostPage> parseOpenAICostsPage(std::string_view body)
{
    try {
        auto j = parseBody(body);
        if (!j)
            return j.error();
        CostPage page;
        if (auto r = readEnvelope(*j, page.hasMore, page.nextPage); !r)
            return r.error();
        for (const json& bucket : (*j)["data"]) {
            if (!bucket.is_object())
                return parseError("a bucket is not an object");
            auto range = unixInterval(bucket);
            if (!range)
                return range.error();
            CostInterval iv { range->first, range->second, {} };
            std::map<std::string, std::size_t> index;
            for (const json& r : resultsOf(bucket)) {
                if (!r.is_object())
                    return parseError("a cost result is not an object");
                const json* amount = jsonutil::member(r, "amount");
                if (!amount || !amount->is_object())
                    return parseError("a cost result has no amount");
                const json* value = jsonutil::member(*amount, "value");
                std::optional<Nano> nano = value ? jsonutil::decimal(*value) : std::optional<Nano>(0);
                if (!nano)
                    return parseError("a cost result has an invalid amount.value");
                CostLine c;
                c.start = iv.start;
                c.widthSeconds = iv.end - iv.start;
                c.provider = "openai";
                c.project = jsonutil::str(r, "project_id");
                c.lineItem = jsonutil::str(r, "line_item");
                std::string apiKey = jsonutil::str(r, "api_key_id");
                if (!apiKey.empty())
                    c.lineItem += " [" + apiKey + "]";
                std::string qty = jsonutil::str(r, "quantity"), unit = jsonutil::str(r, "quantity_unit");
                if (!qty.empty())
                    c.description = qty + (unit.empty() ? "" : " " + unit);
                c.amount = *nano;
                std::string cur = asciiLower(jsonutil::str(*amount, "currency"));
                c.currency = cur.empty() ? "usd" : cur;
                addLine(iv, index, std::move(c));
            }
            page.intervals.push_back(std::move(iv));
        }
        return page;
    } catch (const std::exception& e) {
        return parseError(std::string("unexpected JSON shape: ") + e.what());
    }
}

Result<UsagePage> parseAnthropicUsagePage(std::string_view body)
{
    try {
        auto j = parseBody(body);
        if (!j)
            return j.error();
        UsagePage page;
        if (auto r = readEnvelope(*j, page.hasMore, page.nextPage); !r)
            return r.error();
        for (const json& bucket : (*j)["data"]) {
            if (!bucket.is_object())
                return parseError("a bucket is not an object");
            auto range = rfcInterval(bucket);
            if (!range)
                return range.error();
            UsageInterval iv { range->first, range->second, {} };
            std::map<std::string, std::size_t> index;
            for (const json& r : resultsOf(bucket)) {
                if (!r.is_object())
                    return parseError("a result is not an object");
                UsageBucket b;
                b.start = iv.start;
                b.widthSeconds = iv.end - iv.start;
                b.kind = "messages";
                b.lens = Lens::Billing;
                b.dims.provider = "anthropic";
                b.dims.model = jsonutil::str(r, "model");
                b.dims.project = jsonutil::str(r, "workspace_id");
                b.dims.apiKey = jsonutil::str(r, "api_key_id");
                b.dims.serviceTier = jsonutil::str(r, "service_tier");
                b.batch = b.dims.serviceTier == "batch";
                b.contextWindow = jsonutil::str(r, "context_window");
                BR_COUNT(uncached, r, "uncached_input_tokens");
                BR_COUNT(reads, r, "cache_read_input_tokens");
                BR_COUNT(output, r, "output_tokens");
                std::int64_t w5 = 0, w1 = 0;
                if (const json* cc = jsonutil::member(r, "cache_creation"); cc && cc->is_object()) {
                    BR_COUNT(a, *cc, "ephemeral_5m_input_tokens");
                    BR_COUNT(h, *cc, "ephemeral_1h_input_tokens");
                    w5 = a;
                    w1 = h;
                }
                // The report has no total: input is the sum of its parts; requests are not reported.
                b.tokens.input = uncached + reads + w5 + w1;
                b.tokens.cachedInput = reads;
                b.tokens.cacheWrite5m = w5;
                b.tokens.cacheWrite1h = w1;
                b.tokens.output = output;
                b.requests = 0;
                addRow(iv, index, std::move(b));
            }
            page.intervals.push_back(std::move(iv));
        }
        return page;
    } catch (const std::exception& e) {
        return parseError(std::string("unexpected JSON shape: ") + e.what());
    }
}

Result<CostPage> parseAnthropicCostPage(std::string_view body)
{
    try {
        auto j = parseBody(body);
        if (!j)
            return j.error();
        CostPage page;
        if (auto r = readEnvelope(*j, page.hasMore, page.nextPage); !r)
            return r.error();
        for (const json& bucket : (*j)["data"]) {
            if (!bucket.is_object())
                return parseError("a bucket is not an object");
            auto range = rfcInterval(bucket);
            if (!range)
                return range.error();
            CostInterval iv { range->first, range->second, {} };
            std::map<std::string, std::size_t> index;
            for (const json& r : resultsOf(bucket)) {
                if (!r.is_object())
                    return parseError("a cost result is not an object");
                const json* amount = jsonutil::member(r, "amount");
                // Cents (the lowest currency unit) as a decimal string: "123.78912" = $1.2378912.
                std::optional<Nano> nano = amount ? jsonutil::decimal(*amount, -2) : std::optional<Nano>();
                if (!nano)
                    return parseError("a cost result has no valid amount");
                CostLine c;
                c.start = iv.start;
                c.widthSeconds = iv.end - iv.start;
                c.provider = "anthropic";
                c.project = jsonutil::str(r, "workspace_id");
                c.lineItem = jsonutil::str(r, "description");
                // Batch and long-context lines may share a description; keep them apart.
                for (const char* k : { "service_tier", "context_window", "inference_geo" }) {
                    std::string v = jsonutil::str(r, k);
                    if (!v.empty())
                        c.lineItem += std::string(" [") + v + "]";
                }
                std::string desc;
                for (const char* k : { "cost_type", "model", "token_type" }) {
                    std::string v = jsonutil::str(r, k);
                    if (!v.empty())
                        desc += (desc.empty() ? "" : " ") + v;
                }
                c.description = desc;
                c.amount = *nano;
                std::string cur = asciiLower(jsonutil::str(r, "currency"));
                c.currency = cur.empty() ? "usd" : cur;
                addLine(iv, index, std::move(c));
            }
            page.intervals.push_back(std::move(iv));
        }
        return page;
    } catch (const std::exception& e) {
        return parseError(std::string("unexpected JSON shape: ") + e.what());
    }
}

} // namespace burnrate
