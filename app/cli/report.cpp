#include "analytics/budgets.h"
#include "analytics/costquery.h"
#include "analytics/kpis.h"
#include "analytics/reconciliation.h"
#include "app/cli/clicommon.h"
#include "export/terminal.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace burnrate::app {

namespace {

// A row label of `report`: the value made terminal-safe; "(none)" for no value, "(other)" for the folded
// rest of a top list. A value that could pass for one of those labels or for a total is quoted.
std::string reportLabel(const ResultRow& row)
{
    if (row.other)
        return "(other)";
    const std::string& v = row.keys.empty() ? std::string() : row.keys[0];
    if (v.empty())
        return "(none)";
    std::string shown = terminalSafe(v);
    std::string upper;
    for (char ch : v)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (upper == "TOTAL" || upper == "OTHER" || upper == "(NONE)" || upper == "(OTHER)" || v.front() == '"'
        || v.front() == ' ' || v.back() == ' ')
        shown = '"' + shown + '"';
    return shown;
}

std::string pct(double v)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1f%%", v * 100);
    return b;
}

std::string signedPct(std::optional<double> v)
{
    if (!v)
        return "n/a";
    char b[32];
    std::snprintf(b, sizeof b, "%+.2f%%", *v * 100);
    return b;
}

// The Reconciliation section: coverage, computed vs invoiced and reported, the largest gaps.
void printReconciliation(const Reconciliation& r)
{
    const ReconTotals& t = r.totals;
    std::printf("\nReconciliation (billing vs attribution, per day, provider and model)\n");
    if (auto c = t.coverage())
        std::printf("  Coverage                  %s of billed spend attributed (%s of %s)\n", pct(*c).c_str(),
            formatUsd(t.attributedCovered).c_str(), formatUsd(t.billed).c_str());
    else if (t.hasBilling)
        std::printf("  Coverage                  undefined: billing data shows no priced spend\n");
    else
        std::printf("  Coverage                  undefined: no billing data (connect a provider usage source)\n");
    if (t.hasBilling)
        std::printf("  Unattributed              %s (billed - attributed where billing covers the day)\n",
            formatUsd(t.unattributed()).c_str());
    if (!r.uncoveredProviders.empty()) {
        std::string names;
        for (const auto& p : r.uncoveredProviders)
            names += (names.empty() ? "" : ", ") + (p.empty() ? std::string("(none)") : terminalSafe(p));
        std::string unpriced;
        if (t.uncoveredUnpriced > 0)
            unpriced = "; " + std::to_string(t.uncoveredUnpriced) + " requests without a price, cost unknown";
        std::printf("  No billing to compare     %s attributed (%s%s)\n", formatUsd(t.attributedUncovered).c_str(),
            names.c_str(), unpriced.c_str());
    }
    if (t.invoiced.present)
        std::printf("  Computed vs invoiced      %s computed from billed usage, %s invoiced (%s)\n",
            formatUsd(t.invoiced.computed).c_str(), formatUsd(t.invoiced.reported).c_str(),
            signedPct(t.invoiced.diffRatio()).c_str());
    else
        std::printf("  Computed vs invoiced      no invoiced cost lines in the range\n");
    if (r.otherCurrencyLines > 0)
        std::printf("  (%lld cost lines in another currency than USD were not compared)\n",
            static_cast<long long>(r.otherCurrencyLines));
    if (t.reported.present)
        std::printf("  Computed vs reported      %s computed, %s reported by the sources for %lld requests (%s)\n",
            formatUsd(t.reported.computed).c_str(), formatUsd(t.reported.reported).c_str(),
            static_cast<long long>(t.reported.requests), signedPct(t.reported.diffRatio()).c_str());
    else
        std::printf("  Computed vs reported      no source reported a cost per request\n");
    if (r.gaps.empty())
        return;
    std::printf("  Largest gaps (billed - attributed):\n");
    std::printf("    %-10s  %-12s %-28s %14s %14s %14s\n", "day", "provider", "model", "billed", "attributed", "gap");
    for (std::size_t i = 0; i < r.gaps.size() && i < 5; ++i) {
        const ReconRow& g = r.gaps[i];
        std::printf("    %-10s  %-12s %-28s %14s %14s %14s\n", formatDate(g.day).c_str(),
            (g.provider.empty() ? std::string("(none)") : terminalSafe(g.provider)).c_str(),
            (g.model.empty() ? std::string("(none)") : terminalSafe(g.model)).c_str(), formatUsd(g.billed).c_str(),
            formatUsd(g.attributed).c_str(), formatUsd(g.billed - g.attributed).c_str());
    }
}

} // namespace

