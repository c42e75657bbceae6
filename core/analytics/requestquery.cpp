#include "analytics/requestquery.h"

#include "pricing/costengine.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/rollups.h"
#include "store/usagewriter.h"

#include <queue>

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

namespace burnrate {

const char* requestSortName(RequestSort s)
{
    switch (s) {
    case RequestSort::Time:
        return "time";
    case RequestSort::Cost:
        return "cost";
    case RequestSort::Tokens:
        return "tokens";
    case RequestSort::Latency:
        return "latency";
    }
    return "time";
}

Result<std::string> ftsMatchExpression(std::string_view text)
{
    if (text.size() > kMaxSearchBytes)
        return makeError(ErrorCode::Invalid,
            "the search text is too long (" + std::to_string(text.size()) + " bytes; at most "
                + std::to_string(kMaxSearchBytes) + ")");
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            words.push_back(std::move(word));
        word.clear();
    };
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            flush(); // whitespace and control characters (NUL included) separate words
        else
            word += c;
    }
    flush();
    if (words.size() > 64)
        return makeError(ErrorCode::Invalid, "the search has too many words (at most 64)");
    std::string out;
    for (const std::string& w : words) {
        bool prefix = w.size() > 1 && w.back() == '*';
        std::string_view body(w.data(), prefix ? w.size() - 1 : w.size());
        // A word that is nothing but asterisks is a literal, not a bare prefix operator.
        if (body.find_first_not_of('*') == std::string_view::npos)
            prefix = false, body = w;
        std::string quoted = "\"";
        for (char c : body) {
            if (c == '"')
                quoted += '"';
            quoted += c;
        }
        quoted += '"';
        if (prefix)
            quoted += '*';
        out += (out.empty() ? "" : " ") + quoted;
    }
    return out;
}

std::uint64_t sampleHash(std::uint64_t seed, std::int64_t id)
{
    // splitmix64 of the id mixed with the seed: well spread and the same on every platform.
    auto mix = [](std::uint64_t z) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    return mix(seed ^ mix(static_cast<std::uint64_t>(id)));
}

namespace {

// A statement's text and its bound values, numbered ?1, ?2, ... in the order they were added.
struct Sql
{
    struct Bind
    {
        std::int64_t number = 0;
        std::string text;
        bool isText = false;
    };
    std::string joins, where;
    std::vector<Bind> binds;

    std::string param(std::int64_t v)
    {
        binds.push_back({ v, {}, false });
        return "?" + std::to_string(binds.size());
    }
    std::string param(std::string v)
    {
        binds.push_back({ 0, std::move(v), true });
        return "?" + std::to_string(binds.size());
    }
    void bindAll(Statement& st) const
    {
        for (std::size_t i = 0; i < binds.size(); ++i) {
            if (binds[i].isText)
                st.bind(static_cast<int>(i + 1), binds[i].text);
            else
                st.bind(static_cast<int>(i + 1), binds[i].number);
        }
    }
};

std::string sortKeyExpr(RequestSort s)
{
    switch (s) {
    case RequestSort::Time:
        return "e.ts";
    case RequestSort::Cost:
        return "coalesce(e.cost, -1)";
    case RequestSort::Tokens:
        return "(e.input + e.output)";
    case RequestSort::Latency:
        return "coalesce(e.latency_ms, -1)";
    }
    return "e.ts";
}

// The FROM ... WHERE of the requests a filter selects (alias e).
Result<Sql> filterSql(Database& db, const RequestFilter& f)
{
    Sql sql;
    sql.where = " WHERE e.ts >= " + sql.param(f.from) + " AND e.ts < " + sql.param(f.to);
    // Requests are keyed by their day (UsageWriter::eventKey): the range reads just those days.
    sql.where += " AND e.id >= " + sql.param(UsageWriter::dayKeyStart(f.from)) + " AND e.id < "
        + sql.param(UsageWriter::dayKeyEnd(f.to - 1));
    for (const Filter& flt : f.filters)
        if (!lensCarries(Lens::Attribution, flt.axis))
            return makeError(ErrorCode::Invalid, "requests cannot be filtered by " + flt.axis.name());
    auto filters = resolveModelTierFilters(db, f.filters);
    if (!filters)
        return filters.error();
    FilterSql dims = eventFilterSql(
        *filters, [&](Dim d, const std::string& v) { return db.findDim(d, v); },
        [&](std::int64_t v) { return sql.param(v); });
    sql.joins = dims.joins;
    sql.where += dims.where;
    if (f.status == RequestFilter::Status::Ok)
        sql.where += " AND e.status < 400";
    else if (f.status == RequestFilter::Status::Error)
        sql.where += " AND e.status >= 400";
    if (f.cacheHit)
        sql.where += *f.cacheHit ? " AND e.cached > 0" : " AND e.cached = 0";
    if (f.hasText)
        sql.where += std::string(" AND ") + (*f.hasText ? "" : "NOT ")
            + "EXISTS (SELECT 1 FROM event_text t WHERE t.event_id = e.id)";
    if (f.annotated)
        sql.where += std::string(" AND ") + (*f.annotated ? "" : "NOT ")
            + "EXISTS (SELECT 1 FROM annotations a WHERE a.event_id = e.id)";
    if (f.evalPassed)
        sql.where += " AND EXISTS (SELECT 1 FROM eval_results r WHERE r.event_ext_id = e.ext_id AND "
                     "r.event_ext_id <> '' AND r.passed = "
            + std::string(*f.evalPassed ? "1" : "0") + ")";
    auto match = ftsMatchExpression(f.search);
    if (!match)
        return match.error();
    if (!match->empty())
        sql.where += " AND e.id IN (SELECT rowid FROM event_text_fts WHERE event_text_fts MATCH "
            + sql.param(std::move(match).value()) + ")";
    return sql;
}

Result<Statement> prepared(Database& db, const std::string& text, const Sql& sql)
{
    Statement st = db.prepare(text);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    sql.bindAll(st);
    return st;
}

std::optional<std::int64_t> optInt(const Statement& st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return st.int64(col);
}

// An FTS5 error from a MATCH the quoting could not prevent (it always can) or a corrupt index, said plainly.
Error stepError(const Statement& st)
{
    return makeError(ErrorCode::Database, st.lastError());
}

} // namespace

