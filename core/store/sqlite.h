#pragma once

#include "model/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

namespace burnrate {

// A prepared statement with RAII finalisation; binds are 1-based like SQLite's.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool valid() const
    {
        return m_stmt != nullptr;
    }
    const std::string& prepareError() const
    {
        return m_error;
    }

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value)
    {
        return bind(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const std::string& text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, std::optional<std::int64_t> value);
    Statement& bindNull(int index);

    // Steps once: true when a row is available, false when done. Errors land in lastError().
    bool step();
    // Runs to completion (for writes); false on error.
    bool exec();
    void reset();

    std::int64_t int64(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    bool isNull(int col) const;
    int columnCount() const;

    const std::string& lastError() const
    {
        return m_error;
    }
    sqlite3_stmt* handle() const
    {
        return m_stmt;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_error;
};

// The arguments of an application-defined SQL function, or the columns of a statement's row from `first` on,
// read alike (0-based).
struct ValueRow
{
    sqlite3_value** values = nullptr;
    sqlite3_stmt* row = nullptr;
    int first = 0;
    std::int64_t int64(int i) const;
    bool isNull(int i) const;
};

// Numbered parameters "?first, ?first+1, ..." (count of them), for statements built from column lists.
std::string numberedParameters(int first, int count);
// The SQLite library's version ("3.40.1").
std::string sqliteLibraryVersion();
// Runs one or more statements without results.
Result<void> execSql(sqlite3* db, std::string_view sql);
// The last error on db. A lock wait that timed out (SQLITE_BUSY) names the database file, so a
// writer that gives up says which file another process held.
std::string sqliteError(sqlite3* db);
// How long a connection waits for another process's lock: BURNRATE_BUSY_TIMEOUT_MS, default 120 s.
int busyTimeoutMs();
// Waits for other processes' locks with a jittered exponential backoff (1 ms doubling to 50 ms) for
// up to busyTimeoutMs(), instead of SQLite's plain busy_timeout, so waiting writers drift apart
// instead of retrying in lockstep.
void installBusyHandler(sqlite3* db);

// The failure of statement `s` as an ErrorCode::Database error: its last step's error, else why it did not
// prepare, else "statement failed".
Error statementError(const Statement& s);

} // namespace burnrate
