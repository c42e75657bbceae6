#include "store/importlog.h"

#include "store/database.h"

namespace burnrate {

Result<std::vector<ImportRecord>> listImports(Database& db, int limit)
{
    Statement s = db.prepare("SELECT id, file, started, rows_ok, rows_bad FROM imports ORDER BY started DESC, id DESC "
                             "LIMIT ?1");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<ImportRecord> out;
    while (s.step())
        out.push_back({ s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4) });
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, "cannot read the import history: " + s.lastError());
    return out;
}

Result<std::vector<QuarantineEntry>> quarantinedRows(Database& db, std::int64_t importId, int limit)
{
    Statement s
        = db.prepare("SELECT line, reason, raw FROM quarantine WHERE import_id = ?1 ORDER BY line, id LIMIT ?2");
    s.bind(1, importId).bind(2, static_cast<std::int64_t>(limit));
    std::vector<QuarantineEntry> out;
    while (s.step())
        out.push_back({ s.int64(0), s.text(1), s.text(2) });
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, "cannot read the quarantined rows: " + s.lastError());
    return out;
}

} // namespace burnrate
