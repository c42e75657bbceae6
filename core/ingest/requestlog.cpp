#include "ingest/requestlog.h"

#include "ingest/csvreader.h"
#include "ingest/jsonrecord.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>

namespace burnrate {

using nlohmann::json;

namespace {

// A request above this many tokens is not a real request (the largest context windows are ~2M).
constexpr std::int64_t kAbsurdTokens = 50'000'000;
constexpr std::size_t kMaxFieldBytes = 8u << 20;

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

bool parseTs(std::string_view s, bool isNumber, Epoch& out)
{
    std::int64_t n;
    if (isNumber || (!s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos)) {
        auto v = parseDecimalNano(s);
        if (!v)
            return false;
        n = *v / kNanoPerUsd;
        if (n > 100'000'000'000LL)
            n /= 1000; // epoch milliseconds
        if (n < 0 || n > 253402300799LL)
            return false;
        out = n;
        return true;
    }
    auto t = parseTimestamp(s);
    if (!t)
        return false;
    out = *t;
    return true;
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
            reason = std::string(name) + " is implausibly large (" + std::to_string(n) + ")";
            return false;
        }
        slot = n;
        return true;
    };
    auto text = [&](std::string& slot) {
        if (v.size() > 4096) {
            reason = std::string(name) + " is longer than 4096 bytes";
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
        if (!parseTs(v, isNumber, e.ts)) {
            reason = "bad timestamp '" + std::string(v.substr(0, 40)) + "'";
            return false;
        }
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
        if (*c < 0 || *c > 1'000'000 * kNanoPerUsd) {
            reason = "cost_usd is out of range";
            return false;
        }
        e.reportedCost = c;
        return true;
    }
    case Field::Latency: {
        if (v.empty())
            return true;
        std::int64_t n;
        if (!parseInt(v, n) || n < 0) {
            auto d = parseDecimalNano(v);
            if (!d || *d < 0) {
                reason = "latency_ms is not a number";
                return false;
            }
            n = *d / kNanoPerUsd;
        }
        e.latencyMs = n;
        return true;
    }
    case Field::Status: {
        std::int64_t n;
        if (v.empty())
            return true;
        if (!parseInt(v, n) || n < 0 || n > 999) {
            reason = "status is not an HTTP-like code";
            return false;
        }
        e.status = static_cast<int>(n);
        return true;
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
            reason = "prompt text is larger than 8 MB";
            return false;
        }
        e.prompt.assign(v);
        return true;
    case Field::Response:
        if (v.size() > kMaxFieldBytes) {
            reason = "response text is larger than 8 MB";
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
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return makeError(ErrorCode::Io, "cannot read " + path + ": no such file");
    std::int64_t total = static_cast<std::int64_t>(fs::file_size(path, ec));
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        return makeError(ErrorCode::Io, "cannot open " + path);

    std::string ext = fs::path(path).extension().string();
    for (auto& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool csv = ext == ".csv";
    if (ext != ".csv" && ext != ".jsonl" && ext != ".json" && ext != ".ndjson") {
        // Sniff: a JSON record starts with '{'.
        int c;
        while ((c = std::fgetc(file.get())) != EOF
            && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF)) { }
        csv = c != '{' && c != EOF;
        std::rewind(file.get());
    }

    auto sourceId = m_db.ensureSource(m_sourceName, "file");
    if (!sourceId)
        return sourceId.error();
    ImportSummary sum;
    sum.file = path;
    Statement imp = m_db.prepare("INSERT INTO imports(file, started) VALUES(?1, ?2)");
    imp.bind(1, path).bind(2, static_cast<std::int64_t>(std::time(nullptr)));
    if (!imp.exec())
        return makeError(ErrorCode::Database, imp.lastError());
    std::int64_t importId = m_db.lastInsertId();

    UsageWriter writer(m_db, m_prices, *sourceId, m_batchSize);
    Statement quarantine = m_db.prepare("INSERT INTO quarantine(import_id, line, reason, raw) VALUES(?1, ?2, ?3, ?4)");
    auto bad = [&](std::int64_t line, const std::string& reason, std::string_view raw) -> Result<void> {
        ++sum.quarantined;
        if (sum.firstProblems.size() < 20)
            sum.firstProblems.push_back({ line, reason });
        // Keep a bounded, valid-UTF-8 excerpt of the row for the analyst.
        std::string excerpt(raw.substr(0, 2048));
        if (!validUtf8(excerpt))
            excerpt = "(invalid UTF-8, " + std::to_string(raw.size()) + " bytes)";
        quarantine.bind(1, importId).bind(2, line).bind(3, reason).bind(4, excerpt);
        if (!quarantine.exec())
            return makeError(ErrorCode::Database, quarantine.lastError());
        return {};
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
        if (auto r = writer.flush(); !r)
            return r.error();
        return makeError(ErrorCode::Cancelled,
            "import of " + path + " cancelled after " + std::to_string(writer.stats().inserted + writer.stats().updated)
                + " records (kept)");
    };

    UsageEvent event;
    std::string reason;
    if (csv) {
        CsvReader reader(file.get());
        std::vector<std::string> fields;
        std::int64_t line = 0;
        RequestCsvSchema schema;
        auto st = reader.next(fields, line);
        if (st == CsvReader::Status::End)
            return makeError(ErrorCode::Invalid, path + " is empty");
        if (st != CsvReader::Status::Record || !schema.setHeader(fields, reason))
            return makeError(ErrorCode::Invalid, path + ": " + (reason.empty() ? "unreadable CSV header" : reason));
        for (;;) {
            if (sum.records % 1024 == 0)
                if (auto c = cancelled())
                    return *c;
            st = reader.next(fields, line);
            if (st == CsvReader::Status::End)
                break;
            if (fields.size() == 1 && fields[0].empty() && st == CsvReader::Status::Record)
                continue; // blank line
            ++sum.records;
            Result<void> r;
            if (st == CsvReader::Status::Oversized)
                r = bad(line, "row longer than 16 MB", "");
            else if (st == CsvReader::Status::UnterminatedQuote)
                r = bad(line, "unterminated quoted field at end of file", fields.empty() ? "" : fields.back());
            else if (!schema.parse(fields, event, reason)) {
                std::string raw;
                for (std::size_t i = 0; i < fields.size() && raw.size() < 2048; ++i)
                    raw += (i ? "," : "") + fields[i].substr(0, 256);
                r = bad(line, reason, raw);
            } else
                r = writer.add(event);
            if (!r)
                return r.error();
            report(reader.bytesRead());
            if (st == CsvReader::Status::UnterminatedQuote)
                break;
        }
    } else {
        LineReader reader(file.get());
        std::string text;
        std::int64_t line = 0;
        for (;;) {
            if (sum.records % 1024 == 0)
                if (auto c = cancelled())
                    return *c;
            auto st = reader.next(text, line);
            if (st == LineReader::Status::End)
                break;
            if (st == LineReader::Status::Line) {
                std::size_t k = text.find_first_not_of(" \t");
                if (k == std::string::npos)
                    continue; // blank line
                // A whole-file JSON array of records is accepted too, one record per line.
                if (text == "[" || text == "]")
                    continue;
                if (text.back() == ',' && line > 0)
                    text.pop_back();
            }
            ++sum.records;
            Result<void> r;
            if (st == LineReader::Status::Oversized)
                r = bad(line, "line longer than 16 MB", "");
            else if (!parseRequestJson(text, event, reason))
                r = bad(line, reason, text);
            else
                r = writer.add(event);
            if (!r)
                return r.error();
            report(reader.bytesRead());
        }
    }
    if (auto r = writer.flush(); !r)
        return r.error();
    sum.inserted = writer.stats().inserted;
    sum.updated = writer.stats().updated;
    sum.unpriced = writer.stats().unpriced;
    Statement done = m_db.prepare("UPDATE imports SET rows_ok = ?2, rows_bad = ?3 WHERE id = ?1");
    done.bind(1, importId).bind(2, sum.inserted + sum.updated).bind(3, sum.quarantined);
    done.exec();
    if (m_progress)
        m_progress(total, total);
    return sum;
}

} // namespace burnrate
