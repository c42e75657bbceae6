#include "analytics/reconciliation.h"

#include "model/text.h"
#include "store/database.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace burnrate {

namespace {

// Exact sums of one row or total; converted to Nano only at the end, where a value that does not fit fails.
struct Acc
{
    Int128 billed = 0, attributed = 0, billedUnpriced = 0, attributedUnpriced = 0;
    Int128 reportedRequests = 0, reportedComputed = 0, reported = 0, invoiced = 0, invoicedComputed = 0;
    bool hasBilling = false, reportPresent = false, invoicePresent = false;

    void add(const Acc& o)
    {
        billed += o.billed;
        attributed += o.attributed;
        billedUnpriced += o.billedUnpriced;
        attributedUnpriced += o.attributedUnpriced;
        reportedRequests += o.reportedRequests;
        reportedComputed += o.reportedComputed;
        reported += o.reported;
        invoiced += o.invoiced;
        invoicedComputed += o.invoicedComputed;
        hasBilling = hasBilling || o.hasBilling;
        reportPresent = reportPresent || o.reportPresent;
        invoicePresent = invoicePresent || o.invoicePresent;
    }
};

bool fits(Int128 v)
{
    return v >= Int128(INT64_MIN) && v <= Int128(INT64_MAX);
}

Error tooLarge()
{
    return makeError(ErrorCode::Invalid,
        "a reconciliation sum does not fit in 64 bits (the stored data holds absurd values); narrow the range or "
        "remove the source that reported them");
}

// The row of `a`, every value and every difference shown checked to fit.
Result<ReconRow> toRow(Epoch day, std::string provider, std::string model, const Acc& a)
{
    for (Int128 v : { a.billed, a.attributed, a.billedUnpriced, a.attributedUnpriced, a.reportedRequests,
             a.reportedComputed, a.reported, a.invoiced, a.invoicedComputed, a.billed - a.attributed,
             a.reported - a.reportedComputed, a.invoiced - a.invoicedComputed })
        if (!fits(v))
            return tooLarge();
    ReconRow r;
    r.day = day;
    r.provider = std::move(provider);
    r.model = std::move(model);
    r.hasBilling = a.hasBilling;
    r.billed = static_cast<Nano>(a.billed);
    r.attributed = static_cast<Nano>(a.attributed);
    r.billedUnpriced = static_cast<std::int64_t>(a.billedUnpriced);
    r.attributedUnpriced = static_cast<std::int64_t>(a.attributedUnpriced);
    r.reported.present = a.reportPresent;
    r.reported.requests = static_cast<std::int64_t>(a.reportedRequests);
    r.reported.computed = static_cast<Nano>(a.reportedComputed);
    r.reported.reported = static_cast<Nano>(a.reported);
    r.invoiced.present = a.invoicePresent;
    r.invoiced.computed = static_cast<Nano>(a.invoicedComputed);
    r.invoiced.reported = static_cast<Nano>(a.invoiced);
    return r;
}

// Largest |billed - attributed| first; ties in key order, so the list is the same on every run.
void sortByGap(std::vector<ReconRow>& rows)
{
    auto absGap = [](const ReconRow& r) {
        Int128 g = Int128(r.billed) - r.attributed;
        return g < 0 ? -g : g;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ReconRow& a, const ReconRow& b) {
        const Int128 ga = absGap(a), gb = absGap(b);
        if (ga != gb)
            return ga > gb;
        return std::tie(a.day, a.provider, a.model) < std::tie(b.day, b.provider, b.model);
    });
}

// Whether invoiced cost lines (provider and project only) can be selected by these filters.
bool invoicesCarry(const std::vector<Filter>& filters)
{
    for (const auto& f : filters)
        if (f.axis.isTag() || (f.axis.dim != Dim::Provider && f.axis.dim != Dim::Project))
            return false;
    return true;
}

} // namespace

std::optional<std::string> reconciliationRefusal(const std::vector<Filter>& filters)
{
    for (const auto& f : filters)
        if (!lensCarries(Lens::Billing, f.axis) || !lensCarries(Lens::Attribution, f.axis)) {
            const std::string what = f.axis.isTag() ? "tags (" + f.axis.name() + ")" : f.axis.name();
            return "reconciliation compares billing with attribution, and billing data has no " + what + ": remove the "
                + f.axis.name() + " filter to reconcile";
        }
    return std::nullopt;
}

