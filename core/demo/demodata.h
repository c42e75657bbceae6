#pragma once

#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <functional>

namespace burnrate {

class Database;
class PriceBook;

struct DemoOptions
{
    int days = 90;
    std::uint64_t seed = 42;
    std::int64_t events = 200'000;
    Epoch end = 0; // the last day included (midnight UTC); 0 = today
};

struct DemoSummary
{
    std::int64_t events = 0, buckets = 0, costLines = 0, evals = 0, annotations = 0;
    Epoch from = 0, to = 0;
};

// Fills the database with a deterministic (by seed) and realistic dataset: providers and models at
// catalog prices, a heavy tail of tenants, teams, envs, prompts with versions, weekday seasonality
// and growth, a model snapshot change, a retry storm, a caching rollout, errors, texts on a sample,
// provider billing buckets that exceed the attributed events, evals and annotations.
Result<DemoSummary> generateDemo(Database& db, const PriceBook& prices, const DemoOptions& options,
    std::function<void(std::int64_t done, std::int64_t total)> progress = {});

} // namespace burnrate
