#include "analytics/modeltier.h"

#include "model/price.h"
#include "model/validate.h"
#include "store/database.h"
#include "store/pricestore.h"

namespace burnrate {

Nano blendedPricePerMillion(const Price& p)
{
    // Rates are at most 10^15 nano per 1M tokens (validatePrice): 4 x that fits easily.
    const Int128 sum = Int128(3) * p.base.input.value_or(0) + p.base.output.value_or(0);
    return static_cast<Nano>(sum / 4);
}

std::string tierOfPrice(const Price* p, const TierThresholds& t)
{
    if (!p)
        return kTierUnpriced;
    const Nano blended = blendedPricePerMillion(*p);
    if (blended >= t.premiumFrom)
        return kTierPremium;
    if (blended < t.economyBelow)
        return kTierEconomy;
    return kTierStandard;
}

Result<std::unordered_map<std::int64_t, std::string>> modelTiers(Database& db)
{
    auto book = loadPriceBook(db);
    if (!book)
        return book.error();
    auto rules = allocationRules(db);
    if (!rules)
        return rules.error();
    std::unordered_map<std::string, std::string> byRule; // model name -> tier
    for (const auto& r : *rules)
        if (r.target == Dim::ModelTier && r.matchDim == Dim::Model)
            byRule.emplace(r.matchValue, r.targetValue); // precedence order: the first wins
    const TierThresholds thresholds = tierThresholds(db);
    std::unordered_map<std::int64_t, std::string> out;
    for (const auto& [id, name] : db.dimValues(Dim::Model)) {
        if (auto it = byRule.find(name); it != byRule.end()) {
            out.emplace(id, it->second);
            continue;
        }
        out.emplace(
            id, tierOfPrice(PriceBook::pick(book->candidates("", name), limits::kMaxTimestamp - 1), thresholds));
    }
    return out;
}

} // namespace burnrate
