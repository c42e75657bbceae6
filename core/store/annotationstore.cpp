#include "store/annotationstore.h"

#include "ingest/csvreader.h"
#include "model/text.h"
#include "model/validate.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <ctime>

namespace burnrate {

namespace {

namespace al = annotationlimits;

std::string labelsJson(const std::vector<std::string>& labels)
{
    return nlohmann::json(labels).dump();
}

// Labels as stored; a row another release wrote that is not a JSON array of strings reads as no labels.
std::vector<std::string> parseLabels(const std::string& text)
{
    std::vector<std::string> out;
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_array())
        return out;
    for (const auto& v : j)
        if (v.is_string())
            out.push_back(v.get<std::string>());
    return out;
}

constexpr const char* kAnnotationColumns = "event_id, author, ts, rating, thumb, labels, comment";

Annotation readAnnotation(const Statement& s)
{
    Annotation a;
    a.eventId = s.int64(0);
    a.author = s.text(1);
    a.ts = s.int64(2);
    if (!s.isNull(3))
        a.rating = static_cast<int>(s.int64(3));
    if (!s.isNull(4))
        a.thumb = s.int64(4) < 0 ? Thumb::Down : Thumb::Up;
    a.labels = parseLabels(s.text(5));
    a.comment = s.text(6);
    return a;
}

Result<bool> labelExists(Database& db, const std::string& name)
{
    Statement s = db.prepare("SELECT 1 FROM annotation_labels WHERE name = ?1");
    s.bind(1, name);
    bool found = s.step();
    if (!s.lastError().empty())
        return statementError(s);
    return found;
}

Result<void> checkText(const std::string& what, const std::string& value, std::size_t maxBytes)
{
    if (value.size() > maxBytes)
        return makeError(ErrorCode::Invalid,
            what + " is " + std::to_string(value.size()) + " bytes (at most " + std::to_string(maxBytes) + ")");
    if (!validUtf8(value))
        return makeError(ErrorCode::Invalid, what + " is not valid UTF-8");
    return {};
}

} // namespace

Result<void> validateAnnotation(Database& db, const Annotation& a)
{
    std::string author = std::string(trimmed(a.author, " \t\r\n"));
    if (author.empty())
        return makeError(ErrorCode::Invalid, "an annotation needs an author");
    if (auto r = checkText("the author", author, al::kMaxAuthorBytes); !r)
        return r;
    if (a.rating && (*a.rating < 1 || *a.rating > 5))
        return makeError(ErrorCode::Invalid, "rating " + std::to_string(*a.rating) + " is not within 1..5");
    if (a.thumb && *a.thumb != Thumb::Up && *a.thumb != Thumb::Down)
        return makeError(ErrorCode::Invalid, "a thumb is up or down");
    if (a.ts != 0 && !timestampInRange(a.ts))
        return makeError(ErrorCode::Invalid, "the annotation time is outside " + timestampRangeText());
    if (a.labels.size() > al::kMaxLabels)
        return makeError(ErrorCode::Invalid,
            std::to_string(a.labels.size()) + " labels (at most " + std::to_string(al::kMaxLabels) + ")");
    for (std::size_t i = 0; i < a.labels.size(); ++i) {
        const std::string& l = a.labels[i];
        if (auto r = checkText("a label", l, al::kMaxLabelBytes); !r)
            return r;
        if (std::find(a.labels.begin(), a.labels.begin() + static_cast<std::ptrdiff_t>(i), l)
            != a.labels.begin() + static_cast<std::ptrdiff_t>(i))
            return makeError(ErrorCode::Invalid, "label '" + l + "' is given twice");
        auto known = labelExists(db, l);
        if (!known)
            return known.error();
        if (!*known)
            return makeError(ErrorCode::Invalid, "label '" + l + "' is not in the taxonomy");
    }
    if (auto r = checkText("the comment", a.comment, al::kMaxCommentBytes); !r)
        return r;
    if (a.empty())
        return makeError(ErrorCode::Invalid, "an annotation needs a rating, a thumb, a label or a comment");
    return {};
}

Result<void> saveAnnotation(Database& db, const Annotation& a)
{
    if (auto v = validateAnnotation(db, a); !v)
        return v;
    Statement exists = db.prepare("SELECT 1 FROM events WHERE id = ?1");
    exists.bind(1, a.eventId);
    bool found = exists.step();
    if (!exists.lastError().empty())
        return statementError(exists);
    if (!found)
        return makeError(ErrorCode::NotFound, "no request with id " + std::to_string(a.eventId));
    Statement s = db.prepare("INSERT INTO annotations(event_id, author, ts, rating, thumb, labels, comment) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(event_id, author) DO UPDATE SET "
                             "ts = excluded.ts, rating = excluded.rating, thumb = excluded.thumb, "
                             "labels = excluded.labels, comment = excluded.comment");
    s.bind(1, a.eventId).bind(2, std::string(trimmed(a.author, " \t\r\n")));
    s.bind(3, a.ts ? a.ts : static_cast<Epoch>(std::time(nullptr)));
    if (a.rating)
        s.bind(4, *a.rating);
    else
        s.bindNull(4);
    if (a.thumb)
        s.bind(5, static_cast<int>(*a.thumb));
    else
        s.bindNull(5);
    s.bind(6, labelsJson(a.labels)).bind(7, a.comment);
    if (!s.exec())
        return statementError(s);
    return {};
}

