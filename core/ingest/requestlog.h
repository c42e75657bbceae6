#pragma once

#include "model/result.h"
#include "model/usage.h"

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace burnrate {

class Database;
class PriceBook;

// Parses a timestamp of an imported record: epoch seconds (or milliseconds, microseconds or nanoseconds,
// told apart by magnitude: a number too large to be seconds before 2200 is read in the next finer unit),
// fractions truncated, or RFC 3339. Both forms must fall in 1970-01-01..2199-12-31 UTC
// (limits::kMinTimestamp..kMaxTimestamp). False with a reason ("bad timestamp '...'" or "... is outside ...").
bool parseImportTimestamp(std::string_view text, bool isNumber, Epoch& out, std::string& reason);

// Parses one JSON Lines record (FORMATS.md fields and OpenTelemetry GenAI aliases) into `out`.
// Returns false with a one-line reason on any invalid record.
bool parseRequestJson(std::string_view line, UsageEvent& out, std::string& reason);

// Maps a CSV header to field positions once, then parses records against it.
class RequestCsvSchema
{
public:
    // False with a reason when required columns are missing.
    bool setHeader(const std::vector<std::string>& header, std::string& reason);
    bool parse(const std::vector<std::string>& fields, UsageEvent& out, std::string& reason) const;

private:
    std::vector<std::string> m_names;
};

struct QuarantinedRow
{
    std::int64_t line = 0;
    std::string reason;
};

struct ImportSummary
{
    std::string file;
    std::int64_t importId = 0; // its row in `imports` (store/importlog.h)
    std::int64_t records = 0; // records read (lines or CSV rows, header excluded)
    std::int64_t inserted = 0, updated = 0, quarantined = 0;
    std::int64_t unpriced = 0;
    std::vector<QuarantinedRow> firstProblems; // up to 20, for the summary
};

// Streams a request log file into the store in constant memory: CSV (.csv, or content that is neither),
// JSON Lines (.jsonl/.ndjson/.json starting with '{'), or a JSON array of records (a file starting with
// '[', streamed element by element). Regular files only. Bad rows (malformed, out of the shared limits of
// model/validate.h, too long or too wide) are quarantined (table `quarantine`) with line and reason and
// the rest is imported; an empty file imports 0 records. A CSV header naming a field twice is refused.
// A failure that stops the import (e.g. a full disk) names the file, the line and how many records were
// committed; `imports.rows_ok` records what was committed in every case.
class RequestLogImporter
{
public:
    RequestLogImporter(Database& db, const PriceBook& prices, std::string sourceName = "import");
    // progress(bytesRead, totalBytes)
    void setProgress(std::function<void(std::int64_t, std::int64_t)> cb)
    {
        m_progress = std::move(cb);
    }
    void setBatchSize(std::size_t n)
    {
        m_batchSize = n;
    }
    // Checked between records from any thread: the import stops, keeps what it has read so far
    // (committed), and reports ErrorCode::Cancelled.
    void setCancel(const std::atomic<bool>* cancel)
    {
        m_cancel = cancel;
    }
    Result<ImportSummary> importFile(const std::string& path);

private:
    Database& m_db;
    const PriceBook& m_prices;
    std::string m_sourceName;
    std::size_t m_batchSize = 100000;
    std::function<void(std::int64_t, std::int64_t)> m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace burnrate
