#include "store/rowrewrite.h"

#include "store/database.h"

#include <sqlite3.h>

#include <algorithm>

namespace burnrate {

namespace {

constexpr const char* kPointerType = "burnrate.rowrewrite";
// The parameters of the state pointer and of the chunk's key range: numbered far above the spec's own ?1..?n (a
// named parameter would take the next free number and collide with them).
constexpr int kOpParameter = 900, kLoParameter = 901, kHiParameter = 902;

// The state the two SQL functions share during one statement.
struct OnePass
{
    const RowComputation& computation;
    RowValues values;
    std::int64_t current = 0;
    bool have = false, changed = false, applied = false, outOfOrder = false;
    std::int64_t rewritten = 0;
    std::string error;

    static OnePass* of(sqlite3_context* ctx, sqlite3_value* arg)
    {
        auto* op = static_cast<OnePass*>(sqlite3_value_pointer(arg, kPointerType));
        if (!op)
            sqlite3_result_error(ctx, "these functions are for Burnrate's own statements", -1);
        return op;
    }
    // br_rewrite_row(op, id, args...)
    static void row(sqlite3_context* ctx, int argc, sqlite3_value** argv)
    {
        OnePass* op = argc >= 2 ? of(ctx, argv[0]) : nullptr;
        if (!op)
            return;
        op->current = sqlite3_value_int64(argv[1]);
        op->have = true;
        op->applied = false;
        auto changed = op->computation.compute(op->current, ValueRow { argv + 2 }, op->values);
        if (!changed) {
            op->error = changed.error().detail;
            sqlite3_result_error(ctx, op->error.c_str(), -1);
            return;
        }
        op->changed = *changed;
        sqlite3_result_int(ctx, *changed ? 1 : 0);
    }
    // br_rewrite_value(op, id, k)
    static void value(sqlite3_context* ctx, int, sqlite3_value** argv)
    {
        OnePass* op = of(ctx, argv[0]);
        if (!op)
            return;
        const auto k = static_cast<std::size_t>(sqlite3_value_int64(argv[2]));
        if (!op->have || !op->changed || sqlite3_value_int64(argv[1]) != op->current || k >= op->values.size()) {
            op->outOfOrder = true;
            sqlite3_result_error(ctx, "the rewrite was not planned in one pass", -1);
            return;
        }
        if (!op->applied) {
            op->applied = true;
            ++op->rewritten;
            if (op->computation.apply)
                op->computation.apply();
        }
        if (const auto& v = op->values[k])
            sqlite3_result_int64(ctx, *v);
        else
            sqlite3_result_null(ctx);
    }
};

std::string rangeWhere(const RowRewrite& spec)
{
    return "(" + spec.where + ") AND e.id BETWEEN ?" + std::to_string(kLoParameter) + " AND ?"
        + std::to_string(kHiParameter);
}

std::string onePassSql(const RowRewrite& spec)
{
    const std::string op = "?" + std::to_string(kOpParameter);
    std::string sql = "UPDATE " + spec.table + " AS e SET ";
    for (std::size_t k = 0; k < spec.columns.size(); ++k)
        sql += (k ? ", " : "") + spec.columns[k] + " = br_rewrite_value(" + op + ", e.id, " + std::to_string(k) + ")";
    return sql + " WHERE " + rangeWhere(spec) + " AND br_rewrite_row(" + op + ", e.id, " + spec.args + ")";
}

// The keys [lo, hi] of the table's rows within the spec's range; false when it has none there.
Result<bool> keyRange(Database& db, const RowRewrite& spec, std::int64_t& lo, std::int64_t& hi)
{
    Statement s = db.prepare("SELECT min(id), max(id) FROM " + spec.table + " WHERE id BETWEEN ?1 AND ?2");
    s.bind(1, spec.from).bind(2, spec.to);
    if (!s.step())
        return statementError(s);
    if (s.isNull(0))
        return false;
    lo = s.int64(0);
    hi = s.int64(1);
    return true;
}

// Row by row over keys [lo, hi]: the same selection and computation, each changed row written by its key.
Result<void> rewriteRowByRow(Database& db, const RowRewrite& spec, const RowComputation& computation, std::int64_t lo,
    std::int64_t hi, RowRewriteResult& result)
{
    Statement sel = db.prepare("SELECT e.id, " + spec.args + " FROM " + spec.table + " e WHERE " + rangeWhere(spec));
    std::string set;
    for (std::size_t k = 0; k < spec.columns.size(); ++k)
        set += (k ? ", " : "") + spec.columns[k] + " = ?" + std::to_string(k + 2);
    Statement upd = db.prepare("UPDATE " + spec.table + " SET " + set + " WHERE id = ?1");
    if (!sel.valid() || !upd.valid())
        return statementError(sel.valid() ? upd : sel);
    if (spec.bind)
        spec.bind(sel);
    sel.bind(kLoParameter, lo).bind(kHiParameter, hi);
    RowValues values(spec.columns.size());
    while (sel.step()) {
        const std::int64_t id = sel.int64(0);
        auto changed = computation.compute(id, ValueRow { nullptr, sel.handle(), 1 }, values);
        if (!changed)
            return changed.error();
        if (!*changed)
            continue;
        upd.bind(1, id);
        for (std::size_t k = 0; k < values.size(); ++k)
            upd.bind(static_cast<int>(k) + 2, values[k]);
        if (!upd.exec())
            return statementError(upd);
        ++result.rewritten;
        if (computation.apply)
            computation.apply();
    }
    if (!sel.lastError().empty())
        return statementError(sel);
    return {};
}

} // namespace

Result<RowRewriteResult> rewriteRows(Database& db, const RowRewrite& spec, const RowComputation& computation)
{
    RowRewriteResult result;
    std::int64_t lo = 0, hi = 0;
    auto any = keyRange(db, spec, lo, hi);
    if (!any)
        return any.error();
    if (!*any)
        return result;
    if (spec.rowByRow) {
        if (auto r = rewriteRowByRow(db, spec, computation, lo, hi, result); !r)
            return r.error();
        return result;
    }
    const std::string sql = onePassSql(spec);
    Statement upd = db.prepare(sql);
    if (!upd.valid()) {
        // Registered once per connection, on first use; they find their state through the pointer bound to each
        // statement, because SQLite refuses to change a function while a statement of the connection is active.
        sqlite3* h = db.handle();
        sqlite3_create_function_v2(
            h, "br_rewrite_row", -1, SQLITE_UTF8, nullptr, &OnePass::row, nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(
            h, "br_rewrite_value", 3, SQLITE_UTF8, nullptr, &OnePass::value, nullptr, nullptr, nullptr);
        upd = db.prepare(sql);
        if (!upd.valid())
            return statementError(upd);
    }
    OnePass op { computation, RowValues(spec.columns.size()) };
    result.inOneStatement = true;
    for (std::int64_t start = lo; start <= hi;) {
        // [start, start + chunk - 1], or up to hi when that is nearer (the distance in unsigned: no overflow).
        const bool whole = spec.chunk <= 0
            || static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(start)
                < static_cast<std::uint64_t>(spec.chunk - 1);
        const std::int64_t end = whole ? hi : start + (spec.chunk - 1);
        upd.reset();
        if (spec.bind)
            spec.bind(upd);
        upd.bind(kLoParameter, start).bind(kHiParameter, end);
        sqlite3_bind_pointer(upd.handle(), kOpParameter, &op, kPointerType, nullptr);
        op.have = false;
        if (!upd.exec()) {
            if (!op.error.empty())
                return makeError(ErrorCode::Invalid, op.error);
            if (!op.outOfOrder)
                return statementError(upd);
            // Planned in two passes: it failed on its first row, before writing any; this chunk and the rest go
            // row by row.
            result.inOneStatement = false;
            result.rewritten = op.rewritten;
            if (auto r = rewriteRowByRow(db, spec, computation, start, hi, result); !r)
                return r.error();
            return result;
        }
        if (end == hi)
            break;
        start = end + 1;
    }
    result.rewritten = op.rewritten;
    return result;
}

} // namespace burnrate
