#include "store/rowrewrite.h"

#include "store/database.h"

#include <sqlite3.h>

namespace burnrate {

namespace {

constexpr const char* kPointerType = "burnrate.rowrewrite";
// The parameter that carries the state pointer: numbered far above the spec's own ?1..?n (a named parameter
// would take the next free number and collide with them).
constexpr int kOpParameter = 900;

// The state the two SQL functions share during one statement.
struct OnePass
{
    const RowComputation& compute;
    RowValues values;
    std::int64_t current = 0;
    bool have = false, changed = false, outOfOrder = false;
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
        auto changed = op->compute(op->current, ValueRow { argv + 2 }, op->values);
        if (!changed) {
            op->error = changed.error().detail;
            sqlite3_result_error(ctx, op->error.c_str(), -1);
            return;
        }
        op->changed = *changed;
        op->rewritten += *changed;
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
        if (const auto& v = op->values[k])
            sqlite3_result_int64(ctx, *v);
        else
            sqlite3_result_null(ctx);
    }
};

std::string onePassSql(const RowRewrite& spec)
{
    const std::string op = "?" + std::to_string(kOpParameter);
    std::string sql = "UPDATE " + spec.table + " AS e SET ";
    for (std::size_t k = 0; k < spec.columns.size(); ++k)
        sql += (k ? ", " : "") + spec.columns[k] + " = br_rewrite_value(" + op + ", e.id, " + std::to_string(k) + ")";
    return sql + " WHERE " + spec.where + " AND br_rewrite_row(" + op + ", e.id, " + spec.args + ")";
}

} // namespace

Result<RowRewriteResult> rewriteRows(
    Database& db, const RowRewrite& spec, const RowComputation& compute, const std::function<void()>& restart)
{
    RowRewriteResult result;
    sqlite3* h = db.handle();
    {
        OnePass op { compute, RowValues(spec.columns.size()) };
        if (auto r = execSql(h, "SAVEPOINT rewrite_rows"); !r)
            return r.error();
        const std::string sql = onePassSql(spec);
        Statement upd = db.prepare(sql);
        if (!upd.valid()) {
            // Registered once per connection, on first use; they find their state through the pointer bound to
            // each statement, because SQLite refuses to change a function while a statement is active.
            sqlite3_create_function_v2(
                h, "br_rewrite_row", -1, SQLITE_UTF8, nullptr, &OnePass::row, nullptr, nullptr, nullptr);
            sqlite3_create_function_v2(
                h, "br_rewrite_value", 3, SQLITE_UTF8, nullptr, &OnePass::value, nullptr, nullptr, nullptr);
            upd = db.prepare(sql);
        }
        bool ok = upd.valid();
        std::string err = upd.prepareError();
        if (ok) {
            if (spec.bind)
                spec.bind(upd);
            sqlite3_bind_pointer(upd.handle(), kOpParameter, &op, kPointerType, nullptr);
            ok = upd.exec();
            err = upd.lastError();
        }
        upd = Statement();
        if (auto r = execSql(h, ok ? "RELEASE rewrite_rows" : "ROLLBACK TO rewrite_rows; RELEASE rewrite_rows"); !r)
            return r.error();
        if (!op.error.empty())
            return makeError(ErrorCode::Invalid, op.error);
        if (ok) {
            result.rewritten = op.rewritten;
            result.inOneStatement = true;
            return result;
        }
        if (!op.outOfOrder)
            return makeError(ErrorCode::Database, err);
    }
    // Row by row: the same selection and computation, each changed row written by its key.
    if (restart)
        restart();
    Statement sel = db.prepare("SELECT e.id, " + spec.args + " FROM " + spec.table + " e WHERE " + spec.where);
    std::string set;
    for (std::size_t k = 0; k < spec.columns.size(); ++k)
        set += (k ? ", " : "") + spec.columns[k] + " = ?" + std::to_string(k + 2);
    Statement upd = db.prepare("UPDATE " + spec.table + " SET " + set + " WHERE id = ?1");
    if (!sel.valid() || !upd.valid())
        return statementError(sel.valid() ? upd : sel);
    if (spec.bind)
        spec.bind(sel);
    RowValues values(spec.columns.size());
    while (sel.step()) {
        const std::int64_t id = sel.int64(0);
        auto changed = compute(id, ValueRow { nullptr, sel.handle(), 1 }, values);
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
    }
    if (!sel.lastError().empty())
        return statementError(sel);
    return result;
}

} // namespace burnrate
