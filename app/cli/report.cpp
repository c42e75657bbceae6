#include "analytics/budgets.h"
#include "analytics/costquery.h"
#include "analytics/kpis.h"
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
    return 0;
}

} // namespace burnrate::app