Result<void> deleteAnnotation(Database& db, std::int64_t eventId, const std::string& author)
{
    Statement s = db.prepare("DELETE FROM annotations WHERE event_id = ?1 AND author = ?2");
    s.bind(1, eventId).bind(2, std::string(trimmed(author, " \t\r\n")));
    if (!s.exec())
        return statementError(s);
    if (sqlite3_changes(db.handle()) == 0)
        return makeError(
            ErrorCode::NotFound, "'" + std::string(trimmed(author, " \t\r\n")) + "' has no annotation of this request");
    return {};
}

Result<std::vector<Annotation>> annotationsOf(Database& db, std::int64_t eventId)
{
    Statement s = db.prepare(
        std::string("SELECT ") + kAnnotationColumns + " FROM annotations WHERE event_id = ?1 ORDER BY ts, id");
    s.bind(1, eventId);
    std::vector<Annotation> out;
    while (s.step())
        out.push_back(readAnnotation(s));
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<std::vector<Annotation>> annotationsInRange(Database& db, Epoch from, Epoch to)
{
    // Event ids are day-keyed: the day range bounds the id range, the exact time bounds the rest.
    Statement s = db.prepare("SELECT a.event_id, a.author, a.ts, a.rating, a.thumb, a.labels, a.comment "
                             "FROM annotations a JOIN events e ON e.id = a.event_id "
                             "WHERE a.event_id >= ?1 AND a.event_id < ?2 AND e.ts >= ?3 AND e.ts < ?4 "
                             "ORDER BY a.event_id, a.author");
    if (to <= from)
        return std::vector<Annotation> {};
    s.bind(1, UsageWriter::dayKeyStart(from)).bind(2, UsageWriter::dayKeyEnd(to - 1)).bind(3, from).bind(4, to);
    std::vector<Annotation> out;
    while (s.step())
        out.push_back(readAnnotation(s));
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<std::int64_t> annotationCount(Database& db)
{
    Statement s = db.prepare("SELECT count(*) FROM annotations");
    if (!s.step())
        return statementError(s);
    return s.int64(0);
}

Result<std::int64_t> findRequest(Database& db, const std::string& requestId, const std::string& source)
{
    RequestFinder f(db);
    return f.find(requestId, source);
}

Result<void> RequestFinder::load()
{
    for (const SourceInfo& s : m_db.sources())
        m_sources.emplace_back(s.id, s.name);
    // The days that hold any request, one index seek each (event ids are day-keyed).
    Statement nextDay = m_db.prepare("SELECT min(id) FROM events WHERE id >= ?1");
    std::int64_t from = 0;
    for (;;) {
        nextDay.reset();
        nextDay.bind(1, from);
        if (!nextDay.step())
            return statementError(nextDay);
        if (nextDay.isNull(0))
            break;
        Epoch dayTs = (nextDay.int64(0) >> UsageWriter::kKeyHashBits) * kSecondsPerDay;
        m_days.push_back(dayTs);
        std::int64_t end = UsageWriter::dayKeyEnd(dayTs);
        if (end == INT64_MAX)
            break;
        from = end;
    }
    m_loaded = true;
    return {};
}

Result<std::int64_t> RequestFinder::find(const std::string& requestId, const std::string& source)
{
    if (requestId.empty())
        return makeError(ErrorCode::Invalid, "a request id is needed");
    if (requestId.size() > limits::kMaxIdBytes)
        return makeError(
            ErrorCode::Invalid, "the request id is longer than " + std::to_string(limits::kMaxIdBytes) + " bytes");
    if (!m_loaded)
        if (auto r = load(); !r)
            return r.error();
    std::vector<std::pair<std::int64_t, std::string>> candidates;
    for (const auto& s : m_sources)
        if (source.empty() || s.second == source)
            candidates.push_back(s);
    if (!source.empty() && candidates.empty())
        return makeError(ErrorCode::NotFound, "no source named '" + source + "'");
    // Requests have no index on their id: the key is (day, hash of source and id). Each day that holds any
    // request is probed along the id's salt chain (store/usagewriter.h), one point lookup per day.
    std::vector<std::pair<std::int64_t, std::string>> found; // event id, source name
    for (Epoch dayTs : m_days) {
        for (const auto& [srcId, srcName] : candidates) {
            auto key = probe(dayTs, srcId, requestId);
            if (!key)
                return key.error();
            if (*key)
                found.emplace_back(*key, srcName);
        }
    }
    if (found.empty())
        return makeError(ErrorCode::NotFound,
            "no request '" + requestId + "'" + (source.empty() ? std::string() : " in source '" + source + "'"));
    std::sort(found.begin(), found.end());
    std::vector<std::string> names;
    for (const auto& f : found)
        names.push_back(f.second);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    // One source holding the id on two days (a request moved further than the writer looks): the latest.
    if (names.size() > 1) {
        std::string list;
        for (const auto& n : names)
            list += (list.empty() ? "" : ", ") + n;
        return makeError(ErrorCode::Invalid,
            "request '" + requestId + "' is in several sources (" + list + "): name one with --source");
    }
    return found.back().first;
}

Result<std::int64_t> RequestFinder::probe(Epoch dayTs, std::int64_t sourceId, const std::string& requestId)
{
    if (!m_probe.valid())
        m_probe = m_db.prepare("SELECT source_id, ext_id FROM events WHERE id = ?1");
    constexpr int kMaxSalt = 8; // as the writer: a chain ends at its first free key
    const std::uint64_t hash = UsageWriter::idHash(sourceId, requestId);
    for (int salt = 0; salt <= kMaxSalt; ++salt) {
        std::int64_t key = salt
            ? UsageWriter::eventKey(dayTs, sourceId, requestId, salt)
            : UsageWriter::dayKeyStart(dayTs) | static_cast<std::int64_t>(hash >> (64 - UsageWriter::kKeyHashBits));
        m_probe.reset();
        m_probe.bind(1, key);
        if (!m_probe.step()) {
            if (!m_probe.lastError().empty())
                return statementError(m_probe);
            break;
        }
        const bool same = m_probe.int64(0) == sourceId && m_probe.text(1) == requestId;
        m_probe.reset();
        if (same)
            return key;
    }
    m_probe.reset();
    return std::int64_t { 0 };
}

Result<std::int64_t> RequestFinder::findNear(const std::string& requestId, Epoch near)
{
    if (requestId.empty() || requestId.size() > limits::kMaxIdBytes)
        return std::int64_t { 0 };
    if (!m_loaded)
        if (auto r = load(); !r)
            return r.error();
    // The day of `near` and the days either side first (a request and its eval are usually that close),
    // then every day that holds requests.
    std::vector<Epoch> days;
    for (Epoch d : { near, near - kSecondsPerDay, near + kSecondsPerDay })
        if (d >= 0 && std::binary_search(m_days.begin(), m_days.end(), floorDay(d)))
            days.push_back(floorDay(d));
    const std::size_t nearDays = days.size();
    for (Epoch d : m_days)
        if (std::find(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(nearDays), d)
            == days.begin() + static_cast<std::ptrdiff_t>(nearDays))
            days.push_back(d);
    for (Epoch dayTs : days)
        for (const auto& src : m_sources) {
            auto key = probe(dayTs, src.first, requestId);
            if (!key || *key)
                return key;
        }
    return std::int64_t { 0 };
}

Result<std::vector<AnnotationLabel>> annotationLabels(Database& db)
{
    Statement s = db.prepare("SELECT name, description FROM annotation_labels ORDER BY position, name");
    std::vector<AnnotationLabel> out;
    while (s.step())
        out.push_back({ s.text(0), s.text(1) });
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<void> saveAnnotationLabel(Database& db, const AnnotationLabel& label)
{
    std::string name = std::string(trimmed(label.name, " \t\r\n"));
    if (name.empty())
        return makeError(ErrorCode::Invalid, "a label needs a name");
    if (name != label.name)
        return makeError(ErrorCode::Invalid, "a label name does not begin or end with spaces");
    if (auto r = checkText("the label name", name, al::kMaxLabelBytes); !r)
        return r;
    if (auto r = checkText("the label description", label.description, al::kMaxLabelDescriptionBytes); !r)
        return r;
    Statement s = db.prepare("INSERT INTO annotation_labels(name, description, position) "
                             "VALUES(?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM annotation_labels)) "
                             "ON CONFLICT(name) DO UPDATE SET description = excluded.description");
    s.bind(1, name).bind(2, label.description);
    if (!s.exec())
        return statementError(s);
    return {};
}

Result<void> removeAnnotationLabel(Database& db, const std::string& name)
{
    Statement s = db.prepare("DELETE FROM annotation_labels WHERE name = ?1");
    s.bind(1, name);
    if (!s.exec())
        return statementError(s);
    if (sqlite3_changes(db.handle()) == 0)
        return makeError(ErrorCode::NotFound, "no label named '" + name + "'");
    return {};
}

} // namespace burnrate
