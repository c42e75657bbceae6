#include "analytics/quality.h"

#include "analytics/modeltier.h"
#include "model/text.h"
#include "store/database.h"
#include "store/measures.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <unordered_map>

namespace burnrate {

namespace {

// amount / n rounded half away from zero (an average of nano-USD amounts, exact to the nano).
std::optional<Nano> divide(Nano amount, std::int64_t n)
{
    if (n <= 0)
        return std::nullopt;
    const Int128 half = n / 2;
    const Int128 a = amount;
    return static_cast<Nano>(a >= 0 ? (a + half) / n : (a - half) / n);
}

std::optional<double> ratio(double num, std::int64_t den)
{
    if (den <= 0)
        return std::nullopt;
    return num / static_cast<double>(den);
}

} // namespace

QualityCounts& QualityCounts::operator+=(const QualityCounts& o)
{
    bool ok = true;
    for (auto [into, v] : { std::pair { &requests, o.requests }, std::pair { &pricedRequests, o.pricedRequests },
             std::pair { &cost, o.cost }, std::pair { &tokens, o.tokens }, std::pair { &evalResults, o.evalResults },
             std::pair { &evalPassed, o.evalPassed }, std::pair { &evalFailed, o.evalFailed },
             std::pair { &annotated, o.annotated }, std::pair { &ratings, o.ratings },
             std::pair { &ratingSum, o.ratingSum }, std::pair { &thumbsUp, o.thumbsUp },
             std::pair { &thumbsDown, o.thumbsDown }, std::pair { &judged, o.judged },
             std::pair { &accepted, o.accepted }, std::pair { &judgedPriced, o.judgedPriced },
             std::pair { &judgedCost, o.judgedCost }, std::pair { &judgedTokens, o.judgedTokens } })
        ok = addChecked(*into, v) && ok;
    costSquares += o.costSquares;
    evalScoreSum += o.evalScoreSum;
    overflow = overflow || o.overflow || !ok;
    return *this;
}

std::optional<Nano> QualityCounts::costPerRequest() const
{
    return divide(cost, pricedRequests);
}

std::optional<double> QualityCounts::evalScoreMean() const
{
    return ratio(evalScoreSum, evalResults);
}

std::optional<double> QualityCounts::evalPassRate() const
{
    return ratio(static_cast<double>(evalPassed), evalPassed + evalFailed);
}

std::optional<double> QualityCounts::humanRatingMean() const
{
    return ratio(static_cast<double>(ratingSum), ratings);
}

std::optional<double> QualityCounts::acceptanceRate() const
{
    return ratio(static_cast<double>(accepted), judged);
}

std::optional<Nano> QualityCounts::costPerAccepted() const
{
    if (judged > 0 && judgedPriced == 0)
        return std::nullopt; // unpriced is not free
    return divide(judgedCost, accepted);
}

std::optional<std::int64_t> QualityCounts::tokensPerAccepted() const
{
    return divide(judgedTokens, accepted);
}

namespace {

bool isTier(const Axis& a)
{
    return !a.isTag() && a.dim == Dim::ModelTier;
}

// model_tier is derived from the model (analytics/modeltier.h): a filter on tiers becomes one on their models,
// and a group-by reads the model id and maps it to a tier (negative ids name the tiers in `names`).
struct Tiers
{
    std::unordered_map<std::int64_t, std::int64_t> ofModel;
    std::vector<std::string> names;

