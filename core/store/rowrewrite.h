#pragma once
// Rewrites some columns of the rows a bulk change selects (re-pricing, re-allocation) with values computed in
// C++, in UPDATE statements: SQLite rewrites each row in place as it scans, instead of a SELECT and then a second
// seek and statement per changed row. Two application-defined functions carry the computation into the statement:
// br_rewrite_row(op, id, <args>) in its WHERE asks the computation whether the row changes, and
// br_rewrite_value(op, id, k) in its SET reads the k-th new value back (and applies the row's effects, once). The
// SET refuses a row its WHERE did not just compute, so when SQLite plans the UPDATE in two passes (a trigger or an
// index on the table, a subquery in the WHERE) the statement fails on its first row, before writing anything, and
// the rows are rewritten one by one instead, with the same computation.
//
// SQLite keeps the original of every page a statement changes until the statement ends (in memory here:
// temp_store=MEMORY), so the key range is cut into chunks, one statement each: memory stays bounded by a chunk.

#include "model/result.h"
#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

struct RowRewrite
{
    std::string table; // aliased `e`; its key column is `id`
    std::vector<std::string> columns; // the columns it writes
    std::string args; // the select list the computation reads (over `e`)
    std::string where; // which rows (over `e`); parameters ?1..?n, bound by `bind`
    std::function<void(Statement&)> bind;
    std::int64_t from = INT64_MIN, to = INT64_MAX; // the keys it may touch
    std::int64_t chunk = 0; // keys per statement; 0: one statement
    // Select and write the changed rows one by one: for a computation that changes none (a dry run), which then
    // needs no write access at all.
    bool rowByRow = false;
};

using RowValues = std::vector<std::optional<std::int64_t>>; // NULL: nullopt

struct RowComputation
{
    // From a row's id and its `args` (0-based): whether it changes and, if so, its new values (one per column;
    // `values` comes sized). No side effects: SQLite may call it for rows it then does not rewrite. Called on the
    // writing connection (it may read from it, not write).
    std::function<Result<bool>(std::int64_t id, const ValueRow& args, RowValues& values)> compute;
    // Called once for each row rewritten, right after its compute(): count it, move its rollup contribution...
    std::function<void()> apply;
};

struct RowRewriteResult
{
    std::int64_t rewritten = 0;
    bool inOneStatement = false; // each chunk in one statement; false: row by row (planned in two passes)
};

// Inside the caller's transaction.
Result<RowRewriteResult> rewriteRows(Database& db, const RowRewrite& spec, const RowComputation& computation);

} // namespace burnrate
