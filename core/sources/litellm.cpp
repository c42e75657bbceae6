#include "sources/litellm.h"

#include "model/text.h"
#include "model/timeutil.h"
#include "pricing/pricebook.h"
#include "sources/jsonutil.h"

#include <algorithm>
#include <cctype>

namespace burnrate {

using jsonutil::json;

namespace {

// LiteLLM renders missing values as "", "None" or null.
bool absent(const std::string& s)
{
    return s.empty() || s == "None" || s == "null";
}

// Milliseconds part of an ISO timestamp ("...:44.018224+00:00" -> 18), 0 without a fraction.
int fractionMs(std::string_view ts)
{
    auto dot = ts.find('.');
    if (dot == std::string_view::npos)
        return 0;
    int ms = 0, digits = 0;
    for (std::size_t i = dot + 1; i < ts.size() && std::isdigit(static_cast<unsigned char>(ts[i])); ++i)
        if (digits < 3) {
            ms = ms * 10 + (ts[i] - '0');
            ++digits;
        }
    while (digits++ < 3)
        ms *= 10;
    return ms;
}

// Milliseconds from `start` (parsed: startTs) to the ISO timestamp `later`; nullopt when `later` is absent,
// invalid or before the start.
std::optional<std::int64_t> msSince(std::string_view start, Epoch startTs, const std::string& later)
{
    auto t = parseTimestamp(later);
    if (!t || *t < startTs)
        return std::nullopt;
    const std::int64_t ms = (*t - startTs) * 1000 + fractionMs(later) - fractionMs(start);
    if (ms < 0)
        return std::nullopt;
    return ms;
}

// metadata may arrive as an object or (older dumps) as a JSON string.
json objectOf(const json& row, const char* key)
{
    const json* m = jsonutil::member(row, key);
    if (!m)
        return json::object();
    if (m->is_object())
        return *m;
    if (m->is_string()) {
        json j = json::parse(m->get_ref<const std::string&>(), nullptr, false);
        if (!j.is_discarded() && j.is_object())
            return j;
    }
    return json::object();
}

std::string scalarText(const json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number() || v.is_boolean())
        return v.dump();
    return {};
}

std::string metadataValue(const json& meta, const std::string& key)
{
    for (const char* inner : { "spend_logs_metadata", "requester_metadata" }) {
        const json* m = jsonutil::member(meta, inner);
        if (m && m->is_object())
            if (auto it = m->find(key); it != m->end()) {
                std::string v = litellmValue(scalarText(*it));
                if (!v.empty())
                    return v;
            }
    }
    if (auto it = meta.find(key); it != meta.end())
        return litellmValue(scalarText(*it));
    return {};
}

std::vector<std::string> tagsOf(const json& row)
{
    std::vector<std::string> out;
    const json* t = jsonutil::member(row, "request_tags");
    json parsed;
    if (t && t->is_string()) {
        parsed = json::parse(t->get_ref<const std::string&>(), nullptr, false);
        t = parsed.is_discarded() ? nullptr : &parsed;
    }
    if (t && t->is_array())
        for (const json& v : *t)
            if (v.is_string() && !v.get_ref<const std::string&>().empty())
                out.push_back(v.get<std::string>());
    return out;
}

std::int64_t countOr0(const json& o, const char* key)
{
    auto v = jsonutil::count(o, key);
    return v ? *v : 0;
}

bool parseRow(const json& row, const AttributionRules& rules, UsageEvent& e, std::string& reason)
{
    if (!row.is_object()) {
        reason = "row is not an object";
        return false;
    }
    e = UsageEvent {};
    e.id = jsonutil::str(row, "request_id");
    if (e.id.empty()) {
        reason = "row without request_id";
        return false;
    }
    std::string start = jsonutil::str(row, "startTime");
    auto ts = parseTimestamp(start);
    if (!ts) {
        reason = "row " + e.id + " has no valid startTime";
        return false;
    }
    e.ts = *ts;
    json meta = objectOf(row, "metadata");

    e.dims.provider = PriceBook::canonicalProvider(litellmValue(jsonutil::str(row, "custom_llm_provider")));
    e.dims.model = litellmValue(jsonutil::str(row, "model"));
    if (e.dims.model.empty())
        e.dims.model = litellmValue(jsonutil::str(row, "model_group"));

    // Tokens: prompt_tokens is the whole prompt; cache detail exists only in the usage object.
    std::int64_t prompt = countOr0(row, "prompt_tokens"), completion = countOr0(row, "completion_tokens");
    std::int64_t cached = 0, written = 0, written1h = 0, written5m = -1;
    const json* usage = jsonutil::member(meta, "usage_object");
    if (!usage || !usage->is_object())
        usage = jsonutil::member(meta, "additional_usage_values");
    if (usage && usage->is_object()) {
        cached = countOr0(*usage, "cache_read_input_tokens");
        if (const json* d = jsonutil::member(*usage, "prompt_tokens_details"); d && d->is_object())
            cached = std::max(cached, countOr0(*d, "cached_tokens"));
        written = countOr0(*usage, "cache_creation_input_tokens");
        if (const json* cc = jsonutil::member(*usage, "cache_creation"); cc && cc->is_object()) {
            written1h = countOr0(*cc, "ephemeral_1h_input_tokens");
            written5m = countOr0(*cc, "ephemeral_5m_input_tokens");
        }
    }
    if (written5m >= 0)
        written = std::max(written, written5m + written1h);
    written1h = std::min(written1h, written);
    e.tokens.cachedInput = cached;
    e.tokens.cacheWrite1h = written1h;
    e.tokens.cacheWrite5m = written - written1h;
    // Some provider mappings leave cache tokens out of prompt_tokens; input must include them.
    e.tokens.input = prompt >= cached + written ? prompt : prompt + cached + written;
    e.tokens.output = completion;

    if (const json* spend = jsonutil::member(row, "spend"); spend && !spend->is_null())
        if (auto nano = jsonutil::decimal(*spend))
            e.reportedCost = *nano;

    const std::string endText = jsonutil::str(row, "endTime");
    const auto sinceStart = msSince(start, e.ts, endText);
    if (auto d = jsonutil::member(row, "request_duration_ms"); d && d->is_number()) {
        auto v = jsonutil::count(row, "request_duration_ms");
        if (v)
            e.latencyMs = *v;
    } else {
        e.latencyMs = sinceStart;
    }
    // Streaming only: without streaming LiteLLM sets completionStartTime to endTime, which says nothing.
    if (auto first = msSince(start, e.ts, jsonutil::str(row, "completionStartTime"));
        first && (!sinceStart || *first < *sinceStart))
        e.ttftMs = first;

    std::string status = asciiLower(jsonutil::str(row, "status"));
    if (status.empty())
        status = asciiLower(jsonutil::str(meta, "status"));
    if (status == "failure") {
        e.status = 500;
        if (const json* err = jsonutil::member(meta, "error_information"); err && err->is_object()) {
            std::string code = jsonutil::str(*err, "error_code");
            if (code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
                e.status = std::stoi(code);
        }
    }
    if (const json* ch = jsonutil::member(row, "cache_hit")) {
        if (ch->is_boolean())
            e.cacheHit = ch->get<bool>();
        else if (ch->is_string())
            e.cacheHit = asciiLower(ch->get<std::string>()) == "true";
    }

    e.dims.team = litellmValue(jsonutil::str(meta, "user_api_key_team_alias"));
    if (e.dims.team.empty())
        e.dims.team = litellmValue(jsonutil::str(row, "team_id"));
    if (e.dims.team.empty())
        e.dims.team = litellmValue(jsonutil::str(meta, "user_api_key_team_id"));
    e.dims.apiKey = litellmValue(jsonutil::str(meta, "user_api_key_alias"));
    if (e.dims.apiKey.empty())
        e.dims.apiKey = litellmValue(jsonutil::str(row, "api_key")); // a SHA-256 of the key, not the key
    e.dims.user = litellmValue(jsonutil::str(row, "end_user"));
    if (e.dims.user.empty())
        e.dims.user = litellmValue(jsonutil::str(row, "user"));
    e.dims.traceId = litellmValue(jsonutil::str(row, "session_id"));

    std::vector<std::string> tags = tagsOf(row);
    for (const auto& tag : tags) {
        auto colon = tag.find(':');
        if (colon == std::string::npos)
            e.tags.emplace_back(tag, "");
        else
            e.tags.emplace_back(tag.substr(0, colon), tag.substr(colon + 1));
    }
    // Rules: the first match per dimension wins and overrides the built-in mapping above.
    bool set[kDimCount] = {};
    for (const auto& r : rules.rules) {
        std::size_t d = static_cast<std::size_t>(r.dimension);
        if (d >= kDimCount || set[d])
            continue;
        std::string value;
        if (!r.tagPrefix.empty()) {
            for (const auto& tag : tags)
                if (tag.size() > r.tagPrefix.size() && tag.compare(0, r.tagPrefix.size(), r.tagPrefix) == 0) {
                    value = tag.substr(r.tagPrefix.size());
                    break;
                }
        } else if (!r.metadataKey.empty()) {
            value = metadataValue(meta, r.metadataKey);
        }
        if (!value.empty()) {
            e.dims[r.dimension] = value;
            set[d] = true;
        }
    }
    return true;
}

} // namespace

std::string litellmValue(std::string s)
{
    return absent(s) ? std::string() : s;
}

AttributionRules AttributionRules::defaults()
{
    AttributionRules r;
    auto tag = [&](const char* prefix, Dim d) {
        r.rules.push_back({ prefix, "", d });
    };
    auto meta = [&](const char* key, Dim d) {
        r.rules.push_back({ "", key, d });
    };
    tag("tenant:", Dim::Tenant);
    meta("tenant", Dim::Tenant);
    meta("tenant_id", Dim::Tenant);
    tag("prompt:", Dim::PromptId);
    meta("prompt_id", Dim::PromptId);
    meta("prompt_version", Dim::PromptVersion);
    tag("env:", Dim::Env);
    meta("env", Dim::Env);
    meta("environment", Dim::Env);
    tag("project:", Dim::Project);
    meta("project", Dim::Project);
    meta("trace_id", Dim::TraceId);
    return r;
}

Result<AttributionRules> AttributionRules::fromConfig(std::string_view configJson)
{
    AttributionRules out;
    if (configJson.empty())
        return defaults();
    json j = json::parse(configJson.begin(), configJson.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Invalid, "the source configuration is not a JSON object");
    bool replace = false;
    if (auto it = j.find("replace_default_rules"); it != j.end() && it->is_boolean())
        replace = it->get<bool>();
    if (auto it = j.find("rules"); it != j.end()) {
        if (!it->is_array())
            return makeError(ErrorCode::Invalid, "\"rules\" must be an array");
        for (const json& r : *it) {
            AttributionRule rule;
            rule.tagPrefix = jsonutil::str(r, "tag_prefix");
            rule.metadataKey = jsonutil::str(r, "metadata_key");
            std::string dim = jsonutil::str(r, "dimension");
            auto d = dimFromName(dim);
            if (!d || *d == Dim::Provider || *d == Dim::Model)
                return makeError(ErrorCode::Invalid, "attribution rule with unknown dimension '" + dim + "'");
            if (rule.tagPrefix.empty() == rule.metadataKey.empty())
                return makeError(
                    ErrorCode::Invalid, "an attribution rule needs exactly one of tag_prefix, metadata_key");
            rule.dimension = *d;
            out.rules.push_back(std::move(rule));
        }
    }
    if (!replace)
        for (auto& r : defaults().rules)
            out.rules.push_back(std::move(r));
    return out;
}

Result<SpendLogPage> parseSpendLogsPage(std::string_view body, const AttributionRules& rules)
{
    try {
        json j = json::parse(body.begin(), body.end(), nullptr, false);
        if (j.is_discarded()) {
            auto first = body.find_first_not_of(" \t\r\n");
            if (first != std::string_view::npos && body[first] == '<')
                return parseError("the response is HTML, not JSON (wrong endpoint or a proxy login page?)");
            return parseError(body.empty() ? "empty response body" : "malformed JSON in the response");
        }
        SpendLogPage page;
        const json* rows = nullptr;
        if (j.is_array()) {
            rows = &j;
            page.page = page.totalPages = 1;
        } else if (j.is_object()) {
            rows = jsonutil::member(j, "data");
            if (!rows || !rows->is_array())
                return parseError("the response has no data array");
            page.page = jsonutil::count(j, "page").value_or(0);
            page.totalPages = jsonutil::count(j, "total_pages").value_or(0);
            page.total = jsonutil::count(j, "total").value_or(0);
        } else {
            return parseError("the response is neither a page object nor an array");
        }
        for (const json& row : *rows) {
            UsageEvent e;
            std::string reason;
            if (parseRow(row, rules, e, reason)) {
                page.events.push_back(std::move(e));
            } else {
                ++page.skipped;
                if (page.problems.size() < 5)
                    page.problems.push_back(reason);
            }
        }
        return page;
    } catch (const std::exception& e) {
        return parseError(std::string("unexpected JSON shape: ") + e.what());
    }
}

} // namespace burnrate