RequestQueries::RequestQueries(Database& db, RequestOrderCache* orderCache)
    : m_db(db)
    , m_orderCache(orderCache)
{
}

std::int64_t RequestOrderCache::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

std::int64_t RequestOrderCache::scans() const
{
    std::lock_guard lock(m_mutex);
    return m_scans;
}

namespace {

// A page row's columns (p.k: its sort key), then readRow reads them.
constexpr const char* kRowColumns = "SELECT e.id, e.ext_id, e.ts, e.provider, e.model, e.tenant, e.input, e.cached, "
                                    "e.output, e.cost, e.reported_cost, e.latency_ms, e.status, p.k, "
                                    "(SELECT count(*) FROM annotations a WHERE a.event_id = e.id), "
                                    "(SELECT count(*) FROM eval_results r WHERE r.event_ext_id = e.ext_id AND "
                                    "r.event_ext_id <> '' AND r.passed = 1), "
                                    "(SELECT count(*) FROM eval_results r WHERE r.event_ext_id = e.ext_id AND "
                                    "r.event_ext_id <> '' AND r.passed = 0), "
                                    "(SELECT substr(t.prompt, 1, 160) FROM event_text t WHERE t.event_id = e.id) ";

RequestRow readRow(Database& db, const Statement& st)
{
    RequestRow r;
    r.id = st.int64(0);
    r.extId = st.text(1);
    r.ts = st.int64(2);
    r.provider = db.dimValue(st.int64(3));
    r.model = db.dimValue(st.int64(4));
    r.tenant = db.dimValue(st.int64(5));
    r.input = st.int64(6);
    r.cached = st.int64(7);
    r.output = st.int64(8);
    r.cost = optInt(st, 9);
    r.reportedCost = optInt(st, 10);
    r.latencyMs = optInt(st, 11);
    r.status = static_cast<int>(st.int64(12));
    r.cursor = { st.int64(13), r.id };
    r.annotations = static_cast<int>(st.int64(14));
    r.evalsPassed = static_cast<int>(st.int64(15));
    r.evalsFailed = static_cast<int>(st.int64(16));
    r.promptStart = st.text(17);
    return r;
}

// The requests `f` selects after `after` in `q`'s order: the filter's SQL narrowed to them, the sort key's
// expression and the direction (" DESC" or ""), shared by the page and key reads so both see the same order.
struct OrderedSql
{
    Sql sql;
    std::string key;
    const char* dir = "";

