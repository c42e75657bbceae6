#pragma once
// The Requests page's queries: a keyset-paginated list of requests over a range and filters, one request's
// detail (dimensions, texts, cost breakdown, evals, annotations, its trace), and the review queue's sample.

#include "analytics/costquery.h"
#include "model/money.h"
#include "model/result.h"
#include "model/usage.h"
#include "store/annotationstore.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// Which requests: the range and the dimension/tag filters (as CostQuery), and the request-level conditions.
struct RequestFilter
{
    Epoch from = 0, to = 0; // [from, to)
    std::vector<Filter> filters;
    enum class Status
    {
        Any,
        Ok, // status < 400
        Error // status >= 400
    };
    Status status = Status::Any;
    std::optional<bool> cacheHit; // true: some input served from the prompt cache (cached > 0)
    std::optional<bool> hasText; // prompt/response text stored
    std::optional<bool> annotated; // by anyone
    std::optional<bool> evalPassed; // true: an eval result of the request passed; false: one failed
    std::string search; // words looked up in the prompt and response text (every word must occur)
};

enum class RequestSort
{
    Time, // timestamp, then id
    Cost, // computed cost (unpriced below every priced request)
    Tokens, // input + output tokens
    Latency // latency (unknown below every known latency)
};
const char* requestSortName(RequestSort s);

// Where the previous page ended: the last row's sort key and id.
struct RequestCursor
{
    std::int64_t key = 0;
    std::int64_t id = 0;
    bool operator==(const RequestCursor&) const = default;
};

struct RequestPageQuery
{
    RequestFilter filter;
    RequestSort sort = RequestSort::Time;
    bool descending = true;
    std::optional<RequestCursor> after; // none: the first page
    int limit = 200; // 1..5000
};

struct RequestRow
{
    std::int64_t id = 0; // events.id
    std::string extId; // the source's request id
    Epoch ts = 0;
    std::string provider, model, tenant;
    std::string promptStart; // the first characters of the prompt text ("" when none is stored)
    std::int64_t input = 0, cached = 0, output = 0;
    std::optional<Nano> cost, reportedCost; // no cost: unpriced
    std::optional<std::int64_t> latencyMs;
    int status = 200;
    int annotations = 0;
    int evalsPassed = 0, evalsFailed = 0;
    RequestCursor cursor; // this row's place in the sort order
};

struct RequestPage
{
    std::vector<RequestRow> rows;
    std::optional<RequestCursor> next; // none: this was the last page
};

// One part of a request's cost: tokens x the rate that applied.
struct CostPart
{
    std::string name; // "uncached input", "cache reads", "cache writes 5m", "cache writes 1h", "output"
    std::int64_t tokens = 0;
    Nano ratePerMillion = 0;
    Nano cost = 0;
};

struct EvalRow
{
    Epoch ts = 0;
    std::string name;
    double score = 0;
    std::optional<bool> passed;
};

struct TraceRequest
{
    std::int64_t id = 0;
    std::string extId;
    Epoch ts = 0;
    std::string model;
    std::optional<Nano> cost;
    int status = 200;
};

struct RequestDetail
{
    std::int64_t id = 0;
    std::string source, extId;
    Epoch ts = 0;
    std::vector<std::pair<std::string, std::string>> dims; // dimension name -> value, every stored dimension
    std::vector<std::pair<std::string, std::string>> tags; // key -> value
    bool hasText = false;
    std::string prompt, response;
    TokenCounts tokens;
    int status = 200;
    std::optional<std::int64_t> latencyMs;
    std::optional<std::int64_t> ttftMs; // time to first token (streamed responses, where the source reports it)
    bool cacheHit = false; // served by the proxy's response cache
    bool batch = false;
    std::string serviceTier;
    std::optional<Nano> cost, reportedCost; // as stored
    // The price that produced the stored cost (priceId 0: none, unpriced).
    std::int64_t priceId = 0;
    std::string priceOrigin, priceProvider, priceModel;
    Epoch priceEffectiveFrom = 0;
    bool longContext = false;
    // The breakdown under that price (empty when unpriced); for a response-cache hit (charged 0) what the
    // provider call would have cost.
    std::vector<CostPart> parts;
    std::optional<Nano> recomputed; // the cost engine's total under that price
    std::string priceError; // why the breakdown could not be computed
    std::vector<EvalRow> evals;
    std::vector<Annotation> annotations; // every author's, oldest first
    // The other requests of the same trace within a day either side (the trace id is not indexed), by time.
    std::vector<TraceRequest> trace;
    Nano traceCost = 0; // the cost of the whole trace, this request included
    std::int64_t traceUnpriced = 0; // requests of the trace without a cost
    bool traceTruncated = false; // more than kMaxTraceRequests: the total is still complete
};

