// Budgets: their parts (scope, tiers, periods, webhook URLs), the forecast on series with known answers,
// tier alerts that fire once across restarts, processes and period boundaries, webhooks received by a
// real server, and the LiteLLM circuit breaker against a fake admin API.

#include "analytics/budgets.h"
#include "analytics/forecast.h"
#include "sources/budgetalerts.h"
#include "store/budgetstore.h"
#include "store/usagewriter.h"
#include "support/fakeserver.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace burnrate;

namespace {

const Epoch kDec1 = 1796083200; // 2026-12-01 00:00 UTC (a Tuesday)
const Epoch kDay = kSecondsPerDay;

// `perDay` requests of gpt-4o with 1M input tokens each ($2.50 apiece at catalog prices) on each day
// [from, to), attributed to team `team`.
void addSpend(test::TempDb& t, Epoch from, Epoch to, int perDay, const std::string& team = "search",
    const std::string& source = "logs")
{
    auto src = t.db->ensureSource(source, "file");
    QVERIFY(src.ok());
    UsageWriter w(*t.db, t.prices, *src);
    for (Epoch d = from; d < to; d += kDay)
        for (int i = 0; i < perDay; ++i) {
            UsageEvent e;
            e.id = team + "-" + std::to_string(d) + "-" + std::to_string(i);
            e.ts = d + 3600 + i;
            e.dims.provider = "openai";
            e.dims.model = "gpt-4o";
            e.dims.team = team;
            e.tokens.input = 1'000'000;
            QVERIFY(w.add(e).ok());
        }
    QVERIFY(w.commit().ok());
}

Budget budget(const std::string& name, Nano amount)
{
    Budget b;
    b.name = name;
    b.amount = amount;
    b.period = BudgetPeriod::Monthly;
    b.lens = Lens::Attribution;
    return b;
}

AlertOptions quickOptions(Epoch now)
{
    AlertOptions o;
    o.now = now;
    o.http.maxAttempts = 2;
    o.http.backoffBaseMs = 1;
    o.http.connectTimeoutMs = 2000;
    o.http.totalTimeoutMs = 5000;
    return o;
}

DailySeries series(Epoch firstDay, int days, const std::function<double(int, int)>& value)
{
    DailySeries s;
    s.firstDay = firstDay;
    for (int i = 0; i < days; ++i) {
        Epoch d = firstDay + i * kDay;
        int weekday = static_cast<int>(((d / kDay) + 3) % 7); // Monday = 0
        s.days.push_back(static_cast<Nano>(std::llround(value(i, weekday))));
    }
    return s;
}

} // namespace

// The POST requests a fake proxy received (the breaker first GETs /team/list).
std::vector<test::FakeRequest> posts(const test::FakeServer& server)
{
    std::vector<test::FakeRequest> out;
    for (const auto& r : server.requests())
        if (r.method == "POST")
            out.push_back(r);
    return out;
}

