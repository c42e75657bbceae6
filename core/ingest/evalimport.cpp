#include "ingest/evalimport.h"

#include "ingest/csvreader.h"
#include "ingest/fileinput.h"
#include "ingest/jsonrecord.h"
#include "model/validate.h"
#include "store/database.h"

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
                     "score, passed, event_ext_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
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
        if (!upsert.exec())
            return makeError(ErrorCode::Database, upsert.lastError());
        ++sum.inserted;
        return {};
    };
    EvalRecord rec;
    std::string reason;
    if (csv) {
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
