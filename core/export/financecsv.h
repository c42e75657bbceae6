#pragma once

#include "analytics/costquery.h"

#include <ostream>
#include <string>
#include <string_view>

namespace burnrate {

struct CsvExportOptions
{
    int decimals = 6;
    bool totalRow = false;
    // Where the time column goes among the group-by columns (-1: no time column).
    int timeColumnIndex = -1;
};

// RFC 4180 field: quoted when needed; text that a spreadsheet would run as a formula
// (= + - @ tab CR at the start) is neutralised with a leading apostrophe. NUL and the other control
// characters that quoting does not carry are written as visible escapes (\x00), invalid UTF-8 as
// U+FFFD (see csvSafeText()).
std::string csvField(std::string_view text);
// A numeric cell: never neutralised (a negative number is not a formula).
std::string csvNumber(std::string_view text);

// Writes the finance CSV of FORMATS.md: group-by columns in order, then requests, token
// counts and cost_usd (rounded to `decimals`); the TOTAL row is the sum of the printed values. A
// group-by value that reads "TOTAL" (any case) is written "'TOTAL", so the last row alone says TOTAL.
void writeFinanceCsv(
    std::ostream& out, const CostQuery& query, const QueryResult& result, const CsvExportOptions& options);

} // namespace burnrate
