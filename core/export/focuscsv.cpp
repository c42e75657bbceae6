#include "export/focuscsv.h"

#include "export/financecsv.h"
#include "model/price.h"
#include "pricing/pricebook.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace burnrate {

namespace {

// Who sells, publishes and invoices a provider's usage, and the service it is sold as. A marketplace
// (a cloud or an inference host) publishes other companies' models: its publisher comes from the model.
struct ProviderInfo
{
    std::string_view id; // our canonical provider name (PriceBook::canonicalProvider)
    std::string_view name; // ProviderName and InvoiceIssuerName
    std::string_view service; // ServiceName
    bool marketplace;
};
constexpr ProviderInfo kProviders[] = {
    { "openai", "OpenAI", "OpenAI API", false },
    { "anthropic", "Anthropic", "Anthropic API", false },
    { "google", "Google", "Gemini API", false },
    { "mistral", "Mistral AI", "Mistral AI API", false },
    { "cohere", "Cohere", "Cohere API", false },
    { "deepseek", "DeepSeek", "DeepSeek API", false },
    { "xai", "xAI", "xAI API", false },
    { "bedrock", "AWS", "Amazon Bedrock", true },
    { "azure", "Microsoft", "Azure OpenAI", true },
    { "groq", "Groq", "GroqCloud", true },
    { "together_ai", "Together AI", "Together AI API", true },
    { "fireworks_ai", "Fireworks AI", "Fireworks AI API", true },
    { "openrouter", "OpenRouter", "OpenRouter API", true },
};

// Model families by the publisher that makes them (for usage sold through a marketplace).
struct Publisher
{
    std::string_view family; // a substring of the lower-case model name
    std::string_view name;
    bool wordStart = false; // only at the start of the name or after '/', '.', ':' (short names: "o1")
};
constexpr Publisher kPublishers[] = {
    { "claude", "Anthropic" },
    { "gpt", "OpenAI" },
    { "o1", "OpenAI", true },
    { "o3", "OpenAI", true },
    { "o4", "OpenAI", true },
    { "text-embedding", "OpenAI" },
    { "gemini", "Google" },
    { "gemma", "Google" },
    { "llama", "Meta" },
    { "mistral", "Mistral AI" },
    { "mixtral", "Mistral AI" },
    { "codestral", "Mistral AI" },
    { "command", "Cohere" },
    { "cohere", "Cohere" },
    { "nova", "Amazon" },
    { "titan", "Amazon" },
    { "deepseek", "DeepSeek" },
    { "grok", "xAI" },
    { "qwen", "Alibaba" },
};

const ProviderInfo* providerInfo(std::string_view provider)
{
    const std::string id = PriceBook::canonicalProvider(provider);
    for (const ProviderInfo& p : kProviders)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::string publisherOf(const ProviderInfo* info, const std::string& provider, const std::string& model)
{
    if (!info)
        return provider;
    if (!info->marketplace)
        return std::string(info->name);
    std::string m = model;
    std::transform(m.begin(), m.end(), m.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const Publisher& p : kPublishers)
        for (auto at = m.find(p.family); at != std::string::npos; at = m.find(p.family, at + 1))
            if (!p.wordStart || at == 0 || m[at - 1] == '/' || m[at - 1] == '.' || m[at - 1] == ':')
                return std::string(p.name);
    return std::string(info->name);
}

// A JSON string literal. Control characters (and DEL, which the CSV layer would otherwise escape in a
// way JSON does not read) are \u escapes; invalid UTF-8 is left to csvSafeText(), which makes it U+FFFD.
void appendJsonString(std::string& out, std::string_view text)
{
    out += '"';
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

// The Tags key of an allocation axis.
std::string tagName(const Axis& a)
{
    if (a.isTag())
        return a.tagKey;
    if (a.dim == Dim::PromptId)
        return "prompt";
    return dimName(a.dim);
}

// A 128-bit integer in decimal (a sum of two 64-bit token counts may not fit 64 bits).
std::string integer(Int128 v)
{
    const bool negative = v < 0;
    std::string digits;
    do {
        const int d = static_cast<int>(v % 10);
        digits.insert(digits.begin(), static_cast<char>('0' + (negative ? -d : d)));
        v /= 10;
    } while (v != 0);
    return negative ? "-" + digits : digits;
}

// Tokens as millions, exactly: 1,234,567 -> "1.234567".
std::string millions(Int128 tokens)
{
    const bool negative = tokens < 0;
    std::string whole = integer(tokens / 1'000'000);
    int frac = static_cast<int>(tokens % 1'000'000);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06d", negative ? -frac : frac);
    return (negative && whole[0] != '-' ? "-" : "") + whole + "." + buf;
}

Epoch nextBucket(Epoch start, Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return start + 3600;
    case Granularity::Day:
        return start + kSecondsPerDay;
    case Granularity::Week:
        return start + 7 * kSecondsPerDay;
    case Granularity::Month:
        return addMonths(start, 1);
    case Granularity::None:
        break;
    }
    return start;
}

// What the columns of one row are computed from.
struct FocusRow
{
    const Totals* t = nullptr;
    std::string provider, model, tagsJson, region, priceId;
    Epoch start = 0, end = 0;
    Lens lens = Lens::Attribution;
    int decimals = 6;
    const ProviderInfo* info = nullptr;

    Int128 tokens() const
    {
        return Int128(t->input) + t->output;
    }
    std::string cost() const
    {
        return formatDecimal(roundNano(t->cost, decimals), decimals);
    }
    bool unpriced() const
    {
        return t->unpricedRequests > 0 || t->unpricedTokens > 0;
    }
    std::string providerName() const
    {
        return info ? std::string(info->name) : provider;
    }
};

std::string description(const FocusRow& r)
{
    const Totals& t = *r.t;
    std::string d = "LLM usage of " + r.model + " via " + r.provider + ": " + std::to_string(t.requests) + " requests, "
        + std::to_string(t.input) + " input tokens (" + std::to_string(t.cached) + " cached, "
        + std::to_string(t.cacheWrites()) + " cache writes), " + std::to_string(t.output) + " output tokens";
    if (r.unpriced())
        d += "; UNPRICED: " + std::to_string(t.unpricedTokens) + " tokens of " + std::to_string(t.unpricedRequests)
            + " requests have no price and are not in the cost (see x_UnpricedTokens)";
    return d;
}

enum class Cell
{
    Text, // csvField(): quoted when needed, formulas neutralised
    Number // csvNumber()
};

struct Column
{
    const char* name;
    Cell kind;
    std::string (*value)(const FocusRow&);
};

// THE column list: header and rows are both written from it.
const Column kColumns[] = {
    { "BilledCost", Cell::Number,
        [](const FocusRow& r) {
            return r.cost();
        } },
    { "EffectiveCost", Cell::Number,
        [](const FocusRow& r) {
            return r.cost();
        } },
    { "ListCost", Cell::Number,
        [](const FocusRow& r) {
            return r.cost();
        } },
    { "ContractedCost", Cell::Number,
        [](const FocusRow& r) {
            return r.cost();
        } },
    { "BillingCurrency", Cell::Text,
        [](const FocusRow&) {
            return std::string("USD");
        } },
    { "BillingPeriodStart", Cell::Text,
        [](const FocusRow& r) {
            return formatTimestamp(floorMonth(r.start));
        } },
    { "BillingPeriodEnd", Cell::Text,
        [](const FocusRow& r) {
            return formatTimestamp(addMonths(floorMonth(r.start), 1));
        } },
    { "ChargePeriodStart", Cell::Text,
        [](const FocusRow& r) {
            return formatTimestamp(r.start);
        } },
    { "ChargePeriodEnd", Cell::Text,
        [](const FocusRow& r) {
            return formatTimestamp(r.end);
        } },
    { "ChargeCategory", Cell::Text,
        [](const FocusRow&) {
            return std::string("Usage");
        } },
    { "ChargeClass", Cell::Text,
        [](const FocusRow&) {
            return std::string();
        } },
    { "ChargeFrequency", Cell::Text,
        [](const FocusRow&) {
            return std::string("Usage-Based");
        } },
    { "ChargeDescription", Cell::Text, description },
    { "ServiceName", Cell::Text,
        [](const FocusRow& r) {
            return r.info ? std::string(r.info->service) : r.provider;
        } },
    { "ServiceCategory", Cell::Text,
        [](const FocusRow&) {
            return std::string("AI and Machine Learning");
        } },
    { "ServiceSubcategory", Cell::Text,
        [](const FocusRow&) {
            return std::string("Generative AI");
        } },
    { "ProviderName", Cell::Text,
        [](const FocusRow& r) {
            return r.providerName();
        } },
    { "PublisherName", Cell::Text,
        [](const FocusRow& r) {
            return publisherOf(r.info, r.provider, r.model);
        } },
    { "InvoiceIssuerName", Cell::Text,
        [](const FocusRow& r) {
            return r.providerName();
        } },
    { "SkuId", Cell::Text,
        [](const FocusRow& r) {
            return r.model;
        } },
    { "SkuPriceId", Cell::Text,
        [](const FocusRow& r) {
            return r.priceId;
        } },
    { "PricingCategory", Cell::Text,
        [](const FocusRow&) {
            return std::string("Standard");
        } },
    { "PricingQuantity", Cell::Number,
        [](const FocusRow& r) {
            return millions(r.tokens());
        } },
    { "PricingUnit", Cell::Text,
        [](const FocusRow&) {
            return std::string("1M tokens");
        } },
    { "ConsumedQuantity", Cell::Number,
        [](const FocusRow& r) {
            return integer(r.tokens());
        } },
    { "ConsumedUnit", Cell::Text,
        [](const FocusRow&) {
            return std::string("Tokens");
        } },
    { "RegionId", Cell::Text,
        [](const FocusRow& r) {
            return r.region;
        } },
    { "Tags", Cell::Text,
        [](const FocusRow& r) {
            return r.tagsJson;
        } },
    { "x_Lens", Cell::Text,
        [](const FocusRow& r) {
            return std::string(lensName(r.lens));
        } },
    { "x_Requests", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->requests);
        } },
    { "x_InputTokens", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->input);
        } },
    { "x_CachedInputTokens", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->cached);
        } },
    { "x_CacheWriteTokens", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->cacheWrites());
        } },
    { "x_OutputTokens", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->output);
        } },
    { "x_UnpricedRequests", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->unpricedRequests);
        } },
    { "x_UnpricedTokens", Cell::Number,
        [](const FocusRow& r) {
            return std::to_string(r.t->unpricedTokens);
        } },
};

} // namespace

