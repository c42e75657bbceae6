#include "store/database.h"

#include "model/apikey.h"
#include "store/rollups.h"
#include "store/schema.h"
#include "store/usagewriter.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace burnrate {

namespace fs = std::filesystem;

void configureSqlite()
{
    // Before the library's first use (sqlite3_config refuses settings after); nothing reads sqlite3_memory_used().
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    (void)configured;
}

namespace {
int openConnection(const char* path, sqlite3** db, int flags, const char* vfs)
{
    configureSqlite();
    return sqlite3_open_v2(path, db, flags, vfs);
}
} // namespace

Database::Database(sqlite3* db, std::string path, Mode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
{
}

Database::~Database()
{
    m_findDim = Statement();
    m_insertDim = Statement();
    if (m_db) {
        if (m_mode == Mode::ReadWrite) {
            // Housekeeping only: never wait for another process's lock on the way out.
            sqlite3_busy_handler(m_db, nullptr, nullptr);
            sqlite3_exec(m_db, "PRAGMA optimize", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(m_db);
    }
}

namespace {

Error openError(const std::string& path, sqlite3* db)
{
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return makeError(ErrorCode::Database, "cannot open " + path + ": " + msg);
}

Result<void> ensureFolder(const fs::path& p)
{
    std::error_code ec;
    if (p.has_parent_path() && !fs::exists(p.parent_path(), ec)) {
        fs::create_directories(p.parent_path(), ec);
        if (ec)
            return makeError(ErrorCode::Io, "cannot create folder " + p.parent_path().string() + ": " + ec.message());
        ::chmod(p.parent_path().c_str(), 0700);
    }
    return {};
}

std::string notOurs(const std::string& path, const std::string& why)
{
    return path + " is not a Burnrate database (" + why + "); it was left unchanged";
}

// Decides from a read-only look whether path is a Burnrate database, and of which schema version.
// Writes nothing: a foreign file keeps its bytes and its journal mode.
struct Identity
{
    int version = 0;
    bool wal = false;
};

// Checks an open connection (read-only or not) for Burnrate's tables and a known schema version.
Result<Identity> identify(sqlite3* db, const std::string& path)
{
    Identity id;
    {
        Statement s(db, "PRAGMA user_version");
        if (!s.step())
            return makeError(ErrorCode::Database,
                notOurs(path, s.lastError().empty() ? "unreadable" : "SQLite says: " + s.lastError()));
        id.version = static_cast<int>(s.int64(0));
    }
    Statement t(db,
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'dims', 'sources', "
        "'events')");
    if (!t.step())
        return makeError(ErrorCode::Database, notOurs(path, "SQLite says: " + t.lastError()));
    // Our tables first: other applications set user_version too.
    if (id.version == 0 || t.int64(0) != 4)
        return makeError(ErrorCode::Database, notOurs(path, "an SQLite database of another application"));
    if (id.version > schema::latestVersion())
        return makeError(
            ErrorCode::Database, path + " was written by a newer Burnrate (schema " + std::to_string(id.version) + ")");
    Statement j(db, "PRAGMA journal_mode");
    id.wal = j.step() && j.text(0) == "wal";
    return id;
}

// The header, with plain reads: SQLite would treat an empty file as an empty database and would
// only fail on a non-SQLite file at the first query.
Result<void> checkHeader(const std::string& path)
{
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorCode::Invalid, notOurs(path, "not a regular file"));
    if (st.st_size == 0)
        return makeError(
            ErrorCode::Invalid, notOurs(path, "an empty file; remove it or name a new file to create a database"));
    char header[16] = {};
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno));
    std::size_t n = std::fread(header, 1, sizeof header, f);
    std::fclose(f);
    if (n != sizeof header || std::memcmp(header, "SQLite format 3", 16) != 0)
        return makeError(ErrorCode::Invalid, notOurs(path, "not an SQLite file"));
    return {};
}

Result<Identity> identifyFile(const std::string& path)
{
    if (auto r = checkHeader(path); !r)
        return r.error();
    sqlite3* db = nullptr;
    if (openConnection(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return openError(path, db);
    installBusyHandler(db);
    auto id = identify(db, path);
    sqlite3_close_v2(db);
    return id;
}

std::atomic<unsigned> g_createCounter { 0 };

} // namespace

Result<std::unique_ptr<Database>> Database::openRaw(const std::string& path)
{
    if (path.empty())
        return makeError(ErrorCode::Invalid, "no database path given");
    fs::path p(path);
    if (auto r = ensureFolder(p); !r)
        return r.error();
    std::error_code ec;
    bool existed = fs::exists(p, ec);
    mode_t old = ::umask(0077); // the file and its -wal/-shm are readable by the user alone
    sqlite3* db = nullptr;
    int rc
        = openConnection(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    ::umask(old);
    if (rc != SQLITE_OK)
        return openError(path, db);
    if (!existed)
        ::chmod(path.c_str(), 0600);
    installBusyHandler(db);
    return std::unique_ptr<Database>(new Database(db, path, Mode::ReadWrite));
}

// Builds a complete, empty database of the latest schema beside `path` and renames it into place
// unless another process got there first. Concurrent first starts thus never see a file without
// tables (which would look foreign) or run the first migration twice.
Result<void> Database::createNew(const std::string& path)
{
    const std::string tmp = path + ".creating-" + std::to_string(::getpid()) + "-"
        + std::to_string(g_createCounter.fetch_add(1)) + "-" + std::to_string(std::time(nullptr));
    {
        mode_t old = ::umask(0077);
        sqlite3* db = nullptr;
        int rc = openConnection(tmp.c_str(), &db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE | SQLITE_OPEN_NOMUTEX, nullptr);
        ::umask(old);
        if (rc != SQLITE_OK) {
            std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
            sqlite3_close_v2(db);
            ::unlink(tmp.c_str());
            return makeError(ErrorCode::Database, "cannot create " + path + ": " + msg);
        }
        Database d(db, tmp, Mode::ReadWrite);
        Result<void> r = d.migrate();
        if (r)
            r = execSql(db, "PRAGMA journal_mode=WAL");
        if (!r) {
            ::unlink(tmp.c_str());
            return makeError(ErrorCode::Database, "cannot create " + path + ": " + r.error().detail);
        }
        // Closing the last connection checkpoints the WAL into the file and deletes it.
    }
    int rc = ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)) {
        // A file system without RENAME_NOREPLACE: a hard link is just as exclusive.
        rc = ::link(tmp.c_str(), path.c_str());
    }
    int err = errno;
    ::unlink(tmp.c_str());
    if (rc != 0 && err != EEXIST)
        return makeError(ErrorCode::Io, "cannot create " + path + ": " + std::strerror(err));
    return {}; // ours, or another process's just as new one
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, Mode mode)
{
    if (path.empty())
        return makeError(ErrorCode::Invalid, "no database path given");
    if (mode == Mode::ReadOnly) {
        if (auto r = checkHeader(path); !r)
            return r.error();
        sqlite3* db = nullptr;
        int rc = openConnection(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK)
            return openError(path, db);
        installBusyHandler(db);
        sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
        auto d = std::unique_ptr<Database>(new Database(db, path, Mode::ReadOnly));
        if (auto id = identify(db, path); !id)
            return id.error();
        return d;
    }
    fs::path p(path);
    if (auto r = ensureFolder(p); !r)
        return r.error();
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(p, ec)) && !fs::exists(p, ec)) {
        if (auto r = createNew(path); !r)
            return r.error();
    }
    // Identity first, read-only: a file that is not ours is refused before anything writes to it.
    auto id = identifyFile(path);
    if (!id)
        return id.error();
    sqlite3* db = nullptr;
    int rc = openConnection(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return openError(path, db);
    installBusyHandler(db);
    auto d = std::unique_ptr<Database>(new Database(db, path, Mode::ReadWrite));
    std::string pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536; "
                          "PRAGMA temp_store=MEMORY; PRAGMA recursive_triggers=ON;";
    if (!id->wal)
        pragmas = "PRAGMA journal_mode=WAL; " + pragmas;
    if (auto r = execSql(db, pragmas); !r)
        return r.error();
    if (auto r = d->migrate(); !r)
        return r.error();
    if (auto r = schema::addMissingMeasureColumns(*d); !r)
        return r.error();
    return d;
}

