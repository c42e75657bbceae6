#include "store/pricestore.h"

#include "model/validate.h"
#include "pricing/costengine.h"
#include "store/database.h"
#include "store/evallinks.h"
#include "store/rollups.h"
#include "store/rowrewrite.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace burnrate {

namespace {

std::string catalogFingerprint()
{
    std::string_view text = builtinCatalogJson();
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return std::to_string(h) + ":" + std::to_string(text.size());
}

Result<void> insertPrice(Database& db, const Price& p)
{
    Statement s = db.prepare("INSERT INTO prices(origin, provider, model, effective_from, rates, note) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(origin, provider, model, effective_from) "
                             "DO UPDATE SET rates = excluded.rates, note = excluded.note");
    s.bind(1, static_cast<int>(p.origin)).bind(2, PriceBook::canonicalProvider(p.provider)).bind(3, p.model);
    s.bind(4, p.effectiveFrom).bind(5, ratesToJson(p)).bind(6, p.note);
    if (!s.exec())
        return makeError(ErrorCode::Database, s.lastError());
    return {};
}

Result<PriceBook> readBook(Database& db)
{
    PriceBook book;
    Statement s = db.prepare("SELECT id, origin, provider, model, effective_from, rates, note FROM prices");
    while (s.step()) {
        Price p;
        p.id = s.int64(0);
        p.origin = static_cast<PriceOrigin>(s.int64(1));
        p.provider = s.text(2);
        p.model = s.text(3);
        p.effectiveFrom = s.int64(4);
        if (!ratesFromJson(s.text(5), p))
            continue;
        p.note = s.text(6);
        // A price stored before prices were range-checked (negative, absurd) is not used: unpriced, not negative.
        if (!validatePrice(p))
            continue;
        book.add(std::move(p));
    }
    Statement a = db.prepare("SELECT alias, model FROM model_aliases");
    while (a.step())
        book.addAlias(a.text(0), a.text(1));
    return book;
}

} // namespace

Result<bool> syncCatalog(Database& db)
{
    std::string fp = catalogFingerprint();
    if (db.meta("catalog_fingerprint") == fp)
        return false;
    auto catalog = parseCatalog(builtinCatalogJson());
    if (!catalog)
        return catalog.error();
    if (auto r = db.begin(); !r)
        return r.error();
    auto fail = [&](const Error& e) -> Result<bool> {
        db.rollback();
        return e;
    };
    if (auto r = execSql(db.handle(), "DELETE FROM prices WHERE origin = 0; DELETE FROM model_aliases"); !r)
        return fail(r.error());
    for (const auto& p : catalog->prices)
        if (auto r = insertPrice(db, p); !r)
            return fail(r.error());
    Statement al = db.prepare("INSERT OR REPLACE INTO model_aliases(alias, provider, model) VALUES(?1, '', ?2)");
    for (const auto& [alias, model] : catalog->aliases) {
        al.bind(1, alias).bind(2, model);
        if (!al.exec())
            return fail(makeError(ErrorCode::Database, al.lastError()));
    }
    if (auto r = db.setMeta("catalog_fingerprint", fp); !r)
        return fail(r.error());
    if (auto r = db.commit(); !r)
        return fail(r.error());
    return true;
}

Result<PriceBook> loadPriceBook(Database& db)
{
    if (!db.readOnly()) {
        auto synced = syncCatalog(db);
        if (!synced)
            return synced.error();
        if (*synced && db.eventCount() > 0) {
            // A new catalog (after an upgrade) re-prices the history it affects.
            auto book = readBook(db);
            if (!book)
                return book;
            if (auto r = reprice(db, *book, {}); !r)
                return r.error();
        }
    }
    return readBook(db);
}

