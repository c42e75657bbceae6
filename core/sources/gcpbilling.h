#pragma once
// The gcp-billing source: Cloud Billing standard usage cost export files (a BigQuery export extracted with
// `bq extract`, or a query's CSV/JSON download) - one file or a folder of them. Pure parts (no store, no
// poll): the row reader, the Vertex AI SKU classifier and the aggregation into provider google usage buckets
// and cost lines. The poll (sources/gcpbilling.cpp) re-reads every file and replaces the covered range.
//
// Shapes read: CSV with a header (dotted BigQuery names such as `sku.description`, their flattened forms
// `sku_description`, or the short names of the reference query: service, sku_id, sku, project_id,
// labels_json, cost, currency, credits, qty, unit), JSON Lines (`bq extract --destination_format
// NEWLINE_DELIMITED_JSON`: nested records), or one JSON array of such rows; plain or gzip-compressed.
// Money is parsed from its decimal text into nano-USD (no floating-point sums); only USD is accepted.

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"
#include "model/usage.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace burnrate {

// What a Vertex AI SKU bills, from its description (aws-google-apis.md 7.4).
enum class VertexSkuClass
{
    Input, // text/audio/image/video input: tokens or characters
    Output, // output, thinking included
    CachedInput, // context-cache reads ("... Input Text Caching")
    CacheStorage, // context-cache storage ("... Caching Storage", token-hours)
    Other, // anything else billed under Vertex AI (endpoints, training, tuning, ...)
};
VertexSkuClass classifyVertexSku(std::string_view skuDescription);
const char* vertexSkuClassName(VertexSkuClass c);

// The model a SKU bills, as the price catalog names it: "Gemini 2.5 Flash GA Text Input - Predictions" ->
// "gemini-2.5-flash", "Gemini 2.5 Flash Lite ..." -> "gemini-2.5-flash-lite". "" when the description does
// not start with a model name (a Gemini model; other publishers' SKUs carry no catalog name).
std::string modelOfVertexSku(std::string_view skuDescription);

// Tokens per unit of a usage unit as a power of ten ("tokens", "count" -> 0, "1k tokens" -> 3, "1M tokens"
// -> 6), or nullopt when the unit is not a token count (characters, hours, requests, bytes, ...).
std::optional<int> tokenUnitScale(std::string_view unit);

// One row of the export, as read (the columns Burnrate uses; others are ignored).
struct BillingExportRow
{
    std::int64_t line = 0; // where it starts in its file
    std::string serviceId, service, skuId, skuDescription, projectId, currency, costType;
    Epoch start = 0, end = 0; // usage_start_time, usage_end_time
    Nano cost = 0; // before credits, nano-USD
    Nano credits = 0; // the sum of credits[].amount (<= 0)
    std::vector<std::string> creditTypes; // credits[].type (or name), in order, without repeats
    std::string usageAmount, usageUnit; // in pricing units when the export has them, else the base unit
    std::map<std::string, std::string> labels; // labels[] {key, value}
};

// True for the services whose SKUs Burnrate reads: Vertex AI (by id or name) and the Gemini API.
bool isLlmBillingService(const BillingExportRow& row);

// A row that could not be read, and why.
struct BillingRowProblem
{
    std::int64_t line = 0;
    std::string reason;
};

// Reads one export file row by row; `onRow` gets every readable row (all services). A row that cannot be read
// (malformed, over 1 MB, a bad amount or time, invalid UTF-8) goes to `onProblem` and the rest is read. The
// whole file is refused (an error naming it) when it cannot be opened, when a CSV header lacks a required
// column, when a JSON array is broken or cut short, when a row's currency is not USD, or when `onRow` fails.
Result<std::int64_t> readBillingExport(const std::string& path,
    const std::function<Result<void>(const BillingExportRow&)>& onRow,
    const std::function<void(const BillingRowProblem&)>& onProblem);

// The files a gcp-billing path names: the file itself, or a folder's regular files ending in .csv, .json,
// .jsonl or .ndjson (optionally .gz), not hidden, in name order (not recursive).
Result<std::vector<std::string>> billingExportFiles(const std::string& path);

// Vertex AI / Gemini rows summed into what the store keeps:
// - cost lines (billing lens, provider google) per UTC day, project and SKU: the cost before credits as
//   line item sku.id (sku.id + "/" + cost_type for tax, adjustments, ...), and the credits on their own lines
//   ("credit/" + sku.id, negative), so the sum of a day's lines is the net invoice and the credits stay
//   visible (FOCUS keeps credits as rows of their own too);
// - usage buckets of kind "gcp-billing" per usage window, model, project, tenant, team and tier, for token
//   SKUs (input, output and cached input counted in tokens; not audio, image or video output): input holds every prompt
//   token, cached input the cache reads (priced at the catalog's cached-input rate), reported cost the SKUs' cost
//   before credits. Labels name the owner (tenant, team, env: sources/ownertags.h); project is project.id.
class VertexBillingAggregate
{
public:
    // Adds one row; rows of other services are counted and left out. Fails only on a sum that overflows.
    Result<void> add(const BillingExportRow& row);

    std::vector<UsageBucket> buckets() const;
    std::vector<CostLine> costLines() const;
    // [from, to): whole UTC days from the first row's day to the end of the last row's usage; from == to
    // when no row was added.
    Epoch from() const
    {
        return m_from;
    }
    Epoch to() const
    {
        return m_to;
    }
    std::int64_t rows() const
    {
        return m_rows;
    }
    std::int64_t otherServiceRows() const
    {
        return m_otherServices;
    }
    // Token rows kept as cost lines only: no Gemini model named, or audio / image / video output tokens (priced
    // apart from text; the catalog has text rates only).
    std::int64_t unmodelledTokenRows() const
    {
        return m_unmodelled;
    }

private:
    // (start, width, model, project, tenant, team, service tier, batch, context window)
    using BucketKey = std::tuple<Epoch, std::int64_t, std::string, std::string, std::string, std::string, std::string,
        bool, std::string>;
    using LineKey = std::tuple<Epoch, std::string, std::string>; // day, project, line item
    std::map<BucketKey, UsageBucket> m_buckets;
    std::map<LineKey, CostLine> m_lines;
    Epoch m_from = 0, m_to = 0;
    std::int64_t m_rows = 0, m_otherServices = 0, m_unmodelled = 0;
    Result<void> addLine(const LineKey& key, const std::string& description, Nano amount);
};

} // namespace burnrate
