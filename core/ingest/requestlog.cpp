#include "ingest/requestlog.h"

#include "ingest/batchpipe.h"
#include "ingest/bedrocklog.h"
#include "ingest/csvreader.h"
#include "ingest/fileinput.h"
#include "ingest/jsonarray.h"
#include "ingest/jsonrecord.h"
#include "model/apikey.h"
#include "model/validate.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <thread>

namespace burnrate {

using nlohmann::json;

namespace {

// The limits shared with every other source (model/validate.h).
constexpr std::int64_t kAbsurdTokens = limits::kMaxRequestTokens;
constexpr std::size_t kMaxFieldBytes = limits::kMaxTextBytes;
// A CSV row or JSON line (record) is held up to this size: prompt and response text of up to 8 MB each.
constexpr std::size_t kMaxRecordBytes = 2 * kMaxFieldBytes + (64u << 10);

enum class Field
{
    Id,
    Ts,
    Provider,
    Model,
    Input,
    Cached,
    CacheWrite,
    CacheWrite1h,
    Output,
    Cost,
    Latency,
    Ttft,
    Status,
    CacheHit,
    Batch,
    ServiceTier,
    Tenant,
    Team,
    Project,
    Env,
    User,
    ApiKey,
    PromptId,
    PromptVersion,
    TraceId,
    Tags,
    Prompt,
    Response,
    Unknown
};

Field fieldOf(std::string_view k)
{
    static const std::unordered_map<std::string_view, Field> kMap = {
        { "id", Field::Id },
        { "request_id", Field::Id },
        { "ts", Field::Ts },
        { "timestamp", Field::Ts },
        { "provider", Field::Provider },
        { "gen_ai.system", Field::Provider },
        { "gen_ai.provider.name", Field::Provider },
        { "model", Field::Model },
        { "gen_ai.request.model", Field::Model },
        { "input_tokens", Field::Input },
        { "gen_ai.usage.input_tokens", Field::Input },
        { "cached_input_tokens", Field::Cached },
        { "gen_ai.usage.cache_read.input_tokens", Field::Cached },
        { "cache_write_tokens", Field::CacheWrite },
        { "gen_ai.usage.cache_creation.input_tokens", Field::CacheWrite },
        { "cache_write_1h_tokens", Field::CacheWrite1h },
        { "output_tokens", Field::Output },
        { "gen_ai.usage.output_tokens", Field::Output },
        { "cost_usd", Field::Cost },
        { "latency_ms", Field::Latency },
        { "ttft_ms", Field::Ttft },
        { "time_to_first_token_ms", Field::Ttft },
        { "status", Field::Status },
        { "cache_hit", Field::CacheHit },
        { "batch", Field::Batch },
        { "service_tier", Field::ServiceTier },
        { "tenant", Field::Tenant },
        { "team", Field::Team },
        { "project", Field::Project },
        { "env", Field::Env },
        { "user", Field::User },
        { "api_key", Field::ApiKey },
        { "prompt_id", Field::PromptId },
        { "prompt_version", Field::PromptVersion },
        { "trace_id", Field::TraceId },
        { "tags", Field::Tags },
        { "prompt", Field::Prompt },
        { "response", Field::Response },
    };
    auto it = kMap.find(k);
    return it == kMap.end() ? Field::Unknown : it->second;
}

struct Seen
{
    bool id = false, ts = false, provider = false, model = false, input = false, output = false;
};

bool parseInt(std::string_view s, std::int64_t& out)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (s.empty())
        return false;
    if (s.front() == '+')
        s.remove_prefix(1);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && p == s.data() + s.size())
        return true;
    // "12.0" style integers (some exporters write floats)
    auto v = parseDecimalNano(s);
    if (v && *v % kNanoPerUsd == 0) {
        out = *v / kNanoPerUsd;
        return true;
    }
    return false;
}

bool parseBool(std::string_view s, bool& out)
{
    if (s == "true" || s == "1" || s == "TRUE" || s == "True" || s == "yes") {
        out = true;
        return true;
    }
    if (s == "false" || s == "0" || s == "FALSE" || s == "False" || s == "no" || s.empty()) {
        out = false;
        return true;
    }
    return false;
}

