// Agreement between annotators (analytics/agreement.h) on cases with published answers: Cohen's kappa
// (the two-rater yes/no tables of the kappa literature), Krippendorff's alpha (his own worked example with
// missing data, in three metrics, and the example of the alpha literature at 0.691), the degenerate cases,
// and agreement per prompt version over stored annotations.
#include "analytics/agreement.h"
#include "store/annotationstore.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

using namespace burnrate;

namespace {

std::vector<std::pair<int, int>> table(int yy, int yn, int ny, int nn)
{
    std::vector<std::pair<int, int>> out;
    out.insert(out.end(), static_cast<std::size_t>(yy), { 1, 1 });
    out.insert(out.end(), static_cast<std::size_t>(yn), { 1, -1 });
    out.insert(out.end(), static_cast<std::size_t>(ny), { -1, 1 });
    out.insert(out.end(), static_cast<std::size_t>(nn), { -1, -1 });
    return out;
}

using Units = std::vector<std::vector<std::optional<int>>>;
constexpr std::optional<int> _ = std::nullopt;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers x 12 units,
// values 1-5, missing data. Observers are columns here (A, B, C, D), units rows.
Units krippendorffExample()
{
    return { { 1, 1, _, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 }, { 2, 2, 2, 2 }, { 1, 2, 3, 4 },
        { 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { _, 5, 5, 5 }, { _, _, 1, 1 }, { _, 3, _, _ } };
}

const Epoch kDay = 1790035200;

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void cohensKappaKnown_data()
    {
        QTest::addColumn<int>("yy");
        QTest::addColumn<int>("yn");
        QTest::addColumn<int>("ny");
        QTest::addColumn<int>("nn");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<double>("observed");
        // p_o = 0.70, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.50.
        QTest::addRow("textbook 20/5/10/15") << 20 << 5 << 10 << 15 << 0.4 << 0.7;
        // p_o = 0.60, p_e = 0.6 * 0.7 + 0.4 * 0.3 = 0.54: 0.06 / 0.46.
        QTest::addRow("textbook 45/15/25/15") << 45 << 15 << 25 << 15 << 0.06 / 0.46 << 0.6;
        // p_o = 0.60, p_e = 0.6 * 0.3 + 0.4 * 0.7 = 0.46: 0.14 / 0.54.
        QTest::addRow("textbook 25/35/5/35") << 25 << 35 << 5 << 35 << 0.14 / 0.54 << 0.6;
        QTest::addRow("perfect with variation") << 7 << 0 << 0 << 3 << 1.0 << 1.0;
        QTest::addRow("always opposite") << 0 << 5 << 5 << 0 << -1.0 << 0.0;
    }
    void cohensKappaKnown()
    {
        QFETCH(int, yy);
        QFETCH(int, yn);
        QFETCH(int, ny);
        QFETCH(int, nn);
        QFETCH(double, kappa);
        QFETCH(double, observed);
        KappaResult k = cohensKappa(table(yy, yn, ny, nn));
        QVERIFY(k.kappa);
        QVERIFY2(std::abs(*k.kappa - kappa) < 1e-9, qPrintable(QString::number(*k.kappa)));
        QVERIFY(std::abs(k.observed - observed) < 1e-12);
        QCOMPARE(k.items, qint64(yy + yn + ny + nn));
    }

    void cohensKappaUndefined()
    {
        // Everyone thumbs up everything: agreement is total, but so is chance agreement - 0/0, not 1.
        KappaResult all = cohensKappa(table(12, 0, 0, 0));
        QVERIFY(!all.kappa);
        QCOMPARE(all.observed, 1.0);
        QVERIFY(!cohensKappa(table(1, 0, 0, 0)).kappa);
        QVERIFY(!cohensKappa({}).kappa);
        QCOMPARE(cohensKappa({}).items, qint64(0));
    }

    void krippendorffWorkedExample_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("alpha");
        // Krippendorff (2011): nominal 0.743, ordinal 0.815, interval 0.849 (to 3 places).
        QTest::addRow("nominal") << int(AlphaMetric::Nominal) << 0.743;
        QTest::addRow("ordinal") << int(AlphaMetric::Ordinal) << 0.815;
        QTest::addRow("interval") << int(AlphaMetric::Interval) << 0.849;
    }
    void krippendorffWorkedExample()
    {
        QFETCH(int, metric);
        QFETCH(double, alpha);
        AlphaResult a = krippendorffAlpha(krippendorffExample(), static_cast<AlphaMetric>(metric));
        QVERIFY(a.alpha);
        QVERIFY2(std::abs(*a.alpha - alpha) < 0.0005, qPrintable(QString::number(*a.alpha, 'f', 5)));
        QCOMPARE(a.units, qint64(11)); // unit 12 has one value: not pairable
        QCOMPARE(a.values, qint64(40));
    }