int cmdReport(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    Epoch now = static_cast<Epoch>(std::time(nullptr));
    Epoch end = to ? *to + kSecondsPerDay : floorDay(now) + kSecondsPerDay;
    Epoch start = from ? *from : end - 30 * kSecondsPerDay;
    if (end <= start)
        return fail("--to is before --from");
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    CostQueries q(*db->db);
    auto k = computeKpis(q, start, end, {}, now);
    if (!k)
        return fail(k.error().detail);
    const Totals& t = k->current;
    std::printf("Burnrate report %s to %s (UTC)\n\n", formatDate(start).c_str(), formatDate(end - 1).c_str());
    std::printf("  %-25s %s  (%s%s vs previous period)\n",
        (std::string("Spend (") + lensName(k->spendLens) + " lens)").c_str(), formatUsd(k->spend).c_str(),
        k->changeVsPrevious() >= 0 ? "+" : "", pct(k->changeVsPrevious()).c_str());
    const Forecast& f = k->forecast;
    const std::string month = describePeriod(BudgetPeriod::Monthly, f.periodStart, f.periodEnd);
    if (f.complete())
        std::printf("  %-25s %s  (complete)\n", (month + " total").c_str(), formatUsd(f.projected).c_str());
    else
        std::printf("  %-25s %s  (so far %s; 90%% band %s - %s; %s)\n", ("Forecast " + month).c_str(),
            formatUsd(f.projected).c_str(), formatUsd(f.spent).c_str(), formatUsd(f.low).c_str(),
            formatUsd(f.high).c_str(), f.method.c_str());
    std::printf("  Requests                  %lld\n", static_cast<long long>(t.requests));
    std::printf("  Cost per request          %s\n", formatUsd(t.costPerRequest(), 5).c_str());
    std::printf("  Prompt-cache hit rate     %s of input tokens\n", pct(t.promptCacheHitRate()).c_str());
    std::printf("  Savings from caching      %s\n", formatUsd(t.cacheSavings).c_str());
    std::printf("  Response-cache hit rate   %s of requests (%s avoided)\n", pct(t.responseCacheHitRate()).c_str(),
        formatUsd(t.cacheAvoided).c_str());
    std::printf("  Errors                    %s of requests, cost %s\n", pct(t.errorRate()).c_str(),
        formatUsd(t.errorCost).c_str());
    if (k->hasBilling)
        std::printf("  Unattributed spend        %s (billing %s - attributed %s)\n", formatUsd(k->unattributed).c_str(),
            formatUsd(k->billingCost).c_str(), formatUsd(k->attributionCost).c_str());
    std::printf("  Unpriced                  %lld requests, %lld tokens\n", static_cast<long long>(t.unpricedRequests),
        static_cast<long long>(t.unpricedTokens));
    for (auto [title, dim] : { std::pair { "model", Dim::Model }, std::pair { "tenant", Dim::Tenant },
             std::pair { "prompt", Dim::PromptId } }) {
        CostQuery cq;
        cq.from = start;
        cq.to = end;
        cq.groupBy = { Axis { dim, {} } };
        cq.topN = 8;
        auto r = q.run(cq);
        if (!r)
            return fail(r.error().detail);
        std::printf("\nTop %ss (attribution lens)\n", title);
        for (const auto& row : r->rows) {
            double share = r->total.cost ? double(row.totals.cost) / double(r->total.cost) : 0;
            std::printf("  %-36s %14s %7s %10lld req\n", reportLabel(row).c_str(), formatUsd(row.totals.cost).c_str(),
                pct(share).c_str(), static_cast<long long>(row.totals.requests));
        }
    }
    auto rec = reconcile(*db->db, start, end);
    if (!rec)
        return fail(rec.error().detail);
    printReconciliation(*rec);
    return 0;
}

} // namespace burnrate::app
