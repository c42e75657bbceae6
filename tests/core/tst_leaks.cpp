// The cost-leak detectors (analytics/leaks.h) measured on the seeded incident generator (demo/incidents.h):
// each detector finds its planted incidents (recall) and little else (precision); both figures are printed.
// Also: the demo dataset's retry storm, snapshot switch and caching rollout at default settings, findings
// stored on their natural key, and a dismissal that survives re-runs.
#include "analytics/leaks.h"
#include "demo/demodata.h"
#include "demo/incidents.h"
#include "export/findingscsv.h"
#include "sources/leakalerts.h"
#include "store/budgetstore.h"
#include "store/findingstore.h"
#include "support/fakeserver.h"
#include "support/testsupport.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace burnrate;

Q_DECLARE_METATYPE(burnrate::LeakDetector)

namespace {

struct Score
{
    int planted = 0, found = 0; // recall = found / planted
    int findings = 0, ofItsKind = 0, explained = 0; // precision = explained / findings (strict: ofItsKind)
};

Score score(LeakDetector d, const std::vector<Finding>& findings, const std::vector<PlantedIncident>& planted)
{
    Score s;
    for (const auto& inc : planted) {
        if (inc.kind != d)
            continue;
        ++s.planted;
        s.found += std::any_of(
            findings.begin(), findings.end(), [&](const Finding& f) { return findingMatches(f, inc, true); });
    }
    for (const auto& f : findings) {
        if (f.detector != d)
            continue;
        ++s.findings;
        s.ofItsKind += std::any_of(
            planted.begin(), planted.end(), [&](const PlantedIncident& i) { return findingMatches(f, i, true); });
        s.explained += std::any_of(
            planted.begin(), planted.end(), [&](const PlantedIncident& i) { return findingMatches(f, i, false); });
    }
    return s;
}

bool has(const std::vector<Finding>& fs, LeakDetector d, const std::string& scopePart, const std::string& evidence)
{
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) {
        return f.detector == d && scopeText(f.scope).find(scopePart) != std::string::npos
            && f.evidence.find(evidence) != std::string::npos;
    });
}

} // namespace

class TestLeaks : public QObject
{
    Q_OBJECT

private:
    test::TempDb m_db;
    IncidentSet m_set;
    std::vector<Finding> m_findings;

private slots:
    void initTestCase()
    {
        // BURNRATE_LEAK_SEED=N measures another seed (docs/LEAKS.md lists several); the default is the documented one.
        IncidentOptions io;
        if (qEnvironmentVariableIsSet("BURNRATE_LEAK_SEED"))
            io.seed = qEnvironmentVariable("BURNRATE_LEAK_SEED").toULongLong();
        auto set = generateIncidents(*m_db.db, m_db.prices, io);
        QVERIFY2(set.ok(), set ? "" : set.error().detail.c_str());
        m_set = *set;
        QCOMPARE(int(m_set.incidents.size()), 8 * 4);
        LeakOptions o;
        o.from = m_set.from;
        o.to = m_set.to;
        auto r = detectLeaks(*m_db.db, o);
        QVERIFY2(r.ok(), r ? "" : r.error().detail.c_str());
        m_findings = r->findings;
        QCOMPARE(r->eventsScanned, m_set.events);
    }

    void detectorFindsItsPlantedIncidents_data()
    {
        QTest::addColumn<LeakDetector>("detector");
        QTest::addColumn<double>("minRecall");
        QTest::addColumn<double>("minPrecision");
        for (const auto& d : leakDetectors())
            QTest::addRow("%s", d.name) << d.id << 0.9 << 0.8;
    }

    void detectorFindsItsPlantedIncidents()
    {
        QFETCH(LeakDetector, detector);
        QFETCH(double, minRecall);
        QFETCH(double, minPrecision);
        const Score s = score(detector, m_findings, m_set.incidents);
        const double recall = s.planted ? double(s.found) / s.planted : 0;
        const double precision = s.findings ? double(s.explained) / s.findings : 1;
        const double strict = s.findings ? double(s.ofItsKind) / s.findings : 1;
        qInfo("%-15s recall %d/%d = %.2f  precision %d/%d = %.2f (of its own kind: %.2f)", leakDetectorName(detector),
            s.found, s.planted, recall, s.explained, s.findings, precision, strict);
        for (const auto& f : m_findings)
            if (f.detector == detector
                && std::none_of(m_set.incidents.begin(), m_set.incidents.end(),
                    [&](const PlantedIncident& i) { return findingMatches(f, i, false); }))
                qInfo("  unexplained: %s %s %s", scopeText(f.scope).c_str(), formatTimestamp(f.from).c_str(),
                    f.evidence.c_str());
        for (const auto& i : m_set.incidents)
            if (i.kind == detector && std::none_of(m_findings.begin(), m_findings.end(), [&](const Finding& f) {
                    return findingMatches(f, i, true);
                }))
                qInfo("  missed: %s %s .. %s", scopeText(i.scope).c_str(), formatTimestamp(i.from).c_str(),
                    formatTimestamp(i.to).c_str());
        QVERIFY2(recall >= minRecall, "recall below the minimum");
        QVERIFY2(precision >= minPrecision, "precision below the minimum");
    }

