#include "analytics/cacheeconomics.h"

#include "sources/gcpbilling.h" // classifyVertexSku, modelOfVertexSku: pure SKU rules, no I/O
#include "store/database.h"
#include "store/sqlite.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace burnrate {

namespace {

Error overflow()
{
    return makeError(ErrorCode::Invalid, "the cache figures do not fit 64 bits");
}

// Context-cache storage cost per provider: USD cost lines whose SKU is a caching-storage SKU, in scope.
Result<std::map<std::string, std::pair<Nano, std::int64_t>>> storageCosts(
    Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters, std::optional<std::string>& leftOut)
{
    std::map<std::string, std::pair<Nano, std::int64_t>> out;
    for (const Filter& f : filters)
        if (f.axis.isTag() || (f.axis.dim != Dim::Provider && f.axis.dim != Dim::Project && f.axis.dim != Dim::Model)) {
            leftOut = "cost lines carry provider, project and model only, not " + f.axis.name();
            return out;
        }
    // Filters on different axes AND; a value passes a filter when the filter lists it.
    auto passes = [&](Dim dim, const std::string& value) {
        for (const Filter& f : filters)
            if (f.axis.dim == dim && std::find(f.values.begin(), f.values.end(), value) == f.values.end())
                return false;
        return true;
    };
    if (to <= from)
        return out;
    Statement s = db.prepare("SELECT provider, project, line_item, description, currency, amount FROM cost_lines "
                             "WHERE start >= ?1 AND start < ?2");
    if (!s.valid())
        return makeError(ErrorCode::Database, s.prepareError());
    s.bind(1, from).bind(2, to);
    while (s.step()) {
        const std::string provider = s.text(0), project = s.text(1), item = s.text(2), description = s.text(3);
        // Credits are not counted: the read savings are at list prices too.
        if (item.rfind("credit/", 0) == 0 || classifyVertexSku(description) != VertexSkuClass::CacheStorage)
            continue;
        if (!passes(Dim::Provider, provider) || !passes(Dim::Project, project)
            || !passes(Dim::Model, modelOfVertexSku(description)))
            continue;
        std::string currency = s.text(4);
        std::transform(
            currency.begin(), currency.end(), currency.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (currency != "usd")
            return makeError(ErrorCode::Invalid,
                "a context-cache storage cost line of " + provider + " is in " + s.text(4) + ", not USD");
        auto& [amount, lines] = out[provider];
        if (!addChecked(amount, s.int64(5)))
            return overflow();
        ++lines;
    }
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, s.lastError());
    return out;
}

} // namespace

Result<CacheEconomics> cacheEconomics(Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters)
{
    CostQuery q;
    q.from = from;
    q.to = to;
    q.lens = Lens::Billing;
    q.filters = filters;
    q.groupBy = { Axis { Dim::Provider, {} } };
    if (auto axis = uncarriedAxis(q))
        return makeError(ErrorCode::Invalid, lensRefusal(Lens::Billing, *axis));
    CostQueries queries(db);
    auto usage = queries.run(q);
    if (!usage)
        return usage.error();
    CacheEconomics e;
    auto storage = storageCosts(db, from, to, filters, e.storageLeftOut);
    if (!storage)
        return storage.error();
    std::map<std::string, ProviderCacheRow> rows;
    for (const ResultRow& r : usage->rows) {
        if (r.totals.overflow)
            return overflow();
        if (r.totals.cached == 0 && r.totals.cacheWrites() == 0 && r.totals.cacheSavings == 0
            && r.totals.cacheWriteExtra == 0)
            continue;
        ProviderCacheRow& row = rows[r.keys.empty() ? std::string() : r.keys[0]];
        row.provider = r.keys.empty() ? std::string() : r.keys[0];
        if (__builtin_add_overflow(row.input, r.totals.input, &row.input)
            || __builtin_add_overflow(row.cached, r.totals.cached, &row.cached)
            || __builtin_add_overflow(row.cacheWrites, r.totals.cacheWrites(), &row.cacheWrites)
            || !addChecked(row.readSavings, r.totals.cacheSavings)
            || !addChecked(row.writeOverhead, r.totals.cacheWriteExtra))
            return overflow();
    }
    for (const auto& [provider, s] : *storage) {
        ProviderCacheRow& row = rows[provider];
        row.provider = provider;
        row.storageCost = s.first;
        row.storageLines = s.second;
        // The provider's tokens, for the hit rate beside its storage (a provider with storage but no reads).
        if (row.input == 0)
            for (const ResultRow& r : usage->rows)
                if (!r.keys.empty() && r.keys[0] == provider)
                    row.input = r.totals.input;
    }
    for (auto& [provider, row] : rows) {
        if (__builtin_sub_overflow(row.readSavings, row.writeOverhead, &row.net)
            || __builtin_sub_overflow(row.net, row.storageCost, &row.net))
            return overflow();
        e.rows.push_back(row);
        ProviderCacheRow& t = e.total;
        if (__builtin_add_overflow(t.input, row.input, &t.input)
            || __builtin_add_overflow(t.cached, row.cached, &t.cached)
            || __builtin_add_overflow(t.cacheWrites, row.cacheWrites, &t.cacheWrites)
            || !addChecked(t.readSavings, row.readSavings) || !addChecked(t.writeOverhead, row.writeOverhead)
            || !addChecked(t.storageCost, row.storageCost) || !addChecked(t.net, row.net))
            return overflow();
        t.storageLines += row.storageLines;
    }
    std::stable_sort(e.rows.begin(), e.rows.end(),
        [](const ProviderCacheRow& a, const ProviderCacheRow& b) { return a.net > b.net; });
    return e;
}

} // namespace burnrate
