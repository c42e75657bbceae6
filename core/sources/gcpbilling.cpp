#include "sources/gcpbilling.h"

#include "ingest/csvreader.h"
#include "ingest/fileinput.h"
#include "ingest/jsonarray.h"
#include "model/text.h"
#include "model/validate.h"
#include "sources/connector.h"
#include "sources/jsonutil.h"
#include "sources/ownertags.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>

namespace burnrate {

using jsonutil::json;

namespace {

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

// The longest row Burnrate reads: real export rows are a few KB (labels included).
constexpr std::size_t kMaxRowBytes = 1u << 20;

} // namespace

VertexSkuClass classifyVertexSku(std::string_view skuDescription)
{
    const std::string d = asciiLower(skuDescription);
    const bool caching = contains(d, "caching") || contains(d, "cached") || contains(d, "cache ");
    if (caching && contains(d, "storage"))
        return VertexSkuClass::CacheStorage;
    if (caching)
        return VertexSkuClass::CachedInput;
    if (contains(d, "output"))
        return VertexSkuClass::Output;
    if (contains(d, "input"))
        return VertexSkuClass::Input;
    return VertexSkuClass::Other;
}

const char* vertexSkuClassName(VertexSkuClass c)
{
    switch (c) {
    case VertexSkuClass::Input:
        return "input";
    case VertexSkuClass::Output:
        return "output";
    case VertexSkuClass::CachedInput:
        return "cached input";
    case VertexSkuClass::CacheStorage:
        return "context-cache storage";
    case VertexSkuClass::Other:
        break;
    }
    return "other";
}

std::string modelOfVertexSku(std::string_view skuDescription)
{
    // Words that end the model name: release stage, endpoint, tier, modality and token class.
    static const std::set<std::string, std::less<>> kStop = { "ga", "global", "regional", "text", "input", "output",
        "thinking", "audio", "image", "video", "multimodal", "caching", "cached", "cache", "context", "predictions",
        "prediction", "priority", "flex", "batch", "long", "short", "tokens", "token", "characters", "character", "-",
        "for", "with", "online", "and", "storage", "provisioned" };
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < skuDescription.size()) {
        while (i < skuDescription.size() && skuDescription[i] == ' ')
            ++i;
        std::size_t j = i;
        while (j < skuDescription.size() && skuDescription[j] != ' ')
            ++j;
        if (j > i)
            words.push_back(asciiLower(skuDescription.substr(i, j - i)));
        i = j;
    }
    if (words.size() < 2 || words[0] != "gemini")
        return {};
    std::string model = "gemini";
    for (std::size_t k = 1; k < words.size(); ++k) {
        const std::string& w = words[k];
        if (kStop.count(w) || w.front() == '(' || w.front() == '>' || w.front() == '<')
            break;
        if (w.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-") != std::string::npos)
            break;
        model += "-" + w;
    }
    return model == "gemini" ? std::string() : model;
}

std::optional<int> tokenUnitScale(std::string_view unit)
{
    std::string u = asciiLower(unit);
    u.erase(std::remove(u.begin(), u.end(), ' '), u.end());
    if (u == "token" || u == "tokens" || u == "count")
        return 0;
    if (u == "1ktokens" || u == "1000tokens" || u == "thousandtokens" || u == "1,000tokens" || u == "ktokens")
        return 3;
    if (u == "1mtokens" || u == "1milliontokens" || u == "milliontokens" || u == "1000000tokens"
        || u == "1,000,000tokens" || u == "mtokens")
        return 6;
    return std::nullopt;
}

bool isLlmBillingService(const BillingExportRow& row)
{
    if (row.serviceId == "C7E2-9256-1C43")
        return true;
    const std::string s = asciiLower(row.service);
    return s == "vertex ai" || s == "gemini api";
}

namespace {

// The columns read, each with the names it goes by: the export's dotted name first (nested in JSON), then
// flattened and short forms (a query's aliases, the reference query of aws-google-apis.md 7.3).
enum class Col
{
    ServiceId,
    Service,
    SkuId,
    Sku,
    Start,
    End,
    Project,
    Labels,
    Cost,
    Currency,
    Credits,
    CostType,
    PricingAmount,
    PricingUnit,
    Amount,
    Unit,
    Count
};

const std::array<std::vector<std::string>, static_cast<std::size_t>(Col::Count)>& columnNames()
{
    static const std::array<std::vector<std::string>, static_cast<std::size_t>(Col::Count)> kNames = { {
        { "service.id", "service_id" },
        { "service.description", "service_description", "service" },
        { "sku.id", "sku_id" },
        { "sku.description", "sku_description", "sku" },
        { "usage_start_time", "start_utc", "usage_start" },
        { "usage_end_time", "end_utc", "usage_end" },
        { "project.id", "project_id" },
        { "labels", "labels_json" },
        { "cost" },
        { "currency" },
        { "credits", "credits_json", "credits_amount" },
        { "cost_type" },
        { "usage.amount_in_pricing_units", "usage_amount_in_pricing_units", "qty" },
        { "usage.pricing_unit", "usage_pricing_unit", "unit" },
        { "usage.amount", "usage_amount" },
        { "usage.unit", "usage_unit" },
    } };
    return kNames;
}

const std::vector<std::string>& namesOf(Col c)
{
    return columnNames()[static_cast<std::size_t>(c)];
}

// The value of column `c` in a row object: a nested path ("sku" -> "description") or a flat key.
const json* lookup(const json& row, Col c)
{
    for (const std::string& name : namesOf(c)) {
        const json* v = nullptr;
        if (auto dot = name.find('.'); dot != std::string::npos) {
            const json* outer = jsonutil::member(row, name.substr(0, dot).c_str());
            if (outer && outer->is_object())
                v = jsonutil::member(*outer, name.substr(dot + 1).c_str());
        }
        if (!v)
            v = jsonutil::member(row, name.c_str());
        if (v && !v->is_null() && !v->is_object())
            return v;
    }
    return nullptr;
}

std::string text(const json& row, Col c)
{
    const json* v = lookup(row, c);
    if (!v)
        return {};
    if (v->is_string())
        return v->get<std::string>();
    if (v->is_number() || v->is_boolean())
        return v->dump();
    return {};
}

// A usage time: RFC 3339, BigQuery's "2026-11-10 01:00:00 UTC", or epoch seconds (also "1.7934912E9").
std::optional<Epoch> parseExportTime(const json& v)
{
    std::string s;
    if (v.is_string())
        s = v.get<std::string>();
    else if (v.is_number())
        s = v.dump();
    else
        return std::nullopt;
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    if (s.size() > 4 && s.compare(s.size() - 4, 4, " UTC") == 0)
        s.resize(s.size() - 4);
    if (auto t = parseTimestamp(s))
        return t;
    if (auto n = parseDecimalNano(s); n && *n >= 0)
        return *n / kNanoPerUsd; // seconds, the fraction dropped
    return std::nullopt;
}

// A JSON value given as JSON text inside a CSV cell (labels, credits), or the value itself.
json embedded(const json& v)
{
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        const auto first = s.find_first_not_of(" \t");
        if (first != std::string::npos && (s[first] == '[' || s[first] == '{'))
            return json::parse(s, nullptr, false); // discarded when malformed
    }
    return v;
}

// Fills `row` from one record; false with a reason when a value is unusable.
bool rowFromJson(const json& rec, BillingExportRow& row, std::string& reason)
{
    if (!rec.is_object()) {
        reason = "not a JSON object";
        return false;
    }
    row.serviceId = text(rec, Col::ServiceId);
    row.service = text(rec, Col::Service);
    row.currency = text(rec, Col::Currency);
    if (!row.currency.empty() && asciiLower(row.currency) != "usd")
        return true; // refused for the whole file by the caller
    if (row.service.empty() && row.serviceId.empty()) {
        reason = "no service (service.description or service.id)";
        return false;
    }
    if (!isLlmBillingService(row))
        return true; // other services are counted, not read further
    row.skuId = text(rec, Col::SkuId);
    row.skuDescription = text(rec, Col::Sku);
    row.projectId = text(rec, Col::Project);
    row.costType = text(rec, Col::CostType);
    if (row.skuDescription.empty() && row.skuId.empty()) {
        reason = "no SKU (sku.description or sku.id)";
        return false;
    }
    if (row.currency.empty()) {
        reason = "no currency";
        return false;
    }
    const json* start = lookup(rec, Col::Start);
    auto t0 = start ? parseExportTime(*start) : std::nullopt;
    if (!t0) {
        reason = start ? "usage_start_time '" + start->dump().substr(0, 64) + "' is not a time" : "no usage_start_time";
        return false;
    }
    row.start = *t0;
    row.end = *t0 + 3600; // rows are hourly; a query that leaves out the end time gets this
    if (const json* end = lookup(rec, Col::End)) {
        auto t1 = parseExportTime(*end);
        if (!t1) {
            reason = "usage_end_time '" + end->dump().substr(0, 64) + "' is not a time";
            return false;
        }
        row.end = *t1;
    }
    if (row.end <= row.start || row.start < limits::kMinTimestamp || row.end > limits::kMaxTimestamp) {
        reason = "usage window " + std::to_string(row.start) + ".." + std::to_string(row.end) + " is not valid";
        return false;
    }
    const json* cost = lookup(rec, Col::Cost);
    auto amount = cost ? jsonutil::decimal(*cost) : std::nullopt;
    if (!amount || *amount < -limits::kMaxBucketCost || *amount > limits::kMaxBucketCost) {
        reason = cost ? "cost " + cost->dump().substr(0, 64) + " is not an amount Burnrate can hold (at most "
                + formatUsd(limits::kMaxBucketCost, 0) + ")"
                      : "no cost";
        return false;
    }
    row.cost = *amount;
    if (const json* credits = lookup(rec, Col::Credits)) {
        const json c = embedded(*credits);
        auto addCredit = [&](const json& v) -> bool {
            auto a = jsonutil::decimal(v);
            if (!a || *a > 0 || *a < -limits::kMaxBucketCost || __builtin_add_overflow(row.credits, *a, &row.credits)) {
                reason = "credit amount " + v.dump().substr(0, 64) + " is not a negative amount in range";
                return false;
            }
            return true;
        };
        if (c.is_array()) {
            for (const json& e : c) {
                const json* a = jsonutil::member(e, "amount");
                if (!a || !addCredit(*a)) {
                    if (reason.empty())
                        reason = "a credit without an amount";
                    return false;
                }
                std::string type = jsonutil::str(e, "type");
                if (type.empty())
                    type = jsonutil::str(e, "name");
                if (!type.empty()
                    && std::find(row.creditTypes.begin(), row.creditTypes.end(), type) == row.creditTypes.end())
                    row.creditTypes.push_back(type);
            }
        } else if (c.is_discarded() || c.is_object()) {
            reason = "credits are not a list of {amount, type}";
            return false;
        } else if (!(c.is_string() && c.get_ref<const std::string&>().empty()) && !addCredit(c)) {
            return false;
        }
    }
    if (const json* labels = lookup(rec, Col::Labels)) {
        const json l = embedded(*labels);
        auto value = [](const json& v) {
            return v.is_string() ? v.get<std::string>() : v.is_null() ? "" : v.dump();
        };
        if (l.is_array()) {
            for (const json& e : l) {
                const std::string key = jsonutil::str(e, "key");
                if (!key.empty())
                    row.labels[key] = value(e.value("value", json()));
            }
        } else if (l.is_object()) {
            for (const auto& [k, v] : l.items())
                row.labels[k] = value(v);
        } else if (!(l.is_string() && l.get_ref<const std::string&>().empty())) {
            reason = "labels are not a list of {key, value}";
            return false;
        }
    }
    // Quantity: in pricing units when the export has them (tokens are priced per unit there), else the base.
    row.usageAmount = text(rec, Col::PricingAmount);
    row.usageUnit = text(rec, Col::PricingUnit);
    if (row.usageAmount.empty()) {
        row.usageAmount = text(rec, Col::Amount);
        row.usageUnit = text(rec, Col::Unit);
    }
    if (!row.usageAmount.empty()) {
        auto q = parseDecimalNano(row.usageAmount, -9);
        if (!q || *q < 0) {
            reason = "usage amount '" + row.usageAmount.substr(0, 64) + "' is not a non-negative number in range";
            return false;
        }
    }
    return true;
}

// Row readers over the three shapes; each hands out JSON objects (CSV rows as objects of strings).
class RowSource
{
public:
    virtual ~RowSource() = default;
    enum class Status
    {
        Row,
        Problem,
        End
    };
    // A problem is a row that could not be read (`reason`); an error stops the file.
    virtual Result<Status> next(json& row, std::int64_t& line, std::string& reason) = 0;
};

class CsvRows : public RowSource
{
public:
    explicit CsvRows(std::FILE* f)
        : m_reader(f, kMaxRowBytes, 512)
    {
    }
    Result<void> readHeader(const std::string& path)
    {
        std::vector<std::string> fields;
        std::int64_t line = 0;
        if (m_reader.next(fields, line) != CsvReader::Status::Record)
            return makeError(ErrorCode::Parse,
                path + ": not a Cloud Billing export: no CSV header (an empty, binary or unreadable file)");
        for (std::string& f : fields) {
            f = asciiLower(f);
            while (!f.empty() && (f.back() == ' ' || f.back() == '\r'))
                f.pop_back();
            while (!f.empty() && f.front() == ' ')
                f.erase(f.begin());
        }
        std::vector<std::string> missing;
        auto has = [&](Col c) {
            for (const std::string& n : namesOf(c))
                if (std::find(fields.begin(), fields.end(), n) != fields.end())
                    return true;
            return false;
        };
        if (!has(Col::Service) && !has(Col::ServiceId))
            missing.push_back("service.description");
        for (Col c : { Col::Sku, Col::Start, Col::Cost, Col::Currency })
            if (!has(c))
                missing.push_back(namesOf(c).front());
        if (!missing.empty()) {
            std::string list;
            for (const std::string& m : missing)
                list += (list.empty() ? "" : ", ") + m;
            return makeError(ErrorCode::Parse,
                path + ": not a Cloud Billing export: the CSV header lacks " + list
                    + " (see docs/SOURCES.md for the columns read)");
        }
        m_header = std::move(fields);
        return {};
    }
    Result<Status> next(json& row, std::int64_t& line, std::string& reason) override
    {
        std::vector<std::string> fields;
        for (;;) {
            switch (m_reader.next(fields, line)) {
            case CsvReader::Status::End:
                return Status::End;
            case CsvReader::Status::Oversized:
                reason = "row longer than " + std::to_string(kMaxRowBytes >> 20) + " MB";
                return Status::Problem;
            case CsvReader::Status::TooManyFields:
                reason = "row with more than 512 fields";
                return Status::Problem;
            case CsvReader::Status::UnterminatedQuote:
                reason = "a quoted field never ends (a truncated file?)";
                return Status::Problem;
            case CsvReader::Status::Record:
                break;
            }
            if (fields.size() == 1 && fields[0].empty())
                continue; // a blank line
            break;
        }
        if (fields.size() != m_header.size()) {
            reason = std::to_string(fields.size()) + " fields where the header has " + std::to_string(m_header.size());
            return Status::Problem;
        }
        row = json::object();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (!validUtf8(fields[i])) {
                reason = "invalid UTF-8 in column " + m_header[i];
                return Status::Problem;
            }
            if (!fields[i].empty())
                row[m_header[i]] = std::move(fields[i]);
        }
        return Status::Row;
    }

private:
    CsvReader m_reader;
    std::vector<std::string> m_header;
};