// Common words for a request's outcome in proxy logs, mapped to an HTTP-like code.
std::optional<int> statusWord(std::string_view v)
{
    std::string w;
    for (char c : v.substr(0, 32))
        w += c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::unordered_map<std::string_view, int> kWords = {
        { "success", 200 },
        { "succeeded", 200 },
        { "successful", 200 },
        { "ok", 200 },
        { "completed", 200 },
        { "complete", 200 },
        { "done", 200 },
        { "error", 500 },
        { "failure", 500 },
        { "failed", 500 },
        { "fail", 500 },
        { "exception", 500 },
        { "timeout", 504 },
        { "timed_out", 504 },
        { "timedout", 504 },
        { "rate_limited", 429 },
        { "ratelimited", 429 },
        { "throttled", 429 },
        { "cancelled", 499 },
        { "canceled", 499 },
    };
    auto it = kWords.find(w);
    if (it == kWords.end() || v.size() > 32)
        return std::nullopt;
    return it->second;
}

// Applies one field given as text (CSV cell, or a JSON scalar's text). isNumber: JSON number.
bool applyText(
    UsageEvent& e, Seen& seen, Field f, std::string_view v, bool isNumber, std::string& reason, std::string_view name)
{
    auto tokens = [&](std::int64_t& slot) {
        std::int64_t n;
        if (!parseInt(v, n)) {
            reason = std::string(name) + " is not an integer";
            return false;
        }
        if (n < 0) {
            reason = std::string(name) + " is negative";
            return false;
        }
        if (n > kAbsurdTokens) {
            reason = std::string(name) + " is implausibly large (" + std::to_string(n) + " > "
                + std::to_string(kAbsurdTokens) + ")";
            return false;
        }
        slot = n;
        return true;
    };
    auto text = [&](std::string& slot) {
        if (v.size() > limits::kMaxDimensionBytes) {
            reason = std::string(name) + " is longer than " + std::to_string(limits::kMaxDimensionBytes) + " bytes";
            return false;
        }
        slot.assign(v);
        return true;
    };
    switch (f) {
    case Field::Id:
        seen.id = !v.empty();
        return text(e.id);
    case Field::Ts:
        if (!parseImportTimestamp(v, isNumber, e.ts, reason))
            return false;
        seen.ts = true;
        return true;
    case Field::Provider:
        seen.provider = !v.empty();
        return text(e.dims.provider);
    case Field::Model:
        seen.model = !v.empty();
        return text(e.dims.model);
    case Field::Input:
        seen.input = true;
        return tokens(e.tokens.input);
    case Field::Cached:
        return tokens(e.tokens.cachedInput);
    case Field::CacheWrite:
        return tokens(e.tokens.cacheWrite5m);
    case Field::CacheWrite1h:
        return tokens(e.tokens.cacheWrite1h);
    case Field::Output:
        seen.output = true;
        return tokens(e.tokens.output);
    case Field::Cost: {
        if (v.empty())
            return true;
        auto c = parseDecimalNano(v);
        if (!c) {
            reason = "cost_usd is not a decimal";
            return false;
        }
        if (*c < 0 || *c > limits::kMaxRequestCost) {
            reason = "cost_usd " + std::string(v.substr(0, 40)) + " is out of range (0.."
                + formatDecimal(limits::kMaxRequestCost, 0) + ")";
            return false;
        }
        e.reportedCost = c;
        return true;
    }
    case Field::Latency:
    case Field::Ttft: {
        if (v.empty())
            return true;
        const std::string label(name);
        std::int64_t n;
        if (!parseInt(v, n)) {
            auto d = parseDecimalNano(v);
            if (!d) {
                bool digits = v.find_first_of("0123456789") != std::string_view::npos
                    && v.find_first_not_of("0123456789.+-eE ") == std::string_view::npos;
                reason = digits ? label + " " + std::string(v.substr(0, 40)) + " is out of range (0.."
                        + std::to_string(limits::kMaxLatencyMs) + ")"
                                : label + " is not a number";
                return false;
            }
            n = *d / kNanoPerUsd;
        }
        if (n < 0 || n > limits::kMaxLatencyMs) {
            reason = label + " " + std::to_string(n) + " is out of range (0.." + std::to_string(limits::kMaxLatencyMs)
                + ")";
            return false;
        }
        (f == Field::Latency ? e.latencyMs : e.ttftMs) = n;
        return true;
    }
    case Field::Status: {
        std::int64_t n;
        if (v.empty())
            return true;
        if (parseInt(v, n) && n >= 0 && n <= limits::kMaxStatus) {
            e.status = static_cast<int>(n);
            return true;
        }
        if (auto w = statusWord(v)) {
            e.status = *w;
            return true;
        }
        reason = "status '" + std::string(v.substr(0, 40))
            + "' is neither an HTTP-like code (0-999) nor a known word (success, ok, error, failed, timeout, ...)";
        return false;
    }
    case Field::CacheHit:
        if (!parseBool(v, e.cacheHit)) {
            reason = "cache_hit is not a boolean";
            return false;
        }
        return true;
    case Field::Batch:
        if (!parseBool(v, e.batch)) {
            reason = "batch is not a boolean";
            return false;
        }
        return true;
    case Field::ServiceTier:
        return text(e.dims.serviceTier);
    case Field::Tenant:
        return text(e.dims.tenant);
    case Field::Team:
        return text(e.dims.team);
    case Field::Project:
        return text(e.dims.project);
    case Field::Env:
        return text(e.dims.env);
    case Field::User:
        return text(e.dims.user);
    case Field::ApiKey:
        return text(e.dims.apiKey);
    case Field::PromptId:
        return text(e.dims.promptId);
    case Field::PromptVersion:
        return text(e.dims.promptVersion);
    case Field::TraceId:
        return text(e.dims.traceId);
    case Field::Prompt:
        if (v.size() > kMaxFieldBytes) {
            reason = "prompt text is larger than " + std::to_string(kMaxFieldBytes >> 20) + " MB";
            return false;
        }
        e.prompt.assign(v);
        return true;
    case Field::Response:
        if (v.size() > kMaxFieldBytes) {
            reason = "response text is larger than " + std::to_string(kMaxFieldBytes >> 20) + " MB";
            return false;
        }
        e.response.assign(v);
        return true;
    case Field::Tags:
    case Field::Unknown:
        return true;
    }
    return true;
}

