#include "sources/aws.h"

#include "sources/connector.h"
#include "sources/jsonutil.h"

#include <cmath>
#include <set>
#include <unordered_map>

namespace burnrate {

using jsonutil::json;

namespace {

constexpr std::size_t kMaxQueriesPerCall = 500;
constexpr double kMaxCount = 9007199254740992.0; // 2^53

Result<json> parseObject(std::string_view body, const char* what)
{
    auto j = json::parse(body, nullptr, false);
    if (j.is_discarded())
        return makeError(ErrorCode::Parse, std::string(what) + ": not JSON (truncated or an HTML error page?)");
    if (!j.is_object())
        return makeError(ErrorCode::Parse, std::string(what) + ": expected a JSON object");
    return j;
}

// A JSON timestamp as epoch seconds: a number (possibly with a fraction or exponent) or, as some emulators
// send, an ISO 8601 string.
std::optional<Epoch> timestampOf(const json& v)
{
    if (v.is_number()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < 0 || d > 253402300799.0) // year 9999
            return std::nullopt;
        return static_cast<Epoch>(std::floor(d));
    }
    if (v.is_string())
        if (auto t = parseTimestamp(v.get<std::string>()))
            return *t;
    return std::nullopt;
}

std::string nextTokenOf(const json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json* arrayOf(const json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return nullptr;
    return it->is_array() ? &*it : nullptr;
}

} // namespace

std::string awsErrorCode(std::string_view body)
{
    auto j = json::parse(body, nullptr, false);
    if (j.is_object()) {
        std::string t = jsonutil::str(j, "__type");
        if (t.empty())
            t = jsonutil::str(j, "code");
        if (auto hash = t.rfind('#'); hash != std::string::npos)
            t = t.substr(hash + 1);
        if (auto colon = t.find(':'); colon != std::string::npos)
            t.resize(colon);
        return t;
    }
    const auto open = body.find("<Code>"), close = body.find("</Code>");
    if (open != std::string_view::npos && close != std::string_view::npos && close > open + 6)
        return std::string(body.substr(open + 6, std::min<std::size_t>(close - open - 6, 100)));
    return {};
}

Result<std::int64_t> metricCount(double v, std::string_view what)
{
    if (!std::isfinite(v) || v < 0 || v > kMaxCount)
        return makeError(ErrorCode::Parse, std::string(what) + ": " + std::to_string(v) + " is not a count");
    return static_cast<std::int64_t>(std::llround(v));
}

// ---- CloudWatch ----

std::string getMetricDataBody(const std::vector<MetricQuery>& queries, Epoch start, Epoch end, const std::string& next)
{
    json q = json::array();
    for (const MetricQuery& m : queries) {
        json dims = json::array();
        for (const auto& [name, value] : m.dimensions)
            dims.push_back({ { "Name", name }, { "Value", value } });
        q.push_back({ { "Id", m.id },
            { "MetricStat",
                { { "Metric",
                      { { "Namespace", m.nameSpace }, { "MetricName", m.metricName }, { "Dimensions", dims } } },
                    { "Period", m.periodSeconds }, { "Stat", m.stat } } },
            { "ReturnData", true } });
    }
    json body = { { "StartTime", start }, { "EndTime", end }, { "ScanBy", "TimestampAscending" },
        { "MaxDatapoints", 100800 }, { "MetricDataQueries", q } };
    if (!next.empty())
        body["NextToken"] = next;
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<MetricDataPage> parseGetMetricData(std::string_view body)
{
    auto j = parseObject(body, "GetMetricData");
    if (!j)
        return j.error();
    const json* results = arrayOf(*j, "MetricDataResults");
    if (!results)
        return makeError(ErrorCode::Parse, "GetMetricData: no MetricDataResults list");
    MetricDataPage page;
    for (const json& r : *results) {
        if (!r.is_object())
            return makeError(ErrorCode::Parse, "GetMetricData: a result that is not an object");
        MetricSeries s;
        s.id = jsonutil::str(r, "Id");
        s.label = jsonutil::str(r, "Label");
        s.statusCode = jsonutil::str(r, "StatusCode");
        if (s.id.empty())
            return makeError(ErrorCode::Parse, "GetMetricData: a result without an Id");
        const json* ts = arrayOf(r, "Timestamps");
        const json* vs = arrayOf(r, "Values");
        const std::size_t n = ts ? ts->size() : 0;
        if ((ts == nullptr) != (vs == nullptr) || (vs && vs->size() != n))
            return makeError(ErrorCode::Parse,
                "GetMetricData: result " + s.id + " has " + std::to_string(n) + " timestamps but "
                    + std::to_string(vs ? vs->size() : 0) + " values");
        for (std::size_t i = 0; i < n; ++i) {
            auto t = timestampOf((*ts)[i]);
            if (!t || !(*vs)[i].is_number())
                return makeError(ErrorCode::Parse,
                    "GetMetricData: result " + s.id + " point " + std::to_string(i) + " is not a time and a number");
            s.points.emplace_back(*t, (*vs)[i].get<double>());
        }
        page.series.push_back(std::move(s));
    }
    page.nextToken = nextTokenOf(*j, "NextToken");
    if (const json* m = arrayOf(*j, "Messages"))
        for (const json& msg : *m)
            page.messages.push_back(jsonutil::str(msg, "Code") + ": " + jsonutil::str(msg, "Value"));
    return page;
}

std::string listMetricsBody(
    const std::string& nameSpace, const std::string& metricName, const std::string& dimension, const std::string& next)
{
    json body = { { "Namespace", nameSpace }, { "MetricName", metricName },
        { "Dimensions", json::array({ { { "Name", dimension } } }) } };
    if (!next.empty())
        body["NextToken"] = next;
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<ListMetricsPage> parseListMetrics(std::string_view body)
{
    auto j = parseObject(body, "ListMetrics");
    if (!j)
        return j.error();
    ListMetricsPage page;
    if (const json* ms = arrayOf(*j, "Metrics")) {
        for (const json& m : *ms) {
            std::map<std::string, std::string> dims;
            if (const json* ds = m.is_object() ? arrayOf(m, "Dimensions") : nullptr)
                for (const json& d : *ds)
                    dims[jsonutil::str(d, "Name")] = jsonutil::str(d, "Value");
            page.metrics.push_back(std::move(dims));
        }
    } else if (j->contains("Metrics") && !(*j)["Metrics"].is_null()) {
        return makeError(ErrorCode::Parse, "ListMetrics: Metrics is not a list");
    }
    page.nextToken = nextTokenOf(*j, "NextToken");
    return page;
}

namespace {

const HttpHeaders& cloudWatchHeaders(const char* target)
{
    static const HttpHeaders kGet = { { "Content-Type", "application/x-amz-json-1.0" },
        { "X-Amz-Target", "GraniteServiceVersion20100801.GetMetricData" }, { "Accept", "application/json" } };
    static const HttpHeaders kList = { { "Content-Type", "application/x-amz-json-1.0" },
        { "X-Amz-Target", "GraniteServiceVersion20100801.ListMetrics" }, { "Accept", "application/json" } };
    return std::string_view(target) == "GetMetricData" ? kGet : kList;
}

} // namespace

Result<std::vector<MetricSeries>> fetchMetricData(
    PollContext& c, const std::string& url, const std::vector<MetricQuery>& queries, Epoch start, Epoch end)
{
    std::vector<MetricSeries> out;
    std::unordered_map<std::string, std::size_t> byId;
    for (std::size_t at = 0; at < queries.size(); at += kMaxQueriesPerCall) {
        const std::vector<MetricQuery> call(queries.begin() + static_cast<std::ptrdiff_t>(at),
            queries.begin() + static_cast<std::ptrdiff_t>(std::min(queries.size(), at + kMaxQueriesPerCall)));
        std::set<std::string> asked;
        for (const auto& q : call)
            asked.insert(q.id);
        std::string token;
        std::set<std::string> tokens;
        for (std::int64_t pageNo = 1;; ++pageNo) {
            if (auto ok = c.mayFetchPage("GetMetricData", pageNo); !ok)
                return ok.error();
            auto resp
                = c.http.post(url, getMetricDataBody(call, start, end, token), cloudWatchHeaders("GetMetricData"));
            if (!resp)
                return resp.error();
            auto page = parseGetMetricData(resp->body);
            if (!page)
                return makeError(page.error().code, page.error().detail + " (page " + std::to_string(pageNo) + ")");
            ++c.out.pages;
            for (MetricSeries& s : page->series) {
                if (!asked.count(s.id))
                    return makeError(
                        ErrorCode::Parse, "GetMetricData answered a query it was not asked (" + s.id + ")");
                if (s.statusCode == "Forbidden")
                    return makeError(ErrorCode::Http,
                        "GetMetricData: access to " + s.label
                            + " is forbidden (the credentials need cloudwatch:GetMetricData)");
                auto [it, fresh] = byId.emplace(s.id, out.size());
                if (fresh)
                    out.push_back(std::move(s));
                else
                    out[it->second].points.insert(out[it->second].points.end(), s.points.begin(), s.points.end());
            }
            for (const std::string& m : page->messages)
                if (c.out.warnings.size() < 20)
                    c.out.warnings.push_back("CloudWatch: " + m);
            if (page->nextToken.empty())
                break;
            if (!tokens.insert(page->nextToken).second)
                return makeError(ErrorCode::Parse, "GetMetricData: the NextToken repeats; stopping");
            token = page->nextToken;
        }
    }
    return out;
}

Result<std::vector<std::string>> fetchMetricDimensionValues(PollContext& c, const std::string& url,
    const std::string& nameSpace, const std::string& metricName, const std::string& dimension)
{
    std::set<std::string> values;
    std::string token;
    std::set<std::string> tokens;
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("ListMetrics", pageNo); !ok)
            return ok.error();
        auto resp = c.http.post(
            url, listMetricsBody(nameSpace, metricName, dimension, token), cloudWatchHeaders("ListMetrics"));
        if (!resp)
            return resp.error();
        auto page = parseListMetrics(resp->body);
        if (!page)
            return page.error();
        ++c.out.pages;
        for (const auto& dims : page->metrics)
            if (auto it = dims.find(dimension); it != dims.end() && !it->second.empty() && dims.size() == 1)
                values.insert(it->second);
        if (page->nextToken.empty())
            break;
        if (!tokens.insert(page->nextToken).second)
            return makeError(ErrorCode::Parse, "ListMetrics: the NextToken repeats; stopping");
        token = page->nextToken;
    }
    return std::vector<std::string>(values.begin(), values.end());
}

// ---- Bedrock ----

std::string InferenceProfile::modelId() const
{
    for (const std::string& arn : modelArns)
        if (auto at = arn.find("foundation-model/"); at != std::string::npos)
            return arn.substr(at + 17);
    return {};
}

Result<InferenceProfilePage> parseInferenceProfiles(std::string_view body)
{
    auto j = parseObject(body, "ListInferenceProfiles");
    if (!j)
        return j.error();
    InferenceProfilePage page;
    if (const json* list = arrayOf(*j, "inferenceProfileSummaries")) {
        for (const json& p : *list) {
            InferenceProfile ip;
            ip.id = jsonutil::str(p, "inferenceProfileId");
            ip.arn = jsonutil::str(p, "inferenceProfileArn");
            ip.name = jsonutil::str(p, "inferenceProfileName");
            ip.type = jsonutil::str(p, "type");
            if (ip.id.empty() || ip.arn.empty())
                return makeError(ErrorCode::Parse, "ListInferenceProfiles: a profile without an id or ARN");
            if (const json* models = arrayOf(p, "models"))
                for (const json& m : *models)
                    ip.modelArns.push_back(jsonutil::str(m, "modelArn"));
            page.profiles.push_back(std::move(ip));
        }
    }
    page.nextToken = nextTokenOf(*j, "nextToken");
    return page;
}

Result<std::map<std::string, std::string>> parseBedrockTags(std::string_view body)
{
    auto j = parseObject(body, "ListTagsForResource");
    if (!j)
        return j.error();
    std::map<std::string, std::string> tags;
    if (const json* list = arrayOf(*j, "tags"))
        for (const json& t : *list) {
            std::string k = jsonutil::str(t, "key");
            if (k.empty())
                k = jsonutil::str(t, "Key");
            std::string v = jsonutil::str(t, "value");
            if (v.empty())
                v = jsonutil::str(t, "Value");
            if (!k.empty() && k.size() <= 128 && v.size() <= 256)
                tags[k] = v;
        }
    return tags;
}

// ---- Lambda ----

Result<LambdaFunctionPage> parseLambdaFunctions(std::string_view body)
{
    auto j = parseObject(body, "ListFunctions");
    if (!j)
        return j.error();
    const json* list = arrayOf(*j, "Functions");
    if (!list)
        return makeError(ErrorCode::Parse, "ListFunctions: no Functions list");
    LambdaFunctionPage page;
    for (const json& f : *list) {
        LambdaFunction fn;
        fn.name = jsonutil::str(f, "FunctionName");
        fn.arn = jsonutil::str(f, "FunctionArn");
        if (fn.name.empty())
            return makeError(ErrorCode::Parse, "ListFunctions: a function without a FunctionName");
        auto mem = jsonutil::count(f, "MemorySize");
        if (!mem || *mem > 32768)
            return makeError(ErrorCode::Parse, "ListFunctions: function " + fn.name + " has an impossible MemorySize");
        if (*mem > 0)
            fn.memoryMb = *mem;
        if (const json* arch = arrayOf(f, "Architectures"); arch && !arch->empty() && (*arch)[0].is_string())
            fn.architecture = (*arch)[0].get<std::string>();
        if (fn.architecture != "x86_64" && fn.architecture != "arm64")
            return makeError(ErrorCode::Parse,
                "ListFunctions: function " + fn.name + " has an unknown architecture " + fn.architecture);
        page.functions.push_back(std::move(fn));
    }
    page.nextMarker = nextTokenOf(*j, "NextMarker");
    return page;
}

std::string lambdaTagsRequestBody(const std::string& paginationToken)
{
    json body = { { "ResourceTypeFilters", { "lambda:function" } }, { "ResourcesPerPage", 100 } };
    if (!paginationToken.empty())
        body["PaginationToken"] = paginationToken;
    return body.dump();
}

Result<TaggedResourcePage> parseTaggedResources(std::string_view body)
{
    auto j = parseObject(body, "GetResources");
    if (!j)
        return j.error();
    const json* list = arrayOf(*j, "ResourceTagMappingList");
    if (!list)
        return makeError(ErrorCode::Parse, "GetResources: no ResourceTagMappingList");
    TaggedResourcePage page;
    for (const json& r : *list) {
        TaggedResource res;
        res.arn = jsonutil::str(r, "ResourceARN");
        if (res.arn.empty())
            return makeError(ErrorCode::Parse, "GetResources: a resource without a ResourceARN");
        if (const json* tags = arrayOf(r, "Tags"))
            for (const json& t : *tags) {
                const std::string k = jsonutil::str(t, "Key"), v = jsonutil::str(t, "Value");
                if (!k.empty() && k.size() <= 128 && v.size() <= 256)
                    res.tags[k] = v;
            }
        page.resources.push_back(std::move(res));
    }
    page.paginationToken = nextTokenOf(*j, "PaginationToken");
    return page;
}

std::string lambdaFunctionNameOfArn(std::string_view arn)
{
    constexpr std::string_view kMarker = ":function:";
    const auto at = arn.find(kMarker);
    if (arn.rfind("arn:", 0) != 0 || at == std::string_view::npos)
        return {};
    std::string_view name = arn.substr(at + kMarker.size());
    name = name.substr(0, name.find(':'));
    return std::string(name);
}

// ---- Cost Explorer ----

Result<CostAndUsagePage> parseCostAndUsage(std::string_view body)
{
    auto j = parseObject(body, "GetCostAndUsage");
    if (!j)
        return j.error();
    const json* results = arrayOf(*j, "ResultsByTime");
    if (!results)
        return makeError(ErrorCode::Parse, "GetCostAndUsage: no ResultsByTime list");
    CostAndUsagePage page;
    for (const json& r : *results) {
        const json period = r.is_object() ? r.value("TimePeriod", json::object()) : json::object();
        auto start = parseDate(jsonutil::str(period, "Start"));
        auto end = parseDate(jsonutil::str(period, "End"));
        if (!start || !end || *end <= *start)
            return makeError(ErrorCode::Parse, "GetCostAndUsage: a period without a valid Start and End");
        const bool estimated = r.value("Estimated", false);
        const json* groups = arrayOf(r, "Groups");
        if (!groups)
            continue;
        for (const json& g : *groups) {
            CostGroup cg;
            cg.start = *start;
            cg.end = *end;
            cg.estimated = estimated;
            if (const json* keys = arrayOf(g, "Keys"))
                for (const json& k : *keys)
                    cg.keys.push_back(k.is_string() ? k.get<std::string>() : std::string());
            const json metrics = g.is_object() ? g.value("Metrics", json::object()) : json::object();
            const json cost = metrics.is_object() ? metrics.value("UnblendedCost", json::object()) : json::object();
            if (!cost.is_object() || !cost.contains("Amount"))
                return makeError(ErrorCode::Parse, "GetCostAndUsage: a group without UnblendedCost");
            const std::string unit = jsonutil::str(cost, "Unit");
            if (!unit.empty() && unit != "USD")
                return makeError(ErrorCode::Parse, "GetCostAndUsage: cost in " + unit + ", not USD");
            auto amount = jsonutil::decimal(cost["Amount"]);
            if (!amount)
                return makeError(ErrorCode::Parse, "GetCostAndUsage: an Amount that is not a decimal number");
            cg.cost = *amount;
            if (metrics.is_object())
                if (auto q = metrics.find("UsageQuantity"); q != metrics.end() && q->is_object())
                    cg.usageQuantity = jsonutil::str(*q, "Amount");
            page.groups.push_back(std::move(cg));
        }
    }
    page.nextPageToken = nextTokenOf(*j, "NextPageToken");
    return page;
}

Result<DimensionValuesPage> parseDimensionValues(std::string_view body)
{
    auto j = parseObject(body, "GetDimensionValues");
    if (!j)
        return j.error();
    DimensionValuesPage page;
    if (const json* list = arrayOf(*j, "DimensionValues"))
        for (const json& v : *list)
            if (std::string s = jsonutil::str(v, "Value"); !s.empty())
                page.values.push_back(s);
    page.nextPageToken = nextTokenOf(*j, "NextPageToken");
    return page;
}

} // namespace burnrate
