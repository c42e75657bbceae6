// The AWS source types: bedrock (CloudWatch AWS/Bedrock token metrics per model and inference profile, as
// billing-lens buckets priced from the catalog) and aws-costs (Cost Explorer cost lines for Bedrock and
// Lambda, for reconciliation). Same discipline as the other connectors: a window with overlap, each range
// replaced in its own transaction, the cursor kept on failure, range-checked numbers, secrets redacted.
#include "pricing/infraprices.h"
#include "sources/aws.h"
#include "sources/connector.h"
#include "sources/jsonutil.h"
#include "sources/ownertags.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace burnrate {

using jsonutil::json;

namespace {

// The model a CloudWatch ModelId runs: an application profile's foundation model, the model of a model ARN,
// a system profile id as it is (the catalog prices us./eu./global. profiles on their own), else the id.
std::string modelOf(const std::string& modelId, const InferenceProfile* profile)
{
    if (profile && !profile->modelId().empty())
        return profile->modelId();
    for (const char* marker : { "foundation-model/", "inference-profile/" })
        if (auto at = modelId.find(marker); at != std::string::npos)
            return modelId.substr(at + std::string_view(marker).size());
    return modelId;
}

// The endpoint of one AWS service for this source: the source's base URL when it has one (one URL serves
// every API the source calls: tests, proxies, VPC endpoints), else the service's regional endpoint.
std::string awsEndpoint(const PollContext& c, const std::string& service)
{
    if (!c.source.baseUrl.empty())
        return c.baseUrl;
    return "https://" + service + "." + c.region + ".amazonaws.com";
}

Result<std::vector<InferenceProfile>> fetchApplicationProfiles(PollContext& c)
{
    const std::string base = awsEndpoint(c, "bedrock");
    std::vector<InferenceProfile> out;
    std::string token;
    std::set<std::string> tokens;
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("ListInferenceProfiles", pageNo); !ok)
            return ok.error();
        // The query is canonical (sorted, encoded) because curl 7.88 signs it as given.
        std::string url = base + "/inference-profiles?maxResults=1000";
        if (!token.empty())
            url += "&nextToken=" + urlEncode(token);
        url += "&type=APPLICATION";
        auto resp = c.http.get(url, { { "Accept", "application/json" } });
        if (!resp)
            return resp.error();
        auto page = parseInferenceProfiles(resp->body);
        if (!page)
            return page.error();
        ++c.out.pages;
        for (auto& p : page->profiles)
            out.push_back(std::move(p));
        if (page->nextToken.empty())
            break;
        if (!tokens.insert(page->nextToken).second)
            return makeError(ErrorCode::Parse, "ListInferenceProfiles: the nextToken repeats; stopping");
        token = page->nextToken;
    }
    for (InferenceProfile& p : out) {
        if (auto ok = c.mayFetchPage("ListTagsForResource", 1); !ok)
            return ok.error();
        json body = { { "resourceARN", p.arn } };
        auto resp = c.http.post(base + "/listTagsForResource", body.dump(),
            { { "Content-Type", "application/json" }, { "Accept", "application/json" } });
        if (!resp)
            return resp.error();
        auto tags = parseBedrockTags(resp->body);
        if (!tags)
            return tags.error();
        ++c.out.pages;
        p.tags = std::move(*tags);
    }
    return out;
}

// The metrics read per ModelId, in the order of the counters below.
constexpr std::array<const char*, 8> kBedrockMetrics
    = { "Invocations", "InputTokenCount", "OutputTokenCount", "CacheReadInputTokenCount", "CacheWriteInputTokenCount",
          "InvocationClientErrors", "InvocationServerErrors", "InvocationThrottles" };

// Sums of each metric per query subject (a model, a function) and period start.
template <std::size_t N> using CountsByTime = std::map<std::pair<std::size_t, Epoch>, std::array<std::int64_t, N>>;