    std::int64_t map(std::int64_t model) const
    {
        auto t = ofModel.find(model);
        return t == ofModel.end() ? 0 : t->second;
    }
};

Result<Tiers> resolveTiers(Database& db, CostQuery& q)
{
    Tiers out;
    bool uses = std::any_of(q.groupBy.begin(), q.groupBy.end(), isTier)
        || std::any_of(q.filters.begin(), q.filters.end(), [](const Filter& f) { return isTier(f.axis); });
    if (!uses)
        return out;
    auto tiers = modelTiers(db);
    if (!tiers)
        return tiers.error();
    for (const auto& [model, tier] : *tiers) {
        auto it = std::find(out.names.begin(), out.names.end(), tier);
        if (it == out.names.end())
            it = out.names.insert(out.names.end(), tier);
        out.ofModel.emplace(model, -1 - static_cast<std::int64_t>(it - out.names.begin()));
    }
    for (Filter& f : q.filters) {
        if (!isTier(f.axis))
            continue;
        std::vector<std::string> models;
        for (const auto& [model, tier] : *tiers)
            if (std::find(f.values.begin(), f.values.end(), tier) != f.values.end())
                models.push_back(db.dimValue(model));
        f = Filter { Axis { Dim::Model, {} }, std::move(models) };
    }
    return out;
}

// The cost query whose rows (raw requests, attribution lens) a quality query reads, tiers resolved.
struct Prepared
{
    CostQuery cost;
    QueryPlan plan;
    Tiers tiers;
};

Result<Prepared> prepare(Database& db, const QualityQuery& q)
{
    Prepared p;
    p.cost.from = q.from;
    p.cost.to = q.to;
    p.cost.groupBy = q.groupBy;
    p.cost.filters = q.filters;
    p.cost.lens = Lens::Attribution;
    p.cost.forceRaw = true; // judgements are per request: only the raw requests carry them
    for (const auto& a : q.groupBy)
        if (!a.isTag() && a.dim == Dim::TagValue)
            return makeError(ErrorCode::Invalid, "quality cannot group by a tag value; group by tag:KEY");
    auto tiers = resolveTiers(db, p.cost);
    if (!tiers)
        return tiers.error();
    p.tiers = std::move(*tiers);
    auto plan = planQuery(p.cost);
    if (!plan)
        return plan.error();
    p.plan = *plan;
    return p;
}

// Eval results without a request id carry a model, prompt_id and prompt_version only: the column of the
// eval_results table that answers an axis, or nullptr when they cannot be placed on it.
const char* evalColumn(const Axis& a)
{
    if (a.isTag())
        return nullptr;
    switch (a.dim) {
    case Dim::Model:
    case Dim::ModelTier:
        return "model";
    case Dim::PromptId:
        return "prompt_id";
    case Dim::PromptVersion:
        return "prompt_version";
    default:
        return nullptr;
    }
}

bool evalsAttributable(const CostQuery& q)
{
    return std::all_of(q.groupBy.begin(), q.groupBy.end(), [](const Axis& a) { return evalColumn(a); })
        && std::all_of(q.filters.begin(), q.filters.end(), [](const Filter& f) { return evalColumn(f.axis); });
}

// WHERE clause over eval_results r (no request id, in range, the filters) with its parameters.
std::string unlinkedEvalWhere(Database& db, const CostQuery& q, std::vector<std::int64_t>& binds)
{
    auto param = [&](std::int64_t v) {
        binds.push_back(v);
        return "?" + std::to_string(binds.size());
    };
    std::string where = " WHERE r.event_ext_id = '' AND r.ts >= " + param(q.from) + " AND r.ts < " + param(q.to);
    for (const auto& f : q.filters) {
        const char* col = evalColumn(f.axis);
        if (!col)
            continue;
        std::string ids;
        for (const auto& v : f.values)
            ids += (ids.empty() ? "" : ", ") + param(db.findDim(f.axis.dim, v).value_or(-1));
        if (ids.empty())
            ids = param(-1);
        where += std::string(" AND r.") + col + " IN (" + ids + ")";
    }
    return where;
}

Statement prepared(Database& db, const std::string& sql, const std::vector<std::int64_t>& binds)
{
    Statement st = db.prepare(sql);
    for (std::size_t i = 0; st.valid() && i < binds.size(); ++i)
        st.bind(static_cast<int>(i + 1), binds[i]);
    return st;
}

// Per request of the range with any judgement (?1, ?2: the range's request keys - requests are keyed by their
// day, so the range is a key range of both tables' request index): its eval results, linked by request key
// (store/evallinks.h), and its annotations, summed once each. Read from the judgements, not from every request.
std::string judgementsSql(bool withEvals)
{
    const std::string annotations
        = "SELECT event_id, 0 AS n, 0 AS ss, 0 AS p, 0 AS f, 1 AS an, count(rating) AS rn, coalesce(sum(rating), 0)"
          " AS rs, coalesce(sum(thumb = 1), 0) AS up, coalesce(sum(thumb = -1), 0) AS dn, coalesce(sum(rating >= 4), 0)"
          " AS hi, coalesce(sum(rating <= 2), 0) AS lo FROM annotations WHERE event_id >= ?1 AND event_id < ?2 GROUP "
          "BY event_id";
    if (!withEvals)
        return "(" + annotations + ") j"; // one row per request already: no second grouping
    return "(SELECT event_id, sum(n) AS n, total(ss) AS ss, sum(p) AS p, sum(f) AS f, sum(an) AS an, sum(rn) AS rn,"
           " sum(rs) AS rs, sum(up) AS up, sum(dn) AS dn, sum(hi) AS hi, sum(lo) AS lo FROM (SELECT event_id, count(*)"
           " AS n, total(score) AS ss, coalesce(sum(passed = 1), 0) AS p, coalesce(sum(passed = 0), 0) AS f, 0 AS an,"
           " 0 AS rn, 0 AS rs, 0 AS up, 0 AS dn, 0 AS hi, 0 AS lo FROM eval_results WHERE event_id >= ?1 AND"
           " event_id < ?2 GROUP BY event_id UNION ALL "
        + annotations + ") GROUP BY event_id) j";
}
// A judgement: an eval verdict, a thumb or a rating. Accepted: a positive one and no negative one.
constexpr const char* kJudged = "(j.p + j.f + j.up + j.dn + j.rn > 0)";
constexpr const char* kAccepted = "(j.p + j.up + j.hi > 0 AND j.f + j.dn + j.lo = 0)";
constexpr const char* kOverflow = "a cost or token sum of this range does not fit in 64 bits; narrow the range";

using GroupCounts = std::map<std::vector<std::int64_t>, QualityCounts>; // (bucket, ids...) -> counts

// Names the groups' ids, sums the total and sorts the rows (by bucket, then requests descending, then keys).
Result<void> finish(Database& db, const Tiers& tiers, const GroupCounts& groups, QualityResult& out)
{
    std::unordered_map<std::int64_t, std::string> names;
    auto name = [&](std::int64_t id) -> std::string {
        if (id == 0)
            return {};
        if (id < 0) {
            auto i = static_cast<std::size_t>(-1 - id);
            return i < tiers.names.size() ? tiers.names[i] : std::string();
        }
        auto it = names.find(id);
        if (it == names.end())
            it = names.emplace(id, db.dimValue(id)).first;
        return it->second;
    };
    for (const auto& [key, counts] : groups) {
        QualityRow row;
        row.bucket = key[0];
        for (std::size_t i = 1; i < key.size(); ++i)
            row.keys.push_back(name(key[i]));
        row.counts = counts;
        out.total += counts;
        out.rows.push_back(std::move(row));
    }
    if (out.total.overflow)
        return makeError(ErrorCode::Invalid, kOverflow);
    std::sort(out.rows.begin(), out.rows.end(), [](const QualityRow& a, const QualityRow& b) {
        if (a.bucket != b.bucket)
            return a.bucket < b.bucket;
        if (a.counts.requests != b.counts.requests)
            return a.counts.requests > b.counts.requests;
        if (a.counts.annotated != b.counts.annotated)
            return a.counts.annotated > b.counts.annotated;
        return a.keys < b.keys;
    });
    return {};
}

// The group of a result row whose first column is its time (already floored to a day or an hour) and the next
// ones the ids of the group-by axes; `g` buckets the time (None: one bucket).
std::vector<std::int64_t> groupKey(const Statement& st, Granularity g, const QualityQuery& q, const Tiers& tiers)
{
    std::vector<std::int64_t> key(q.groupBy.size() + 1);
    key[0] = g == Granularity::None ? 0 : bucketStart(st.int64(0), g);
    for (std::size_t i = 0; i < q.groupBy.size(); ++i) {
        std::int64_t id = st.int64(static_cast<int>(i + 1));
        key[i + 1] = isTier(q.groupBy[i]) ? tiers.map(id) : id;
    }
    return key;
}

Error queryError(const Statement& st)
{
    return makeError(
        ErrorCode::Database, st.lastError().find("overflow") != std::string::npos ? kOverflow : st.lastError());
}

// The request measures of each group (requests, priced requests, cost, tokens) as the cost queries read them:
// from the coarsest rollup that keeps every axis of the range, else from the raw requests.
Result<void> addRequestCounts(
    Database& db, const Prepared& p, Granularity g, const QualityQuery& q, GroupCounts& groups)
{
    CostQuery cost = p.cost;
    cost.forceRaw = false;
    cost.granularity = g == Granularity::None ? Granularity::None : Granularity::Day;
    auto plan = planQuery(cost);
    if (!plan)
        return plan.error();
    QuerySql sql = buildQuerySql(cost, *plan, [&](Dim d, const std::string& v) { return db.findDim(d, v); });
    Statement st = prepared(db, sql.sql, sql.binds);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    while (st.step()) {
        const Totals t = readTotals(st, static_cast<int>(q.groupBy.size()) + 1);
        if (t.requests == 0)
            continue; // a rollup row whose requests were all removed
        QualityCounts n;
        n.requests = t.requests;
        n.pricedRequests = t.requests - t.unpricedRequests;
        n.cost = t.cost;
        n.tokens = t.input;
        n.overflow = !addChecked(n.tokens, t.output);
        groups[groupKey(st, g, q, p.tiers)] += n;
    }
    if (!st.lastError().empty())
        return queryError(st);
    return {};
}

// The judgement measures of each group, from the judgements of the range's requests and then each judged
// request by key (judgementsSql): a few lookups, not a scan. `grain` floors e.ts for `g`. Without evals, only
// the annotation counts (annotated, ratings, rating sum, thumbs) are set.
// The judgement sums of a result row from column c on, in the order both judgement queries select them:
// evals, score sum, passed, failed, annotated, ratings, rating sum, thumbs up, thumbs down, then (with the
// evals' verdicts) judged, accepted, judged and priced, their cost and their tokens.
void readJudgementSums(Statement& st, int& c, bool withVerdicts, QualityCounts& n)
{
    n.evalResults = st.int64(c++);
    n.evalScoreSum = st.real(c++);
    n.evalPassed = st.int64(c++);
    n.evalFailed = st.int64(c++);
    n.annotated = st.int64(c++);
    n.ratings = st.int64(c++);
    n.ratingSum = st.int64(c++);
    n.thumbsUp = st.int64(c++);
    n.thumbsDown = st.int64(c++);
    if (!withVerdicts)
        return;
    n.judged = st.int64(c++);
    n.accepted = st.int64(c++);
    n.judgedPriced = st.int64(c++);
    n.judgedCost = st.int64(c++);
    n.judgedTokens = st.int64(c++);
}

Result<void> addJudgementCounts(Database& db, const Prepared& p, const QualityQuery& q, Granularity g,
    const char* grain, bool withEvals, GroupCounts& groups)
{
    std::vector<std::int64_t> binds { UsageWriter::dayKeyStart(q.from), UsageWriter::dayKeyEnd(q.to - 1) };
    QuerySqlParts parts = buildQuerySqlParts(
        p.cost, p.plan, [&](Dim d, const std::string& v) { return db.findDim(d, v); }, binds);
    std::string sql = std::string("SELECT ") + grain;
    std::string groupBy = "1";
    for (std::size_t i = 0; i < parts.keys.size(); ++i) {
        sql += ", " + parts.keys[i];
        groupBy += ", " + std::to_string(i + 2);
    }
    const std::string judged = kJudged;
    sql += ", sum(j.n), total(j.ss), sum(j.p), sum(j.f), sum(j.an), sum(j.rn), sum(j.rs), sum(j.up), sum(j.dn), sum("
        + judged + "), sum(" + kAccepted + "), sum(" + judged + " AND e.cost IS NOT NULL), coalesce(sum(CASE WHEN "
        + judged + " THEN e.cost END), 0), coalesce(sum(CASE WHEN " + judged + " THEN e.input + e.output END), 0) FROM "
        + judgementsSql(withEvals) + " CROSS JOIN events e ON e.id = j.event_id" + parts.joins + parts.where
        + " GROUP BY " + groupBy;
    Statement st = prepared(db, sql, binds);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    while (st.step()) {
        int c = static_cast<int>(q.groupBy.size()) + 1;
        QualityCounts n;
        readJudgementSums(st, c, withEvals, n);
        groups[groupKey(st, g, q, p.tiers)] += n;
    }
    if (!st.lastError().empty())
        return queryError(st);
    return {};
}

// judgement_daily (schema version 13) sums the judgements per day, provider, model, tenant, team, project, env,
// prompt_id and prompt_version: the column that answers an axis there, or nullptr.
const char* dailyColumn(const Axis& a)
{
    if (a.isTag())
        return nullptr;
    const Dim d = a.dim == Dim::ModelTier ? Dim::Model : a.dim;
    constexpr Dim kDailyDims[] = { Dim::Provider, Dim::Model, Dim::Tenant, Dim::Team, Dim::Project, Dim::Env,
        Dim::PromptId, Dim::PromptVersion };
    if (std::find(std::begin(kDailyDims), std::end(kDailyDims), d) == std::end(kDailyDims))
        return nullptr;
    return dimColumn(d, FactTable::Events); // judgement_daily names its columns as the events table does
}

// Whether judgement_daily answers the judgement counts of `p` exactly: whole days, every group-by and filter
// axis one of its columns (tier filters are model filters by now).
bool dailyAnswers(const Prepared& p)
{
    return p.cost.from % kSecondsPerDay == 0 && p.cost.to % kSecondsPerDay == 0
        && std::all_of(p.cost.groupBy.begin(), p.cost.groupBy.end(), [](const Axis& a) { return dailyColumn(a); })
        && std::all_of(
            p.cost.filters.begin(), p.cost.filters.end(), [](const Filter& f) { return dailyColumn(f.axis); });
}

// The judgement measures of each group from judgement_daily (dailyAnswers): the same sums addJudgementCounts
// reads from the judgements, kept per day by the store's triggers.
Result<void> addDailyJudgementCounts(
    Database& db, const Prepared& p, const QualityQuery& q, Granularity g, GroupCounts& groups)
{
    std::vector<std::int64_t> binds;
    auto param = [&](std::int64_t v) {
        binds.push_back(v);
        return "?" + std::to_string(binds.size());
    };
    std::string sql = std::string("SELECT ") + (g == Granularity::None ? "0" : "e.day");
    std::string groupBy = "1";
    for (std::size_t i = 0; i < q.groupBy.size(); ++i) {
        sql += std::string(", e.") + dailyColumn(q.groupBy[i]);
        groupBy += ", " + std::to_string(i + 2);
    }
    // The events' filter conditions: judgement_daily names its columns as the events table does.
    FilterSql where = eventFilterSql(
        p.cost.filters, [&](Dim d, const std::string& v) { return db.findDim(d, v); }, param);
    sql += ", sum(e.evals), sum(e.score_sum), sum(e.passed), sum(e.failed), sum(e.annotated), sum(e.ratings),"
           " sum(e.rating_sum), sum(e.up), sum(e.down), sum(e.judged), sum(e.accepted), sum(e.judged_priced),"
           " sum(e.judged_cost), sum(e.judged_tokens), max(typeof(e.judged_cost) <> 'integer' OR"
           " typeof(e.judged_tokens) <> 'integer') FROM judgement_daily e WHERE e.day >= "
        + param(p.cost.from) + " AND e.day < " + param(p.cost.to) + where.where + " GROUP BY " + groupBy;
    Statement st = prepared(db, sql, binds);
    if (!st.valid())
        return makeError(ErrorCode::Database, st.prepareError());
    while (st.step()) {
        int c = static_cast<int>(q.groupBy.size()) + 1;
        QualityCounts n;
        readJudgementSums(st, c, true, n);
        n.overflow = st.int64(c++) != 0; // a sum the triggers kept went past 64 bits (SQLite made it a real)
        groups[groupKey(st, g, q, p.tiers)] += n;
    }
    if (!st.lastError().empty())
        return queryError(st);
    return {};
}
} // namespace

QualityQueries::QualityQueries(Database& db)
    : m_db(db)
{
}

Result<QualityResult> QualityQueries::run(const QualityQuery& q)
{
    auto p = prepare(m_db, q);
    if (!p)
        return p.error();
    QualityResult out;
    if (q.to <= q.from)
        return out;
    const std::size_t nAxes = q.groupBy.size();
    // Quality buckets by day (an hour granularity reads days too); weeks and months fold days.
    const Granularity g = q.granularity == Granularity::Hour ? Granularity::Day : q.granularity;
    const bool timed = g != Granularity::None;
    auto dayOf = [&](const char* col) {
        return timed ? std::string("(") + col + " / 86400) * 86400" : "0";
    };

    GroupCounts groups;
    if (auto r = addRequestCounts(m_db, *p, g, q, groups); !r)
        return r.error();
    // Whole days over the daily table's axes read its sums; any other grouping the judgements themselves.
    if (auto r = dailyAnswers(*p) ? addDailyJudgementCounts(m_db, *p, q, g, groups)
                                  : addJudgementCounts(m_db, *p, q, g, dayOf("e.ts").c_str(), true, groups);
        !r)
        return r.error();

    // Eval results without a request id join the group of their model, prompt_id and prompt_version.
    {
        std::vector<std::int64_t> binds;
        std::string where = unlinkedEvalWhere(m_db, p->cost, binds);
        if (evalsAttributable(p->cost)) {
            std::string sql = "SELECT " + dayOf("r.ts");
            std::string groupBy = "1";
            for (std::size_t i = 0; i < nAxes; ++i) {
                sql += std::string(", r.") + evalColumn(q.groupBy[i]);
                groupBy += ", " + std::to_string(i + 2);
            }
            sql += ", count(*), total(r.score), coalesce(sum(r.passed = 1), 0), coalesce(sum(r.passed = 0), 0)"
                   " FROM eval_results r"
                + where + " GROUP BY " + groupBy;
            Statement st = prepared(m_db, sql, binds);
            if (!st.valid())
                return makeError(ErrorCode::Database, st.prepareError());
            while (st.step()) {
                int c = static_cast<int>(nAxes) + 1;
                QualityCounts n;
                n.evalResults = st.int64(c++);
                n.evalScoreSum = st.real(c++);
                n.evalPassed = st.int64(c++);
                n.evalFailed = st.int64(c++);
                groups[groupKey(st, g, q, p->tiers)] += n;
            }
            if (!st.lastError().empty())
                return makeError(ErrorCode::Database, st.lastError());
        } else {
            Statement st = prepared(m_db, "SELECT count(*) FROM eval_results r" + where, binds);
            if (!st.valid())
                return makeError(ErrorCode::Database, st.prepareError());
            if (st.step())
                out.unattributedEvals = st.int64(0);
        }
    }

    if (auto r = finish(m_db, p->tiers, groups, out); !r)
        return r.error();
    return out;
}

Result<QualityResult> QualityQueries::annotationTally(const QualityQuery& q)
{
    auto p = prepare(m_db, q);
    if (!p)
        return p.error();
    QualityResult out;
    if (q.to <= q.from)
        return out;
    const char* grain = q.granularity == Granularity::None ? "0"
        : q.granularity == Granularity::Hour               ? "(e.ts / 3600) * 3600"
                                                           : "(e.ts / 86400) * 86400";
    GroupCounts groups;
    if (q.granularity != Granularity::Hour && dailyAnswers(*p)) {
        // The daily sums hold the annotation counts too; only those are kept.
        GroupCounts all;
        if (auto r = addDailyJudgementCounts(m_db, *p, q, q.granularity, all); !r)
            return r.error();
        for (const auto& [key, c] : all) {
            QualityCounts n;
            n.annotated = c.annotated;
            n.ratings = c.ratings;
            n.ratingSum = c.ratingSum;
            n.thumbsUp = c.thumbsUp;
            n.thumbsDown = c.thumbsDown;
            if (n.annotated > 0)
                groups[key] += n; // groups of evals alone are not in the tally
        }
    } else if (auto r = addJudgementCounts(m_db, *p, q, q.granularity, grain, false, groups); !r) {
        return r.error();
    }
    if (auto r = finish(m_db, p->tiers, groups, out); !r)
        return r.error();
    return out;
}

Result<QualitySamples> QualityQueries::samples(const QualityQuery& asked, const std::vector<std::string>& keys)
{
    if (keys.size() != asked.groupBy.size())
        return makeError(ErrorCode::Invalid, "one key per group-by axis");
    QualityQuery q = asked;
    q.granularity = Granularity::None;
    for (std::size_t i = 0; i < keys.size(); ++i)
        q.filters.push_back(Filter { asked.groupBy[i], { keys[i] } });
    q.groupBy.clear();
    auto p = prepare(m_db, q);
    if (!p)
        return p.error();
    QualitySamples out;
    if (q.to <= q.from)
        return out;
    auto readAll = [&](const std::string& sql, const std::vector<std::int64_t>& binds,
                       std::vector<double>& into) -> Result<void> {
        Statement st = prepared(m_db, sql, binds);
        if (!st.valid())
            return makeError(ErrorCode::Database, st.prepareError());
        while (st.step())
            into.push_back(st.real(0));
        if (!st.lastError().empty())
            return makeError(ErrorCode::Database, st.lastError());
        return {};
    };
    auto lookup = [&](Dim d, const std::string& v) {
        return m_db.findDim(d, v);
    };
    // The judgements of the range's requests (by request key, as judgementsSql), then each one's request.
    auto judgementsOf
        = [&](const char* table, const char* column, const char* extra, std::vector<double>& into) -> Result<void> {
        std::vector<std::int64_t> binds { UsageWriter::dayKeyStart(q.from), UsageWriter::dayKeyEnd(q.to - 1) };
        QuerySqlParts parts = buildQuerySqlParts(p->cost, p->plan, lookup, binds);
        return readAll(std::string("SELECT j.") + column + " FROM " + table
                + " j CROSS JOIN events e ON e.id = j.event_id" + parts.joins + parts.where
                + " AND j.event_id >= ?1 AND j.event_id < ?2" + extra + " ORDER BY j.id",
            binds, into);
    };
    if (auto r = judgementsOf("eval_results", "score", "", out.evalScores); !r)
        return r.error();
    if (evalsAttributable(p->cost)) {
        std::vector<std::int64_t> binds;
        std::string where = unlinkedEvalWhere(m_db, p->cost, binds);
        auto r = readAll("SELECT r.score FROM eval_results r" + where + " ORDER BY r.id", binds, out.evalScores);
        if (!r)
            return r.error();
    }
    if (auto r = judgementsOf("annotations", "rating", " AND j.rating IS NOT NULL", out.ratings); !r)
        return r.error();
    // The sum of squared costs of the group's priced requests (for the cost interval of a comparison): the
    // one measure no rollup holds, so it reads the group's requests.
    {
        std::vector<std::int64_t> binds;
        QuerySqlParts parts = buildQuerySqlParts(p->cost, p->plan, lookup, binds);
        std::vector<double> squares;
        auto r = readAll(
            "SELECT total(CAST(e.cost AS REAL) * e.cost) FROM events e" + parts.joins + parts.where, binds, squares);
        if (!r)
            return r.error();
        out.costSquares = squares.empty() ? 0.0 : squares.front();
    }
    return out;
}

// ---- intervals ----

std::optional<Interval> wilsonInterval(std::int64_t k, std::int64_t n, double z)
{
    if (n <= 0 || k < 0 || k > n)
        return std::nullopt;
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(k) / nn;
    const double z2 = z * z;
    const double centre = p + z2 / (2 * nn);
    const double spread = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    const double den = 1 + z2 / nn;
    Interval out { (centre - spread) / den, (centre + spread) / den };
    // The exact ends at 0 and n (rounding must not put them a hair outside [0, 1]).
    if (k == 0)
        out.low = 0;
    if (k == n)
        out.high = 1;
    return out;
}

std::optional<Interval> newcombeDifference(std::int64_t k1, std::int64_t n1, std::int64_t k2, std::int64_t n2, double z)
{
    auto w1 = wilsonInterval(k1, n1, z);
    auto w2 = wilsonInterval(k2, n2, z);
    if (!w1 || !w2)
        return std::nullopt;
    const double p1 = static_cast<double>(k1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(k2) / static_cast<double>(n2);
    const double d = p2 - p1;
    return Interval { d - std::sqrt((p2 - w2->low) * (p2 - w2->low) + (w1->high - p1) * (w1->high - p1)),
        d + std::sqrt((w2->high - p2) * (w2->high - p2) + (p1 - w1->low) * (p1 - w1->low)) };
}

namespace {

__extension__ typedef unsigned __int128 UInt128;

// An index in [0, n) from one 64-bit draw (multiply-shift: the same on every platform, unlike
// std::uniform_int_distribution whose algorithm the standard leaves open).
std::size_t drawIndex(std::mt19937_64& rng, std::size_t n)
{
    return static_cast<std::size_t>((static_cast<UInt128>(rng()) * n) >> 64);
}

double resampledMean(const std::vector<double>& v, std::mt19937_64& rng)
{
    double sum = 0;
    for (std::size_t i = 0; i < v.size(); ++i)
        sum += v[drawIndex(rng, v.size())];
    return sum / static_cast<double>(v.size());
}

// Linear-interpolated quantile (type 7) of sorted values.
double quantile(const std::vector<double>& sorted, double q)
{
    const double at = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(at));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - static_cast<double>(lo));
}

Interval percentileInterval(std::vector<double> stats, double level)
{
    std::sort(stats.begin(), stats.end());
    const double alpha = (1 - level) / 2;
    return Interval { quantile(stats, alpha), quantile(stats, 1 - alpha) };
}

} // namespace

