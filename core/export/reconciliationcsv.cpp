#include "export/reconciliationcsv.h"

#include "export/financecsv.h"

#include <algorithm>

namespace burnrate {

namespace {

// Rounds nano to `decimals` places, half away from zero, in 128 bits (no value can wrap).
Int128 round128(Int128 v, int decimals)
{
    if (decimals >= 9)
        return v;
    Int128 unit = 1;
    for (int k = std::max(decimals, 0); k < 9; ++k)
        unit *= 10;
    const bool neg = v < 0;
    Int128 a = neg ? -v : v;
    a = (a + unit / 2) / unit * unit;
    return neg ? -a : a;
}

std::string digits(Int128 v)
{
    std::string s;
    do {
        s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    } while (v > 0);
    return s;
}

// An already rounded nano amount as a plain decimal with `decimals` places.
std::string decimal128(Int128 v, int decimals)
{
    decimals = std::clamp(decimals, 0, 9);
    const bool neg = v < 0;
    if (neg)
        v = -v;
    std::string out = (neg && v != 0 ? "-" : "") + digits(v / kNanoPerUsd);
    if (decimals > 0) {
        std::string frac = digits(v % kNanoPerUsd);
        frac.insert(0, 9 - frac.size(), '0');
        out += '.' + frac.substr(0, static_cast<std::size_t>(decimals));
    }
    return out;
}

} // namespace

std::string coveragePercent(Nano attributed, Nano billed)
{
    if (billed == 0)
        return {};
    // Hundredths of a percent: attributed * 10000 / billed, rounded half away from zero.
    Int128 num = Int128(attributed) * 10000, den = billed;
    const bool neg = (num < 0) != (den < 0);
    if (num < 0)
        num = -num;
    if (den < 0)
        den = -den;
    Int128 q = (2 * num + den) / (2 * den);
    std::string whole = digits(q / 100), frac = digits(q % 100);
    if (frac.size() < 2)
        frac.insert(frac.begin(), '0');
    return (neg && q != 0 ? "-" : "") + whole + '.' + frac;
}

void writeReconciliationCsv(std::ostream& out, const Reconciliation& r, int decimals)
{
    out << "day,provider,model,billed_usd,attributed_usd,unattributed_usd,coverage_pct,computed_usd,reported_usd,"
           "reported_diff_usd\r\n";
    std::string line;
    for (const ReconRow& row : r.rows) {
        const Int128 billed = round128(row.billed, decimals), attributed = round128(row.attributed, decimals);
        line = csvField(formatDate(row.day)) + ',' + csvField(row.provider) + ',' + csvField(row.model) + ',';
        line += row.hasBilling ? csvNumber(decimal128(billed, decimals)) : std::string();
        line += ',' + csvNumber(decimal128(attributed, decimals)) + ',';
        if (row.hasBilling)
            line += csvNumber(decimal128(billed - attributed, decimals)) + ','
                + csvNumber(coveragePercent(row.attributed, row.billed));
        else
            line += ',';
        line += ',';
        if (row.reported.present) {
            const Int128 computed = round128(row.reported.computed, decimals);
            const Int128 reported = round128(row.reported.reported, decimals);
            line += csvNumber(decimal128(computed, decimals)) + ',' + csvNumber(decimal128(reported, decimals)) + ','
                + csvNumber(decimal128(reported - computed, decimals));
        } else {
            line += ",,"; // computed, reported and their difference: empty
        }
        out << line << "\r\n";
    }
}

} // namespace burnrate
