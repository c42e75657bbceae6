#include "sources/poller.h"

#include "pricing/pricebook.h"
#include "sources/connector.h"
#include "sources/gcpauth.h"
#include "sources/litellm.h"
#include "sources/providers.h"
#include "sources/sourcetypes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <set>
#include <unordered_set>

namespace burnrate {

namespace {

Epoch ceilTo(Epoch t, Epoch unit)
{
    Epoch f = t - ((t % unit) + unit) % unit;
    return f == t ? t : f + unit;
}

// A string setting of SourceInfo::configJson ("" when absent or not a string).
std::string configString(const std::string& configJson, const char* key)
{
    auto j = nlohmann::json::parse(configJson, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return {};
    auto it = j.find(key);
    return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

// A positive integer setting of SourceInfo::configJson (nullopt when absent or not a positive number).
std::optional<std::int64_t> configCount(const std::string& configJson, const char* key)
{
    auto j = nlohmann::json::parse(configJson, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::nullopt;
    double v = it->get<double>();
    if (!(v >= 1) || v > 1e12)
        return std::nullopt;
    return static_cast<std::int64_t>(v);
}

Error withContext(const Error& e, const std::string& prefix)
{
    return Error { e.code, prefix + e.detail };
}

bool hasRows(const UsageInterval& iv)
{
    return !iv.rows.empty();
}

bool hasRows(const CostInterval& iv)
{
    return !iv.lines.empty();
}

constexpr std::size_t kMaxRejectReasons = 5;

} // namespace

PollContext::PollContext(Database& d, const PriceBook& p, const SourceInfo& s, const PollOptions& o,
    const std::function<void(const PollProgress&)>& cb, const std::atomic<bool>* c)
    : db(d)
    , prices(p)
    , source(s)
    , options(o)
    , http(o.http)
    , writer(d, p, s.id)
    , progressCb(cb)
    , cancel(c)
{
    http.setCancel(c);
    out.source = s.name;
}

void PollContext::report(double fraction)
{
    if (!progressCb)
        return;
    PollProgress p;
    p.source = source.name;
    p.pages = out.pages;
    p.rows = rows;
    if (fraction >= 0 && phases > 0) {
        p.fraction = std::clamp((phase + std::min(fraction, 1.0)) / phases, 0.0, 1.0);
        double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (p.fraction > 0.01)
            p.etaSeconds = elapsed / p.fraction * (1 - p.fraction);
    }
    progressCb(p);
}

void PollContext::log(const std::string& line) const
{
    if (options.log)
        options.log(redacted(line));
}

std::string PollContext::redacted(const std::string& text) const
{
    std::vector<std::string> all = secrets;
    all.push_back(urlPassword(baseUrl));
    return redact(text, all);
}

Result<void> PollContext::mayFetchPage(const std::string& label, std::int64_t pageNo)
{
    if (cancelled())
        return makeError(ErrorCode::Cancelled, "cancelled");
    if (http.pastDeadline())
        return http.deadlineError(label + ": stopped before page " + std::to_string(pageNo));
    if (out.pages >= maxPages) {
        stoppedByLimit = true;
        return makeError(ErrorCode::Parse,
            label + ": stopped after " + std::to_string(out.pages) + " pages (page limit " + std::to_string(maxPages)
                + " per poll; the server keeps saying there is more - raise \"max_pages\" in the source config if "
                  "that is real)");
    }
    return {};
}

void PollContext::reject(const std::string& what, const Error& e)
{
    ++rejected;
    if (rejectReasons.size() < kMaxRejectReasons)
        rejectReasons.push_back(redacted(what + ": " + e.detail));
}

std::vector<WidthRange> planRanges(Epoch from, Epoch to, Epoch now)
{
    std::vector<WidthRange> out;
    Epoch dayFrom = floorDay(from);
    Epoch boundary = floorDay(now) - 2 * kSecondsPerDay;
    Epoch dailyTo = std::min(ceilTo(to, kSecondsPerDay), boundary);
    if (dayFrom < dailyTo)
        out.push_back({ dayFrom, dailyTo, false });
    Epoch hourlyFrom = std::max(dayFrom, boundary);
    Epoch hourlyTo = ceilTo(to, 3600);
    if (hourlyFrom < hourlyTo)
        out.push_back({ hourlyFrom, hourlyTo, true });
    return out;
}

// Walks a paginated provider report page by page. Each time interval a page covers replaces what
// was stored for it (revisions and vanished groups are corrected); each page commits on its own.
// Replacement never reaches outside [rangeFrom, rangeTo), the window asked for: an empty interval is
// clipped to it, an interval with rows that does not lie inside it is ignored (its rows could not be
// placed without double counting), and both are reported.
template <typename Page, typename WriteInterval>
Result<void> fetchPages(PollContext& c, const std::string& url, const HttpHeaders& headers,
    const std::function<Result<Page>(std::string_view)>& parse, const std::string& label, Epoch rangeFrom,
    Epoch rangeTo, WriteInterval writeInterval)
{
    std::string cursor;
    std::unordered_set<std::string> seen;
    std::set<std::pair<Epoch, Epoch>> seenIntervals;
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage(label, pageNo); !ok)
            return ok;
        std::string u = url + (cursor.empty() ? "" : "&page=" + urlEncode(cursor));
        auto resp = c.http.get(u, headers);
        if (!resp)
            return resp.error();
        auto page = parse(resp->body);
        if (!page)
            return withContext(page.error(),
                label + " page " + std::to_string(pageNo) + " ("
                    + (resp->contentType.empty() ? "no content type" : resp->contentType) + "): ");
        Epoch lastEnd = rangeFrom;
        bool fresh = false; // the page holds an interval of the window not seen before in this walk
        for (const auto& iv : page->intervals) {
            const bool inside = iv.start >= rangeFrom && iv.end <= rangeTo;
            if (!inside) {
                if (c.outsideIntervals++ == 0)
                    c.firstOutside = formatTimestamp(iv.start) + " .. " + formatTimestamp(iv.end);
                if (iv.end <= rangeFrom || iv.start >= rangeTo || hasRows(iv))
                    continue;
            }
            const Epoch from = std::max(iv.start, rangeFrom), to = std::min(iv.end, rangeTo);
            fresh = seenIntervals.insert({ from, to }).second || fresh;
            // writeInterval returns (rows written, rows it replaced).
            Result<std::pair<std::int64_t, std::int64_t>> written = writeInterval(iv, from, to);
            if (!written)
                return written.error();
            auto [n, removed] = *written;
            std::int64_t upd = std::min(n, removed);
            c.out.updated += upd;
            c.out.inserted += n - upd;
            c.removed += removed - upd;
            c.rows += n;
            lastEnd = std::max(lastEnd, to);
        }
        if (auto r = c.writer.commit(); !r)
            return r.error();
        ++c.out.pages;
        c.report(rangeTo > rangeFrom ? double(lastEnd - rangeFrom) / double(rangeTo - rangeFrom) : -1);
        if (!page->hasMore)
            return {};
        if (!fresh)
            return makeError(ErrorCode::Parse,
                label + ": page " + std::to_string(pageNo)
                    + " adds nothing new but has_more is still true (the server repeats itself); stopping");
        if (!seen.insert(page->nextPage).second)
            return makeError(ErrorCode::Parse, label + ": the next_page cursor repeats; stopping");
        cursor = page->nextPage;
    }
}

Result<void> fetchUsagePages(PollContext& c, const std::string& url, const HttpHeaders& headers,
    const std::function<Result<UsagePage>(std::string_view)>& parse, const std::string& kind, Epoch rangeFrom,
    Epoch rangeTo)
{
    return fetchPages<UsagePage>(c, url, headers, parse, kind, rangeFrom, rangeTo,
        [&](const UsageInterval& iv, Epoch from, Epoch to) -> Result<std::pair<std::int64_t, std::int64_t>> {
            auto removed = c.writer.removeBuckets(from, to, kind);
            if (!removed)
                return removed.error();
            std::int64_t n = 0;
            for (const UsageBucket& b : iv.rows) {
                if (auto r = c.writer.add(b); !r) {
                    if (r.error().code != ErrorCode::Invalid)
                        return r.error();
                    c.reject(kind + " bucket " + formatTimestamp(b.start) + " model '" + b.dims.model + "'", r.error());
                    continue;
                }
                ++n;
            }
            return std::make_pair(n, static_cast<std::int64_t>(*removed));
        });
}

Result<void> fetchCostPages(PollContext& c, const std::string& url, const HttpHeaders& headers,
    const std::function<Result<CostPage>(std::string_view)>& parse, Epoch rangeFrom, Epoch rangeTo)
{
    return fetchPages<CostPage>(c, url, headers, parse, "costs", rangeFrom, rangeTo,
        [&](const CostInterval& iv, Epoch from, Epoch to) -> Result<std::pair<std::int64_t, std::int64_t>> {
            auto removed = c.writer.removeCostLines(from, to);
            if (!removed)
                return removed.error();
            std::int64_t n = 0;
            for (const CostLine& l : iv.lines) {
                if (auto r = c.writer.add(l); !r) {
                    if (r.error().code != ErrorCode::Invalid)
                        return r.error();
                    c.reject("cost line " + formatTimestamp(l.start) + " '" + l.lineItem + "'", r.error());
                    continue;
                }
                ++n;
            }
            return std::make_pair(n, static_cast<std::int64_t>(*removed));
        });
}

namespace {

template <typename Row, typename Describe>
Result<void> replaceRows(PollContext& c, Result<std::int64_t> removed, const std::vector<Row>& rows, Describe describe)
{
    if (!removed)
        return removed.error();
    std::int64_t written = 0;
    for (const Row& row : rows) {
        if (auto ok = c.writer.add(row); !ok) {
            if (ok.error().code != ErrorCode::Invalid)
                return ok.error();
            c.reject(describe(row), ok.error());
            continue;
        }
        ++written;
    }
    if (auto ok = c.writer.commit(); !ok)
        return ok;
    const std::int64_t upd = std::min<std::int64_t>(written, *removed);
    c.out.updated += upd;
    c.out.inserted += written - upd;
    c.removed += *removed - upd;
    c.rows += written;
    return {};
}

} // namespace

Result<void> replaceBuckets(
    PollContext& c, Epoch from, Epoch to, const std::string& kind, const std::vector<UsageBucket>& rows)
{
    return replaceRows(c, c.writer.removeBuckets(from, to, kind), rows, [&](const UsageBucket& b) {
        return kind + " bucket " + formatTimestamp(b.start) + " model '" + b.dims.model + "'";
    });
}

Result<void> replaceCostLines(PollContext& c, Epoch from, Epoch to, const std::vector<CostLine>& rows)
{
    return replaceRows(c, c.writer.removeCostLines(from, to), rows,
        [](const CostLine& l) { return "cost line " + formatTimestamp(l.start) + " '" + l.lineItem + "'"; });
}

Result<void> pollOpenAI(PollContext& c)
{
    HttpHeaders headers = { { "Authorization", "Bearer " + c.secret }, { "Accept", "application/json" } };
    auto ranges = planRanges(c.from, c.to, c.now);
    struct Kind
    {
        const char* name;
        std::vector<const char*> groupBy;
    };
    const std::vector<Kind> kinds = {
        { "completions", { "model", "project_id", "api_key_id", "user_id", "batch", "service_tier" } },
        { "embeddings", { "model", "project_id", "api_key_id", "user_id" } },
    };
    c.phases = static_cast<int>(kinds.size() * ranges.size()) + 1;
    c.phase = 0;
    for (const Kind& k : kinds) {
        for (const WidthRange& r : ranges) {
            std::string url = c.baseUrl + "/organization/usage/" + k.name + "?start_time=" + std::to_string(r.from)
                + "&end_time=" + std::to_string(r.to) + "&bucket_width=" + (r.hourly ? "1h" : "1d")
                + "&limit=" + (r.hourly ? "168" : "31");
            for (const char* g : k.groupBy)
                url += std::string("&group_by[]=") + g;
            std::string kind = k.name;
            auto res = fetchUsagePages(
                c, url, headers, [&](std::string_view body) { return parseOpenAIUsagePage(body, kind); }, kind, r.from,
                r.to);
            if (!res)
                return res;
            ++c.phase;
        }
    }
    Epoch cf = floorDay(c.from), ct = ceilTo(c.to, kSecondsPerDay);
    std::string url = c.baseUrl + "/organization/costs?start_time=" + std::to_string(cf)
        + "&end_time=" + std::to_string(ct) + "&bucket_width=1d&limit=31&group_by[]=project_id&group_by[]=line_item";
    auto res = fetchCostPages(c, url, headers, parseOpenAICostsPage, cf, ct);
    ++c.phase;
    return res;
}

Result<void> pollAnthropic(PollContext& c)
{
    // Admin API keys go in x-api-key; OAuth tokens with the org:admin scope ({"auth":"bearer"}) as a bearer.
    HttpHeaders headers = { { "anthropic-version", "2023-06-01" }, { "Accept", "application/json" } };
    if (configString(c.source.configJson, "auth") == "bearer")
        headers.emplace_back("Authorization", "Bearer " + c.secret);
    else
        headers.emplace_back("x-api-key", c.secret);
    auto ranges = planRanges(c.from, c.to, c.now);
    c.phases = static_cast<int>(ranges.size()) + 1;
    c.phase = 0;
    for (const WidthRange& r : ranges) {
        std::string url = c.baseUrl + "/v1/organizations/usage_report/messages?starting_at="
            + urlEncode(formatTimestamp(r.from)) + "&ending_at=" + urlEncode(formatTimestamp(r.to))
            + "&bucket_width=" + (r.hourly ? "1h" : "1d") + "&limit=" + (r.hourly ? "168" : "31");
        for (const char* g : { "model", "workspace_id", "api_key_id", "service_tier", "context_window" })
            url += std::string("&group_by[]=") + g;
        auto res = fetchUsagePages(c, url, headers, parseAnthropicUsagePage, "messages", r.from, r.to);
        if (!res)
            return res;
        ++c.phase;
    }
    Epoch cf = floorDay(c.from), ct = ceilTo(c.to, kSecondsPerDay);
    std::string url = c.baseUrl + "/v1/organizations/cost_report?starting_at=" + urlEncode(formatTimestamp(cf))
        + "&ending_at=" + urlEncode(formatTimestamp(ct))
        + "&bucket_width=1d&limit=31&group_by[]=workspace_id&group_by[]=description";
    auto res = fetchCostPages(c, url, headers, parseAnthropicCostPage, cf, ct);
    ++c.phase;
    return res;
}

namespace {

std::string liteDateTime(Epoch t)
{
    std::string s = formatTimestamp(t); // YYYY-MM-DDTHH:MM:SSZ
    s[10] = ' ';
    s.pop_back();
    return s;
}

} // namespace

Result<void> pollLiteLLMSpend(PollContext& c)
{
    auto rules = AttributionRules::fromConfig(c.source.configJson);
    if (!rules)
        return rules.error();
    HttpHeaders headers = { { "Authorization", "Bearer " + c.secret }, { "Accept", "application/json" } };
    const int pageSize = c.options.pageSize > 0 ? c.options.pageSize : 500;
    std::unordered_set<std::string> seen;
    c.phases = 1;
    c.phase = 0;
    // Rows arrive sorted by time; while they do, everything before the newest row read is stored.
    std::optional<Epoch> newest;
    bool ordered = true;
    auto store = [&](SpendLogPage& page, bool filterWindow, std::int64_t& fresh) -> Result<void> {
        auto before = c.writer.stats();
        fresh = 0;
        for (auto& e : page.events) {
            if (filterWindow && (e.ts < c.from || e.ts >= c.to))
                continue;
            if (!seen.insert(e.id).second)
                continue; // offset paging can repeat a row when new rows arrive mid-poll
            ++fresh;
            if (newest && e.ts < *newest)
                ordered = false;
            newest = newest ? std::max(*newest, e.ts) : e.ts;
            if (auto r = c.writer.add(e); !r) {
                if (r.error().code != ErrorCode::Invalid)
                    return r;
                c.reject("request " + e.id + " at " + formatTimestamp(e.ts), r.error());
            }
        }
        if (auto r = c.writer.commit(); !r)
            return r;
        auto after = c.writer.stats();
        c.out.inserted += after.inserted - before.inserted;
        c.out.updated += after.updated - before.updated;
        c.rows += (after.inserted - before.inserted) + (after.updated - before.updated);
        c.out.skipped += page.skipped;
        for (const auto& p : page.problems)
            if (c.out.warnings.size() < 10)
                c.out.warnings.push_back(c.redacted(p));
        ++c.out.pages;
        if (ordered && newest && !filterWindow)
            c.completeUpTo = std::min(*newest, c.to);
        else
            c.completeUpTo.reset(); // out of order: what came before may still be missing
        return {};
    };
    std::string base = c.baseUrl + "/spend/logs/v2?start_date=" + urlEncode(liteDateTime(c.from))
        + "&end_date=" + urlEncode(liteDateTime(c.to - 1)) + "&page_size=" + std::to_string(pageSize)
        + "&sort_by=startTime&sort_order=asc";
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("spend logs", pageNo); !ok)
            return ok;
        auto resp = c.http.get(base + "&page=" + std::to_string(pageNo), headers);
        if (!resp) {
            if (pageNo == 1 && c.http.lastStatus() == 404)
                break; // an older proxy without /spend/logs/v2: use the legacy endpoint below
            return resp.error();
        }
        auto page = parseSpendLogsPage(resp->body, *rules);
        if (!page)
            return withContext(page.error(), "spend logs page " + std::to_string(pageNo) + ": ");
        std::int64_t fresh = 0;
        if (auto r = store(*page, false, fresh); !r)
            return r;
        c.report(page->totalPages > 0 ? double(pageNo) / double(page->totalPages) : -1);
        if (pageNo >= page->totalPages || (page->events.empty() && page->skipped == 0))
            return {};
        if (!page->events.empty() && fresh == 0)
            return makeError(ErrorCode::Parse,
                "spend logs: page " + std::to_string(pageNo) + " of " + std::to_string(page->totalPages)
                    + " only repeats rows already read; stopping");
    }
    c.log("spend logs: /spend/logs/v2 not found, using the legacy /spend/logs");
    // The legacy endpoint takes whole days and excludes the end day; rows outside the window are dropped.
    std::string url = c.baseUrl + "/spend/logs?start_date=" + formatDate(c.from)
        + "&end_date=" + formatDate(ceilTo(c.to, kSecondsPerDay) + kSecondsPerDay) + "&summarize=false";
    auto resp = c.http.get(url, headers);
    if (!resp)
        return resp.error();
    auto page = parseSpendLogsPage(resp->body, *rules);
    if (!page)
        return withContext(page.error(), "legacy spend logs: ");
    std::int64_t fresh = 0;
    if (auto r = store(*page, true, fresh); !r)
        return r;
    c.report(1);
    return {};
}

