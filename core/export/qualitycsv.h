#pragma once

#include "analytics/quality.h"

#include <ostream>

namespace burnrate {

// Writes the quality CSV of FORMATS.md: the group-by columns (a time column first when the query has a
// granularity), then requests, cost_usd, cost_per_request_usd, eval_results, eval_score_mean, eval_pass_rate,
// annotated, human_rating_mean, judged, accepted, acceptance_rate, cost_per_accepted_usd. Money has `decimals`
// places (from the integer nano-USD), means and rates 6 at most; a cell is empty where the figure is undefined.
void writeQualityCsv(std::ostream& out, const QualityQuery& query, const QualityResult& result, int decimals = 6);

// A rate or mean as CSV text: rounded to 6 places, trailing zeros dropped ("0.75", "1", "0.666667").
std::string formatRatio(double v);

} // namespace burnrate
