#pragma once
// Annotation import: the JSON Lines that `annotations export` writes (FORMATS.md "Annotations and quality"),
// from this or another Burnrate, or made by hand.

#include "ingest/requestlog.h"
#include "model/result.h"
#include "store/annotationstore.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

class Database;

// One line read: the request named as its source reported it, and the judgement.
struct AnnotationRecord
{
    std::string source, requestId;
    Annotation annotation; // eventId 0 until the request is found; ts 0 when the line has none
};

// Parses one line: an object with request_id and author (strings), optional source, ts (RFC 3339 or epoch
// seconds), rating (integer 1-5 or null), thumb ("up", "down" or null), labels (array of strings), comment
// (string). The request's fields an export adds (model, prompt, ...) are ignored; a member given twice is
// refused. False with a one-line reason.
bool parseAnnotationJson(std::string_view line, AnnotationRecord& out, std::string& reason);

struct AnnotationImportSummary
{
    std::string file;
    std::int64_t records = 0; // non-blank lines read
    std::int64_t imported = 0; // new annotations
    std::int64_t replaced = 0; // an author's annotation of a request that changed
    std::int64_t unchanged = 0; // already stored exactly so (a re-import)
    std::int64_t quarantined = 0; // lines refused, with line and reason
    std::int64_t unknownRequests = 0; // lines naming a request that is not in the store
    std::vector<QuarantinedRow> firstProblems; // up to 20
    std::vector<std::string> firstUnknown; // up to 20 "source/request_id" (or "request_id")
};

// Imports annotations from a JSONL file: each line is validated (parseAnnotationJson, then
// validateAnnotation: the labels must be in this taxonomy) and its request found (findRequest); a bad line
// is counted and its line number and reason kept, the rest imported. Re-importing replaces the same
// author's annotation of the same request, so importing a file twice changes nothing. A line without ts
// gets the import time. Fails (ErrorCode::Io / Database) only when the file cannot be read or the store
// refuses a write; what was committed before stays.
Result<AnnotationImportSummary> importAnnotationFile(Database& db, const std::string& path);

} // namespace burnrate
