#pragma once

#include "model/price.h"
#include "model/result.h"
#include "pricing/pricebook.h"

#include <functional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// What a price change did to the stored history.
struct RepriceReport
{
    std::int64_t eventsRepriced = 0, bucketsRepriced = 0;
    Nano oldTotal = 0, newTotal = 0; // over the facts whose model the change touched
    std::int64_t newlyPriced = 0; // facts that had no price before
    // The requests were rewritten by one UPDATE as SQLite scanned them; false: row by row (SQLite planned that
    // UPDATE in two passes, e.g. because something added a trigger on events), or nothing to re-price.
    bool inOneStatement = false;
};

// Loads every stored price (and alias) into a PriceBook, syncing the built-in catalog first
// when the database holds an older copy of it (read-write databases only).
Result<PriceBook> loadPriceBook(Database& db);

// Writes the built-in catalog into the prices table when it changed; returns true if it did.
Result<bool> syncCatalog(Database& db);

// Stores prices of one origin (imported or override) and re-prices the history they affect.
Result<RepriceReport> savePrices(
    Database& db, const std::vector<Price>& prices, std::function<void(std::int64_t done)> progress = {});
// Removes one override period (by id) and re-prices.
Result<RepriceReport> removePrice(Database& db, std::int64_t priceId);

// Re-prices every event and bucket whose model matches one of `models` (empty: everything),
// each with the price in force at its time, and keeps the rollups exact.
Result<RepriceReport> reprice(Database& db, const PriceBook& book, const std::vector<std::string>& models,
    std::function<void(std::int64_t done)> progress = {});

} // namespace burnrate