    // " ORDER BY k <dir>, e.id <dir> LIMIT ?" over the selection aliased e with its key as k: the page and the key
    // reads order alike.
    std::string orderedLimit(int limit)
    {
        return std::string(" ORDER BY k") + dir + ", e.id" + dir + " LIMIT "
            + sql.param(static_cast<std::int64_t>(limit));
    }
};

Result<OrderedSql> orderedAfter(
    Database& db, const RequestFilter& f, const RequestPageQuery& q, const RequestCursor* after)
{
    auto sql = filterSql(db, f);
    if (!sql)
        return sql.error();
    OrderedSql o { std::move(*sql), sortKeyExpr(q.sort), q.descending ? " DESC" : "" };
    if (after)
        o.sql.where += " AND (" + o.key + ", e.id) " + (q.descending ? "<" : ">") + " (" + o.sql.param(after->key)
            + ", " + o.sql.param(after->id) + ")";
    return o;
}

// Appends up to `want` rows of the requests `f` selects, in `q`'s order after its cursor.
Result<void> readPage(Database& db, const RequestFilter& f, const RequestPageQuery& q, const RequestCursor* after,
    int want, std::vector<RequestRow>& out)
{
    auto o = orderedAfter(db, f, q, after);
    if (!o)
        return o.error();
    // The order and the page are decided on (key, id) alone; the columns (dimension ids, annotation and eval
    // counts, the prompt's start) are read for the page's rows only, not for every row the sort considers.
    const std::string text = std::string(kRowColumns) + "FROM (SELECT e.id AS id, " + o->key + " AS k FROM events e"
        + o->sql.joins + o->sql.where + o->orderedLimit(want) + ") p JOIN events e ON e.id = p.id ORDER BY p.k" + o->dir
        + ", p.id" + o->dir;
    auto st = prepared(db, text, o->sql);
    if (!st)
        return st.error();
    while (st->step())
        out.push_back(readRow(db, *st));
    if (!st->lastError().empty())
        return stepError(*st);
    return {};
}

// The first `limit` (key, id) of the order after `after` (the same WHERE and ORDER BY as readPage).
Result<void> readKeys(Database& db, const RequestFilter& f, const RequestPageQuery& q, const RequestCursor* after,
    int limit, std::vector<RequestCursor>& out)
{
    auto o = orderedAfter(db, f, q, after);
    if (!o)
        return o.error();
    auto st = prepared(db,
        "SELECT " + o->key + " AS k, e.id FROM events e" + o->sql.joins + o->sql.where + o->orderedLimit(limit),
        o->sql);
    if (!st)
        return st.error();
    while (st->step())
        out.push_back({ st->int64(0), st->int64(1) });
    if (!st->lastError().empty())
        return stepError(*st);
    return {};
}

// The rows of `keys` (requests by id), in that order, each with its cursor.
Result<void> readRows(Database& db, RequestSort sort, const std::vector<RequestCursor>& keys, std::size_t from,
    std::size_t to, std::vector<RequestRow>& out)
{
    Sql sql;
    std::string ids;
    for (std::size_t i = from; i < to; ++i)
        ids += (i == from ? "" : ", ") + sql.param(keys[i].id);
    auto st = prepared(db,
        std::string(kRowColumns).replace(std::string(kRowColumns).find("p.k"), 3, sortKeyExpr(sort))
            + "FROM events e WHERE e.id IN (" + ids + ")",
        sql);
    if (!st)
        return st.error();
    std::unordered_map<std::int64_t, RequestRow> byId;
    while (st->step()) {
        RequestRow r = readRow(db, *st);
        byId.emplace(r.id, std::move(r));
    }
    if (!st->lastError().empty())
        return stepError(*st);
    for (std::size_t i = from; i < to; ++i) {
        auto it = byId.find(keys[i].id);
        if (it == byId.end())
            return makeError(ErrorCode::Database, "a request of the kept order is gone"); // the store changed
        out.push_back(std::move(it->second));
    }
    return {};
}

} // namespace

