#pragma once

#include "model/result.h"
#include "model/timeutil.h"
#include "sources/httpclient.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;
class PriceBook;
struct SourceInfo;

// The source types and what each needs: sources/sourcetypes.h.

struct PollOptions
{
    std::optional<Epoch> from, to; // window; default: cursor - overlap (or 30 days back on first run) .. now
    std::string secret; // API key; empty: read the environment variable named by SourceInfo::keyEnv
    std::int64_t overlapSeconds = 48 * 3600;
    std::int64_t firstRunSeconds = 30 * 86400; // backfill depth without a cursor or `from`
    std::optional<Epoch> now; // "now" for window planning (tests); default: the clock
    HttpOptions http; // timeouts, retries, size cap, CA bundle
    std::function<void(const std::string&)> log; // debug lines, secrets redacted
    int pageSize = 0; // LiteLLM spend logs page size; 0 = default (500)
    // Pages one poll of a source may fetch; 0 = the source config's "max_pages", else 1000.
    std::int64_t maxPages = 0;
    // Seconds one poll of a source may take in all (every request, retry and wait); 0 = the source
    // config's "poll_timeout_seconds", else 300.
    std::int64_t pollTimeoutSeconds = 0;
};

struct PollProgress
{
    std::string source;
    std::int64_t pages = 0, rows = 0;
    double fraction = -1; // 0..1 of the window done, -1 unknown
    double etaSeconds = -1;
};

struct PollOutcome
{
    std::string source;
    bool ok = false;
    std::string error; // one line, secrets redacted
    std::int64_t pages = 0, inserted = 0, updated = 0;
    Epoch windowFrom = 0, windowTo = 0;
    double seconds = 0;
    std::int64_t skipped = 0; // source rows that could not be read (not fatal)
    std::int64_t rejected = 0; // rows read but refused as invalid by the store (not fatal; see warnings)
    std::int64_t removed = 0; // stored rows a provider's answer removed without replacement
    std::vector<std::string> warnings; // e.g. why rows were skipped; secrets redacted
};

// Polls one source synchronously (core owns no threads): fetches the window page by page,
// upserts idempotently, advances the cursor only on success, writes a sync_log row.
// `cancel` may be set from another thread. Never throws.
PollOutcome pollSource(Database& db, const PriceBook& prices, const SourceInfo& source, const PollOptions& options,
    const std::function<void(const PollProgress&)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

} // namespace burnrate
