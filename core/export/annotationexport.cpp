#include "export/annotationexport.h"

#include "export/financecsv.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace burnrate {

namespace {

std::vector<std::string> parseLabelsText(const std::string& text)
{
    std::vector<std::string> out;
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_array())
        for (const auto& v : j)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

} // namespace

const std::vector<std::string>& annotationExportColumns()
{
    static const std::vector<std::string> kColumns = { "source", "request_id", "author", "ts", "rating", "thumb",
        "labels", "comment", "model", "prompt_id", "prompt_version", "tenant", "prompt", "response", "request_ts" };
    return kColumns;
}

std::string thumbName(const std::optional<Thumb>& t)
{
    if (!t)
        return {};
    return *t == Thumb::Up ? "up" : "down";
}

Result<std::vector<AnnotationExportRow>> annotationExportRows(Database& db, Epoch from, Epoch to)
{
    std::vector<AnnotationExportRow> out;
    if (to <= from)
        return out;
    // Event ids are day-keyed: the day range bounds the id range, the exact time bounds the rest.
    Statement s = db.prepare(
        "SELECT a.event_id, a.author, a.ts, a.rating, a.thumb, a.labels, a.comment, src.name, e.ext_id, e.ts, "
        "coalesce(m.value, ''), coalesce(pi.value, ''), coalesce(pv.value, ''), coalesce(tn.value, ''), "
        "coalesce(t.prompt, ''), coalesce(t.response, '') "
        "FROM annotations a JOIN events e ON e.id = a.event_id JOIN sources src ON src.id = e.source_id "
        "LEFT JOIN dims m ON m.id = e.model LEFT JOIN dims pi ON pi.id = e.prompt_id "
        "LEFT JOIN dims pv ON pv.id = e.prompt_version LEFT JOIN dims tn ON tn.id = e.tenant "
        "LEFT JOIN event_text t ON t.event_id = e.id "
        "WHERE a.event_id >= ?1 AND a.event_id < ?2 AND e.ts >= ?3 AND e.ts < ?4 "
        "ORDER BY e.ts, e.id, a.author");
    s.bind(1, UsageWriter::dayKeyStart(from)).bind(2, UsageWriter::dayKeyEnd(to - 1)).bind(3, from).bind(4, to);
    while (s.step()) {
        AnnotationExportRow r;
        Annotation& a = r.annotation;
        a.eventId = s.int64(0);
        a.author = s.text(1);
        a.ts = s.int64(2);
        if (!s.isNull(3))
            a.rating = static_cast<int>(s.int64(3));
        if (!s.isNull(4))
            a.thumb = s.int64(4) < 0 ? Thumb::Down : Thumb::Up;
        a.labels = parseLabelsText(s.text(5));
        a.comment = s.text(6);
        r.source = s.text(7);
        r.requestId = s.text(8);
        r.requestTs = s.int64(9);
        r.model = s.text(10);
        r.promptId = s.text(11);
        r.promptVersion = s.text(12);
        r.tenant = s.text(13);
        r.prompt = s.text(14);
        r.response = s.text(15);
        out.push_back(std::move(r));
    }
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, s.lastError());
    return out;
}

void writeAnnotationsJsonl(std::ostream& out, const std::vector<AnnotationExportRow>& rows)
{
    for (const auto& r : rows) {
        const Annotation& a = r.annotation;
        nlohmann::ordered_json j;
        j["source"] = r.source;
        j["request_id"] = r.requestId;
        j["author"] = a.author;
        j["ts"] = formatTimestamp(a.ts);
        j["rating"] = a.rating ? nlohmann::ordered_json(*a.rating) : nlohmann::ordered_json(nullptr);
        j["thumb"] = a.thumb ? nlohmann::ordered_json(thumbName(a.thumb)) : nlohmann::ordered_json(nullptr);
        j["labels"] = a.labels;
        j["comment"] = a.comment;
        j["model"] = r.model;
        j["prompt_id"] = r.promptId;
        j["prompt_version"] = r.promptVersion;
        j["tenant"] = r.tenant;
        j["prompt"] = r.prompt;
        j["response"] = r.response;
        j["request_ts"] = formatTimestamp(r.requestTs);
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
}

void writeAnnotationsCsv(std::ostream& out, const std::vector<AnnotationExportRow>& rows)
{
    const auto& cols = annotationExportColumns();
    for (std::size_t i = 0; i < cols.size(); ++i)
        out << (i ? "," : "") << cols[i];
    out << "\r\n";
    for (const auto& r : rows) {
        const Annotation& a = r.annotation;
        std::string labels;
        for (const auto& l : a.labels)
            labels += (labels.empty() ? "" : "; ") + l;
        out << csvField(r.source) << ',' << csvField(r.requestId) << ',' << csvField(a.author) << ','
            << formatTimestamp(a.ts) << ',' << (a.rating ? std::to_string(*a.rating) : std::string()) << ','
            << thumbName(a.thumb) << ',' << csvField(labels) << ',' << csvField(a.comment) << ',' << csvField(r.model)
            << ',' << csvField(r.promptId) << ',' << csvField(r.promptVersion) << ',' << csvField(r.tenant) << ','
            << csvField(r.prompt) << ',' << csvField(r.response) << ',' << formatTimestamp(r.requestTs) << "\r\n";
    }
}

namespace {

std::string fixed4(const std::optional<double>& v)
{
    if (!v)
        return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", *v);
    return buf;
}

} // namespace

void writeAgreementCsv(std::ostream& out, const std::vector<AgreementRow>& rows, const std::string& groupName)
{
    out << csvField(groupName)
        << ",annotated,items,annotators,thumb_kappa,thumb_agreement,thumb_items,thumb_pairs,rating_alpha,"
           "rating_units\r\n";
    for (const auto& r : rows)
        out << csvField(r.group) << ',' << r.annotated << ',' << r.items << ',' << r.annotators << ','
            << fixed4(r.thumbs.kappa) << ',' << fixed4(r.thumbs.observed) << ',' << r.thumbs.items << ','
            << r.thumbs.pairs << ',' << fixed4(r.ratings.alpha) << ',' << r.ratings.units << "\r\n";
}

} // namespace burnrate