Result<RequestPage> RequestQueries::page(const RequestPageQuery& q)
{
    if (q.limit < 1 || q.limit > 5000)
        return makeError(ErrorCode::Invalid, "a page holds 1 to 5000 requests");
    RequestPage out;
    const RequestFilter& f = q.filter;
    if (f.to <= f.from)
        return out;
    const int want = q.limit + 1; // one more: is there a next page?
    const RequestCursor* after = q.after ? &*q.after : nullptr;
    if (q.sort != RequestSort::Time || !f.search.empty()) {
        // No index orders by cost, tokens or latency: the range is scanned and the top rows kept (and, with an
        // order cache, the first kOrderCacheRows of them for the next pages). A search reads its matches from
        // the full-text index whatever the order.
        bool served = false;
        if (m_orderCache && f.search.empty() && want <= m_orderCache->m_capacity + 1) {
            auto r = cachedPage(q, want, out.rows);
            if (!r)
                return r.error();
            served = *r;
        }
        if (!served)
            if (auto r = readPage(m_db, f, q, after, want, out.rows); !r)
                return r.error();
    } else {
        // Time order a day at a time: requests are keyed by their day (id = day << 46 | hash), so one day's
        // rows are one rowid range, sorted by time on their own; empty days are skipped by a rowid seek.
        const std::int64_t lo = UsageWriter::dayKeyStart(f.from), hi = UsageWriter::dayKeyEnd(f.to - 1);
        Statement next = m_db.prepare(q.descending ? "SELECT max(id) FROM events WHERE id >= ?1 AND id < ?2"
                                                   : "SELECT min(id) FROM events WHERE id >= ?1 AND id < ?2");
        // Descending: the next day below `bound` (exclusive); ascending: the next day from `bound` (inclusive).
        const Epoch start = after ? after->key : (q.descending ? f.to - 1 : f.from);
        std::int64_t bound = q.descending ? std::min(hi, UsageWriter::dayKeyEnd(start))
                                          : std::max(lo, UsageWriter::dayKeyStart(start));
        while (static_cast<int>(out.rows.size()) < want) {
            next.reset();
            if (q.descending)
                next.bind(1, lo).bind(2, bound);
            else
                next.bind(1, bound).bind(2, hi);
            if (!next.step())
                return stepError(next);
            if (next.isNull(0))
                break;
            const Epoch day = (next.int64(0) >> UsageWriter::kKeyHashBits) * kSecondsPerDay;
            RequestFilter chunk = f;
            chunk.from = std::max(f.from, day);
            chunk.to = std::min(f.to, day + kSecondsPerDay);
            if (chunk.from < chunk.to)
                if (auto r = readPage(m_db, chunk, q, after, want - static_cast<int>(out.rows.size()), out.rows); !r)
                    return r.error();
            if (q.descending)
                bound = UsageWriter::dayKeyStart(day);
            else
                bound = UsageWriter::dayKeyEnd(day);
            if (bound <= lo || bound >= hi)
                break;
        }
    }
    if (static_cast<int>(out.rows.size()) > q.limit) {
        out.rows.resize(static_cast<std::size_t>(q.limit));
        out.next = out.rows.back().cursor;
    }
    return out;
}

