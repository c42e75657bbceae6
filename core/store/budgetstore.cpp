#include "store/budgetstore.h"

#include "store/database.h"

#include <sqlite3.h>

#include <ctime>

namespace burnrate {

namespace {

constexpr const char* kBudgetColumns
    = "id, name, amount, period, scope, tiers, webhook, created, lens, range_from, range_to, cap_source";

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : "\n") + l;
    return out;
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos)
            nl = text.size();
        if (nl > pos)
            out.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    return out;
}

// A stored row back into a Budget. A row another release wrote that no longer parses is reported, not
// guessed at.
Result<Budget> readBudget(const Statement& s)
{
    Budget b;
    b.id = s.int64(0);
    b.name = s.text(1);
    b.amount = s.int64(2);
    auto period = budgetPeriodFromName(s.text(3));
    if (!period)
        return makeError(ErrorCode::Invalid, "budget '" + b.name + "' has an unknown period '" + s.text(3) + "'");
    b.period = *period;
    auto scope = parseScope(s.text(4));
    if (!scope)
        return makeError(ErrorCode::Invalid, "budget '" + b.name + "': " + scope.error().detail);
    b.scope = std::move(*scope);
    b.capSource = s.text(11);
    auto tiers = parseTiers(s.text(5), !b.capSource.empty());
    if (!tiers)
        return makeError(ErrorCode::Invalid, "budget '" + b.name + "': " + tiers.error().detail);
    b.tiers = std::move(*tiers);
    b.webhooks = splitLines(s.text(6));
    b.created = s.int64(7);
    if (!s.isNull(8))
        b.lens = static_cast<Lens>(s.int64(8));
    b.rangeFrom = s.int64(9);
    b.rangeTo = s.int64(10);
    return b;
}

void bindBudget(Statement& s, const Budget& b)
{
    s.bind(2, b.name).bind(3, b.amount).bind(4, budgetPeriodName(b.period)).bind(5, formatScope(b.scope));
    s.bind(6, formatTiers(b.tiers)).bind(7, joinLines(b.webhooks));
    if (b.lens)
        s.bind(9, static_cast<int>(*b.lens));
    else
        s.bindNull(9);
    s.bind(10, b.rangeFrom).bind(11, b.rangeTo).bind(12, b.capSource);
}

BudgetAlert readAlert(const Statement& s)
{
    BudgetAlert a;
    a.id = s.int64(0);
    a.budgetId = s.int64(1);
    a.budgetName = s.text(2);
    a.periodStart = s.int64(3);
    a.periodEnd = s.int64(4);
    a.tier = static_cast<int>(s.int64(5));
    a.fired = s.int64(6);
    a.spent = s.int64(7);
    a.amount = s.int64(8);
    a.forecast = s.int64(9);
    if (!s.isNull(10))
        a.breach = s.int64(10);
    auto actions = parseActions(s.text(11));
    a.actions = actions ? *actions : 0u;
    a.outcome = s.text(12);
    a.acknowledged = s.int64(13);
    return a;
}

constexpr const char* kAlertColumns
    = "id, budget_id, budget_name, period_start, period_end, tier, fired, spent, amount, "
      "forecast, breach, actions, outcome, acknowledged";

AuditEntry readAudit(const Statement& s)
{
    AuditEntry e;
    e.id = s.int64(0);
    e.ts = s.int64(1);
    e.budgetName = s.text(2);
    e.action = s.text(3);
    e.targetKind = s.text(4);
    e.target = s.text(5);
    e.source = s.text(6);
    e.ok = s.int64(7) != 0;
    e.detail = s.text(8);
    return e;
}

constexpr const char* kAuditColumns = "id, ts, budget_name, action, target_kind, target, source, ok, detail";

} // namespace

