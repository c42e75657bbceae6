#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "sources/budgetalerts.h"
#include "sources/redact.h"

#include <cstdio>
#include <ctime>
#include <iostream>

namespace burnrate::app {

namespace {

std::string percentOf(Nano part, Nano whole)
{
    if (whole <= 0)
        return "-";
    Int128 tenths = (Int128(part) * 1000 + whole / 2) / whole;
    return std::to_string(static_cast<long long>(tenths / 10)) + "." + std::to_string(static_cast<int>(tenths % 10))
        + "%";
}

// One line per budget: where it stands and where it is heading.
void printStatus(const BudgetStatus& st)
{
    const Budget& b = st.budget;
    std::string line = terminalSafe(b.name) + ": " + formatUsd(st.spent()) + " of " + formatUsd(b.amount) + " ("
        + percentOf(st.spent(), b.amount) + ") in " + describePeriod(b.period, st.periodStart, st.periodEnd) + ", "
        + lensName(st.lens) + " lens";
    if (!b.scope.empty())
        line += ", scope " + terminalSafe(formatScope(b.scope));
    line += "; forecast " + formatUsd(st.forecast.projected) + " (90%: " + formatUsd(st.forecast.low) + " - "
        + formatUsd(st.forecast.high) + ")";
    if (st.breach)
        line += st.highestCrossed() >= 100 ? "; used up " + formatDate(*st.breach)
                                           : "; projected to run out " + formatDate(*st.breach);
    if (!st.crossed.empty()) {
        std::string tiers;
        for (int t : st.crossed)
            tiers += (tiers.empty() ? "" : ",") + std::to_string(t) + "%";
        line += "; CROSSED " + tiers;
    } else if (auto next = st.nextTier()) {
        line += "; next tier " + std::to_string(next->percent) + "%";
    }
    std::printf("%s\n", line.c_str());
}

// The alerts a check fired (stdout) and what failed (stderr).
void printFired(const BudgetCheck& r, int errorCode)
{
    for (const auto& f : r.fired)
        std::printf("ALERT %s%s\n", terminalSafe(f.text).c_str(),
            f.alert.outcome.empty() ? "" : (" [" + terminalSafe(f.alert.outcome) + "]").c_str());
    std::fflush(stdout);
    for (const auto& e : r.errors)
        fail(e, errorCode);
}

int add(Command& c, Database& db)
{
    Budget b;
    b.name = s(c.p().value(QStringLiteral("name")));
    if (b.name.empty())
        return fail("budgets add needs --name NAME");
    if (!c.p().isSet(QStringLiteral("amount")))
        return fail("budgets add needs --amount USD");
    auto amount = parseDecimalNano(s(c.p().value(QStringLiteral("amount"))));
    if (!amount || *amount <= 0)
        return fail("--amount needs a positive amount in USD (e.g. 2500 or 99.50), got '"
            + s(c.p().value(QStringLiteral("amount"))) + "'");
    b.amount = *amount;
    auto period = budgetPeriodFromName(s(c.p().value(QStringLiteral("period"))));
    if (!c.p().isSet(QStringLiteral("period")) || !period)
        return fail("budgets add needs --period daily|weekly|monthly|quarterly|range");
    b.period = *period;
    std::string err;
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    if (b.period == BudgetPeriod::Range) {
        if (!from || !to)
            return fail("--period range needs --from DATE and --to DATE");
        b.rangeFrom = *from;
        b.rangeTo = *to + kSecondsPerDay; // --to is inclusive
    } else if (from || to) {
        return fail("--from and --to belong to --period range");
    }
    auto scope = parseScope(s(c.p().value(QStringLiteral("scope"))));
    if (!scope)
        return fail("--scope: " + scope.error().detail);
    b.scope = std::move(*scope);
    if (auto f = scopeFilters(b.scope); !f)
        return fail("--scope: " + f.error().detail);
    if (c.p().isSet(QStringLiteral("lens"))) {
        auto lens = lensFromName(s(c.p().value(QStringLiteral("lens"))));
        if (!lens || *lens == Lens::ProxyMetrics)
            return fail("--lens must be billing or attribution");
        b.lens = *lens;
    }
    b.capSource = s(c.p().value(QStringLiteral("cap-litellm")));
    if (!b.capSource.empty()) {
        auto src = db.source(b.capSource);
        if (!src)
            return fail("--cap-litellm: no source named '" + b.capSource + "' (add it with sources add litellm)");
        if (src->type != "litellm")
            return fail("--cap-litellm: '" + b.capSource + "' is a " + src->type + " source; it must be a litellm one");
    }
    auto tiers
        = parseTiers(c.p().isSet(QStringLiteral("tiers")) ? s(c.p().value(QStringLiteral("tiers"))) : "60,85,100",
            !b.capSource.empty());
    if (!tiers)
        return fail("--tiers: " + tiers.error().detail);
    b.tiers = std::move(*tiers);
    for (const QString& w : c.p().values(QStringLiteral("webhook")))
        b.webhooks.push_back(s(w));
    // The lens must carry the scope (a billing budget cannot select a team): refused now, not at check time.
    CostQueries q(db);
    if (auto lens = budgetLens(q, b); !lens)
        return fail(lens.error().detail);
    auto id = addBudget(db, b);
    if (!id)
        return fail(id.error().detail);
    std::printf("budget '%s' added: %s %s, tiers %s%s\n", terminalSafe(b.name).c_str(), formatUsd(b.amount).c_str(),
        budgetPeriodName(b.period), formatTiers(b.tiers).c_str(),
        b.capSource.empty() ? "" : (", circuit breaker through " + terminalSafe(b.capSource)).c_str());
    return 0;
}

int list(Database& db)
{
    auto budgets = listBudgets(db);
    if (!budgets)
        return fail(budgets.error().detail);
    if (budgets->empty()) {
        std::printf("no budgets (add one with: budgets add --name NAME --amount USD --period monthly)\n");
        return 0;
    }
    CostQueries q(db);
    const Epoch now = static_cast<Epoch>(std::time(nullptr));
    for (const Budget& b : *budgets) {
        auto st = evaluateBudget(q, b, now);
        if (!st) {
            std::printf(
                "%s: cannot be evaluated: %s\n", terminalSafe(b.name).c_str(), terminalSafe(st.error().detail).c_str());
            continue;
        }
        printStatus(*st);
        std::string extra = "  tiers " + formatTiers(b.tiers);
        for (const auto& w : b.webhooks)
            extra += "; webhook " + terminalSafe(redactUrlUserInfo(w));
        if (!b.capSource.empty())
            extra += "; circuit breaker through " + terminalSafe(b.capSource);
        std::printf("%s\n", extra.c_str());
    }
    return 0;
}

int check(Command& c, Database& db)
{
    AlertOptions o;
    o.act = c.p().isSet(QStringLiteral("notify"));
    auto r = checkBudgets(db, o);
    if (!r)
        return fail(r.error().detail, 2);
    for (const auto& st : r->statuses)
        printStatus(st);
    printFired(*r, 2);
    if (!r->errors.empty())
        return 2;
    return r->anyCrossed() ? 1 : 0;
}

int alerts(Command& c, Database& db)
{
    if (c.p().isSet(QStringLiteral("ack"))) {
        QString which = c.p().value(QStringLiteral("ack"));
        std::optional<std::int64_t> id;
        if (which != QLatin1String("all")) {
            bool ok;
            id = which.toLongLong(&ok);
            if (!ok)
                return fail("--ack needs an alert number or 'all'");
        }
        auto n = acknowledgeAlerts(db, id, static_cast<Epoch>(std::time(nullptr)));
        if (!n)
            return fail(n.error().detail);
        std::printf("%d alert(s) acknowledged\n", *n);
        return 0;
    }
    auto list = listAlerts(db, 500);
    if (!list)
        return fail(list.error().detail);
    if (list->empty())
        std::printf("no alerts\n");
    for (const auto& a : *list)
        std::printf("#%lld %s %s %d%%: %s of %s (%s)%s %s\n", static_cast<long long>(a.id),
            formatTimestamp(a.fired).c_str(), terminalSafe(a.budgetName).c_str(), a.tier, formatUsd(a.spent).c_str(),
            formatUsd(a.amount).c_str(), formatActions(a.actions).c_str(), a.acknowledged ? " acknowledged" : "",
            terminalSafe(a.outcome).c_str());
    return 0;
}

int unblock(Command& c, Database& db)
{
    const std::string source = s(c.p().value(QStringLiteral("source")));
    const bool team = c.p().isSet(QStringLiteral("team")), key = c.p().isSet(QStringLiteral("key"));
    if (source.empty() || team == key)
        return fail("budgets unblock needs --source NAME and one of --team TEAM_ID or --key KEY");
    AlertOptions o;
    auto e = setLiteLLMBlocked(db, source, team ? "team" : "key",
        s(c.p().value(team ? QStringLiteral("team") : QStringLiteral("key"))), false, "", o);
    if (!e)
        return fail(e.error().detail);
    if (!e->ok)
        return fail("unblock failed: " + e->detail, 2);
    std::printf("unblocked %s %s through %s\n", e->targetKind.c_str(), terminalSafe(e->target).c_str(),
        terminalSafe(source).c_str());
    return 0;
}

} // namespace

void alertBudgets(Database& db)
{
    auto any = listBudgets(db);
    if (!any || any->empty())
        return;
    auto r = checkBudgets(db, AlertOptions {});
    if (!r) {
        fail("budgets could not be checked: " + r.error().detail);
        return;
    }
    printFired(*r, 1);
}

int cmdBudgets(Command& c)
{
    for (const char* v : { "name", "amount", "period", "scope", "lens", "tiers", "cap-litellm", "from", "to", "ack",
             "source", "team", "key" })
        c.value(QLatin1String(v));
    c.value(QStringLiteral("webhook"), QStringLiteral("URL"));
    c.flag(QStringLiteral("notify"));
    std::string err;
    if (!c.parse(err))
        return fail(err, 2);
    QStringList pos = c.p().positionalArguments();
    if (pos.isEmpty())
        return fail("budgets needs a subcommand: add, list, remove NAME, check [--notify], alerts, unblock", 2);
    const QString sub = pos.takeFirst();
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail, 2);
    Database& d = *db->db;
    if (sub == QLatin1String("add"))
        return add(c, d);
    if (sub == QLatin1String("list"))
        return list(d);
    if (sub == QLatin1String("remove")) {
        if (pos.size() != 1)
            return fail("budgets remove needs the budget's NAME");
        if (auto r = removeBudget(d, s(pos[0])); !r)
            return fail(r.error().detail);
        std::printf("budget '%s' removed\n", terminalSafe(s(pos[0])).c_str());
        return 0;
    }
    if (sub == QLatin1String("check"))
        return check(c, d);
    if (sub == QLatin1String("alerts"))
        return alerts(c, d);
    if (sub == QLatin1String("unblock"))
        return unblock(c, d);
    return fail("unknown budgets subcommand '" + s(sub) + "' (add, list, remove, check, alerts, unblock)", 2);
}

} // namespace burnrate::app
