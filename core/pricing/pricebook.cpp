#include "pricing/pricebook.h"

#include "model/text.h"
#include "model/validate.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace burnrate {

using nlohmann::json;

namespace {

// The key a provider, model or alias name is looked up by: lower case, trailing white space dropped.
std::string lookupCase(std::string_view s)
{
    return asciiLower(s.substr(0, s.find_last_not_of(" \t\r\n\f\v") + 1));
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Removes one snapshot suffix: -2024-08-06, -20241022, @20241022, -latest, -001/-002 (Gemini), -preview-MM-DD.
bool stripSnapshot(std::string& m)
{
    auto endsWithDate = [&](std::size_t n) {
        return m.size() > n + 1 && allDigits(m.substr(m.size() - n));
    };
    // "-YYYY-MM-DD": '-' at size-11, size-6 and size-3
    if (m.size() > 11 && m[m.size() - 11] == '-' && m[m.size() - 6] == '-' && m[m.size() - 3] == '-'
        && allDigits(m.substr(m.size() - 10, 4)) && allDigits(m.substr(m.size() - 5, 2))
        && allDigits(m.substr(m.size() - 2))) {
        m.resize(m.size() - 11);
        return true;
    }
    if (endsWithDate(8) && (m[m.size() - 9] == '-' || m[m.size() - 9] == '@')) {
        m.resize(m.size() - 9);
        return true;
    }
    if (m.size() > 7 && m.ends_with("-latest")) {
        m.resize(m.size() - 7);
        return true;
    }
    if (endsWithDate(3) && m[m.size() - 4] == '-') {
        m.resize(m.size() - 4);
        return true;
    }
    if (endsWithDate(4) && m[m.size() - 5] == '-') { // -0613 style
        m.resize(m.size() - 5);
        return true;
    }
    return false;
}

} // namespace

std::string PriceBook::canonicalProvider(std::string_view provider)
{
    std::string p = lookupCase(provider);
    if (p.starts_with("vertex_ai") || p == "gemini" || p == "google" || p == "google_ai_studio" || p == "vertex")
        return "google";
    if (p.starts_with("bedrock") || p == "aws" || p == "aws_bedrock" || p == "aws.bedrock")
        return "bedrock";
    if (p == "azure" || p == "azure_ai" || p == "azure_openai" || p == "az.ai.openai")
        return "azure";
    if (p == "text-completion-openai" || p == "openai.chat")
        return "openai";
    if (p == "mistralai" || p == "mistral_ai")
        return "mistral";
    return p;
}

std::vector<std::string> PriceBook::lookupKeys(std::string_view model)
{
    std::vector<std::string> keys;
    std::string m = lookupCase(model);
    if (m.empty())
        return keys;
    auto push = [&](const std::string& k) {
        if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end())
            keys.push_back(k);
    };
    push(m);
    if (auto slash = m.rfind('/'); slash != std::string::npos) {
        m = m.substr(slash + 1);
        push(m);
    }
    for (std::string_view region : { "us.", "eu.", "apac.", "jp.", "global.", "au.", "ca." }) {
        if (m.starts_with(region)) {
            m = m.substr(region.size());
            push(m);
            break;
        }
    }
    // Bedrock ids carry a vendor prefix ("anthropic.claude-...", "meta.llama3-...") and a version ("-v1:0").
    std::string bare = m;
    for (std::string_view vendor : { "anthropic.", "amazon.", "mistral.", "cohere.", "ai21." }) {
        if (bare.starts_with(vendor)) {
            bare = bare.substr(vendor.size());
            break;
        }
    }
    if (auto colon = bare.rfind("-v"); colon != std::string::npos && bare.find(':', colon) != std::string::npos)
        bare.resize(colon);
    push(bare);
    while (stripSnapshot(bare))
        push(bare);
    return keys;
}

