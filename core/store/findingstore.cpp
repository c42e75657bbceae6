#include "store/findingstore.h"

#include "store/database.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace burnrate {

namespace {

constexpr const char* kFindingColumns
    = "id, detector, severity, scope, range_from, range_to, usd_at_stake, evidence, "
      "samples, first_seen, last_seen, notified, dismissed, dismiss_reason, dismissed_by, "
      "dismissed_at";

StoredFinding readRow(const Statement& s)
{
    StoredFinding f;
    f.id = s.int64(0);
    f.finding.detector = leakDetectorFromName(s.text(1)).value_or(LeakDetector::SpendAnomaly);
    f.finding.severity = severityFromName(s.text(2)).value_or(Severity::Low);
    f.finding.scope = parseScopeText(s.text(3)).value_or(LeakScope {});
    f.finding.from = s.int64(4);
    f.finding.to = s.int64(5);
    f.finding.usdAtStake = s.int64(6);
    f.finding.evidence = s.text(7);
    auto samples = nlohmann::json::parse(s.text(8), nullptr, false);
    if (samples.is_array())
        for (const auto& v : samples)
            if (v.is_string())
                f.finding.samples.push_back(v.get<std::string>());
    f.firstSeen = s.int64(9);
    f.lastSeen = s.int64(10);
    f.notified = s.int64(11) != 0;
    f.dismissed = s.int64(12) != 0;
    f.dismissReason = s.text(13);
    f.dismissedBy = s.text(14);
    if (!s.isNull(15))
        f.dismissedAt = s.int64(15);
    return f;
}

} // namespace

Result<FindingSave> saveFindings(Database& db, const std::vector<Finding>& findings, Epoch now, Epoch from, Epoch to)
{
    FindingSave out;
    if (findings.empty() && from >= to)
        return out;
    if (auto r = db.begin(); !r)
        return r.error();
    Statement find = db.prepare("SELECT id FROM findings WHERE natural_key = ?1");
    Statement insert = db.prepare(
        "INSERT INTO findings(natural_key, detector, severity, scope, range_from, range_to, usd_at_stake, evidence, "
        "samples, first_seen, last_seen) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    Statement update = db.prepare("UPDATE findings SET severity = ?2, range_to = max(range_to, ?3), usd_at_stake = ?4, "
                                  "evidence = ?5, samples = ?6, last_seen = ?7 WHERE id = ?1");
    for (const Finding& f : findings) {
        const std::string samples = nlohmann::json(f.samples).dump();
        find.reset();
        find.bind(1, f.key());
        if (find.step()) {
            const std::int64_t id = find.int64(0);
            update.reset();
            update.bind(1, id).bind(2, severityName(f.severity)).bind(3, f.to).bind(4, f.usdAtStake);
            update.bind(5, f.evidence).bind(6, samples).bind(7, now);
            if (!update.exec()) {
                db.rollback();
                return statementError(update);
            }
            ++out.updated;
            continue;
        }
        if (!find.lastError().empty()) {
            db.rollback();
            return statementError(find);
        }
        insert.reset();
        insert.bind(1, f.key()).bind(2, leakDetectorName(f.detector)).bind(3, severityName(f.severity));
        insert.bind(4, scopeText(f.scope)).bind(5, f.from).bind(6, f.to).bind(7, f.usdAtStake);
        insert.bind(8, f.evidence).bind(9, samples).bind(10, now);
        if (!insert.exec()) {
            db.rollback();
            return statementError(insert);
        }
        out.added.push_back(db.lastInsertId());
    }
    if (from < to) {
        // Everything this run saw has last_seen = now: the rest of its range is stale.
        Statement stale = db.prepare("DELETE FROM findings WHERE range_from >= ?1 AND range_to <= ?2 AND "
                                     "dismissed = 0 AND last_seen < ?3 AND first_seen < ?3");
        stale.bind(1, from).bind(2, to).bind(3, now);
        if (!stale.exec()) {
            db.rollback();
            return statementError(stale);
        }
        out.removed = sqlite3_changes(db.handle());
    }
    if (auto r = db.commit(); !r)
        return r.error();
    return out;
}

Result<std::vector<StoredFinding>> listFindings(Database& db, Epoch from, Epoch to, bool includeDismissed)
{
    Statement s = db.prepare(std::string("SELECT ") + kFindingColumns
        + " FROM findings WHERE range_to > ?1 AND range_from < ?2 AND (?3 OR dismissed = 0) "
          "ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END, "
          "usd_at_stake DESC, range_from, id");
    s.bind(1, from).bind(2, to).bind(3, includeDismissed ? 1 : 0);
    std::vector<StoredFinding> out;
    while (s.step())
        out.push_back(readRow(s));
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<std::optional<StoredFinding>> findingById(Database& db, std::int64_t id)
{
    Statement s = db.prepare(std::string("SELECT ") + kFindingColumns + " FROM findings WHERE id = ?1");
    s.bind(1, id);
    if (s.step())
        return std::optional<StoredFinding>(readRow(s));
    if (!s.lastError().empty())
        return statementError(s);
    return std::optional<StoredFinding>();
}

Result<void> dismissFinding(Database& db, std::int64_t id, const std::string& reason, const std::string& who, Epoch now)
{
    if (reason.empty())
        return makeError(ErrorCode::Invalid, "dismissing a finding needs a reason");
    Statement s = db.prepare(
        "UPDATE findings SET dismissed = 1, dismiss_reason = ?2, dismissed_by = ?3, dismissed_at = ?4 WHERE id = ?1");
    s.bind(1, id).bind(2, reason).bind(3, who).bind(4, now);
    if (!s.exec())
        return statementError(s);
    if (sqlite3_changes(db.handle()) == 0)
        return makeError(ErrorCode::NotFound, "no finding with id " + std::to_string(id));
    return {};
}

Result<void> restoreFinding(Database& db, std::int64_t id)
{
    Statement s = db.prepare("UPDATE findings SET dismissed = 0, dismiss_reason = '', dismissed_by = '', "
                             "dismissed_at = NULL WHERE id = ?1");
    s.bind(1, id);
    if (!s.exec())
        return statementError(s);
    return {};
}

Result<void> markFindingsNotified(Database& db, const std::vector<std::int64_t>& ids)
{
    Statement s = db.prepare("UPDATE findings SET notified = 1 WHERE id = ?1");
    for (std::int64_t id : ids) {
        s.reset();
        s.bind(1, id);
        if (!s.exec())
            return statementError(s);
    }
    return {};
}

Result<bool> claimFindingNotification(Database& db, std::int64_t id)
{
    Statement s = db.prepare("UPDATE findings SET notified = 1 WHERE id = ?1 AND notified = 0");
    s.bind(1, id);
    if (!s.exec())
        return statementError(s);
    return sqlite3_changes(db.handle()) > 0;
}

} // namespace burnrate
