#include "sources/budgetalerts.h"

#include "sources/jsonutil.h"
#include "sources/redact.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <optional>

namespace burnrate {

namespace {

std::string usdText(Nano n)
{
    return formatDecimal(n, 2);
}

std::string oneLineOf(std::string text, std::size_t max = 300)
{
    for (auto& c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    if (text.size() > max)
        text = text.substr(0, max) + "...";
    return text;
}

std::string defaultSecret(const SourceInfo& s)
{
    if (s.keyEnv.empty())
        return {};
    const char* v = std::getenv(s.keyEnv.c_str());
    return v ? v : "";
}

// The LiteLLM teams and keys a budget's scope names: what its circuit breaker blocks.
std::vector<std::pair<std::string, std::string>> capTargets(const Budget& b)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& t : b.scope) {
        if (t.axis == "team")
            out.emplace_back("team", t.value);
        else if (t.axis == "api_key")
            out.emplace_back("key", t.value);
    }
    return out;
}

// Posts the body to every webhook of the budget; one outcome line each.
std::vector<std::string> postWebhooks(const BudgetStatus& s, int tier, const AlertOptions& o, bool& failed)
{
    std::vector<std::string> lines;
    const std::string body = webhookBody(s, tier);
    for (const auto& url : s.budget.webhooks) {
        const std::string shown = redactUrlUserInfo(url);
        if (auto v = validateWebhookUrl(url); !v) {
            lines.push_back("webhook FAILED: " + v.error().detail);
            failed = true;
            continue;
        }
        HttpClient http(o.http);
        http.addSecret(urlPassword(url));
        auto r = http.post(url, body, { { "Content-Type", "application/json" } });
        if (r) {
            lines.push_back("webhook " + shown + ": HTTP " + std::to_string(r->status));
        } else {
            lines.push_back("webhook " + shown + " FAILED: " + oneLineOf(r.error().detail));
            failed = true;
        }
    }
    return lines;
}

} // namespace

bool BudgetCheck::anyCrossed() const
{
    return std::any_of(statuses.begin(), statuses.end(), [](const BudgetStatus& s) { return !s.crossed.empty(); });
}

std::string webhookBody(const BudgetStatus& s, int tier)
{
    const Budget& b = s.budget;
    nlohmann::json j;
    j["text"] = alertText(s, tier);
    j["budget"] = b.name;
    nlohmann::json scope = nlohmann::json::object();
    for (const auto& t : b.scope) {
        auto& slot = scope[t.axis];
        if (slot.is_null())
            slot = t.value;
        else if (slot.is_string())
            slot = nlohmann::json::array({ slot, t.value });
        else
            slot.push_back(t.value);
    }
    j["scope"] = scope;
    j["lens"] = lensName(s.lens);
    j["period"] = { { "kind", budgetPeriodName(b.period) }, { "start", formatTimestamp(s.periodStart) },
        { "end", formatTimestamp(s.periodEnd) }, { "label", describePeriod(b.period, s.periodStart, s.periodEnd) } };
    // Money as decimal strings: exact, and no JSON reader turns them into binary floats.
    j["spent_usd"] = usdText(s.spent());
    j["amount_usd"] = usdText(b.amount);
    j["tier_pct"] = tier;
    j["used_pct"] = static_cast<std::int64_t>(Int128(s.spent()) * 100 / std::max<Nano>(b.amount, 1));
    j["forecast_usd"] = usdText(s.forecast.projected);
    j["forecast_low_usd"] = usdText(s.forecast.low);
    j["forecast_high_usd"] = usdText(s.forecast.high);
    j["projected_breach_date"] = s.breach ? nlohmann::json(formatDate(*s.breach)) : nlohmann::json(nullptr);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

// The team_id of the proxy's team whose id or alias is `name`, from GET /team/list (an array of teams, or
// {"teams": [...]} in newer proxies); `name` itself when the list cannot be read or names no such team, so
// the block call still goes out and its own answer decides. Several teams with that alias: an error.
std::optional<std::string> liteLLMTeamId(
    HttpClient& http, const std::string& base, const std::string& secret, const std::string& name)
{
    auto r = http.get(base + "/team/list", { { "Authorization", "Bearer " + secret } });
    if (!r)
        return name;
    auto j = nlohmann::json::parse(r->body, nullptr, false);
    const nlohmann::json* teams = &j;
    if (j.is_object() && j.contains("teams"))
        teams = &j["teams"];
    if (!teams->is_array())
        return name;
    std::optional<std::string> byAlias;
    for (const auto& t : *teams) {
        if (!t.is_object())
            continue;
        const std::string id = jsonutil::str(t, "team_id");
        if (id.empty())
            continue;
        if (id == name)
            return id;
        if (jsonutil::str(t, "team_alias") == name) {
            if (byAlias && *byAlias != id)
                return std::nullopt;
            byAlias = id;
        }
    }
    return byAlias ? byAlias : std::optional<std::string>(name);
}

} // namespace