Result<bool> RequestQueries::cachedPage(const RequestPageQuery& q, int want, std::vector<RequestRow>& out)
{
    auto sql = filterSql(m_db, q.filter);
    if (!sql)
        return sql.error();
    std::string query
        = std::string(requestSortName(q.sort)) + (q.descending ? " desc" : " asc") + sql->joins + sql->where;
    for (const Sql::Bind& b : sql->binds)
        query += "\x1f" + (b.isText ? "t" + b.text : std::to_string(b.number));
    // One read snapshot for the version check, the scan and the rows (unless the caller holds a transaction).
    const bool own = sqlite3_get_autocommit(m_db.handle()) != 0;
    if (own)
        if (auto r = execSql(m_db.handle(), "BEGIN; SELECT 1 FROM events LIMIT 1"); !r)
            return r.error();
    auto done = [&](Result<bool> r) -> Result<bool> {
        if (own)
            (void)execSql(m_db.handle(), r ? "COMMIT" : "ROLLBACK");
        return r;
    };
    Statement version = m_db.prepare("PRAGMA data_version");
    if (!version.step())
        return done(makeError(ErrorCode::Database, version.lastError()));
    const std::int64_t dataVersion = version.int64(0);
    const std::int64_t changes = sqlite3_total_changes64(m_db.handle());

    RequestOrderCache& c = *m_orderCache;
    std::lock_guard lock(c.m_mutex);
    const std::optional<RequestCursor>& after = q.after;
    // Before: a comes ahead of b in the order.
    auto before = [&](const RequestCursor& a, const RequestCursor& b) {
        if (a.key != b.key)
            return q.descending ? a.key > b.key : a.key < b.key;
        return q.descending ? a.id > b.id : a.id < b.id;
    };
    // The kept keys after `after`, when they hold the whole page (or everything there is).
    auto position = [&]() -> std::optional<std::size_t> {
        if (c.m_db != &m_db || c.m_query != query || c.m_dataVersion != dataVersion || c.m_changes != changes)
            return std::nullopt;
        if (c.m_start && (!after || before(*after, *c.m_start)))
            return std::nullopt; // the page starts ahead of the kept keys
        const std::size_t at = after
            ? static_cast<std::size_t>(
                std::upper_bound(c.m_keys.begin(), c.m_keys.end(), *after, before) - c.m_keys.begin())
            : 0;
        if (at + static_cast<std::size_t>(want) > c.m_keys.size() && !c.m_complete)
            return std::nullopt;
        return at;
    };
    auto at = position();
    if (at) {
        ++c.m_hits;
    } else {
        std::vector<RequestCursor> keys;
        // One more than the capacity: a page's look-ahead row (is there a next page?) past its last kept row.
        if (auto r = readKeys(m_db, q.filter, q, after ? &*after : nullptr, c.m_capacity + 1, keys); !r)
            return done(r.error());
        c.m_db = &m_db;
        c.m_query = query;
        c.m_dataVersion = dataVersion;
        c.m_changes = changes;
        c.m_start = after;
        c.m_complete = keys.size() <= static_cast<std::size_t>(c.m_capacity);
        c.m_keys = std::move(keys);
        ++c.m_scans;
        at = 0;
    }
    const std::size_t end = std::min(c.m_keys.size(), *at + static_cast<std::size_t>(want));
    if (auto r = readRows(m_db, q.sort, c.m_keys, *at, end, out); !r)
        return done(r.error());
    return done(true);
}

Result<std::int64_t> RequestQueries::count(const RequestFilter& f)
{
    if (f.to <= f.from)
        return std::int64_t { 0 };
    auto sql = filterSql(m_db, f);
    if (!sql)
        return sql.error();
    auto st = prepared(m_db, "SELECT count(*) FROM events e" + sql->joins + sql->where, *sql);
    if (!st)
        return st.error();
    if (!st->step())
        return st->lastError().empty() ? std::int64_t { 0 } : Result<std::int64_t>(stepError(*st));
    return st->int64(0);
}

Result<std::vector<std::int64_t>> RequestQueries::sample(const RequestFilter& f, int n, std::uint64_t seed)
{
    if (n < 1 || n > 100000)
        return makeError(ErrorCode::Invalid, "a review sample holds 1 to 100000 requests");
    std::vector<std::int64_t> out;
    if (f.to <= f.from)
        return out;
    auto sql = filterSql(m_db, f);
    if (!sql)
        return sql.error();
    auto st = prepared(m_db, "SELECT e.id FROM events e" + sql->joins + sql->where, *sql);
    if (!st)
        return st.error();
    // The n smallest (hash, id) pairs, kept in a max-heap: one pass, memory for n ids only.
    using Entry = std::pair<std::uint64_t, std::int64_t>;
    std::priority_queue<Entry> heap;
    while (st->step()) {
        std::int64_t id = st->int64(0);
        Entry e { sampleHash(seed, id), id };
        if (static_cast<int>(heap.size()) < n)
            heap.push(e);
        else if (e < heap.top()) {
            heap.pop();
            heap.push(e);
        }
    }
    if (!st->lastError().empty())
        return stepError(*st);
    out.resize(heap.size());
    for (std::size_t i = out.size(); i-- > 0;) {
        out[i] = heap.top().second;
        heap.pop();
    }
    return out;
}

