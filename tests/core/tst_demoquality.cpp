// The demo's quality data (demo/demodata.h): per-request eval results and three analysts' annotations on
// requests with text, deterministic by seed, with pass rates that differ by model size and prompt version and
// enough overlap between analysts to compute agreement.
#include "analytics/agreement.h"
#include "demo/demodata.h"
#include "model/validate.h"
#include "store/annotationstore.h"
#include "support/testsupport.h"

#include <QTest>

#include <map>

using namespace burnrate;

namespace {

std::int64_t scalar(Database& db, const std::string& sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? s.int64(0) : -1;
}

std::string digest(Database& db)
{
    Statement s = db.prepare("SELECT e.ext_id, a.author, a.ts, coalesce(a.rating, 0), coalesce(a.thumb, 0), a.labels, "
                             "a.comment FROM annotations a JOIN events e ON e.id = a.event_id ORDER BY 1, 2");
    std::string out;
    while (s.step())
        for (int c = 0; c < 7; ++c)
            out += s.text(c) + "|";
    return out;
}

DemoOptions options(std::uint64_t seed)
{
    DemoOptions o;
    o.events = 60000;
    o.days = 60;
    o.seed = seed;
    o.end = parseDate("2026-06-30").value();
    return o;
}

} // namespace

class TestDemoQuality : public QObject
{
    Q_OBJECT

private:
    test::TempDb m_a;

private slots:
    void initTestCase()
    {
        QVERIFY(generateDemo(*m_a.db, m_a.prices, options(42)).ok());
    }

    void evalsAttachToRequestsWithText()
    {
        Database& db = *m_a.db;
        std::int64_t perRequest = scalar(db, "SELECT count(*) FROM eval_results WHERE event_ext_id <> ''");
        QVERIFY2(perRequest > 400, qPrintable(QString::number(perRequest)));
        // Every per-request result names a stored request that carries text, with its model and prompt.
        QCOMPARE(scalar(db,
                     "SELECT count(*) FROM eval_results r WHERE r.event_ext_id <> '' AND NOT EXISTS (SELECT 1 FROM "
                     "events e JOIN event_text t ON t.event_id = e.id WHERE e.ext_id = r.event_ext_id AND "
                     "e.model = r.model AND e.prompt_id = r.prompt_id AND e.prompt_version = r.prompt_version)"),
            qint64(0));
    }

    void passRatesDifferBelievably()
    {
        Database& db = *m_a.db;
        Statement s = db.prepare(
            "SELECT CASE WHEN m.value LIKE '%-mini%' OR m.value LIKE '%haiku%' OR m.value LIKE '%flash%' OR "
            "m.value LIKE '%small%' OR m.value LIKE '%ft-gpt35%' THEN 'small' ELSE 'large' END, v.value, avg(r.passed) "
            "FROM eval_results r "
            "JOIN dims m ON m.id = r.model JOIN dims v ON v.id = r.prompt_version WHERE r.event_ext_id <> '' "
            "GROUP BY 1, 2");
        std::map<std::string, double> rates;
        while (s.step())
            rates[s.text(0) + "/" + s.text(1)] = s.real(2);
        auto rate = [&](const std::string& size, const std::string& v) {
            return rates[size + "/" + v];
        };
        for (const char* size : { "small", "large" }) {
            QVERIFY(rate(size, "v3") > rate(size, "v2"));
            QVERIFY(rate(size, "v2") > rate(size, "v1"));
        }
        // Smaller models pass less often, over all versions.
        Statement pooled = db.prepare(
            "SELECT CASE WHEN m.value LIKE '%-mini%' OR m.value LIKE '%haiku%' OR m.value LIKE '%flash%' OR "
            "m.value LIKE '%small%' OR m.value LIKE '%ft-gpt35%' THEN 'small' ELSE 'large' END, avg(r.passed) "
            "FROM eval_results r JOIN dims m ON m.id = r.model WHERE r.event_ext_id <> '' GROUP BY 1 ORDER BY 1");
        std::vector<double> bySize;
        while (pooled.step())
            bySize.push_back(pooled.real(1));
        QCOMPARE(bySize.size(), std::size_t(2));
        QVERIFY2(bySize[0] > bySize[1] + 0.06, qPrintable(QString::number(bySize[0] - bySize[1]))); // large, small
    }

    void threeAnalystsOverlap()
    {
        Database& db = *m_a.db;
        QCOMPARE(scalar(db, "SELECT count(DISTINCT author) FROM annotations"), qint64(3));
        std::int64_t annotated = scalar(db, "SELECT count(DISTINCT event_id) FROM annotations");
        QVERIFY2(annotated >= 300, qPrintable(QString::number(annotated)));
        // Only requests with text are annotated, with labels from the taxonomy.
        QCOMPARE(scalar(db,
                     "SELECT count(*) FROM annotations a WHERE NOT EXISTS (SELECT 1 FROM event_text t WHERE "
                     "t.event_id = a.event_id)"),
            qint64(0));
        QCOMPARE(scalar(db,
                     "SELECT count(*) FROM annotations a, json_each(a.labels) l WHERE l.value NOT IN (SELECT name "
                     "FROM annotation_labels)"),
            qint64(0));
        // Agreement is computable and positive but not perfect, in every prompt version.
        auto rows = agreementBy(db, 0, limits::kMaxTimestamp);
        QVERIFY(rows.ok());
        int computed = 0;
        for (const auto& r : *rows) {
            if (r.items < 10)
                continue;
            ++computed;
            QVERIFY(r.thumbs.kappa && *r.thumbs.kappa > 0.3 && *r.thumbs.kappa < 0.98);
            QVERIFY(r.ratings.alpha && *r.ratings.alpha > 0.3 && *r.ratings.alpha < 0.98);
        }
        QVERIFY(computed >= 2);
        // Ratings go with the eval outcome.
        Statement s = db.prepare("SELECT r.passed, avg(a.rating) FROM annotations a JOIN events e ON e.id = a.event_id "
                                 "JOIN eval_results r ON r.event_ext_id = e.ext_id GROUP BY 1 ORDER BY 1");
        std::vector<double> mean;
        while (s.step())
            mean.push_back(s.real(1));
        QCOMPARE(mean.size(), std::size_t(2));
        QVERIFY(mean[1] > mean[0] + 1.0);
    }

    void deterministicBySeed()
    {
        test::TempDb b, c;
        QVERIFY(generateDemo(*b.db, b.prices, options(42)).ok());
        QVERIFY(generateDemo(*c.db, c.prices, options(43)).ok());
        QCOMPARE(digest(*b.db), digest(*m_a.db));
        QVERIFY(digest(*c.db) != digest(*m_a.db));
    }
};

QTEST_GUILESS_MAIN(TestDemoQuality)
#include "tst_demoquality.moc"
