#include "ingest/evalimport.h"

#include "ingest/csvreader.h"
#include "ingest/fileinput.h"
#include "ingest/jsonrecord.h"
#include "model/validate.h"
#include "store/annotationstore.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace burnrate {

namespace {

bool applyEvalField(
    EvalRecord& r, std::string_view key, std::string_view v, bool isNull, std::string& reason, int& seen)
{
    auto text = [&](std::string& slot, int bit) {
        if (v.size() > 1024) {
            reason = std::string(key) + " is longer than 1024 bytes";
            return false;
        }
        slot.assign(v);
        if (!v.empty())
            seen |= bit;
        return true;
    };
    if (isNull)
        return true;
    if (key == "ts" || key == "timestamp") {
        Epoch t = 0;
        if (!parseImportTimestamp(v, false, t, reason))
            return false;
        r.ts = t;
        seen |= 1;
        return true;
    }
    if (key == "eval" || key == "eval_name")
        return text(r.evalName, 2);
    if (key == "model")
        return text(r.model, 4);
    if (key == "score") {
        char* end = nullptr;
        std::string s(v);
        double d = std::strtod(s.c_str(), &end);
        if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(d)) {
            reason = "score is not a number";
            return false;
        }
        r.score = d;
        seen |= 8;
        return true;
    }
    if (key == "prompt_id")
        return text(r.promptId, 0);
    if (key == "prompt_version")
        return text(r.promptVersion, 0);
    if (key == "request_id" || key == "id")
        return text(r.requestId, 0);
    if (key == "passed") {
        if (v == "true" || v == "1")
            r.passed = true;
        else if (v == "false" || v == "0")
            r.passed = false;
        else if (!v.empty()) {
            reason = "passed is not a boolean";
            return false;
        }
        return true;
    }
    return true;
}

bool finishEval(int seen, std::string& reason)
{
    const char* names[] = { "ts", "eval", "model", "score" };
    for (int i = 0; i < 4; ++i)
        if (!(seen & (1 << i))) {
            reason = std::string("missing required field ") + names[i];
            return false;
        }
    return true;
}

} // namespace

bool parseEvalJson(std::string_view line, EvalRecord& r, std::string& reason)
{
    using K = JsonRecordReader::Kind;
    r = EvalRecord {};
    int seen = 0;
    bool ok = JsonRecordReader::forEachMember(
        line,
        [&](std::string_view key, const JsonRecordReader::Value& v) {
            if (v.kind == K::Object || v.kind == K::Array) {
                reason = std::string(key) + " has the wrong type";
                return false;
            }
            return applyEvalField(r, key, v.text, v.kind == K::Null, reason, seen);
        },
        reason);
    return ok && finishEval(seen, reason);
}

std::string promptfooModel(std::string_view id)
{
    auto colon = id.find(':');
    if (colon == std::string_view::npos)
        return std::string(id);
    std::string_view rest = id.substr(colon + 1);
    for (std::string_view mode : { "chat:", "completion:", "completions:", "messages:", "responses:", "embedding:",
             "embeddings:", "assistant:", "converse:" })
        if (rest.substr(0, mode.size()) == mode && rest.size() > mode.size()) {
            rest.remove_prefix(mode.size());
            break;
        }
    return std::string(rest);
}