void PriceBook::add(Price price)
{
    price.provider = canonicalProvider(price.provider);
    auto p = std::make_unique<Price>(std::move(price));
    const Price* raw = p.get();
    std::string key = lookupCase(raw->model);
    m_index[key].push_back(raw);
    // Also index "gemini/gemini-2.5-pro" under "gemini-2.5-pro" so imports can beat the catalog.
    if (auto slash = key.rfind('/'); slash != std::string::npos)
        m_index[key.substr(slash + 1)].push_back(raw);
    m_prices.push_back(std::move(p));
}

void PriceBook::addAlias(std::string alias, std::string model)
{
    m_aliases[lookupCase(alias)] = lookupCase(model);
}

std::vector<const Price*> PriceBook::candidates(std::string_view provider, std::string_view model) const
{
    std::vector<const Price*> found;
    std::string prov = canonicalProvider(provider);
    std::string exactKey = lookupCase(model);
    for (const auto& rawKey : lookupKeys(model)) {
        std::string key = rawKey;
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            if (auto a = m_aliases.find(key); a != m_aliases.end())
                it = m_index.find(a->second);
        }
        if (it == m_index.end())
            continue;
        // Prefer periods of the request's provider when the name is shared (e.g. azure/bedrock copies).
        std::vector<const Price*> same;
        for (const Price* p : it->second)
            if (!prov.empty() && p->provider == prov)
                same.push_back(p);
        found = same.empty() ? it->second : same;
        break;
    }
    // Best first: origin, then an entry named exactly as requested, then newest period.
    std::stable_sort(found.begin(), found.end(), [&](const Price* a, const Price* b) {
        if (a->origin != b->origin)
            return a->origin > b->origin;
        bool ea = lookupCase(a->model) == exactKey, eb = lookupCase(b->model) == exactKey;
        if (ea != eb)
            return ea;
        return a->effectiveFrom > b->effectiveFrom;
    });
    return found;
}

const Price* PriceBook::pick(const std::vector<const Price*>& candidates, Epoch ts)
{
    for (const Price* p : candidates)
        if (p->effectiveFrom <= ts)
            return p;
    return nullptr;
}

const Price* PriceBook::resolve(std::string_view provider, std::string_view model, Epoch ts) const
{
    return pick(candidates(provider, model), ts);
}

namespace {

// Reads one price field: nullopt when absent; with `problem` set when present but not a valid price
// (not a number, not finite, negative, above the ceiling). `problem` keeps the first problem only.
std::optional<Nano> priceField(const json& obj, const char* key, int scale, std::string* problem = nullptr)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return std::nullopt;
    auto complain = [&](const std::string& why) -> std::optional<Nano> {
        if (problem && problem->empty())
            *problem = why;
        return std::nullopt;
    };
    std::string text;
    if (it->is_string())
        text = it->get<std::string>();
    else if (it->is_number())
        text = it->dump(); // re-read the number's text so 2.5e-06 is converted exactly, not through doubles
    else
        return complain(std::string(key) + " is not a number");
    auto v = parseDecimalNano(text, scale);
    if (!v) {
        // Not a decimal at all (NaN, Infinity, "free"), or too large for any price.
        bool digits = !text.empty() && text.find_first_not_of("0123456789.+-eE ") == std::string::npos;
        return complain(std::string(key) + " = " + text.substr(0, 32)
            + (digits ? " is above the ceiling of " + formatUsd(limits::kMaxPricePerMillion, 0) + " per 1M tokens"
                      : " is not a finite number"));
    }
    if (auto ok = validateRate(*v, key); !ok)
        return complain(ok.error().detail);
    return v;
}

Rates ratesFrom(const json& obj, int scale)
{
    Rates r;
    r.input = priceField(obj, "input", scale);
    r.cachedInput = priceField(obj, "cached_input", scale);
    r.cacheWrite5m = priceField(obj, "cache_write_5m", scale);
    r.cacheWrite1h = priceField(obj, "cache_write_1h", scale);
    r.output = priceField(obj, "output", scale);
    return r;
}

