// alloc: cost allocation rules (store/allocation.h) - list, add, remove, and the model tier thresholds.
#include "analytics/modeltier.h"
#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "model/apikey.h"
#include "store/allocation.h"

#include <cstdio>
#include <map>

namespace burnrate::app {

namespace {

std::string count(std::int64_t n)
{
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (n < 0 ? "-" : "") + out;
}

std::string describeRule(const AllocationRule& r)
{
    // An API key is shown as its fingerprint, as it is stored, never as typed.
    const std::string value = r.matchDim == Dim::ApiKey && !r.matchValue.empty() && !isApiKeyFingerprint(r.matchValue)
        ? apiKeyFingerprint(r.matchValue)
        : r.matchValue;
    return terminalSafe(r.matchName() + "=" + value) + " -> " + terminalSafe(r.targetName() + "=" + r.targetValue)
        + (r.priority ? " (priority " + std::to_string(r.priority) + ")" : "");
}

// "1,234 requests ($12.34) and 5 provider buckets (678 requests, $9.10)": what a change moved between owners.
std::string describeReport(const AllocationReport& r)
{
    return count(r.events) + " requests (" + formatUsd(r.eventsCost) + ") and " + count(r.buckets)
        + " provider buckets (" + count(r.bucketRequests) + " requests, " + formatUsd(r.bucketsCost) + ")";
}

int list(Database& db)
{
    auto rules = allocationRules(db);
    if (!rules)
        return fail(rules.error().detail);
    if (rules->empty()) {
        std::printf("no allocation rules (add one with: alloc add --match AXIS=VALUE --set AXIS=VALUE)\n");
        return 0;
    }
    // Grouped by owner axis, in the order the rules apply (the first that matches a fact wins).
    std::printf("%-6s %-8s %-44s %s\n", "id", "priority", "match", "set");
    for (const auto& r : *rules)
        std::printf("%-6lld %-8d %-44s %s\n", static_cast<long long>(r.id), r.priority,
            terminalSafe(r.matchName() + "=" + r.matchValue).c_str(),
            terminalSafe(r.targetName() + "=" + r.targetValue).c_str());
    return 0;
}

std::optional<int> priorityOption(Command& c, std::string& err)
{
    if (!c.p().isSet(QStringLiteral("priority")))
        return 0;
    bool ok = false;
    const int p = c.p().value(QStringLiteral("priority")).toInt(&ok);
    if (!ok || p < -1000000 || p > 1000000) {
        err = "--priority needs a whole number from -1000000 to 1000000, got '"
            + s(c.p().value(QStringLiteral("priority"))) + "'";
        return std::nullopt;
    }
    return p;
}

int add(Command& c, Database& db)
{
    if (!c.p().isSet(QStringLiteral("match")) || !c.p().isSet(QStringLiteral("set")))
        return fail("alloc add needs --match AXIS=VALUE and --set AXIS=VALUE (e.g. --match api_key=sk-... --set "
                    "team=search)");
    std::string err;
    auto priority = priorityOption(c, err);
    if (!priority)
        return fail(err);
    auto rule = parseAllocationRule(
        s(c.p().value(QStringLiteral("match"))), s(c.p().value(QStringLiteral("set"))), *priority);
    if (!rule)
        return fail(rule.error().detail);
    if (c.p().isSet(QStringLiteral("dry-run"))) {
        auto p = previewAddAllocationRule(db, *rule);
        if (!p)
            return fail(p.error().detail);
        std::printf("would add %s\nwould re-allocate %s\n", describeRule(*rule).c_str(), describeReport(*p).c_str());
        return 0;
    }
    auto r = addAllocationRule(db, *rule);
    if (!r)
        return fail(r.error().detail);
    std::printf("added rule %lld: %s\nre-allocated %s\n", static_cast<long long>(r->first.id),
        describeRule(r->first).c_str(), describeReport(r->second).c_str());
    if (r->first.target == Dim::ModelTier)
        std::printf("model tiers are derived when a query asks for them: nothing was rewritten\n");
    return 0;
}

int remove(Command& c, Database& db, const QStringList& pos)
{
    bool ok = false;
    const std::int64_t id = pos.size() == 1 ? pos[0].toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return fail("alloc remove needs the rule's ID (see alloc list)");
    if (c.p().isSet(QStringLiteral("dry-run"))) {
        auto p = previewRemoveAllocationRule(db, id);
        if (!p)
            return fail(p.error().detail);
        std::printf(
            "would remove rule %lld\nwould re-allocate %s\n", static_cast<long long>(id), describeReport(*p).c_str());
        return 0;
    }
    auto r = removeAllocationRule(db, id);
    if (!r)
        return fail(r.error().detail);
    std::printf("removed rule %lld: %s\nre-allocated %s\n", static_cast<long long>(id), describeRule(r->first).c_str(),
        describeReport(r->second).c_str());
    return 0;
}

// Shows (and with --premium / --economy sets) the tier thresholds, then every model's tier.
int tiers(Command& c, Database& db)
{
    TierThresholds t = tierThresholds(db);
    bool change = false;
    for (auto [name, field] : { std::pair { "premium", &t.premiumFrom }, std::pair { "economy", &t.economyBelow } }) {
        const QString option = QLatin1String(name);
        if (!c.p().isSet(option))
            continue;
        auto v = parseDecimalNano(s(c.p().value(option)));
        if (!v || *v < 0)
            return fail("--" + std::string(name) + " needs a price in USD per 1M tokens (e.g. 10 or 0.75), got '"
                + s(c.p().value(option)) + "'");
        *field = *v;
        change = true;
    }
    if (change)
        if (auto r = setTierThresholds(db, t); !r)
            return fail(r.error().detail);
    std::printf("model tiers by blended list price ((3 x input + output) / 4 per 1M tokens): premium from %s, "
                "economy below %s, standard between\n",
        formatUsd(t.premiumFrom).c_str(), formatUsd(t.economyBelow).c_str());
    auto byModel = modelTiers(db);
    if (!byModel)
        return fail(byModel.error().detail);
    std::map<std::string, std::string> sorted;
    for (const auto& [id, tier] : *byModel)
        sorted.emplace(db.dimValue(id), tier);
    for (const auto& [model, tier] : sorted)
        std::printf("  %-40s %s\n", terminalSafe(model).c_str(), terminalSafe(tier).c_str());
    return 0;
}

} // namespace

int cmdAlloc(Command& c)
{
    c.value(QStringLiteral("match"), QStringLiteral("AXIS=VALUE"));
    c.value(QStringLiteral("set"), QStringLiteral("AXIS=VALUE"));
    c.value(QStringLiteral("priority"), QStringLiteral("N"));
    c.value(QStringLiteral("premium"), QStringLiteral("USD"));
    c.value(QStringLiteral("economy"), QStringLiteral("USD"));
    c.flag(QStringLiteral("dry-run"));
    std::string err;
    if (!c.parse(err))
        return fail(err, 2);
    QStringList pos = c.p().positionalArguments();
    if (pos.isEmpty())
        return fail("alloc needs a subcommand: list, add --match AXIS=VALUE --set AXIS=VALUE, remove ID, tiers", 2);
    const QString sub = pos.takeFirst();
    if (sub != QLatin1String("list") && sub != QLatin1String("add") && sub != QLatin1String("remove")
        && sub != QLatin1String("tiers"))
        return fail("unknown alloc subcommand '" + s(sub) + "' (list, add, remove, tiers)", 2);
    if (sub != QLatin1String("remove") && !pos.isEmpty())
        return fail("unexpected argument '" + s(pos[0]) + "' (see --help)", 2);
    auto db = openDb(c.db(), sub == QLatin1String("tiers"));
    if (!db)
        return fail(db.error().detail, 2);
    Database& d = *db->db;
    if (sub == QLatin1String("list"))
        return list(d);
    if (sub == QLatin1String("add"))
        return add(c, d);
    if (sub == QLatin1String("remove"))
        return remove(c, d, pos);
    return tiers(c, d);
}

} // namespace burnrate::app