int Database::userVersion() const
{
    Statement s(m_db, "PRAGMA user_version");
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

Result<void> Database::migrate()
{
    const auto& steps = schema::migrations();
    const int latest = static_cast<int>(steps.size());
    if (userVersion() == latest)
        return {};
    // Under the write lock, read the version again: another process may have migrated meanwhile.
    if (auto r = begin(); !r)
        return r;
    int v = userVersion();
    if (v > latest) {
        rollback();
        return makeError(
            ErrorCode::Database, m_path + " was written by a newer Burnrate (schema " + std::to_string(v) + ")");
    }
    if (v == 0) {
        // A non-empty database without our version is someone else's file.
        Statement s(m_db, "SELECT count(*) FROM sqlite_master");
        if (s.step() && s.int64(0) > 0) {
            s = Statement();
            rollback();
            return makeError(ErrorCode::Database, notOurs(m_path, "an SQLite database of another application"));
        }
    }
    for (int i = v; i < latest; ++i) {
        const auto& step = steps[static_cast<std::size_t>(i)];
        Result<void> r = execSql(m_db, step.sql);
        if (r && step.after)
            r = step.after(*this);
        if (!r) {
            rollback();
            return makeError(
                ErrorCode::Database, "migration to schema " + std::to_string(i + 1) + " failed: " + r.error().detail);
        }
    }
    if (auto r = execSql(m_db, "PRAGMA user_version=" + std::to_string(latest)); !r) {
        rollback();
        return r;
    }
    if (auto r = commit(); !r) {
        rollback();
        return r;
    }
    return {};
}

Result<void> Database::begin()
{
    // The busy handler waits inside BEGIN IMMEDIATE; this loop covers the SQLITE_BUSY cases SQLite
    // reports without calling it (e.g. while another connection recovers the WAL).
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(busyTimeoutMs());
    for (int attempt = 0;; ++attempt) {
        int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return {};
        if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= until)
            return makeError(ErrorCode::Database, sqliteError(m_db));
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(50, 1 << std::min(attempt, 6))));
    }
}

