#pragma once

#include "model/money.h"
#include "model/timeutil.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace burnrate {

// Where a price came from; higher wins when several apply.
enum class PriceOrigin : int
{
    Catalog = 0,
    Imported = 1,
    Override = 2
};
const char* priceOriginName(PriceOrigin o);

// Rates in nano-USD per 1M tokens. A missing rate falls back as the cost engine documents.
struct Rates
{
    std::optional<Nano> input, cachedInput, cacheWrite5m, cacheWrite1h, output;
};

struct LongContextRates
{
    std::int64_t threshold = 0; // applies when a request's input tokens exceed this
    Rates rates;
};

// One price period of one model: in force from effectiveFrom until the next period starts.
struct Price
{
    std::int64_t id = 0; // store id once persisted (the cost records it)
    std::string provider;
    std::string model;
    Epoch effectiveFrom = 0;
    PriceOrigin origin = PriceOrigin::Catalog;
    Rates base;
    std::optional<Nano> batchInput, batchOutput;
    std::map<std::string, Rates> tiers; // service tier -> rates (flex, priority, ...)
    std::optional<LongContextRates> longContext;
    std::string note;
};

} // namespace burnrate
