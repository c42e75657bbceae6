#pragma once
// The AWS APIs the AWS source types read, as pure request builders and parsers (no I/O: the fuzz targets
// and tests call them directly), plus the paging loops that run them inside one poll (connector.h).
//
// - CloudWatch GetMetricData / ListMetrics, JSON 1.0 protocol (POST /, X-Amz-Target
//   GraniteServiceVersion20100801.*), epoch-second timestamps.
// - Bedrock ListInferenceProfiles (GET /inference-profiles) and ListTagsForResource.
// - Lambda ListFunctions (GET /2015-03-31/functions/).
// - Resource Groups Tagging API GetResources (POST /, JSON 1.1, X-Amz-Target
//   ResourceGroupsTaggingAPI_20170126.GetResources): the Lambda functions' tags in one paged call.
// - Cost Explorer GetCostAndUsage / GetDimensionValues, JSON 1.1 (X-Amz-Target AWSInsightsIndexService.*).
// Numbers are range-checked: a count or token sum that is negative, fractional beyond rounding, not finite
// or above 2^53 is an error, never a wrapped value.

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

struct PollContext;

// The error code of an AWS error answer: the x-amzn-query-error style code in a JSON body's "__type" (text
// after '#', before ':'), a Query <Code>, or "" when the body is neither.
std::string awsErrorCode(std::string_view body);

// ---- CloudWatch ----

struct MetricQuery
{
    std::string id; // starts with a lower-case letter; letters, digits, '_'
    std::string nameSpace, metricName;
    std::vector<std::pair<std::string, std::string>> dimensions;
    std::int64_t periodSeconds = 3600;
    std::string stat = "Sum";
};

struct MetricSeries
{
    std::string id, label, statusCode;
    std::vector<std::pair<Epoch, double>> points; // time, value; in the order received
};

struct MetricDataPage
{
    std::vector<MetricSeries> series;
    std::string nextToken;
    std::vector<std::string> messages;
};

std::string getMetricDataBody(
    const std::vector<MetricQuery>& queries, Epoch start, Epoch end, const std::string& nextToken);
Result<MetricDataPage> parseGetMetricData(std::string_view body);

struct ListMetricsPage
{
    // Each metric's dimensions as name -> value.
    std::vector<std::map<std::string, std::string>> metrics;
    std::string nextToken;
};
std::string listMetricsBody(const std::string& nameSpace, const std::string& metricName, const std::string& dimension,
    const std::string& nextToken);
Result<ListMetricsPage> parseListMetrics(std::string_view body);

// A metric value as a count: finite, >= 0, at most 2^53, rounded to the nearest whole number.
Result<std::int64_t> metricCount(double v, std::string_view what);

// Every series of `queries` over [start, end), all pages merged by query id (a page repeats ids when the
// point budget ran out). Splits the queries into calls of at most 500. POSTs to `url`.
Result<std::vector<MetricSeries>> fetchMetricData(
    PollContext& c, const std::string& url, const std::vector<MetricQuery>& queries, Epoch start, Epoch end);
// Every value of `dimension` among the metrics named `metricName` in `nameSpace`, all pages.
Result<std::vector<std::string>> fetchMetricDimensionValues(PollContext& c, const std::string& url,
    const std::string& nameSpace, const std::string& metricName, const std::string& dimension);

// ---- Bedrock ----

struct InferenceProfile
{
    std::string id, arn, name, type; // type: APPLICATION or SYSTEM_DEFINED
    std::vector<std::string> modelArns;
    std::map<std::string, std::string> tags; // filled by ListTagsForResource
    // The foundation model the profile runs ("anthropic.claude-sonnet-4-5-20250929-v1:0"), or "".
    std::string modelId() const;
};
struct InferenceProfilePage
{
    std::vector<InferenceProfile> profiles;
    std::string nextToken;
};
Result<InferenceProfilePage> parseInferenceProfiles(std::string_view body);
Result<std::map<std::string, std::string>> parseBedrockTags(std::string_view body);

// ---- Lambda ----

struct LambdaFunction
{
    std::string name, arn, architecture = "x86_64";
    std::int64_t memoryMb = 128;
};
struct LambdaFunctionPage
{
    std::vector<LambdaFunction> functions;
    std::string nextMarker;
};
Result<LambdaFunctionPage> parseLambdaFunctions(std::string_view body);

// The tags of Lambda functions. Lambda's own ListTags takes the function ARN in the path, which libcurl 7.88
// signs wrongly (it does not double-encode the ':'s; reference 1.3), so the tags come from the Resource
// Groups Tagging API instead: one POST per page with a JSON body, which curl signs correctly.
struct TaggedResource
{
    std::string arn;
    std::map<std::string, std::string> tags;
};
struct TaggedResourcePage
{
    std::vector<TaggedResource> resources;
    std::string paginationToken; // "" on the last page
};
// The GetResources request body for Lambda functions, from `paginationToken` ("" for the first page).
std::string lambdaTagsRequestBody(const std::string& paginationToken);
Result<TaggedResourcePage> parseTaggedResources(std::string_view body);
// "summarise-ticket" of "arn:aws:lambda:us-east-1:111122223333:function:summarise-ticket[:alias]"; "" when
// the ARN is not a function's.
std::string lambdaFunctionNameOfArn(std::string_view arn);

// ---- Cost Explorer ----

struct CostGroup
{
    Epoch start = 0, end = 0;
    std::vector<std::string> keys; // in GroupBy order; a TAG key as "key$value" split at the first '$'
    Nano cost = 0; // UnblendedCost, USD
    std::string usageQuantity; // as AWS wrote it (a decimal string; units vary)
    bool estimated = false;
};
struct CostAndUsagePage
{
    std::vector<CostGroup> groups;
    std::string nextPageToken;
};
Result<CostAndUsagePage> parseCostAndUsage(std::string_view body);
struct DimensionValuesPage
{
    std::vector<std::string> values;
    std::string nextPageToken;
};
Result<DimensionValuesPage> parseDimensionValues(std::string_view body);

} // namespace burnrate