json ratesJson(const Rates& r)
{
    json j = json::object();
    if (r.input)
        j["input"] = *r.input;
    if (r.cachedInput)
        j["cached_input"] = *r.cachedInput;
    if (r.cacheWrite5m)
        j["cache_write_5m"] = *r.cacheWrite5m;
    if (r.cacheWrite1h)
        j["cache_write_1h"] = *r.cacheWrite1h;
    if (r.output)
        j["output"] = *r.output;
    return j;
}

Rates ratesFromNanoJson(const json& j)
{
    Rates r;
    auto get = [&](const char* k) -> std::optional<Nano> {
        if (auto it = j.find(k); it != j.end() && it->is_number_integer())
            return it->get<Nano>();
        return std::nullopt;
    };
    r.input = get("input");
    r.cachedInput = get("cached_input");
    r.cacheWrite5m = get("cache_write_5m");
    r.cacheWrite1h = get("cache_write_1h");
    r.output = get("output");
    return r;
}

} // namespace

std::string ratesToJson(const Price& p)
{
    json j;
    j["base"] = ratesJson(p.base);
    if (p.batchInput)
        j["batch_input"] = *p.batchInput;
    if (p.batchOutput)
        j["batch_output"] = *p.batchOutput;
    if (!p.tiers.empty()) {
        json t = json::object();
        for (const auto& [name, r] : p.tiers)
            t[name] = ratesJson(r);
        j["tiers"] = t;
    }
    if (p.longContext) {
        j["long_context"] = ratesJson(p.longContext->rates);
        j["long_context"]["threshold"] = p.longContext->threshold;
    }
    return j.dump();
}

bool ratesFromJson(std::string_view text, Price& p)
{
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return false;
    if (auto b = j.find("base"); b != j.end() && b->is_object())
        p.base = ratesFromNanoJson(*b);
    if (auto b = j.find("batch_input"); b != j.end() && b->is_number_integer())
        p.batchInput = b->get<Nano>();
    if (auto b = j.find("batch_output"); b != j.end() && b->is_number_integer())
        p.batchOutput = b->get<Nano>();
    if (auto t = j.find("tiers"); t != j.end() && t->is_object())
        for (auto it = t->begin(); it != t->end(); ++it)
            if (it->is_object())
                p.tiers[it.key()] = ratesFromNanoJson(*it);
    if (auto lc = j.find("long_context"); lc != j.end() && lc->is_object()) {
        LongContextRates l;
        l.threshold = lc->value("threshold", std::int64_t { 0 });
        l.rates = ratesFromNanoJson(*lc);
        p.longContext = l;
    }
    return true;
}

Result<CatalogData> parseCatalog(std::string_view text)
{
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("models") || !j["models"].is_array())
        return makeError(ErrorCode::Parse, "price catalog is not valid JSON with a \"models\" array");
    CatalogData out;
    for (const auto& m : j["models"]) {
        if (!m.is_object() || !m.contains("model") || !m["model"].is_string() || !m.contains("prices"))
            return makeError(ErrorCode::Parse, "price catalog: a model entry lacks \"model\" or \"prices\"");
        std::string model = m["model"].get<std::string>();
        std::string provider = m.value("provider", "");
        if (auto a = m.find("aliases"); a != m.end() && a->is_array())
            for (const auto& alias : *a)
                if (alias.is_string())
                    out.aliases.emplace_back(alias.get<std::string>(), model);
        for (const auto& period : m["prices"]) {
            Price p;
            p.provider = provider;
            p.model = model;
            p.origin = PriceOrigin::Catalog;
            auto from = parseDate(period.value("effective_from", ""));
            if (!from)
                return makeError(ErrorCode::Parse, "price catalog: " + model + " has a bad effective_from");
            p.effectiveFrom = *from;
            p.base = ratesFrom(period, 0);
            if (!p.base.input || !p.base.output)
                return makeError(ErrorCode::Parse, "price catalog: " + model + " lacks input or output price");
            p.batchInput = priceField(period, "batch_input", 0);
            p.batchOutput = priceField(period, "batch_output", 0);
            if (auto t = period.find("tiers"); t != period.end() && t->is_object())
                for (auto it = t->begin(); it != t->end(); ++it)
                    p.tiers[it.key()] = ratesFrom(*it, 0);
            if (auto lc = period.find("long_context"); lc != period.end() && lc->is_object()) {
                LongContextRates l;
                l.threshold = lc->value("threshold", std::int64_t { 200000 });
                l.rates = ratesFrom(*lc, 0);
                p.longContext = l;
            }
            p.note = period.value("note", "");
            if (auto ok = validatePrice(p); !ok)
                return makeError(ErrorCode::Parse, "price catalog: " + model + ": " + ok.error().detail);
            out.prices.push_back(std::move(p));
        }
    }
    return out;
}