Result<AuditEntry> setLiteLLMBlocked(Database& db, const std::string& sourceName, const std::string& targetKind,
    const std::string& target, bool block, const std::string& budgetName, const AlertOptions& o)
{
    AuditEntry e;
    e.ts = o.now ? o.now : static_cast<Epoch>(std::time(nullptr));
    e.budgetName = budgetName;
    e.action = block ? "block" : "unblock";
    e.targetKind = targetKind;
    e.target = target;
    e.source = sourceName;
    if (targetKind != "team" && targetKind != "key")
        return makeError(
            ErrorCode::Invalid, "the circuit breaker blocks a 'team' or a 'key', not '" + targetKind + "'");
    if (target.empty())
        return makeError(ErrorCode::Invalid, "no " + targetKind + " to " + e.action);
    auto src = db.source(sourceName);
    std::string secret;
    if (!src) {
        e.detail = "no source named '" + sourceName + "'";
    } else if (src->type != "litellm") {
        e.detail = "source '" + sourceName + "' is a " + src->type + " source; the circuit breaker needs a litellm one";
    } else {
        secret = o.secretFor ? o.secretFor(*src) : defaultSecret(*src);
        if (secret.empty())
            e.detail = "no admin key for source '" + sourceName + "'"
                + (src->keyEnv.empty() ? std::string() : " (environment variable " + src->keyEnv + " is not set)");
    }
    if (e.detail.empty()) {
        std::string base = src->baseUrl.empty() ? "http://localhost:4000" : src->baseUrl;
        while (!base.empty() && base.back() == '/')
            base.pop_back();
        HttpClient http(o.http);
        http.addSecret(secret);
        http.addSecret(urlPassword(base));
        // A team is blocked by its team_id, but spend logs name it by its alias where it has one.
        std::string id = target;
        std::string resolved;
        if (targetKind == "team") {
            auto t = liteLLMTeamId(http, base, secret, target);
            if (!t) {
                e.detail = "several of the proxy's teams have the alias '" + target + "'; scope the budget by team_id";
                if (auto a = addAudit(db, e); !a)
                    return a.error();
                return e;
            }
            if (*t != target) {
                id = *t;
                resolved = " (team_id " + id + ")";
            }
        }
        nlohmann::json body;
        body[targetKind == "team" ? "team_id" : "key"] = id;
        const std::string url = base + "/" + targetKind + "/" + e.action;
        auto r = http.post(url, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
            { { "Authorization", "Bearer " + secret }, { "Content-Type", "application/json" },
                { "litellm-changed-by", o.actor } });
        if (!r) {
            e.detail = redact(oneLineOf(r.error().detail), { secret });
        } else {
            // The proxy answers the updated record ("blocked": true/false), or null for a key it does not know.
            auto j = nlohmann::json::parse(r->body, nullptr, false);
            if (j.is_object() && j.contains("blocked") && j["blocked"].is_boolean()
                && j["blocked"].get<bool>() != block)
                e.detail = "the proxy answered but the " + targetKind + " is "
                    + (block ? "still not blocked" : "still blocked");
            else if (j.is_null() || j.is_discarded())
                e.detail = "the proxy did not confirm (answer: " + redact(oneLineOf(r->body, 120), { secret }) + ")";
            else {
                e.ok = true;
                e.detail = "HTTP " + std::to_string(r->status) + resolved;
            }
        }
    }
    if (auto a = addAudit(db, e); !a)
        return a.error();
    return e;
}