Result<RowSource::Status> parsedObject(std::string_view textRow, json& row, std::string& reason)
{
    row = json::parse(textRow, nullptr, false);
    if (row.is_discarded() || !row.is_object()) {
        reason = validUtf8(textRow) ? "not a JSON object (malformed or cut short)" : "invalid UTF-8";
        return RowSource::Status::Problem;
    }
    return RowSource::Status::Row;
}

class JsonLineRows : public RowSource
{
public:
    explicit JsonLineRows(std::FILE* f)
        : m_reader(f, kMaxRowBytes)
    {
    }
    Result<Status> next(json& row, std::int64_t& line, std::string& reason) override
    {
        std::string text;
        for (;;) {
            switch (m_reader.next(text, line)) {
            case LineReader::Status::End:
                return Status::End;
            case LineReader::Status::Oversized:
                reason = "line longer than " + std::to_string(kMaxRowBytes >> 20) + " MB";
                return Status::Problem;
            case LineReader::Status::Line:
                break;
            }
            if (text.find_first_not_of(" \t\r") != std::string::npos)
                break;
        }
        return parsedObject(text, row, reason);
    }

private:
    LineReader m_reader;
};

class JsonArrayRows : public RowSource
{
public:
    JsonArrayRows(std::FILE* f, std::string path)
        : m_reader(f, kMaxRowBytes)
        , m_path(std::move(path))
    {
    }
    Result<Status> next(json& row, std::int64_t& line, std::string& reason) override
    {
        std::string text;
        switch (m_reader.next(text, line)) {
        case JsonArrayReader::Status::End:
            return Status::End;
        case JsonArrayReader::Status::Oversized:
            reason = "element longer than " + std::to_string(kMaxRowBytes >> 20) + " MB";
            return Status::Problem;
        case JsonArrayReader::Status::Malformed:
            return makeError(ErrorCode::Parse,
                m_path + " line " + std::to_string(line) + ": the JSON array is broken (" + m_reader.error()
                    + "); nothing from the source was changed");
        case JsonArrayReader::Status::Element:
            break;
        }
        return parsedObject(text, row, reason);
    }

private:
    JsonArrayReader m_reader;
    std::string m_path;
};

} // namespace