// Adds every point of `series` (query ids "<letter><subject>_<metric>") into `counts`, per period of the
// range `r`; a point outside the range is counted and skipped, a value that is not a count is an error.
template <std::size_t N>
Result<void> sumSeries(PollContext& c, const std::vector<MetricSeries>& series, const WidthRange& r,
    std::int64_t period, const char* const* metrics, const std::vector<std::string>& subjects, CountsByTime<N>& counts)
{
    for (const MetricSeries& s : series) {
        const auto us = s.id.find('_');
        const std::size_t i = std::stoul(s.id.substr(1, us - 1)), k = std::stoul(s.id.substr(us + 1));
        if (i >= subjects.size() || k >= N)
            return makeError(ErrorCode::Parse, "CloudWatch answered a query it was not asked (" + s.id + ")");
        for (const auto& [t, value] : s.points) {
            if (t < r.from || t >= r.to) {
                if (c.outsideIntervals++ == 0)
                    c.firstOutside = formatTimestamp(t);
                continue;
            }
            auto n = metricCount(value, std::string(metrics[k]) + " of " + subjects[i]);
            if (!n)
                return n.error();
            std::int64_t& slot = counts[{ i, t - ((t - r.from) % period) }][k];
            if (__builtin_add_overflow(slot, *n, &slot))
                return makeError(ErrorCode::Parse, "CloudWatch counts overflow for " + subjects[i]);
        }
    }
    return {};
}

} // namespace

Result<void> pollBedrock(PollContext& c)
{
    if (!c.aws)
        return makeError(ErrorCode::Invalid, "no AWS credentials");
    const std::string cloudWatch = awsEndpoint(c, "monitoring") + "/";
    c.http.setAwsSigning(c.region, "monitoring", *c.aws);
    std::set<std::string> ids;
    for (const char* metric : { "Invocations", "InputTokenCount" }) {
        auto v = fetchMetricDimensionValues(c, cloudWatch, "AWS/Bedrock", metric, "ModelId");
        if (!v)
            return makeError(
                v.error().code, "ListMetrics AWS/Bedrock " + std::string(metric) + ": " + v.error().detail);
        ids.insert(v->begin(), v->end());
    }
    // Application inference profiles carry the tenant (and team, project, env) as tags.
    std::map<std::string, InferenceProfile> profileOf; // by id and by ARN
    if (!ids.empty()) {
        c.http.setAwsSigning(c.region, "bedrock", *c.aws);
        auto profiles = fetchApplicationProfiles(c);
        if (!profiles) {
            if (profiles.error().code == ErrorCode::Cancelled)
                return profiles.error();
            c.out.warnings.push_back("application inference profiles not read (" + c.redacted(profiles.error().detail)
                + "); their spend is stored without the profiles' tenant tags");
        } else {
            for (const InferenceProfile& p : *profiles) {
                profileOf[p.id] = p;
                profileOf[p.arn] = p;
            }
        }
        c.http.setAwsSigning(c.region, "monitoring", *c.aws);
    }
    const std::vector<std::string> idList(ids.begin(), ids.end());
    const auto ranges = planRanges(c.from, c.to, c.now);
    c.phases = static_cast<int>(ranges.size());
    c.phase = 0;
    std::int64_t clientErrors = 0, serverErrors = 0, throttles = 0;
    for (const WidthRange& r : ranges) {
        const std::int64_t period = r.hourly ? 3600 : 86400;
        std::vector<MetricQuery> queries;
        for (std::size_t i = 0; i < idList.size(); ++i)
            for (std::size_t k = 0; k < kBedrockMetrics.size(); ++k)
                queries.push_back({ "m" + std::to_string(i) + "_" + std::to_string(k), "AWS/Bedrock",
                    kBedrockMetrics[k], { { "ModelId", idList[i] } }, period, "Sum" });
        CountsByTime<kBedrockMetrics.size()> counts;
        if (!queries.empty()) {
            auto series = fetchMetricData(c, cloudWatch, queries, r.from, r.to);
            if (!series)
                return series.error();
            if (auto ok = sumSeries(c, *series, r, period, kBedrockMetrics.data(), idList, counts); !ok)
                return ok;
        }
        std::vector<UsageBucket> buckets;
        for (const auto& [key, m] : counts) {
            const auto& [i, start] = key;
            clientErrors += m[5];
            serverErrors += m[6];
            throttles += m[7];
            if (m[0] == 0 && m[1] == 0 && m[2] == 0 && m[3] == 0 && m[4] == 0)
                continue;
            const std::string& id = idList[i];
            auto p = profileOf.find(id);
            const InferenceProfile* profile = p == profileOf.end() ? nullptr : &p->second;
            UsageBucket b;
            b.start = start;
            b.widthSeconds = period;
            b.kind = "bedrock";
            b.lens = Lens::Billing;
            b.dims.provider = "bedrock";
            b.dims.model = modelOf(id, profile);
            if (profile)
                applyOwnerTags(profile->tags, b.dims);
            b.requests = m[0];
            // InputTokenCount excludes cache reads and writes; the store's input counts every prompt token.
            b.tokens.cachedInput = m[3];
            b.tokens.cacheWrite5m = m[4];
            if (__builtin_add_overflow(m[1], m[3], &b.tokens.input)
                || __builtin_add_overflow(b.tokens.input, m[4], &b.tokens.input))
                return makeError(ErrorCode::Parse, "token counts overflow for " + id);
            b.tokens.output = m[2];
            buckets.push_back(std::move(b));
        }
        if (auto ok = replaceBuckets(c, r.from, r.to, "bedrock", buckets); !ok)
            return ok;
        ++c.phase;
        c.report(0);
    }
    if (clientErrors || serverErrors || throttles)
        c.out.warnings.push_back("Bedrock reported " + std::to_string(clientErrors) + " client errors, "
            + std::to_string(serverErrors) + " server errors and " + std::to_string(throttles)
            + " throttled calls in the window");
    return {};
}

