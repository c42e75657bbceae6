// Quality analytics (analytics/quality.h) on a small hand-computed dataset, and the statistics behind it.
//
// Fixtures: tests/data/quality/requests.jsonl, evals.jsonl, annotations.sql. Override prices (USD per 1M
// tokens): qa-large $10 in / $20 out, qa-small $1 in / $2 out, qa-free none (unpriced). Range 2026-10-05 ..
// 2026-10-18 (q11 on 10-20 and the eval of 11-30 fall outside).
//
//   req  model     ver tenant   in/out     cost      evals (score, passed)        annotations
//   q1   qa-large  v1  acme     1000/500   0.020     0.9 pass, 0.8 pass           alice 5 + up
//   q2   qa-large  v1  acme     2000/500   0.030     0.3 fail                     alice up; bob 3
//   q3   qa-large  v1  globex   1000/1000  0.030     -                            alice comment only
//   q4   qa-large  v2  globex   500/250    0.010     -                            alice 4
//   q5   qa-small  v1  acme     1000/500   0.002     0.7 pass                     bob down
//   q6   qa-small  v1  acme     3000/1000  0.005     0.5 (no verdict)             alice 2
//   q7   qa-small  v2  globex   1000/1000  0.003     -                            bob 4; alice 5
//   q8   qa-small  v2  =evil()  2000/0     0.002     -                            -
//   q9   qa-free   v1  acme     100/100    unpriced  -                            alice up
//   q10  qa-small  v2  acme     1000/500   0.002     -                            alice 3      (week of 10-12)
//   no request id: qa-small/v2 0.4 fail; qa-large/v1 1.0 pass. Request id "no-such-request": matches nothing.
//
// Judged / accepted per request: q1 judged, accepted (all positive); q2 judged, not (eval failed); q3 not judged
// (a comment is no judgement); q4 accepted (4); q5 judged, not (thumb down beats the pass); q6 judged, not
// (rating 2; a score without verdict is no judgement); q7 accepted; q8 nothing; q9 accepted; q10 judged, not
// (3 is neutral).
//
// Group model x prompt_version (rows by requests desc, then keys):
//   qa-large/v1: requests 3, cost 0.08, per request 0.026666667 (80e6/3 rounded: 26,666,667 nano); evals 4
//     (q1 x2, q2, the unlinked one): mean (0.9+0.8+0.3+1.0)/4 = 0.75, pass 3/4 = 0.75; annotated 3; ratings 5, 3:
//     mean 4; judged 2, accepted 1, rate 0.5; cost per accepted (0.02+0.03)/1 = 0.05; tokens per accepted
//     (1500+2500)/1 = 4000.
//   qa-small/v2: requests 3, cost 0.007, per request 2,333,333 nano; evals 1 (unlinked): mean 0.4, pass 0;
//     annotated 2; ratings 4, 5, 3: mean 4; judged 2 (q7, q10), accepted 1, rate 0.5; per accepted
//     (0.003+0.002)/1 = 0.005.
//   qa-small/v1: requests 2, cost 0.007, per request 0.0035; evals 2: mean 0.6, pass 1/1 = 1; annotated 2;
//     rating 2: mean 2; judged 2, accepted 0, rate 0; per accepted undefined.
//   qa-free/v1: requests 1, unpriced: cost and per request undefined; annotated 1, no rating; judged 1,
//     accepted 1, rate 1; per accepted undefined (no judged request is priced).
//   qa-large/v2: requests 1, cost 0.01, per request 0.01; no evals; annotated 1, rating 4; judged 1, accepted 1,
//     rate 1; per accepted 0.01.
//   Total: requests 10, priced 9, cost 0.104, evals 7, judged 8, accepted 4.
// Weekly, no group-by: week of 10-05: q1..q9 + both unlinked evals: requests 9, judged 7, accepted 4; week of
//   10-12: q10: requests 1, judged 1, accepted 0.
#include "analytics/quality.h"
#include "export/qualitycsv.h"
#include "ingest/evalimport.h"
#include "ingest/requestlog.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <sstream>

using namespace burnrate;

