#pragma once

#include "model/budget.h"
#include "model/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// Budgets, the alerts their tiers fired and the circuit breaker's audit trail, in the store.

// Adds a budget (validated); fails when the name is taken. Returns its id.
Result<std::int64_t> addBudget(Database& db, const Budget& b);
// Replaces the budget with b.id (validated). Alerts already fired in the current period stay fired.
Result<void> updateBudget(Database& db, const Budget& b);
// Removes the budget and its alert history (the audit trail stays); NotFound when there is none.
Result<void> removeBudget(Database& db, const std::string& name);
Result<std::vector<Budget>> listBudgets(Database& db);
Result<std::optional<Budget>> findBudget(Database& db, const std::string& name);

// One tier of one budget crossed in one period.
struct BudgetAlert
{
    std::int64_t id = 0, budgetId = 0;
    std::string budgetName;
    Epoch periodStart = 0, periodEnd = 0;
    int tier = 0; // percent
    Epoch fired = 0;
    Nano spent = 0, amount = 0, forecast = 0;
    std::optional<Epoch> breach; // projected (or actual) day the budget is used up
    unsigned actions = 0; // what the tier does (model/budget.h BudgetAction)
    std::string outcome; // what the actions did, one line each ("" until they ran)
    Epoch acknowledged = 0; // 0: not yet
};

// Records `a` unless its tier already fired for that budget and period (in this process or another):
// true when this call recorded it (and so must run its actions), false when it had fired before.
Result<bool> recordAlert(Database& db, BudgetAlert& a);
Result<void> setAlertOutcome(Database& db, std::int64_t alertId, const std::string& outcome);
// Newest first.
Result<std::vector<BudgetAlert>> listAlerts(Database& db, int limit = 200, bool unacknowledgedOnly = false);
// Acknowledges one alert, or every unacknowledged one (nullopt); returns how many changed.
Result<int> acknowledgeAlerts(Database& db, std::optional<std::int64_t> alertId, Epoch now);

// One block or unblock through a LiteLLM proxy's admin API, successful or not.
struct AuditEntry
{
    std::int64_t id = 0;
    Epoch ts = 0;
    std::string budgetName;
    std::string action; // "block" | "unblock"
    std::string targetKind; // "team" | "key"
    std::string target; // team id or (hashed) key
    std::string source; // the LiteLLM source's name
    bool ok = false;
    std::string detail; // the proxy's answer or the error, one line, secrets redacted
};
Result<void> addAudit(Database& db, const AuditEntry& e);
Result<std::vector<AuditEntry>> listAudit(Database& db, int limit = 200);
// Targets whose latest successful action is a block: what an Unblock button offers.
Result<std::vector<AuditEntry>> blockedTargets(Database& db);

} // namespace burnrate
