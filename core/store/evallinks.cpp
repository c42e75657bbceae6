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

} // namespace burnrate