PollOutcome pollSource(Database& db, const PriceBook& prices, const SourceInfo& source, const PollOptions& givenOptions,
    const std::function<void(const PollProgress&)>& progress, const std::atomic<bool>* cancel)
{
    PollOutcome failed;
    failed.source = source.name;
    try {
        const SourceType* type = findSourceType(source.type);
        if (!type) {
            failed.error = "unknown source type '" + source.type + "'";
            return failed;
        }
        PollOptions options = givenOptions;
        // A per-source CA bundle ({"ca_bundle":"/path/ca.pem"}) for gateways with a private CA.
        if (options.http.caBundle.empty())
            options.http.caBundle = configString(source.configJson, "ca_bundle");
        PollContext c(db, prices, source, options, progress, cancel);
        std::string credentialError;
        if (type->credential == SourceCredential::Aws) {
            c.region = sourceRegion(source);
            auto aws = resolveAwsCredentials(source, options.secret);
            if (aws) {
                c.aws = *aws;
                c.secret = aws->secretAccessKey;
                c.http.addSecret(aws->sessionToken);
            } else {
                credentialError = aws.error().detail;
            }
        } else {
            c.secret = options.secret;
            if (c.secret.empty() && !source.keyEnv.empty())
                if (const char* v = std::getenv(source.keyEnv.c_str()))
                    c.secret = v;
        }
        c.secrets = looksLikeJsonKey(c.secret) ? jsonKeySecrets(c.secret) : std::vector<std::string> { c.secret };
        for (const std::string& secret : c.secrets)
            c.http.addSecret(secret);
        c.baseUrl = effectiveBaseUrl(source);
        c.http.addSecret(urlPassword(c.baseUrl));
        // Limits of one poll: a server that never stops paging or drips its answer cannot hold the source.
        c.maxPages
            = options.maxPages > 0 ? options.maxPages : configCount(source.configJson, "max_pages").value_or(1000);
        c.timeLimitSeconds = options.pollTimeoutSeconds > 0
            ? options.pollTimeoutSeconds
            : configCount(source.configJson, "poll_timeout_seconds").value_or(300);
        c.timeLimitSeconds = std::min<std::int64_t>(c.timeLimitSeconds, 100'000'000); // ~3 years: no clock overflow
        c.http.setDeadline(c.started + std::chrono::seconds(c.timeLimitSeconds), c.timeLimitSeconds);
        const Epoch wall = static_cast<Epoch>(std::time(nullptr));
        c.now = options.now.value_or(wall);
        // {"overlap_hours": N} in the source config replaces the default overlap (e.g. a busy proxy's
        // spend logs need minutes, not two days).
        std::int64_t overlap = options.overlapSeconds;
        if (auto j = nlohmann::json::parse(source.configJson, nullptr, false); j.is_object())
            if (auto it = j.find("overlap_hours");
                it != j.end() && it->is_number() && it->get<double>() >= 0 && it->get<double>() < 24 * 366)
                overlap = static_cast<std::int64_t>(it->get<double>() * 3600);
        if (options.from)
            c.from = *options.from;
        else if (source.cursor > 0)
            c.from = source.cursor - std::max<std::int64_t>(overlap, 0);
        else
            c.from = c.now - options.firstRunSeconds;
        c.to = std::min(options.to.value_or(c.now), c.now);
        if (type->pointInTime)
            c.from = c.to = c.now; // a scrape is a point in time

        c.out.windowFrom = c.from;
        c.out.windowTo = c.to;
        std::string error;
        if (c.from > c.to || (c.from == c.to && !type->pointInTime))
            error = "empty window: from " + formatTimestamp(c.from) + " is not before to " + formatTimestamp(c.to);
        else if (!credentialError.empty())
            error = credentialError;
        else if (c.secret.empty() && type->credential == SourceCredential::ApiKey)
            error = "no API key: "
                + (source.keyEnv.empty() ? std::string("store one in the keychain or name an environment variable")
                                         : "environment variable " + source.keyEnv + " is not set");
        auto syncId = db.beginSync(source.id, c.from, c.to);
        if (error.empty()) {
            Result<void> r = type->poll(c);
            if (r)
                r = c.writer.commit();
            if (!r) {
                error = c.redacted(r.error().detail);
                // Drop the unfinished page; every page committed before it stays.
                c.writer.abort();
            }
        }
        c.out.ok = error.empty();
        c.out.error = error;
        c.out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - c.started).count();
        c.out.rejected = c.rejected;
        c.out.removed = c.removed;
        // Rows the store refused are no silent success: the count and the first reason go to the
        // outcome and the sync log.
        std::string rejectedNote;
        if (c.rejected > 0) {
            rejectedNote = std::to_string(c.rejected) + (c.rejected == 1 ? " row" : " rows")
                + " rejected: " + (c.rejectReasons.empty() ? std::string("invalid") : c.rejectReasons.front());
            std::vector<std::string> w { rejectedNote };
            for (std::size_t i = 1; i < c.rejectReasons.size(); ++i)
                w.push_back("also rejected: " + c.rejectReasons[i]);
            c.out.warnings.insert(c.out.warnings.begin(), w.begin(), w.end());
        }
        if (c.outsideIntervals > 0)
            c.out.warnings.push_back(std::to_string(c.outsideIntervals)
                + " provider time bucket(s) reached outside the window asked for (first: " + c.firstOutside
                + "); nothing outside the window was changed");

        // Cursor and status: re-read the row so a concurrent edit of other fields is not undone.
        SourceInfo s = db.source(source.name).value_or(source);
        if (c.out.ok) {
            s.cursor = std::max(s.cursor, c.to);
            s.lastSuccess = wall;
            s.lastError.clear();
        } else {
            s.lastError = error;
            // A run stopped by the page cap or the time limit keeps what it read in time order, so the
            // next run goes on from there instead of failing at the same place forever.
            if ((c.stoppedByLimit || c.http.pastDeadline()) && c.completeUpTo)
                s.cursor = std::max(s.cursor, *c.completeUpTo);
        }
        if (auto r = db.updateSource(s); !r && c.out.ok) {
            c.out.ok = false;
            c.out.error = "cannot save the cursor: " + r.error().detail;
        }
        if (syncId) {
            SyncLogEntry e;
            e.id = *syncId;
            e.sourceId = source.id;
            e.windowFrom = c.from;
            e.windowTo = c.to;
            e.pages = c.out.pages;
            e.inserted = c.out.inserted;
            e.updated = c.out.updated;
            e.removed = c.removed;
            e.error = c.out.error;
            if (!rejectedNote.empty())
                e.error = e.error.empty() ? rejectedNote : e.error + "; " + rejectedNote;
            (void)db.finishSync(e);
        }
        return c.out;
    } catch (const std::exception& e) {
        failed.error
            = std::string("internal error: ") + redact(e.what(), { givenOptions.secret, urlPassword(source.baseUrl) });
        return failed;
    }
}

} // namespace burnrate
