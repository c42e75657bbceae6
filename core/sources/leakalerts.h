#pragma once

#include "analytics/leaks.h"
#include "sources/budgetalerts.h"

#include <string>
#include <vector>

namespace burnrate {

class Database;

struct LeakCheck
{
    std::int64_t added = 0, updated = 0; // findings stored
    std::vector<std::string> alerts; // new High findings, one line each (the tray shows them)
    std::vector<std::string> errors; // failed webhooks: never swallowed
};

// How many days before the current one the automatic run (after import and sync) looks at.
inline constexpr int kLeakWindowDays = 35;

// Runs the detectors over the last kLeakWindowDays days up to the end of the day of `options.now` (or the
// clock), stores the findings (store/findingstore.h) and, with options.act, sends each High finding seen for
// the first time to the budget alert channels: one POST per finding to every distinct webhook of the budgets
// (Slack-compatible "text" plus the finding's fields), once across runs and processes.
// `from`/`to` (both non-zero) replace that window (the demo stores the findings of its whole range).
Result<LeakCheck> checkLeaks(Database& db, const AlertOptions& options, Epoch from = 0, Epoch to = 0);

// One line for a finding: "retry_storm (high): tenant=globex, $95.12 at stake, 2026-11-08 15:00 .. 18:00 UTC".
std::string findingAlertText(const Finding& f);
// The JSON a webhook receives for a finding.
std::string findingWebhookBody(const Finding& f);

} // namespace burnrate
