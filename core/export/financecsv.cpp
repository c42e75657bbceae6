#include "export/financecsv.h"

#include "export/terminal.h"

#include <cctype>

namespace burnrate {

std::string csvField(std::string_view text)
{
    std::string v = csvSafeText(text);
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    bool quote
        = v.find_first_of(",\"\r\n") != std::string::npos || (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!quote)
        return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csvNumber(std::string_view text)
{
    return std::string(text);
}

namespace {

// A group-by value that reads as the total row's label ("TOTAL", any case, blanks around it) is
// neutralised like a formula, so a tenant or model named TOTAL can never pass for the total row.
std::string keyField(std::string_view text)
{
    std::size_t a = 0, b = text.size();
    while (a < b && std::isspace(static_cast<unsigned char>(text[a])))
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(text[b - 1])))
        --b;
    std::string_view core = text.substr(a, b - a);
    bool total = core.size() == 5;
    for (std::size_t i = 0; total && i < 5; ++i)
        total = std::toupper(static_cast<unsigned char>(core[i])) == "TOTAL"[i];
    return total ? csvField("'" + std::string(text)) : csvField(text);
}

std::string timeLabel(Epoch t, Granularity g)
{
    std::string d = formatDate(t);
    switch (g) {
    case Granularity::Month:
        return d.substr(0, 7);
    case Granularity::Hour:
        return formatTimestamp(t);
    default:
        return d;
    }
}

} // namespace

void writeFinanceCsv(std::ostream& out, const CostQuery& q, const QueryResult& r, const CsvExportOptions& o)
{
    const bool hasTime = q.granularity != Granularity::None;
    const int timeAt = hasTime ? (o.timeColumnIndex < 0 ? 0 : o.timeColumnIndex) : -1;
    const int nCols = static_cast<int>(q.groupBy.size()) + (hasTime ? 1 : 0);
    auto headerOf = [&](const Axis& a) {
        if (a.isTag())
            return "tag:" + a.tagKey;
        if (a.dim == Dim::PromptId)
            return std::string("prompt");
        return std::string(dimName(a.dim));
    };
    std::string line;
    int axis = 0;
    for (int c = 0; c < nCols; ++c) {
        if (c)
            line += ',';
        line += c == timeAt ? csvField(granularityName(q.granularity))
                            : csvField(headerOf(q.groupBy[static_cast<std::size_t>(axis++)]));
    }
    if (nCols)
        line += ',';
    line += "requests,input_tokens,cached_input_tokens,cache_write_tokens,output_tokens,cost_usd,unpriced_tokens\r\n";
    out << line;

    Totals sum;
    Nano printedCost = 0;
    for (const auto& row : r.rows) {
        line.clear();
        axis = 0;
        for (int c = 0; c < nCols; ++c) {
            if (c)
                line += ',';
            line += c == timeAt ? csvField(timeLabel(row.bucket, q.granularity))
                                : keyField(row.keys[static_cast<std::size_t>(axis++)]);
        }
        if (nCols)
            line += ',';
        const Totals& t = row.totals;
        Nano cost = roundNano(t.cost, o.decimals);
        printedCost += cost;
        sum += t;
        line += std::to_string(t.requests) + ',' + std::to_string(t.input) + ',' + std::to_string(t.cached) + ','
            + std::to_string(t.cacheWrites()) + ',' + std::to_string(t.output) + ','
            + csvNumber(formatDecimal(cost, o.decimals)) + ',' + std::to_string(t.unpricedTokens) + "\r\n";
        out << line;
    }
    if (o.totalRow) {
        line = nCols ? "TOTAL" : "";
        for (int c = 1; c < nCols; ++c)
            line += ',';
        line += (nCols ? "," : "") + std::to_string(sum.requests) + ',' + std::to_string(sum.input) + ','
            + std::to_string(sum.cached) + ',' + std::to_string(sum.cacheWrites()) + ',' + std::to_string(sum.output)
            + ',' + formatDecimal(printedCost, o.decimals) + ',' + std::to_string(sum.unpricedTokens) + "\r\n";
        out << line;
    }
}

} // namespace burnrate
