#pragma once

#include "analytics/whatif.h"

#include <ostream>

namespace burnrate {

// Writes the what-if CSV of FORMATS.md: `step, scenario, requests_affected, baseline_usd, scenario_usd,
// saving_usd, saving_pct`, one row per step in the scenario's order (step = 1, 2, ...; scenario = the step as
// the CLI spells it, "route gpt-4o=gpt-4o-mini"), then a TOTAL row over the whole scenario. Money has
// `decimals` places; each saving is the printed baseline minus the printed scenario amount, so the printed
// step savings add up to the printed total exactly. saving_pct is a percentage with 2 places (empty when the
// baseline is 0).
void writeWhatIfCsv(std::ostream& out, const WhatIfResult& result, int decimals = 6);

// The breakdown by tenant and prompt (and Lambda function): `tenant, prompt, function, requests,
// baseline_usd, scenario_usd, saving_usd, saving_pct`, rows as the result orders them.
void writeWhatIfBreakdownCsv(std::ostream& out, const WhatIfResult& result, int decimals = 6);

// The recommendations: `rank, kind, title, saving_usd, from, to, scope, steps` where steps are the scenario's
// steps as the CSV's scenario column names them, "; " apart (`route claude-opus-4=claude-haiku-4-5:max-input=500`:
// the CLI option and its argument), from/to the dates of the 30 days (to inclusive), scope as `--scope` takes it.
void writeRecommendationsCsv(std::ostream& out, const std::vector<Recommendation>& recs, int decimals = 6);

} // namespace burnrate
