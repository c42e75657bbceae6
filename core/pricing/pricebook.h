#pragma once

#include "model/price.h"
#include "model/result.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace burnrate {

// Every known price period (catalog, imported, overrides) with model-name resolution.
// Precedence for a request at time t: among the periods in force at t (effective_from <= t),
// an override beats an import beats the catalog.
class PriceBook
{
public:
    PriceBook() = default;
    PriceBook(const PriceBook&) = delete;
    PriceBook& operator=(const PriceBook&) = delete;
    PriceBook(PriceBook&&) = default;
    PriceBook& operator=(PriceBook&&) = default;

    void add(Price price);
    void addAlias(std::string alias, std::string model);
    const std::vector<std::unique_ptr<Price>>& prices() const
    {
        return m_prices;
    }

    // Price periods that may apply to (provider, model), best first; empty when unpriced.
    std::vector<const Price*> candidates(std::string_view provider, std::string_view model) const;
    // The price in force at ts, or nullptr (unpriced).
    const Price* resolve(std::string_view provider, std::string_view model, Epoch ts) const;
    static const Price* pick(const std::vector<const Price*>& candidates, Epoch ts);

    // Lower-case, provider and region prefixes removed, then snapshot suffixes removed, in order.
    static std::vector<std::string> lookupKeys(std::string_view model);
    // Our provider name for a LiteLLM provider id ("vertex_ai-language-models" -> "google").
    static std::string canonicalProvider(std::string_view provider);

private:
    std::vector<std::unique_ptr<Price>> m_prices;
    std::unordered_map<std::string, std::vector<const Price*>> m_index; // lookup key -> periods
    std::unordered_map<std::string, std::string> m_aliases;
};

// Parses the built-in catalog format (resources/prices/catalog.json).
struct CatalogData
{
    std::vector<Price> prices;
    std::vector<std::pair<std::string, std::string>> aliases; // alias -> model
};
Result<CatalogData> parseCatalog(std::string_view json);
// The catalog compiled into the binary.
std::string_view builtinCatalogJson();

// An entry of a price map refused because a price in it is invalid (negative, not a finite number, above
// the ceiling of limits::kMaxPricePerMillion, the wrong type).
struct RejectedPrice
{
    std::string model;
    std::string reason;
};

// Parses a LiteLLM model price map. Entries without per-token prices (image models, sample_spec) are
// skipped; `skipped` receives their count. Entries with an invalid price field are refused whole, each
// with a reason in `rejected` (they are not counted as skipped). Prices are effective from `effectiveFrom`.
Result<std::vector<Price>> parseLiteLLMPriceMap(
    std::string_view json, Epoch effectiveFrom, int* skipped = nullptr, std::vector<RejectedPrice>* rejected = nullptr);

// Rates <-> the JSON kept in the prices table.
std::string ratesToJson(const Price& price);
bool ratesFromJson(std::string_view json, Price& price);

} // namespace burnrate
