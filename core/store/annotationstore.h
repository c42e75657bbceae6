#pragma once
// Expert annotations on requests (FORMATS.md "Annotations and quality"), and the label taxonomy.
//
// An annotation judges one request: a 1-5 rating, a thumb (up or down), labels from the taxonomy and a
// comment, by one author at one time. Each author has at most one annotation per request; annotating again
// replaces it. Annotations are kept by the request's stored id and follow it when a re-import re-keys it
// (store/usagewriter.h), so they survive re-imports; removing the request's source removes them.

#include "model/result.h"
#include "model/timeutil.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace burnrate {

class Database;

enum class Thumb : int
{
    Down = -1,
    Up = 1,
};

struct Annotation
{
    std::int64_t eventId = 0; // events.id
    std::string author;
    Epoch ts = 0;
    std::optional<int> rating; // 1..5
    std::optional<Thumb> thumb;
    std::vector<std::string> labels; // names from the taxonomy, each once, in the order given
    std::string comment;

    // Any judgement at all (a rating, a thumb, a label or a comment).
    bool empty() const
    {
        return !rating && !thumb && labels.empty() && comment.empty();
    }
    bool operator==(const Annotation&) const = default;
};

// The sizes an annotation may have (validateAnnotation; the JSONL import holds lines to the same).
namespace annotationlimits {
constexpr std::size_t kMaxAuthorBytes = 200;
constexpr std::size_t kMaxLabels = 32;
constexpr std::size_t kMaxLabelBytes = 200;
constexpr std::size_t kMaxCommentBytes = 64u << 10;
constexpr std::size_t kMaxLabelDescriptionBytes = 1000;
} // namespace annotationlimits

// Checks an annotation before it is stored: an author (trimmed, at most 200 bytes), a rating within 1..5,
// labels that are in the taxonomy, sizes within the import limits, valid UTF-8, not empty.
Result<void> validateAnnotation(Database& db, const Annotation& a);

// Stores `a`, replacing the same author's annotation of that request. The request must exist.
Result<void> saveAnnotation(Database& db, const Annotation& a);
// Deletes `author`'s annotation of the request; NotFound when there is none.
Result<void> deleteAnnotation(Database& db, std::int64_t eventId, const std::string& author);
// Every author's annotation of one request, oldest first.
Result<std::vector<Annotation>> annotationsOf(Database& db, std::int64_t eventId);

// The request a user names: its id as the source reported it, in `source` or (when empty) the only source
// holding that id; NotFound or Invalid ("in several sources: name one with --source") otherwise.
Result<std::int64_t> findRequest(Database& db, const std::string& requestId, const std::string& source = {});

// Annotations of the requests in [from, to) (by request time), by request then author: one query for exports
// and the agreement statistics.
Result<std::vector<Annotation>> annotationsInRange(Database& db, Epoch from, Epoch to);
// How many annotations there are in all.
Result<std::int64_t> annotationCount(Database& db);

// findRequest for many look-ups (an import): the sources and the days that hold requests are read on the
// first look-up and kept, so it must not outlive a write of requests it should see.
class RequestFinder
{
public:
    explicit RequestFinder(Database& db)
        : m_db(db)
    {
    }
    Result<std::int64_t> find(const std::string& requestId, const std::string& source = {});
    // The request with id `requestId` in any source, looked for on the day of `near` and the days either side
    // first, then on every other day; 0 when there is none (the first found when several sources hold it).
    Result<std::int64_t> findNear(const std::string& requestId, Epoch near);

private:
    Result<void> load();
    // The request `requestId` of source `sourceId` on the day of `dayTs` along its salt chain, or 0.
    Result<std::int64_t> probe(Epoch dayTs, std::int64_t sourceId, const std::string& requestId);
    Database& m_db;
    bool m_loaded = false;
    std::vector<std::pair<std::int64_t, std::string>> m_sources; // id, name
    std::vector<Epoch> m_days; // the start of each day that holds requests, ascending
    Statement m_probe;
};

// The editable taxonomy of labels, in display order.
struct AnnotationLabel
{
    std::string name;
    std::string description;
    bool operator==(const AnnotationLabel&) const = default;
};
Result<std::vector<AnnotationLabel>> annotationLabels(Database& db);
// Adds a label or changes its description (at the end of the order when new).
Result<void> saveAnnotationLabel(Database& db, const AnnotationLabel& label);
// Removes a label from the taxonomy; annotations that carry it keep it (history is not rewritten).
Result<void> removeAnnotationLabel(Database& db, const std::string& name);

} // namespace burnrate