Result<std::int64_t> readBillingExport(const std::string& path,
    const std::function<Result<void>(const BillingExportRow&)>& onRow,
    const std::function<void(const BillingRowProblem&)>& onProblem)
{
    auto file = openRecordFile(path);
    if (!file)
        return file.error();
    std::FILE* fp = file->input.file.get();
    std::unique_ptr<RowSource> rows;
    if (file->shape == RecordShape::Csv) {
        auto csv = std::make_unique<CsvRows>(fp);
        if (auto ok = csv->readHeader(path); !ok)
            return ok.error();
        rows = std::move(csv);
    } else if (file->shape == RecordShape::Lines) {
        rows = std::make_unique<JsonLineRows>(fp);
    } else {
        rows = std::make_unique<JsonArrayRows>(fp, path);
    }
    std::int64_t read = 0;
    json rec;
    for (;;) {
        std::int64_t line = 0;
        std::string reason;
        auto status = rows->next(rec, line, reason);
        if (!status)
            return status.error();
        if (*status == RowSource::Status::End)
            break;
        ++read;
        BillingExportRow row;
        row.line = line;
        if (*status == RowSource::Status::Row && !rowFromJson(rec, row, reason))
            status = RowSource::Status::Problem;
        if (*status == RowSource::Status::Problem) {
            onProblem({ line, reason });
            continue;
        }
        if (!row.currency.empty() && asciiLower(row.currency) != "usd")
            return makeError(ErrorCode::Invalid,
                path + " line " + std::to_string(line) + ": the billing currency is '" + row.currency.substr(0, 16)
                    + "'; Burnrate keeps money in USD only and does not convert (nothing from the source was "
                      "changed; export a billing account that is invoiced in USD)");
        if (auto ok = onRow(row); !ok)
            return ok.error();
    }
    if (std::ferror(fp))
        return makeError(ErrorCode::Io, "cannot read " + path + " to its end (a corrupt or truncated file?)");
    return read;
}

