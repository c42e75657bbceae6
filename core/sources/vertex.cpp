// The vertex source: Cloud Monitoring timeSeries of Vertex AI publisher models - token counts by model and
// type (input, output) and invocation counts - as billing-lens buckets of provider google, priced from the
// catalog. The secret (the keychain, or the environment variable named by key_env) is an OAuth access token
// (e.g. `gcloud auth print-access-token`) or a service-account JSON key, which is exchanged for an access
// token once per poll (sources/gcpauth.h); the project from the config's "project".
#include "sources/vertex.h"

#include "sources/connector.h"
#include "sources/gcpauth.h"
#include "sources/jsonutil.h"

#include <map>
#include <set>

namespace burnrate {

using jsonutil::json;

namespace {

constexpr const char* kTokenMetric = "aiplatform.googleapis.com/publisher/online_serving/token_count";
constexpr const char* kMonitoringScope = "https://www.googleapis.com/auth/monitoring.read";
constexpr const char* kInvocationMetric = "aiplatform.googleapis.com/publisher/online_serving/model_invocation_count";

std::string modelOf(std::string id)
{
    // "publishers/google/models/gemini-2.5-flash" -> "gemini-2.5-flash"
    if (auto at = id.rfind("/models/"); at != std::string::npos)
        id = id.substr(at + 8);
    return id;
}

} // namespace

Result<TimeSeriesPage> parseTimeSeriesPage(std::string_view body)
{
    auto j = json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, "timeSeries.list: not a JSON object (truncated or an error page?)");
    TimeSeriesPage page;
    if (auto it = j.find("timeSeries"); it != j.end() && !it->is_null()) {
        if (!it->is_array())
            return makeError(ErrorCode::Parse, "timeSeries.list: timeSeries is not a list");
        for (const json& ts : *it) {
            TimeSeriesPoints series;
            const json metric = ts.is_object() ? ts.value("metric", json::object()) : json::object();
            const json resource = ts.is_object() ? ts.value("resource", json::object()) : json::object();
            // (A named copy: a range-for over items() of a temporary would dangle.)
            for (const auto& [prefix, owner] :
                { std::pair { "metric.", &metric }, std::pair { "resource.", &resource } }) {
                const json labels = owner->is_object() ? owner->value("labels", json::object()) : json::object();
                if (!labels.is_object())
                    continue;
                for (const auto& [k, v] : labels.items())
                    if (v.is_string())
                        series.labels[prefix + k] = v.get<std::string>();
            }
            const json points = ts.is_object() ? ts.value("points", json::array()) : json::array();
            if (!points.is_array())
                return makeError(ErrorCode::Parse, "timeSeries.list: points is not a list");
            for (const json& p : points) {
                const json interval = p.is_object() ? p.value("interval", json::object()) : json::object();
                auto end = parseTimestamp(jsonutil::str(interval, "endTime"));
                if (!end)
                    return makeError(ErrorCode::Parse, "timeSeries.list: a point without a valid interval.endTime");
                const json value = p.is_object() ? p.value("value", json::object()) : json::object();
                // int64Value is a string in proto3 JSON; a number is accepted too.
                std::optional<std::int64_t> n;
                if (value.is_object() && value.contains("int64Value")) {
                    const json& v = value["int64Value"];
                    if (v.is_string()) {
                        const std::string& s = v.get_ref<const std::string&>();
                        if (!s.empty() && s.size() <= 16 && s.find_first_not_of("0123456789") == std::string::npos)
                            n = std::stoll(s);
                    } else {
                        n = jsonutil::count(value, "int64Value");
                    }
                } else if (value.is_object() && value.contains("doubleValue")) {
                    n = jsonutil::count(value, "doubleValue");
                }
                if (!n || *n < 0 || *n > (std::int64_t(1) << 53))
                    return makeError(ErrorCode::Parse, "timeSeries.list: a point whose value is not a count");
                series.points.emplace_back(*end, *n);
            }
            page.series.push_back(std::move(series));
        }
    }
    page.nextPageToken = jsonutil::str(j, "nextPageToken");
    if (auto e = j.find("executionErrors"); e != j.end() && e->is_array() && !e->empty())
        page.partial = true;
    return page;
}