Result<Reconciliation> foldReconciliation(Epoch from, Epoch to, const QueryResult& billing,
    const QueryResult& attribution, const std::vector<InvoiceTotal>& invoices)
{
    using RowKey = std::tuple<Epoch, std::string, std::string>;
    using DayKey = std::pair<Epoch, std::string>;
    std::map<RowKey, Acc> rows;
    std::map<DayKey, Acc> days;
    auto keyOf = [](const ResultRow& r) {
        return RowKey { floorDay(r.bucket), r.keys.size() > 0 ? r.keys[0] : std::string(),
            r.keys.size() > 1 ? r.keys[1] : std::string() };
    };
    for (const ResultRow& r : billing.rows) {
        Acc& a = rows[keyOf(r)];
        a.billed += r.totals.cost;
        a.billedUnpriced += r.totals.unpricedRequests;
        days[{ floorDay(r.bucket), std::get<1>(keyOf(r)) }].hasBilling = true;
    }
    for (const ResultRow& r : attribution.rows) {
        Acc& a = rows[keyOf(r)];
        a.attributed += r.totals.cost;
        a.attributedUnpriced += r.totals.unpricedRequests;
        if (r.totals.reportedRequests > 0) {
            a.reportPresent = true;
            a.reportedRequests += r.totals.reportedRequests;
            a.reportedComputed += r.totals.reportedBasisCost;
            a.reported += r.totals.reportedCost;
        }
    }
    // Billing is known per provider and day: a model billing does not list that day was billed nothing.
    for (auto& [k, a] : rows) {
        const DayKey dk { std::get<0>(k), std::get<1>(k) };
        auto d = days.find(dk);
        a.hasBilling = d != days.end() && d->second.hasBilling;
        Acc sum = a;
        sum.hasBilling = false; // days[] already holds it
        days[dk].add(sum);
    }
    for (const InvoiceTotal& inv : invoices) {
        Acc& a = days[{ floorDay(inv.day), inv.provider }];
        a.invoicePresent = true;
        a.invoiced += inv.amount;
    }

    Reconciliation out;
    out.from = from;
    out.to = to;
    Acc total;
    Int128 uncovered = 0, uncoveredUnpriced = 0;
    std::set<std::string> uncoveredProviders;
    std::map<std::pair<std::string, std::string>, Acc> byModel;
    std::map<Epoch, Acc> byDay;
    for (const auto& [k, a] : rows) {
        const auto& [day, provider, model] = k;
        auto row = toRow(day, provider, model, a);
        if (!row)
            return row.error();
        out.rows.push_back(std::move(*row));
        if (a.hasBilling) {
            Acc covered;
            covered.hasBilling = true;
            covered.billed = a.billed;
            covered.attributed = a.attributed;
            covered.billedUnpriced = a.billedUnpriced;
            covered.attributedUnpriced = a.attributedUnpriced;
            byModel[{ provider, model }].add(covered);
            byDay[day].add(covered);
        } else {
            uncovered += a.attributed;
            uncoveredUnpriced += a.attributedUnpriced;
            uncoveredProviders.insert(provider);
        }
        Acc t = a;
        t.billed = a.hasBilling ? a.billed : 0;
        t.attributed = a.hasBilling ? a.attributed : 0;
        total.add(t);
    }
    // The invoice check per provider-day: invoiced vs the billed cost we computed for the same day.
    Int128 invoiced = 0, invoicedComputed = 0;
    bool anyInvoice = false;
    for (auto& [k, a] : days) {
        if (a.invoicePresent) {
            a.invoicedComputed = a.billed;
            invoiced += a.invoiced;
            invoicedComputed += a.billed;
            anyInvoice = true;
        }
        auto row = toRow(k.first, k.second, std::string(), a);
        if (!row)
            return row.error();
        out.providerDays.push_back(std::move(*row));
    }
    for (auto& [k, a] : byModel) {
        auto row = toRow(0, k.first, k.second, a);
        if (!row)
            return row.error();
        if (row->billed != row->attributed)
            out.gapsByModel.push_back(std::move(*row));
    }
    for (auto& [day, a] : byDay) {
        auto row = toRow(day, std::string(), std::string(), a);
        if (!row)
            return row.error();
        if (row->billed != row->attributed)
            out.gapsByDay.push_back(std::move(*row));
    }
    total.invoicePresent = anyInvoice;
    total.invoiced = invoiced;
    total.invoicedComputed = invoicedComputed;
    if (!fits(uncovered) || !fits(uncoveredUnpriced))
        return tooLarge();
    auto t = toRow(0, {}, {}, total);
    if (!t)
        return t.error();
    out.totals.hasBilling = total.hasBilling;
    out.totals.billed = t->billed;
    out.totals.attributedCovered = t->attributed;
    out.totals.attributedUncovered = static_cast<Nano>(uncovered);
    out.totals.uncoveredUnpriced = static_cast<std::int64_t>(uncoveredUnpriced);
    out.totals.billedUnpriced = t->billedUnpriced;
    out.totals.attributedUnpriced = t->attributedUnpriced;
    out.totals.reported = t->reported;
    out.totals.invoiced = t->invoiced;
    out.uncoveredProviders.assign(uncoveredProviders.begin(), uncoveredProviders.end());
    for (const ReconRow& r : out.rows)
        if (r.hasBilling && r.billed != r.attributed)
            out.gaps.push_back(r);
    sortByGap(out.gaps);
    sortByGap(out.gapsByModel);
    sortByGap(out.gapsByDay);
    return out;
}