std::vector<Axis> focusAllocationAxes(Lens lens, const std::vector<std::string>& tagKeys)
{
    std::vector<Axis> axes;
    switch (lens) {
    case Lens::Attribution:
        for (Dim d : { Dim::Tenant, Dim::Team, Dim::Project, Dim::Env, Dim::PromptId })
            axes.push_back(Axis { d, {} });
        for (const auto& k : tagKeys)
            axes.push_back(Axis::tag(k));
        break;
    // Provider usage carries its project (proxies their team) and the API key; the other owners come from
    // allocation rules (empty without one, and then left out of Tags).
    case Lens::Billing:
        axes = { Axis { Dim::Project, {} }, Axis { Dim::ApiKey, {} }, Axis { Dim::Tenant, {} }, Axis { Dim::Team, {} },
            Axis { Dim::Env, {} } };
        break;
    case Lens::ProxyMetrics:
        axes = { Axis { Dim::Team, {} }, Axis { Dim::ApiKey, {} }, Axis { Dim::Tenant, {} }, Axis { Dim::Project, {} },
            Axis { Dim::Env, {} } };
        break;
    }
    return axes;
}

Result<CostQuery> focusQuery(Epoch from, Epoch to, Lens lens, std::vector<std::string> tagKeys)
{
    std::sort(tagKeys.begin(), tagKeys.end());
    tagKeys.erase(std::unique(tagKeys.begin(), tagKeys.end()), tagKeys.end());
    tagKeys.erase(std::remove(tagKeys.begin(), tagKeys.end(), std::string()), tagKeys.end());
    if (lens == Lens::Attribution && tagKeys.size() > kMaxFocusTagKeys)
        return makeError(ErrorCode::Invalid,
            "the requests carry " + std::to_string(tagKeys.size()) + " tag keys; a FOCUS export takes at most "
                + std::to_string(kMaxFocusTagKeys));
    CostQuery q;
    q.from = from;
    q.to = to;
    q.lens = lens;
    q.granularity = Granularity::Day;
    q.groupBy = { Axis { Dim::Provider, {} }, Axis { Dim::Model, {} } };
    for (Axis& a : focusAllocationAxes(lens, tagKeys))
        q.groupBy.push_back(std::move(a));
    return q;
}

