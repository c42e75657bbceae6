#include "store/evallinks.h"

#include "store/annotationstore.h"
#include "store/database.h"

#include <string>
#include <tuple>
#include <vector>

namespace burnrate {

Result<std::int64_t> linkEvalResults(Database& db)
{
    std::vector<std::tuple<std::int64_t, Epoch, std::string>> unlinked; // id, ts, request id
    {
        Statement s = db.prepare(
            "SELECT id, ts, event_ext_id FROM eval_results WHERE event_id IS NULL AND event_ext_id <> '' ORDER BY id");
        while (s.step())
            unlinked.emplace_back(s.int64(0), s.int64(1), s.text(2));
        if (!s.lastError().empty())
            return makeError(ErrorCode::Database, s.lastError());
    }
    if (unlinked.empty())
        return std::int64_t { 0 };
    RequestFinder finder(db);
    Statement link = db.prepare("UPDATE eval_results SET event_id = ?2 WHERE id = ?1");
    std::int64_t linked = 0;
    for (const auto& [id, ts, requestId] : unlinked) {
        auto event = finder.findNear(requestId, ts);
        if (!event)
            return event.error();
        if (!*event)
            continue;
        link.bind(1, id).bind(2, *event);
        if (!link.exec())
            return makeError(ErrorCode::Database, link.lastError());
        ++linked;
    }
    return linked;
}

std::string refreshJudgedFactsSql(const std::string& modelIds)
{
    // The same facts, in the same form, as schema 13's refresh of a request's row (schema.cpp).
    static const char* const kFacts[][2] = { { "day", "e.ts / 86400 * 86400" }, { "provider", "e.provider" },
        { "model", "e.model" }, { "tenant", "e.tenant" }, { "team", "e.team" }, { "project", "e.project" },
        { "env", "e.env" }, { "prompt_id", "e.prompt_id" }, { "prompt_version", "e.prompt_version" },
        { "cost", "e.cost" }, { "tokens", "e.input + e.output" } };
    std::string set, differs;
    for (const auto& [column, value] : kFacts) {
        set += std::string(set.empty() ? "" : ", ") + column + " = " + value;
        differs += std::string(differs.empty() ? "" : " OR ") + "j." + column + " IS NOT " + value;
    }
    return "UPDATE request_judgements AS j SET " + set
        + " FROM events e WHERE e.id = j.event_id AND j.event_id BETWEEN ?1 AND ?2"
        + (modelIds.empty() ? "" : " AND j.model IN (" + modelIds + ")") + " AND (" + differs + ")";
}

Result<void> refreshJudgedFacts(Database& db, std::int64_t from, std::int64_t to, const std::string& modelIds)
{
    Statement s = db.prepare(refreshJudgedFactsSql(modelIds));
    s.bind(1, from).bind(2, to);
    if (!s.exec())
        return statementError(s);
    return {};
}

} // namespace burnrate