Result<std::vector<Price>> parseLiteLLMPriceMap(
    std::string_view text, Epoch effectiveFrom, int* skipped, std::vector<RejectedPrice>* rejected)
{
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return makeError(ErrorCode::Parse, "the price map is not valid JSON");
    if (!j.is_object())
        return makeError(ErrorCode::Parse, "the price map is not a JSON object of models");
    std::vector<Price> out;
    int skip = 0;
    // LiteLLM prices are USD per token: x 1e6 per million tokens.
    constexpr int kScale = 6;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const json& v = *it;
        if (it.key() == "sample_spec" || !v.is_object()) {
            ++skip;
            continue;
        }
        std::string mode = v.value("mode", "chat");
        if (mode != "chat" && mode != "completion" && mode != "embedding" && mode != "responses") {
            ++skip;
            continue;
        }
        Price p;
        p.origin = PriceOrigin::Imported;
        p.model = it.key();
        p.provider = v.contains("litellm_provider") && v["litellm_provider"].is_string()
            ? v["litellm_provider"].get<std::string>()
            : std::string();
        p.effectiveFrom = effectiveFrom;
        // Every price field of the entry is read and checked; the first problem refuses the entry.
        std::string problem;
        auto field = [&](const std::string& key) {
            return priceField(v, key.c_str(), kScale, &problem);
        };
        p.base.input = field("input_cost_per_token");
        p.base.output = field("output_cost_per_token");
        p.base.cachedInput = field("cache_read_input_token_cost");
        p.base.cacheWrite5m = field("cache_creation_input_token_cost");
        p.base.cacheWrite1h = field("cache_creation_input_token_cost_above_1hr");
        p.batchInput = field("input_cost_per_token_batches");
        p.batchOutput = field("output_cost_per_token_batches");
        for (const char* tier : { "flex", "priority" }) {
            Rates r;
            r.input = field("input_cost_per_token_" + std::string(tier));
            r.output = field("output_cost_per_token_" + std::string(tier));
            r.cachedInput = field("cache_read_input_token_cost_" + std::string(tier));
            if (r.input || r.output)
                p.tiers[tier] = r;
        }
        for (const char* threshold : { "200k", "128k" }) {
            std::string sfx = std::string("_above_") + threshold + "_tokens";
            auto in = field("input_cost_per_token" + sfx);
            if (!in)
                continue;
            LongContextRates l;
            l.threshold = std::string_view(threshold) == "200k" ? 200000 : 128000;
            l.rates.input = in;
            l.rates.output = field("output_cost_per_token" + sfx);
            l.rates.cachedInput = field("cache_read_input_token_cost" + sfx);
            l.rates.cacheWrite5m = field("cache_creation_input_token_cost" + sfx);
            p.longContext = l;
            break;
        }
        if (!problem.empty()) {
            if (rejected)
                rejected->push_back({ it.key(), problem });
            continue;
        }
        if (!p.base.input || (!p.base.output && mode != "embedding")) {
            ++skip;
            continue;
        }
        if (!p.base.output)
            p.base.output = Nano { 0 };
        if (auto ok = validatePrice(p); !ok) {
            if (rejected)
                rejected->push_back({ it.key(), ok.error().detail });
            continue;
        }
        out.push_back(std::move(p));
    }
    if (skipped)
        *skipped = skip;
    return out;
}

} // namespace burnrate