bool finish(UsageEvent& e, const Seen& seen, std::string& reason)
{
    if (!seen.id)
        reason = "missing required field id";
    else if (!seen.ts)
        reason = "missing required field ts";
    else if (!seen.provider)
        reason = "missing required field provider";
    else if (!seen.model)
        reason = "missing required field model";
    else if (!seen.input)
        reason = "missing required field input_tokens";
    else if (!seen.output)
        reason = "missing required field output_tokens";
    else if (e.tokens.cachedInput + e.tokens.cacheWrite5m + e.tokens.cacheWrite1h > e.tokens.input)
        reason = "cached + cache-write tokens exceed input_tokens";
    else if (!validUtf8(e.id) || !validUtf8(e.dims.model) || !validUtf8(e.prompt) || !validUtf8(e.response))
        reason = "invalid UTF-8";
    else if (auto v = validateEvent(e); !v)
        reason = v.error().detail; // the limits every source shares (tags, texts, ...)
    else
        return true;
    return false;
}

void reset(UsageEvent& e)
{
    e.id.clear();
    e.ts = 0;
    e.dims = Dimensions {};
    e.tokens = TokenCounts {};
    e.reportedCost.reset();
    e.latencyMs.reset();
    e.ttftMs.reset();
    e.status = 200;
    e.cacheHit = e.batch = false;
    e.tags.clear();
    e.prompt.clear();
    e.response.clear();
}

bool scalarText(const json& v, std::string& out, bool& isNumber)
{
    isNumber = false;
    switch (v.type()) {
    case json::value_t::string:
        out = v.get_ref<const std::string&>();
        return true;
    case json::value_t::boolean:
        out = v.get<bool>() ? "true" : "false";
        return true;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        isNumber = true;
        out = v.dump();
        return true;
    case json::value_t::null:
        out.clear();
        return true;
    default:
        return false;
    }
}

} // namespace

