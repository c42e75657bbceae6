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
    std::int64_t records = 0; // records read (lines or CSV rows, header excluded)
    std::int64_t inserted = 0, updated = 0, quarantined = 0;
    std::int64_t unpriced = 0;
    std::vector<QuarantinedRow> firstProblems; // up to 20, for the summary
};

// Streams a request log file (.jsonl/.json/.ndjson or .csv, by extension or content) into the
// store in constant memory. Bad rows are quarantined (table `quarantine`) with line and reason.
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
    std::size_t m_batchSize = 20000;
    std::function<void(std::int64_t, std::int64_t)> m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace burnrate
