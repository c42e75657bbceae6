#pragma once

#include "analytics/leaks.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// A finding as stored: the detector's output plus its history and whether an analyst dismissed it.
struct StoredFinding
{
    std::int64_t id = 0;
    Finding finding;
    Epoch firstSeen = 0, lastSeen = 0;
    bool notified = false; // sent to the alert channels
    bool dismissed = false;
    std::string dismissReason, dismissedBy;
    std::optional<Epoch> dismissedAt;
};

struct FindingSave
{
    std::vector<std::int64_t> added; // ids of findings seen for the first time
    std::int64_t updated = 0;
    std::int64_t removed = 0; // stale findings of the run's range
};

// Upserts findings on their natural key (Finding::key()) in one transaction: a new one is added, a known one
// gets the latest severity, range end, dollars, evidence and samples; its dismissal is kept as it was. With a
// run's range (from < to), a stored finding inside it that the run no longer reports is removed (the data or
// the thresholds changed), unless it was dismissed.
Result<FindingSave> saveFindings(
    Database& db, const std::vector<Finding>& findings, Epoch now, Epoch from = 0, Epoch to = 0);

// Findings whose range overlaps [from, to), by severity then dollars; dismissed ones only when asked for.
Result<std::vector<StoredFinding>> listFindings(Database& db, Epoch from, Epoch to, bool includeDismissed);
Result<std::optional<StoredFinding>> findingById(Database& db, std::int64_t id);

// Dismisses a finding with a reason (required) and who did it; re-running the detectors keeps it dismissed.
Result<void> dismissFinding(
    Database& db, std::int64_t id, const std::string& reason, const std::string& who, Epoch now);
Result<void> restoreFinding(Database& db, std::int64_t id);
Result<void> markFindingsNotified(Database& db, const std::vector<std::int64_t>& ids);
// Marks one finding notified if no run did yet: true for the one caller (of any process) that should send it.
Result<bool> claimFindingNotification(Database& db, std::int64_t id);

} // namespace burnrate
