#include "store/database.h"

#include "store/schema.h"

#include <sqlite3.h>

#include <cerrno>
#include <ctime>
#include <filesystem>
#include <sys/stat.h>

namespace burnrate {

namespace fs = std::filesystem;

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
        if (m_mode == Mode::ReadWrite)
            sqlite3_exec(m_db, "PRAGMA optimize", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Result<std::unique_ptr<Database>> Database::openRaw(const std::string& path)
{
    if (path.empty())
        return makeError(ErrorCode::Invalid, "no database path given");
    fs::path p(path);
    std::error_code ec;
    if (p.has_parent_path() && !fs::exists(p.parent_path(), ec)) {
        fs::create_directories(p.parent_path(), ec);
        if (ec)
            return makeError(ErrorCode::Io, "cannot create folder " + p.parent_path().string() + ": " + ec.message());
        ::chmod(p.parent_path().c_str(), 0700);
    }
    bool existed = fs::exists(p, ec);
    mode_t old = ::umask(0077); // the file and its -wal/-shm are readable by the user alone
    sqlite3* db = nullptr;
    int rc
        = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    ::umask(old);
    if (rc != SQLITE_OK) {
        std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close_v2(db);
        return makeError(ErrorCode::Database, "cannot open " + path + ": " + msg);
    }
    if (!existed)
        ::chmod(path.c_str(), 0600);
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new Database(db, path, Mode::ReadWrite));
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, Mode mode)
{
    if (mode == Mode::ReadOnly) {
        sqlite3* db = nullptr;
        int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK) {
            std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
            sqlite3_close_v2(db);
            return makeError(ErrorCode::Database, "cannot open " + path + ": " + msg);
        }
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
        auto d = std::unique_ptr<Database>(new Database(db, path, Mode::ReadOnly));
        int v = d->userVersion();
        if (v == 0)
            return makeError(ErrorCode::Database, path + " is not a Burnrate database");
        if (v > schema::latestVersion())
            return makeError(
                ErrorCode::Database, path + " was written by a newer Burnrate (schema " + std::to_string(v) + ")");
        return d;
    }
    auto raw = openRaw(path);
    if (!raw)
        return raw.error();
    auto& d = *raw;
    // Refuse files that are not SQLite before we write anything to them.
    if (auto r = execSql(d->m_db, "SELECT count(*) FROM sqlite_master"); !r)
        return makeError(ErrorCode::Database, path + " is not a Burnrate database: " + r.error().detail);
    if (auto r = execSql(d->m_db,
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; "
            "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        !r)
        return r.error();
    if (auto r = d->migrate(); !r)
        return r.error();
    return raw;
}

int Database::userVersion() const
{
    Statement s(m_db, "PRAGMA user_version");
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

Result<void> Database::migrate()
{
    int v = userVersion();
    const auto& steps = schema::migrations();
    if (v > static_cast<int>(steps.size()))
        return makeError(
            ErrorCode::Database, m_path + " was written by a newer Burnrate (schema " + std::to_string(v) + ")");
    if (v == 0) {
        // A non-empty database without our version is someone else's file.
        Statement s(m_db, "SELECT count(*) FROM sqlite_master");
        if (s.step() && s.int64(0) > 0)
            return makeError(ErrorCode::Database, m_path + " is not a Burnrate database");
    }
    for (int i = v; i < static_cast<int>(steps.size()); ++i) {
        if (auto r = execSql(m_db, "BEGIN IMMEDIATE"); !r)
            return r;
        if (auto r = execSql(m_db, steps[static_cast<std::size_t>(i)]); !r) {
            rollback();
            return makeError(
                ErrorCode::Database, "migration to schema " + std::to_string(i + 1) + " failed: " + r.error().detail);
        }
        if (auto r = execSql(m_db, "PRAGMA user_version=" + std::to_string(i + 1)); !r) {
            rollback();
            return r;
        }
        if (auto r = execSql(m_db, "COMMIT"); !r)
            return r;
    }
    return {};
}

Result<void> Database::begin()
{
    return execSql(m_db, "BEGIN IMMEDIATE");
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

std::int64_t Database::intern(Dim kind, std::string_view value)
{
    if (value.empty())
        return 0;
    auto& cache = m_dimCache[static_cast<std::size_t>(kind)];
    if (auto it = cache.find(value); it != cache.end())
        return it->second;
    if (auto id = findDim(kind, value))
        return *id;
    if (!m_insertDim.valid())
        m_insertDim = Statement(m_db, "INSERT INTO dims(kind, value) VALUES(?1, ?2)");
    m_insertDim.bind(1, static_cast<int>(kind)).bind(2, value);
    if (!m_insertDim.exec())
        return 0;
    std::int64_t id = sqlite3_last_insert_rowid(m_db);
    cache.emplace(std::string(value), id);
    return id;
}

std::optional<std::int64_t> Database::findDim(Dim kind, std::string_view value)
{
    if (value.empty())
        return std::int64_t { 0 };
    auto& cache = m_dimCache[static_cast<std::size_t>(kind)];
    if (auto it = cache.find(value); it != cache.end())
        return it->second;
    if (!m_findDim.valid())
        m_findDim = Statement(m_db, "SELECT id FROM dims WHERE kind = ?1 AND value = ?2");
    m_findDim.reset();
    m_findDim.bind(1, static_cast<int>(kind)).bind(2, value);
    std::optional<std::int64_t> out;
    if (m_findDim.step())
        out = m_findDim.int64(0);
    m_findDim.reset();
    if (out)
        cache.emplace(std::string(value), *out);
    return out;
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
    if (source(src.name))
        return makeError(ErrorCode::Invalid, "a source named '" + src.name + "' already exists");
    Statement s(m_db,
        "INSERT INTO sources(name, type, base_url, key_env, interval_min, config, cursor, created) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, src.name).bind(2, src.type).bind(3, src.baseUrl).bind(4, src.keyEnv).bind(5, src.intervalMinutes);
    s.bind(6, src.configJson).bind(7, src.cursor).bind(8, static_cast<std::int64_t>(std::time(nullptr)));
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
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

Result<void> Database::removeSource(const std::string& name)
{
    auto src = source(name);
    if (!src)
        return makeError(ErrorCode::NotFound, "no source named '" + name + "'");
    Statement s(m_db, "DELETE FROM sources WHERE id = ?1");
    s.bind(1, src->id);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return {};
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
    if (auto s = source(name))
        return s->id;
    SourceInfo info;
    info.name = name;
    info.type = type;
    return addSource(info);
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
        "window_to=?8 WHERE id=?1");
    s.bind(1, e.id).bind(2, e.finished.value_or(static_cast<std::int64_t>(std::time(nullptr))));
    s.bind(3, e.pages)
        .bind(4, e.inserted)
        .bind(5, e.updated)
        .bind(6, e.error)
        .bind(7, e.windowFrom)
        .bind(8, e.windowTo);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return {};
}

std::vector<SyncLogEntry> Database::syncLog(std::int64_t sourceId, int limit)
{
    std::vector<SyncLogEntry> out;
    Statement s(m_db,
        "SELECT id, source_id, started, finished, window_from, window_to, pages, inserted, updated, error "
        "FROM sync_log WHERE source_id = ?1 ORDER BY started DESC, id DESC LIMIT ?2");
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
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t Database::eventCount()
{
    Statement s(m_db, "SELECT max(id) FROM events"); // O(1); ids are never reused by deletes here
    return s.step() ? s.int64(0) : 0;
}

} // namespace burnrate

namespace burnrate {
std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
} // namespace burnrate