Result<BudgetCheck> checkBudgets(Database& db, const AlertOptions& o)
{
    const Epoch now = o.now ? o.now : static_cast<Epoch>(std::time(nullptr));
    auto budgets = listBudgets(db);
    if (!budgets)
        return budgets.error();
    BudgetCheck check;
    CostQueries q(db);
    for (const Budget& b : *budgets) {
        auto st = evaluateBudget(q, b, now);
        if (!st) {
            check.errors.push_back("budget '" + b.name + "': " + st.error().detail);
            continue;
        }
        check.statuses.push_back(*st);
        if (!o.act || st->crossed.empty())
            continue;
        const BudgetStatus& s = check.statuses.back();
        // Record each crossed tier; the ones this process recorded first are the ones to act on.
        std::vector<std::size_t> fresh;
        unsigned actions = 0;
        for (int pct : s.crossed) {
            const auto tier
                = std::find_if(b.tiers.begin(), b.tiers.end(), [&](const BudgetTier& t) { return t.percent == pct; });
            BudgetAlert a;
            a.budgetId = b.id;
            a.budgetName = b.name;
            a.periodStart = s.periodStart;
            a.periodEnd = s.periodEnd;
            a.tier = pct;
            a.fired = now;
            a.spent = s.spent();
            a.amount = b.amount;
            a.forecast = s.forecast.projected;
            a.breach = s.breach;
            a.actions = tier->actions;
            auto rec = recordAlert(db, a);
            if (!rec) {
                check.errors.push_back("budget '" + b.name + "': recording the " + std::to_string(pct)
                    + "% alert failed: " + rec.error().detail);
                continue;
            }
            if (*rec) {
                check.fired.push_back(FiredAlert { a, alertText(s, pct), (a.actions & ActionNotify) != 0, false });
                fresh.push_back(check.fired.size() - 1);
                actions |= a.actions;
            }
        }
        if (fresh.empty())
            continue;
        // One message for the highest tier newly crossed; the others are recorded beside it.
        FiredAlert& top = check.fired[fresh.back()];
        std::vector<std::string> outcome;
        bool failed = false;
        if (actions & ActionWebhook) {
            auto lines = postWebhooks(s, top.alert.tier, o, failed);
            outcome.insert(outcome.end(), lines.begin(), lines.end());
        }
        if (actions & ActionCap) {
            for (const auto& [kind, target] : capTargets(b)) {
                auto e = setLiteLLMBlocked(db, b.capSource, kind, target, true, b.name, o);
                if (!e) {
                    outcome.push_back("BLOCK " + kind + " " + target + " FAILED: " + e.error().detail);
                    failed = true;
                } else if (!e->ok) {
                    outcome.push_back("BLOCK " + kind + " " + target + " FAILED: " + e->detail);
                    failed = true;
                } else {
                    outcome.push_back("blocked " + kind + " " + target + " through " + b.capSource);
                }
            }
        }
        std::string joined;
        for (const auto& l : outcome)
            joined += (joined.empty() ? "" : "; ") + l;
        if (actions & ActionNotify)
            joined = joined.empty() ? "notified" : "notified; " + joined;
        if (joined.empty())
            joined = "recorded";
        for (auto i : fresh) {
            check.fired[i].failed = failed;
            check.fired[i].alert.outcome
                = i == fresh.back() ? joined : "recorded with the " + std::to_string(top.alert.tier) + "% alert";
            if (auto r = setAlertOutcome(db, check.fired[i].alert.id, check.fired[i].alert.outcome); !r)
                check.errors.push_back("budget '" + b.name + "': " + r.error().detail);
        }
        if (failed)
            check.errors.push_back("budget '" + b.name + "' " + std::to_string(top.alert.tier) + "%: " + joined);
    }
    return check;
}

} // namespace burnrate