// Epoch numbers (seconds, or milliseconds, microseconds or nanoseconds when too large for seconds in the
// accepted range) or RFC 3339; both forms must fall in 1970..2199 (limits::kMinTimestamp..kMaxTimestamp).
bool parseImportTimestamp(std::string_view s, bool isNumber, Epoch& out, std::string& reason)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    auto bad = [&] {
        reason = "bad timestamp '" + std::string(s.substr(0, 40)) + "'";
        return false;
    };
    auto outside = [&] {
        reason = "timestamp '" + std::string(s.substr(0, 40)) + "' is outside " + timestampRangeText();
        return false;
    };
    // A number: [sign] digits [. digits] [e [sign] digits], as JSON or as text (a date has '-' after digits).
    auto looksNumeric = [](std::string_view t) {
        if (!t.empty() && (t.front() == '+' || t.front() == '-'))
            t.remove_prefix(1);
        if (t.empty() || t.front() < '0' || t.front() > '9')
            return false;
        for (std::size_t i = 0; i < t.size(); ++i) {
            char c = t[i];
            bool ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
                || ((c == '+' || c == '-') && (t[i - 1] == 'e' || t[i - 1] == 'E'));
            if (!ok)
                return false;
        }
        return true;
    };
    if (isNumber || looksNumeric(s)) {
        if (s.front() == '-')
            return outside(); // before 1970
        std::string_view digits = s.front() == '+' ? s.substr(1) : s;
        std::uint64_t n = 0;
        auto dot = digits.find('.');
        std::string_view whole = digits.substr(0, dot);
        bool plain = !whole.empty() && whole.find_first_not_of("0123456789") == std::string_view::npos
            && (dot == std::string_view::npos
                || digits.substr(dot + 1).find_first_not_of("0123456789") == std::string_view::npos);
        if (plain) {
            // Integer part only (fractions are truncated, as for RFC 3339); more digits than a uint64 holds
            // is out of range, not a parse error.
            auto [p, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), n);
            if (ec == std::errc::result_out_of_range)
                return outside();
            if (ec != std::errc() || p != whole.data() + whole.size())
                return bad();
        } else {
            auto v = parseDecimalNano(digits, -9); // an exponent form: its value, rounded to an integer
            if (!v)
                return digits.find_first_of("eE") != std::string_view::npos ? outside() : bad();
            if (*v < 0)
                return outside();
            n = static_cast<std::uint64_t>(*v);
        }
        const auto max = static_cast<std::uint64_t>(limits::kMaxTimestamp);
        for (std::uint64_t unit : { 1ULL, 1000ULL, 1000000ULL, 1000000000ULL }) {
            if (n / unit < max) {
                out = static_cast<Epoch>(n / unit);
                return true;
            }
        }
        return outside();
    }
    auto t = parseTimestamp(s);
    if (!t)
        return bad();
    if (!timestampInRange(*t))
        return outside();
    out = *t;
    return true;
}

bool parseRequestJson(std::string_view line, UsageEvent& e, std::string& reason)
{
    using K = JsonRecordReader::Kind;
    reset(e);
    Seen seen;
    bool ok = JsonRecordReader::forEachMember(
        line,
        [&](std::string_view key, const JsonRecordReader::Value& v) {
            Field f = fieldOf(key);
            if (f == Field::Unknown)
                return true;
            if (f == Field::Tags) {
                if (v.kind == K::Null)
                    return true;
                if (v.kind != K::Object) {
                    reason = "tags is not an object";
                    return false;
                }
                std::string inner;
                bool tagsOk = JsonRecordReader::forEachMember(
                    v.text,
                    [&](std::string_view k, const JsonRecordReader::Value& t) {
                        if (t.kind == K::Object || t.kind == K::Array || k.empty() || k.size() > 256
                            || t.text.size() > 4096) {
                            reason = "tag '" + std::string(k.substr(0, 40)) + "' is not a short scalar";
                            return false;
                        }
                        e.tags.emplace_back(std::string(k), t.kind == K::Null ? std::string() : std::string(t.text));
                        return true;
                    },
                    inner);
                if (!tagsOk && reason.empty())
                    reason = inner;
                return tagsOk;
            }
            if (v.kind == K::Object || v.kind == K::Array) {
                reason = std::string(key) + " has the wrong type";
                return false;
            }
            bool numericField = f == Field::Input || f == Field::Cached || f == Field::CacheWrite
                || f == Field::CacheWrite1h || f == Field::Output || f == Field::Status;
            if (numericField && (v.kind == K::True || v.kind == K::False)) {
                reason = std::string(key) + " has the wrong type";
                return false;
            }
            if (v.kind == K::Null) {
                if (f == Field::Id || f == Field::Ts || f == Field::Model || f == Field::Provider || numericField)
                    return true; // treated as absent
                return applyText(e, seen, f, {}, false, reason, key);
            }
            return applyText(e, seen, f, v.text, v.kind == K::Number, reason, key);
        },
        reason);
    if (!ok) {
        if (reason.empty())
            reason = "not valid JSON";
        return false;
    }
    return finish(e, seen, reason);
}

