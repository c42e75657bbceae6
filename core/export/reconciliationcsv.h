#pragma once

#include "analytics/reconciliation.h"

#include <ostream>
#include <string>

namespace burnrate {

// The `reconcile` CSV (RFC 4180, UTF-8, CRLF), one row per day, provider and model in day, provider, model
// order: day, provider, model, billed_usd, attributed_usd, unattributed_usd, coverage_pct, computed_usd,
// reported_usd, reported_diff_usd. Amounts are plain decimals with `decimals` places (0-9); each difference is
// the difference of the two printed amounts, so a row adds up as printed. A row without billing data for its
// provider and day leaves billed_usd, unattributed_usd and coverage_pct empty (nothing to compare with, not
// 0% and not 100%); coverage_pct is also empty when nothing was billed. computed_usd is our cost of the
// requests that came with a source-reported cost and reported_usd that cost; all three are empty when no
// request of the row reported one. Text cells are neutralised for spreadsheets as in the finance CSV.
void writeReconciliationCsv(std::ostream& out, const Reconciliation& r, int decimals = 6);

// attributed / billed as a percentage with two places ("93.25"), rounded half away from zero from the
// exact integers; "" when billed is 0.
std::string coveragePercent(Nano attributed, Nano billed);

} // namespace burnrate
