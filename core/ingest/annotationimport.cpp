#include "ingest/annotationimport.h"

#include "ingest/csvreader.h"
#include "ingest/fileinput.h"
#include "ingest/jsonrecord.h"
#include "model/validate.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <set>

namespace burnrate {

namespace {

// An exported line carries the request's texts (each up to limits::kMaxTextBytes): room for both.
constexpr std::size_t kMaxLineBytes = 2 * limits::kMaxTextBytes + (1u << 20);
constexpr std::size_t kProblemsKept = 20;
constexpr std::int64_t kBatch = 5000;

bool textMember(const JsonRecordReader::Value& v, std::string_view key, std::string& slot, std::string& reason)
{
    using K = JsonRecordReader::Kind;
    if (v.kind == K::Null) {
        slot.clear();
        return true;
    }
    if (v.kind != K::String) {
        reason = std::string(key) + " is not a string";
        return false;
    }
    slot.assign(v.text);
    return true;
}

} // namespace

bool parseAnnotationJson(std::string_view line, AnnotationRecord& out, std::string& reason)
{
    using K = JsonRecordReader::Kind;
    out = AnnotationRecord {};
    std::set<std::string, std::less<>> seen;
    bool hasRequest = false, hasAuthor = false;
    bool ok = JsonRecordReader::forEachMember(
        line,
        [&](std::string_view key, const JsonRecordReader::Value& v) {
            if (!seen.emplace(key).second) {
                reason = std::string(key.substr(0, 80)) + " is given twice";
                return false;
            }
            Annotation& a = out.annotation;
            if (key == "source")
                return textMember(v, key, out.source, reason);
            if (key == "request_id") {
                if (v.kind == K::Number) // an id a source reported as a number
                    out.requestId.assign(v.text);
                else if (!textMember(v, key, out.requestId, reason))
                    return false;
                hasRequest = !out.requestId.empty();
                return true;
            }
            if (key == "author") {
                if (!textMember(v, key, a.author, reason))
                    return false;
                hasAuthor = true;
                return true;
            }
            if (key == "comment")
                return textMember(v, key, a.comment, reason);
            if (key == "ts") {
                if (v.kind == K::Null)
                    return true;
                if (v.kind != K::String && v.kind != K::Number) {
                    reason = "ts is not a timestamp";
                    return false;
                }
                return parseImportTimestamp(v.text, v.kind == K::Number, a.ts, reason);
            }
            if (key == "rating") {
                if (v.kind == K::Null)
                    return true;
                int r = 0;
                if (v.kind != K::Number || v.text.size() != 1 || v.text[0] < '1' || v.text[0] > '5') {
                    reason = "rating " + std::string(v.text.substr(0, 40)) + " is not an integer 1-5";
                    return false;
                }
                r = v.text[0] - '0';
                a.rating = r;
                return true;
            }
            if (key == "thumb") {
                if (v.kind == K::Null)
                    return true;
                if (v.kind == K::String && v.text == "up")
                    a.thumb = Thumb::Up;
                else if (v.kind == K::String && v.text == "down")
                    a.thumb = Thumb::Down;
                else {
                    reason = "thumb is not \"up\", \"down\" or null";
                    return false;
                }
                return true;
            }
            if (key == "labels") {
                if (v.kind == K::Null)
                    return true;
                if (v.kind != K::Array) {
                    reason = "labels is not an array";
                    return false;
                }
                // Already validated by the reader (syntax, UTF-8, depth): a plain parse cannot fail here.
                auto arr = nlohmann::json::parse(v.text, nullptr, false);
                if (!arr.is_array()) {
                    reason = "labels is not an array";
                    return false;
                }
                if (arr.size() > annotationlimits::kMaxLabels) {
                    reason = std::to_string(arr.size()) + " labels (at most "
                        + std::to_string(annotationlimits::kMaxLabels) + ")";
                    return false;
                }
                for (const auto& l : arr) {
                    if (!l.is_string()) {
                        reason = "labels holds something that is not a string";
                        return false;
                    }
                    a.labels.push_back(l.get<std::string>());
                }
                return true;
            }
            return true; // the request's fields an export adds, and anything newer
        },
        reason);
    if (!ok)
        return false;
    if (!hasRequest) {
        reason = "missing required field request_id";
        return false;
    }
    if (!hasAuthor) {
        reason = "missing required field author";
        return false;
    }
    if (out.requestId.size() > limits::kMaxIdBytes) {
        reason = "request_id is longer than " + std::to_string(limits::kMaxIdBytes) + " bytes";
        return false;
    }
    if (out.source.size() > limits::kMaxDimensionBytes) {
        reason = "source is longer than " + std::to_string(limits::kMaxDimensionBytes) + " bytes";
        return false;
    }
    return true;
}

Result<AnnotationImportSummary> importAnnotationFile(Database& db, const std::string& path)
{
    auto input = openInputFile(path);
    if (!input)
        return input.error();
    FilePtr file = std::move(input->file);
    AnnotationImportSummary sum;
    sum.file = path;
    auto bad = [&](std::int64_t line, const std::string& reason) {
        ++sum.quarantined;
        if (sum.firstProblems.size() < kProblemsKept)
            sum.firstProblems.push_back({ line, reason.substr(0, 300) });
    };
    if (auto r = db.begin(); !r)
        return r.error();
    RequestFinder finder(db);
    const Epoch now = static_cast<Epoch>(std::time(nullptr));
    std::int64_t pending = 0, committed = 0;
    auto fail = [&](const Error& e, std::int64_t line) -> Result<AnnotationImportSummary> {
        db.rollback();
        return makeError(e.code,
            path + ":" + std::to_string(line) + ": " + e.detail + " (the " + std::to_string(committed)
                + " lines before were committed)");
    };
    LineReader reader(file.get(), kMaxLineBytes);
    std::string text, reason;
    std::int64_t line = 0;
    AnnotationRecord rec;
    for (;;) {
        auto st = reader.next(text, line);
        if (st == LineReader::Status::End)
            break;
        if (st == LineReader::Status::Line && text.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        ++sum.records;
        ++pending;
        if (st == LineReader::Status::Oversized) {
            bad(line, "line longer than " + std::to_string(kMaxLineBytes >> 20) + " MB");
            continue;
        }
        reason.clear();
        if (!parseAnnotationJson(text, rec, reason)) {
            bad(line, reason);
            continue;
        }
        Annotation& a = rec.annotation;
        if (a.ts == 0)
            a.ts = now;
        if (auto v = validateAnnotation(db, a); !v) {
            if (v.error().code != ErrorCode::Invalid)
                return fail(v.error(), line);
            bad(line, v.error().detail);
            continue;
        }
        auto id = finder.find(rec.requestId, rec.source);
        if (!id) {
            if (id.error().code == ErrorCode::NotFound) {
                ++sum.unknownRequests;
                if (sum.firstUnknown.size() < kProblemsKept)
                    sum.firstUnknown.push_back(
                        (rec.source.empty() ? std::string() : rec.source + "/") + rec.requestId.substr(0, 200));
            } else if (id.error().code == ErrorCode::Invalid) {
                bad(line, id.error().detail);
            } else {
                return fail(id.error(), line);
            }
            continue;
        }
        a.eventId = *id;
        auto existing = annotationsOf(db, a.eventId);
        if (!existing)
            return fail(existing.error(), line);
        const Annotation* old = nullptr;
        Annotation normalised = a;
        auto b = normalised.author.find_first_not_of(" \t\r\n");
        auto e = normalised.author.find_last_not_of(" \t\r\n");
        normalised.author = normalised.author.substr(b, e - b + 1); // validated: not blank
        for (const auto& x : *existing)
            if (x.author == normalised.author)
                old = &x;
        if (old && *old == normalised) {
            ++sum.unchanged;
            continue;
        }
        if (auto r = saveAnnotation(db, normalised); !r) {
            if (r.error().code != ErrorCode::Invalid)
                return fail(r.error(), line);
            bad(line, r.error().detail);
            continue;
        }
        ++(old ? sum.replaced : sum.imported);
        if (pending >= kBatch) {
            if (auto r = db.commit(); !r)
                return fail(r.error(), line);
            committed = sum.records;
            if (auto r = db.begin(); !r)
                return r.error();
            pending = 0;
        }
    }
    if (auto r = db.commit(); !r)
        return fail(r.error(), line);
    return sum;
}

} // namespace burnrate
