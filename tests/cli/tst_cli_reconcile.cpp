// `reconcile` and the Reconciliation section of `report`, run as the real binary.
#include "store/database.h"
#include "store/pricestore.h"
#include "store/usagewriter.h"
#include "support/clirun.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace burnrate;
using burnrate::test::Run;
using burnrate::test::runCli;

namespace {

const Epoch kDay0 = 1788220800; // 2026-09-01 00:00 UTC

// "12.345678" -> 12345678000 nano-units, exactly (no floating point).
qint64 nanoOf(const QString& decimal)
{
    const bool negative = decimal.startsWith(QLatin1Char('-'));
    const QStringList parts = (negative ? decimal.mid(1) : decimal).split(QLatin1Char('.'));
    qint64 v = parts[0].toLongLong() * 1'000'000'000
        + (parts.size() > 1 ? parts[1].leftJustified(9, QLatin1Char('0')).toLongLong() : 0);
    return negative ? -v : v;
}

// CRLF records of plain fields (the rows compared here hold no quoted cells).
QList<QStringList> records(const QString& csv)
{
    QList<QStringList> out;
    for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        out << line.split(QLatin1Char(','));
    return out;
}

const QString kHeader = QStringLiteral("day,provider,model,billed_usd,attributed_usd,unattributed_usd,coverage_pct,"
                                       "computed_usd,reported_usd,reported_diff_usd");

} // namespace

