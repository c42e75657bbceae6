#pragma once
// Model tiers: the price class of a model (premium, standard, economy), the model_tier axis of queries and
// exports. Derived when a query asks for it, never stored, so editing a threshold, a price or a tier rule
// re-tiers the whole history at once.

#include "model/money.h"
#include "model/result.h"
#include "store/allocation.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace burnrate {

class Database;
struct Price;

inline constexpr const char* kTierPremium = "premium";
inline constexpr const char* kTierStandard = "standard";
inline constexpr const char* kTierEconomy = "economy";
inline constexpr const char* kTierUnpriced = "unpriced"; // a model with no price and no tier rule

// The blended list price of a price period, nano-USD per 1M tokens: (3 x input + output) / 4 (a 3:1 input to
// output mix, the usual way to rank models by price), from its base rates.
Nano blendedPricePerMillion(const Price& p);
// The tier of a price under `t` (kTierUnpriced for no price).
std::string tierOfPrice(const Price* p, const TierThresholds& t);

// The tier of every stored model (dictionary id -> tier): a model_tier rule on the model wins, else the class
// of its newest price (whatever the provider); reads the price book, the rules and the thresholds.
Result<std::unordered_map<std::int64_t, std::string>> modelTiers(Database& db);

} // namespace burnrate