namespace {

constexpr Epoch kFrom = 1791158400; // 2026-10-05 (a Monday)
constexpr Epoch kTo = kFrom + 14 * kSecondsPerDay; // through 2026-10-18
constexpr Nano kMilli = 1'000'000; // $0.001 in nano-USD

Axis axis(Dim d)
{
    return Axis { d, {} };
}

const QualityRow* find(const QualityResult& r, const std::vector<std::string>& keys)
{
    for (const auto& row : r.rows)
        if (row.keys == keys)
            return &row;
    return nullptr;
}

void loadFixture(test::TempDb& t)
{
    QVERIFY(test::overridePrices(*t.db, { { "qa-large", 10, 20 }, { "qa-small", 1, 2 } }));
    t.reloadPrices();
    RequestLogImporter imp(*t.db, t.prices);
    auto r = imp.importFile(test::testData("quality/requests.jsonl"));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
    QCOMPARE(r->inserted, qint64(11));
    auto e = importEvalFile(*t.db, test::testData("quality/evals.jsonl"));
    QVERIFY2(e.ok(), e.ok() ? "" : e.error().detail.c_str());
    QFile sql(QString::fromStdString(test::testData("quality/annotations.sql")));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    Statement st = t.db->prepare(sql.readAll().toStdString());
    QVERIFY2(st.valid(), st.prepareError().c_str());
    QVERIFY(st.exec());
    Statement n = t.db->prepare("SELECT count(*) FROM annotations");
    QVERIFY(n.step());
    QCOMPARE(n.int64(0), qint64(12));
}

} // namespace

