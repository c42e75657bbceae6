#pragma once

#include "model/result.h"
#include "model/usage.h"
#include "store/sqlite.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace burnrate {

// A configured data source (connector or file import origin).
struct SourceInfo
{
    std::int64_t id = 0;
    std::string name, type, baseUrl, keyEnv;
    int intervalMinutes = 60;
    std::string configJson = "{}";
    Epoch cursor = 0;
    std::optional<Epoch> lastSuccess;
    std::string lastError;
};

struct SyncLogEntry
{
    std::int64_t id = 0, sourceId = 0;
    Epoch started = 0;
    std::optional<Epoch> finished;
    Epoch windowFrom = 0, windowTo = 0;
    std::int64_t pages = 0, inserted = 0, updated = 0;
    std::string error;
};

// One SQLite connection with Burnrate's schema. Read-write connections create the file (user-only
// permissions), enable WAL and migrate; read-only connections never write.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    static Result<std::unique_ptr<Database>> open(const std::string& path, Mode mode = Mode::ReadWrite);
    // Opens without migrating (tests build old-version databases with it).
    static Result<std::unique_ptr<Database>> openRaw(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const
    {
        return m_db;
    }
    const std::string& path() const
    {
        return m_path;
    }
    bool readOnly() const
    {
        return m_mode == Mode::ReadOnly;
    }

    int userVersion() const;
    Result<void> migrate();

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Dimension dictionary: value -> id (0 for ""), created on demand (read-write only).
    std::int64_t intern(Dim kind, std::string_view value);
    // id -> value; "" for 0 or unknown.
    std::string dimValue(std::int64_t id);
    // Existing id or nullopt (never creates).
    std::optional<std::int64_t> findDim(Dim kind, std::string_view value);
    std::vector<std::pair<std::int64_t, std::string>> dimValues(Dim kind);

    std::optional<std::string> meta(const std::string& key);
    Result<void> setMeta(const std::string& key, const std::string& value);

    // Sources
    Result<std::int64_t> addSource(const SourceInfo& s);
    Result<void> updateSource(const SourceInfo& s);
    Result<void> removeSource(const std::string& name);
    std::vector<SourceInfo> sources();
    std::optional<SourceInfo> source(const std::string& name);
    // Finds or creates a source of type "file" (file imports key their ids by it).
    Result<std::int64_t> ensureSource(const std::string& name, const std::string& type);
    Result<std::int64_t> beginSync(std::int64_t sourceId, Epoch from, Epoch to);
    Result<void> finishSync(const SyncLogEntry& entry);
    std::vector<SyncLogEntry> syncLog(std::int64_t sourceId, int limit = 50);

    std::int64_t eventCount();
    std::int64_t lastInsertId() const;
    Statement prepare(std::string_view sql) const
    {
        return Statement(m_db, sql);
    }

private:
    Database(sqlite3* db, std::string path, Mode mode);
    sqlite3* m_db = nullptr;
    std::string m_path;
    Mode m_mode;
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>()(s);
        }
    };
    // Per-kind caches with heterogeneous lookup: interning on the import hot path allocates nothing.
    std::array<std::unordered_map<std::string, std::int64_t, StringHash, std::equal_to<>>, kDimCount> m_dimCache;
    std::unordered_map<std::int64_t, std::string> m_dimNames;
    Statement m_findDim, m_insertDim;
};

} // namespace burnrate