Result<void> Database::commit()
{
    return execSql(m_db, "COMMIT");
}

void Database::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    // The dictionary cache may hold ids of rows that were rolled back.
    for (auto& c : m_dimCache)
        c.clear();
    m_dimNames.clear();
}

// A kind's cache holds at most this many values (~20 MB): one with more, like trace ids (about one per request),
// starts over, so memory stays flat however large an import is. A value seen again is looked up in the store.
constexpr std::size_t kDimCacheLimit = std::size_t(1) << 18;

void Database::cacheDim(DimCache& cache, std::string_view value, std::int64_t id)
{
    if (cache.size() >= kDimCacheLimit)
        cache.clear();
    cache.emplace(std::string(value), id);
}

std::optional<std::int64_t> Database::cachedDim(Dim kind, std::string_view raw, std::string& stored)
{
    auto& cache = m_dimCache[static_cast<std::size_t>(kind)];
    if (auto it = cache.find(raw); it != cache.end())
        return it->second; // for api keys the raw value is cached too (in memory only): hashed once
    stored = kind == Dim::ApiKey && !isApiKeyFingerprint(raw) ? apiKeyFingerprint(raw) : std::string(raw);
    if (stored != raw)
        if (auto it = cache.find(stored); it != cache.end()) {
            const std::int64_t id = it->second;
            cacheDim(cache, raw, id);
            return id;
        }
    return std::nullopt;
}