namespace {

// The deepest nesting of a JSON text (strings skipped), without parsing it.
int jsonDepth(std::string_view text)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

std::string jsonText(const nlohmann::json& j)
{
    if (j.is_string())
        return j.get<std::string>();
    if (j.is_number_integer() || j.is_number_unsigned())
        return j.dump();
    return {};
}

std::string stringAt(const nlohmann::json& o, const char* key)
{
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// One promptfoo result (an EvaluateResult) as an eval record; the reason when it cannot be one. Result `pos`
// (1-based) of a run is stored at the run's time + pos - 1 seconds.
std::string promptfooResult(
    const nlohmann::json& r, std::int64_t pos, const std::string& evalName, Epoch runTs, EvalRecord& e)
{
    using nlohmann::json;
    if (!r.is_object())
        return "not an object";
    e.evalName = evalName;
    std::string providerId;
    if (auto p = r.find("provider"); p != r.end()) {
        if (p->is_string())
            providerId = p->get<std::string>();
        else if (p->is_object())
            providerId = stringAt(*p, "id");
    }
    e.model = promptfooModel(providerId);
    if (e.model.empty())
        return "no provider id";
    bool graded = r.contains("gradingResult") && r["gradingResult"].is_object();
    std::string error = stringAt(r, "error");
    if (auto resp = r.find("response"); error.empty() && resp != r.end() && resp->is_object())
        error = stringAt(*resp, "error");
    if (!error.empty() && !graded)
        return "the provider failed (" + error.substr(0, 120) + "): nothing was graded";
    auto success = r.find("success");
    if (success == r.end() || !success->is_boolean())
        return "no success flag";
    e.passed = success->get<bool>();
    const json* score = nullptr;
    if (auto sc = r.find("score"); sc != r.end() && sc->is_number())
        score = &*sc;
    else if (graded && r["gradingResult"].contains("score") && r["gradingResult"]["score"].is_number())
        score = &r["gradingResult"]["score"];
    e.score = score ? score->get<double>() : (*e.passed ? 1.0 : 0.0);
    if (!std::isfinite(e.score))
        return "score is not a finite number";
    const json* vars = nullptr;
    if (auto v = r.find("vars"); v != r.end() && v->is_object())
        vars = &*v;
    else if (auto tc = r.find("testCase");
             tc != r.end() && tc->is_object() && tc->contains("vars") && (*tc)["vars"].is_object())
        vars = &(*tc)["vars"];
    if (vars) {
        for (auto [key, slot] : { std::pair { "prompt_id", &e.promptId }, { "prompt_version", &e.promptVersion },
                 { "request_id", &e.requestId } })
            if (auto v = vars->find(key); v != vars->end())
                *slot = jsonText(*v);
    }
    if (e.promptId.empty()) {
        if (auto pr = r.find("prompt"); pr != r.end() && pr->is_object()) {
            std::string label = stringAt(*pr, "label");
            auto at = label.rfind('@');
            if (at != std::string::npos && at > 0 && at + 1 < label.size()) {
                e.promptId = label.substr(0, at);
                if (e.promptVersion.empty())
                    e.promptVersion = label.substr(at + 1);
            } else {
                e.promptId = label;
            }
        }
    }
    bool tooLong = false;
    for (std::string* f : { &e.model, &e.promptId, &e.promptVersion, &e.requestId })
        if (f->size() > 1024 || !validUtf8(*f))
            tooLong = true;
    if (tooLong)
        return "a provider id, prompt label or var longer than 1024 bytes or not UTF-8";
    e.ts = runTs + (pos - 1);
    if (!timestampInRange(e.ts))
        return "the time is outside " + timestampRangeText();
    return {};
}

} // namespace

Result<std::vector<EvalRecord>> parsePromptfooJson(std::string_view text, ImportSummary& sum)
{
    using nlohmann::json;
    if (jsonDepth(text) > 64)
        return makeError(ErrorCode::Parse, "promptfoo output nested deeper than 64 levels");
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded())
        return makeError(ErrorCode::Parse, "not JSON (truncated or malformed promptfoo output)");
    if (!doc.is_object())
        return makeError(ErrorCode::Parse, "promptfoo output is a JSON object");
    const json* results = nullptr;
    std::string timestamp;
    auto it = doc.find("results");
    if (it == doc.end())
        return makeError(ErrorCode::Parse, "no \"results\" in this file: not promptfoo output");
    if (it->is_object()) { // version 2 and 3: {"results": {"version", "timestamp", "results": [...]}}
        auto inner = it->find("results");
        if (inner == it->end() || !inner->is_array())
            return makeError(ErrorCode::Parse, "\"results\" holds no results array: not promptfoo output");
        results = &*inner;
        timestamp = stringAt(*it, "timestamp");
    } else if (it->is_array()) { // older: {"results": [...], "table": {...}}
        results = &*it;
        timestamp = stringAt(doc, "timestamp");
    } else {
        return makeError(ErrorCode::Parse, "\"results\" is neither an object nor an array: not promptfoo output");
    }
    if (timestamp.empty())
        timestamp = stringAt(doc, "createdAt");
    Epoch runTs = 0;
    std::string reason;
    if (timestamp.empty())
        return makeError(ErrorCode::Parse, "promptfoo output without a timestamp");
    if (!parseImportTimestamp(timestamp, false, runTs, reason))
        return makeError(ErrorCode::Parse, "promptfoo output: " + reason);
    std::string evalName = "promptfoo";
    if (auto cfg = doc.find("config"); cfg != doc.end() && cfg->is_object() && !stringAt(*cfg, "description").empty())
        evalName = stringAt(*cfg, "description");
    else if (!stringAt(doc, "description").empty())
        evalName = stringAt(doc, "description");
    if (evalName.size() > 1024 || !validUtf8(evalName))
        evalName = "promptfoo";

