#include "analytics/reconciliation.h"
#include "export/reconciliationcsv.h"
#include "store/pricestore.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QLocale>
#include <QTest>

#include <optional>
#include <sstream>
#include <vector>

using namespace burnrate;

namespace {

const Epoch kDay0 = 1788220800; // 2026-09-01 00:00 UTC
constexpr Nano kUsd = kNanoPerUsd;

// One request (attribution) or one provider usage bucket (billing): `day` days after kDay0, input and output
// tokens at the round test prices below, so every cost is known to the nano-dollar.
struct Given
{
    int day = 0;
    const char* provider = "openai";
    const char* model = "rec-a";
    std::int64_t input = 0, output = 0;
    std::optional<Nano> reported; // requests only: the source's own cost
};

// USD per 1M tokens: rec-a and rec-d (openai) $1 in / $2 out, rec-b (anthropic) $3 / $15, rec-c (azure) $1 / $1.
Nano costOf(const Given& f)
{
    const std::string m = f.model;
    const Nano in = m == "rec-b" ? 3 : 1, out = m == "rec-b" ? 15 : (m == "rec-c" ? 1 : 2);
    return f.input * in * 1000 + f.output * out * 1000; // per token: USD per 1M x 1e9 nano / 1e6
}

struct Scenario
{
    std::vector<Given> requests, buckets;
};

// A database with the test prices and the facts of `s`.
void fill(test::TempDb& t, const Scenario& s)
{
    std::vector<Price> prices;
    for (auto [provider, model, in, out] :
        { std::tuple { "openai", "rec-a", 1, 2 }, std::tuple { "openai", "rec-d", 1, 2 },
            std::tuple { "anthropic", "rec-b", 3, 15 }, std::tuple { "azure", "rec-c", 1, 1 } }) {
        Price p;
        p.provider = provider;
        p.model = model;
        p.origin = PriceOrigin::Override;
        p.base.input = Nano(in) * kUsd;
        p.base.output = Nano(out) * kUsd;
        prices.push_back(p);
    }
    QVERIFY(savePrices(*t.db, prices).ok());
    t.reloadPrices();
    auto proxy = t.db->ensureSource("proxy", "file");
    auto bill = t.db->ensureSource("bill", "openai");
    QVERIFY(proxy.ok() && bill.ok());
    {
        UsageWriter w(*t.db, t.prices, *proxy);
        int n = 0;
        for (const Given& f : s.requests) {
            UsageEvent e;
            e.id = "r" + std::to_string(n++);
            e.ts = kDay0 + f.day * kSecondsPerDay + 3600 + n;
            e.dims.provider = f.provider;
            e.dims.model = f.model;
            e.dims.tenant = "acme";
            e.tokens.input = f.input;
            e.tokens.output = f.output;
            e.reportedCost = f.reported;
            QVERIFY(w.add(e).ok());
        }
        QVERIFY(w.commit().ok());
    }
    UsageWriter w(*t.db, t.prices, *bill);
    int n = 0;
    for (const Given& f : s.buckets) {
        UsageBucket b;
        b.start = kDay0 + f.day * kSecondsPerDay;
        b.dims.provider = f.provider;
        b.dims.model = f.model;
        b.dims.project = "proj" + std::to_string(n++); // distinct natural keys: no bucket replaces another
        b.requests = 1;
        b.tokens.input = f.input;
        b.tokens.output = f.output;
        QVERIFY(w.add(b).ok());
    }
    QVERIFY(w.commit().ok());
}

const ReconRow* findRow(const Reconciliation& r, int day, const std::string& provider, const std::string& model)
{
    for (const ReconRow& row : r.rows)
        if (row.day == kDay0 + day * kSecondsPerDay && row.provider == provider && row.model == model)
            return &row;
    return nullptr;
}

ResultRow resultRow(Epoch day, std::string provider, std::string model, Nano cost)
{
    ResultRow r;
    r.bucket = day;
    r.keys = { std::move(provider), std::move(model) };
    r.totals.cost = cost;
    r.totals.requests = 1;
    return r;
}

// One expected row: billed (-1: no billing for its provider that day), attributed, and the coverage in
// hundredths of a percent (-1: undefined).
struct Expect
{
    int day;
    const char* provider;
    const char* model;
    Nano billed, attributed;
    int coverageBp;
};

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(std::vector<Expect>)

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale::c());
    }

    // Billed vs attributed per day, provider and model, the coverage of every row and of the whole range.
    void coverageAndUnattributed_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<std::vector<Expect>>("expected");
        QTest::addColumn<Nano>("billed"); // the totals over provider-days that billing covers
        QTest::addColumn<Nano>("attributedCovered");
        QTest::addColumn<Nano>("attributedUncovered");
        QTest::addColumn<int>("coverageBp"); // -1: undefined

        // $1 = 1M rec-a input tokens.
        QTest::addRow("fully attributed")
            << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0 } }, { { 0, "openai", "rec-a", 1'000'000, 0 } } }
            << std::vector<Expect> { { 0, "openai", "rec-a", kUsd, kUsd, 10000 } } << kUsd << kUsd << Nano(0) << 10000;
        QTest::addRow("three quarters attributed")
            << Scenario { { { 0, "openai", "rec-a", 2'000'000, 250'000 }, { 0, "openai", "rec-a", 500'000, 0 } },
                   { { 0, "openai", "rec-a", 3'000'000, 500'000 } } }
            << std::vector<Expect> { { 0, "openai", "rec-a", 4 * kUsd, 3 * kUsd, 7500 } } << 4 * kUsd << 3 * kUsd
            << Nano(0) << 7500;
        QTest::addRow("billing but no attribution: coverage 0")
            << Scenario { {}, { { 1, "anthropic", "rec-b", 1'000'000, 0 } } }
            << std::vector<Expect> { { 1, "anthropic", "rec-b", 3 * kUsd, 0, 0 } } << 3 * kUsd << Nano(0) << Nano(0)
            << 0;
        QTest::addRow("attribution but no billing: coverage undefined")
            << Scenario { { { 2, "azure", "rec-c", 1'000'000, 1'000'000 } }, {} }
            << std::vector<Expect> { { 2, "azure", "rec-c", -1, 2 * kUsd, -1 } } << Nano(0) << Nano(0) << 2 * kUsd
            << -1;
        QTest::addRow("a provider without billing is left out of the coverage")
            << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0 }, { 0, "azure", "rec-c", 5'000'000, 0 } },
                   { { 0, "openai", "rec-a", 2'000'000, 0 } } }
            << std::vector<Expect> { { 0, "openai", "rec-a", 2 * kUsd, kUsd, 5000 },
                   { 0, "azure", "rec-c", -1, 5 * kUsd, -1 } }
            << 2 * kUsd << kUsd << 5 * kUsd << 5000;
        QTest::addRow("billing starts a day later than attribution")
            << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0 }, { 1, "openai", "rec-a", 1'000'000, 0 } },
                   { { 1, "openai", "rec-a", 1'000'000, 0 } } }
            << std::vector<Expect> { { 0, "openai", "rec-a", -1, kUsd, -1 },
                   { 1, "openai", "rec-a", kUsd, kUsd, 10000 } }
            << kUsd << kUsd << kUsd << 10000;
        // The provider's day is billed, so its attributed spend counts against what was billed that day.
        QTest::addRow("a model billing does not list on a billed day: billed $0, coverage undefined")
            << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0 }, { 0, "openai", "rec-d", 1'000'000, 0 } },
                   { { 0, "openai", "rec-a", 1'000'000, 0 } } }
            << std::vector<Expect> { { 0, "openai", "rec-a", kUsd, kUsd, 10000 },
                   { 0, "openai", "rec-d", 0, kUsd, -1 } }
            << kUsd << 2 * kUsd << Nano(0) << 20000;
        QTest::addRow("more attributed than billed")
            << Scenario { { { 0, "openai", "rec-a", 3'000'000, 0 } }, { { 0, "openai", "rec-a", 2'000'000, 0 } } }
            << std::vector<Expect> { { 0, "openai", "rec-a", 2 * kUsd, 3 * kUsd, 15000 } } << 2 * kUsd << 3 * kUsd
            << Nano(0) << 15000;
        QTest::addRow("empty range") << Scenario {} << std::vector<Expect> {} << Nano(0) << Nano(0) << Nano(0) << -1;
    }
    void coverageAndUnattributed()
    {
        QFETCH(Scenario, scenario);
        QFETCH(std::vector<Expect>, expected);
        QFETCH(Nano, billed);
        QFETCH(Nano, attributedCovered);
        QFETCH(Nano, attributedUncovered);
        QFETCH(int, coverageBp);
        test::TempDb t;
        fill(t, scenario);
        if (QTest::currentTestFailed())
            return;
        auto r = reconcile(*t.db, kDay0, kDay0 + 7 * kSecondsPerDay);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->rows.size(), expected.size());
        for (const Expect& e : expected) {
            const ReconRow* row = findRow(*r, e.day, e.provider, e.model);
            QVERIFY2(row, e.model);
            QCOMPARE(row->hasBilling, e.billed >= 0);
            QCOMPARE(row->billed, std::max<Nano>(e.billed, 0));
            QCOMPARE(row->attributed, e.attributed);
            QCOMPARE(row->unattributed().has_value(), e.billed >= 0);
            if (e.billed >= 0)
                QCOMPARE(*row->unattributed(), e.billed - e.attributed);
            QCOMPARE(row->coverage().has_value(), e.coverageBp >= 0);
            if (e.coverageBp >= 0) {
                QCOMPARE(coveragePercent(row->attributed, row->billed),
                    QStringLiteral("%1.%2")
                        .arg(e.coverageBp / 100)
                        .arg(e.coverageBp % 100, 2, 10, QLatin1Char('0'))
                        .toStdString());
                QVERIFY(qAbs(*row->coverage() - e.coverageBp / 10000.0) < 1e-12);
            }
        }
        QCOMPARE(r->totals.billed, billed);
        QCOMPARE(r->totals.attributedCovered, attributedCovered);
        QCOMPARE(r->totals.attributedUncovered, attributedUncovered);
        QCOMPARE(r->totals.unattributed(), billed - attributedCovered);
        QCOMPARE(r->totals.coverage().has_value(), coverageBp >= 0);
        if (coverageBp >= 0)
            QVERIFY(qAbs(*r->totals.coverage() - coverageBp / 10000.0) < 1e-12);
        // Every row with billing and a gap is in the gap list, and nothing else.
        std::size_t withGap = 0;
        for (const ReconRow& row : r->rows)
            withGap += row.hasBilling && row.billed != row.attributed;
        QCOMPARE(r->gaps.size(), withGap);
        for (const ReconRow& g : r->gaps)
            QVERIFY(g.hasBilling);
    }

    // The days and models that explain the gap: largest |billed - attributed| first, ties in key order.
    void gapsLargestFirst()
    {
        test::TempDb t;
        Scenario s;
        s.buckets = { { 0, "openai", "rec-a", 2'000'000, 0 }, { 1, "openai", "rec-a", 1'000'000, 0 },
            { 2, "anthropic", "rec-b", 1'000'000, 0 }, { 3, "openai", "rec-a", 1'000'000, 0 } };
        s.requests = { { 0, "openai", "rec-a", 1'000'000, 0 }, // gap $1
            { 1, "openai", "rec-a", 6'000'000, 0 }, // gap -$5
            { 3, "openai", "rec-a", 1'000'000, 0 }, // no gap
            { 4, "azure", "rec-c", 9'000'000, 0 }, // no billing: never a gap
            { 4, "azure", "no-price", 5'000, 0 } }; // unpriced: counted, not $0
        fill(t, s);
        auto r = reconcile(*t.db, kDay0, kDay0 + 7 * kSecondsPerDay);
        QVERIFY(r.ok());
        QCOMPARE(r->gaps.size(), std::size_t(3));
        QCOMPARE(r->gaps[0].day, kDay0 + 1 * kSecondsPerDay);
        QCOMPARE(r->gaps[0].billed - r->gaps[0].attributed, -5 * kUsd);
        QCOMPARE(r->gaps[1].provider, std::string("anthropic"));
        QCOMPARE(r->gaps[1].billed - r->gaps[1].attributed, 3 * kUsd);
        QCOMPARE(r->gaps[2].day, kDay0);
        QCOMPARE(r->gaps[2].billed - r->gaps[2].attributed, kUsd);
        // Per model over the range: openai/rec-a 4 - 8 = -4, then anthropic/rec-b +3.
        QCOMPARE(r->gapsByModel.size(), std::size_t(2));
        QCOMPARE(r->gapsByModel[0].provider, std::string("openai"));
        QCOMPARE(r->gapsByModel[0].billed - r->gapsByModel[0].attributed, -4 * kUsd);
        QCOMPARE(r->gapsByModel[1].provider, std::string("anthropic"));
        QCOMPARE(r->gapsByModel[1].billed - r->gapsByModel[1].attributed, 3 * kUsd);
        // Per day: day 1 (-5), day 2 (+3), day 0 (+1); day 3 has none.
        QCOMPARE(r->gapsByDay.size(), std::size_t(3));
        QCOMPARE(r->gapsByDay[0].day, kDay0 + kSecondsPerDay);
        QCOMPARE(r->gapsByDay[1].day, kDay0 + 2 * kSecondsPerDay);
        QCOMPARE(r->gapsByDay[2].day, kDay0);
        QCOMPARE(r->uncoveredProviders, std::vector<std::string> { "azure" });
        QCOMPARE(r->totals.unattributed(), (4 + 3) * kUsd - 8 * kUsd);
        QCOMPARE(r->totals.attributedUncovered, 9 * kUsd);
        QCOMPARE(r->totals.uncoveredUnpriced, std::int64_t(1));
    }

    // Computed vs reported compares the source's amounts with our cost of exactly the requests that carried
    // one, never with the cost of all of them.
    void computedVsReported_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<bool>("present");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<Nano>("computed");
        QTest::addColumn<Nano>("reported");

        QTest::addRow("no source reports a cost")
            << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0 } }, {} } << false << qint64(0) << Nano(0) << Nano(0);
        QTest::addRow("every request reported") << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0, 1'100'000'000 },
                                                                  { 0, "openai", "rec-a", 0, 500'000, 1'000'000'000 } },
            {} } << true << qint64(2) << 2 * kUsd
                                                << Nano(2'100'000'000);
        QTest::addRow("only some requests reported: the others stay out") << Scenario {
            { { 0, "openai", "rec-a", 1'000'000, 0, 900'000'000 }, { 0, "openai", "rec-a", 7'000'000, 0 } }, {}
        } << true << qint64(1) << kUsd << Nano(900'000'000);
        QTest::addRow("a reported $0 is a report")
            << Scenario { { { 0, "openai", "rec-a", 1'000'000, 0, 0 } }, {} } << true << qint64(1) << kUsd << Nano(0);
    }
    void computedVsReported()
    {
        QFETCH(Scenario, scenario);
        QFETCH(bool, present);
        QFETCH(qint64, requests);
        QFETCH(Nano, computed);
        QFETCH(Nano, reported);
        test::TempDb t;
        fill(t, scenario);
        auto r = reconcile(*t.db, kDay0, kDay0 + kSecondsPerDay);
        QVERIFY(r.ok());
        QCOMPARE(r->rows.size(), std::size_t(1));
        for (const ReportedCheck& c : { r->rows[0].reported, r->totals.reported }) {
            QCOMPARE(c.present, present);
            QCOMPARE(qint64(c.requests), requests);
            QCOMPARE(c.computed, computed);
            QCOMPARE(c.reported, reported);
            QCOMPARE(c.diff(), reported - computed);
            QCOMPARE(c.diffRatio().has_value(), present && computed != 0);
        }
        // The whole row's cost is still the attributed spend.
        Nano all = 0;
        for (const Given& f : scenario.requests)
            all += costOf(f);
        QCOMPARE(r->rows[0].attributed, all);
    }

    // The provider's invoiced cost lines per day and provider beside the billed cost we computed.
    void invoicedVsBilled()
    {
        test::TempDb t;
        fill(t, Scenario { {}, { { 0, "openai", "rec-a", 1'000'000, 0 }, { 0, "openai", "rec-a", 0, 1'000'000 } } });
        auto bill = t.db->ensureSource("bill", "openai");
        {
            UsageWriter w(*t.db, t.prices, *bill);
            auto line = [&](Epoch start, const char* provider, const char* item, Nano amount, const char* currency) {
                CostLine c;
                c.start = start;
                c.provider = provider;
                c.project = "proj";
                c.lineItem = item;
                c.amount = amount;
                c.currency = currency;
                QVERIFY(w.add(c).ok());
            };
            line(kDay0, "openai", "input", 1'250'000'000, "usd");
            line(kDay0, "openai", "output", 2'000'000'000, "usd");
            line(kDay0, "openai", "credit", -50'000'000, "usd");
            line(kDay0, "openai", "eu", 7 * kUsd, "eur");
            line(kDay0 + kSecondsPerDay, "anthropic", "usage", kUsd, "usd"); // invoiced, nothing billed
            line(kDay0 + 9 * kSecondsPerDay, "openai", "later", kUsd, "usd"); // outside the range
            QVERIFY(w.commit().ok());
        }
        auto r = reconcile(*t.db, kDay0, kDay0 + 7 * kSecondsPerDay);
        QVERIFY(r.ok());
        QVERIFY(r->invoicesCompared);
        QCOMPARE(r->otherCurrencyLines, std::int64_t(1));
        QCOMPARE(r->providerDays.size(), std::size_t(2));
        const ReconRow& openai = r->providerDays[0];
        QCOMPARE(openai.provider, std::string("openai"));
        QCOMPARE(openai.billed, 3 * kUsd);
        QVERIFY(openai.invoiced.present);
        QCOMPARE(openai.invoiced.computed, 3 * kUsd);
        QCOMPARE(openai.invoiced.reported, Nano(3'200'000'000));
        QCOMPARE(openai.invoiced.diff(), Nano(200'000'000));
        QVERIFY(qAbs(*openai.invoiced.diffRatio() - 0.2 / 3) < 1e-12);
        const ReconRow& anthropic = r->providerDays[1];
        QCOMPARE(anthropic.provider, std::string("anthropic"));
        QVERIFY(!anthropic.hasBilling);
        QCOMPARE(anthropic.invoiced.reported, kUsd);
        QVERIFY(!anthropic.invoiced.diffRatio()); // nothing computed to compare with
        QCOMPARE(r->totals.invoiced.computed, 3 * kUsd);
        QCOMPARE(r->totals.invoiced.reported, Nano(4'200'000'000));

        // Cost lines have no model: a model filter leaves them out rather than compare a part with the whole.
        Filter byModel { Axis { Dim::Model, {} }, { "rec-a" } };
        auto filtered = reconcile(*t.db, kDay0, kDay0 + 7 * kSecondsPerDay, { byModel });
        QVERIFY(filtered.ok());
        QVERIFY(!filtered->invoicesCompared);
        QVERIFY(!filtered->totals.invoiced.present);
        QCOMPARE(filtered->totals.billed, 3 * kUsd);
        // A provider filter applies to them.
        Filter byProvider { Axis { Dim::Provider, {} }, { "anthropic" } };
        auto one = reconcile(*t.db, kDay0, kDay0 + 7 * kSecondsPerDay, { byProvider });
        QVERIFY(one.ok());
        QVERIFY(one->invoicesCompared);
        QCOMPARE(one->totals.invoiced.reported, kUsd);
        QCOMPARE(one->totals.billed, Nano(0));
    }

    // Billing carries no prompt, trace or tags (and the owners tenant, team and env only where the store says
    // so): a filter billing cannot answer is refused, never answered with half the comparison.
    void filtersBillingCannotAnswerAreRefused_data()
    {
        QTest::addColumn<QString>("axis");
        QTest::addColumn<bool>("refused");
        for (const char* a : { "tenant", "team", "env" }) {
            const auto axis = Axis::fromName(a);
            QTest::addRow("%s", a) << QString::fromLatin1(a) << !lensCarries(Lens::Billing, *axis);
        }
        QTest::addRow("prompt") << QStringLiteral("prompt") << true;
        QTest::addRow("trace") << QStringLiteral("trace_id") << true;
        QTest::addRow("tag") << QStringLiteral("tag:feature") << true;
        QTest::addRow("provider") << QStringLiteral("provider") << false;
        QTest::addRow("model") << QStringLiteral("model") << false;
        QTest::addRow("project") << QStringLiteral("project") << false;
    }
    void filtersBillingCannotAnswerAreRefused()
    {
        QFETCH(QString, axis);
        QFETCH(bool, refused);
        test::TempDb t;
        fill(t, Scenario { { { 0, "openai", "rec-a", 1'000'000, 0 } }, { { 0, "openai", "rec-a", 1'000'000, 0 } } });
        auto a = Axis::fromName(axis.toStdString());
        QVERIFY(a);
        auto r = reconcile(*t.db, kDay0, kDay0 + kSecondsPerDay, { Filter { *a, { "x" } } });
        QCOMPARE(!r.ok(), refused);
        QCOMPARE(reconciliationRefusal({ Filter { *a, { "x" } } }).has_value(), refused);
        if (refused) {
            QCOMPARE(r.error().code, ErrorCode::Invalid);
            QVERIFY2(r.error().detail.find("billing") != std::string::npos, r.error().detail.c_str());
        } else {
            QVERIFY(r->rows.empty()); // nothing is called "x"
        }
    }

    // Sums that do not fit 64 bits fail the reconciliation; nothing wraps or saturates.
    void sumsThatDoNotFitAreAnError_data()
    {
        QTest::addColumn<int>("what");
        QTest::addRow("billed over two days") << 0;
        QTest::addRow("attributed on provider-days without billing") << 1;
        QTest::addRow("reported minus computed") << 2;
        QTest::addRow("invoice lines of one day") << 3;
    }
    void sumsThatDoNotFitAreAnError()
    {
        QFETCH(int, what);
        const Nano half = INT64_MAX / 2 + 1;
        QueryResult billing, attribution;
        std::vector<InvoiceTotal> invoices;
        switch (what) {
        case 0:
            billing.rows
                = { resultRow(kDay0, "openai", "m", half), resultRow(kDay0 + kSecondsPerDay, "openai", "m", half) };
            break;
        case 1:
            attribution.rows
                = { resultRow(kDay0, "azure", "m", half), resultRow(kDay0 + kSecondsPerDay, "azure", "m", half) };
            break;
        case 2: {
            ResultRow r = resultRow(kDay0, "openai", "m", 0);
            r.totals.reportedRequests = 1;
            r.totals.reportedBasisCost = INT64_MAX;
            r.totals.reportedCost = -INT64_MAX; // poisoned: the difference does not fit
            attribution.rows = { r };
            break;
        }
        case 3:
            invoices = { { kDay0, "openai", half }, { kDay0, "openai", half } };
            break;
        }
        auto r = foldReconciliation(kDay0, kDay0 + 7 * kSecondsPerDay, billing, attribution, invoices);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("does not fit") != std::string::npos, r.error().detail.c_str());
        // The same values one below the limit are fine.
        if (what == 0) {
            billing.rows[1].totals.cost = half - 1;
            auto ok = foldReconciliation(kDay0, kDay0 + 7 * kSecondsPerDay, billing, attribution, invoices);
            QVERIFY(ok.ok());
            QCOMPARE(ok->totals.billed, INT64_MAX);
        }
    }

    // Invoice lines stored by an older version or a hostile file (beyond the writer's limits) are summed in
    // 128 bits: their day does not fit 64 bits, and reconcile says so.
    void invoiceLinesThatDoNotFitAreAnError()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("bill", "openai");
        QVERIFY(src.ok());
        for (const char* item : { "a", "b" }) {
            Statement ins = t.db->prepare("INSERT INTO cost_lines(source_id, start, width, provider, project, "
                                          "line_item, amount, currency) VALUES(?1, ?2, 86400, 'openai', '', ?3, ?4, "
                                          "'usd')");
            ins.bind(1, *src).bind(2, kDay0).bind(3, std::string(item)).bind(4, std::int64_t(INT64_MAX / 2 + 1));
            QVERIFY2(ins.exec(), ins.lastError().c_str());
        }
        auto r = reconcile(*t.db, kDay0, kDay0 + kSecondsPerDay);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("does not fit") != std::string::npos, r.error().detail.c_str());
    }

    void coveragePercentRoundsExactly_data()
    {
        QTest::addColumn<Nano>("attributed");
        QTest::addColumn<Nano>("billed");
        QTest::addColumn<QString>("expected");
        QTest::addRow("a third") << Nano(1) << Nano(3) << QStringLiteral("33.33");
        QTest::addRow("two thirds rounds up") << Nano(2) << Nano(3) << QStringLiteral("66.67");
        QTest::addRow("half a hundredth rounds away from zero") << Nano(1) << Nano(20000) << QStringLiteral("0.01");
        QTest::addRow("nothing attributed") << Nano(0) << Nano(5) << QStringLiteral("0.00");
        QTest::addRow("more than billed") << Nano(3) << Nano(2) << QStringLiteral("150.00");
        QTest::addRow("nothing billed: undefined") << Nano(5) << Nano(0) << QString();
        QTest::addRow("huge amounts") << Nano(INT64_MAX) << Nano(INT64_MAX) << QStringLiteral("100.00");
    }
    void coveragePercentRoundsExactly()
    {
        QFETCH(Nano, attributed);
        QFETCH(Nano, billed);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(coveragePercent(attributed, billed)), expected);
    }

    // The CSV: fixed columns, empty cells where there is nothing to compare, differences of the printed
    // amounts, text cells neutralised.
    void csvRows_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        const QString header = QStringLiteral("day,provider,model,billed_usd,attributed_usd,unattributed_usd,"
                                              "coverage_pct,computed_usd,reported_usd,reported_diff_usd\r\n");
        QTest::addRow("6 places") << 6
                                  << header
                + QStringLiteral(
                    "2026-09-01,openai,'=cmd,4.000000,3.000000,1.000000,75.00,1.000000,1.100000,0.100000\r\n"
                    "2026-09-01,azure,rec-c,,2.000000,,,,,\r\n"
                    "2026-09-02,openai,rec-a,0.000000,0.333333,-0.333333,,,,\r\n");
        QTest::addRow("2 places: differences of the printed amounts") << 2
                                                                      << header
                + QStringLiteral("2026-09-01,openai,'=cmd,4.00,3.00,1.00,75.00,1.00,1.10,0.10\r\n"
                                 "2026-09-01,azure,rec-c,,2.00,,,,,\r\n"
                                 "2026-09-02,openai,rec-a,0.00,0.33,-0.33,,,,\r\n");
    }
    void csvRows()
    {
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        Reconciliation r;
        ReconRow a;
        a.day = kDay0;
        a.provider = "openai";
        a.model = "=cmd";
        a.hasBilling = true;
        a.billed = 4 * kUsd;
        a.attributed = 3 * kUsd;
        a.reported = { 1, kUsd, 1'100'000'000, true };
        ReconRow b;
        b.day = kDay0;
        b.provider = "azure";
        b.model = "rec-c";
        b.attributed = 2 * kUsd;
        ReconRow c;
        c.day = kDay0 + kSecondsPerDay;
        c.provider = "openai";
        c.model = "rec-a";
        c.hasBilling = true;
        c.attributed = 333'333'333;
        r.rows = { a, b, c };
        std::ostringstream out;
        writeReconciliationCsv(out, r, decimals);
        QCOMPARE(QString::fromStdString(out.str()), expected);
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