Result<std::vector<std::string>> billingExportFiles(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (path.empty())
        return makeError(ErrorCode::Invalid, "a gcp-billing source needs the path of its export files (--path)");
    if (!fs::is_directory(path, ec))
        return std::vector<std::string> { path }; // openInputFile names what is wrong with it
    std::vector<std::string> out;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.' || !it->is_regular_file(ec))
            continue;
        std::string n = asciiLower(name);
        if (n.size() > 3 && n.compare(n.size() - 3, 3, ".gz") == 0)
            n.resize(n.size() - 3);
        for (const char* ext : { ".csv", ".json", ".jsonl", ".ndjson" })
            if (n.size() > std::strlen(ext) && n.compare(n.size() - std::strlen(ext), std::strlen(ext), ext) == 0) {
                out.push_back(it->path().string());
                break;
            }
    }
    if (ec)
        return makeError(ErrorCode::Io, "cannot list " + path + ": " + ec.message());
    std::sort(out.begin(), out.end());
    return out;
}

Result<void> VertexBillingAggregate::addLine(const LineKey& key, const std::string& description, Nano amount)
{
    CostLine& l = m_lines[key];
    if (l.lineItem.empty()) {
        l.start = std::get<0>(key);
        l.widthSeconds = kSecondsPerDay;
        l.provider = "google";
        l.project = std::get<1>(key);
        l.lineItem = std::get<2>(key);
        l.description = description;
        l.currency = "usd";
    }
    if (__builtin_add_overflow(l.amount, amount, &l.amount))
        return makeError(ErrorCode::Parse, "gcp-billing: the amounts of " + l.lineItem + " overflow");
    return {};
}

