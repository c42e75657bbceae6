#include "model/budget.h"

#include "model/text.h"
#include "model/validate.h"

#include <algorithm>
#include <charconv>

namespace burnrate {

namespace {

constexpr std::pair<BudgetPeriod, const char*> kPeriodNames[]
    = { { BudgetPeriod::Daily, "daily" }, { BudgetPeriod::Weekly, "weekly" }, { BudgetPeriod::Monthly, "monthly" },
          { BudgetPeriod::Quarterly, "quarterly" }, { BudgetPeriod::Range, "range" } };

constexpr std::pair<BudgetAction, const char*> kActionNames[]
    = { { ActionNotify, "notify" }, { ActionWebhook, "webhook" }, { ActionCap, "cap" } };

template <class F> void splitOn(std::string_view text, char sep, F&& each)
{
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t next = text.find(sep, pos);
        if (next == std::string_view::npos)
            next = text.size();
        each(text.substr(pos, next - pos));
        pos = next + 1;
    }
}

bool isLoopbackHost(std::string_view host)
{
    if (host == "localhost" || host == "[::1]")
        return true;
    // 127.0.0.0/8, written as four decimal octets.
    if (host.substr(0, 4) != "127.")
        return false;
    int parts = 0;
    bool ok = true;
    splitOn(host, '.', [&](std::string_view p) {
        int v = -1;
        auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), v);
        ok = ok && ec == std::errc() && end == p.data() + p.size() && v >= 0 && v <= 255 && !p.empty();
        ++parts;
    });
    return ok && parts == 4;
}

} // namespace

const char* budgetPeriodName(BudgetPeriod p)
{
    for (auto [v, n] : kPeriodNames)
        if (v == p)
            return n;
    return "monthly";
}

std::optional<BudgetPeriod> budgetPeriodFromName(std::string_view name)
{
    for (auto [v, n] : kPeriodNames)
        if (name == n)
            return v;
    return std::nullopt;
}

std::pair<Epoch, Epoch> budgetPeriodAt(const Budget& b, Epoch t)
{
    switch (b.period) {
    case BudgetPeriod::Daily: {
        Epoch s = floorDay(t);
        return { s, s + kSecondsPerDay };
    }
    case BudgetPeriod::Weekly: {
        Epoch s = floorWeek(t);
        return { s, s + 7 * kSecondsPerDay };
    }
    case BudgetPeriod::Monthly: {
        Epoch s = floorMonth(t);
        return { s, addMonths(s, 1) };
    }
    case BudgetPeriod::Quarterly: {
        Epoch s = floorQuarter(t);
        return { s, addMonths(s, 3) };
    }
    case BudgetPeriod::Range:
        break;
    }
    return { b.rangeFrom, b.rangeTo };
}

std::pair<Epoch, Epoch> previousBudgetPeriod(const Budget& b, Epoch t)
{
    auto [start, end] = budgetPeriodAt(b, t);
    if (b.period == BudgetPeriod::Range)
        return { start - (end - start), start };
    return budgetPeriodAt(b, start - 1);
}

Result<std::vector<ScopeTerm>> parseScope(std::string_view text)
{
    std::vector<ScopeTerm> out;
    std::string error;
    if (trimmed(text, " \t").empty())
        return out;
    splitOn(text, ',', [&](std::string_view part) {
        if (!error.empty())
            return;
        part = trimmed(part, " \t");
        auto eq = part.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            error = "scope term '" + std::string(part) + "' is not dim=value";
            return;
        }
        ScopeTerm t { std::string(trimmed(part.substr(0, eq), " \t")),
            std::string(trimmed(part.substr(eq + 1), " \t")) };
        if (t.value.find('=') != std::string::npos) {
            error = "scope term '" + std::string(part) + "' has more than one '='";
            return;
        }
        if (std::find(out.begin(), out.end(), t) == out.end())
            out.push_back(std::move(t));
    });
    if (!error.empty())
        return makeError(ErrorCode::Invalid, error);
    return out;
}

std::string formatScope(const std::vector<ScopeTerm>& scope)
{
    std::string out;
    for (const auto& t : scope)
        out += (out.empty() ? "" : ",") + t.axis + "=" + t.value;
    return out;
}

std::string formatActions(unsigned actions)
{
    std::string out;
    for (auto [bit, name] : kActionNames)
        if (actions & bit)
            out += (out.empty() ? "" : "+") + std::string(name);
    return out.empty() ? "none" : out;
}

Result<unsigned> parseActions(std::string_view text)
{
    unsigned actions = 0;
    std::string error;
    splitOn(text, '+', [&](std::string_view a) {
        a = trimmed(a, " \t");
        bool known = a == "none";
        for (auto [bit, name] : kActionNames)
            if (a == name) {
                actions |= bit;
                known = true;
            }
        if (!known && error.empty())
            error = "action '" + std::string(a) + "' is not notify, webhook, cap or none";
    });
    if (!error.empty())
        return makeError(ErrorCode::Invalid, error);
    return actions;
}