    std::vector<EvalRecord> out;
    auto bad = [&](std::int64_t pos, std::string why) {
        ++sum.quarantined;
        if (sum.firstProblems.size() < 20)
            sum.firstProblems.push_back({ pos, "result " + std::to_string(pos) + ": " + why });
    };
    std::int64_t index = 0;
    for (const json& r : *results) {
        const std::int64_t pos = ++index;
        ++sum.records;
        EvalRecord e;
        if (std::string why = promptfooResult(r, pos, evalName, runTs, e); !why.empty())
            bad(pos, why);
        else
            out.push_back(std::move(e));
    }
    return out;
}

Result<std::vector<EvalRecord>> parsePromptfooJsonl(std::string_view text, Epoch runTs, ImportSummary& sum)
{
    using nlohmann::json;
    std::vector<EvalRecord> out;
    std::int64_t line = 0, index = 0;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view l = text.substr(at, end - at);
        at = end + 1;
        ++line;
        if (l.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        ++sum.records;
        auto bad = [&](std::string why) {
            ++sum.quarantined;
            if (sum.firstProblems.size() < 20)
                sum.firstProblems.push_back({ line, why });
        };
        if (jsonDepth(l) > 64) {
            bad("nested deeper than 64 levels");
            continue;
        }
        json r = json::parse(l, nullptr, false);
        if (r.is_discarded()) {
            bad("not JSON (truncated or malformed)");
            continue;
        }
        EvalRecord e;
        if (std::string why = promptfooResult(r, ++index, "promptfoo", runTs, e); !why.empty())
            bad(why);
        else
            out.push_back(std::move(e));
    }
    return out;
}

bool looksLikePromptfooLine(std::string_view head)
{
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '{')
        return false;
    std::string_view line = head.substr(first, head.find('\n', first) - first);
    return line.find("\"success\"") != std::string_view::npos && line.find("\"provider\"") != std::string_view::npos;
}

