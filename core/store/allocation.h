#pragma once
// Cost allocation rules: a provider-side identity (an API key, a project or workspace, a user, a team, a
// request tag, ...) mapped to an owner (tenant, team, project, env, or a model's tier).
//
// What a rule does, and the precedence it follows:
// - It fills an owner dimension that the fact's source left empty. A value the source reported always wins
//   over every rule (an explicit `team` on a request is never overwritten).
// - It matches what the source reported, never a value another rule set: rules do not chain.
// - When several rules set the same owner of one fact, the first by (priority, higher first; then the match
//   axis, most specific first: api_key, user, tag, prompt, project, team, tenant, env, service_tier, model,
//   provider; then the tag key, in byte order) wins. The order depends on the rules' content only, so a rule
//   removed and added again allocates exactly as before.
// - It applies to requests (attribution lens) and provider buckets (billing, proxy metrics) alike, when they
//   are written and, retroactively, whenever a rule is added, changed or removed: the facts it matches are
//   re-allocated and only their rollup rows change, so the store equals a fresh import under the new rules.
// - A model_tier rule (match: model) overrides the tier derived from the model's price; tiers are computed
//   at query time (analytics/modeltier.h), so a tier rule rewrites nothing.
// Facts whose owner stays empty are unallocated spend: every query keeps them as their own row.

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"
#include "model/usage.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace burnrate {

class Database;

// The owner dimensions a rule can set: the stored ones (kStoredAllocationTargets) and model_tier.
bool isAllocationTarget(Dim d);
inline constexpr Dim kStoredAllocationTargets[] = { Dim::Tenant, Dim::Team, Dim::Project, Dim::Env };
// The bit of events.flags and buckets.alloc saying that dimension `d` (a stored target) holds a rule's value
// (its source reported none); 0 for any other dimension.
std::int64_t allocationBit(Dim d);
// Every allocation bit.
inline constexpr std::int64_t kAllocationBits = 4 | 8 | 16 | 32;

// One rule as stored. An api_key match value is kept as its fingerprint, never the raw key.
struct AllocationRule
{
    std::int64_t id = 0;
    Dim matchDim = Dim::ApiKey; // Dim::TagKey: the request tag `matchTag`
    std::string matchTag;
    std::string matchValue; // "" matches facts that have no value on that axis (a bare tag, for a tag)
    Dim target = Dim::Team;
    std::string targetValue;
    int priority = 0; // higher wins
    Epoch created = 0;

    // "api_key", "tag:feature", ...; "model_tier" for the target of a tier rule.
    std::string matchName() const;
    std::string targetName() const;
    bool operator==(const AllocationRule&) const = default;
};

// Parses the two sides of a rule: "AXIS=VALUE" (AXIS: provider, model, tenant, team, project, env, user,
// api_key, prompt, service_tier or tag:KEY) and "TARGET=VALUE" (tenant, team, project, env or model_tier).
// The value is everything after the first '='.
Result<AllocationRule> parseAllocationRule(std::string_view match, std::string_view set, int priority = 0);
// Checks a rule before it is stored (also done by addAllocationRule): a known match axis and target, a target
// value, sizes within the import limits, valid UTF-8, a model_tier rule matching a model, no rule matching
// its own target axis.
Result<void> validateAllocationRule(const AllocationRule& rule);

// What a rule change re-allocated: the facts whose owner changed, and their spend (nano-USD).
struct AllocationReport
{
    std::int64_t events = 0; // requests (attribution lens)
    Nano eventsCost = 0;
    std::int64_t buckets = 0, bucketRequests = 0; // provider buckets (billing and proxy lenses)
    Nano bucketsCost = 0;
    bool operator==(const AllocationReport&) const = default;
};

// The stored rules, in precedence order per target (the order they apply in).
Result<std::vector<AllocationRule>> allocationRules(Database& db);
// Stores a rule and re-allocates the facts it matches, in one transaction (all or nothing). A second rule
// with the same match and target is refused (edit or remove the first). Returns the rule as stored (id set).
Result<std::pair<AllocationRule, AllocationReport>> addAllocationRule(Database& db, AllocationRule rule);
// Removes a rule (by id) and re-allocates the facts it matched, in one transaction.
Result<std::pair<AllocationRule, AllocationReport>> removeAllocationRule(Database& db, std::int64_t id);
// Changes a rule's target value and priority, re-allocating the facts it matches, in one transaction.
Result<std::pair<AllocationRule, AllocationReport>> updateAllocationRule(
    Database& db, std::int64_t id, std::string targetValue, int priority);
// What adding `rule`, or removing the rule with id `removeId`, would re-allocate; changes nothing and works
// on a read-only connection (the rules editor's preview).
Result<AllocationReport> previewAddAllocationRule(Database& db, const AllocationRule& rule);
Result<AllocationReport> previewRemoveAllocationRule(Database& db, std::int64_t removeId);

// The rules as the writer and the re-allocation apply them: every value as its dictionary id, in precedence
// order per stored target. model_tier rules are not part of it (tiers are derived at query time).
class AllocationRuleSet
{
public:
    // Resolves `rules`: values are interned when `intern` (a read-write connection), else looked up; a value
    // that was never stored cannot match (its rule is dropped) and an unknown target value gets id -1.
    static Result<AllocationRuleSet> resolve(Database& db, const std::vector<AllocationRule>& rules, bool intern);
    // The stored rules, resolved (interning on a read-write connection).
    static Result<AllocationRuleSet> load(Database& db);

    bool empty() const
    {
        return m_count == 0;
    }
    // Whether any rule for `target` matches a tag.
    bool matchesTags(Dim target) const;
    // The owner id that the rules give dimension `target` of a fact whose source reported `src` (ids per
    // dimension) and `tags` (key id, value id): 0 when no rule matches. It does not look at src[target].
    std::int64_t allocate(Dim target, const DimArray<std::int64_t>& src,
        const std::vector<std::pair<std::int64_t, std::int64_t>>& tags) const;
    // Fills every empty stored target of `ids` (the source's values) from the rules, all decided from the
    // source values (no chains); returns the allocation bits of the dimensions it filled.
    std::int64_t apply(
        DimArray<std::int64_t>& ids, const std::vector<std::pair<std::int64_t, std::int64_t>>& tags) const;

private:
    struct Key
    {
        Dim dim;
        std::int64_t tagKey, value;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const;
    };
    struct PerTarget
    {
        std::vector<Dim> matchDims; // column axes that rules of this target match, each once
        bool tags = false;
        std::unordered_map<Key, std::pair<std::size_t, std::int64_t>, KeyHash> byMatch; // -> (rank, target id)
    };
    PerTarget& of(Dim target);
    const PerTarget& of(Dim target) const;
    std::array<PerTarget, 4> m_targets; // kStoredAllocationTargets order
    std::size_t m_count = 0;
};

// Model tier thresholds on the blended list price ((3 x input + output) / 4, nano-USD per 1M tokens): premium
// from `premiumFrom`, economy below `economyBelow`, standard between. Stored in the meta table.
struct TierThresholds
{
    Nano premiumFrom = 10 * kNanoPerUsd;
    Nano economyBelow = 1 * kNanoPerUsd;
    bool operator==(const TierThresholds&) const = default;
};
TierThresholds tierThresholds(Database& db);
// Refuses economyBelow > premiumFrom and negative values.
Result<void> setTierThresholds(Database& db, const TierThresholds& t);

} // namespace burnrate