namespace {

Result<std::vector<LambdaFunction>> fetchLambdaFunctions(PollContext& c)
{
    const std::string base = awsEndpoint(c, "lambda");
    std::vector<LambdaFunction> out;
    std::string marker;
    std::set<std::string> markers;
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("ListFunctions", pageNo); !ok)
            return ok.error();
        // Sorted, encoded query (curl 7.88 signs it as given): Marker before MaxItems.
        std::string url = base + "/2015-03-31/functions/?";
        if (!marker.empty())
            url += "Marker=" + urlEncode(marker) + "&";
        url += "MaxItems=50";
        auto resp = c.http.get(url, { { "Accept", "application/json" } });
        if (!resp)
            return makeError(resp.error().code, "ListFunctions: " + resp.error().detail);
        auto page = parseLambdaFunctions(resp->body);
        if (!page)
            return page.error();
        ++c.out.pages;
        for (auto& f : page->functions)
            out.push_back(std::move(f));
        if (page->nextMarker.empty())
            break;
        if (!markers.insert(page->nextMarker).second)
            return makeError(ErrorCode::Parse, "ListFunctions: the NextMarker repeats; stopping");
        marker = page->nextMarker;
    }
    return out;
}

// The tags of the region's Lambda functions, by function name (Resource Groups Tagging API, all pages).
Result<std::map<std::string, std::map<std::string, std::string>>> fetchLambdaTags(PollContext& c)
{
    static const HttpHeaders kHeaders = { { "Content-Type", "application/x-amz-json-1.1" },
        { "X-Amz-Target", "ResourceGroupsTaggingAPI_20170126.GetResources" }, { "Accept", "application/json" } };
    const std::string url = awsEndpoint(c, "tagging") + "/";
    std::map<std::string, std::map<std::string, std::string>> out;
    std::string token;
    std::set<std::string> tokens;
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("GetResources", pageNo); !ok)
            return ok.error();
        auto resp = c.http.post(url, lambdaTagsRequestBody(token), kHeaders);
        if (!resp)
            return makeError(resp.error().code, "GetResources: " + resp.error().detail);
        auto page = parseTaggedResources(resp->body);
        if (!page)
            return page.error();
        ++c.out.pages;
        for (TaggedResource& r : page->resources)
            if (std::string name = lambdaFunctionNameOfArn(r.arn); !name.empty())
                out[name] = std::move(r.tags);
        if (page->paginationToken.empty())
            break;
        if (!tokens.insert(page->paginationToken).second)
            return makeError(ErrorCode::Parse, "GetResources: the PaginationToken repeats; stopping");
        token = page->paginationToken;
    }
    return out;
}