namespace {

// Every series of one metric over [from, to), aligned to `period` and summed per model (and token type),
// all pages.
Result<std::vector<TimeSeriesPoints>> fetchSeries(PollContext& c, const std::string& bearer, const std::string& project,
    const char* metric, bool byType, Epoch from, Epoch to, Epoch period)
{
    std::vector<TimeSeriesPoints> out;
    std::string token;
    std::set<std::string> tokens;
    const std::string filter = std::string("metric.type = \"") + metric
        + "\" AND resource.type = \"aiplatform.googleapis.com/PublisherModel\"";
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("timeSeries.list", pageNo); !ok)
            return ok.error();
        std::string url = c.baseUrl + "/v3/projects/" + urlEncode(project) + "/timeSeries?filter=" + urlEncode(filter)
            + "&interval.startTime=" + urlEncode(formatTimestamp(from))
            + "&interval.endTime=" + urlEncode(formatTimestamp(to))
            + "&aggregation.alignmentPeriod=" + std::to_string(period) + "s&aggregation.perSeriesAligner=ALIGN_SUM"
            + "&aggregation.crossSeriesReducer=REDUCE_SUM&aggregation.groupByFields=resource.label.model_user_id"
            + (byType ? "&aggregation.groupByFields=metric.label.type" : "") + "&view=FULL&pageSize=100000";
        if (!token.empty())
            url += "&pageToken=" + urlEncode(token);
        auto resp = c.http.get(url, { { "Authorization", "Bearer " + bearer }, { "Accept", "application/json" } });
        if (!resp)
            return resp.error();
        auto page = parseTimeSeriesPage(resp->body);
        if (!page)
            return page.error();
        ++c.out.pages;
        if (page->partial && c.out.warnings.size() < 20)
            c.out.warnings.push_back("Cloud Monitoring answered with execution errors: the data may be partial");
        for (auto& s : page->series)
            out.push_back(std::move(s));
        if (page->nextPageToken.empty())
            break;
        if (!tokens.insert(page->nextPageToken).second)
            return makeError(ErrorCode::Parse, "timeSeries.list: the nextPageToken repeats; stopping");
        token = page->nextPageToken;
    }
    return out;
}

} // namespace

Result<void> pollVertex(PollContext& c)
{
    auto cfg = json::parse(c.source.configJson, nullptr, false);
    const std::string project = cfg.is_object() ? jsonutil::str(cfg, "project") : std::string();
    if (project.empty())
        return makeError(ErrorCode::Invalid, "a vertex source needs its Google Cloud project (--project P)");
    // A service-account key signs in once; the access token is the bearer of every request of this poll and
    // is never stored.
    std::string bearer = c.secret;
    if (looksLikeJsonKey(c.secret)) {
        auto key = parseServiceAccountKey(c.secret);
        if (!key)
            return key.error();
        auto token = fetchServiceAccountToken(c.http, *key, kMonitoringScope);
        if (!token)
            return token.error();
        bearer = *token;
        c.secrets.push_back(bearer);
    }
    const auto ranges = planRanges(c.from, c.to, c.now);
    c.phases = static_cast<int>(ranges.size());
    c.phase = 0;
    for (const WidthRange& r : ranges) {
        const Epoch period = r.hourly ? 3600 : 86400;
        struct Counts
        {
            std::int64_t input = 0, output = 0, requests = 0;
        };
        std::map<std::pair<std::string, Epoch>, Counts> counts;
        auto add = [&](const TimeSeriesPoints& s, auto&& slotOf) -> Result<void> {
            auto m = s.labels.find("resource.model_user_id");
            const std::string model = modelOf(m == s.labels.end() ? std::string() : m->second);
            if (model.empty())
                return {};
            for (const auto& [end, n] : s.points) {
                // An aligned point stands for the period that ends at its endTime.
                const Epoch start = end - period;
                if (start < r.from || end > r.to) {
                    if (c.outsideIntervals++ == 0)
                        c.firstOutside = formatTimestamp(start);
                    continue;
                }
                std::int64_t& slot = slotOf(counts[{ model, start }]);
                if (__builtin_add_overflow(slot, n, &slot))
                    return makeError(ErrorCode::Parse, "token counts overflow for " + model);
            }
            return {};
        };
        auto tokens = fetchSeries(c, bearer, project, kTokenMetric, true, r.from, r.to, period);
        if (!tokens)
            return tokens.error();
        for (const TimeSeriesPoints& s : *tokens) {
            auto t = s.labels.find("metric.type");
            const std::string type = t == s.labels.end() ? std::string() : t->second;
            if (type != "input" && type != "output")
                continue;
            if (auto ok = add(s, [&](Counts& x) -> std::int64_t& { return type == "input" ? x.input : x.output; }); !ok)
                return ok;
        }
        auto calls = fetchSeries(c, bearer, project, kInvocationMetric, false, r.from, r.to, period);
        if (!calls)
            return calls.error();
        for (const TimeSeriesPoints& s : *calls)
            if (auto ok = add(s, [](Counts& x) -> std::int64_t& { return x.requests; }); !ok)
                return ok;
        std::vector<UsageBucket> buckets;
        for (const auto& [key, n] : counts) {
            if (n.input == 0 && n.output == 0 && n.requests == 0)
                continue;
            UsageBucket b;
            b.start = key.second;
            b.widthSeconds = period;
            b.kind = "vertex";
            b.lens = Lens::Billing;
            b.dims.provider = "google";
            b.dims.model = key.first;
            b.dims.project = project;
            b.requests = n.requests;
            b.tokens.input = n.input; // cached tokens are inside input: the metric has no cache split
            b.tokens.output = n.output;
            buckets.push_back(std::move(b));
        }
        if (auto ok = replaceBuckets(c, r.from, r.to, "vertex", buckets); !ok)
            return ok;
        ++c.phase;
        c.report(0);
    }
    return {};
}

} // namespace burnrate
