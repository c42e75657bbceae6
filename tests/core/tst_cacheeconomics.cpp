// What prompt caching saved and cost per provider (analytics/cacheeconomics.h), on a hand-made dataset: a
// Cloud Billing export with Gemini cache reads and context-cache storage (tests/data/gcp/cache-economics.csv)
// polled by a gcp-billing source, beside an Anthropic usage bucket with cache reads and writes. Every figure is
// computed by hand from the catalog's prices; the net saving must be exact to the nano-dollar.
#include "analytics/cacheeconomics.h"
#include "store/database.h"
#include "support/cachefixture.h"
#include "support/testsupport.h"

#include <QTest>

using namespace burnrate;

namespace {

constexpr Epoch kNov20 = test::kCacheFixtureDay; // 2026-11-20 00:00 UTC

} // namespace

class TestCacheEconomics : public QObject
{
    Q_OBJECT

    test::TempDb m_t;

private slots:
    void initTestCase()
    {
        QCOMPARE(formatTimestamp(kNov20), std::string("2026-11-20T00:00:00Z"));
        const std::string failed = test::seedCacheEconomics(*m_t.db, m_t.prices);
        QVERIFY2(failed.empty(), failed.c_str());
    }

    void netSavingIsExact_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("filter"); // "dim=value" or ""
        // provider:cached:read savings:write overhead:storage:net per row (by net saving), then the total
        QTest::addColumn<QString>("rows");
        QTest::addColumn<bool>("storageLeftOut");
        // Anthropic: 800,000 x ($3.00 - $0.30) / 1M = $2.16 saved; 100,000 x ($3.75 - $3.00) / 1M = $0.075 of
        // write overhead. Google: Flash 2,000,000 x ($0.30 - $0.03) / 1M = $0.54 and Pro 1,000,000 x ($1.25 -
        // $0.125) / 1M = $1.125 saved; storage $0.25 + $0.40 (its $0.10 credit is not counted) + $0.05 = $0.70.
        const qint64 from = kNov20, to = kNov20 + 2 * 86400;
        QTest::newRow("all") << from << to << QString()
                             << QStringLiteral("anthropic:800000:2160000000:75000000:0:2085000000;"
                                               "google:3000000:1665000000:0:700000000:965000000;"
                                               ":3800000:3825000000:75000000:700000000:3050000000")
                             << false;
        QTest::newRow("first day") << from << from + 86400 << QString()
                                   << QStringLiteral("anthropic:800000:2160000000:75000000:0:2085000000;"
                                                     "google:3000000:1665000000:0:650000000:1015000000;"
                                                     ":3800000:3825000000:75000000:650000000:3100000000")
                                   << false;
        QTest::newRow("one project") << from << to << QStringLiteral("project=acme-prod")
                                     << QStringLiteral("google:3000000:1665000000:0:650000000:1015000000;"
                                                       ":3000000:1665000000:0:650000000:1015000000")
                                     << false;
        // The model of a storage line comes from its SKU: Flash's reads and Flash's storage only.
        QTest::newRow("one model") << from << to << QStringLiteral("model=gemini-2.5-flash")
                                   << QStringLiteral("google:2000000:540000000:0:300000000:240000000;"
                                                     ":2000000:540000000:0:300000000:240000000")
                                   << false;
        QTest::newRow("one provider") << from << to << QStringLiteral("provider=anthropic")
                                      << QStringLiteral("anthropic:800000:2160000000:75000000:0:2085000000;"
                                                        ":800000:2160000000:75000000:0:2085000000")
                                      << false;
        // Storage lines have no user: left out (and said so) rather than counted for the wrong scope.
        QTest::newRow("a scope cost lines lack") << from << to << QStringLiteral("user=")
                                                 << QStringLiteral("anthropic:800000:2160000000:75000000:0:2085000000;"
                                                                   "google:3000000:1665000000:0:0:1665000000;"
                                                                   ":3800000:3825000000:75000000:0:3750000000")
                                                 << true;
        QTest::newRow("nothing in range") << from - 86400 << from << QString() << QStringLiteral(":0:0:0:0:0") << false;
    }
    void netSavingIsExact()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, filter);
        QFETCH(QString, rows);
        QFETCH(bool, storageLeftOut);
        std::vector<Filter> filters;
        if (!filter.isEmpty()) {
            const QStringList kv = filter.split(QLatin1Char('='));
            auto axis = Axis::fromName(kv[0].toStdString());
            QVERIFY(axis);
            filters.push_back({ *axis, { kv[1].toStdString() } });
        }
        auto e = cacheEconomics(*m_t.db, from, to, filters);
        QVERIFY2(e.ok(), e.ok() ? "" : e.error().detail.c_str());
        QStringList got;
        auto row = [](const ProviderCacheRow& r) {
            return QStringLiteral("%1:%2:%3:%4:%5:%6")
                .arg(QString::fromStdString(r.provider))
                .arg(r.cached)
                .arg(r.readSavings)
                .arg(r.writeOverhead)
                .arg(r.storageCost)
                .arg(r.net);
        };
        for (const ProviderCacheRow& r : e->rows)
            got << row(r);
        got << row(e->total);
        QCOMPARE(got.join(QLatin1Char(';')), rows);
        QCOMPARE(e->storageLeftOut.has_value(), storageLeftOut);
    }

    // A scope the billing lens does not carry is refused, as every billing query refuses it.
    void refusesWhatTheBillingLensLacks()
    {
        auto e = cacheEconomics(*m_t.db, kNov20, kNov20 + 86400, { Filter { *Axis::fromName("prompt"), { "p" } } });
        QVERIFY(!e.ok());
        QVERIFY2(e.error().detail.find("billing") != std::string::npos, e.error().detail.c_str());
    }
};

QTEST_MAIN(TestCacheEconomics)
#include "tst_cacheeconomics.moc"