// The metrics read per function, in the order of the counters below.
constexpr std::array<const char*, 4> kLambdaMetrics = { "Invocations", "Duration", "Errors", "Throttles" };

} // namespace

Result<void> pollLambda(PollContext& c)
{
    if (!c.aws)
        return makeError(ErrorCode::Invalid, "no AWS credentials");
    c.http.setAwsSigning(c.region, "lambda", *c.aws);
    auto functions = fetchLambdaFunctions(c);
    if (!functions)
        return functions.error();
    // The functions' tags name their tenant, team, project and env. Without permission to read them the cost
    // is still stored, untagged (one warning); any other failure fails the poll, so a passing outage never
    // re-files tagged cost as untagged.
    std::map<std::string, std::map<std::string, std::string>> tagsOf;
    if (!functions->empty()) {
        c.http.setAwsSigning(c.region, "tagging", *c.aws);
        auto tags = fetchLambdaTags(c);
        if (tags) {
            tagsOf = std::move(*tags);
        } else if (c.http.lastStatus() == 403 || tags.error().detail.find("AccessDenied") != std::string::npos) {
            c.out.warnings.push_back("the functions' tags were not read (the credentials lack tag:GetResources: "
                + c.redacted(tags.error().detail) + "); their cost is stored without tenant, team and project");
        } else {
            return tags.error();
        }
    }
    c.http.setAwsSigning(c.region, "monitoring", *c.aws);
    const std::string cloudWatch = awsEndpoint(c, "monitoring") + "/";
    // {"free_tier": true}: each month's free requests and GB-s are used up in time order over the whole
    // month, so the window starts at the first of its month (re-read every poll: the same month always gives
    // the same costs, whichever part of it a poll asked for).
    const auto cfg = json::parse(c.source.configJson, nullptr, false);
    const bool freeTier = cfg.is_object() && cfg.value("free_tier", json(false)).is_boolean()
        && cfg.value("free_tier", json(false)).get<bool>();
    const Epoch from = freeTier ? std::min(c.from, floorMonth(c.from)) : c.from;
    const auto ranges = planRanges(from, c.to, c.now);
    c.phases = static_cast<int>(ranges.size()) + 1;
    c.phase = 0;
    std::int64_t errors = 0, throttles = 0;
    // Every range is read before any is priced: the free tier runs across ranges in time order.
    std::vector<std::vector<UsageBucket>> rangeBuckets(ranges.size());
    std::vector<LambdaUsage> usage;
    std::vector<std::pair<std::size_t, std::size_t>> usageOf; // (range, bucket) of each usage
    for (std::size_t ri = 0; ri < ranges.size(); ++ri) {
        const WidthRange& r = ranges[ri];
        const std::int64_t period = r.hourly ? 3600 : 86400;
        std::vector<MetricQuery> queries;
        for (std::size_t i = 0; i < functions->size(); ++i)
            for (std::size_t k = 0; k < kLambdaMetrics.size(); ++k)
                queries.push_back({ "f" + std::to_string(i) + "_" + std::to_string(k), "AWS/Lambda", kLambdaMetrics[k],
                    { { "FunctionName", (*functions)[i].name } }, period, "Sum" });
        std::vector<std::string> names;
        for (const LambdaFunction& f : *functions)
            names.push_back(f.name);
        CountsByTime<kLambdaMetrics.size()> counts;
        if (!queries.empty()) {
            auto series = fetchMetricData(c, cloudWatch, queries, r.from, r.to);
            if (!series)
                return series.error();
            // Duration is a Sum of milliseconds; billing rounds each invocation up to 1 ms, which the sum cannot
            // show (an estimate; Cost Explorer has the invoice).
            if (auto ok = sumSeries(c, *series, r, period, kLambdaMetrics.data(), names, counts); !ok)
                return ok;
        }
        for (const auto& [key, m] : counts) {
            const auto& [i, start] = key;
            errors += m[2];
            throttles += m[3];
            if (m[0] == 0 && m[1] == 0)
                continue;
            const LambdaFunction& fn = (*functions)[i];
            UsageBucket b;
            b.start = start;
            b.widthSeconds = period;
            b.kind = "lambda";
            b.lens = Lens::Billing;
            b.dims.provider = "aws-lambda";
            b.dims.model = fn.name; // the function: `--group-by function`
            b.dims.serviceTier = fn.architecture + "/" + std::to_string(fn.memoryMb) + "MB";
            if (auto t = tagsOf.find(fn.name); t != tagsOf.end())
                applyOwnerTags(t->second, b.dims);
            b.requests = m[0];
            usage.push_back({ start, fn.name, m[0], m[1], fn.memoryMb, fn.architecture == "arm64" });
            usageOf.emplace_back(ri, rangeBuckets[ri].size());
            rangeBuckets[ri].push_back(std::move(b));
        }
        ++c.phase;
        c.report(0);
    }
    auto costs = lambdaCosts(usage, c.region, freeTier);
    if (!costs)
        return costs.error();
    for (std::size_t u = 0; u < usage.size(); ++u)
        rangeBuckets[usageOf[u].first][usageOf[u].second].infraCost = (*costs)[u];
    for (std::size_t ri = 0; ri < ranges.size(); ++ri)
        if (auto ok = replaceBuckets(c, ranges[ri].from, ranges[ri].to, "lambda", rangeBuckets[ri]); !ok)
            return ok;
    ++c.phase;
    c.report(0);
    if (errors || throttles)
        c.out.warnings.push_back("Lambda reported " + std::to_string(errors) + " function errors and "
            + std::to_string(throttles) + " throttled invocations in the window");
    return {};
}