Result<RequestDetail> RequestQueries::detail(std::int64_t id)
{
    RequestDetail d;
    Statement e = m_db.prepare("SELECT e.id, coalesce(s.name, ''), e.ext_id, e.ts, e.provider, e.model, e.tenant, "
                               "e.team, e.project, e.env, e.user, e.api_key, e.prompt_id, e.prompt_version, "
                               "e.trace_id, e.service_tier, e.input, e.cached, e.cw5m, e.cw1h, e.output, "
                               "e.reported_cost, e.cost, e.price_id, e.latency_ms, e.status, e.flags, e.ttft_ms "
                               "FROM events e LEFT JOIN sources s ON s.id = e.source_id WHERE e.id = ?1");
    e.bind(1, id);
    if (!e.step())
        return e.lastError().empty() ? makeError(ErrorCode::NotFound, "request " + std::to_string(id) + " not found")
                                     : stepError(e);
    d.id = e.int64(0);
    d.source = e.text(1);
    d.extId = e.text(2);
    d.ts = e.int64(3);
    int col = 4;
    std::int64_t traceId = 0;
    for (Dim dim : kRowDims) {
        std::int64_t v = e.int64(col++);
        if (dim == Dim::TraceId)
            traceId = v;
        std::string value = m_db.dimValue(v);
        if (dim == Dim::ServiceTier)
            d.serviceTier = value;
        d.dims.emplace_back(dimName(dim), std::move(value));
    }
    d.tokens.input = e.int64(16);
    d.tokens.cachedInput = e.int64(17);
    d.tokens.cacheWrite5m = e.int64(18);
    d.tokens.cacheWrite1h = e.int64(19);
    d.tokens.output = e.int64(20);
    d.reportedCost = optInt(e, 21);
    d.cost = optInt(e, 22);
    d.priceId = e.int64(23);
    d.latencyMs = optInt(e, 24);
    d.ttftMs = optInt(e, 27);
    d.status = static_cast<int>(e.int64(25));
    const std::int64_t flags = e.int64(26);
    d.cacheHit = (flags & kEventFlagCacheHit) != 0;
    d.batch = (flags & kEventFlagBatch) != 0;

    Statement tags = m_db.prepare("SELECT key, value FROM event_tags WHERE event_id = ?1");
    tags.bind(1, id);
    while (tags.step())
        d.tags.emplace_back(m_db.dimValue(tags.int64(0)), m_db.dimValue(tags.int64(1)));
    std::sort(d.tags.begin(), d.tags.end());

    Statement text = m_db.prepare("SELECT prompt, response FROM event_text WHERE event_id = ?1");
    text.bind(1, id);
    if (text.step()) {
        d.hasText = true;
        d.prompt = text.text(0);
        d.response = text.text(1);
    }

    // The breakdown under the price that produced the stored cost, computed by the cost engine part by part.
    if (d.priceId != 0) {
        Statement p = m_db.prepare("SELECT origin, provider, model, effective_from, rates FROM prices WHERE id = ?1");
        p.bind(1, d.priceId);
        if (p.step()) {
            Price price;
            price.id = d.priceId;
            price.origin = static_cast<PriceOrigin>(p.int64(0));
            price.provider = p.text(1);
            price.model = p.text(2);
            price.effectiveFrom = p.int64(3);
            d.priceOrigin = priceOriginName(price.origin);
            d.priceProvider = price.provider;
            d.priceModel = price.model;
            d.priceEffectiveFrom = price.effectiveFrom;
            Billing billing;
            billing.batch = d.batch;
            billing.cacheHit = d.cacheHit;
            billing.serviceTier = d.serviceTier;
            if (!ratesFromJson(p.text(4), price)) {
                d.priceError = "the stored price cannot be read";
            } else if (auto whole = computeCost(price, d.tokens, billing); !whole) {
                d.priceError = whole.error().detail;
            } else {
                d.recomputed = whole->total;
                d.longContext = whole->longContext;
                billing.forceLongContext = whole->longContext;
                // A response-cache hit is charged nothing; its parts say what the provider call would have cost.
                billing.cacheHit = false;
                auto rates = effectiveRates(price, d.tokens, billing);
                struct PartDef
                {
                    const char* name;
                    std::int64_t tokens;
                    Nano rate;
                    TokenCounts counts;
                };
                const TokenCounts& t = d.tokens;
                std::vector<PartDef> defs;
                if (rates) {
                    defs = {
                        { "uncached input", t.uncachedInput(), rates->input, { t.uncachedInput(), 0, 0, 0, 0 } },
                        { "cache reads", t.cachedInput, rates->cachedInput, { t.cachedInput, t.cachedInput, 0, 0, 0 } },
                        { "cache writes 5m", t.cacheWrite5m, rates->cacheWrite5m,
                            { t.cacheWrite5m, 0, t.cacheWrite5m, 0, 0 } },
                        { "cache writes 1h", t.cacheWrite1h, rates->cacheWrite1h,
                            { t.cacheWrite1h, 0, 0, t.cacheWrite1h, 0 } },
                        { "output", t.output, rates->output, { 0, 0, 0, 0, t.output } },
                    };
                } else {
                    d.priceError = rates.error().detail;
                }
                for (const PartDef& def : defs) {
                    auto c = computeCost(price, def.counts, billing);
                    if (!c) {
                        d.priceError = c.error().detail;
                        d.parts.clear();
                        break;
                    }
                    d.parts.push_back({ def.name, def.tokens, def.rate, c->total });
                }
            }
        } else {
            d.priceError = "the price that produced this cost was removed";
        }
    }

    Statement ev = m_db.prepare("SELECT ts, eval_name, score, passed FROM eval_results WHERE event_ext_id = ?1 AND "
                                "event_ext_id <> '' ORDER BY ts, eval_name");
    ev.bind(1, d.extId);
    while (ev.step()) {
        EvalRow r;
        r.ts = ev.int64(0);
        r.name = ev.text(1);
        r.score = ev.real(2);
        if (!ev.isNull(3))
            r.passed = ev.int64(3) != 0;
        d.evals.push_back(std::move(r));
    }
    if (!ev.lastError().empty())
        return stepError(ev);

    auto annotations = annotationsOf(m_db, id);
    if (!annotations)
        return annotations.error();
    d.annotations = std::move(annotations).value();

    if (traceId != 0) {
        // trace_id has no index: the trace is read a day either side of this request, and further a day at a time
        // (up to kTraceReachDays) while it has requests on each day: a day without one ends it.
        struct Member
        {
            std::int64_t id;
            std::string extId;
            Epoch ts;
            std::int64_t model;
            std::optional<Nano> cost;
            int status;
        };
        std::vector<Member> members;
        Statement tr = m_db.prepare("SELECT id, ext_id, ts, model, cost, status FROM events WHERE id >= ?1 AND "
                                    "id < ?2 AND trace_id = ?3");
        // Reads the days [first, last] and returns the earliest and latest day a member was on (or nullopt).
        auto readDays = [&](Epoch first, Epoch last) -> Result<std::optional<std::pair<Epoch, Epoch>>> {
            tr.reset();
            tr.bind(1, UsageWriter::dayKeyStart(first));
            tr.bind(2, UsageWriter::dayKeyEnd(last));
            tr.bind(3, traceId);
            std::optional<std::pair<Epoch, Epoch>> span;
            while (tr.step()) {
                Member m { tr.int64(0), tr.text(1), tr.int64(2), tr.int64(3), optInt(tr, 4),
                    static_cast<int>(tr.int64(5)) };
                const Epoch day = floorDay(m.ts);
                span = span ? std::pair { std::min(span->first, day), std::max(span->second, day) }
                            : std::pair { day, day };
                members.push_back(std::move(m));
            }
            if (!tr.lastError().empty())
                return stepError(tr);
            return span;
        };
        const Epoch today = floorDay(d.ts);
        Epoch lo = today - kSecondsPerDay, hi = today + kSecondsPerDay;
        auto span = readDays(lo, hi);
        if (!span)
            return span.error();
        std::optional<std::pair<Epoch, Epoch>> reach = *span;
        const Epoch limit = kTraceReachDays * kSecondsPerDay;
        while (reach && reach->first == lo && today - lo < limit) {
            lo -= kSecondsPerDay;
            auto more = readDays(lo, lo);
            if (!more)
                return more.error();
            if (!*more)
                break;
            reach->first = lo;
        }
        while (reach && reach->second == hi && hi - today < limit) {
            hi += kSecondsPerDay;
            auto more = readDays(hi, hi);
            if (!more)
                return more.error();
            if (!*more)
                break;
            reach->second = hi;
        }
        std::sort(members.begin(), members.end(),
            [](const Member& a, const Member& b) { return a.ts != b.ts ? a.ts < b.ts : a.id < b.id; });
        for (Member& m : members) {
            if (m.cost) {
                if (__builtin_add_overflow(d.traceCost, *m.cost, &d.traceCost))
                    return makeError(ErrorCode::Invalid, "the trace's total cost does not fit in 64 bits");
            } else {
                ++d.traceUnpriced;
            }
            if (m.id == id)
                continue;
            if (static_cast<int>(d.trace.size()) >= kMaxTraceRequests) {
                d.traceTruncated = true;
                continue;
            }
            d.trace.push_back({ m.id, std::move(m.extId), m.ts, m_db.dimValue(m.model), m.cost, m.status });
        }
    }
    return d;
}

} // namespace burnrate
