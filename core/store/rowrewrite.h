#pragma once
// Rewrites some columns of the rows a bulk change selects (re-pricing, re-allocation) with values computed in
// C++, in one UPDATE statement: SQLite rewrites each row in place as it scans, instead of a SELECT and then a second
// seek and statement per changed row. Two application-defined functions carry the computation into the statement:
// br_rewrite_row(op, id, <args>) in its WHERE asks the computation whether the row changes, and
// br_rewrite_value(op, id, k) in its SET reads the k-th new value back. The SET refuses a row its WHERE did not
// just compute, so when SQLite plans the UPDATE in two passes (a trigger or an index on the table, a subquery in
// the WHERE) the statement fails instead of mixing rows; it is rolled back (a savepoint) and the rows are
// rewritten one by one instead, with the same computation.

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
};

using RowValues = std::vector<std::optional<std::int64_t>>; // NULL: nullopt

// Computes one row: from its id and its `args` (0-based), whether it changes and, if it does, its new values
// (one per column; `values` comes sized). Called once per selected row, in key order, on the writing connection
// (it may read from it, not write).
using RowComputation = std::function<Result<bool>(std::int64_t id, const ValueRow& args, RowValues& values)>;

struct RowRewriteResult
{
    std::int64_t rewritten = 0;
    bool inOneStatement = false; // false: row by row (SQLite planned the one statement in two passes)
};

// Inside the caller's transaction. `restart` is called before the row-by-row pass, after a one-statement attempt
// was rolled back: whatever the computation counted must start again.
Result<RowRewriteResult> rewriteRows(
    Database& db, const RowRewrite& spec, const RowComputation& compute, const std::function<void()>& restart);

} // namespace burnrate
