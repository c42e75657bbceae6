#pragma once

#include "analytics/costquery.h"

#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// An amount a source reported beside the cost we computed for the same facts: request-level costs from a
// proxy log or an import (LiteLLM spend, cost_usd), or a provider's invoiced cost lines.
struct ReportedCheck
{
    std::int64_t requests = 0; // requests that came with a reported amount (0 for invoices)
    Nano computed = 0; // our cost of exactly those facts (prices x tokens)
    Nano reported = 0; // what the source said they cost
    bool present = false; // the source reported anything here
    Nano diff() const
    {
        return reported - computed; // foldReconciliation() checks that it fits
    }
    // (reported - computed) / computed; nullopt without a report or with nothing computed.
    std::optional<double> diffRatio() const
    {
        if (!present || computed == 0)
            return std::nullopt;
        return double(diff()) / double(computed);
    }
};

// One UTC day of one provider and model (model "" in the per-provider rows): billed spend (billing lens:
// provider usage APIs, priced by us) beside attributed spend (attribution lens: proxy logs and imports).
struct ReconRow
{
    Epoch day = 0;
    std::string provider, model;
    // Whether the billing lens holds anything for this provider on this day. Without it there is nothing to
    // compare with: the coverage is undefined, not 100% and not 0%.
    bool hasBilling = false;
    Nano billed = 0, attributed = 0;
    std::int64_t billedUnpriced = 0, attributedUnpriced = 0; // requests without a price (their cost unknown)
    ReportedCheck reported; // request-level amounts of the attribution lens
    ReportedCheck invoiced; // per-provider rows: the provider's cost lines vs the billed (computed) cost

    // billed - attributed: spend that no tenant, team or prompt accounts for; nullopt without billing.
    std::optional<Nano> unattributed() const
    {
        return hasBilling ? std::optional<Nano>(billed - attributed) : std::nullopt;
    }
    // attributed / billed; nullopt without billing or when nothing was billed.
    std::optional<double> coverage() const
    {
        if (!hasBilling || billed == 0)
            return std::nullopt;
        return double(attributed) / double(billed);
    }
};

// Sums over rows (exact, checked: a sum that does not fit 64 bits fails the whole reconciliation).
struct ReconTotals
{
    Nano billed = 0; // rows with billing
    Nano attributedCovered = 0; // attributed spend on provider-days that billing covers
    Nano attributedUncovered = 0; // attributed spend with no billing to compare it with
    std::int64_t uncoveredUnpriced = 0; // of those requests, how many have no price (their cost unknown)
    std::int64_t billedUnpriced = 0, attributedUnpriced = 0;
    ReportedCheck reported, invoiced;
    bool hasBilling = false;
    Nano unattributed() const
    {
        return billed - attributedCovered;
    }
    std::optional<double> coverage() const
    {
        if (!hasBilling || billed == 0)
            return std::nullopt;
        return double(attributedCovered) / double(billed);
    }
};

struct Reconciliation
{
    Epoch from = 0, to = 0;
    std::vector<ReconRow> rows; // per day, provider and model; by day, provider, model
    std::vector<ReconRow> providerDays; // per day and provider, with the invoice check; by day, provider
    ReconTotals totals;
    // The rows with billing, largest |unattributed| first (ties: day, provider, model): what explains the gap.
    std::vector<ReconRow> gaps;
    // The same gaps summed over the range per provider and model, and per day: largest |gap| first.
    std::vector<ReconRow> gapsByModel, gapsByDay;
    // Providers with attributed spend on some day that billing does not cover, by name.
    std::vector<std::string> uncoveredProviders;
    // Invoiced cost lines are compared only when no filter selects something they do not carry (they have
    // provider and project only); false also when filters made them incomparable.
    bool invoicesCompared = true;
    std::int64_t otherCurrencyLines = 0; // cost lines not in USD: left out of the invoice check
};

// Checks that billing and attribution can both answer `filters` (billing carries provider, model, project,
// api_key, user and model_tier only): the refusal message, or nullopt.
std::optional<std::string> reconciliationRefusal(const std::vector<Filter>& filters);

// Pure: folds one billing and one attribution query (granularity Day, grouped by provider then model) and
// the invoiced totals per (day, provider) into a Reconciliation. Fails when a sum does not fit 64 bits.
struct InvoiceTotal
{
    Epoch day = 0;
    std::string provider;
    Nano amount = 0;
};
Result<Reconciliation> foldReconciliation(Epoch from, Epoch to, const QueryResult& billing,
    const QueryResult& attribution, const std::vector<InvoiceTotal>& invoices);

// The provider's invoiced cost lines of [from, to) per UTC day (of a line's start) and provider, in USD,
// summed exactly. Lines in another currency are counted in `otherCurrency` and left out.
Result<std::vector<InvoiceTotal>> invoiceTotals(
    Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters, std::int64_t* otherCurrency = nullptr);

// Billed vs attributed per day, provider and model over [from, to), computed vs source-reported cost, and
// billed (computed) vs invoiced per day and provider. Two rollup queries and one scan of the cost lines.
// A filter on an axis billing does not carry fails with ErrorCode::Invalid (reconciliationRefusal()).
Result<Reconciliation> reconcile(Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters = {});

} // namespace burnrate