Result<std::vector<InvoiceTotal>> invoiceTotals(
    Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters, std::int64_t* otherCurrency)
{
    std::set<std::string> providers, projects;
    bool byProvider = false, byProject = false;
    for (const auto& f : filters) {
        if (f.axis.isTag() || (f.axis.dim != Dim::Provider && f.axis.dim != Dim::Project))
            return makeError(
                ErrorCode::Invalid, "invoiced cost lines carry provider and project only, not " + f.axis.name());
        auto& set = f.axis.dim == Dim::Provider ? providers : projects;
        (f.axis.dim == Dim::Provider ? byProvider : byProject) = true;
        set.insert(f.values.begin(), f.values.end());
    }
    if (otherCurrency)
        *otherCurrency = 0;
    std::vector<InvoiceTotal> out;
    if (to <= from)
        return out;
    Statement s = db.prepare(
        "SELECT start, provider, project, currency, amount FROM cost_lines WHERE start >= ?1 AND start < ?2");
    if (!s.valid())
        return makeError(ErrorCode::Database, s.prepareError());
    s.bind(1, from).bind(2, to);
    std::map<std::pair<Epoch, std::string>, Int128> sums;
    while (s.step()) {
        std::string provider = s.text(1), project = s.text(2);
        if ((byProvider && !providers.count(provider)) || (byProject && !projects.count(project)))
            continue;
        if (asciiLower(s.text(3)) != "usd") {
            if (otherCurrency)
                ++*otherCurrency;
            continue;
        }
        sums[{ floorDay(s.int64(0)), std::move(provider) }] += s.int64(4);
    }
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, s.lastError());
    for (auto& [k, v] : sums) {
        if (!fits(v))
            return tooLarge();
        out.push_back({ k.first, k.second, static_cast<Nano>(v) });
    }
    return out;
}

Result<Reconciliation> reconcile(Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters)
{
    if (auto refusal = reconciliationRefusal(filters))
        return makeError(ErrorCode::Invalid, *refusal);
    CostQueries queries(db);
    CostQuery q;
    q.from = from;
    q.to = to;
    q.granularity = Granularity::Day;
    q.groupBy = { Axis { Dim::Provider, {} }, Axis { Dim::Model, {} } };
    q.filters = filters;
    q.lens = Lens::Billing;
    auto billing = queries.run(q);
    if (!billing)
        return billing.error();
    q.lens = Lens::Attribution;
    auto attribution = queries.run(q);
    if (!attribution)
        return attribution.error();
    const bool compareInvoices = invoicesCarry(filters);
    std::int64_t otherCurrency = 0;
    std::vector<InvoiceTotal> invoices;
    if (compareInvoices) {
        auto inv = invoiceTotals(db, from, to, filters, &otherCurrency);
        if (!inv)
            return inv.error();
        invoices = std::move(*inv);
    }
    auto out = foldReconciliation(from, to, *billing, *attribution, invoices);
    if (!out)
        return out.error();
    out->invoicesCompared = compareInvoices;
    out->otherCurrencyLines = otherCurrency;
    return out;
}

} // namespace burnrate