std::optional<std::int64_t> Database::selectDim(Dim kind, std::string_view raw, const std::string& stored)
{
    if (!m_findDim.valid())
        m_findDim = Statement(m_db, "SELECT id FROM dims WHERE kind = ?1 AND value = ?2");
    m_findDim.reset();
    m_findDim.bind(1, static_cast<int>(kind)).bind(2, stored);
    std::optional<std::int64_t> out;
    if (m_findDim.step())
        out = m_findDim.int64(0);
    m_findDim.reset();
    if (out) {
        auto& cache = m_dimCache[static_cast<std::size_t>(kind)];
        cacheDim(cache, stored, *out);
        if (raw != stored)
            cacheDim(cache, raw, *out);
    }
    return out;
}

Result<std::int64_t> Database::intern(Dim kind, std::string_view value)
{
    if (value.empty())
        return std::int64_t { 0 };
    std::string stored;
    if (auto id = cachedDim(kind, value, stored))
        return *id;
    // Inside a write transaction (an import) a value not cached is mostly new: it is inserted without a look
    // first, and looked up only when the insert finds it there. Elsewhere it is looked up first.
    const bool writing = !readOnly() && !sqlite3_get_autocommit(m_db);
    if (!writing)
        if (auto id = selectDim(kind, value, stored))
            return *id;
    if (!m_insertDim.valid()) {
        m_insertDim = Statement(m_db, "INSERT INTO dims(kind, value) VALUES(?1, ?2) ON CONFLICT DO NOTHING");
        if (!m_insertDim.valid())
            return makeError(ErrorCode::Database, "cannot store a dimension value: " + m_insertDim.prepareError());
    }
    auto shown = [&] {
        return std::string(dimName(kind)) + " value '" + stored.substr(0, 60) + "'";
    };
    m_insertDim.bind(1, static_cast<int>(kind)).bind(2, stored);
    if (!m_insertDim.exec())
        return makeError(ErrorCode::Database, "cannot store the " + shown() + ": " + m_insertDim.lastError());
    if (sqlite3_changes(m_db) == 0) { // there already (another writer's, or not cached yet)
        if (auto id = selectDim(kind, value, stored))
            return *id;
        return makeError(ErrorCode::Database, "the " + shown() + " is neither stored nor storable");
    }
    const std::int64_t id = sqlite3_last_insert_rowid(m_db);
    auto& cache = m_dimCache[static_cast<std::size_t>(kind)];
    cacheDim(cache, stored, id);
    if (value != stored)
        cacheDim(cache, value, id);
    return id;
}

std::optional<std::int64_t> Database::findDim(Dim kind, std::string_view value)
{
    if (value.empty())
        return std::int64_t { 0 };
    std::string stored;
    if (auto id = cachedDim(kind, value, stored))
        return id;
    return selectDim(kind, value, stored);
}

std::string Database::dimValue(std::int64_t id)
{
    if (id == 0)
        return {};
    if (auto it = m_dimNames.find(id); it != m_dimNames.end())
        return it->second;
    Statement s(m_db, "SELECT value FROM dims WHERE id = ?1");
    s.bind(1, id);
    std::string v = s.step() ? s.text(0) : std::string();
    m_dimNames.emplace(id, v);
    return v;
}

std::vector<std::pair<std::int64_t, std::string>> Database::dimValues(Dim kind)
{
    std::vector<std::pair<std::int64_t, std::string>> out;
    Statement s(m_db, "SELECT id, value FROM dims WHERE kind = ?1 ORDER BY value");
    s.bind(1, static_cast<int>(kind));
    while (s.step())
        out.emplace_back(s.int64(0), s.text(1));
    return out;
}