class TestCliReconcile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_known, m_demo;

    // Known facts at round override prices (USD per 1M tokens: rec-a $1 in, rec-b $3 in, rec-c $1 in).
    static bool writeKnown(const std::string& path)
    {
        auto db = Database::open(path);
        if (!db)
            return false;
        std::vector<Price> prices;
        for (auto [provider, model, in] : { std::tuple { "openai", "rec-a", 1 }, std::tuple { "anthropic", "rec-b", 3 },
                 std::tuple { "azure", "rec-c", 1 } }) {
            Price p;
            p.provider = provider;
            p.model = model;
            p.origin = PriceOrigin::Override;
            p.base.input = Nano(in) * kNanoPerUsd;
            p.base.output = Nano(in) * kNanoPerUsd;
            prices.push_back(p);
        }
        if (!savePrices(**db, prices))
            return false;
        auto book = loadPriceBook(**db);
        auto proxy = (*db)->ensureSource("proxy", "file");
        auto bill = (*db)->ensureSource("bill", "openai");
        if (!book || !proxy || !bill)
            return false;
        {
            UsageWriter w(**db, *book, *proxy);
            int n = 0;
            auto event
                = [&](const char* provider, const char* model, std::int64_t input, std::optional<Nano> reported) {
                      UsageEvent e;
                      e.id = "r" + std::to_string(n++);
                      e.ts = kDay0 + 3600 + n;
                      e.dims.provider = provider;
                      e.dims.model = model;
                      e.tokens.input = input;
                      e.reportedCost = reported;
                      return w.add(e).ok();
                  };
            if (!event("openai", "rec-a", 1'000'000, 1'050'000'000) || !event("openai", "rec-a", 1'500'000, {})
                || !event("azure", "rec-c", 1'000'000, {}) || !event("azure", "@evil", 1'000, {}) || !w.commit())
                return false;
        }
        UsageWriter w(**db, *book, *bill);
        UsageBucket a;
        a.start = kDay0;
        a.dims.provider = "openai";
        a.dims.model = "rec-a";
        a.requests = 3;
        a.tokens.input = 4'000'000;
        UsageBucket b = a;
        b.start = kDay0 + kSecondsPerDay;
        b.dims.provider = "anthropic";
        b.dims.model = "rec-b";
        b.tokens.input = 1'000'000;
        return w.add(a).ok() && w.add(b).ok() && w.commit().ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_known = m_dir.filePath(QStringLiteral("known.db"));
        QVERIFY(writeKnown(m_known.toStdString()));
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        Run r = runCli({ QStringLiteral("--db"), m_demo, QStringLiteral("demo"), QStringLiteral("--days"),
            QStringLiteral("20"), QStringLiteral("--events"), QStringLiteral("4000"), QStringLiteral("--seed"),
            QStringLiteral("7"), QStringLiteral("--end"), QStringLiteral("2026-10-20") });
        QCOMPARE(r.code, 0);
    }

    void helpListsReconcile()
    {
        Run h = runCli({ QStringLiteral("--help") });
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QStringLiteral("reconcile --from DATE --to DATE")));
    }

    // Hand-worked: openai billed $4, attributed $1 + $1.50 (the $1 request reported $1.05); anthropic billed
    // $3, nothing attributed; azure attributed with no billing to compare (one model unpriced, one named
    // like a formula).
    void knownDatabaseExactCsv_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::addRow("default 6 places") << QStringList {}
                                          << kHeader
                + QStringLiteral("\r\n"
                                 "2026-09-01,azure,'@evil,,0.000000,,,,,\r\n"
                                 "2026-09-01,azure,rec-c,,1.000000,,,,,\r\n"
                                 "2026-09-01,openai,rec-a,4.000000,2.500000,"
                                 "1.500000,62.50,1.000000,1.050000,0.050000\r\n"
                                 "2026-09-02,anthropic,rec-b,3.000000,0.000000,"
                                 "3.000000,0.00,,,\r\n");
        QTest::addRow("--decimals 2") << QStringList { QStringLiteral("--decimals"), QStringLiteral("2") }
                                      << kHeader
                + QStringLiteral("\r\n"
                                 "2026-09-01,azure,'@evil,,0.00,,,,,\r\n"
                                 "2026-09-01,azure,rec-c,,1.00,,,,,\r\n"
                                 "2026-09-01,openai,rec-a,4.00,2.50,1.50,62.50,1.00,"
                                 "1.05,0.05\r\n"
                                 "2026-09-02,anthropic,rec-b,3.00,0.00,3.00,0.00,,,\r\n");
        QTest::addRow("a range with nothing in it") << QStringList { QStringLiteral("--from"),
            QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-01-31") }
                                                    << kHeader + QStringLiteral("\r\n");
    }
    void knownDatabaseExactCsv()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QStringList args { QStringLiteral("--db"), m_known, QStringLiteral("reconcile") };
        if (!options.contains(QStringLiteral("--from")))
            args << QStringLiteral("--from") << QStringLiteral("2026-09-01") << QStringLiteral("--to")
                 << QStringLiteral("2026-09-07");
        Run r = runCli(args + options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, expected);
    }

    void writesTheFileWithOutput()
    {
        const QString path = m_dir.filePath(QStringLiteral("rec.csv"));
        Run r = runCli({ QStringLiteral("--db"), m_known, QStringLiteral("reconcile"), QStringLiteral("--from"),
            QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-07"), QStringLiteral("-o"),
            path });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("wrote 4 rows to")), qPrintable(r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(kHeader + QStringLiteral("\r\n")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 5);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void reportHasAReconciliationSection()
    {
        Run r = runCli({ QStringLiteral("--db"), m_known, QStringLiteral("report"), QStringLiteral("--from"),
            QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-07") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString& o = r.out;
        QVERIFY2(o.contains(QStringLiteral("Reconciliation (billing vs attribution")), qPrintable(o));
        // Covered provider-days: billed $4 + $3, attributed $2.50 (azure has no billing to compare).
        QVERIFY2(o.contains(QStringLiteral("35.7% of billed spend attributed ($2.50 of $7.00)")), qPrintable(o));
        QVERIFY(o.contains(QStringLiteral("Unattributed              $4.50")));
        QVERIFY2(o.contains(QStringLiteral("No billing to compare     $1.00 attributed (azure; 1 requests without a "
                                           "price, cost unknown)")),
            qPrintable(o));
        QVERIFY2(o.contains(QStringLiteral("$1.00 computed, $1.05 reported by the sources for 1 requests (+5.00%)")),
            qPrintable(o));
        QVERIFY(o.contains(QStringLiteral("no invoiced cost lines in the range")));
        // The largest gaps, largest first.
        const qsizetype gaps = o.indexOf(QStringLiteral("Largest gaps"));
        QVERIFY(gaps > 0);
        const qsizetype anthropic = o.indexOf(QStringLiteral("anthropic"), gaps);
        const qsizetype openai = o.indexOf(QStringLiteral("openai"), gaps);
        QVERIFY(anthropic > 0 && openai > anthropic);
        QVERIFY(o.mid(anthropic).section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("$3.00")));
    }

    void reportWithoutBillingSaysCoverageIsUndefined()
    {
        const QString path = m_dir.filePath(QStringLiteral("attr-only.db"));
        {
            auto db = Database::open(path.toStdString());
            QVERIFY(db.ok());
            auto book = loadPriceBook(**db);
            auto src = (*db)->ensureSource("proxy", "file");
            QVERIFY(book.ok() && src.ok());
            UsageWriter w(**db, *book, *src);
            UsageEvent e;
            e.id = "x";
            e.ts = kDay0 + 60;
            e.dims.provider = "openai";
            e.dims.model = "gpt-4o";
            e.tokens.input = 1000;
            QVERIFY(w.add(e).ok());
            QVERIFY(w.commit().ok());
        }
        Run r = runCli({ QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("--from"),
            QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-07") });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("Coverage                  undefined: no billing data")), qPrintable(r.out));
        Run c = runCli({ QStringLiteral("--db"), path, QStringLiteral("reconcile"), QStringLiteral("--from"),
            QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-07") });
        QCOMPARE(c.code, 0);
        const auto rows = records(c.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].value(3), QString()); // billed_usd
        QCOMPARE(rows[1].value(6), QString()); // coverage_pct
    }

    // On the demo: every billed and attributed amount is the finance export's cost of the same day, provider
    // and model in that lens, to the nano-dollar; each row adds up; rows without billing name a provider-day
    // the billing export does not hold.
    void demoAgreesWithTheFinanceExport()
    {
        const QStringList range { QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
            QStringLiteral("2026-10-20"), QStringLiteral("--decimals"), QStringLiteral("9") };
        Run rec = runCli(QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("reconcile") } + range);
        QVERIFY2(rec.code == 0, qPrintable(rec.err));
        QMap<QString, QString> cost[2]; // billing, attribution: "day,provider,model" -> cost_usd
        QSet<QString> billedDays; // "day,provider"
        for (int lens = 0; lens < 2; ++lens) {
            Run ex = runCli(
                QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("export"), QStringLiteral("--group-by"),
                    QStringLiteral("day,provider,model"), QStringLiteral("--lens"),
                    lens == 0 ? QStringLiteral("billing") : QStringLiteral("attribution") }
                + range);
            QVERIFY2(ex.code == 0, qPrintable(ex.err));
            const auto rows = records(ex.out);
            QCOMPARE(rows.value(0).value(8), QStringLiteral("cost_usd"));
            for (qsizetype i = 1; i < rows.size(); ++i) {
                cost[lens][rows[i].mid(0, 3).join(QLatin1Char(','))] = rows[i][8];
                if (lens == 0)
                    billedDays.insert(rows[i].mid(0, 2).join(QLatin1Char(',')));
            }
        }
        const auto rows = records(rec.out);
        QCOMPARE(rows.value(0).join(QLatin1Char(',')), kHeader);
        QVERIFY(rows.size() > 20);
        int withBilling = 0, without = 0, reported = 0;
        qint64 billed = 0, attributed = 0;
        QString previous;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows[i];
            QCOMPARE(row.size(), 10);
            const QString key = row.mid(0, 3).join(QLatin1Char(','));
            QVERIFY2(previous < key, qPrintable(key)); // by day, provider, model; each once
            previous = key;
            QCOMPARE(nanoOf(row[4]), nanoOf(cost[1].value(key, QStringLiteral("0"))));
            const bool hasBilling = !row[3].isEmpty();
            QCOMPARE(hasBilling, billedDays.contains(row.mid(0, 2).join(QLatin1Char(','))));
            if (hasBilling) {
                ++withBilling;
                QCOMPARE(nanoOf(row[3]), nanoOf(cost[0].value(key, QStringLiteral("0"))));
                QCOMPARE(nanoOf(row[5]), nanoOf(row[3]) - nanoOf(row[4]));
                billed += nanoOf(row[3]);
                attributed += nanoOf(row[4]);
                if (nanoOf(row[3]) > 0) {
                    const double pct = double(nanoOf(row[4])) / double(nanoOf(row[3])) * 100;
                    QVERIFY2(qAbs(row[6].toDouble() - pct) <= 0.005 + 1e-9, qPrintable(key));
                } else {
                    QCOMPARE(row[6], QString());
                }
            } else {
                ++without;
                QCOMPARE(row[5], QString());
                QCOMPARE(row[6], QString());
            }
            if (!row[7].isEmpty()) {
                ++reported;
                QCOMPARE(nanoOf(row[9]), nanoOf(row[8]) - nanoOf(row[7]));
            }
        }
        // Every billed row of the export is a reconcile row.
        for (auto it = cost[0].cbegin(); it != cost[0].cend(); ++it)
            QVERIFY2(
                rec.out.contains(it.key() + QLatin1Char(',') + it.value() + QLatin1Char(',')), qPrintable(it.key()));
        QVERIFY(withBilling > 0);
        QVERIFY(without > 0); // the demo's azure and mistral traffic has no billing source
        QVERIFY(billed > attributed); // the demo bills traffic that bypassed the proxy
        Q_UNUSED(reported);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no dates") << QStringList {};
        QTest::addRow("no --to") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-09-01") };
        QTest::addRow("bad date") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-13-01"),
            QStringLiteral("--to"), QStringLiteral("2026-03-01") };
        QTest::addRow("--to before --from") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-09-02"),
            QStringLiteral("--to"), QStringLiteral("2026-09-01") };
        QTest::addRow("bad --decimals") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-09-01"),
            QStringLiteral("--to"), QStringLiteral("2026-09-02"), QStringLiteral("--decimals"), QStringLiteral("12") };
        QTest::addRow("unknown option") << QStringList { QStringLiteral("--group-by"), QStringLiteral("model") };
        QTest::addRow("unwritable -o") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-09-01"),
            QStringLiteral("--to"), QStringLiteral("2026-09-02"), QStringLiteral("-o"),
            QStringLiteral("/nonexistent-dir/x.csv") };
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        Run r = runCli(QStringList { QStringLiteral("--db"), m_known, QStringLiteral("reconcile") } + args);
        QVERIFY(r.code > 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("burnrate: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_cli_reconcile.moc"