class TestQuality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    void figuresByModelAndPromptVersion()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        QualityQuery q { kFrom, kTo, Granularity::None, { axis(Dim::Model), axis(Dim::PromptVersion) }, {} };
        auto r = qq.run(q);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->rows.size(), std::size_t(5));
        // Order: requests descending, then keys.
        QCOMPARE(r->rows[0].keys, (std::vector<std::string> { "qa-large", "v1" }));
        QCOMPARE(r->rows[1].keys, (std::vector<std::string> { "qa-small", "v2" }));
        QCOMPARE(r->rows[2].keys, (std::vector<std::string> { "qa-small", "v1" }));
        QCOMPARE(r->rows[3].keys, (std::vector<std::string> { "qa-free", "v1" }));
        QCOMPARE(r->rows[4].keys, (std::vector<std::string> { "qa-large", "v2" }));
        QCOMPARE(r->unattributedEvals, qint64(0));

        const QualityCounts& l1 = r->rows[0].counts;
        QCOMPARE(l1.requests, qint64(3));
        QCOMPARE(l1.cost, 80 * kMilli);
        QCOMPARE(*l1.costPerRequest(), Nano(26'666'667));
        QCOMPARE(l1.evalResults, qint64(4));
        QCOMPARE(*l1.evalScoreMean(), 0.75);
        QCOMPARE(*l1.evalPassRate(), 0.75);
        QCOMPARE(l1.annotated, qint64(3));
        QCOMPARE(*l1.humanRatingMean(), 4.0);
        QCOMPARE(l1.judged, qint64(2));
        QCOMPARE(l1.accepted, qint64(1));
        QCOMPARE(*l1.acceptanceRate(), 0.5);
        QCOMPARE(*l1.costPerAccepted(), 50 * kMilli);
        QCOMPARE(*l1.tokensPerAccepted(), qint64(4000));

        const QualityCounts& s2 = r->rows[1].counts;
        QCOMPARE(s2.requests, qint64(3));
        QCOMPARE(s2.cost, 7 * kMilli);
        QCOMPARE(*s2.costPerRequest(), Nano(2'333'333));
        QCOMPARE(s2.evalResults, qint64(1));
        QCOMPARE(*s2.evalScoreMean(), 0.4);
        QCOMPARE(*s2.evalPassRate(), 0.0);
        QCOMPARE(s2.annotated, qint64(2));
        QCOMPARE(s2.ratings, qint64(3));
        QCOMPARE(*s2.humanRatingMean(), 4.0);
        QCOMPARE(s2.judged, qint64(2));
        QCOMPARE(s2.accepted, qint64(1));
        QCOMPARE(*s2.costPerAccepted(), 5 * kMilli);

        const QualityCounts& s1 = r->rows[2].counts;
        QCOMPARE(*s1.costPerRequest(), Nano(3'500'000));
        QCOMPARE(s1.evalResults, qint64(2));
        QCOMPARE(*s1.evalScoreMean(), 0.6);
        QCOMPARE(*s1.evalPassRate(), 1.0);
        QCOMPARE(*s1.humanRatingMean(), 2.0);
        QCOMPARE(s1.judged, qint64(2));
        QCOMPARE(s1.accepted, qint64(0));
        QCOMPARE(*s1.acceptanceRate(), 0.0);
        QVERIFY(!s1.costPerAccepted());
        QVERIFY(!s1.tokensPerAccepted());

        const QualityCounts& free = r->rows[3].counts;
        QCOMPARE(free.requests, qint64(1));
        QCOMPARE(free.pricedRequests, qint64(0));
        QVERIFY(!free.costPerRequest());
        QVERIFY(!free.evalScoreMean());
        QVERIFY(!free.evalPassRate());
        QVERIFY(!free.humanRatingMean());
        QCOMPARE(free.judged, qint64(1));
        QCOMPARE(*free.acceptanceRate(), 1.0);
        QVERIFY(!free.costPerAccepted()); // unpriced is not free

        const QualityCounts& l2 = r->rows[4].counts;
        QCOMPARE(*l2.costPerRequest(), 10 * kMilli);
        QCOMPARE(l2.evalResults, qint64(0));
        QCOMPARE(*l2.humanRatingMean(), 4.0);
        QCOMPARE(*l2.acceptanceRate(), 1.0);
        QCOMPARE(*l2.costPerAccepted(), 10 * kMilli);

        QCOMPARE(r->total.requests, qint64(10));
        QCOMPARE(r->total.pricedRequests, qint64(9));
        QCOMPARE(r->total.cost, 104 * kMilli);
        QCOMPARE(r->total.evalResults, qint64(7));
        QCOMPARE(r->total.judged, qint64(8));
        QCOMPARE(r->total.accepted, qint64(4));
    }

    void weeklyTrend()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        auto r = qq.run(QualityQuery { kFrom, kTo, Granularity::Week, {}, {} });
        QVERIFY(r.ok());
        QCOMPARE(r->rows.size(), std::size_t(2));
        QCOMPARE(r->rows[0].bucket, kFrom);
        QCOMPARE(r->rows[0].counts.requests, qint64(9));
        QCOMPARE(r->rows[0].counts.evalResults, qint64(7));
        QCOMPARE(r->rows[0].counts.judged, qint64(7));
        QCOMPARE(r->rows[0].counts.accepted, qint64(4));
        QCOMPARE(r->rows[1].bucket, kFrom + 7 * kSecondsPerDay);
        QCOMPARE(r->rows[1].counts.requests, qint64(1));
        QCOMPARE(r->rows[1].counts.judged, qint64(1));
        QCOMPARE(r->rows[1].counts.accepted, qint64(0));
    }

    void filtersAndUnattributableEvals()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        // prompt_version = v2 by model: the unlinked qa-small/v2 eval follows the filter.
        auto v2 = qq.run(QualityQuery {
            kFrom, kTo, Granularity::None, { axis(Dim::Model) }, { Filter { axis(Dim::PromptVersion), { "v2" } } } });
        QVERIFY(v2.ok());
        QCOMPARE(v2->rows.size(), std::size_t(2));
        QCOMPARE(v2->rows[0].keys, std::vector<std::string> { "qa-small" });
        QCOMPARE(v2->rows[0].counts.requests, qint64(3));
        QCOMPARE(v2->rows[0].counts.evalResults, qint64(1));
        QCOMPARE(v2->rows[1].counts.requests, qint64(1));
        QCOMPARE(v2->rows[1].counts.evalResults, qint64(0));
        // By tenant the two unlinked evals have no place: counted apart, not in any row.
        auto byTenant = qq.run(QualityQuery { kFrom, kTo, Granularity::None, { axis(Dim::Tenant) }, {} });
        QVERIFY(byTenant.ok());
        QCOMPARE(byTenant->unattributedEvals, qint64(2));
        QCOMPARE(byTenant->total.evalResults, qint64(5));
        const QualityRow* acme = find(*byTenant, { "acme" });
        QVERIFY(acme);
        // q1 q2 q5 q6 q9 q10: judged all but none; accepted q1, q9.
        QCOMPARE(acme->counts.requests, qint64(6));
        QCOMPARE(acme->counts.judged, qint64(6));
        QCOMPARE(acme->counts.accepted, qint64(2));
        QVERIFY(find(*byTenant, { "=evil()" }));
        // A filter on an eval-less axis keeps the unlinked evals out too.
        auto scoped = qq.run(QualityQuery {
            kFrom, kTo, Granularity::None, { axis(Dim::Model) }, { Filter { axis(Dim::Tenant), { "globex" } } } });
        QVERIFY(scoped.ok());
        QCOMPARE(scoped->total.requests, qint64(3));
        QCOMPARE(scoped->total.evalResults, qint64(0));
        // An empty or inverted range answers nothing; a tag-value axis is refused.
        auto empty = qq.run(QualityQuery { kTo, kFrom, Granularity::None, { axis(Dim::Model) }, {} });
        QVERIFY(empty.ok());
        QVERIFY(empty->rows.empty());
        QVERIFY(!qq.run(QualityQuery { kFrom, kTo, Granularity::None, { axis(Dim::TagValue) }, {} }).ok());
    }

    // model_tier is derived from the models' prices: qa-large ($12.50 per 1M blended) and qa-small ($1.25) in
    // different tiers, qa-free "unpriced"; the unlinked evals follow their models into the tiers.
    void modelTierGroupsAndFilters()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        auto r = qq.run(QualityQuery { kFrom, kTo, Granularity::None, { axis(Dim::ModelTier) }, {} });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->rows.size(), std::size_t(3));
        QCOMPARE(r->rows[0].counts.requests, qint64(5)); // qa-small: q5-q8, q10
        QCOMPARE(r->rows[0].counts.evalResults, qint64(3));
        QCOMPARE(r->rows[1].counts.requests, qint64(4)); // qa-large: q1-q4
        QCOMPARE(r->rows[1].counts.evalResults, qint64(4));
        QVERIFY(r->rows[0].keys != r->rows[1].keys);
        QCOMPARE(r->rows[2].keys, std::vector<std::string> { "unpriced" });
        QCOMPARE(r->unattributedEvals, qint64(0));
        auto unpriced = qq.run(QualityQuery {
            kFrom, kTo, Granularity::None, { axis(Dim::Model) }, { Filter { axis(Dim::ModelTier), { "unpriced" } } } });
        QVERIFY(unpriced.ok());
        QCOMPARE(unpriced->rows.size(), std::size_t(1));
        QCOMPARE(unpriced->rows[0].keys, std::vector<std::string> { "qa-free" });
        auto s
            = qq.samples(QualityQuery { kFrom, kTo, Granularity::None, { axis(Dim::ModelTier) }, {} }, r->rows[1].keys);
        QVERIFY(s.ok());
        QCOMPARE(s->evalScores.size(), std::size_t(4));
        QCOMPARE(s->ratings.size(), std::size_t(3));
    }

    // The quick annotation tally (driven by the annotations) gives the same annotation figures as the full
    // quality query (driven by the requests), for every grouping, filter and granularity.
    void annotationTallyMatchesRun_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QStringList>("groupBy");
        QTest::addColumn<QString>("filterModel");
        QTest::newRow("total") << int(Granularity::None) << QStringList {} << QString();
        QTest::newRow("model x version") << int(Granularity::None) << QStringList { "model", "prompt_version" }
                                         << QString();
        QTest::newRow("daily") << int(Granularity::Day) << QStringList {} << QString();
        QTest::newRow("weekly by model") << int(Granularity::Week) << QStringList { "model" } << QString();
        QTest::newRow("tier") << int(Granularity::None) << QStringList { "model_tier" } << QString();
        QTest::newRow("filtered") << int(Granularity::Day) << QStringList { "prompt_id" } << QString("qa-small");
    }
    void annotationTallyMatchesRun()
    {
        QFETCH(int, granularity);
        QFETCH(QStringList, groupBy);
        QFETCH(QString, filterModel);
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQuery q { kFrom, kTo, Granularity(granularity), {}, {} };
        for (const QString& a : groupBy)
            q.groupBy.push_back(*Axis::fromName(a.toStdString()));
        if (!filterModel.isEmpty())
            q.filters.push_back(Filter { axis(Dim::Model), { filterModel.toStdString() } });
        QualityQueries qq(*t.db);
        auto full = qq.run(q);
        auto tally = qq.annotationTally(q);
        QVERIFY2(full.ok(), full.ok() ? "" : full.error().detail.c_str());
        QVERIFY2(tally.ok(), tally.ok() ? "" : tally.error().detail.c_str());
        std::size_t annotatedGroups = 0;
        for (const QualityRow& row : full->rows) {
            const QualityCounts& want = row.counts;
            const QualityRow* got = nullptr;
            for (const QualityRow& r : tally->rows)
                if (r.bucket == row.bucket && r.keys == row.keys)
                    got = &r;
            if (want.annotated == 0) {
                QVERIFY(!got);
                continue;
            }
            ++annotatedGroups;
            QVERIFY(got);
            QCOMPARE(got->counts.annotated, want.annotated);
            QCOMPARE(got->counts.ratings, want.ratings);
            QCOMPARE(got->counts.ratingSum, want.ratingSum);
            QCOMPARE(got->counts.thumbsUp, want.thumbsUp);
            QCOMPARE(got->counts.thumbsDown, want.thumbsDown);
            QCOMPARE(got->counts.requests, qint64(0));
        }
        QCOMPARE(tally->rows.size(), annotatedGroups);
        QCOMPARE(tally->total.annotated, full->total.annotated);
        if (filterModel.isEmpty()) {
            // 12 annotations on 10 requests (q2 and q7 have two), one of them outside the range.
            QCOMPARE(tally->total.annotated, qint64(9));
            QCOMPARE(tally->total.thumbsUp, qint64(3));
            QCOMPARE(tally->total.thumbsDown, qint64(1)); // q11 (thumb down) is the one outside
        }
    }

    void hourlyTally()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        auto tally = qq.annotationTally(QualityQuery { kFrom, kTo, Granularity::Hour, {}, {} });
        QVERIFY(tally.ok());
        qint64 sum = 0;
        for (const QualityRow& r : tally->rows) {
            QCOMPARE(r.bucket % 3600, qint64(0));
            QVERIFY(r.bucket >= kFrom && r.bucket < kTo);
            sum += r.counts.annotated;
        }
        QCOMPARE(sum, qint64(9));
        // An empty or inverted range has nothing.
        auto none = qq.annotationTally(QualityQuery { kTo, kFrom, Granularity::Day, {}, {} });
        QVERIFY(none.ok());
        QVERIFY(none->rows.empty());
    }

    void samplesOfOneGroup()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        QualityQuery q { kFrom, kTo, Granularity::None, { axis(Dim::Model), axis(Dim::PromptVersion) }, {} };
        auto s = qq.samples(q, { "qa-large", "v1" });
        QVERIFY(s.ok());
        auto scores = s->evalScores;
        std::sort(scores.begin(), scores.end());
        QCOMPARE(scores, (std::vector<double> { 0.3, 0.8, 0.9, 1.0 }));
        auto ratings = s->ratings;
        std::sort(ratings.begin(), ratings.end());
        QCOMPARE(ratings, (std::vector<double> { 3, 5 }));
        QVERIFY(!qq.samples(q, { "qa-large" }).ok());
    }

    void csvCells()
    {
        test::TempDb t;
        loadFixture(t);
        if (QTest::currentTestFailed())
            return;
        QualityQueries qq(*t.db);
        QualityQuery q { kFrom, kTo, Granularity::None, { axis(Dim::Model), axis(Dim::PromptVersion) }, {} };
        auto r = qq.run(q);
        QVERIFY(r.ok());
        std::ostringstream out;
        writeQualityCsv(out, q, *r);
        const std::string expected
            = "model,prompt_version,requests,cost_usd,cost_per_request_usd,eval_results,eval_score_mean,"
              "eval_pass_rate,annotated,human_rating_mean,judged,accepted,acceptance_rate,cost_per_accepted_usd\r\n"
              "qa-large,v1,3,0.080000,0.026667,4,0.75,0.75,3,4,2,1,0.5,0.050000\r\n"
              "qa-small,v2,3,0.007000,0.002333,1,0.4,0,2,4,2,1,0.5,0.005000\r\n"
              "qa-small,v1,2,0.007000,0.003500,2,0.6,1,2,2,2,0,0,\r\n"
              "qa-free,v1,1,,,0,,,1,,1,1,1,\r\n"
              "qa-large,v2,1,0.010000,0.010000,0,,,1,4,1,1,1,0.010000\r\n";
        QCOMPARE(out.str(), expected);
        // A hostile group value is neutralised; an empty key is still a cell.
        QualityQuery byTenant { kFrom, kTo, Granularity::Week, { axis(Dim::Tenant), axis(Dim::Team) }, {} };
        auto rt = qq.run(byTenant);
        QVERIFY(rt.ok());
        std::ostringstream tout;
        writeQualityCsv(tout, byTenant, *rt, 2);
        QVERIFY(tout.str().rfind("week,tenant,team,requests,", 0) == 0);
        QVERIFY(tout.str().find("\r\n2026-10-05,'=evil(),,1,0.00,0.00,0,,,0,,0,0,,\r\n") != std::string::npos);
    }

    void ratioText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("half") << 0.5 << "0.5";
        QTest::addRow("one") << 1.0 << "1";
        QTest::addRow("zero") << 0.0 << "0";
        QTest::addRow("two thirds") << 2.0 / 3 << "0.666667";
        QTest::addRow("tiny negative rounds to 0") << -1e-9 << "0";
        QTest::addRow("rating") << 4.25 << "4.25";
        QTest::addRow("not a number") << std::nan("") << "";
    }
    void ratioText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatRatio(value)), text);
    }

    // ---- intervals ----

    void wilson_data()
    {
        QTest::addColumn<qint64>("k");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe (1998), "Two-sided confidence intervals for the single proportion", example 81/263.
        QTest::addRow("81 of 263") << qint64(81) << qint64(263) << 0.2553 << 0.3662;
        QTest::addRow("none of 10") << qint64(0) << qint64(10) << 0.0 << 0.2775;
        QTest::addRow("all of 10") << qint64(10) << qint64(10) << 0.7225 << 1.0;
        QTest::addRow("1 of 1") << qint64(1) << qint64(1) << 0.2065 << 1.0;
        QTest::addRow("huge n") << qint64(500'000'000) << qint64(1'000'000'000) << 0.49997 << 0.50003;
    }
    void wilson()
    {
        QFETCH(qint64, k);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        auto w = wilsonInterval(k, n);
        QVERIFY(w);
        QVERIFY2(std::abs(w->low - low) < 5e-5, std::to_string(w->low).c_str());
        QVERIFY2(std::abs(w->high - high) < 5e-5, std::to_string(w->high).c_str());
        QVERIFY(w->low >= 0 && w->high <= 1);
    }
    void wilsonUndefined()
    {
        QVERIFY(!wilsonInterval(0, 0));
        QVERIFY(!wilsonInterval(3, 2));
        QVERIFY(!wilsonInterval(-1, 2));
    }

    void newcombe()
    {
        // Newcombe (1998), "Interval estimation for the difference between independent proportions", Table II,
        // 56/70 - 48/80, method 10: +0.0524 to +0.3339. Here the difference is the second minus the first.
        auto d = newcombeDifference(48, 80, 56, 70);
        QVERIFY(d);
        QVERIFY2(std::abs(d->low - 0.0524) < 5e-5, std::to_string(d->low).c_str());
        QVERIFY2(std::abs(d->high - 0.3339) < 5e-5, std::to_string(d->high).c_str());
        auto rev = newcombeDifference(56, 70, 48, 80);
        QVERIFY(std::abs(rev->low + 0.3339) < 5e-5 && std::abs(rev->high + 0.0524) < 5e-5);
        // Equal proportions: symmetric around 0.
        auto same = newcombeDifference(30, 60, 30, 60);
        QVERIFY(std::abs(same->low + same->high) < 1e-12 && same->low < 0);
        QVERIFY(!newcombeDifference(1, 0, 1, 2));
    }

    void bootstrap()
    {
        // Constant values: every resample has the same mean.
        auto c = bootstrapMeanInterval({ 4, 4, 4, 4 });
        QVERIFY(c && c->low == 4 && c->high == 4);
        // 1..100: mean 50.5, sd 29.01, se 2.90: the percentile interval is close to 50.5 +- 1.96 se (44.8..56.2).
        std::vector<double> v;
        for (int i = 1; i <= 100; ++i)
            v.push_back(i);
        auto a = bootstrapMeanInterval(v, 7, 2000);
        QVERIFY(a);
        QVERIFY2(std::abs(a->low - 44.8) < 1.0 && std::abs(a->high - 56.2) < 1.0,
            (std::to_string(a->low) + " " + std::to_string(a->high)).c_str());
        // Deterministic by seed; another seed moves it a little.
        auto again = bootstrapMeanInterval(v, 7, 2000);
        QCOMPARE(again->low, a->low);
        QCOMPARE(again->high, a->high);
        auto other = bootstrapMeanInterval(v, 8, 2000);
        QVERIFY(other->low != a->low || other->high != a->high);
        QVERIFY(std::abs(other->low - a->low) < 1.0);
        // The difference of a shifted copy: around +10, not containing 0.
        std::vector<double> shifted;
        for (double x : v)
            shifted.push_back(x + 10);
        auto d = bootstrapMeanDifference(v, shifted, 3);
        QVERIFY(d && d->contains(10) && !d->contains(0));
        QVERIFY(!bootstrapMeanInterval({}));
        QVERIFY(!bootstrapMeanDifference(v, {}));
        QVERIFY(!bootstrapMeanInterval(v, 1, 0));
    }

    // ---- Pareto frontier ----

    void pareto_data()
    {
        QTest::addColumn<QList<QPointF>>("points"); // (cost, quality)
        QTest::addColumn<QList<int>>("frontier");
        QTest::addRow("empty") << QList<QPointF> {} << QList<int> {};
        QTest::addRow("one") << QList<QPointF> { { 1, 0.5 } } << QList<int> { 0 };
        QTest::addRow("staircase") << QList<QPointF> { { 3, 0.9 }, { 1, 0.5 }, { 2, 0.7 }, { 2.5, 0.6 } }
                                   << QList<int> { 1, 2, 0 };
        QTest::addRow("dominated by a cheaper better point")
            << QList<QPointF> { { 1, 0.9 }, { 2, 0.8 }, { 3, 0.95 } } << QList<int> { 0, 2 };
        QTest::addRow("same cost: the better one only")
            << QList<QPointF> { { 1, 0.5 }, { 1, 0.7 }, { 2, 0.9 } } << QList<int> { 1, 2 };
        QTest::addRow("same quality: the cheaper one only")
            << QList<QPointF> { { 2, 0.8 }, { 1, 0.8 }, { 3, 0.9 } } << QList<int> { 1, 2 };
        QTest::addRow("duplicates both on it")
            << QList<QPointF> { { 1, 0.8 }, { 2, 0.9 }, { 1, 0.8 } } << QList<int> { 0, 2, 1 };
        QTest::addRow("duplicates dominated")
            << QList<QPointF> { { 2, 0.5 }, { 2, 0.5 }, { 1, 0.9 } } << QList<int> { 2 };
        QTest::addRow("NaN left out") << QList<QPointF> { { 1, std::nan("") }, { 2, 0.5 } } << QList<int> { 1 };
    }
    void pareto()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(QList<int>, frontier);
        std::vector<CostQualityPoint> pts;
        for (const QPointF& p : points)
            pts.push_back({ p.x(), p.y() });
        QList<int> got;
        for (std::size_t i : paretoFrontier(pts))
            got << static_cast<int>(i);
        QCOMPARE(got, frontier);
    }

    // ---- verdicts ----

    void verdict_data()
    {
        QTest::addColumn<qint64>("costA"); // nano-USD per request
        QTest::addColumn<qint64>("costB");
        QTest::addColumn<qint64>("judgedA");
        QTest::addColumn<qint64>("acceptedA");
        QTest::addColumn<qint64>("judgedB");
        QTest::addColumn<qint64>("acceptedB");
        QTest::addColumn<QString>("verdict");
        QTest::addRow("cheaper, within noise")
            << qint64(10'000) << qint64(5'900) << qint64(212) << qint64(191) << qint64(212) << qint64(187)
            << "B saves 41% per request; acceptance 90% vs 88%, difference within noise at n=212";
        QTest::addRow("cheaper, quality drops")
            << qint64(10'000) << qint64(5'000) << qint64(300) << qint64(270) << qint64(300) << qint64(210)
            << "B saves 50% per request; acceptance 90% vs 70%, quality drops significantly (-20 points, 95% CI -26 to "
               "-14) at n=300";
        QTest::addRow("dearer, quality rises")
            << qint64(10'000) << qint64(12'000) << qint64(200) << qint64(120) << qint64(250) << qint64(200)
            << "B costs 20% more per request; acceptance 60% vs 80%, quality rises significantly (+20 points, 95% CI "
               "+12 to +28) at n=200 and 250";
        QTest::addRow("not enough judged")
            << qint64(10'000) << qint64(10'000) << qint64(7) << qint64(6) << qint64(40) << qint64(30)
            << "B costs the same per request; not enough judged requests (n=7)";
    }
    void verdict()
    {
        QFETCH(qint64, costA);
        QFETCH(qint64, costB);
        QFETCH(qint64, judgedA);
        QFETCH(qint64, acceptedA);
        QFETCH(qint64, judgedB);
        QFETCH(qint64, acceptedB);
        QFETCH(QString, verdict);
        QualityCounts a, b;
        a.requests = a.pricedRequests = 1000;
        a.cost = costA * 1000;
        a.costSquares = double(costA) * double(costA) * 1000 * 1.1;
        b.requests = b.pricedRequests = 1000;
        b.cost = costB * 1000;
        b.costSquares = double(costB) * double(costB) * 1000 * 1.1;
        a.judged = judgedA;
        a.accepted = acceptedA;
        b.judged = judgedB;
        b.accepted = acceptedB;
        Comparison c = compareVariants(a, {}, b, {});
        QCOMPARE(QString::fromStdString(c.verdict), verdict);
        QVERIFY(c.costChange);
        QVERIFY(c.costChangeInterval && c.costChangeInterval->contains(*c.costChange));
        if (judgedA > 0) {
            QVERIFY(c.acceptanceDifference);
            QVERIFY(c.acceptanceDifference->contains(*c.acceptanceB - *c.acceptanceA));
        }
    }

    void verdictFallsBackToEvalPassRate()
    {
        QualityCounts a, b;
        a.requests = b.requests = a.pricedRequests = b.pricedRequests = 100;
        a.cost = 100 * kMilli;
        b.cost = 100 * kMilli;
        a.evalPassed = 80;
        a.evalFailed = 20;
        b.evalPassed = 40;
        b.evalFailed = 60;
        QualitySamples sa { { 0.9, 0.8, 0.7 }, {} }, sb { { 0.2, 0.3 }, { 4 } };
        Comparison c = compareVariants(a, sa, b, sb);
        QCOMPARE(QString::fromStdString(c.verdict),
            QStringLiteral("B costs the same per request; eval pass rate 80% vs 40%, quality drops significantly (-40 "
                           "points, 95% CI -51 to -27) at n=100"));
        QVERIFY(c.scoreMeanA && std::abs(*c.scoreMeanA - 0.8) < 1e-12);
        QVERIFY(c.scoreDifference && c.scoreDifference->high < 0);
        QVERIFY(!c.ratingMeanA && c.ratingMeanB == 4.0);
        QVERIFY(!c.ratingDifference);
        // No priced request on one side: the cost cannot be compared.
        QualityCounts unpriced = b;
        unpriced.pricedRequests = 0;
        unpriced.cost = 0;
        QVERIFY(QString::fromStdString(compareVariants(a, sa, unpriced, sb).verdict)
                    .startsWith(QStringLiteral("cost per request unknown")));
    }

    void countsOverflowIsAnError()
    {
        QualityCounts a, b;
        a.cost = std::numeric_limits<Nano>::max();
        b.cost = 1;
        a += b;
        QVERIFY(a.overflow);
        QualityCounts c;
        c.judgedCost = std::numeric_limits<Nano>::max() - 1;
        c.accepted = 1;
        c.judged = c.judgedPriced = 1;
        QCOMPARE(*c.costPerAccepted(), std::numeric_limits<Nano>::max() - 1);
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
