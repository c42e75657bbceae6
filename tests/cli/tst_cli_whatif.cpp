// `whatif`, run as the real binary on the hand-computed dataset of tests/core/tst_whatif.cpp (its header
// works out every figure): the CSV against a golden file, the order of steps as given, and one-line errors.
#include "support/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using burnrate::test::Run;
using burnrate::test::runCli;

namespace {

QString data(const char* name)
{
    return QStringLiteral(BURNRATE_TEST_DATA "/") + QLatin1String(name);
}

const QString kHeader
    = QStringLiteral("step,scenario,requests_affected,baseline_usd,scenario_usd,saving_usd,saving_pct");

} // namespace

class TestCliWhatIf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run whatif(const QStringList& options)
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("whatif"), QStringLiteral("--from"),
                          QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31") }
            + options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("w.db"));
        const QList<QStringList> prices {
            { QStringLiteral("wi-big"), QStringLiteral("10"), QStringLiteral("30"), QStringLiteral("1"),
                QStringLiteral("12.5"), QStringLiteral("2026-01-01") },
            { QStringLiteral("wi-big-mini"), QStringLiteral("1"), QStringLiteral("2"), {}, {},
                QStringLiteral("2026-01-01") },
            { QStringLiteral("wi-small"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("0.1"), {},
                QStringLiteral("2026-01-01") },
            { QStringLiteral("wi-small"), QStringLiteral("2"), QStringLiteral("8"), QStringLiteral("0.2"), {},
                QStringLiteral("2026-03-01") },
        };
        for (const QStringList& p : prices) {
            QStringList args { QStringLiteral("--db"), m_db, QStringLiteral("prices"), QStringLiteral("set"),
                QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--model"), p[0],
                QStringLiteral("--input"), p[1], QStringLiteral("--output"), p[2], QStringLiteral("--from"), p[5] };
            if (!p[3].isEmpty())
                args << QStringLiteral("--cached-input") << p[3];
            if (!p[4].isEmpty())
                args << QStringLiteral("--cache-write") << p[4];
            Run r = runCli(args);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        Run i = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("import"), data("whatif/requests.jsonl") });
        QVERIFY2(i.code == 0, qPrintable(i.err));
    }

    void helpListsWhatIf()
    {
        Run h = runCli({ QStringLiteral("--help") });
        QCOMPARE(h.code, 0);
        for (const char* s : { "whatif --from DATE --to DATE [--scope dim=value,...] STEP...", "--route FROM=TO",
                 "--cache-hit PROMPT=RATE", "--response-cache PROMPT=RATE", "--batch DIM=VALUE", "--cap-input PROMPT=N",
                 "--lambda FUNCTION=MEMORY_MB", "whatif --recommend" })
            QVERIFY2(h.out.contains(QLatin1String(s)), s);
    }

    void goldenCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        Run r = whatif({ QStringLiteral("--route"), QStringLiteral("wi-big=wi-small"), QStringLiteral("--cache-hit"),
            QStringLiteral("p1=0.5"), QStringLiteral("-o"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("wrote 2 steps to")), qPrintable(r.err));
        // The routing step's quality, beside the saving.
        QVERIFY2(r.err.contains(QStringLiteral("step 1 quality: wi-small on p1: no quality evidence for this pairing")),
            qPrintable(r.err));
        QFile got(out), want(data("whatif/route_cache.csv"));
        QVERIFY(got.open(QIODevice::ReadOnly) && want.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(got.readAll()), QString::fromUtf8(want.readAll()));
    }

    // Steps apply in the order given, across different options.
    void stepsApplyInTheOrderGiven_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("rows");
        QTest::addRow("route short requests, then cap")
            << QStringList { QStringLiteral("--route"), QStringLiteral("wi-big=wi-small:max-input=2000"),
                   QStringLiteral("--cap-input"), QStringLiteral("p1=2000") }
            << QStringList { QStringLiteral(
                                 "1,route wi-big=wi-small:max-input=2000,1,0.055400,0.043800,0.011600,20.94"),
                   QStringLiteral("2,cap-input p1=2000,1,0.043800,0.023800,0.020000,45.66"),
                   QStringLiteral("TOTAL,all steps,2,0.055400,0.023800,0.031600,57.04") };
        QTest::addRow("cap, then route short requests")
            << QStringList { QStringLiteral("--cap-input"), QStringLiteral("p1=2000"), QStringLiteral("--route"),
                   QStringLiteral("wi-big=wi-small:max-input=2000") }
            << QStringList { QStringLiteral("1,cap-input p1=2000,1,0.055400,0.035400,0.020000,36.10"),
                   QStringLiteral("2,route wi-big=wi-small:max-input=2000,2,0.035400,0.010600,0.024800,70.06"),
                   QStringLiteral("TOTAL,all steps,2,0.055400,0.010600,0.044800,80.87") };
        QTest::addRow("the same option twice, another between")
            << QStringList { QStringLiteral("--response-cache"), QStringLiteral("p1=0.5"), QStringLiteral("--route"),
                   QStringLiteral("wi-big=wi-small"), QStringLiteral("--response-cache"), QStringLiteral("p1=0.5") }
            << QStringList { QStringLiteral("1,response-cache p1=0.5,2,0.055400,0.042900,0.012500,22.56"),
                   QStringLiteral("2,route wi-big=wi-small,2,0.042900,0.012300,0.030600,71.33"),
                   QStringLiteral("3,response-cache p1=0.5,0,0.012300,0.012300,0.000000,0.00"),
                   QStringLiteral("TOTAL,all steps,2,0.055400,0.012300,0.043100,77.80") };
        QTest::addRow("scope") << QStringList { QStringLiteral("--scope"), QStringLiteral("tenant=t1"),
            QStringLiteral("--route"), QStringLiteral("wi-big=wi-small") }
                               << QStringList { QStringLiteral(
                                                    "1,route wi-big=wi-small,1,0.013600,0.002000,0.011600,85.29"),
                                      QStringLiteral("TOTAL,all steps,1,0.013600,0.002000,0.011600,85.29") };
    }
    void stepsApplyInTheOrderGiven()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, rows);
        Run r = whatif(options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), kHeader);
        lines.removeFirst();
        QCOMPARE(lines, rows);
    }

    void breakdownAndRecommendations()
    {
        Run b = whatif({ QStringLiteral("--route"), QStringLiteral("wi-big=wi-small"), QStringLiteral("--breakdown") });
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QVERIFY(b.out.startsWith(QStringLiteral("tenant,prompt,function,requests,baseline_usd,scenario_usd,saving_usd,"
                                                "saving_pct\r\nt2,p1,,1,0.037000,0.007800,0.029200,78.92\r\n")));
        Run rec = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("whatif"), QStringLiteral("--recommend") });
        QVERIFY2(rec.code == 0, qPrintable(rec.err));
        QVERIFY(rec.out.startsWith(QStringLiteral("rank,kind,title,saving_usd,from,to,scope,steps\r\n")));
    }

    void malformedStepsFailOnOneLine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("route without =") << QStringList { QStringLiteral("--route"), QStringLiteral("wi-big") }
                                         << QStringLiteral("--route needs FROM=TO[:max-input=N]");
        QTest::addRow("route max-input not a number")
            << QStringList { QStringLiteral("--route"), QStringLiteral("wi-big=wi-small:max-input=many") }
            << QStringLiteral("max-input is not a token count");
        QTest::addRow("route to an unpriced model") << QStringList { QStringLiteral("--route"),
            QStringLiteral("wi-big=nope-9000") } << QStringLiteral("model 'nope-9000' has no price");
        QTest::addRow("rate above 1") << QStringList { QStringLiteral("--cache-hit"), QStringLiteral("p1=1.5") }
                                      << QStringLiteral("RATE is a share from 0 to 1");
        QTest::addRow("rate not a number") << QStringList { QStringLiteral("--response-cache"),
            QStringLiteral("p1=half") } << QStringLiteral("--response-cache needs PROMPT=RATE");
        QTest::addRow("cap not a number") << QStringList { QStringLiteral("--cap-input"), QStringLiteral("p1=lots") }
                                          << QStringLiteral("N is a positive token count");
        QTest::addRow("batch on an unknown dimension") << QStringList { QStringLiteral("--batch"),
            QStringLiteral("colour=red") } << QStringLiteral("unknown request dimension 'colour'");
        QTest::addRow("lambda memory too small") << QStringList { QStringLiteral("--lambda"), QStringLiteral("fn=64") }
                                                 << QStringLiteral("MEMORY_MB is 128 to 10240");
        QTest::addRow("lambda function without data") << QStringList { QStringLiteral("--lambda"),
            QStringLiteral("fn=512:arm64") } << QStringLiteral("function 'fn' has no AWS Lambda usage in the range");
        QTest::addRow("no step") << QStringList {} << QStringLiteral("whatif needs at least one step");
        QTest::addRow("unknown scope axis") << QStringList { QStringLiteral("--scope"), QStringLiteral("colour=red"),
            QStringLiteral("--route"), QStringLiteral("wi-big=wi-small") }
                                            << QStringLiteral("unknown scope dimension 'colour'");
        QTest::addRow("a step without its option")
            << QStringList { QStringLiteral("wi-big=wi-small") } << QStringLiteral("whatif takes no argument");
        QTest::addRow("option without value")
            << QStringList { QStringLiteral("--route") } << QStringLiteral("Missing value after '--route'");
    }
    void malformedStepsFailOnOneLine()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        Run r = whatif(options);
        QVERIFY(r.code != 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("burnrate: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void datesAreRequired()
    {
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("whatif"), QStringLiteral("--route"),
            QStringLiteral("wi-big=wi-small") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("whatif needs --from DATE and --to DATE")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWhatIf)
#include "tst_cli_whatif.moc"