Result<void> VertexBillingAggregate::add(const BillingExportRow& row)
{
    if (!isLlmBillingService(row)) {
        ++m_otherServices;
        return {};
    }
    const Epoch day = floorDay(row.start);
    const Epoch endDay = floorDay(row.end - 1) + kSecondsPerDay;
    m_from = m_rows == 0 ? day : std::min(m_from, day);
    m_to = m_rows == 0 ? endDay : std::max(m_to, endDay);
    ++m_rows;
    const std::string costType = asciiLower(row.costType);
    const bool regular = costType.empty() || costType == "regular";
    const std::string sku = row.skuId.empty() ? row.skuDescription : row.skuId;
    const std::string item = regular ? sku : sku + "/" + costType;
    const std::string description = row.skuDescription.empty() ? row.skuId : row.skuDescription;
    if (auto ok = addLine({ day, row.projectId, item }, description, row.cost); !ok)
        return ok;
    if (row.credits != 0) {
        std::string types;
        for (const std::string& t : row.creditTypes)
            types += (types.empty() ? "" : ", ") + t;
        if (auto ok = addLine({ day, row.projectId, "credit/" + item },
                "Credits" + (types.empty() ? std::string() : " (" + types + ")") + " on " + description, row.credits);
            !ok)
            return ok;
    }
    // Usage buckets: token SKUs of regular usage, counted in tokens, of a model the catalog can name.
    const VertexSkuClass cls = classifyVertexSku(row.skuDescription);
    if (!regular || row.cost < 0 || row.end - row.start > kSecondsPerDay
        || (cls != VertexSkuClass::Input && cls != VertexSkuClass::Output && cls != VertexSkuClass::CachedInput))
        return {};
    const std::string d = asciiLower(row.skuDescription);
    const auto scale = tokenUnitScale(row.usageUnit);
    if (!scale || row.usageAmount.empty() || contains(d, "character"))
        return {};
    const std::string model = modelOfVertexSku(row.skuDescription);
    // Audio input and image or video output cost more than text tokens and the catalog has only text rates:
    // such tokens stay in the cost lines rather than be priced at the text rate.
    const bool pricedApart
        = contains(d, "audio") || (cls == VertexSkuClass::Output && (contains(d, "image") || contains(d, "video")));
    if (model.empty() || pricedApart) {
        ++m_unmodelled;
        return {};
    }
    auto tokens = parseDecimalNano(row.usageAmount, *scale - 9);
    if (!tokens || *tokens < 0 || *tokens > limits::kMaxBucketTokens)
        return makeError(ErrorCode::Invalid,
            "token count '" + row.usageAmount.substr(0, 32) + " " + row.usageUnit + "' is out of range");
    Dimensions dims;
    dims.provider = "google";
    dims.model = model;
    applyOwnerTags(row.labels, dims);
    if (!row.projectId.empty())
        dims.project = row.projectId;
    if (contains(d, " priority"))
        dims.serviceTier = "priority";
    else if (contains(d, " flex"))
        dims.serviceTier = "flex";
    const bool batch = contains(d, "batch");
    const std::string contextWindow
        = (contains(d, "long context") || contains(d, ">200k") || contains(d, "> 200k")) ? "200k+" : "";
    const BucketKey key { row.start, row.end - row.start, model, dims.project, dims.tenant, dims.team, dims.serviceTier,
        batch, contextWindow };
    UsageBucket& b = m_buckets[key];
    if (b.kind.empty()) {
        b.start = row.start;
        b.widthSeconds = row.end - row.start;
        b.kind = "gcp-billing";
        b.lens = Lens::Billing;
        b.dims = dims;
        b.batch = batch;
        b.contextWindow = contextWindow;
        b.reportedCost = 0;
    }
    auto addTo = [&](std::int64_t& slot) {
        return !__builtin_add_overflow(slot, *tokens, &slot);
    };
    bool ok = true;
    switch (cls) {
    case VertexSkuClass::Input:
        ok = addTo(b.tokens.input);
        break;
    case VertexSkuClass::CachedInput: // a cache read is a prompt token too
        ok = addTo(b.tokens.input) && addTo(b.tokens.cachedInput);
        break;
    default:
        ok = addTo(b.tokens.output);
        break;
    }
    if (!ok || __builtin_add_overflow(*b.reportedCost, row.cost, &*b.reportedCost))
        return makeError(ErrorCode::Parse, "gcp-billing: the sums for " + model + " overflow");
    return {};
}