Result<ImportSummary> importEvalFile(Database& db, const std::string& path)
{
    namespace fs = std::filesystem;
    // Regular files only, with a message that says what the path is otherwise.
    auto input = openInputFile(path);
    if (!input)
        return input.error();
    FilePtr file = std::move(input->file);
    bool csv = fs::path(path).extension() == ".csv";
    ImportSummary sum;
    sum.file = path;
    Statement upsert
        = db.prepare("INSERT OR REPLACE INTO eval_results(ts, eval_name, model, prompt_id, prompt_version, "
                     "score, passed, event_ext_id, event_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    // Each result with a request id links to its stored request (store/evallinks.h); one imported later claims it.
    RequestFinder requests(db);
    if (auto r = db.begin(); !r)
        return r.error();
    auto bad = [&](std::int64_t line, const std::string& reason) {
        ++sum.quarantined;
        if (sum.firstProblems.size() < 20)
            sum.firstProblems.push_back({ line, reason });
    };
    auto store = [&](const EvalRecord& e) -> Result<void> {
        auto model = db.intern(Dim::Model, e.model);
        if (!model)
            return model.error();
        auto promptId = db.intern(Dim::PromptId, e.promptId);
        if (!promptId)
            return promptId.error();
        auto promptVersion = db.intern(Dim::PromptVersion, e.promptVersion);
        if (!promptVersion)
            return promptVersion.error();
        upsert.bind(1, e.ts).bind(2, e.evalName).bind(3, *model);
        upsert.bind(4, *promptId).bind(5, *promptVersion);
        upsert.bind(6, e.score);
        if (e.passed)
            upsert.bind(7, *e.passed ? 1 : 0);
        else
            upsert.bindNull(7);
        upsert.bind(8, e.requestId);
        auto event = requests.findNear(e.requestId, e.ts);
        if (!event)
            return event.error();
        if (*event)
            upsert.bind(9, *event);
        else
            upsert.bindNull(9);
        if (!upsert.exec())
            return makeError(ErrorCode::Database, upsert.lastError());
        ++sum.inserted;
        return {};
    };
    EvalRecord rec;
    std::string reason;
    // promptfoo's output: a .json file whose one object starts with (or soon names) its results or evalId; or
    // its .jsonl output, one result a line (a line with a provider and a success flag).
    bool promptfoo = false, promptfooLines = false;
    if (const auto ext = fs::path(path).extension(); ext == ".json" || ext == ".jsonl") {
        char head[4096];
        std::size_t n = std::fread(head, 1, sizeof head, file.get());
        std::string_view h(head, n);
        auto first = h.find_first_not_of(" \t\r\n");
        if (ext == ".json")
            promptfoo = first != std::string_view::npos && h[first] == '{'
                && (h.find("\"evalId\"") != std::string_view::npos || h.find("\"results\"") != std::string_view::npos);
        else
            promptfooLines = looksLikePromptfooLine(h);
        std::rewind(file.get());
    }
    if (promptfoo || promptfooLines) {
        auto text = readInputFile(path, kMaxPromptfooBytes);
        if (!text) {
            db.rollback();
            return text.error();
        }
        Result<std::vector<EvalRecord>> records = std::vector<EvalRecord> {};
        if (promptfoo) {
            records = parsePromptfooJson(*text, sum);
        } else {
            // Its lines carry no time: the results are of the run that last wrote the file.
            std::error_code ec;
            const auto written = fs::last_write_time(path, ec);
            const Epoch runTs = ec ? 0
                                   : std::chrono::duration_cast<std::chrono::seconds>(
                                       std::chrono::file_clock::to_sys(written).time_since_epoch())
                                         .count();
            records = parsePromptfooJsonl(*text, runTs, sum);
        }
        if (!records) {
            db.rollback();
            return makeError(records.error().code, path + ": " + records.error().detail);
        }
        for (const EvalRecord& e : *records)
            if (auto r = store(e); !r) {
                db.rollback();
                return r.error();
            }
    } else if (csv) {
        CsvReader reader(file.get());
        std::vector<std::string> header, fields;
        std::int64_t line;
        auto first = reader.next(header, line);
        if (first == CsvReader::Status::End) {
            db.rollback();
            return sum; // an empty file: read fine, 0 results
        }
        if (first != CsvReader::Status::Record) {
            db.rollback();
            return makeError(ErrorCode::Invalid, path + ": unreadable CSV header");
        }
        // A column given twice is ambiguous: refuse the file, naming it.
        for (std::size_t i = 0; i < header.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (!header[i].empty() && header[i] == header[j]) {
                    db.rollback();
                    return makeError(ErrorCode::Invalid,
                        path + ": the CSV header has the column '" + header[i].substr(0, 80) + "' twice");
                }
        for (;;) {
            auto st = reader.next(fields, line);
            if (st == CsvReader::Status::End)
                break;
            ++sum.records;
            if (st != CsvReader::Status::Record || fields.size() != header.size()) {
                bad(line, "malformed CSV row");
                continue;
            }
            rec = EvalRecord {};
            int seen = 0;
            bool ok = true;
            reason.clear();
            for (std::size_t i = 0; i < fields.size() && ok; ++i)
                ok = validUtf8(fields[i]) ? applyEvalField(rec, header[i], fields[i], false, reason, seen)
                                          : (reason = "invalid UTF-8", false);
            if (!ok || !finishEval(seen, reason)) {
                bad(line, reason);
                continue;
            }
            if (auto r = store(rec); !r) {
                db.rollback();
                return r.error();
            }
        }
    } else {
        LineReader reader(file.get());
        std::string text;
        std::int64_t line;
        for (;;) {
            auto st = reader.next(text, line);
            if (st == LineReader::Status::End)
                break;
            if (st == LineReader::Status::Line && text.find_first_not_of(" \t") == std::string::npos)
                continue;
            ++sum.records;
            if (st == LineReader::Status::Oversized) {
                bad(line, "line longer than 16 MB");
                continue;
            }
            reason.clear();
            if (!parseEvalJson(text, rec, reason)) {
                bad(line, reason);
                continue;
            }
            if (auto r = store(rec); !r) {
                db.rollback();
                return r.error();
            }
        }
    }
    if (auto r = db.commit(); !r)
        return r.error();
    return sum;
}

} // namespace burnrate