    void everyFindingIsComplete()
    {
        for (const auto& f : m_findings) {
            QVERIFY(!f.scope.empty());
            QVERIFY(f.to > f.from);
            QVERIFY(f.from >= m_set.from && f.to <= m_set.to);
            QVERIFY(!f.evidence.empty());
            QVERIFY(f.usdAtStake >= 0);
            if (f.severity == Severity::Info)
                QCOMPARE(f.usdAtStake, Nano(0));
            QVERIFY2(!f.samples.empty() || f.detector == LeakDetector::ContextCreep, f.key().c_str());
        }
    }

    void demoLeaksFoundAtDefaults()
    {
        test::TempDb demo;
        DemoOptions d;
        d.events = 120000;
        d.end = parseDate("2026-06-30").value();
        auto sum = generateDemo(*demo.db, demo.prices, d);
        QVERIFY(sum.ok());
        LeakOptions o;
        o.from = sum->from;
        o.to = sum->to;
        auto r = detectLeaks(*demo.db, o);
        QVERIFY(r.ok());
        QVERIFY(has(r->findings, LeakDetector::RetryStorm, "tenant=globex", "429/5xx"));
        QVERIFY(has(r->findings, LeakDetector::ModelChange, "prompt=search-rerank,model=gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06 -> gpt-4o-2024-11-20"));
        // The caching rollout is reported (as good news) on the cacheable prompts.
        QVERIFY(has(r->findings, LeakDetector::CacheDrop, "prompt=support-answer", "rose"));
        QVERIFY(has(r->findings, LeakDetector::CacheDrop, "prompt=code-review", "rose"));
        const Epoch rollout = sum->from + Epoch(d.days * 45 / 90) * kSecondsPerDay;
        for (const auto& f : r->findings)
            if (f.detector == LeakDetector::CacheDrop)
                QCOMPARE(f.from, rollout);
        const Epoch storm = sum->from + Epoch(d.days - 25) * kSecondsPerDay + 15 * 3600;
        for (const auto& f : r->findings)
            if (f.detector == LeakDetector::RetryStorm) {
                QCOMPARE(f.from, storm);
                QCOMPARE(f.to, storm + 3 * 3600);
                QCOMPARE(f.severity, Severity::High);
                QVERIFY(f.samples.front().rfind("demo-", 0) == 0);
            }
    }