inline constexpr int kMaxTraceRequests = 500;
// How far (days either side of a request) its trace is followed while the trace's requests go on.
inline constexpr int kTraceReachDays = 31;
inline constexpr std::size_t kMaxSearchBytes = 4096;

// The FTS5 MATCH expression for user text: each whitespace-separated word becomes a quoted phrase (quotes
// doubled, control characters dropped), so no user text is ever FTS syntax; a trailing * on a word keeps
// prefix search. Empty when the text has no words. Fails (Invalid) above kMaxSearchBytes or 64 words.
Result<std::string> ftsMatchExpression(std::string_view userText);

// How many (key, id) of a cost, tokens or latency order a RequestOrderCache keeps unless told otherwise.
inline constexpr int kOrderCacheRows = 5000;

// The start of a cost, tokens or latency order kept between pages (those orders have no index: a page scans the
// range). The first page scans once and keeps the first kOrderCacheRows (or `rows`) (key, id) of the order after
// its cursor, and one more (a page's look-ahead); a later page that lies within them reads just its rows by id, and
// one past them scans again (so 1,000-row pages scan once every five pages). Dropped when the
// query differs, another connection is used, or the store changed (PRAGMA data_version: another connection's
// commit; this connection's change count), so a page reads what a fresh scan would. One per table (a model);
// safe to use from any thread.
class RequestOrderCache
{
public:
    explicit RequestOrderCache(int rows = kOrderCacheRows)
        : m_capacity(rows < 1 ? 1 : rows)
    {
    }
    // How many pages were served from the kept order, and how many scanned the range (for tests and benchmarks).
    std::int64_t hits() const;
    std::int64_t scans() const;

private:
    friend class RequestQueries;
    mutable std::mutex m_mutex;
    const int m_capacity;
    const Database* m_db = nullptr;
    std::string m_query; // the filter's SQL and values, the sort and its direction
    std::int64_t m_dataVersion = -1, m_changes = -1;
    std::optional<RequestCursor> m_start; // the scan began after this (none: at the first request)
    std::vector<RequestCursor> m_keys; // in the order
    bool m_complete = false; // fewer than kOrderCacheRows: nothing follows the last
    std::int64_t m_hits = 0, m_scans = 0;
};

// The Requests queries over one connection (synchronous, like every core query).
class RequestQueries
{
public:
    // With `orderCache`, pages in cost, tokens or latency order (without a search) keep their order there.
    explicit RequestQueries(Database& db, RequestOrderCache* orderCache = nullptr);
    // One page in the sort order, after `q.after`: each row exactly once across pages even while other
    // connections insert requests (keyset pagination on (key, id), never OFFSET).
    Result<RequestPage> page(const RequestPageQuery& q);
    // The request with id `id` (NotFound when it is gone).
    Result<RequestDetail> detail(std::int64_t id);
    // A reproducible random sample of up to `n` matching requests: ordered by a hash of (seed, id), so the
    // same seed and filter give the same requests in the same order.
    Result<std::vector<std::int64_t>> sample(const RequestFilter& filter, int n, std::uint64_t seed);
    // How many requests match (a full count: for the review queue and tests, not the table).
    Result<std::int64_t> count(const RequestFilter& filter);

private:
    Result<bool> cachedPage(const RequestPageQuery& q, int want, std::vector<RequestRow>& out);

    Database& m_db;
    RequestOrderCache* m_orderCache = nullptr;
};

// The review queue's order key of a request: a 64-bit mix of the seed and the id.
std::uint64_t sampleHash(std::uint64_t seed, std::int64_t id);

} // namespace burnrate