class TestBudgets : public QObject
{
    Q_OBJECT

private slots:
    void scopeParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("terms");
        QTest::newRow("empty") << "" << true << 0;
        QTest::newRow("one") << "team=search" << true << 1;
        QTest::newRow("two axes") << "team=search,model=gpt-4o" << true << 2;
        QTest::newRow("spaces") << " team = search , env=prod " << true << 2;
        QTest::newRow("duplicate collapses") << "team=a,team=a" << true << 1;
        QTest::newRow("same axis twice ORs") << "team=a,team=b" << true << 2;
        QTest::newRow("tag") << "tag:feature=chat" << true << 1;
        QTest::newRow("empty value matches none") << "tenant=" << true << 1;
        QTest::newRow("no equals") << "team" << false << 0;
        QTest::newRow("no axis") << "=x" << false << 0;
        QTest::newRow("two equals") << "team=a=b" << false << 0;
    }
    void scopeParses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, terms);
        auto r = parseScope(text.toStdString());
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(int(r->size()), terms);
            QCOMPARE(parseScope(formatScope(*r))->size(), r->size()); // round trip
        }
    }

    void scopeAxesAreChecked_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("ok");
        QTest::newRow("known") << "team=a,prompt=p,api_key=k,tag:env=prod" << true;
        QTest::newRow("unknown") << "colour=red" << false;
        QTest::newRow("tag without key") << "tag:=x" << false;
    }
    void scopeAxesAreChecked()
    {
        QFETCH(QString, scope);
        QFETCH(bool, ok);
        auto terms = parseScope(scope.toStdString());
        QVERIFY(terms.ok());
        QCOMPARE(scopeFilters(*terms).ok(), ok);
    }

    void tiersParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cap");
        QTest::addColumn<QString>("formatted"); // "" = error
        QTest::newRow("default") << "60,85,100" << false << "60:notify+webhook,85:notify+webhook,100:notify+webhook";
        QTest::newRow("cap on top by default")
            << "60,85,100" << true << "60:notify+webhook,85:notify+webhook,100:notify+webhook+cap";
        QTest::newRow("sorted") << "100,60" << false << "60:notify+webhook,100:notify+webhook";
        QTest::newRow("explicit actions") << "50:notify,90:webhook+cap" << true << "50:notify,90:webhook+cap";
        QTest::newRow("explicit top keeps its actions") << "80,120:notify" << true << "80:notify+webhook,120:notify";
        QTest::newRow("none") << "75:none" << false << "75:none";
        QTest::newRow("percent sign") << "60%,100%" << false << "60:notify+webhook,100:notify+webhook";
        QTest::newRow("limit 1000") << "1000" << false << "1000:notify+webhook";
        QTest::newRow("over 1000") << "1001" << false << "";
        QTest::newRow("zero") << "0" << false << "";
        QTest::newRow("negative") << "-5" << false << "";
        QTest::newRow("huge") << "99999999999999999999" << false << "";
        QTest::newRow("twice") << "60,60" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("trailing comma") << "60," << false << "";
        QTest::newRow("unknown action") << "60:email" << false << "";
        QTest::newRow("fraction") << "60.5" << false << "";
    }
    void tiersParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, cap);
        QFETCH(QString, formatted);
        auto r = parseTiers(text.toStdString(), cap);
        QCOMPARE(r.ok(), !formatted.isEmpty());
        if (r.ok()) {
            QCOMPARE(QString::fromStdString(formatTiers(*r)), formatted);
            QCOMPARE(formatTiers(*parseTiers(formatTiers(*r), cap)), formatTiers(*r));
        }
    }

    void webhookUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://hooks.slack.com/services/T/B/X" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/hook" << true;
        QTest::newRow("http loopback /8") << "http://127.1.2.3/hook" << true;
        QTest::newRow("http localhost") << "http://localhost:9000/x" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:9000/x" << true;
        QTest::newRow("http remote") << "http://hooks.example.com/x" << false;
        QTest::newRow("loopback lookalike") << "http://127.0.0.1.evil.com/x" << false;
        QTest::newRow("userinfo trick") << "http://127.0.0.1@evil.com/x" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.com/x" << false;
        QTest::newRow("octet out of range") << "http://127.0.0.256/x" << false;
        QTest::newRow("ftp") << "ftp://example.com/x" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("no host") << "https:///x" << false;
        QTest::newRow("space") << "https://a.example.com/x y" << false;
        QTest::newRow("newline") << "https://a.example.com/x\nHost: b" << false;
        QTest::newRow("empty") << "" << false;
    }
    void webhookUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(validateWebhookUrl(url.toStdString()).ok(), ok);
    }

    void periods_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("label");
        const qint64 t = kDec1 + 1 * kDay + 5000; // Wed 2026-12-02 01:23
        QTest::newRow("daily") << int(BudgetPeriod::Daily) << t << "2026-12-02"
                               << "2026-12-03"
                               << "2026-12-02";
        QTest::newRow("weekly") << int(BudgetPeriod::Weekly) << t << "2026-11-30"
                                << "2026-12-07"
                                << "week of 2026-11-30";
        QTest::newRow("monthly") << int(BudgetPeriod::Monthly) << t << "2026-12-01"
                                 << "2027-01-01"
                                 << "December 2026";
        QTest::newRow("quarterly") << int(BudgetPeriod::Quarterly) << t << "2026-10-01"
                                   << "2027-01-01"
                                   << "Q4 2026";
        QTest::newRow("last second of a month") << int(BudgetPeriod::Monthly) << qint64(kDec1 - 1) << "2026-11-01"
                                                << "2026-12-01"
                                                << "November 2026";
        QTest::newRow("leap february") << int(BudgetPeriod::Monthly) << qint64(1709208000) << "2024-02-01"
                                       << "2024-03-01"
                                       << "February 2024";
    }
    void periods()
    {
        QFETCH(int, period);
        QFETCH(qint64, t);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, label);
        Budget b = budget("p", kNanoPerUsd);
        b.period = BudgetPeriod(period);
        auto [s, e] = budgetPeriodAt(b, t);
        QCOMPARE(QString::fromStdString(formatDate(s)), start);
        QCOMPARE(QString::fromStdString(formatDate(e)), end);
        QCOMPARE(QString::fromStdString(describePeriod(b.period, s, e)), label);
        auto [ps, pe] = previousBudgetPeriod(b, t);
        QCOMPARE(pe, s);
        QVERIFY(ps < s);
    }

    void budgetValidation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fine") << "fine" << true;
        QTest::newRow("no name") << "noname" << false;
        QTest::newRow("zero amount") << "zero" << false;
        QTest::newRow("negative amount") << "negative" << false;
        QTest::newRow("range backwards") << "backwards" << false;
        QTest::newRow("cap without source") << "capnosource" << false;
        QTest::newRow("cap without team or key scope") << "capnoscope" << false;
        QTest::newRow("cap scoped to a team") << "capteam" << true;
        QTest::newRow("http webhook") << "httphook" << false;
        QTest::newRow("control char in name") << "ctrl" << false;
    }
    void budgetValidation()
    {
        QFETCH(QString, what);
        QFETCH(bool, ok);
        Budget b = budget("b", 100 * kNanoPerUsd);
        if (what == "noname")
            b.name = "  ";
        else if (what == "zero")
            b.amount = 0;
        else if (what == "negative")
            b.amount = -1;
        else if (what == "backwards") {
            b.period = BudgetPeriod::Range;
            b.rangeFrom = kDec1;
            b.rangeTo = kDec1 - kDay;
        } else if (what == "capnosource")
            b.tiers = { { 100, ActionCap } };
        else if (what == "capnoscope") {
            b.tiers = { { 100, ActionCap } };
            b.capSource = "proxy";
        } else if (what == "capteam") {
            b.tiers = { { 100, ActionCap } };
            b.capSource = "proxy";
            b.scope = { { "team", "search" } };
        } else if (what == "httphook")
            b.webhooks = { "http://hooks.example.com/x" };
        else if (what == "ctrl")
            b.name = "a\x1b[31mb";
        QCOMPARE(validateBudget(b).ok(), ok);
    }

    // ---- forecast on known series ----

    void forecastKnownSeries_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<double>("expected"); // USD, period-end total
        QTest::addColumn<bool>("seasonal");
        QTest::addColumn<bool>("trended");
        // December 2026, 31 days; history from 2026-10-01.
        QTest::newRow("constant $100, midnight of the 11th")
            << "flat" << qint64(kDec1 + 10 * kDay) << 3100.0 << false << false;
        QTest::newRow("constant $100, noon of the 11th")
            << "flat" << qint64(kDec1 + 10 * kDay + kDay / 2) << 3100.0 << false << false;
        // Weekdays $100, weekends $0: December 2026 has 23 weekdays.
        QTest::newRow("weekdays only") << "weekdays" << qint64(kDec1 + 10 * kDay) << 2300.0 << true << false;
        // $50 + $2 x day index from 2026-10-01 (day 0): December days are 61..91.
        QTest::newRow("linear trend") << "trend" << qint64(kDec1 + 10 * kDay) << (50.0 * 31 + 2.0 * (61 + 91) * 31 / 2)
                                      << false << true;
        QTest::newRow("period over") << "flat" << qint64(kDec1 + 40 * kDay) << 3100.0 << false << false;
    }
    void forecastKnownSeries()
    {
        QFETCH(QString, shape);
        QFETCH(qint64, now);
        QFETCH(double, expected);
        QFETCH(bool, seasonal);
        QFETCH(bool, trended);
        const Epoch oct1 = kDec1 - 61 * kDay;
        const int days = int((floorDay(now) - oct1) / kDay) + 1;
        auto s = series(oct1, days, [&](int i, int wd) {
            if (shape == "weekdays")
                return wd < 5 ? 100.0e9 : 0.0;
            if (shape == "trend")
                return (50.0 + 2.0 * i) * 1e9;
            return 100.0e9;
        });
        // Today so far: the elapsed share of the day's value.
        const double elapsed = double(now - floorDay(now)) / double(kDay);
        s.days.back() = static_cast<Nano>(double(s.days.back()) * elapsed);
        Forecast f = forecastPeriod(s, kDec1, kDec1 + 31 * kDay, now);
        QCOMPARE(f.seasonal, seasonal);
        QCOMPARE(f.trended, trended);
        QVERIFY2(std::fabs(double(f.projected) / 1e9 - expected) < 0.01,
            qPrintable(QStringLiteral("projected %1, expected %2").arg(double(f.projected) / 1e9).arg(expected)));
        QVERIFY(f.low <= f.projected && f.projected <= f.high);
        QVERIFY(f.spent <= f.projected);
        QCOMPARE(int(f.projectedCumulative.size()), 31);
        QCOMPARE(f.projectedCumulative.back(), f.projected);
        if (shape != "trend") // exact series: no residual, no band
            QVERIFY(f.high - f.low < kNanoPerUsd);
    }

    void forecastBandCoversNoisyTruth()
    {
        // $100/day +- $20 (normal): the 90% band of the rest of the month holds the truth about 90% of the
        // time. 200 seeds; a band that is far too narrow or far too wide fails.
        int covered = 0;
        const int runs = 200;
        for (int seed = 1; seed <= runs; ++seed) {
            QRandomGenerator rng(seed);
            auto gauss = [&] {
                double u1 = std::max(rng.generateDouble(), 1e-12), u2 = rng.generateDouble();
                return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
            };
            const Epoch oct1 = kDec1 - 61 * kDay;
            auto all = series(oct1, 92, [&](int, int) { return std::max(0.0, 100.0 + 20.0 * gauss()) * 1e9; });
            DailySeries known = all;
            known.days.resize(61 + 10 + 1);
            known.days.back() = 0; // midnight of the 11th
            Forecast f = forecastPeriod(known, kDec1, kDec1 + 31 * kDay, kDec1 + 10 * kDay);
            Nano truth = 0;
            for (int i = 61; i < 92; ++i)
                truth += all.days[i];
            covered += (truth >= f.low && truth <= f.high) ? 1 : 0;
        }
        QVERIFY2(covered >= 160 && covered <= 197, qPrintable(QString::number(covered)));
    }

    void forecastWithoutHistory_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("today"); // nano spent so far today
        QTest::addColumn<double>("expected");
        QTest::newRow("nothing at all") << qint64(kDec1) << qint64(0) << 0.0;
        // $10 by 06:00 on the 1st: $40 a day for 31 days.
        QTest::newRow("today's run-rate") << qint64(kDec1 + kDay / 4) << qint64(10 * kNanoPerUsd) << 1240.0;
    }
    void forecastWithoutHistory()
    {
        QFETCH(qint64, now);
        QFETCH(qint64, today);
        QFETCH(double, expected);
        DailySeries s { floorDay(now), { today } };
        Forecast f = forecastPeriod(s, kDec1, kDec1 + 31 * kDay, now);
        QCOMPARE(f.historyDays, 0);
        QVERIFY(std::fabs(double(f.projected) / 1e9 - expected) < 0.01);
        QCOMPARE(f.spent, today);
    }

    void forecastSaturatesInsteadOfWrapping()
    {
        DailySeries s;
        s.firstDay = kDec1 - 60 * kDay;
        s.days.assign(61, std::numeric_limits<Nano>::max() / 4);
        Forecast f = forecastPeriod(s, kDec1, kDec1 + 31 * kDay, kDec1 + 10 * kDay);
        QCOMPARE(f.projected, std::numeric_limits<Nano>::max());
        QVERIFY(f.spent > 0 && f.low > 0 && f.high > 0);
    }

    void breachDates()
    {
        // $100 a day from Oct 1: $1,500 is used up on Dec 15 (projected), $500 on Dec 5 (actual).
        auto s = series(kDec1 - 61 * kDay, 72, [](int, int) { return 100.0e9; });
        s.days.back() = 0;
        Forecast f = forecastPeriod(s, kDec1, kDec1 + 31 * kDay, kDec1 + 10 * kDay);
        QCOMPARE(breachDay(f, 1500 * kNanoPerUsd), std::optional<Epoch>(kDec1 + 14 * kDay));
        QCOMPARE(breachDay(f, 500 * kNanoPerUsd), std::optional<Epoch>(kDec1 + 4 * kDay));
        QCOMPARE(breachDay(f, 5000 * kNanoPerUsd), std::nullopt);
    }

    // ---- store and evaluation ----

    void budgetsRoundTrip()
    {
        test::TempDb t;
        Budget b = budget("search monthly", 1234 * kNanoPerUsd);
        b.scope = { { "team", "search" }, { "model", "gpt-4o" } };
        b.tiers = *parseTiers("50,80:notify,100", true);
        b.capSource = "proxy";
        b.webhooks = { "https://hooks.example.com/a", "http://127.0.0.1:1/b" };
        b.lens = std::nullopt;
        auto id = addBudget(*t.db, b);
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().detail.c_str());
        QVERIFY(!addBudget(*t.db, b).ok()); // the name is taken
        auto back = findBudget(*t.db, "search monthly");
        QVERIFY(back.ok() && back->has_value());
        const Budget& r = **back;
        QCOMPARE(r.amount, b.amount);
        QVERIFY(r.scope == b.scope);
        QVERIFY(r.tiers == b.tiers);
        QVERIFY(r.webhooks == b.webhooks);
        QCOMPARE(r.capSource, b.capSource);
        QVERIFY(!r.lens.has_value());
        Budget edited = r;
        edited.amount = 99 * kNanoPerUsd;
        edited.lens = Lens::Attribution;
        QVERIFY(updateBudget(*t.db, edited).ok());
        QCOMPARE((*findBudget(*t.db, "search monthly"))->amount, 99 * kNanoPerUsd);
        QVERIFY(removeBudget(*t.db, "search monthly").ok());
        QCOMPARE(removeBudget(*t.db, "search monthly").error().code, ErrorCode::NotFound);
        QVERIFY(listBudgets(*t.db)->empty());
    }

    void evaluationMatchesTheQuery()
    {
        test::TempDb t;
        addSpend(t, kDec1 - 30 * kDay, kDec1 + 10 * kDay, 4, "search");
        addSpend(t, kDec1 - 30 * kDay, kDec1 + 10 * kDay, 2, "support");
        const Epoch now = kDec1 + 9 * kDay + 7200; // Dec 10, 02:00 (today's requests at 01:00 are in)
        Budget b = budget("search", 1000 * kNanoPerUsd);
        b.scope = { { "team", "search" } };
        QVERIFY(addBudget(*t.db, b).ok());
        CostQueries q(*t.db);
        auto st = evaluateBudget(q, *(*findBudget(*t.db, "search")), now);
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().detail.c_str());
        CostQuery cq;
        cq.from = kDec1;
        cq.to = kDec1 + 31 * kDay;
        cq.filters = { Filter { Axis { Dim::Team, {} }, { "search" } } };
        QCOMPARE(st->spent(), q.run(cq)->total.cost);
        QVERIFY(st->spent() > 0);
        // 4 x $2.50 a day: $100 by Dec 10 02:00 -> 10% used (today has spent its usual $10 already). The
        // forecast: that and 21 more days of $10.
        QCOMPARE(st->spent(), 100 * kNanoPerUsd);
        QVERIFY(std::fabs(double(st->forecast.projected) / 1e9 - 310.0) < 0.01);
        QVERIFY(st->crossed.empty());
        QCOMPARE(st->nextTier()->percent, 60);
        // In the billing lens a team owns only the billed spend an allocation rule gives it (store/allocation.h):
        // here none, so the budget counts $0 - the query's own answer, with the spend left unallocated.
        Budget billing = b;
        billing.lens = Lens::Billing;
        auto bs = evaluateBudget(q, billing, now);
        QVERIFY2(bs.ok(), bs.ok() ? "" : bs.error().detail.c_str());
        cq.lens = Lens::Billing;
        QCOMPARE(bs->spent(), q.run(cq)->total.cost);
        QCOMPARE(bs->spent(), Nano(0));
    }

    void tiersFireOnceAcrossRestartsAndPeriods()
    {
        test::TempDb t;
        addSpend(t, kDec1 - 5 * kDay, kDec1 + 5 * kDay, 4); // $10 a day
        const Epoch now = kDec1 + 4 * kDay + 7200; // $50 in December so far
        Budget b = budget("team", 70 * kNanoPerUsd); // 71% used
        QVERIFY(addBudget(*t.db, b).ok());
        AlertOptions o = quickOptions(now);
        auto first = checkBudgets(*t.db, o);
        QVERIFY(first.ok());
        QCOMPARE(int(first->fired.size()), 1);
        QCOMPARE(first->fired[0].alert.tier, 60);
        QVERIFY(first->fired[0].text.find("60%") != std::string::npos);
        QVERIFY(first->anyCrossed());
        // Again, and again after reopening the database: nothing new.
        QCOMPARE(int(checkBudgets(*t.db, o)->fired.size()), 0);
        t.db.reset();
        t.db = std::move(Database::open(t.path()).value());
        QCOMPARE(int(checkBudgets(*t.db, o)->fired.size()), 0);
        // More spend crosses 85% and 100% in one go: both recorded, one notification each.
        addSpend(t, kDec1 + 4 * kDay, kDec1 + 5 * kDay, 8, "search", "more"); // +$20: 100%
        auto second = checkBudgets(*t.db, o);
        QCOMPARE(int(second->fired.size()), 2);
        QCOMPARE(second->fired[0].alert.tier, 85);
        QCOMPARE(second->fired[1].alert.tier, 100);
        // January: a new period, nothing spent yet: nothing fires; the history keeps December's three.
        AlertOptions jan = quickOptions(kDec1 + 31 * kDay + 3600);
        auto third = checkBudgets(*t.db, jan);
        QCOMPARE(int(third->fired.size()), 0);
        QVERIFY(!third->anyCrossed());
        QCOMPARE(int(listAlerts(*t.db)->size()), 3);
        // Acknowledge all, then none is left to acknowledge.
        QCOMPARE(*acknowledgeAlerts(*t.db, std::nullopt, now), 3);
        QVERIFY(listAlerts(*t.db, 10, true)->empty());
    }

    void evaluateOnlyWritesNothing()
    {
        test::TempDb t;
        addSpend(t, kDec1, kDec1 + 3 * kDay, 4);
        QVERIFY(addBudget(*t.db, budget("small", kNanoPerUsd)).ok());
        AlertOptions o = quickOptions(kDec1 + 2 * kDay + 7200);
        o.act = false;
        auto r = checkBudgets(*t.db, o);
        QVERIFY(r->anyCrossed());
        QVERIFY(r->fired.empty());
        QVERIFY(listAlerts(*t.db)->empty());
    }

    void twoConnectionsFireOnce()
    {
        test::TempDb t;
        addSpend(t, kDec1, kDec1 + 3 * kDay, 4);
        QVERIFY(addBudget(*t.db, budget("small", kNanoPerUsd)).ok());
        auto other = Database::open(t.path());
        QVERIFY(other.ok());
        AlertOptions o = quickOptions(kDec1 + 2 * kDay + 7200);
        auto a = checkBudgets(*t.db, o);
        auto b = checkBudgets(**other, o);
        QCOMPARE(int(a->fired.size() + b->fired.size()), 3);
        QCOMPARE(int(listAlerts(*t.db)->size()), 3);
    }

    void webhookReceivesTheBody()
    {
        test::FakeServer server([](const test::FakeRequest&) {
            return test::FakeResponse { 200, "text/plain", "ok" };
        });
        test::TempDb t;
        addSpend(t, kDec1, kDec1 + 3 * kDay, 4); // $30 by Dec 3
        Budget b = budget("hooked", 40 * kNanoPerUsd); // 75%
        b.scope = { { "team", "search" } };
        b.webhooks = { server.url() + "/hook/slack", server.url() + "/hook/generic" };
        QVERIFY(addBudget(*t.db, b).ok());
        auto r = checkBudgets(*t.db, quickOptions(kDec1 + 2 * kDay + 7200));
        QVERIFY(r.ok());
        QVERIFY(r->errors.empty());
        auto reqs = server.requests();
        QCOMPARE(int(reqs.size()), 2);
        for (const auto& req : reqs) {
            QCOMPARE(QString::fromStdString(req.method), QStringLiteral("POST"));
            QCOMPARE(QString::fromStdString(req.header("content-type")), QStringLiteral("application/json"));
            auto j = nlohmann::json::parse(req.body);
            QVERIFY(j["text"].get<std::string>().find("Budget 'hooked' reached 60%") == 0);
            QCOMPARE(j["budget"].get<std::string>(), std::string("hooked"));
            QCOMPARE(j["scope"]["team"].get<std::string>(), std::string("search"));
            QCOMPARE(j["tier_pct"].get<int>(), 60);
            QCOMPARE(j["spent_usd"].get<std::string>(), std::string("30.00"));
            QCOMPARE(j["amount_usd"].get<std::string>(), std::string("40.00"));
            QCOMPARE(j["period"]["start"].get<std::string>(), std::string("2026-12-01T00:00:00Z"));
            QCOMPARE(j["period"]["end"].get<std::string>(), std::string("2027-01-01T00:00:00Z"));
            QVERIFY(j.contains("forecast_usd"));
            // $10 a day: $40 is reached on Dec 4.
            QCOMPARE(j["projected_breach_date"].get<std::string>(), std::string("2026-12-04"));
        }
        auto alerts = listAlerts(*t.db);
        QVERIFY(alerts->front().outcome.find("HTTP 200") != std::string::npos);
    }

    void failingWebhookIsReportedLoudly_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("429") << 429;
        QTest::newRow("404") << 404;
    }
    void failingWebhookIsReportedLoudly()
    {
        QFETCH(int, status);
        test::FakeServer server([status](const test::FakeRequest&) {
            return test::FakeResponse { status, "text/plain", "no" };
        });
        test::TempDb t;
        addSpend(t, kDec1, kDec1 + 3 * kDay, 4);
        Budget b = budget("hooked", 40 * kNanoPerUsd);
        b.webhooks = { server.url() + "/hook" };
        QVERIFY(addBudget(*t.db, b).ok());
        auto r = checkBudgets(*t.db, quickOptions(kDec1 + 2 * kDay + 7200));
        QVERIFY(r.ok());
        QCOMPARE(int(r->fired.size()), 1);
        QVERIFY(r->fired[0].failed);
        QCOMPARE(int(r->errors.size()), 1);
        QVERIFY(r->errors[0].find("FAILED") != std::string::npos);
        QVERIFY(listAlerts(*t.db)->front().outcome.find("FAILED") != std::string::npos);
    }

    void circuitBreakerBlocksTheTeam()
    {
        qputenv("BURNRATE_TEST_PROXY_KEY", "sk-admin-secret-123");
        test::FakeServer proxy([](const test::FakeRequest& r) {
            if (r.header("authorization") != "Bearer sk-admin-secret-123")
                return test::FakeResponse { 401, "application/json", R"({"error":{"message":"bad key"}})" };
            const bool block = r.path.find("unblock") == std::string::npos;
            return test::FakeResponse { 200, "application/json",
                std::string(R"({"team_id":"search","blocked":)") + (block ? "true}" : "false}") };
        });
        test::TempDb t;
        SourceInfo s;
        s.name = "proxy";
        s.type = "litellm";
        s.baseUrl = proxy.url() + "/";
        s.keyEnv = "BURNRATE_TEST_PROXY_KEY";
        QVERIFY(t.db->addSource(s).ok());
        addSpend(t, kDec1, kDec1 + 3 * kDay, 4);
        Budget b = budget("capped", 20 * kNanoPerUsd); // 150%
        b.scope = { { "team", "search" } };
        b.capSource = "proxy";
        b.tiers = *parseTiers("60,85,100", true);
        QVERIFY(addBudget(*t.db, b).ok());
        auto r = checkBudgets(*t.db, quickOptions(kDec1 + 2 * kDay + 7200));
        QVERIFY(r.ok());
        QVERIFY2(r->errors.empty(), r->errors.empty() ? "" : r->errors[0].c_str());
        auto reqs = posts(proxy);
        QCOMPARE(int(reqs.size()), 1);
        QCOMPARE(QString::fromStdString(reqs[0].path), QStringLiteral("/team/block"));
        QCOMPARE(nlohmann::json::parse(reqs[0].body)["team_id"].get<std::string>(), std::string("search"));
        QCOMPARE(QString::fromStdString(reqs[0].header("litellm-changed-by")), QStringLiteral("burnrate"));
        auto blocked = blockedTargets(*t.db);
        QCOMPARE(int(blocked->size()), 1);
        QCOMPARE(blocked->front().target, std::string("search"));
        // Unblock: the audit trail has both, nothing is blocked any more.
        auto un = setLiteLLMBlocked(*t.db, "proxy", "team", "search", false, "capped", quickOptions(kDec1));
        QVERIFY(un.ok() && un->ok);
        QCOMPARE(QString::fromStdString(proxy.requests().back().path), QStringLiteral("/team/unblock"));
        QVERIFY(blockedTargets(*t.db)->empty());
        QCOMPARE(int(listAudit(*t.db)->size()), 2);
        // The secret is nowhere in the store.
        const auto audit = listAudit(*t.db);
        for (const auto& e : *audit)
            QVERIFY(e.detail.find("sk-admin-secret-123") == std::string::npos);
    }

    // Spend logs name a team by its alias; the proxy blocks by team_id, looked up in GET /team/list (an array,
    // or {"teams": [...]}). An alias two teams share is refused rather than guessed.
    void circuitBreakerResolvesTeamAlias_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("blockedId"); // "" : refused
        QTest::newRow("alias in array") << R"([{"team_id":"t-91f","team_alias":"search"},{"team_id":"t-2"}])"
                                        << "t-91f";
        QTest::newRow("alias in teams") << R"({"teams":[{"team_id":"t-91f","team_alias":"search"}]})"
                                        << "t-91f";
        QTest::newRow("already an id") << R"([{"team_id":"search","team_alias":"Search"}])"
                                       << "search";
        QTest::newRow("unknown: as given") << R"([{"team_id":"t-2","team_alias":"data"}])"
                                           << "search";
        QTest::newRow("list refused: as given") << "403"
                                                << "search";
        QTest::newRow("garbage list: as given") << R"({"teams":"nope"})"
                                                << "search";
        QTest::newRow("ambiguous alias")
            << R"([{"team_id":"a","team_alias":"search"},{"team_id":"b","team_alias":"search"}])"
            << "";
    }
    void circuitBreakerResolvesTeamAlias()
    {
        QFETCH(QString, list);
        QFETCH(QString, blockedId);
        qputenv("BURNRATE_TEST_PROXY_KEY3", "sk-admin-secret-789");
        test::FakeServer proxy([list](const test::FakeRequest& r) {
            if (r.path == "/team/list")
                return list == "403" ? test::FakeResponse { 403, "application/json", "{}" }
                                     : test::FakeResponse { 200, "application/json", list.toStdString() };
            return test::FakeResponse { 200, "application/json", R"({"blocked":true})" };
        });
        test::TempDb t;
        SourceInfo s;
        s.name = "proxy";
        s.type = "litellm";
        s.baseUrl = proxy.url();
        s.keyEnv = "BURNRATE_TEST_PROXY_KEY3";
        QVERIFY(t.db->addSource(s).ok());
        auto e = setLiteLLMBlocked(*t.db, "proxy", "team", "search", true, "capped", quickOptions(kDec1));
        QVERIFY(e.ok());
        auto reqs = posts(proxy);
        if (blockedId.isEmpty()) {
            QVERIFY(!e->ok);
            QVERIFY2(e->detail.find("several") != std::string::npos, e->detail.c_str());
            QVERIFY(reqs.empty());
            return;
        }
        QVERIFY2(e->ok, e->detail.c_str());
        QCOMPARE(int(reqs.size()), 1);
        QCOMPARE(QString::fromStdString(nlohmann::json::parse(reqs[0].body)["team_id"].get<std::string>()), blockedId);
        // The audit names the budget's team and, where it differs, the id that was blocked.
        QCOMPARE(listAudit(*t.db)->front().target, std::string("search"));
        QCOMPARE(e->detail.find("t-91f") != std::string::npos, blockedId == "t-91f");
    }

    void circuitBreakerFailureIsLoud_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("403") << "403";
        QTest::newRow("500 every time") << "500";
        QTest::newRow("not blocked") << "liar";
        QTest::newRow("null answer") << "null";
        QTest::newRow("no key") << "nokey";
        QTest::newRow("no such source") << "nosource";
    }
    void circuitBreakerFailureIsLoud()
    {
        QFETCH(QString, how);
        qputenv("BURNRATE_TEST_PROXY_KEY2", "sk-admin-secret-456");
        test::FakeServer proxy([how](const test::FakeRequest&) {
            if (how == "403")
                return test::FakeResponse { 403, "application/json",
                    R"({"error":{"message":"not admin sk-admin-secret-456"}})" };
            if (how == "500")
                return test::FakeResponse { 500, "application/json", "{}" };
            if (how == "liar")
                return test::FakeResponse { 200, "application/json", R"({"blocked":false})" };
            return test::FakeResponse { 200, "application/json", "null" };
        });
        test::TempDb t;
        SourceInfo s;
        s.name = "proxy";
        s.type = "litellm";
        s.baseUrl = proxy.url();
        s.keyEnv = how == "nokey" ? "BURNRATE_TEST_UNSET_VARIABLE" : "BURNRATE_TEST_PROXY_KEY2";
        QVERIFY(t.db->addSource(s).ok());
        addSpend(t, kDec1, kDec1 + 3 * kDay, 4);
        Budget b = budget("capped", 20 * kNanoPerUsd);
        b.scope = { { "team", "search" } };
        b.capSource = how == "nosource" ? "gone" : "proxy";
        b.tiers = { { 100, ActionNotify | ActionCap } };
        QVERIFY(addBudget(*t.db, b).ok());
        auto r = checkBudgets(*t.db, quickOptions(kDec1 + 2 * kDay + 7200));
        QVERIFY(r.ok());
        QCOMPARE(int(r->errors.size()), 1);
        QVERIFY(r->errors[0].find("BLOCK team search FAILED") != std::string::npos);
        QVERIFY(r->errors[0].find("sk-admin-secret-456") == std::string::npos);
        auto audit = listAudit(*t.db);
        QCOMPARE(int(audit->size()), 1);
        QVERIFY(!audit->front().ok);
        QVERIFY(blockedTargets(*t.db)->empty());
    }
};

QTEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
