#include "ingest/bedrocklog.h"

#include "ingest/requestlog.h"
#include "model/validate.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace burnrate {

using json = nlohmann::json;

namespace {

constexpr std::int64_t kMaxCount = std::int64_t(1) << 53;
constexpr std::size_t kMaxText = 1u << 20;

std::string str(const json& o, const char* key)
{
    if (!o.is_object())
        return {};
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A token count: absent or null is 0; anything but a whole number in 0..2^53 is an error.
bool count(const json& o, const char* key, std::int64_t& out, std::string& reason)
{
    out = 0;
    if (!o.is_object())
        return true;
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return true;
    if (it->is_number_unsigned() && it->get<std::uint64_t>() <= std::uint64_t(kMaxCount)) {
        out = static_cast<std::int64_t>(it->get<std::uint64_t>());
        return true;
    }
    if (it->is_number_integer() && it->get<std::int64_t>() >= 0 && it->get<std::int64_t>() <= kMaxCount) {
        out = it->get<std::int64_t>();
        return true;
    }
    if (it->is_number_float()) {
        const double d = it->get<double>();
        if (std::isfinite(d) && d >= 0 && d <= double(kMaxCount) && d == std::floor(d)) {
            out = static_cast<std::int64_t>(d);
            return true;
        }
    }
    reason = std::string(key) + " is not a token count";
    return false;
}

// The text parts of a Converse or Anthropic Messages body, joined by blank lines (bounded).
void collectText(const json& v, std::string& out, int depth = 0)
{
    if (depth > 8 || out.size() >= kMaxText)
        return;
    if (v.is_object()) {
        if (auto t = v.find("text"); t != v.end() && t->is_string()) {
            if (!out.empty())
                out += "\n\n";
            out += t->get<std::string>().substr(0, kMaxText - std::min(out.size(), kMaxText));
            return;
        }
        for (const char* key : { "messages", "content", "message", "output", "system" })
            if (auto it = v.find(key); it != v.end())
                collectText(*it, out, depth + 1);
    } else if (v.is_array()) {
        for (const json& e : v)
            collectText(e, out, depth + 1);
    } else if (v.is_string() && depth > 0) {
        if (!out.empty())
            out += "\n\n";
        out += v.get<std::string>().substr(0, kMaxText - std::min(out.size(), kMaxText));
    }
}

std::string modelIdOf(std::string id)
{
    for (const char* marker : { "foundation-model/", "/inference-profile/", "custom-model/" })
        if (auto at = id.find(marker); at != std::string::npos)
            return id.substr(at + std::string_view(marker).size());
    return id;
}

int statusOf(const std::string& errorCode)
{
    if (errorCode.empty())
        return 200;
    if (errorCode.find("Throttl") != std::string::npos || errorCode.find("TooManyRequests") != std::string::npos)
        return 429;
    if (errorCode.find("Validation") != std::string::npos || errorCode.find("AccessDenied") != std::string::npos
        || errorCode.find("NotFound") != std::string::npos || errorCode.find("ModelError") != std::string::npos)
        return 400;
    return 500;
}

} // namespace

bool isBedrockInvocationLog(std::string_view line)
{
    const auto at = line.find("\"schemaType\"");
    return at != std::string_view::npos && line.find("ModelInvocationLog", at) != std::string_view::npos;
}

bool parseBedrockInvocationLog(std::string_view line, UsageEvent& e, std::string& reason)
{
    e = UsageEvent();
    const json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        reason = "not a JSON object (a Bedrock invocation log record per line)";
        return false;
    }
    if (str(j, "schemaType") != "ModelInvocationLog") {
        reason = "schemaType is not ModelInvocationLog";
        return false;
    }
    e.id = str(j, "requestId");
    if (e.id.empty()) {
        reason = "no requestId";
        return false;
    }
    const std::string ts = str(j, "timestamp");
    if (!parseImportTimestamp(ts, false, e.ts, reason))
        return false;
    e.dims.provider = "bedrock";
    e.dims.model = modelIdOf(str(j, "modelId"));
    if (e.dims.model.empty()) {
        reason = "no modelId";
        return false;
    }
    const json input = j.value("input", json::object()), output = j.value("output", json::object());
    std::int64_t in = 0, cacheRead = 0, cacheWrite = 0, out = 0;
    if (!count(input, "inputTokenCount", in, reason) || !count(input, "cacheReadInputTokenCount", cacheRead, reason)
        || !count(input, "cacheWriteInputTokenCount", cacheWrite, reason)
        || !count(output, "outputTokenCount", out, reason))
        return false;
    if (in > kMaxCount - cacheRead - cacheWrite) {
        reason = "token counts overflow";
        return false;
    }
    e.tokens.input = in + cacheRead + cacheWrite;
    e.tokens.cachedInput = cacheRead;
    e.tokens.output = out;
    e.tokens.cacheWrite5m = cacheWrite;
    // The TTL split of cache writes is only in a logged Converse response body.
    if (output.is_object())
        if (auto body = output.find("outputBodyJson"); body != output.end() && body->is_object())
            if (auto usage = body->find("usage"); usage != body->end() && usage->is_object())
                if (auto details = usage->find("cacheDetails"); details != usage->end() && details->is_array()) {
                    std::int64_t oneHour = 0;
                    for (const json& d : *details) {
                        std::int64_t n = 0;
                        if (!count(d, "inputTokens", n, reason))
                            return false;
                        if (str(d, "ttl") == "1h")
                            oneHour += n;
                    }
                    if (oneHour > cacheWrite) {
                        reason = "cacheDetails name more 1h cache writes than cacheWriteInputTokenCount";
                        return false;
                    }
                    e.tokens.cacheWrite1h = oneHour;
                    e.tokens.cacheWrite5m = cacheWrite - oneHour;
                }
    e.dims.user = str(j.value("identity", json::object()), "arn");
    e.status = statusOf(str(j, "errorCode"));
    if (input.is_object())
        if (auto body = input.find("inputBodyJson"); body != input.end())
            collectText(*body, e.prompt);
    if (output.is_object())
        if (auto body = output.find("outputBodyJson"); body != output.end() && body->is_object())
            collectText(*body, e.response);
    for (const char* key : { "region", "inferenceRegion", "operation" })
        if (std::string v = str(j, key); !v.empty())
            e.tags.emplace_back(key == std::string_view("inferenceRegion") ? "inference_region" : key, v);
    if (auto meta = j.find("requestMetadata"); meta != j.end() && !meta->is_null()) {
        if (!meta->is_object()) {
            reason = "requestMetadata is not an object";
            return false;
        }
        for (const auto& [k, v] : meta->items()) {
            if (!v.is_string() || k.empty() || k.size() > 256 || v.get_ref<const std::string&>().size() > 4096) {
                reason = "requestMetadata '" + k.substr(0, 40) + "' is not a short string";
                return false;
            }
            const std::string& value = v.get_ref<const std::string&>();
            if (auto d = dimFromName(k); d
                && (*d == Dim::Tenant || *d == Dim::Team || *d == Dim::Project || *d == Dim::Env || *d == Dim::PromptId
                    || *d == Dim::PromptVersion || *d == Dim::TraceId))
                e.dims[*d] = value;
            else if (k == "prompt_id" || k == "promptId")
                e.dims.promptId = value;
            else if (k == "tenantId" || k == "tenant_id")
                e.dims.tenant = value;
            else
                e.tags.emplace_back(k, value);
        }
    }
    if (auto v = validateEvent(e); !v) {
        reason = v.error().detail;
        return false;
    }
    return true;
}

} // namespace burnrate