std::optional<Interval> bootstrapMeanInterval(
    const std::vector<double>& values, std::uint64_t seed, int resamples, double level)
{
    if (values.empty() || resamples < 1 || !(level > 0 && level < 1))
        return std::nullopt;
    std::mt19937_64 rng(seed);
    std::vector<double> means;
    means.reserve(static_cast<std::size_t>(resamples));
    for (int i = 0; i < resamples; ++i)
        means.push_back(resampledMean(values, rng));
    return percentileInterval(std::move(means), level);
}

std::optional<Interval> bootstrapMeanDifference(
    const std::vector<double>& a, const std::vector<double>& b, std::uint64_t seed, int resamples, double level)
{
    if (a.empty() || b.empty() || resamples < 1 || !(level > 0 && level < 1))
        return std::nullopt;
    std::mt19937_64 rng(seed);
    std::vector<double> diffs;
    diffs.reserve(static_cast<std::size_t>(resamples));
    for (int i = 0; i < resamples; ++i) {
        const double ma = resampledMean(a, rng);
        diffs.push_back(resampledMean(b, rng) - ma);
    }
    return percentileInterval(std::move(diffs), level);
}

// ---- Pareto frontier ----

std::vector<std::size_t> paretoFrontier(const std::vector<CostQualityPoint>& points)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (!std::isnan(points[i].cost) && !std::isnan(points[i].quality))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (points[a].cost != points[b].cost)
            return points[a].cost < points[b].cost;
        if (points[a].quality != points[b].quality)
            return points[a].quality > points[b].quality;
        return a < b;
    });
    // Sweep by cost: a point is on the frontier when its quality beats every cheaper point's, or equals the
    // best so far at the very same cost and quality (a duplicate of a frontier point).
    std::vector<std::size_t> out;
    double best = -std::numeric_limits<double>::infinity();
    for (std::size_t i : order) {
        const CostQualityPoint& pt = points[i];
        if (pt.quality > best) {
            out.push_back(i);
            best = pt.quality;
        } else if (!out.empty() && pt.quality == best && points[out.back()].cost == pt.cost
            && points[out.back()].quality == pt.quality) {
            out.push_back(i);
        }
    }
    return out;
}