std::string focusPriceId(const Price& p)
{
    const std::string date
        = p.effectiveFrom % kSecondsPerDay == 0 ? formatDate(p.effectiveFrom) : formatTimestamp(p.effectiveFrom);
    return std::string(priceOriginName(p.origin)) + ":" + p.provider + ":" + p.model + ":" + date;
}

const std::vector<std::string>& focusColumns()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const Column& c : kColumns)
            v.emplace_back(c.name);
        return v;
    }();
    return names;
}

void writeFocusCsv(std::ostream& out, const CostQuery& q, const QueryResult& r, const FocusExportOptions& o)
{
    std::string line;
    for (const Column& c : kColumns)
        line += (line.empty() ? "" : ",") + std::string(c.name);
    out << line << "\r\n";

    // Where provider and model are among the group-by keys; every other axis is an allocation tag.
    int providerAt = -1, modelAt = -1, regionAt = -1;
    std::vector<std::string> names(q.groupBy.size());
    std::vector<std::string> dimNames;
    for (std::size_t i = 0; i < q.groupBy.size(); ++i) {
        const Axis& a = q.groupBy[i];
        if (!a.isTag() && a.dim == Dim::Provider)
            providerAt = static_cast<int>(i);
        else if (!a.isTag() && a.dim == Dim::Model)
            modelAt = static_cast<int>(i);
        else if (!a.isTag())
            dimNames.push_back(tagName(a));
        if (a.isTag() && a.tagKey == "region")
            regionAt = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < q.groupBy.size(); ++i) {
        const Axis& a = q.groupBy[i];
        names[i] = tagName(a);
        // A request tag never takes the key of a dimension (a JSON object has each key once).
        if (a.isTag() && std::find(dimNames.begin(), dimNames.end(), names[i]) != dimNames.end())
            names[i] = "tag:" + a.tagKey;
    }

    std::vector<const Price*> candidates;
    std::string lastProvider, lastModel;
    bool haveCandidates = false;
    for (const ResultRow& row : r.rows) {
        FocusRow f;
        f.t = &row.totals;
        f.lens = q.lens;
        f.decimals = o.decimals;
        auto key = [&](int at) {
            return at >= 0 ? row.keys[static_cast<std::size_t>(at)] : std::string();
        };
        f.provider = key(providerAt);
        f.model = key(modelAt);
        f.region = key(regionAt);
        f.info = providerInfo(f.provider);
        // The charge period is the row's time bucket, clipped to the exported range.
        if (q.granularity == Granularity::None) {
            f.start = q.from;
            f.end = q.to;
        } else {
            f.start = std::max(row.bucket, q.from);
            f.end = nextBucket(row.bucket, q.granularity);
            if (q.to > q.from)
                f.end = std::min(f.end, q.to);
        }
        f.tagsJson = "{";
        for (std::size_t i = 0; i < q.groupBy.size(); ++i) {
            if (static_cast<int>(i) == providerAt || static_cast<int>(i) == modelAt || row.keys[i].empty())
                continue;
            if (f.tagsJson.size() > 1)
                f.tagsJson += ',';
            appendJsonString(f.tagsJson, names[i]);
            f.tagsJson += ':';
            appendJsonString(f.tagsJson, row.keys[i]);
        }
        f.tagsJson += '}';
        // The price in force over the whole charge period (the one that priced every fact of the row).
        const bool nothingPriced = row.totals.cost == 0 && row.totals.unpricedRequests == row.totals.requests
            && row.totals.unpricedTokens == row.totals.input + row.totals.output;
        if (o.prices && !nothingPriced && f.end > f.start) {
            if (!haveCandidates || f.provider != lastProvider || f.model != lastModel) {
                candidates = o.prices->candidates(f.provider, f.model);
                lastProvider = f.provider;
                lastModel = f.model;
                haveCandidates = true;
            }
            const Price* first = PriceBook::pick(candidates, f.start);
            if (first && first == PriceBook::pick(candidates, f.end - 1))
                f.priceId = focusPriceId(*first);
        }
        line.clear();
        for (const Column& c : kColumns) {
            if (!line.empty())
                line += ',';
            const std::string v = c.value(f);
            line += c.kind == Cell::Number ? csvNumber(v) : csvField(v);
        }
        out << line << "\r\n";
    }
}

} // namespace burnrate
