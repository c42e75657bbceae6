#pragma once

#include "analytics/costquery.h"
#include "model/result.h"

#include <ostream>
#include <string>
#include <vector>

namespace burnrate {

class PriceBook;
struct Price;

// The FinOps FOCUS 1.2 cost-and-usage export of FORMATS.md ("FOCUS export"): one row per day x provider x
// model x allocation group, so a FOCUS-reading tool can load LLM spend beside cloud spend.
//
// Decisions a reader of the file should know:
// - BilledCost is the same computed cost as the finance CSV's cost_usd, rounded per row to the same
//   `decimals` with the same formatter; the rows of one range and lens sum to the finance CSV's TOTAL of
//   the same rows (exactly, at any decimals, when the finance CSV groups by the same axes; at 9 decimals
//   for any grouping). EffectiveCost, ListCost and ContractedCost equal BilledCost: usage is priced at the
//   price in force (an override is the negotiated price), with no commitments to amortise and no separate
//   list price per row.
// - Unpriced usage (a model with no price) is never shown as free: like unpriced_tokens beside cost_usd in
//   the finance CSV, its tokens and requests are in x_UnpricedTokens and x_UnpricedRequests, the cost
//   columns hold only the priced part (0 when nothing is priced: FOCUS cost columns may not be empty),
//   SkuPriceId is empty and ChargeDescription says so.
// - SkuPriceId names the price period that produced the cost, "<origin>:<provider>:<model>:<effective
//   date>" (e.g. "catalog:openai:gpt-4o:2024-05-13"); empty when unpriced or when the price changed within
//   the row's day.
// - Tags is a JSON object of the row's allocation values (empty ones left out): tenant, team, project,
//   env, prompt and every request tag (attribution lens), project and api_key (billing), team and api_key
//   (proxy metrics). A request tag whose key is one of those names is written as "tag:KEY".
// - RegionId is the value of the request tag "region" where the lens carries tags, else empty (no provider
//   usage API reports a region).
// - Columns FOCUS does not define start with x_: x_Lens, x_Requests, the token kinds, x_UnpricedRequests,
//   x_UnpricedTokens.

// At most this many request tag keys take part (each one is a join of the query).
constexpr std::size_t kMaxFocusTagKeys = 60;

// The allocation axes of a lens, in column order: attribution tenant, team, project, env, prompt, then
// tag:KEY for each of `tagKeys`; billing project, api_key, then the owners allocation rules give it (tenant,
// team, env); proxy metrics team, api_key, then tenant, project, env.
std::vector<Axis> focusAllocationAxes(Lens lens, const std::vector<std::string>& tagKeys);

// The query of a FOCUS export over [from, to): per day, grouped by provider, model and the lens's
// allocation axes (`tagKeys` sorted, duplicates dropped). Fails for more than kMaxFocusTagKeys tag keys.
Result<CostQuery> focusQuery(Epoch from, Epoch to, Lens lens, std::vector<std::string> tagKeys);

// The SkuPriceId text of a price period (see above).
std::string focusPriceId(const Price& price);

struct FocusExportOptions
{
    int decimals = 6; // of the cost columns, like the finance CSV's --decimals
    const PriceBook* prices = nullptr; // resolves SkuPriceId; without it SkuPriceId stays empty
};

// The header row's column names, in order.
const std::vector<std::string>& focusColumns();

// Writes the FOCUS CSV (RFC 4180, UTF-8, CRLF, text cells neutralised like the finance CSV) of a result
// of `query` (focusQuery()'s, or any day-grained query grouped by provider and model).
void writeFocusCsv(
    std::ostream& out, const CostQuery& query, const QueryResult& result, const FocusExportOptions& options);

} // namespace burnrate
