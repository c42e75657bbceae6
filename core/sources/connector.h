#pragma once

// Internal to core/sources: what every connector shares during one poll.

#include "model/usage.h"
#include "sources/awscredentials.h"
#include "sources/httpclient.h"
#include "sources/pages.h"
#include "sources/poller.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

struct PollContext
{
    PollContext(Database& db, const PriceBook& prices, const SourceInfo& source, const PollOptions& options,
        const std::function<void(const PollProgress&)>& progress, const std::atomic<bool>* cancel);

    Database& db;
    const PriceBook& prices;
    SourceInfo source;
    const PollOptions& options;
    HttpClient http;
    UsageWriter writer;
    const std::function<void(const PollProgress&)>& progressCb;
    const std::atomic<bool>* cancel;
    std::string secret, baseUrl; // baseUrl without a trailing slash
    // What redacted() masks besides the base URL's password: the secret itself, or for a JSON key (a Google
    // service-account key) its private parts and, once signed in, the access token - not the whole JSON,
    // whose field names would otherwise be masked out of every message.
    std::vector<std::string> secrets;
    std::optional<AwsCredentials> aws; // AWS source types (sourcetypes.h)
    std::string region;
    Epoch from = 0, to = 0, now = 0;
    PollOutcome out;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    int phase = 0, phases = 1;
    std::int64_t rows = 0;
    // Limits of this poll (from PollOptions, else the source config, else the defaults).
    std::int64_t maxPages = 1000, timeLimitSeconds = 300;
    // Rows the store refused as invalid (UsageWriter::add -> ErrorCode::Invalid), with the first reasons.
    std::int64_t rejected = 0;
    std::vector<std::string> rejectReasons;
    // Stored rows removed and not replaced (a provider interval that came back with fewer rows).
    std::int64_t removed = 0;
    // Provider intervals ignored because they lie (partly) outside the window asked for.
    std::int64_t outsideIntervals = 0;
    std::string firstOutside;
    // Set by a connector that reads in time order: everything before this time is stored, so a run
    // stopped by a limit may still move the cursor this far (never past what was not fetched).
    std::optional<Epoch> completeUpTo;
    bool stoppedByLimit = false; // the page cap ended the run

    bool cancelled() const
    {
        return cancel && cancel->load();
    }
    // Before fetching page `pageNo` of a paginated endpoint: cancelled, past the poll time limit, or
    // over the page cap is an error naming the cause.
    Result<void> mayFetchPage(const std::string& label, std::int64_t pageNo);
    // Records a row the store refused as invalid; `what` names the row (time, model).
    void reject(const std::string& what, const Error& e);
    // Reports progress with `fraction` of the current phase done (-1 unknown).
    void report(double fraction);
    void log(const std::string& line) const;
    std::string redacted(const std::string& text) const;
};

// A contiguous part of the window polled with one bucket width.
struct WidthRange
{
    Epoch from = 0, to = 0;
    bool hourly = false;
};
// 1d buckets for whole days before (today - 2), 1h buckets from there to `to` - never both
// widths for the same time, so the billing lens cannot double count.
std::vector<WidthRange> planRanges(Epoch from, Epoch to, Epoch now);

// Fetches every page of a usage endpoint (`url` has its query; the cursor is appended) and
// replaces each returned provider interval in the store, one transaction per page.
Result<void> fetchUsagePages(PollContext& c, const std::string& url, const HttpHeaders& headers,
    const std::function<Result<UsagePage>(std::string_view)>& parse, const std::string& kind, Epoch rangeFrom,
    Epoch rangeTo);
Result<void> fetchCostPages(PollContext& c, const std::string& url, const HttpHeaders& headers,
    const std::function<Result<CostPage>(std::string_view)>& parse, Epoch rangeFrom, Epoch rangeTo);

// Replaces what the source stored for [from, to) - its buckets of `kind`, or its cost lines - with `rows`
// in one transaction, and counts the change in the outcome (inserted, updated, removed). A row the store
// refuses as invalid is rejected (counted and reported), the rest land. For connectors that read a whole
// range before writing it (CloudWatch, Cloud Monitoring, Cost Explorer).
Result<void> replaceBuckets(
    PollContext& c, Epoch from, Epoch to, const std::string& kind, const std::vector<UsageBucket>& rows);
Result<void> replaceCostLines(PollContext& c, Epoch from, Epoch to, const std::vector<CostLine>& rows);

Result<void> pollOpenAI(PollContext& c);
Result<void> pollAnthropic(PollContext& c);
Result<void> pollLiteLLMSpend(PollContext& c);
Result<void> pollLiteLLMMetrics(PollContext& c);
Result<void> pollBedrock(PollContext& c);
Result<void> pollAwsCosts(PollContext& c);
Result<void> pollLambda(PollContext& c);
Result<void> pollVertex(PollContext& c);
Result<void> pollGcpBilling(PollContext& c); // sources/gcpbilling.cpp

} // namespace burnrate
