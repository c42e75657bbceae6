#include "sources/leakalerts.h"

#include "model/budget.h"
#include "sources/httpclient.h"
#include "sources/redact.h"
#include "store/budgetstore.h"
#include "store/database.h"
#include "store/findingstore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <set>

namespace burnrate {

std::string findingAlertText(const Finding& f)
{
    return std::string(leakDetectorName(f.detector)) + " (" + severityName(f.severity) + "): " + scopeText(f.scope)
        + ", " + formatUsd(f.usdAtStake) + " at stake, " + formatTimestamp(f.from) + " .. " + formatTimestamp(f.to)
        + " - " + f.evidence;
}

std::string findingWebhookBody(const Finding& f)
{
    nlohmann::json j;
    j["text"] = "Burnrate cost leak: " + findingAlertText(f);
    j["detector"] = leakDetectorName(f.detector);
    j["severity"] = severityName(f.severity);
    j["scope"] = scopeText(f.scope);
    j["from"] = formatTimestamp(f.from);
    j["to"] = formatTimestamp(f.to);
    j["usd_at_stake"] = formatDecimal(f.usdAtStake, 2); // a decimal string: exact
    j["evidence"] = f.evidence;
    j["sample_requests"] = f.samples;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<LeakCheck> checkLeaks(Database& db, const AlertOptions& options, Epoch from, Epoch to)
{
    const Epoch now = options.now ? options.now : static_cast<Epoch>(std::time(nullptr));
    LeakOptions lo;
    lo.to = floorDay(now) + kSecondsPerDay;
    lo.from = lo.to - Epoch(kLeakWindowDays + 1) * kSecondsPerDay;
    if (from && to > from) {
        lo.from = from;
        lo.to = to;
    }
    auto report = detectLeaks(db, lo);
    if (!report)
        return report.error();
    LeakCheck out;
    if (!options.act)
        return out;
    auto saved = saveFindings(db, report->findings, now, lo.from, lo.to);
    if (!saved)
        return saved.error();
    out.added = static_cast<std::int64_t>(saved->added.size());
    out.updated = saved->updated;
    std::set<std::string> hooks;
    if (auto budgets = listBudgets(db))
        for (const Budget& b : *budgets)
            hooks.insert(b.webhooks.begin(), b.webhooks.end());
    // Every High finding not yet sent (a new one, or one a previous run could not mark), unless dismissed.
    auto open = listFindings(db, lo.from, lo.to, false);
    if (!open)
        return open.error();
    for (const StoredFinding& s : *open) {
        if (s.notified || s.finding.severity != Severity::High)
            continue;
        auto claimed = claimFindingNotification(db, s.id);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            continue; // another process sent it
        out.alerts.push_back(findingAlertText(s.finding));
        const std::string body = findingWebhookBody(s.finding);
        for (const std::string& url : hooks) {
            if (auto v = validateWebhookUrl(url); !v) {
                out.errors.push_back("webhook FAILED: " + v.error().detail);
                continue;
            }
            HttpClient http(options.http);
            http.addSecret(urlPassword(url));
            auto r = http.post(url, body, { { "Content-Type", "application/json" } });
            if (!r)
                out.errors.push_back("webhook " + redactUrlUserInfo(url) + " FAILED: " + r.error().detail);
            else if (r->status >= 300)
                out.errors.push_back(
                    "webhook " + redactUrlUserInfo(url) + " FAILED: HTTP " + std::to_string(r->status));
        }
    }
    return out;
}

} // namespace burnrate
