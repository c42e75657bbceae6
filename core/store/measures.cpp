#include "store/measures.h"

#include "store/sqlite.h"

#include <cctype>

namespace burnrate {

Totals contribution(const Fact& f)
{
    Totals t;
#define BURNRATE_MEASURE_CONTRIBUTION(member, column, sql, expr) t.member = (expr);
    BURNRATE_MEASURES(BURNRATE_MEASURE_CONTRIBUTION)
#undef BURNRATE_MEASURE_CONTRIBUTION
    return t;
}

Totals& Totals::operator+=(const Totals& o)
{
    for (const Measure& m : kMeasures) {
        std::int64_t& a = this->*m.member;
        std::int64_t b = o.*m.member;
        if (__builtin_add_overflow(a, b, &a)) {
            a = b > 0 ? INT64_MAX : INT64_MIN; // saturate, and say so
            overflow = true;
        }
    }
    overflow = overflow || o.overflow;
    return *this;
}

std::string factColumnsSql(FactTable table)
{
    std::string out;
    for (const FactColumn& c : kFactColumns) {
        out += out.empty() ? "" : ", ";
        out += table == FactTable::Events ? c.events : c.buckets;
    }
    return out;
}

namespace {

template <class Row> Fact readFactFrom(const Row& r, int c)
{
    auto opt = [&](int k) -> std::optional<std::int64_t> {
        if (r.isNull(c + k))
            return std::nullopt;
        return r.int64(c + k);
    };
    Fact f;
    f.requests = r.int64(c + 0);
    f.input = r.int64(c + 1);
    f.cached = r.int64(c + 2);
    f.cw5m = r.int64(c + 3);
    f.cw1h = r.int64(c + 4);
    f.output = r.int64(c + 5);
    f.cost = opt(6);
    f.reportedCost = opt(7);
    f.status = static_cast<int>(r.int64(c + 8));
    f.cacheHit = r.int64(c + 9) != 0;
    f.avoided = r.int64(c + 10);
    f.cacheSavings = r.int64(c + 11);
    f.cacheWriteExtra = r.int64(c + 12);
    f.latencyMs = opt(13);
    static_assert(std::size(kFactColumns) == 14, "readFact() reads every fact column");
    return f;
}

} // namespace

Fact readFact(const Statement& row, int first)
{
    return readFactFrom(row, first);
}

Fact readFact(const ValueRow& row, int first)
{
    return readFactFrom(row, first);
}

std::string measureColumnsSql()
{
    std::string out;
    for (const Measure& m : kMeasures)
        out += (out.empty() ? "" : ", ") + std::string(m.column);
    return out;
}

std::string rollupSumsSql()
{
    std::string out;
    for (const Measure& m : kMeasures)
        out += (out.empty() ? "sum(" : ", sum(") + std::string(m.column) + ")";
    return out;
}

std::string rawSumsSql(FactTable table)
{
    std::string out;
    for (const Measure& m : kMeasures) {
        // Substitute each $name with the table's expression for that fact column.
        std::string expr;
        std::string_view s = m.factSql;
        while (!s.empty()) {
            auto dollar = s.find('$');
            expr += s.substr(0, dollar);
            if (dollar == std::string_view::npos)
                break;
            s.remove_prefix(dollar + 1);
            std::size_t len = 0;
            while (len < s.size() && (std::isalnum(static_cast<unsigned char>(s[len])) || s[len] == '_'))
                ++len;
            std::string_view name = s.substr(0, len);
            bool found = false;
            for (const FactColumn& c : kFactColumns)
                if (name == c.name) {
                    expr += std::string("(") + (table == FactTable::Events ? c.events : c.buckets) + ")";
                    found = true;
                }
            if (!found)
                expr += "$" + std::string(name); // fails to prepare: a measure names an unknown fact column
            s.remove_prefix(len);
        }
        out += (out.empty() ? "sum(" : ", sum(") + expr + ")";
    }
    return out;
}

Totals readTotals(const Statement& s, int c)
{
    Totals t;
    int k = c;
    for (const Measure& m : kMeasures) {
        t.*m.member = s.isNull(k) ? 0 : s.int64(k);
        ++k;
    }
    return t;
}

const char* dimColumn(Dim d, FactTable table)
{
    const bool buckets = table == FactTable::Buckets;
    switch (d) {
    case Dim::Provider:
        return "provider";
    case Dim::Model:
        return "model";
    case Dim::Tenant:
        return "tenant";
    case Dim::Team:
        return "team";
    case Dim::Project:
        return "project";
    case Dim::Env:
        return "env";
    case Dim::User:
        return "user";
    case Dim::ApiKey:
        return "api_key";
    case Dim::PromptId:
        return buckets ? "" : "prompt_id";
    case Dim::PromptVersion:
        return buckets ? "" : "prompt_version";
    case Dim::TraceId:
        return buckets ? "" : "trace_id";
    case Dim::ServiceTier:
        return "service_tier";
    default:
        return "";
    }
}

} // namespace burnrate