Result<std::vector<BudgetTier>> parseTiers(std::string_view text, bool capByDefault)
{
    std::vector<BudgetTier> tiers;
    std::vector<bool> explicitActions;
    std::string error;
    splitOn(text, ',', [&](std::string_view part) {
        if (!error.empty())
            return;
        part = trimmed(part, " \t");
        auto colon = part.find(':');
        std::string_view num = trimmed(part.substr(0, colon), " \t");
        if (!num.empty() && num.back() == '%')
            num.remove_suffix(1);
        int pct = 0;
        auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), pct);
        if (num.empty() || ec != std::errc() || end != num.data() + num.size() || pct < 1 || pct > 1000) {
            error = "tier '" + std::string(part) + "' is not a percentage from 1 to 1000";
            return;
        }
        BudgetTier t { pct, ActionNotify | ActionWebhook };
        bool given = colon != std::string_view::npos;
        if (given) {
            auto actions = parseActions(part.substr(colon + 1));
            if (!actions) {
                error = "tier '" + std::string(part) + "': " + actions.error().detail;
                return;
            }
            t.actions = *actions;
        }
        for (const auto& other : tiers)
            if (other.percent == pct && error.empty())
                error = "tier " + std::to_string(pct) + "% is listed twice";
        tiers.push_back(t);
        explicitActions.push_back(given);
    });
    if (!error.empty())
        return makeError(ErrorCode::Invalid, error);
    if (tiers.empty())
        return makeError(ErrorCode::Invalid, "a budget needs at least one tier");
    std::vector<std::size_t> order(tiers.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return tiers[a].percent < tiers[b].percent; });
    std::vector<BudgetTier> sorted;
    for (auto i : order)
        sorted.push_back(tiers[i]);
    if (capByDefault && !explicitActions[order.back()])
        sorted.back().actions |= ActionCap;
    return sorted;
}

std::string formatTiers(const std::vector<BudgetTier>& tiers)
{
    std::string out;
    for (const auto& t : tiers)
        out += (out.empty() ? "" : ",") + std::to_string(t.percent) + ":" + formatActions(t.actions);
    return out;
}

Result<void> validateWebhookUrl(std::string_view url)
{
    auto bad = [&](const std::string& why) {
        return makeError(ErrorCode::Invalid, "webhook URL '" + std::string(url) + "' " + why);
    };
    std::string_view rest;
    bool https = false;
    if (url.substr(0, 8) == "https://") {
        rest = url.substr(8);
        https = true;
    } else if (url.substr(0, 7) == "http://") {
        rest = url.substr(7);
    } else {
        return bad("must start with https://");
    }
    for (char c : url)
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f)
            return bad("contains spaces or control characters");
    std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (auto at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    std::string_view host = authority;
    if (!host.empty() && host.front() == '[') {
        host = host.substr(0, host.find(']') + 1);
    } else if (auto colon = host.find(':'); colon != std::string_view::npos) {
        host = host.substr(0, colon);
    }
    if (host.empty())
        return bad("has no host");
    if (!https && !isLoopbackHost(host))
        return bad("must use https (plain http is allowed for loopback addresses only)");
    return {};
}

Result<void> validateBudget(const Budget& b)
{
    auto bad = [&](const std::string& why) {
        return makeError(ErrorCode::Invalid, "budget '" + b.name + "': " + why);
    };
    if (trimmed(b.name, " \t").empty())
        return makeError(ErrorCode::Invalid, "a budget needs a name");
    if (b.name.size() > 200)
        return makeError(ErrorCode::Invalid, "a budget name is at most 200 characters");
    for (char c : b.name)
        if (static_cast<unsigned char>(c) < ' ')
            return makeError(ErrorCode::Invalid, "a budget name may not contain control characters");
    if (b.amount <= 0)
        return bad("the amount must be more than $0");
    if (b.period == BudgetPeriod::Range) {
        if (b.rangeTo <= b.rangeFrom)
            return bad("a date range must end after it starts");
        if (!timestampInRange(b.rangeFrom) || !timestampInRange(b.rangeTo))
            return bad("the date range lies outside " + timestampRangeText());
    }
    if (b.tiers.empty())
        return bad("a budget needs at least one tier");
    for (std::size_t i = 0; i < b.tiers.size(); ++i) {
        if (b.tiers[i].percent < 1 || b.tiers[i].percent > 1000)
            return bad("tier percentages run from 1 to 1000");
        if (i > 0 && b.tiers[i].percent <= b.tiers[i - 1].percent)
            return bad("tiers must be distinct and in increasing order");
        if ((b.tiers[i].actions & ActionCap) && b.capSource.empty())
            return bad("tier " + std::to_string(b.tiers[i].percent)
                + "% has the cap action but no LiteLLM source to block through (--cap-litellm)");
    }
    bool capTarget = false;
    for (const auto& t : b.scope)
        capTarget = capTarget || t.axis == "team" || t.axis == "api_key";
    for (const auto& tier : b.tiers)
        if ((tier.actions & ActionCap) && !capTarget)
            return bad(
                "the circuit breaker blocks a LiteLLM team or key: scope the budget with team=... or api_key=...");
    for (const auto& t : b.scope) {
        if (t.axis.empty())
            return bad("a scope term has no dimension");
        if (t.value.find_first_of(",=") != std::string::npos || t.axis.find_first_of(",=") != std::string::npos)
            return bad("scope values may not contain ',' or '='");
    }
    for (const auto& w : b.webhooks)
        if (auto r = validateWebhookUrl(w); !r)
            return r;
    return {};
}

} // namespace burnrate