// ---- comparing two variants ----

namespace {

std::string points(double v)
{
    long long p = std::llround(v * 100);
    return (p > 0 ? "+" : "") + std::to_string(p);
}

// Mean and sample variance of the priced requests' costs (nano-USD), from their sums.
std::optional<std::pair<double, double>> costMoments(const QualityCounts& c)
{
    if (c.pricedRequests < 2)
        return std::nullopt;
    const double n = static_cast<double>(c.pricedRequests);
    const double mean = static_cast<double>(c.cost) / n;
    const double var = std::max(0.0, (c.costSquares - n * mean * mean) / (n - 1));
    return std::pair { mean, var };
}

} // namespace

Comparison compareVariants(const QualityCounts& a, const QualitySamples& sa, const QualityCounts& b,
    const QualitySamples& sb, const CompareOptions& o)
{
    Comparison c;
    auto cprA = a.costPerRequest(), cprB = b.costPerRequest();
    if (cprA && cprB && *cprA > 0) {
        const double meanA = static_cast<double>(a.cost) / static_cast<double>(a.pricedRequests);
        const double meanB = static_cast<double>(b.cost) / static_cast<double>(b.pricedRequests);
        c.costChange = meanB / meanA - 1;
        // Delta method on log(mean B / mean A): se^2 = varA / (nA meanA^2) + varB / (nB meanB^2).
        auto ma = costMoments(a), mb = costMoments(b);
        if (ma && mb && meanB > 0) {
            const double se = std::sqrt(ma->second / (static_cast<double>(a.pricedRequests) * meanA * meanA)
                + mb->second / (static_cast<double>(b.pricedRequests) * meanB * meanB));
            const double logR = std::log(meanB / meanA);
            c.costChangeInterval = Interval { std::exp(logR - kZ95 * se) - 1, std::exp(logR + kZ95 * se) - 1 };
        }
    }
    c.acceptanceA = a.acceptanceRate();
    c.acceptanceB = b.acceptanceRate();
    c.acceptanceIntervalA = wilsonInterval(a.accepted, a.judged);
    c.acceptanceIntervalB = wilsonInterval(b.accepted, b.judged);
    c.acceptanceDifference = newcombeDifference(a.accepted, a.judged, b.accepted, b.judged);
    c.passRateA = a.evalPassRate();
    c.passRateB = b.evalPassRate();
    c.passRateIntervalA = wilsonInterval(a.evalPassed, a.evalPassed + a.evalFailed);
    c.passRateIntervalB = wilsonInterval(b.evalPassed, b.evalPassed + b.evalFailed);
    c.passRateDifference
        = newcombeDifference(a.evalPassed, a.evalPassed + a.evalFailed, b.evalPassed, b.evalPassed + b.evalFailed);
    auto mean = [](const std::vector<double>& v) -> std::optional<double> {
        if (v.empty())
            return std::nullopt;
        double s = 0;
        for (double x : v)
            s += x;
        return s / static_cast<double>(v.size());
    };
    c.scoreMeanA = mean(sa.evalScores);
    c.scoreMeanB = mean(sb.evalScores);
    c.scoreIntervalA = bootstrapMeanInterval(sa.evalScores, o.seed, o.resamples);
    c.scoreIntervalB = bootstrapMeanInterval(sb.evalScores, o.seed + 1, o.resamples);
    c.scoreDifference = bootstrapMeanDifference(sa.evalScores, sb.evalScores, o.seed + 2, o.resamples);
    c.ratingMeanA = mean(sa.ratings);
    c.ratingMeanB = mean(sb.ratings);
    c.ratingIntervalA = bootstrapMeanInterval(sa.ratings, o.seed + 3, o.resamples);
    c.ratingIntervalB = bootstrapMeanInterval(sb.ratings, o.seed + 4, o.resamples);
    c.ratingDifference = bootstrapMeanDifference(sa.ratings, sb.ratings, o.seed + 5, o.resamples);

    // The verdict: cost first, then quality.
    std::string cost;
    if (!c.costChange) {
        cost = "cost per request unknown (no priced requests on one side)";
    } else {
        long long pct = std::llround(*c.costChange * 100);
        if (pct < 0)
            cost = "B saves " + std::to_string(-pct) + "% per request";
        else if (pct > 0)
            cost = "B costs " + std::to_string(pct) + "% more per request";
        else
            cost = "B costs the same per request";
    }
    const std::int64_t verdictsA = a.evalPassed + a.evalFailed, verdictsB = b.evalPassed + b.evalFailed;
    std::string what;
    std::int64_t nA = 0, nB = 0;
    std::optional<double> qa, qb;
    std::optional<Interval> diff;
    c.nA = a.judged;
    c.nB = b.judged;
    if (a.judged >= o.minJudged && b.judged >= o.minJudged) {
        c.basis = Comparison::Basis::Acceptance;
        what = "acceptance";
        nA = a.judged;
        nB = b.judged;
        qa = c.acceptanceA;
        qb = c.acceptanceB;
        diff = c.acceptanceDifference;
    } else if (verdictsA >= o.minJudged && verdictsB >= o.minJudged) {
        c.basis = Comparison::Basis::EvalPassRate;
        what = "eval pass rate";
        nA = verdictsA;
        nB = verdictsB;
        qa = c.passRateA;
        qb = c.passRateB;
        diff = c.passRateDifference;
    }
    std::string quality;
    if (!qa || !qb || !diff) {
        c.basis = Comparison::Basis::NotEnough;
        c.nA = a.judged;
        c.nB = b.judged;
        quality = "not enough judged requests (n=" + std::to_string(std::min(a.judged, b.judged)) + ")";
    } else {
        c.nA = nA;
        c.nB = nB;
        c.significance = diff->low > 0 ? Comparison::Significance::Rises
            : diff->high < 0           ? Comparison::Significance::Drops
                                       : Comparison::Significance::Noise;
        std::string n = nA == nB ? std::to_string(nA) : std::to_string(nA) + " and " + std::to_string(nB);
        quality = what + " " + percentText(*qa) + " vs " + percentText(*qb) + ", ";
        if (diff->low > 0)
            quality += "quality rises significantly (" + points(*qb - *qa) + " points, 95% CI " + points(diff->low)
                + " to " + points(diff->high) + ") at n=" + n;
        else if (diff->high < 0)
            quality += "quality drops significantly (" + points(*qb - *qa) + " points, 95% CI " + points(diff->low)
                + " to " + points(diff->high) + ") at n=" + n;
        else
            quality += "difference within noise at n=" + n;
    }
    c.verdict = cost + "; " + quality;
    return c;
}

} // namespace burnrate
