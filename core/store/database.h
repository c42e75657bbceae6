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

// What removing a source deletes: its requests (attribution lens), provider usage buckets (billing
// or proxy-metrics lens: never added to the requests), invoiced cost lines, sync runs and the
// annotations made on its requests.
struct SourceData
{
    std::int64_t sourceId = 0;
    std::string name, type;
    std::int64_t events = 0; // requests from logs or a proxy
    std::int64_t eventsCost = 0; // their computed cost, nano-USD
    std::int64_t buckets = 0, bucketRequests = 0;
    std::int64_t bucketsCost = 0; // nano-USD
    std::int64_t costLines = 0;
    std::int64_t costLinesAmount = 0; // nano-USD
    std::int64_t syncRuns = 0, annotations = 0;
    bool empty() const
    {
        return events == 0 && buckets == 0 && costLines == 0 && syncRuns == 0 && annotations == 0;
    }
};

struct SyncLogEntry
{
    std::int64_t id = 0, sourceId = 0;
    Epoch started = 0;
    std::optional<Epoch> finished;
    Epoch windowFrom = 0, windowTo = 0;
    std::int64_t pages = 0, inserted = 0, updated = 0;
    std::int64_t removed = 0; // stored rows the run removed without replacement
    std::string error;
};

// Process-wide SQLite settings (memory statistics off: with them every allocation SQLite makes takes a global
// mutex). Applied before the first connection opens; a program that opens SQLite itself first calls this.
void configureSqlite();

// One SQLite connection with Burnrate's schema. Read-write connections create a missing file (user-only
// permissions; built aside and renamed into place, so no process ever sees a half-made database),
// enable WAL and migrate; read-only connections never write. A file that is not a Burnrate database
// is identified read-only and refused untouched. Every connection waits for locks with a jittered
// backoff up to busyTimeoutMs() (store/sqlite.h) and then fails with an error naming the file.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    static Result<std::unique_ptr<Database>> open(const std::string& path, Mode mode = Mode::ReadWrite);
    // Opens (creating if missing) without identity check or migration (tests build old-version databases).
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
    // Brings the schema to the latest version in one BEGIN IMMEDIATE transaction, re-reading the
    // version inside it (another process may have migrated meanwhile).
    Result<void> migrate();

    // BEGIN IMMEDIATE: a write transaction takes the write lock up front (a deferred one that upgrades
    // later can fail with SQLITE_BUSY without waiting), retried with backoff up to the busy timeout.
    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Dimension dictionary: value -> id (0 for ""), created on demand (read-write only). api_key values
    // are stored as their fingerprint (model/apikey.h), never raw.
    Result<std::int64_t> intern(Dim kind, std::string_view value);
    // id -> value; "" for 0 or unknown.
    std::string dimValue(std::int64_t id);
    // Existing id or nullopt (never creates); an api_key is looked up by its fingerprint.
    std::optional<std::int64_t> findDim(Dim kind, std::string_view value);
    std::vector<std::pair<std::int64_t, std::string>> dimValues(Dim kind);
    // The values requests carry under one tag key, sorted, at most `limit` (none for an unknown key).
    std::vector<std::string> tagValues(std::string_view key, int limit = 5000);

    std::optional<std::string> meta(const std::string& key);
    Result<void> setMeta(const std::string& key, const std::string& value);

    // Sources. Ids come from AUTOINCREMENT: a removed source's id is never handed out again.
    Result<std::int64_t> addSource(const SourceInfo& s);
    Result<void> updateSource(const SourceInfo& s);
    // What removeSource(name) would delete.
    Result<SourceData> sourceData(const std::string& name);
    // Deletes the source and all its data (see SourceData) in one transaction, subtracting its exact
    // contribution from the rollups; returns what was deleted.
    Result<SourceData> removeSource(const std::string& name);
    std::vector<SourceInfo> sources();
    std::optional<SourceInfo> source(const std::string& name);
    // Finds or creates a source (file imports use type "file"); safe when processes race to create it.
    Result<std::int64_t> ensureSource(const std::string& name, const std::string& type);
    Result<std::int64_t> beginSync(std::int64_t sourceId, Epoch from, Epoch to);
    Result<void> finishSync(const SyncLogEntry& entry);
    std::vector<SyncLogEntry> syncLog(std::int64_t sourceId, int limit = 50);

    // The highest event id: 0 when no event was ever stored (an upper bound of the count, O(1)).
    std::int64_t eventCount();
    std::int64_t lastInsertId() const;
    Statement prepare(std::string_view sql) const
    {
        return Statement(m_db, sql);
    }

private:
    Database(sqlite3* db, std::string path, Mode mode);
    static Result<void> createNew(const std::string& path);
    Result<SourceData> sourceDataById(std::int64_t id);
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
    using DimCache = std::unordered_map<std::string, std::int64_t, StringHash, std::equal_to<>>;
    static void cacheDim(DimCache& cache, std::string_view value, std::int64_t id);
    // The cached id of `raw` (or of its stored form: an api key's fingerprint), with that form in `stored`.
    std::optional<std::int64_t> cachedDim(Dim kind, std::string_view raw, std::string& stored);
    // The stored id of `stored` (the form of `raw`), cached under both forms when found.
    std::optional<std::int64_t> selectDim(Dim kind, std::string_view raw, const std::string& stored);
    std::array<DimCache, kDimCount> m_dimCache;
    std::unordered_map<std::int64_t, std::string> m_dimNames;
    Statement m_findDim, m_insertDim;
};

} // namespace burnrate