bool RequestCsvSchema::setHeader(const std::vector<std::string>& header, std::string& reason)
{
    m_names.clear();
    for (auto h : header) {
        while (!h.empty() && (h.back() == ' ' || h.back() == '\r'))
            h.pop_back();
        while (!h.empty() && h.front() == ' ')
            h.erase(0, 1);
        m_names.push_back(h);
    }
    // A column given twice (or under two aliases of one field) is ambiguous: refuse the file, naming it.
    {
        std::unordered_map<std::string, std::string> seenNames; // field key -> first column name
        for (const auto& n : m_names) {
            if (n.empty())
                continue; // unnamed (e.g. trailing) columns are ignored
            Field f = fieldOf(n);
            std::string key;
            if (n.rfind("tag:", 0) == 0 || n.rfind("tags.", 0) == 0)
                key = "tag:" + n.substr(n[3] == ':' ? 4 : 5);
            else if (f == Field::Unknown)
                key = "?" + n;
            else
                key = "#" + std::to_string(static_cast<int>(f));
            auto [it, fresh] = seenNames.emplace(key, n);
            if (!fresh) {
                reason = it->second == n ? "the CSV header has the column '" + n.substr(0, 80) + "' twice"
                                         : "the CSV header has both '" + it->second.substr(0, 80) + "' and '"
                        + n.substr(0, 80) + "' for the same field";
                return false;
            }
        }
    }
    for (const char* req : { "id", "ts", "provider", "model", "input_tokens", "output_tokens" }) {
        bool found = false;
        for (const auto& n : m_names) {
            Field f = fieldOf(n);
            if (f == fieldOf(req))
                found = true;
        }
        if (!found) {
            reason = std::string("the CSV header lacks the required column ") + req;
            return false;
        }
    }
    return true;
}

bool RequestCsvSchema::parse(const std::vector<std::string>& fields, UsageEvent& e, std::string& reason) const
{
    reset(e);
    if (fields.size() != m_names.size()) {
        reason = "has " + std::to_string(fields.size()) + " fields, the header has " + std::to_string(m_names.size());
        return false;
    }
    Seen seen;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string& name = m_names[i];
        const std::string& v = fields[i];
        if (!validUtf8(v)) {
            reason = "invalid UTF-8 in column " + name;
            return false;
        }
        if (name.rfind("tag:", 0) == 0 || name.rfind("tags.", 0) == 0) {
            if (!v.empty())
                e.tags.emplace_back(name.substr(name[3] == ':' ? 4 : 5), v);
            continue;
        }
        Field f = fieldOf(name);
        if (f == Field::Tags) {
            if (v.empty())
                continue;
            json t = json::parse(v, nullptr, false);
            if (t.is_discarded() || !t.is_object()) {
                reason = "tags is not a JSON object";
                return false;
            }
            std::string text;
            bool isNumber;
            for (auto it = t.begin(); it != t.end(); ++it) {
                if (!scalarText(*it, text, isNumber)) {
                    reason = "tag '" + it.key().substr(0, 40) + "' is not a scalar";
                    return false;
                }
                e.tags.emplace_back(it.key(), text);
            }
            continue;
        }
        if (f == Field::Unknown)
            continue;
        if (v.empty() && f != Field::Id && f != Field::Ts && f != Field::Provider && f != Field::Model
            && f != Field::Input && f != Field::Output)
            continue;
        if (!applyText(e, seen, f, v, false, reason, name))
            return false;
    }
    return finish(e, seen, reason);
}