    void krippendorffThreeCodersExample()
    {
        // The 3-coder, 15-unit example of the alpha literature (nominal alpha 0.691).
        Units u = { { _, 1, _ }, { _, _, _ }, { _, 2, 2 }, { _, 1, 1 }, { _, 3, 3 }, { 3, 3, 4 }, { 4, 4, 4 },
            { 1, 3, _ }, { 2, _, 2 }, { 1, _, 1 }, { 1, _, 1 }, { 3, _, 3 }, { 3, _, 3 }, { _, _, _ }, { 3, _, 4 } };
        AlphaResult a = krippendorffAlpha(u, AlphaMetric::Nominal);
        QVERIFY(a.alpha);
        QVERIFY2(std::abs(*a.alpha - 0.691) < 0.0005, qPrintable(QString::number(*a.alpha, 'f', 5)));
    }

    void krippendorffDegenerate()
    {
        // All agree with variation: 1.
        AlphaResult same = krippendorffAlpha({ { 1, 1 }, { 3, 3, 3 }, { 5, _, 5 } }, AlphaMetric::Ordinal);
        QVERIFY(same.alpha);
        QCOMPARE(*same.alpha, 1.0);
        // One value throughout: undefined.
        QVERIFY(!krippendorffAlpha({ { 4, 4 }, { 4, 4, 4 } }, AlphaMetric::Interval).alpha);
        // One annotator (no unit with two values): nothing pairable.
        AlphaResult one = krippendorffAlpha({ { 1, _ }, { 5, _ }, { 3, _ } }, AlphaMetric::Ordinal);
        QVERIFY(!one.alpha);
        QCOMPARE(one.units, qint64(0));
        QVERIFY(!krippendorffAlpha({}, AlphaMetric::Nominal).alpha);
        // Systematic disagreement goes below 0.
        AlphaResult opposite = krippendorffAlpha({ { 1, 5 }, { 5, 1 }, { 1, 5 } }, AlphaMetric::Interval);
        QVERIFY(opposite.alpha && *opposite.alpha < 0);
    }

    void meanPairwise()
    {
        using Item = std::vector<std::pair<std::string, int>>;
        // Two annotators: plain Cohen's (20/5/10/15 -> 0.4).
        std::vector<Item> two;
        for (const auto& [x, y] : table(20, 5, 10, 15))
            two.push_back({ { "a", x }, { "b", y } });
        MultiKappa m2 = meanPairwiseKappa(two);
        QVERIFY(m2.kappa && std::abs(*m2.kappa - 0.4) < 1e-9);
        QCOMPARE(m2.pairs, 1);
        QCOMPARE(m2.annotators, 2);
        QCOMPARE(m2.items, qint64(50));
        // Three: a and b agree perfectly (kappa 1), c is always opposite to both (-1, -1): mean -1/3.
        std::vector<Item> three;
        for (int i = 0; i < 6; ++i) {
            int t = i % 2 ? 1 : -1;
            three.push_back({ { "c", -t }, { "a", t }, { "b", t } });
        }
        three.push_back({ { "a", 1 } }); // one thumb alone: not an item
        MultiKappa m3 = meanPairwiseKappa(three);
        QVERIFY(m3.kappa && std::abs(*m3.kappa - (-1.0 / 3)) < 1e-9);
        QCOMPARE(m3.pairs, 3);
        QCOMPARE(m3.items, qint64(6));
        QVERIFY(m3.observed && std::abs(*m3.observed - 1.0 / 3) < 1e-12);
        // Nobody overlaps: nothing computed.
        MultiKappa none = meanPairwiseKappa({ { { "a", 1 } }, { { "b", -1 } } });
        QVERIFY(!none.kappa && !none.observed);
        QCOMPARE(none.items, qint64(0));
    }