    void rerunUpdatesInPlaceAndKeepsDismissals()
    {
        auto first = saveFindings(*m_db.db, m_findings, 1000);
        QVERIFY(first.ok());
        QCOMPARE(first->added.size(), m_findings.size());
        auto stored = listFindings(*m_db.db, m_set.from, m_set.to, true);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), m_findings.size());
        const std::int64_t id = stored->front().id;
        QVERIFY(!dismissFinding(*m_db.db, id, "", "maria", 1100).ok()); // a reason is required
        QVERIFY(dismissFinding(*m_db.db, id, "known: load test", "maria", 1100).ok());

        // Re-running on the same data: nothing new, every finding updated, the dismissal kept.
        LeakOptions o;
        o.from = m_set.from;
        o.to = m_set.to;
        auto again = detectLeaks(*m_db.db, o);
        QVERIFY(again.ok());
        auto second = saveFindings(*m_db.db, again->findings, 2000);
        QVERIFY(second.ok());
        QCOMPARE(second->added.size(), std::size_t(0));
        QCOMPARE(second->updated, std::int64_t(m_findings.size()));
        auto open = listFindings(*m_db.db, m_set.from, m_set.to, false);
        QCOMPARE(open->size(), m_findings.size() - 1);
        auto f = findingById(*m_db.db, id);
        QVERIFY(f.ok() && f->has_value());
        QVERIFY((*f)->dismissed);
        QCOMPARE((*f)->dismissReason, std::string("known: load test"));
        QCOMPARE((*f)->dismissedBy, std::string("maria"));
        QCOMPARE((*f)->dismissedAt.value_or(0), Epoch(1100));
        QCOMPARE((*f)->lastSeen, Epoch(2000));
        QCOMPARE((*f)->firstSeen, Epoch(1000));
        QVERIFY(restoreFinding(*m_db.db, id).ok());
        QCOMPARE(listFindings(*m_db.db, m_set.from, m_set.to, false)->size(), m_findings.size());

        // A finding the detectors no longer report (the data changed) is removed by the next run of its range,
        // unless dismissed.
        Finding gone = m_findings.front();
        gone.scope = { { "tenant", "nobody" } };
        Finding kept = gone;
        kept.scope = { { "tenant", "dismissed-one" } };
        auto extra = saveFindings(*m_db.db, { gone, kept }, 2500);
        QVERIFY(extra.ok());
        QCOMPARE(extra->added.size(), std::size_t(2));
        QVERIFY(dismissFinding(*m_db.db, extra->added[1], "seen", "maria", 2600).ok());
        auto third = saveFindings(*m_db.db, again->findings, 3000, m_set.from, m_set.to);
        QVERIFY(third.ok());
        QCOMPARE(third->removed, std::int64_t(1));
        QVERIFY(!findingById(*m_db.db, extra->added[0])->has_value());
        QVERIFY(findingById(*m_db.db, extra->added[1])->has_value());
    }

    // New High findings go to the budgets' webhooks once: a second run sends nothing.
    void highFindingsReachTheBudgetWebhooksOnce()
    {
        test::FakeServer server([](const test::FakeRequest&) {
            return test::FakeResponse { 200, "text/plain", "ok" };
        });
        Budget b;
        b.name = "everything";
        b.amount = 1'000'000 * kNanoPerUsd;
        b.period = BudgetPeriod::Monthly;
        b.webhooks = { server.url() + "/hook" };
        QVERIFY(addBudget(*m_db.db, b).ok());
        AlertOptions o;
        o.now = m_set.to - 3600;
        auto first = checkLeaks(*m_db.db, o);
        QVERIFY2(first.ok(), first ? "" : first.error().detail.c_str());
        QVERIFY(first->errors.empty());
        QVERIFY(!first->alerts.empty());
        const auto posts = server.requests();
        QCOMPARE(posts.size(), first->alerts.size());
        for (const auto& p : posts) {
            auto j = nlohmann::json::parse(p.body);
            QVERIFY(j["text"].get<std::string>().rfind("Burnrate cost leak: ", 0) == 0);
            QCOMPARE(j["severity"].get<std::string>(), std::string("high"));
            QVERIFY(leakDetectorFromName(j["detector"].get<std::string>()).has_value());
            QVERIFY(!j["usd_at_stake"].get<std::string>().empty());
        }
        auto second = checkLeaks(*m_db.db, o);
        QVERIFY(second.ok());
        QVERIFY(second->alerts.empty());
        QCOMPARE(server.requests().size(), posts.size());
    }

    void csvHasTheContractColumns()
    {
        std::ostringstream out;
        Finding f;
        f.detector = LeakDetector::CacheDrop;
        f.severity = Severity::Medium;
        f.scope = { { "prompt", "=cmd" } };
        f.from = parseTimestamp("2026-05-01T00:00:00Z").value();
        f.to = f.from + kSecondsPerDay;
        f.usdAtStake = 12'340'000'000;
        f.evidence = "=fell 60% -> 3%, \"a\"";
        writeFindingsCsv(out, { f }, 2);
        QCOMPARE(out.str(),
            std::string("detector,severity,scope,from,to,usd_at_stake,evidence\r\n"
                        "cache_drop,medium,prompt==cmd,2026-05-01T00:00:00Z,2026-05-02T00:00:00Z,12.34,"
                        "\"'=fell 60% -> 3%, \"\"a\"\"\"\r\n"));
    }

    void scopeTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("one") << "tenant=globex";
        QTest::addRow("two") << "tenant=globex,prompt=sql-agent";
        QTest::addRow("value with =") << "prompt=a=b";
    }

    void scopeTextRoundTrips()
    {
        QFETCH(QString, text);
        auto s = parseScopeText(text.toStdString());
        QVERIFY(s.has_value());
        QCOMPARE(QString::fromStdString(scopeText(*s)), text);
    }
};

QTEST_GUILESS_MAIN(TestLeaks)
#include "tst_leaks.moc"