RequestLogImporter::RequestLogImporter(Database& db, const PriceBook& prices, std::string sourceName)
    : m_db(db)
    , m_prices(prices)
    , m_sourceName(std::move(sourceName))
{
}

Result<ImportSummary> RequestLogImporter::importFile(const std::string& path)
{
    // Regular files only: a directory, FIFO or device is named as such (and a FIFO never blocks); compressed
    // files are read through zlib; the shape comes from the extension or the first character.
    auto opened = openRecordFile(path);
    if (!opened)
        return opened.error();
    std::FILE* fp = opened->input.file.get();
    const std::int64_t total = opened->input.size;
    using Shape = RecordShape;
    const Shape shape = opened->shape;

    auto sourceId = m_db.ensureSource(m_sourceName, "file");
    if (!sourceId)
        return sourceId.error();
    ImportSummary sum;
    sum.file = path;
    Statement imp = m_db.prepare("INSERT INTO imports(file, started) VALUES(?1, ?2)");
    imp.bind(1, path).bind(2, static_cast<std::int64_t>(std::time(nullptr)));
    if (!imp.exec())
        return makeError(ErrorCode::Database, path + ": cannot record the import: " + imp.lastError());
    std::int64_t importId = m_db.lastInsertId();
    sum.importId = importId;

    UsageWriter writer(m_db, m_prices, *sourceId, m_batchSize);
    // What is safely stored (committed batches): reported on failure and kept in imports.rows_ok.
    std::int64_t committed = 0;
    writer.setProgress([&](const WriteStats& st) { committed = st.inserted + st.updated; });
    // The count commits with its batch, so imports.rows_ok is right even when the disk fills up.
    Statement counted = m_db.prepare("UPDATE imports SET rows_ok = ?2 WHERE id = ?1");
    writer.setBeforeCommit([&](const WriteStats& st) -> Result<void> {
        counted.bind(1, importId).bind(2, st.inserted + st.updated);
        if (!counted.exec())
            return makeError(ErrorCode::Database, counted.lastError());
        return {};
    });
    Statement quarantine = m_db.prepare("INSERT INTO quarantine(import_id, line, reason, raw) VALUES(?1, ?2, ?3, ?4)");
    auto bad = [&](std::int64_t line, const std::string& reason, std::string_view raw) -> Result<void> {
        ++sum.quarantined;
        if (sum.firstProblems.size() < 20)
            sum.firstProblems.push_back({ line, reason });
        // Keep a bounded, valid-UTF-8 excerpt of the row for the analyst, never a raw api key.
        std::string excerpt = maskApiKeysInJson(raw.substr(0, 2048));
        if (!validUtf8(excerpt))
            excerpt = "(invalid UTF-8, " + std::to_string(raw.size()) + " bytes)";
        quarantine.bind(1, importId).bind(2, line).bind(3, reason).bind(4, excerpt);
        if (!quarantine.exec())
            return makeError(ErrorCode::Database, quarantine.lastError());
        return {};
    };
    // Records the outcome in `imports` (best effort: on a full disk this may fail too).
    auto record = [&] {
        Statement done = m_db.prepare("UPDATE imports SET rows_ok = ?2, rows_bad = ?3 WHERE id = ?1");
        done.bind(1, importId).bind(2, committed).bind(3, sum.quarantined);
        done.exec();
    };
    std::int64_t currentLine = 0;
    // A failure that stops the import names the file, the line and what is already committed.
    auto failed = [&](const Error& e) -> Error {
        Error out = e;
        out.detail = "import of " + path + " stopped at line " + std::to_string(currentLine) + ": " + e.detail;
        if (e.detail.find("committed") == std::string::npos)
            out.detail += "; " + std::to_string(committed)
                + " records were committed before it (re-running the import is safe: stored records are updated, "
                  "not duplicated)";
        return out;
    };
    std::int64_t lastReport = 0;
    auto report = [&](std::int64_t bytes) {
        if (m_progress && bytes != lastReport && (bytes - lastReport > (8 << 20) || bytes == total)) {
            lastReport = bytes;
            m_progress(bytes, total);
        }
    };

    auto cancelled = [&]() -> std::optional<Error> {
        if (!m_cancel || !m_cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        if (auto r = writer.commit(); !r) {
            record();
            return failed(r.error());
        }
        committed = writer.stats().inserted + writer.stats().updated;
        record();
        return makeError(ErrorCode::Cancelled,
            "import of " + path + " cancelled after " + std::to_string(committed) + " records (kept)");
    };
    auto stop = [&](const Error& e) -> Result<ImportSummary> {
        record();
        return failed(e);
    };

    // Reading and parsing run on a second thread and hand batches of parsed records to this one, which
    // writes them: the two halves of an import use both cores. Everything the store sees, counts and
    // quarantines happens here, in file order, exactly as a single-threaded import would.
    struct ParsedRecord
    {
        std::int64_t line = 0, bytesRead = 0;
        bool ok = false, last = false; // last: the rest of the file cannot be read (reported after it)
        UsageEvent event;
        std::string reason, raw;
    };
    // A batch ends at 1024 records or 8 MB of text, so the records in flight stay bounded in memory too.
    constexpr std::size_t kBatchRecords = 1024, kBatchBytes = 8u << 20;
    BatchPipe<ParsedRecord> pipe(2);
    bool readError = false;
    std::unique_ptr<CsvReader> csv;
    RequestCsvSchema schema;
    std::size_t apiKeyColumn = SIZE_MAX;
    if (shape == Shape::Csv) {
        csv = std::make_unique<CsvReader>(fp, kMaxRecordBytes);
        std::vector<std::string> fields;
        std::int64_t line = 0;
        auto st = csv->next(fields, line);
        // Blank lines before the header do not count.
        while (st == CsvReader::Status::Record && fields.size() == 1
            && fields[0].find_first_not_of(" \t") == std::string::npos)
            st = csv->next(fields, line);
        if (st == CsvReader::Status::End) {
            record();
            return sum; // an empty file: read fine, 0 records
        }
        std::string reason;
        if (st != CsvReader::Status::Record || !schema.setHeader(fields, reason)) {
            record();
            return makeError(ErrorCode::Invalid, path + ": " + (reason.empty() ? "unreadable CSV header" : reason));
        }
        // The api_key column of a quarantined row is kept as its fingerprint only.
        apiKeyColumn = static_cast<std::size_t>(
            std::find(fields.begin(), fields.end(), std::string("api_key")) - fields.begin());
    }

    auto produce = [&] {
        std::vector<ParsedRecord> batch = pipe.emptyBatch();
        std::size_t n = 0, bytes = 0;
        auto slot = [&]() -> ParsedRecord& {
            if (n == batch.size())
                batch.emplace_back();
            ParsedRecord& r = batch[n++];
            r.ok = r.last = false;
            r.reason.clear();
            r.raw.clear();
            return r;
        };
        // Sends the batch when it is full (or `force`); false when the importer stopped listening.
        auto send = [&](bool force) {
            if (n == 0 || (!force && n < kBatchRecords && bytes < kBatchBytes))
                return true;
            batch.resize(n);
            bool more = pipe.push(std::move(batch));
            batch = pipe.emptyBatch();
            n = bytes = 0;
            return more;
        };
        auto done = [&](ParsedRecord& r, std::int64_t read) {
            r.bytesRead = read;
            bytes += r.raw.size() + r.event.prompt.size() + r.event.response.size() + 256;
            return send(r.last);
        };
        std::string reason;
        if (shape == Shape::Csv) {
            std::vector<std::string> fields;
            std::int64_t line = 0;
            for (;;) {
                auto st = csv->next(fields, line);
                if (st == CsvReader::Status::End)
                    break;
                if (fields.size() == 1 && fields[0].empty() && st == CsvReader::Status::Record)
                    continue; // blank line
                ParsedRecord& r = slot();
                r.line = line;
                if (st == CsvReader::Status::Oversized) {
                    r.reason = "row longer than " + std::to_string(kMaxRecordBytes >> 20) + " MB (skipped)";
                } else if (st == CsvReader::Status::TooManyFields) {
                    r.reason
                        = "row has more than " + std::to_string(CsvReader::kDefaultMaxFields) + " fields (skipped)";
                } else if (st == CsvReader::Status::UnterminatedQuote) {
                    r.reason = "unterminated quoted field at end of file";
                    r.raw = fields.empty() ? "" : fields.back();
                    r.last = true;
                } else {
                    for (std::size_t i = 0; i < fields.size() && r.raw.size() < 2048; ++i)
                        r.raw += (i ? "," : "")
                            + (i == apiKeyColumn ? apiKeyFingerprint(fields[i]) : fields[i].substr(0, 256));
                    r.ok = schema.parse(fields, r.event, r.reason);
                }
                if (!done(r, csv->bytesRead()) || r.last)
                    break;
            }
        } else if (shape == Shape::Lines) {
            LineReader reader(fp, kMaxRecordBytes);
            std::string text;
            std::int64_t line = 0;
            for (;;) {
                auto st = reader.next(text, line);
                if (st == LineReader::Status::End)
                    break;
                if (st == LineReader::Status::Line && text.find_first_not_of(" \t") == std::string::npos)
                    continue; // blank line
                ParsedRecord& r = slot();
                r.line = line;
                if (st == LineReader::Status::Oversized) {
                    r.reason = "line longer than " + std::to_string(kMaxRecordBytes >> 20) + " MB (skipped)";
                } else {
                    r.ok = isBedrockInvocationLog(text) ? parseBedrockInvocationLog(text, r.event, r.reason)
                                                        : parseRequestJson(text, r.event, r.reason);
                    r.raw.swap(text);
                }
                if (!done(r, reader.bytesRead()))
                    break;
            }
        } else {
            // A JSON array of records, streamed element by element.
            JsonArrayReader reader(fp, kMaxRecordBytes);
            std::string text;
            std::int64_t line = 0;
            for (;;) {
                auto st = reader.next(text, line);
                if (st == JsonArrayReader::Status::End)
                    break;
                ParsedRecord& r = slot();
                r.line = line;
                if (st == JsonArrayReader::Status::Malformed) {
                    r.reason = reader.error() + "; the rest of the file was not read";
                    r.last = true;
                } else if (st == JsonArrayReader::Status::Oversized) {
                    r.reason = "record longer than " + std::to_string(kMaxRecordBytes >> 20) + " MB (skipped)";
                } else {
                    r.ok = parseRequestJson(text, r.event, r.reason);
                    r.raw.swap(text);
                }
                if (!done(r, reader.bytesRead()) || r.last)
                    break;
            }
        }
        send(true);
        readError = std::ferror(fp) != 0;
        pipe.close();
    };
    std::thread reader(produce);
    // However the loop below ends, the reader is told to stop and joined before anything returns.
    struct Join
    {
        BatchPipe<ParsedRecord>& pipe;
        std::thread& thread;
        ~Join()
        {
            pipe.cancel();
            if (thread.joinable())
                thread.join();
        }
    } join { pipe, reader };

    std::vector<ParsedRecord> batch;
    while (pipe.pop(batch)) {
        for (ParsedRecord& rec : batch) {
            if (sum.records % 1024 == 0)
                if (auto c = cancelled())
                    return *c;
            currentLine = rec.line;
            ++sum.records;
            Result<void> r;
            if (!rec.ok) {
                r = bad(rec.line, rec.reason, rec.raw);
            } else {
                // A record the store refuses as invalid is quarantined like a parse failure; any other store
                // error stops the import.
                r = writer.add(rec.event);
                if (!r && r.error().code == ErrorCode::Invalid)
                    r = bad(rec.line, r.error().detail, rec.raw);
            }
            if (!r)
                return stop(r.error());
            report(rec.bytesRead);
        }
        pipe.recycle(std::move(batch));
    }
    pipe.cancel();
    reader.join();
    if (readError)
        return stop(makeError(ErrorCode::Io,
            opened->compressed ? std::string("the gzip data is corrupt or truncated")
                               : std::string("read error: ") + std::strerror(errno)));
    if (auto r = writer.commit(); !r)
        return stop(r.error());
    sum.inserted = writer.stats().inserted;
    sum.updated = writer.stats().updated;
    sum.unpriced = writer.stats().unpriced;
    committed = sum.inserted + sum.updated;
    record();
    if (m_progress)
        m_progress(total, total);
    return sum;
}

} // namespace burnrate
