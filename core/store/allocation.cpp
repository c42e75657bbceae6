#include "store/allocation.h"

#include "ingest/csvreader.h"
#include "model/apikey.h"
#include "model/validate.h"
#include "store/database.h"
#include "store/evallinks.h"
#include "store/measures.h"
#include "store/rollups.h"
#include "store/rowrewrite.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <limits>

namespace burnrate {

namespace {

// The axes a rule can match, most specific first: this order breaks ties between rules of equal priority.
constexpr Dim kMatchOrder[] = { Dim::ApiKey, Dim::User, Dim::TagKey, Dim::PromptId, Dim::Project, Dim::Team,
    Dim::Tenant, Dim::Env, Dim::ServiceTier, Dim::Model, Dim::Provider };
constexpr int kMaxPriority = 1'000'000;

int axisRank(Dim d)
{
    for (std::size_t i = 0; i < std::size(kMatchOrder); ++i)
        if (kMatchOrder[i] == d)
            return static_cast<int>(i);
    return static_cast<int>(std::size(kMatchOrder));
}

bool isMatchAxis(Dim d)
{
    return axisRank(d) < static_cast<int>(std::size(kMatchOrder));
}

std::size_t targetIndex(Dim d)
{
    for (std::size_t i = 0; i < std::size(kStoredAllocationTargets); ++i)
        if (kStoredAllocationTargets[i] == d)
            return i;
    return std::size(kStoredAllocationTargets);
}

int targetOrder(Dim d)
{
    return d == Dim::ModelTier ? static_cast<int>(std::size(kStoredAllocationTargets))
                               : static_cast<int>(targetIndex(d));
}

// Precedence among rules that set the same target: content only (never the id, except between equal rules).
bool precedes(const AllocationRule& a, const AllocationRule& b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (axisRank(a.matchDim) != axisRank(b.matchDim))
        return axisRank(a.matchDim) < axisRank(b.matchDim);
    if (a.matchTag != b.matchTag)
        return a.matchTag < b.matchTag;
    return a.id < b.id;
}

void sortRules(std::vector<AllocationRule>& rules)
{
    std::stable_sort(rules.begin(), rules.end(), [](const AllocationRule& a, const AllocationRule& b) {
        if (a.target != b.target)
            return targetOrder(a.target) < targetOrder(b.target);
        return precedes(a, b);
    });
}

// The stored form of a match value: an API key only as its fingerprint.
std::string storedMatchValue(Dim d, const std::string& value)
{
    if (d == Dim::ApiKey && !value.empty() && !isApiKeyFingerprint(value))
        return apiKeyFingerprint(value);
    return value;
}

// The identity side of a rule as dictionary ids; nullopt when its value was never stored (it matches nothing).
struct Match
{
    Dim dim = Dim::ApiKey;
    std::int64_t tagKey = 0, value = 0;
};

Result<std::optional<Match>> resolveMatch(Database& db, const AllocationRule& r, bool intern)
{
    Match m;
    m.dim = r.matchDim;
    auto id = [&](Dim kind, const std::string& v) -> Result<std::optional<std::int64_t>> {
        if (intern) {
            auto i = db.intern(kind, v);
            if (!i)
                return i.error();
            return std::optional<std::int64_t>(*i);
        }
        return db.findDim(kind, v);
    };
    if (r.matchDim == Dim::TagKey) {
        auto k = id(Dim::TagKey, r.matchTag);
        if (!k)
            return k.error();
        if (!*k || **k == 0)
            return std::optional<Match>();
        m.tagKey = **k;
    }
    auto v = id(r.matchDim == Dim::TagKey ? Dim::TagValue : r.matchDim, r.matchValue);
    if (!v)
        return v.error();
    if (!*v)
        return std::optional<Match>();
    m.value = **v;
    return std::optional<Match>(m);
}

// A fact's source values: its stored (effective) ids with every dimension a rule filled put back to none.
DimArray<std::int64_t> sourceIds(const RollupKey& key, std::int64_t user, std::int64_t bits)
{
    DimArray<std::int64_t> src;
    for (Dim d : kRowDims)
        if (auto f = rollupKeyField(d))
            src[d] = key[*f];
    src[Dim::User] = user;
    for (Dim t : kStoredAllocationTargets)
        if (bits & allocationBit(t))
            src[t] = 0;
    return src;
}

// Re-allocates target `target` of every fact that `match` selects (on its source values), under `rules` (the
// rules after the change), keeping the rollups exact: each changed fact's old contribution is subtracted
// and its new one added, as a re-import would. Facts the match does not select cannot change: every other
// rule is as it was. Inside the caller's transaction; `dryRun` only counts.
Result<AllocationReport> reallocate(
    Database& db, const AllocationRuleSet& rules, Dim target, const Match& match, bool dryRun)
{
    AllocationReport report;
    if (targetIndex(target) >= std::size(kStoredAllocationTargets))
        return report; // model_tier: derived at query time
    const std::string tcol = dimColumn(target, FactTable::Events); // an owner: in both tables
    const std::int64_t tbit = allocationBit(target);
    const RollupKeyField tfield = *rollupKeyField(target);
    const bool tagMatch = match.dim == Dim::TagKey;
    Int128 eventsCost = 0, bucketsCost = 0, bucketRequests = 0;
    RollupAccumulator acc;

    for (bool buckets : { false, true }) {
        if (buckets && (tagMatch || match.dim == Dim::PromptId))
            continue; // provider buckets carry neither tags nor prompts
        const std::string bits = buckets ? "e.alloc" : "e.flags";
        // Only facts whose source left the target empty can be allocated.
        std::string where = "(e." + tcol + " = 0 OR (" + bits + " & " + std::to_string(tbit) + ") != 0)";
        if (tagMatch) {
            where += " AND EXISTS (SELECT 1 FROM event_tags g WHERE g.event_id = e.id AND g.key = ?1 AND g.value = ?2)";
        } else {
            const std::string mcol
                = std::string("e.") + dimColumn(match.dim, buckets ? FactTable::Buckets : FactTable::Events);
            const std::int64_t mbit = allocationBit(match.dim);
            // The source value of the match axis (a value a rule filled is not the source's).
            if (match.value != 0)
                where += " AND " + mcol + " = ?2"
                    + (mbit ? " AND (" + bits + " & " + std::to_string(mbit) + ") = 0" : std::string());
            else
                where += " AND (" + mcol + " = 0"
                    + (mbit ? " OR (" + bits + " & " + std::to_string(mbit) + ") != 0" : std::string()) + ")";
        }
        Statement tagsOf = db.prepare("SELECT key, value FROM event_tags WHERE event_id = ?1");
        if (!tagsOf.valid())
            return statementError(tagsOf);
        const bool needTags = !buckets && rules.matchesTags(target);
        std::vector<std::pair<std::int64_t, std::int64_t>> tags;
        // One row: its allocation bits, user and stored fact; its new owner and bits when the rules move it.
        StoredFact pendingOld, pendingNow;
        auto count = [&](const StoredFact& old) {
            if (buckets) {
                ++report.buckets;
                bucketRequests += old.fact.requests;
                bucketsCost += old.fact.cost.value_or(0);
            } else {
                ++report.events;
                eventsCost += old.fact.cost.value_or(0);
            }
        };
        auto allocateRow = [&](std::int64_t id, const ValueRow& row, RowValues& out) -> Result<bool> {
            const std::int64_t flags = row.int64(0);
            StoredFact old = readStoredFact(row, 2);
            const DimArray<std::int64_t> src = sourceIds(old.key, row.int64(1), flags & kAllocationBits);
            tags.clear();
            if (needTags) {
                tagsOf.reset();
                tagsOf.bind(1, id);
                while (tagsOf.step())
                    tags.emplace_back(tagsOf.int64(0), tagsOf.int64(1));
                if (!tagsOf.lastError().empty())
                    return statementError(tagsOf);
                tagsOf.reset();
            }
            const std::int64_t now = rules.allocate(target, src, tags);
            if (now == old.key[tfield])
                return false;
            if (dryRun) {
                count(old); // read row by row, once each
                return false;
            }
            pendingOld = old;
            pendingNow = old;
            pendingNow.key[tfield] = now;
            out = { now, now ? (flags | tbit) : (flags & ~tbit) };
            return true;
        };
        const RowRewrite spec { buckets ? "buckets" : "events", { tcol, buckets ? "alloc" : "flags" },
            bits + ", e.user, " + storedFactColumnsSql(buckets ? FactTable::Buckets : FactTable::Events), where,
            [&](Statement& st) {
                if (tagMatch)
                    st.bind(1, match.tagKey);
                if (tagMatch || match.value != 0)
                    st.bind(2, match.value);
            },
            INT64_MIN, INT64_MAX, buckets ? 0 : std::int64_t(1) << UsageWriter::kKeyHashBits, dryRun };
        auto rewritten = rewriteRows(db, spec, { allocateRow, [&] {
                                                    count(pendingOld);
                                                    acc.add(pendingOld.contribution(), -1);
                                                    acc.add(pendingNow.contribution(), +1);
                                                } });
        if (!rewritten)
            return rewritten.error();
        if (auto r = acc.flush(db); !r)
            return r.error();
        if (!buckets && !dryRun && report.events > 0)
            if (auto r = refreshJudgedFacts(db, 0, INT64_MAX); !r)
                return r.error();
    }
    if (auto r = acc.flush(db); !r)
        return r.error();
    if (!fitsInt64(eventsCost) || !fitsInt64(bucketsCost) || !fitsInt64(bucketRequests))
        return makeError(ErrorCode::Invalid, "the re-allocated spend does not fit in 64 bits");
    report.eventsCost = static_cast<Nano>(eventsCost);
    report.bucketsCost = static_cast<Nano>(bucketsCost);
    report.bucketRequests = static_cast<std::int64_t>(bucketRequests);
    return report;
}

Result<AllocationRule> readRule(Database& db, std::int64_t id)
{
    auto rules = allocationRules(db);
    if (!rules)
        return rules.error();
    for (const auto& r : *rules)
        if (r.id == id)
            return r;
    return makeError(ErrorCode::NotFound, "no allocation rule with id " + std::to_string(id));
}

// The rule that already maps the same identity to the same target, if any.
std::optional<AllocationRule> sameMatch(const std::vector<AllocationRule>& rules, const AllocationRule& r)
{
    for (const auto& o : rules)
        if (o.matchDim == r.matchDim && o.matchTag == r.matchTag && o.matchValue == r.matchValue
            && o.target == r.target)
            return o;
    return std::nullopt;
}

Error duplicateRule(const AllocationRule& o)
{
    return makeError(ErrorCode::Invalid,
        "rule " + std::to_string(o.id) + " already sets " + o.targetName() + " for " + o.matchName() + "="
            + o.matchValue.substr(0, 200) + " (to '" + o.targetValue.substr(0, 200) + "'); remove it first");
}

// Runs `change` (which edits the rules table) and the re-allocation of `rule`'s match in one write
// transaction; rolled back whole on any failure.
template <class Change>
Result<std::pair<AllocationRule, AllocationReport>> inTransaction(Database& db, const Change& change)
{
    if (auto r = db.begin(); !r)
        return r.error();
    auto fail = [&](Error e) -> Result<std::pair<AllocationRule, AllocationReport>> {
        db.rollback();
        return e;
    };
    Result<AllocationRule> rule = change();
    if (!rule)
        return fail(rule.error());
    auto rules = allocationRules(db);
    if (!rules)
        return fail(rules.error());
    auto set = AllocationRuleSet::resolve(db, *rules, true);
    if (!set)
        return fail(set.error());
    auto match = resolveMatch(db, *rule, false);
    if (!match)
        return fail(match.error());
    AllocationReport report;
    if (*match) {
        auto r = reallocate(db, *set, rule->target, **match, false);
        if (!r)
            return fail(r.error());
        report = *r;
    }
    if (auto r = db.commit(); !r)
        return fail(r.error());
    return std::pair { std::move(*rule), report };
}

Result<AllocationReport> preview(Database& db, const std::vector<AllocationRule>& after, const AllocationRule& changed)
{
    // One read transaction: the counts come from one snapshot.
    const bool own = execSql(db.handle(), "BEGIN").ok();
    auto run = [&]() -> Result<AllocationReport> {
        auto set = AllocationRuleSet::resolve(db, after, false);
        if (!set)
            return set.error();
        auto match = resolveMatch(db, changed, false);
        if (!match)
            return match.error();
        if (!*match)
            return AllocationReport {};
        return reallocate(db, *set, changed.target, **match, true);
    };
    auto r = run();
    if (own)
        (void)execSql(db.handle(), "COMMIT");
    return r;
}

std::optional<Nano> parseNano(const std::optional<std::string>& s)
{
    if (!s)
        return std::nullopt;
    Nano v = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
    if (ec != std::errc() || p != s->data() + s->size() || v < 0)
        return std::nullopt;
    return v;
}

constexpr const char* kPremiumKey = "model_tier_premium_from";
constexpr const char* kEconomyKey = "model_tier_economy_below";

} // namespace

bool isAllocationTarget(Dim d)
{
    return d == Dim::ModelTier || targetIndex(d) < std::size(kStoredAllocationTargets);
}

std::int64_t allocationBit(Dim d)
{
    const std::size_t i = targetIndex(d);
    return i < std::size(kStoredAllocationTargets) ? std::int64_t(4) << i : 0;
}

std::string AllocationRule::matchName() const
{
    return matchDim == Dim::TagKey ? "tag:" + matchTag : std::string(dimName(matchDim));
}

std::string AllocationRule::targetName() const
{
    return dimName(target);
}

Result<void> validateAllocationRule(const AllocationRule& r)
{
    auto invalid = [](const std::string& m) -> Result<void> {
        return makeError(ErrorCode::Invalid, m);
    };
    if (!isMatchAxis(r.matchDim))
        return invalid(std::string("a rule cannot match ") + dimName(r.matchDim)
            + ": match one of api_key, user, tag:KEY, prompt, project, team, tenant, env, service_tier, model, "
              "provider");
    if (!isAllocationTarget(r.target))
        return invalid(std::string("a rule cannot set ") + dimName(r.target)
            + ": set one of tenant, team, project, env, model_tier");
    if (r.matchDim == Dim::TagKey && r.matchTag.empty())
        return invalid("a tag rule needs the tag's key: tag:KEY=VALUE");
    if (r.matchDim == r.target)
        return invalid(std::string("a rule cannot match and set the same axis (") + dimName(r.target)
            + "): the value the source reported always wins");
    if (r.target == Dim::ModelTier && (r.matchDim != Dim::Model || r.matchValue.empty()))
        return invalid("a model_tier rule matches a model: --match model=NAME --set model_tier=TIER");
    if (r.targetValue.empty())
        return invalid("a rule needs an owner: --set " + r.targetName() + "=VALUE (remove the rule to unallocate)");
    if (r.priority < -kMaxPriority || r.priority > kMaxPriority)
        return invalid("a rule's priority lies in -1000000..1000000");
    const std::size_t valueMax = r.matchDim == Dim::TagKey ? limits::kMaxTagValueBytes : limits::kMaxDimensionBytes;
    for (auto [what, text, max] : { std::tuple { "the match value", &r.matchValue, valueMax },
             std::tuple { "the tag key", &r.matchTag, limits::kMaxTagKeyBytes },
             std::tuple { "the owner value", &r.targetValue, limits::kMaxDimensionBytes } }) {
        if (text->size() > max)
            return invalid(std::string(what) + " is longer than " + std::to_string(max) + " bytes ("
                + std::to_string(text->size()) + ")");
        if (!validUtf8(*text))
            return invalid(std::string(what) + " is not valid UTF-8");
    }
    return {};
}

Result<AllocationRule> parseAllocationRule(std::string_view match, std::string_view set, int priority)
{
    AllocationRule r;
    r.priority = priority;
    auto eq = match.find('=');
    if (eq == std::string_view::npos)
        return makeError(ErrorCode::Invalid,
            "--match needs AXIS=VALUE (e.g. api_key=sk-..., project=proj_1, tag:customer=acme), got '"
                + std::string(match.substr(0, 200)) + "'");
    std::string_view axis = match.substr(0, eq);
    r.matchValue = std::string(match.substr(eq + 1));
    if (axis.rfind("tag:", 0) == 0) {
        r.matchDim = Dim::TagKey;
        r.matchTag = std::string(axis.substr(4));
    } else {
        auto d = dimFromName(axis);
        if (!d || !isMatchAxis(*d))
            return makeError(ErrorCode::Invalid,
                "unknown match axis '" + std::string(axis.substr(0, 100))
                    + "': use api_key, user, tag:KEY, prompt, project, team, tenant, env, service_tier, model or "
                      "provider");
        r.matchDim = *d;
    }
    auto seq = set.find('=');
    if (seq == std::string_view::npos)
        return makeError(ErrorCode::Invalid,
            "--set needs AXIS=VALUE (tenant, team, project, env or model_tier), got '" + std::string(set.substr(0, 200))
                + "'");
    auto t = dimFromName(set.substr(0, seq));
    if (!t || !isAllocationTarget(*t))
        return makeError(ErrorCode::Invalid,
            "unknown owner axis '" + std::string(set.substr(0, std::min<std::size_t>(seq, 100)))
                + "': use tenant, team, project, env or model_tier");
    r.target = *t;
    r.targetValue = std::string(set.substr(seq + 1));
    if (auto v = validateAllocationRule(r); !v)
        return v.error();
    return r;
}

Result<std::vector<AllocationRule>> allocationRules(Database& db)
{
    std::vector<AllocationRule> out;
    Statement s = db.prepare(
        "SELECT id, match_axis, match_value, target_axis, target_value, priority, created FROM allocation_rules");
    if (!s.valid())
        return statementError(s);
    while (s.step()) {
        AllocationRule r;
        r.id = s.int64(0);
        const std::string axis = s.text(1);
        if (axis.rfind("tag:", 0) == 0) {
            r.matchDim = Dim::TagKey;
            r.matchTag = axis.substr(4);
        } else if (auto d = dimFromName(axis)) {
            r.matchDim = *d;
        } else {
            return makeError(
                ErrorCode::Database, "allocation rule " + std::to_string(r.id) + " matches an unknown axis");
        }
        r.matchValue = s.text(2);
        auto t = dimFromName(s.text(3));
        if (!t || !isAllocationTarget(*t))
            return makeError(ErrorCode::Database, "allocation rule " + std::to_string(r.id) + " sets an unknown axis");
        r.target = *t;
        r.targetValue = s.text(4);
        r.priority = static_cast<int>(s.int64(5));
        r.created = s.int64(6);
        out.push_back(std::move(r));
    }
    if (!s.lastError().empty())
        return statementError(s);
    sortRules(out);
    return out;
}

Result<std::pair<AllocationRule, AllocationReport>> addAllocationRule(Database& db, AllocationRule rule)
{
    if (auto v = validateAllocationRule(rule); !v)
        return v.error();
    rule.matchValue = storedMatchValue(rule.matchDim, rule.matchValue);
    return inTransaction(db, [&]() -> Result<AllocationRule> {
        // Checked under the write lock: two processes adding the same rule cannot both succeed.
        auto rules = allocationRules(db);
        if (!rules)
            return rules.error();
        if (auto o = sameMatch(*rules, rule))
            return duplicateRule(*o);
        Statement ins = db.prepare("INSERT INTO allocation_rules(match_axis, match_value, target_axis, target_value, "
                                   "priority, created) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        rule.created = static_cast<Epoch>(std::time(nullptr));
        ins.bind(1, rule.matchName()).bind(2, rule.matchValue).bind(3, rule.targetName()).bind(4, rule.targetValue);
        ins.bind(5, rule.priority).bind(6, rule.created);
        if (!ins.exec())
            return statementError(ins);
        rule.id = db.lastInsertId();
        // The owner value is in the dictionary before any fact refers to it.
        if (rule.target != Dim::ModelTier)
            if (auto id = db.intern(rule.target, rule.targetValue); !id)
                return id.error();
        return rule;
    });
}

Result<std::pair<AllocationRule, AllocationReport>> removeAllocationRule(Database& db, std::int64_t id)
{
    return inTransaction(db, [&]() -> Result<AllocationRule> {
        auto rule = readRule(db, id);
        if (!rule)
            return rule;
        Statement del = db.prepare("DELETE FROM allocation_rules WHERE id = ?1");
        del.bind(1, id);
        if (!del.exec())
            return statementError(del);
        return rule;
    });
}

Result<std::pair<AllocationRule, AllocationReport>> updateAllocationRule(
    Database& db, std::int64_t id, std::string targetValue, int priority)
{
    return inTransaction(db, [&]() -> Result<AllocationRule> {
        auto rule = readRule(db, id);
        if (!rule)
            return rule;
        rule->targetValue = std::move(targetValue);
        rule->priority = priority;
        if (auto v = validateAllocationRule(*rule); !v)
            return v.error();
        Statement upd = db.prepare("UPDATE allocation_rules SET target_value = ?2, priority = ?3 WHERE id = ?1");
        upd.bind(1, id).bind(2, rule->targetValue).bind(3, rule->priority);
        if (!upd.exec())
            return statementError(upd);
        if (rule->target != Dim::ModelTier)
            if (auto t = db.intern(rule->target, rule->targetValue); !t)
                return t.error();
        return rule;
    });
}

Result<AllocationReport> previewAddAllocationRule(Database& db, const AllocationRule& candidate)
{
    if (auto v = validateAllocationRule(candidate); !v)
        return v.error();
    AllocationRule rule = candidate;
    rule.matchValue = storedMatchValue(rule.matchDim, rule.matchValue);
    rule.id = std::numeric_limits<std::int64_t>::max(); // after every stored rule of equal standing
    auto rules = allocationRules(db);
    if (!rules)
        return rules.error();
    if (auto o = sameMatch(*rules, rule))
        return duplicateRule(*o);
    rules->push_back(rule);
    return preview(db, *rules, rule);
}

Result<AllocationReport> previewRemoveAllocationRule(Database& db, std::int64_t id)
{
    auto rules = allocationRules(db);
    if (!rules)
        return rules.error();
    auto it = std::find_if(rules->begin(), rules->end(), [&](const AllocationRule& r) { return r.id == id; });
    if (it == rules->end())
        return makeError(ErrorCode::NotFound, "no allocation rule with id " + std::to_string(id));
    AllocationRule removed = *it;
    rules->erase(it);
    return preview(db, *rules, removed);
}

std::size_t AllocationRuleSet::KeyHash::operator()(const Key& k) const
{
    std::uint64_t h = static_cast<std::uint64_t>(k.dim) * 0x9e3779b97f4a7c15ULL;
    h ^= static_cast<std::uint64_t>(k.tagKey) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= static_cast<std::uint64_t>(k.value) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h * 0xff51afd7ed558ccdULL);
}

AllocationRuleSet::PerTarget& AllocationRuleSet::of(Dim target)
{
    return m_targets[targetIndex(target)];
}

const AllocationRuleSet::PerTarget& AllocationRuleSet::of(Dim target) const
{
    return m_targets[targetIndex(target)];
}

Result<AllocationRuleSet> AllocationRuleSet::resolve(
    Database& db, const std::vector<AllocationRule>& input, bool intern)
{
    std::vector<AllocationRule> rules = input;
    sortRules(rules);
    AllocationRuleSet set;
    for (const AllocationRule& r : rules) {
        if (targetIndex(r.target) >= std::size(kStoredAllocationTargets))
            continue;
        auto match = resolveMatch(db, r, intern);
        if (!match)
            return match.error();
        if (!*match)
            continue; // a value never stored: no fact can match it yet
        std::int64_t targetId = -1;
        if (intern) {
            auto t = db.intern(r.target, r.targetValue);
            if (!t)
                return t.error();
            targetId = *t;
        } else if (auto t = db.findDim(r.target, r.targetValue)) {
            targetId = *t;
        }
        PerTarget& p = set.of(r.target);
        const Key key { r.matchDim, (*match)->tagKey, (*match)->value };
        // Ranks follow precedence; an equal key (a raw key and its fingerprint) keeps the first.
        if (!p.byMatch.emplace(key, std::pair { set.m_count, targetId }).second)
            continue;
        ++set.m_count;
        if (r.matchDim == Dim::TagKey)
            p.tags = true;
        else if (std::find(p.matchDims.begin(), p.matchDims.end(), r.matchDim) == p.matchDims.end())
            p.matchDims.push_back(r.matchDim);
    }
    return set;
}

Result<AllocationRuleSet> AllocationRuleSet::load(Database& db)
{
    auto rules = allocationRules(db);
    if (!rules)
        return rules.error();
    return resolve(db, *rules, !db.readOnly());
}

bool AllocationRuleSet::matchesTags(Dim target) const
{
    return targetIndex(target) < m_targets.size() && of(target).tags;
}

std::int64_t AllocationRuleSet::allocate(
    Dim target, const DimArray<std::int64_t>& src, const std::vector<std::pair<std::int64_t, std::int64_t>>& tags) const
{
    if (targetIndex(target) >= m_targets.size())
        return 0;
    const PerTarget& p = of(target);
    if (p.byMatch.empty())
        return 0;
    std::size_t best = std::numeric_limits<std::size_t>::max();
    std::int64_t owner = 0;
    auto consider = [&](const Key& k) {
        auto it = p.byMatch.find(k);
        if (it != p.byMatch.end() && it->second.first < best) {
            best = it->second.first;
            owner = it->second.second;
        }
    };
    for (Dim d : p.matchDims)
        consider(Key { d, 0, src[d] });
    if (p.tags)
        for (const auto& [k, v] : tags)
            consider(Key { Dim::TagKey, k, v });
    return owner;
}

std::int64_t AllocationRuleSet::apply(
    DimArray<std::int64_t>& ids, const std::vector<std::pair<std::int64_t, std::int64_t>>& tags) const
{
    if (empty())
        return 0;
    const DimArray<std::int64_t> src = ids;
    std::int64_t bits = 0;
    for (Dim t : kStoredAllocationTargets) {
        if (src[t] != 0)
            continue; // the source's own value wins
        if (std::int64_t owner = allocate(t, src, tags); owner != 0) {
            ids[t] = owner;
            bits |= allocationBit(t);
        }
    }
    return bits;
}

TierThresholds tierThresholds(Database& db)
{
    TierThresholds t;
    if (auto v = parseNano(db.meta(kPremiumKey)))
        t.premiumFrom = *v;
    if (auto v = parseNano(db.meta(kEconomyKey)))
        t.economyBelow = *v;
    return t;
}

Result<void> setTierThresholds(Database& db, const TierThresholds& t)
{
    if (t.premiumFrom < 0 || t.economyBelow < 0)
        return makeError(ErrorCode::Invalid, "tier thresholds are prices: they cannot be negative");
    if (t.economyBelow > t.premiumFrom)
        return makeError(ErrorCode::Invalid, "the economy threshold must not lie above the premium threshold");
    if (auto r = db.begin(); !r)
        return r;
    Result<void> r = db.setMeta(kPremiumKey, std::to_string(t.premiumFrom));
    if (r)
        r = db.setMeta(kEconomyKey, std::to_string(t.economyBelow));
    if (r)
        r = db.commit();
    if (!r)
        db.rollback();
    return r;
}

} // namespace burnrate
