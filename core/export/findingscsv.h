#pragma once

#include "analytics/leaks.h"

#include <ostream>
#include <vector>

namespace burnrate {

// Writes the leaks CSV of FORMATS.md, one row per finding in the order given:
// detector, severity, scope, from, to, usd_at_stake, evidence (from/to RFC 3339 UTC, dollars with `decimals`
// places from the integer nano-USD). Text cells a spreadsheet would run as a formula are neutralised.
void writeFindingsCsv(std::ostream& out, const std::vector<Finding>& findings, int decimals = 6);

} // namespace burnrate