namespace {

const HttpHeaders& costExplorerHeaders(bool dimensionValues)
{
    static const HttpHeaders kCost = { { "Content-Type", "application/x-amz-json-1.1" },
        { "X-Amz-Target", "AWSInsightsIndexService.GetCostAndUsage" }, { "Accept", "application/json" } };
    static const HttpHeaders kDims = { { "Content-Type", "application/x-amz-json-1.1" },
        { "X-Amz-Target", "AWSInsightsIndexService.GetDimensionValues" }, { "Accept", "application/json" } };
    return dimensionValues ? kDims : kCost;
}

} // namespace

Result<void> pollAwsCosts(PollContext& c)
{
    if (!c.aws)
        return makeError(ErrorCode::Invalid, "no AWS credentials");
    // Cost Explorer is global: signed for us-east-1 (cn-northwest-1 in the China partition).
    c.http.setAwsSigning(c.region.starts_with("cn-") ? "cn-northwest-1" : "us-east-1", "ce", *c.aws);
    const std::string url = c.baseUrl + "/";
    const Epoch from = floorDay(c.from);
    const Epoch to = std::min(floorDay(c.to) + kSecondsPerDay, floorDay(c.now) + kSecondsPerDay);
    if (from >= to)
        return {};
    const json period = { { "Start", formatDate(from) }, { "End", formatDate(to) } };
    // Third-party models sold through the Marketplace bill under their own service names ("Claude Sonnet 4.5
    // (Amazon Bedrock Edition)"): find them, then ask for all at once. Each request costs $0.01.
    std::set<std::string> services = { "Amazon Bedrock", "AWS Lambda" };
    {
        std::string token;
        std::set<std::string> tokens;
        for (std::int64_t pageNo = 1;; ++pageNo) {
            if (auto ok = c.mayFetchPage("GetDimensionValues", pageNo); !ok)
                return ok;
            json body = { { "TimePeriod", period }, { "Dimension", "SERVICE" }, { "SearchString", "Bedrock" },
                { "Context", "COST_AND_USAGE" } };
            if (!token.empty())
                body["NextPageToken"] = token;
            auto resp = c.http.post(url, body.dump(), costExplorerHeaders(true));
            if (!resp)
                return makeError(resp.error().code, "GetDimensionValues: " + resp.error().detail);
            auto page = parseDimensionValues(resp->body);
            if (!page)
                return page.error();
            ++c.out.pages;
            services.insert(page->values.begin(), page->values.end());
            if (page->nextPageToken.empty())
                break;
            if (!tokens.insert(page->nextPageToken).second)
                return makeError(ErrorCode::Parse, "GetDimensionValues: the NextPageToken repeats; stopping");
            token = page->nextPageToken;
        }
    }
    json request = { { "TimePeriod", period }, { "Granularity", "DAILY" },
        { "Metrics", json::array({ "UnblendedCost", "UsageQuantity" }) },
        { "Filter",
            { { "Dimensions",
                { { "Key", "SERVICE" },
                    { "Values", std::vector<std::string>(services.begin(), services.end()) } } } } },
        { "GroupBy",
            json::array({ { { "Type", "DIMENSION" }, { "Key", "SERVICE" } },
                { { "Type", "DIMENSION" }, { "Key", "USAGE_TYPE" } } }) } };
    // Lines with the same natural key (day, provider, usage type) are summed.
    std::map<std::tuple<Epoch, std::string, std::string>, CostLine> lines;
    std::int64_t estimatedDays = 0;
    std::set<Epoch> estimated;
    std::string token;
    std::set<std::string> tokens;
    for (std::int64_t pageNo = 1;; ++pageNo) {
        if (auto ok = c.mayFetchPage("GetCostAndUsage", pageNo); !ok)
            return ok;
        json body = request; // every page repeats the first request exactly, plus the token
        if (!token.empty())
            body["NextPageToken"] = token;
        auto resp = c.http.post(url, body.dump(), costExplorerHeaders(false));
        if (!resp)
            return makeError(resp.error().code, "GetCostAndUsage: " + resp.error().detail);
        auto page = parseCostAndUsage(resp->body);
        if (!page)
            return page.error();
        ++c.out.pages;
        for (const CostGroup& g : page->groups) {
            if (g.start < from || g.end > to || g.end - g.start != kSecondsPerDay) {
                if (c.outsideIntervals++ == 0)
                    c.firstOutside = formatTimestamp(g.start) + " .. " + formatTimestamp(g.end);
                continue;
            }
            if (g.keys.size() != 2)
                return makeError(ErrorCode::Parse, "GetCostAndUsage: a group without SERVICE and USAGE_TYPE keys");
            const std::string provider = g.keys[0] == "AWS Lambda" ? "aws-lambda" : "bedrock";
            CostLine& l = lines[{ g.start, provider, g.keys[1] }];
            if (l.lineItem.empty()) {
                l.start = g.start;
                l.widthSeconds = kSecondsPerDay;
                l.provider = provider;
                l.lineItem = g.keys[1];
                l.description = g.keys[0];
                l.currency = "usd";
            }
            if (__builtin_add_overflow(l.amount, g.cost, &l.amount))
                return makeError(ErrorCode::Parse, "GetCostAndUsage: amounts overflow");
            if (g.estimated)
                estimated.insert(g.start);
        }
        if (page->nextPageToken.empty())
            break;
        if (!tokens.insert(page->nextPageToken).second)
            return makeError(ErrorCode::Parse, "GetCostAndUsage: the NextPageToken repeats; stopping");
        token = page->nextPageToken;
    }
    estimatedDays = static_cast<std::int64_t>(estimated.size());
    std::vector<CostLine> rows;
    for (auto& [key, l] : lines)
        rows.push_back(std::move(l));
    if (auto ok = replaceCostLines(c, from, to, rows); !ok)
        return ok;
    if (estimatedDays > 0)
        c.out.warnings.push_back(std::to_string(estimatedDays)
            + " day(s) are still estimated by AWS; the next polls rewrite them until they are final");
    return {};
}

} // namespace burnrate