    void perPromptVersion()
    {
        test::TempDb t;
        auto src = t.db->ensureSource("logs", "file");
        {
            UsageWriter w(*t.db, t.prices, *src);
            for (int i = 0; i < 40; ++i) {
                UsageEvent e;
                e.id = "r" + std::to_string(i);
                e.ts = kDay + i * 600;
                e.dims.provider = "openai";
                e.dims.model = i % 4 ? "gpt-4o" : "gpt-4o-mini";
                e.dims.promptId = "faq";
                e.dims.promptVersion = i < 20 ? "v2" : "v3";
                e.tokens.input = 10;
                e.tokens.output = 1;
                QVERIFY(w.add(e).ok());
            }
            QVERIFY(w.commit().ok());
        }
        auto annotate = [&](int i, const char* who, std::optional<int> rating, std::optional<Thumb> thumb) {
            Annotation a;
            a.eventId = *findRequest(*t.db, "r" + std::to_string(i));
            a.author = who;
            a.ts = kDay + 86400;
            a.rating = rating;
            a.thumb = thumb;
            QVERIFY(saveAnnotation(*t.db, a).ok());
        };
        // v2: maria and dev agree on everything (ratings 1..5 and thumbs both ways); r0 has maria alone.
        for (int i = 0; i < 10; ++i) {
            int rating = 1 + i % 5;
            Thumb th = rating >= 3 ? Thumb::Up : Thumb::Down;
            annotate(i, "maria.k", rating, th);
            if (i > 0)
                annotate(i, "dev.r", rating, th);
        }
        // v3: one annotator only.
        for (int i = 20; i < 25; ++i)
            annotate(i, "sam.o", 4, Thumb::Up);
        auto rows = agreementBy(*t.db, kDay, kDay + 86400);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(2));
        const AgreementRow& v2 = (*rows)[0];
        QCOMPARE(v2.group, std::string("v2"));
        QCOMPARE(v2.annotated, qint64(10));
        QCOMPARE(v2.items, qint64(9));
        QCOMPARE(v2.annotators, 2);
        QVERIFY(v2.thumbs.kappa && *v2.thumbs.kappa == 1.0);
        QVERIFY(v2.ratings.alpha && *v2.ratings.alpha == 1.0);
        QCOMPARE(v2.ratings.units, qint64(9));
        const AgreementRow& v3 = (*rows)[1];
        QCOMPARE(v3.group, std::string("v3"));
        QCOMPARE(v3.items, qint64(0));
        QVERIFY(!v3.thumbs.kappa && !v3.ratings.alpha); // one annotator: not computed
        // A scope: only gpt-4o-mini (every 4th request).
        Filter mini { Axis { Dim::Model, {} }, { "gpt-4o-mini" } };
        auto scoped = *agreementBy(*t.db, kDay, kDay + 86400, { mini });
        QCOMPARE(scoped.size(), std::size_t(2));
        QCOMPARE(scoped[0].annotated, qint64(3)); // r0, r4, r8
        QCOMPARE(scoped[0].items, qint64(2));
        // Another grouping; a tag scope is refused; an empty range is empty.
        auto byModel = *agreementBy(*t.db, kDay, kDay + 86400, {}, Dim::Model);
        QCOMPARE(byModel.size(), std::size_t(2));
        QVERIFY(!agreementBy(*t.db, kDay, kDay + 86400, { Filter { Axis::tag("team"), { "x" } } }));
        QVERIFY(agreementBy(*t.db, kDay + 86400, kDay)->empty());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