namespace {

// The body of reprice(), inside the caller's transaction (nothing is committed or rolled back here).
// Only facts from `since` on can change: a price effective from T is never in force before T, so adding,
// changing or removing it leaves earlier facts as they were (and events are keyed by time, so the scan
// starts at T).
Result<RepriceReport> repriceInTransaction(Database& db, const PriceBook& book, const std::vector<std::string>& models,
    std::function<void(std::int64_t)> progress, Epoch since = 0)
{
    RepriceReport report;
    // Which model ids are affected: every stored model name whose resolution may involve a changed name.
    std::set<std::int64_t> modelIds;
    std::set<std::string> changed;
    for (const auto& m : models)
        for (const auto& k : PriceBook::lookupKeys(m))
            changed.insert(k);
    for (const auto& [id, name] : db.dimValues(Dim::Model)) {
        if (models.empty()) {
            modelIds.insert(id);
            continue;
        }
        bool hit = false;
        for (const auto& k : PriceBook::lookupKeys(name))
            hit = hit || changed.count(k) > 0;
        // Aliases and prefixed names resolve through the book: ask it.
        for (const Price* p : book.candidates("", name))
            for (const auto& k : PriceBook::lookupKeys(p->model))
                hit = hit || changed.count(k) > 0;
        if (hit)
            modelIds.insert(id);
    }
    if (modelIds.empty())
        return report;
    std::string idList;
    for (auto id : modelIds)
        idList += (idList.empty() ? "" : ",") + std::to_string(id);

    auto fail = [&](const std::string& msg) -> Result<RepriceReport> {
        return makeError(ErrorCode::Database, msg);
    };
    // The affected spend before and after, summed in 128 bits: an overflow is an error, never a wrapped total.
    Int128 oldTotal = 0, newTotal = 0;
    RollupAccumulator rollups;
    std::unordered_map<std::int64_t, std::string> names;
    auto name = [&](std::int64_t id) -> const std::string& {
        auto it = names.find(id);
        if (it == names.end())
            it = names.emplace(id, db.dimValue(id)).first;
        return it->second;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<const Price*>> cache;
    auto priceFor = [&](std::int64_t prov, std::int64_t model, Epoch ts) {
        auto key = std::make_pair(prov, model);
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.emplace(key, book.candidates(name(prov), name(model))).first;
        return PriceBook::pick(it->second, ts);
    };

    // The reported totals cover the models' whole history, from the rollups (every fact of every lens is in
    // rollup_daily_core) before anything changes; the new total adds each re-priced fact's change.
    {
        Statement before
            = db.prepare("SELECT coalesce(sum(cost), 0) FROM rollup_daily_core WHERE model IN (" + idList + ")");
        if (!before.step())
            return fail(before.lastError());
        oldTotal = newTotal = before.int64(0);
    }
    // A re-priced fact, between its computation and its rewrite.
    StoredFact pendingOld, pendingNow;
    auto applyPending = [&] {
        newTotal += Int128(pendingNow.fact.cost.value_or(0)) - pendingOld.fact.cost.value_or(0);
        rollups.add(pendingOld.contribution(), -1);
        rollups.add(pendingNow.contribution(), +1);
    };

    // Events: the new cost of each one from its stored fact; only what changed is written back, in one UPDATE per
    // day where SQLite can (store/rowrewrite.h).
    auto repriceEvent = [&](std::int64_t id, const ValueRow& row, RowValues& out) -> Result<bool> {
        const StoredFact old = readStoredFact(row, 0);
        const Fact& f = old.fact;
        // Whatever order SQLite tests the WHERE terms in, only the affected models' rows change.
        if (!modelIds.count(old.key[RkModel]))
            return false;
        const Price* p = priceFor(old.key[RkProvider], old.key[RkModel], old.key[RkBucket]);
        TokenCounts t { f.input, f.cached, f.cw5m, f.cw1h, f.output };
        Cost c;
        if (p) {
            auto cost = computeCost(
                *p, t, Billing { old.key[RkBatch] != 0, f.cacheHit, name(old.key[RkServiceTier]), false });
            if (!cost)
                return makeError(ErrorCode::Invalid,
                    "re-pricing event " + std::to_string(id) + " (" + name(old.key[RkModel])
                        + "): " + cost.error().detail);
            c = *cost;
        }
        StoredFact now = old;
        now.fact.cost = p ? std::optional<Nano>(c.total) : std::nullopt;
        now.fact.avoided = f.cacheHit && p ? c.list : 0;
        now.fact.cacheSavings = c.cacheSavings;
        now.fact.cacheWriteExtra = c.cacheWriteExtra;
        if (now.fact.cost == f.cost && now.fact.avoided == f.avoided && now.fact.cacheSavings == f.cacheSavings
            && now.fact.cacheWriteExtra == f.cacheWriteExtra)
            return false;
        out = { now.fact.cost, c.priceId, c.cacheSavings, c.cacheWriteExtra, now.fact.avoided };
        pendingOld = old;
        pendingNow = now;
        return true;
    };
    const std::int64_t from = UsageWriter::dayKeyStart(since);
    RowRewrite events { "events", { "cost", "price_id", "cache_savings", "cache_write_extra", "avoided" },
        storedFactColumnsSql(FactTable::Events), "e.model IN (" + idList + ")", {}, from, INT64_MAX,
        std::int64_t(1) << UsageWriter::kKeyHashBits };
    auto rewritten = rewriteRows(db, events, { repriceEvent, [&] {
                                                  applyPending();
                                                  if (!pendingOld.fact.cost && pendingNow.fact.cost)
                                                      ++report.newlyPriced;
                                                  if (++report.eventsRepriced % 100000 == 0 && progress)
                                                      progress(report.eventsRepriced);
                                              } });
    if (!rewritten)
        return rewritten.error();
    report.inOneStatement = rewritten->inOneStatement;
    if (report.eventsRepriced > 0)
        if (auto r = refreshJudgedFacts(db, from, INT64_MAX, idList); !r)
            return r.error();
    // Buckets (few: row by row)
    {
        Statement sel = db.prepare("SELECT e.id, e.context_window, " + storedFactColumnsSql(FactTable::Buckets)
            + " FROM buckets e WHERE e.start >= ?1 AND e.model IN (" + idList + ")");
        sel.bind(1, floorDay(since));
        Statement upd = db.prepare("UPDATE buckets SET cost=?2, price_id=?3, cache_savings=?4, cache_write_extra=?5 "
                                   "WHERE id=?1");
        while (sel.step()) {
            StoredFact old = readStoredFact(sel, 2);
            const Fact& f = old.fact;
            std::string ctx = sel.text(1);
            const Price* p = priceFor(old.key[RkProvider], old.key[RkModel], old.key[RkBucket]);
            TokenCounts t { f.input, f.cached, f.cw5m, f.cw1h, f.output };
            Cost c;
            if (p) {
                auto cost = computeCost(*p, t,
                    Billing { old.key[RkBatch] != 0, false, name(old.key[RkServiceTier]),
                        !ctx.empty() && ctx.rfind("0-", 0) != 0, true });
                if (!cost)
                    return makeError(ErrorCode::Invalid,
                        "re-pricing bucket " + std::to_string(sel.int64(0)) + " (" + name(old.key[RkModel])
                            + "): " + cost.error().detail);
                c = *cost;
            }
            StoredFact now = old;
            now.fact.cost = p ? std::optional<Nano>(c.total) : std::nullopt;
            now.fact.cacheSavings = c.cacheSavings;
            now.fact.cacheWriteExtra = c.cacheWriteExtra;
            if (now.fact.cost == f.cost && now.fact.cacheSavings == f.cacheSavings
                && now.fact.cacheWriteExtra == f.cacheWriteExtra)
                continue;
            upd.bind(1, sel.int64(0)).bind(2, now.fact.cost).bind(3, c.priceId).bind(4, c.cacheSavings);
            upd.bind(5, c.cacheWriteExtra);
            if (!upd.exec())
                return fail(upd.lastError());
            pendingOld = old;
            pendingNow = now;
            applyPending();
            ++report.bucketsRepriced;
        }
        if (!sel.lastError().empty())
            return fail(sel.lastError());
    }
    if (auto r = rollups.flush(db); !r)
        return r.error();
    if (!fitsInt64(oldTotal) || !fitsInt64(newTotal))
        return makeError(ErrorCode::Invalid, "the re-priced spend does not fit in 64 bits");
    report.oldTotal = static_cast<Nano>(oldTotal);
    report.newTotal = static_cast<Nano>(newTotal);
    return report;
}

} // namespace

Result<RepriceReport> reprice(Database& db, const PriceBook& book, const std::vector<std::string>& models,
    std::function<void(std::int64_t)> progress)
{
    if (auto r = db.begin(); !r)
        return r.error();
    auto report = repriceInTransaction(db, book, models, std::move(progress));
    if (!report) {
        db.rollback();
        return report;
    }
    if (auto r = db.commit(); !r) {
        db.rollback();
        return r.error();
    }
    return report;
}

Result<RepriceReport> savePrices(
    Database& db, const std::vector<Price>& prices, std::function<void(std::int64_t)> progress)
{
    // Every price (CLI, GUI override, imported map) passes the same check before anything is written.
    for (const auto& p : prices) {
        if (p.origin == PriceOrigin::Catalog)
            return makeError(ErrorCode::Invalid, "catalog prices are built in and cannot be saved");
        if (auto v = validatePrice(p); !v)
            return makeError(ErrorCode::Invalid, p.model + ": " + v.error().detail);
    }
    // The prices and the re-pricing they cause commit together: a re-pricing that fails (e.g. a cost that
    // would overflow) leaves neither the new prices nor half-updated costs behind.
    if (auto r = db.begin(); !r)
        return r.error();
    auto fail = [&](const Error& e) -> Result<RepriceReport> {
        db.rollback();
        return e;
    };
    std::vector<std::string> models;
    for (const auto& p : prices) {
        if (auto r = insertPrice(db, p); !r)
            return fail(r.error());
        models.push_back(p.model);
    }
    auto book = readBook(db);
    if (!book)
        return fail(book.error());
    // A big import touches most models: re-price everything in one pass instead of matching names.
    if (prices.size() > 50)
        models.clear();
    Epoch since = prices.empty() ? 0 : prices.front().effectiveFrom;
    for (const auto& p : prices)
        since = std::min(since, p.effectiveFrom);
    auto report = repriceInTransaction(db, *book, models, std::move(progress), since);
    if (!report)
        return fail(report.error());
    if (auto r = db.commit(); !r)
        return fail(r.error());
    return report;
}

Result<RepriceReport> removePrice(Database& db, std::int64_t priceId)
{
    Statement s = db.prepare("SELECT model, origin, effective_from FROM prices WHERE id = ?1");
    s.bind(1, priceId);
    if (!s.step())
        return makeError(ErrorCode::NotFound, "no price with id " + std::to_string(priceId));
    std::string model = s.text(0);
    const Epoch since = s.int64(2);
    if (s.int64(1) == static_cast<int>(PriceOrigin::Catalog))
        return makeError(ErrorCode::Invalid, "catalog prices are built in; override them instead");
    if (auto r = db.begin(); !r)
        return r.error();
    auto fail = [&](const Error& e) -> Result<RepriceReport> {
        db.rollback();
        return e;
    };
    Statement d = db.prepare("DELETE FROM prices WHERE id = ?1");
    d.bind(1, priceId);
    if (!d.exec())
        return fail(makeError(ErrorCode::Database, d.lastError()));
    auto book = readBook(db);
    if (!book)
        return fail(book.error());
    auto report = repriceInTransaction(db, *book, { model }, {}, since);
    if (!report)
        return fail(report.error());
    if (auto r = db.commit(); !r)
        return fail(r.error());
    return report;
}

} // namespace burnrate