Result<std::int64_t> addBudget(Database& db, const Budget& b)
{
    if (auto v = validateBudget(b); !v)
        return v.error();
    Statement s = db.prepare("INSERT INTO budgets(name, amount, period, scope, tiers, webhook, created, lens, "
                             "range_from, range_to, cap_source) VALUES(?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                             "ON CONFLICT(name) DO NOTHING");
    bindBudget(s, b);
    s.bind(8, b.created ? b.created : static_cast<Epoch>(std::time(nullptr)));
    if (!s.exec())
        return statementError(s);
    if (sqlite3_changes(db.handle()) == 0)
        return makeError(ErrorCode::Invalid, "a budget named '" + b.name + "' exists already (remove it first)");
    return db.lastInsertId();
}

Result<void> updateBudget(Database& db, const Budget& b)
{
    if (auto v = validateBudget(b); !v)
        return v.error();
    Statement s = db.prepare("UPDATE OR ABORT budgets SET name=?2, amount=?3, period=?4, scope=?5, tiers=?6, "
                             "webhook=?7, lens=?9, range_from=?10, range_to=?11, cap_source=?12 WHERE id=?1");
    s.bind(1, b.id);
    bindBudget(s, b);
    if (!s.exec()) {
        if (s.lastError().find("UNIQUE") != std::string::npos)
            return makeError(ErrorCode::Invalid, "a budget named '" + b.name + "' exists already");
        return statementError(s);
    }
    if (sqlite3_changes(db.handle()) == 0)
        return makeError(ErrorCode::NotFound, "no budget with id " + std::to_string(b.id) + " (removed meanwhile?)");
    return {};
}

Result<void> removeBudget(Database& db, const std::string& name)
{
    if (auto r = db.begin(); !r)
        return r;
    Statement alerts
        = db.prepare("DELETE FROM budget_alerts WHERE budget_id IN (SELECT id FROM budgets WHERE name=?1)");
    alerts.bind(1, name);
    Statement del = db.prepare("DELETE FROM budgets WHERE name=?1");
    del.bind(1, name);
    if (!alerts.exec() || !del.exec()) {
        Error e = statementError(alerts.lastError().empty() ? del : alerts);
        db.rollback();
        return e;
    }
    if (sqlite3_changes(db.handle()) == 0) {
        db.rollback();
        return makeError(ErrorCode::NotFound, "no budget named '" + name + "'");
    }
    return db.commit();
}

Result<std::vector<Budget>> listBudgets(Database& db)
{
    Statement s = db.prepare(std::string("SELECT ") + kBudgetColumns + " FROM budgets ORDER BY name");
    std::vector<Budget> out;
    while (s.step()) {
        auto b = readBudget(s);
        if (!b)
            return b.error();
        out.push_back(std::move(*b));
    }
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<std::optional<Budget>> findBudget(Database& db, const std::string& name)
{
    Statement s = db.prepare(std::string("SELECT ") + kBudgetColumns + " FROM budgets WHERE name=?1");
    s.bind(1, name);
    if (!s.step()) {
        if (!s.lastError().empty())
            return statementError(s);
        return std::optional<Budget>();
    }
    auto b = readBudget(s);
    if (!b)
        return b.error();
    return std::optional<Budget>(std::move(*b));
}

Result<bool> recordAlert(Database& db, BudgetAlert& a)
{
    Statement s = db.prepare("INSERT INTO budget_alerts(budget_id, budget_name, period_start, period_end, tier, fired, "
                             "spent, amount, forecast, breach, actions, outcome) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                             "ON CONFLICT(budget_id, period_start, tier) DO NOTHING");
    s.bind(1, a.budgetId).bind(2, a.budgetName).bind(3, a.periodStart).bind(4, a.periodEnd).bind(5, a.tier);
    s.bind(6, a.fired).bind(7, a.spent).bind(8, a.amount).bind(9, a.forecast).bind(10, a.breach);
    s.bind(11, formatActions(a.actions)).bind(12, a.outcome);
    if (!s.exec())
        return statementError(s);
    if (sqlite3_changes(db.handle()) == 0)
        return false;
    a.id = db.lastInsertId();
    return true;
}

Result<void> setAlertOutcome(Database& db, std::int64_t alertId, const std::string& outcome)
{
    Statement s = db.prepare("UPDATE budget_alerts SET outcome=?2 WHERE id=?1");
    s.bind(1, alertId).bind(2, outcome);
    if (!s.exec())
        return statementError(s);
    return {};
}

Result<std::vector<BudgetAlert>> listAlerts(Database& db, int limit, bool unacknowledgedOnly)
{
    Statement s = db.prepare(std::string("SELECT ") + kAlertColumns + " FROM budget_alerts"
        + (unacknowledgedOnly ? " WHERE acknowledged = 0" : "") + " ORDER BY fired DESC, tier DESC, id DESC LIMIT ?1");
    s.bind(1, limit);
    std::vector<BudgetAlert> out;
    while (s.step())
        out.push_back(readAlert(s));
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<int> acknowledgeAlerts(Database& db, std::optional<std::int64_t> alertId, Epoch now)
{
    Statement s = db.prepare(alertId ? "UPDATE budget_alerts SET acknowledged=?1 WHERE acknowledged=0 AND id=?2"
                                     : "UPDATE budget_alerts SET acknowledged=?1 WHERE acknowledged=0");
    s.bind(1, now > 0 ? now : 1);
    if (alertId)
        s.bind(2, *alertId);
    if (!s.exec())
        return statementError(s);
    return sqlite3_changes(db.handle());
}

Result<void> addAudit(Database& db, const AuditEntry& e)
{
    Statement s = db.prepare("INSERT INTO budget_audit(ts, budget_name, action, target_kind, target, source, ok, "
                             "detail) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, e.ts).bind(2, e.budgetName).bind(3, e.action).bind(4, e.targetKind).bind(5, e.target);
    s.bind(6, e.source).bind(7, e.ok ? 1 : 0).bind(8, e.detail);
    if (!s.exec())
        return statementError(s);
    return {};
}

Result<std::vector<AuditEntry>> listAudit(Database& db, int limit)
{
    Statement s = db.prepare(std::string("SELECT ") + kAuditColumns
        + " FROM budget_audit ORDER BY ts DESC, id DESC "
          "LIMIT ?1");
    s.bind(1, limit);
    std::vector<AuditEntry> out;
    while (s.step())
        out.push_back(readAudit(s));
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

Result<std::vector<AuditEntry>> blockedTargets(Database& db)
{
    // The latest successful action per (source, kind, target); blocked when it is a block.
    Statement s = db.prepare(std::string("SELECT ") + kAuditColumns
        + " FROM budget_audit a WHERE ok = 1 AND action = 'block' AND id = (SELECT max(id) FROM budget_audit b "
          "WHERE b.ok = 1 AND b.source = a.source AND b.target_kind = a.target_kind AND b.target = a.target) "
          "ORDER BY ts DESC");
    std::vector<AuditEntry> out;
    while (s.step())
        out.push_back(readAudit(s));
    if (!s.lastError().empty())
        return statementError(s);
    return out;
}

} // namespace burnrate
