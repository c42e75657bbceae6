#pragma once
// What prompt caching saved and what it cost, per provider, in the billing lens (the providers' usage reports
// and invoices): the saving of cache reads (cached tokens x (input price - cached-input price), at the price in
// force), the overhead of cache writes above plain input (Anthropic), and the context-cache storage Google
// bills for Gemini's explicit caches (the "... Caching Storage" SKUs of a Cloud Billing export, kept as cost
// lines) - giving the net saving of each provider's cache. Exact integers (nano-USD), checked sums.

#include "analytics/costquery.h"
#include "model/money.h"
#include "model/result.h"

#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

struct ProviderCacheRow
{
    std::string provider;
    std::int64_t input = 0, cached = 0, cacheWrites = 0; // tokens
    Nano readSavings = 0; // cache_savings
    Nano writeOverhead = 0; // cache_write_extra
    Nano storageCost = 0; // context-cache storage cost lines (gross, before credits)
    std::int64_t storageLines = 0; // how many cost lines the storage cost sums
    Nano net = 0; // readSavings - writeOverhead - storageCost
};

struct CacheEconomics
{
    std::vector<ProviderCacheRow> rows; // providers with cache activity (reads, writes or storage), by net saving
    ProviderCacheRow total; // provider ""
    // Set when the scope filters on an axis cost lines do not carry (they have provider, project and, from the
    // SKU, the model): the storage cost is then left out rather than counted for the wrong scope.
    std::optional<std::string> storageLeftOut;
};

// [from, to) and `filters` as in a CostQuery of the billing lens (an axis the lens does not carry is refused
// with lensRefusal()). Storage lines count by their start day; a line in another currency than USD is an error.
Result<CacheEconomics> cacheEconomics(Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters);

} // namespace burnrate