std::vector<UsageBucket> VertexBillingAggregate::buckets() const
{
    std::vector<UsageBucket> out;
    out.reserve(m_buckets.size());
    for (const auto& [key, b] : m_buckets)
        out.push_back(b);
    return out;
}

std::vector<CostLine> VertexBillingAggregate::costLines() const
{
    std::vector<CostLine> out;
    out.reserve(m_lines.size());
    for (const auto& [key, l] : m_lines)
        out.push_back(l);
    return out;
}

Result<void> pollGcpBilling(PollContext& c)
{
    auto cfg = json::parse(c.source.configJson, nullptr, false);
    const std::string path = cfg.is_object() ? jsonutil::str(cfg, "path") : std::string();
    auto files = billingExportFiles(path);
    if (!files)
        return files.error();
    VertexBillingAggregate agg;
    c.phases = std::max<int>(1, static_cast<int>(files->size()));
    c.phase = 0;
    for (const std::string& file : *files) {
        if (c.cancelled())
            return makeError(ErrorCode::Cancelled, "cancelled");
        auto read = readBillingExport(
            file,
            [&](const BillingExportRow& row) -> Result<void> {
                auto ok = agg.add(row);
                if (!ok && ok.error().code == ErrorCode::Invalid) {
                    c.reject(file + " line " + std::to_string(row.line), ok.error());
                    return {};
                }
                return ok;
            },
            [&](const BillingRowProblem& p) {
                c.reject(file + " line " + std::to_string(p.line), Error { ErrorCode::Invalid, p.reason });
            });
        if (!read)
            return read.error();
        ++c.out.pages; // a file is this source's page
        ++c.phase;
        c.report(0);
    }
    if (agg.otherServiceRows() > 0)
        c.out.warnings.push_back(std::to_string(agg.otherServiceRows())
            + " rows of other services (not Vertex AI or the Gemini API) were left out");
    if (agg.unmodelledTokenRows() > 0)
        c.out.warnings.push_back(std::to_string(agg.unmodelledTokenRows())
            + " token rows name no Gemini model or are priced apart from text (audio, image or video output): kept "
              "as cost lines only, without usage buckets");
    if (agg.rows() == 0) {
        c.out.warnings.push_back("no Vertex AI or Gemini API rows in " + std::to_string(files->size())
            + " file(s) under " + path + "; nothing stored was changed");
        return {};
    }
    for (const SourceInfo& s : c.db.sources())
        if (s.type == "vertex") {
            c.out.warnings.push_back("source " + s.name
                + " (vertex) stores Gemini token counts in the billing lens too: with both, google tokens "
                  "count twice; keep one of them");
            break;
        }
    // Every file is read again on each poll, so the range they cover is replaced as a whole: a revised or
    // re-extracted file never adds to what is stored.
    if (auto ok = replaceBuckets(c, agg.from(), agg.to(), "gcp-billing", agg.buckets()); !ok)
        return ok;
    return replaceCostLines(c, agg.from(), agg.to(), agg.costLines());
}

} // namespace burnrate
