#include "store/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <thread>

namespace burnrate {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_error = sqlite3_errmsg(db);
        m_error += " in: ";
        m_error += sql.substr(0, 200);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& o) noexcept
    : m_db(o.m_db)
    , m_stmt(o.m_stmt)
    , m_error(std::move(o.m_error))
{
    o.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        m_error = std::move(o.m_error);
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int i, std::int64_t v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Statement& Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

Statement& Statement::bind(int i, std::string_view t)
{
    sqlite3_bind_text(m_stmt, i, t.data(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int i, std::optional<std::int64_t> v)
{
    if (v)
        sqlite3_bind_int64(m_stmt, i, *v);
    else
        sqlite3_bind_null(m_stmt, i);
    return *this;
}

Statement& Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(m_db);
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) { }
    bool ok = rc == SQLITE_DONE;
    if (!ok)
        m_error = sqliteError(m_db);
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

std::int64_t Statement::int64(int c) const
{
    return sqlite3_column_int64(m_stmt, c);
}

double Statement::real(int c) const
{
    return sqlite3_column_double(m_stmt, c);
}

std::string Statement::text(int c) const
{
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c))) : std::string();
}

bool Statement::isNull(int c) const
{
    return sqlite3_column_type(m_stmt, c) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::int64_t ValueRow::int64(int i) const
{
    return values ? sqlite3_value_int64(values[i]) : sqlite3_column_int64(row, first + i);
}

bool ValueRow::isNull(int i) const
{
    return (values ? sqlite3_value_type(values[i]) : sqlite3_column_type(row, first + i)) == SQLITE_NULL;
}

std::string numberedParameters(int first, int count)
{
    std::string s;
    for (int i = 0; i < count; ++i)
        s += (i ? ", ?" : "?") + std::to_string(first + i);
    return s;
}

std::string sqliteLibraryVersion()
{
    return sqlite3_libversion();
}

Result<void> execSql(sqlite3* db, std::string_view sql)
{
    std::string s(sql);
    char* err = nullptr;
    if (int rc = sqlite3_exec(db, s.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
        std::string msg = (rc & 0xff) == SQLITE_BUSY ? sqliteError(db) : err ? err : "unknown SQLite error";
        sqlite3_free(err);
        return makeError(ErrorCode::Database, msg);
    }
    return {};
}

int busyTimeoutMs()
{
    static const int kMs = [] {
        const char* env = std::getenv("BURNRATE_BUSY_TIMEOUT_MS");
        char* end = nullptr;
        long v = env ? std::strtol(env, &end, 10) : -1;
        return env && end != env && *end == 0 && v >= 0 && v <= 24L * 3600 * 1000 ? static_cast<int>(v) : 120000;
    }();
    return kMs;
}

namespace {

// SQLite calls the handler on the thread running the blocked statement, and a busy episode starts
// with count 0: per-thread state is enough.
int busyHandler(void*, int count)
{
    thread_local std::chrono::steady_clock::time_point since;
    thread_local std::minstd_rand rng(
        static_cast<std::uint32_t>(std::hash<std::thread::id>()(std::this_thread::get_id())
            ^ static_cast<std::size_t>(std::chrono::steady_clock::now().time_since_epoch().count())));
    auto now = std::chrono::steady_clock::now();
    if (count == 0)
        since = now;
    if (std::chrono::duration_cast<std::chrono::milliseconds>(now - since).count() >= busyTimeoutMs())
        return 0;
    int step = std::min(50, 1 << std::min(count, 6));
    int ms = step / 2 + static_cast<int>(rng() % static_cast<unsigned>(step / 2 + 1));
    std::this_thread::sleep_for(std::chrono::milliseconds(std::max(1, ms)));
    return 1;
}

} // namespace

void installBusyHandler(sqlite3* db)
{
    sqlite3_busy_handler(db, &busyHandler, nullptr);
}

std::string sqliteError(sqlite3* db)
{
    if ((sqlite3_errcode(db) & 0xff) == SQLITE_BUSY) {
        const char* file = sqlite3_db_filename(db, "main");
        return std::string(file && *file ? file : "the database")
            + " is locked by another process (an import, a poll or the dashboard writing to it); gave up after "
              "waiting "
            + std::to_string((busyTimeoutMs() + 999) / 1000) + " s";
    }
    return sqlite3_errmsg(db);
}

Error statementError(const Statement& s)
{
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, s.lastError());
    return makeError(ErrorCode::Database, s.prepareError().empty() ? "statement failed" : s.prepareError());
}

} // namespace burnrate