std::vector<std::string> Database::tagValues(std::string_view key, int limit)
{
    std::vector<std::string> out;
    auto keyId = findDim(Dim::TagKey, key);
    if (!keyId)
        return out;
    Statement s(m_db,
        "SELECT d.value FROM dims d WHERE d.id IN (SELECT DISTINCT value FROM event_tags WHERE key = ?1) "
        "AND d.value <> '' ORDER BY d.value LIMIT ?2");
    s.bind(1, *keyId).bind(2, static_cast<std::int64_t>(limit));
    while (s.step())
        out.push_back(s.text(0));
    return out;
}

std::optional<std::string> Database::meta(const std::string& key)
{
    Statement s(m_db, "SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    if (s.step())
        return s.text(0);
    return std::nullopt;
}

Result<void> Database::setMeta(const std::string& key, const std::string& value)
{
    Statement s(
        m_db, "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return {};
}

namespace {
SourceInfo readSource(const Statement& s)
{
    SourceInfo i;
    i.id = s.int64(0);
    i.name = s.text(1);
    i.type = s.text(2);
    i.baseUrl = s.text(3);
    i.keyEnv = s.text(4);
    i.intervalMinutes = static_cast<int>(s.int64(5));
    i.configJson = s.text(6);
    i.cursor = s.int64(7);
    if (!s.isNull(8))
        i.lastSuccess = s.int64(8);
    i.lastError = s.text(9);
    return i;
}
constexpr const char* kSourceCols
    = "SELECT id, name, type, base_url, key_env, interval_min, config, cursor, last_success, last_error FROM sources ";
} // namespace

Result<std::int64_t> Database::addSource(const SourceInfo& src)
{
    if (src.name.empty())
        return makeError(ErrorCode::Invalid, "a source needs a name");
    // One statement, no check-then-insert: two processes adding the same name cannot both succeed.
    Statement s(m_db,
        "INSERT INTO sources(name, type, base_url, key_env, interval_min, config, cursor, created) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(name) DO NOTHING");
    s.bind(1, src.name).bind(2, src.type).bind(3, src.baseUrl).bind(4, src.keyEnv).bind(5, src.intervalMinutes);
    s.bind(6, src.configJson).bind(7, src.cursor).bind(8, static_cast<std::int64_t>(std::time(nullptr)));
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    if (sqlite3_changes(m_db) == 0)
        return makeError(ErrorCode::Invalid, "a source named '" + src.name + "' already exists");
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
}

Result<void> Database::updateSource(const SourceInfo& src)
{
    Statement s(m_db,
        "UPDATE sources SET name=?2, type=?3, base_url=?4, key_env=?5, interval_min=?6, config=?7, "
        "cursor=?8, last_success=?9, last_error=?10 WHERE id=?1");
    s.bind(1, src.id).bind(2, src.name).bind(3, src.type).bind(4, src.baseUrl).bind(5, src.keyEnv);
    s.bind(6, src.intervalMinutes).bind(7, src.configJson).bind(8, src.cursor);
    s.bind(9, src.lastSuccess).bind(10, src.lastError);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return {};
}

Result<SourceData> Database::sourceDataById(std::int64_t id)
{
    SourceData d;
    d.sourceId = id;
    struct Count
    {
        const char* sql;
        std::int64_t* a;
        std::int64_t* b;
    };
    const Count counts[] = {
        { "SELECT count(*), coalesce(sum(cost), 0) FROM events WHERE source_id = ?1", &d.events, &d.eventsCost },
        { "SELECT coalesce(sum(requests), 0), coalesce(sum(cost), 0) FROM buckets WHERE source_id = ?1",
            &d.bucketRequests, &d.bucketsCost },
        { "SELECT count(*), 0 FROM buckets WHERE source_id = ?1", &d.buckets, nullptr },
        { "SELECT count(*), coalesce(sum(amount), 0) FROM cost_lines WHERE source_id = ?1", &d.costLines,
            &d.costLinesAmount },
        { "SELECT count(*), 0 FROM sync_log WHERE source_id = ?1", &d.syncRuns, nullptr },
        { "SELECT count(*), 0 FROM annotations WHERE event_id IN (SELECT id FROM events WHERE source_id = ?1)",
            &d.annotations, nullptr },
    };
    for (const auto& c : counts) {
        Statement s(m_db, c.sql);
        s.bind(1, id);
        if (!s.step())
            return makeError(
                ErrorCode::Database, s.lastError().empty() ? "cannot count a source's data" : s.lastError());
        *c.a = s.int64(0);
        if (c.b)
            *c.b = s.int64(1);
    }
    return d;
}

Result<SourceData> Database::sourceData(const std::string& name)
{
    auto src = source(name);
    if (!src)
        return makeError(ErrorCode::NotFound, "no source named '" + name + "'");
    auto d = sourceDataById(src->id);
    if (d) {
        d->name = src->name;
        d->type = src->type;
    }
    return d;
}

Result<SourceData> Database::removeSource(const std::string& name)
{
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [&](Error e) -> Result<SourceData> {
        rollback();
        return e;
    };
    // Looked up under the write lock: what is counted is exactly what is deleted.
    auto src = source(name);
    if (!src)
        return fail(makeError(ErrorCode::NotFound, "no source named '" + name + "'"));
    auto data = sourceDataById(src->id);
    if (!data)
        return fail(data.error());
    data->name = src->name;
    data->type = src->type;

    // Subtract every fact's own contribution, as a re-import replacing it would: the rollups then
    // equal a fresh aggregation of what remains.
    RollupAccumulator acc;
    {
        Statement ev(
            m_db, "SELECT " + storedFactColumnsSql(FactTable::Events) + " FROM events e WHERE e.source_id = ?1");
        ev.bind(1, src->id);
        while (ev.step())
            acc.add(readStoredFact(ev, 0).contribution(), -1);
        if (!ev.lastError().empty())
            return fail(makeError(ErrorCode::Database, ev.lastError()));
        Statement bk(
            m_db, "SELECT " + storedFactColumnsSql(FactTable::Buckets) + " FROM buckets e WHERE e.source_id = ?1");
        bk.bind(1, src->id);
        while (bk.step())
            acc.add(readStoredFact(bk, 0).contribution(), -1);
        if (!bk.lastError().empty())
            return fail(makeError(ErrorCode::Database, bk.lastError()));
    }
    // Event ids can be handed out again after a delete, so nothing may keep pointing at them.
    static const char* const kDeletes[] = {
        "DELETE FROM event_tags WHERE event_id IN (SELECT id FROM events WHERE source_id = ?1)",
        "DELETE FROM event_text WHERE event_id IN (SELECT id FROM events WHERE source_id = ?1)",
        "DELETE FROM annotations WHERE event_id IN (SELECT id FROM events WHERE source_id = ?1)",
        // Eval results stay (they name their request by its id): unlinked, for a re-added source to claim.
        "UPDATE eval_results SET event_id = NULL WHERE event_id IN (SELECT id FROM events WHERE source_id = ?1)",
        "DELETE FROM events WHERE source_id = ?1",
        "DELETE FROM buckets WHERE source_id = ?1",
        "DELETE FROM cost_lines WHERE source_id = ?1",
        "DELETE FROM sync_log WHERE source_id = ?1",
        "DELETE FROM budget_gauges WHERE source_id = ?1",
        "DELETE FROM counter_state WHERE source_id = ?1",
        "DELETE FROM sources WHERE id = ?1",
    };
    for (const char* sql : kDeletes) {
        Statement s(m_db, sql);
        s.bind(1, src->id);
        if (!s.exec())
            return fail(makeError(ErrorCode::Database, s.lastError()));
    }
    if (auto r = acc.flush(*this); !r)
        return fail(r.error());
    if (auto r = commit(); !r)
        return fail(r.error());
    return data;
}

std::vector<SourceInfo> Database::sources()
{
    std::vector<SourceInfo> out;
    Statement s(m_db, std::string(kSourceCols) + "ORDER BY name");
    while (s.step())
        out.push_back(readSource(s));
    return out;
}

std::optional<SourceInfo> Database::source(const std::string& name)
{
    Statement s(m_db, std::string(kSourceCols) + "WHERE name = ?1");
    s.bind(1, name);
    if (s.step())
        return readSource(s);
    return std::nullopt;
}

Result<std::int64_t> Database::ensureSource(const std::string& name, const std::string& type)
{
    if (name.empty())
        return makeError(ErrorCode::Invalid, "a source needs a name");
    if (auto s = source(name))
        return s->id;
    // Insert-or-ignore, then read: processes importing into a new source at once all get its one id.
    Statement ins(m_db, "INSERT INTO sources(name, type, created) VALUES(?1, ?2, ?3) ON CONFLICT(name) DO NOTHING");
    ins.bind(1, name).bind(2, type).bind(3, static_cast<std::int64_t>(std::time(nullptr)));
    if (!ins.exec())
        return makeError(ErrorCode::Database, ins.lastError());
    if (auto s = source(name))
        return s->id;
    return makeError(ErrorCode::Database, "the source '" + name + "' was removed while it was being created");
}

Result<std::int64_t> Database::beginSync(std::int64_t sourceId, Epoch from, Epoch to)
{
    Statement s(m_db, "INSERT INTO sync_log(source_id, started, window_from, window_to) VALUES(?1, ?2, ?3, ?4)");
    s.bind(1, sourceId).bind(2, static_cast<std::int64_t>(std::time(nullptr))).bind(3, from).bind(4, to);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
}

Result<void> Database::finishSync(const SyncLogEntry& e)
{
    Statement s(m_db,
        "UPDATE sync_log SET finished=?2, pages=?3, inserted=?4, updated=?5, error=?6, window_from=?7, "
        "window_to=?8, removed=?9 WHERE id=?1");
    s.bind(1, e.id).bind(2, e.finished.value_or(static_cast<std::int64_t>(std::time(nullptr))));
    s.bind(3, e.pages)
        .bind(4, e.inserted)
        .bind(5, e.updated)
        .bind(6, e.error)
        .bind(7, e.windowFrom)
        .bind(8, e.windowTo)
        .bind(9, e.removed);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return {};
}

std::vector<SyncLogEntry> Database::syncLog(std::int64_t sourceId, int limit)
{
    std::vector<SyncLogEntry> out;
    Statement s(m_db,
        "SELECT id, source_id, started, finished, window_from, window_to, pages, inserted, updated, error, "
        "removed FROM sync_log WHERE source_id = ?1 ORDER BY started DESC, id DESC LIMIT ?2");
    s.bind(1, sourceId).bind(2, limit);
    while (s.step()) {
        SyncLogEntry e;
        e.id = s.int64(0);
        e.sourceId = s.int64(1);
        e.started = s.int64(2);
        if (!s.isNull(3))
            e.finished = s.int64(3);
        e.windowFrom = s.int64(4);
        e.windowTo = s.int64(5);
        e.pages = s.int64(6);
        e.inserted = s.int64(7);
        e.updated = s.int64(8);
        e.error = s.text(9);
        e.removed = s.int64(10);
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t Database::eventCount()
{
    // Every stored event adds one request to the attribution lens of the daily summary rollup, which is
    // small (days x models x tenants): exact after removals, unlike max(id), and still fast at 10M events.
    Statement s(m_db, "SELECT coalesce(sum(requests), 0) FROM rollup_daily_core WHERE lens = 0");
    return s.step() ? s.int64(0) : 0;
}

} // namespace burnrate

namespace burnrate {
std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
} // namespace burnrate
