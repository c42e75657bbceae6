// `quality`, run as the real binary on the hand-computed dataset of tests/core/tst_quality.cpp (its header
// comment works every figure out) and on the demo.
#include "store/database.h"
#include "support/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace burnrate;
using burnrate::test::Run;
using burnrate::test::runCli;

namespace {

QString data(const char* name)
{
    return QStringLiteral(BURNRATE_TEST_DATA "/") + QLatin1String(name);
}

const QString kColumns = QStringLiteral("requests,cost_usd,cost_per_request_usd,eval_results,eval_score_mean,"
                                        "eval_pass_rate,annotated,human_rating_mean,judged,accepted,acceptance_rate,"
                                        "cost_per_accepted_usd");

} // namespace

class TestCliQuality : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run quality(const QStringList& options)
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("quality") } + options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("q.db"));
        for (const QStringList& price :
            { QStringList { QStringLiteral("qa-large"), QStringLiteral("10"), QStringLiteral("20") },
                QStringList { QStringLiteral("qa-small"), QStringLiteral("1"), QStringLiteral("2") } }) {
            Run p = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("prices"), QStringLiteral("set"),
                QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--model"), price[0],
                QStringLiteral("--input"), price[1], QStringLiteral("--output"), price[2], QStringLiteral("--from"),
                QStringLiteral("2026-01-01") });
            QVERIFY2(p.code == 0, qPrintable(p.err));
        }
        Run i = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("import"), data("quality/requests.jsonl") });
        QVERIFY2(i.code == 0, qPrintable(i.err));
        Run e = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("--evals"),
            data("quality/evals.jsonl") });
        QVERIFY2(e.code == 0, qPrintable(e.err));
        // Annotations straight into the table (the annotate command is not what is tested here).
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        QFile sql(data("quality/annotations.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        Statement st = (*db)->prepare(sql.readAll().toStdString());
        QVERIFY2(st.valid(), st.prepareError().c_str());
        QVERIFY(st.exec());
    }

    void helpListsQuality()
    {
        Run h = runCli({ QStringLiteral("--help") });
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QStringLiteral("quality --from DATE --to DATE [--group-by")));
    }

    void handComputedCsv_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::addRow("default group-by model,prompt_version") << QStringList {}
                                                               << QStringLiteral("model,prompt_version,") + kColumns
                + QStringLiteral("\r\n"
                                 "qa-large,v1,3,0.080000,0.026667,4,0.75,0.75,3,4,2,1,0.5,0.050000\r\n"
                                 "qa-small,v2,3,0.007000,0.002333,1,0.4,0,2,4,2,1,0.5,0.005000\r\n"
                                 "qa-small,v1,2,0.007000,0.003500,2,0.6,1,2,2,2,0,0,\r\n"
                                 "qa-free,v1,1,,,0,,,1,,1,1,1,\r\n"
                                 "qa-large,v2,1,0.010000,0.010000,0,,,1,4,1,1,1,0.010000\r\n");
        // By model: qa-large q1-q4 + the unlinked v1 eval; qa-small q5-q8, q10 + the unlinked v2 eval.
        // qa-large: cost 0.09 / 4; evals 0.9 0.8 0.3 1.0 (pass 3/4); ratings 5 3 4 (mean 4); judged q1 q2 q4,
        // accepted q1 q4: 2/3; per accepted (0.02+0.03+0.01)/2 = 0.03.
        // qa-small: cost 0.014 / 5 = 0.0028; evals 0.7 0.5 0.4 (mean 0.533333, pass 1/2); ratings 2 4 5 3
        // (mean 3.5); judged q5 q6 q7 q10, accepted q7: 0.25; per accepted (0.002+0.005+0.003+0.002)/1 = 0.012.
        QTest::addRow("--group-by model, 4 decimals") << QStringList { QStringLiteral("--group-by"),
            QStringLiteral("model"), QStringLiteral("--decimals"), QStringLiteral("4") }
                                                      << QStringLiteral("model,") + kColumns
                + QStringLiteral("\r\n"
                                 "qa-small,5,0.0140,0.0028,3,0.533333,0.5,4,3.5,4,1,0.25,0.0120\r\n"
                                 "qa-large,4,0.0900,0.0225,4,0.75,0.75,4,4,3,2,0.666667,0.0300\r\n"
                                 "qa-free,1,,,0,,,1,,1,1,1,\r\n");
        QTest::addRow("a range with nothing in it") << QStringList {
            QStringLiteral("--from"), QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-01-31")
        } << QStringLiteral("model,prompt_version,") + kColumns + QStringLiteral("\r\n");
    }
    void handComputedCsv()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QStringList args = options;
        if (!options.contains(QStringLiteral("--from")))
            args << QStringLiteral("--from") << QStringLiteral("2026-10-05") << QStringLiteral("--to")
                 << QStringLiteral("2026-10-18");
        Run r = quality(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, expected);
    }

    void tenantGroupingNeutralisesAndCountsUnplacedEvals()
    {
        Run r = quality({ QStringLiteral("--from"), QStringLiteral("2026-10-05"), QStringLiteral("--to"),
            QStringLiteral("2026-10-18"), QStringLiteral("--group-by"), QStringLiteral("week,tenant") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("week,tenant,") + kColumns + QStringLiteral("\r\n")));
        QVERIFY2(r.out.contains(QStringLiteral("\r\n2026-10-05,'=evil(),1,0.002000,0.002000,0,,,0,,0,0,,\r\n")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\r\n2026-10-12,acme,1,")));
        QVERIFY2(r.err.contains(QStringLiteral("2 eval results without a request id left out")), qPrintable(r.err));
    }

    void writesTheFileWithOutput()
    {
        const QString path = m_dir.filePath(QStringLiteral("quality.csv"));
        Run r = quality({ QStringLiteral("--from"), QStringLiteral("2026-10-05"), QStringLiteral("--to"),
            QStringLiteral("2026-10-18"), QStringLiteral("-o"), path });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("wrote 5 rows to")), qPrintable(r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(QStringLiteral("\r\n")), 6);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("no dates") << QStringList {} << "quality needs --from DATE and --to DATE";
        QTest::addRow("bad date") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-13-01"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18") }
                                  << "2026-13-01";
        QTest::addRow("inverted") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-18"),
            QStringLiteral("--to"), QStringLiteral("2026-10-05") }
                                  << "--to is before --from";
        QTest::addRow("unknown axis") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--group-by"),
            QStringLiteral("model,colour") }
                                      << "unknown --group-by name 'colour'";
        QTest::addRow("axis twice") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--group-by"),
            QStringLiteral("model,model") }
                                    << "twice";
        QTest::addRow("two time columns") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--group-by"),
            QStringLiteral("week,day") } << "one of hour, day, week, month";
        QTest::addRow("empty group-by") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--group-by"), QStringLiteral(",") }
                                        << "--group-by needs at least one name";
        QTest::addRow("tag without key") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--group-by"), QStringLiteral("tag:") }
                                         << "unknown --group-by name 'tag:'";
        QTest::addRow("hostile axis name") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--group-by"),
            QStringLiteral("model); DROP TABLE events; --") }
                                           << "unknown --group-by name";
        QTest::addRow("bad decimals") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-10-05"),
            QStringLiteral("--to"), QStringLiteral("2026-10-18"), QStringLiteral("--decimals"), QStringLiteral("12") }
                                      << "--decimals";
    }
    void refusals()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        Run r = quality(options);
        QVERIFY(r.code != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    // A tag grouping reads the requests' tags; the fixture has none, so every request is in the "" group: 10
    // requests, $0.104 over 9 priced; the 5 linked evals (0.9 0.8 0.3 0.7 0.5: mean 0.64, pass 3/4); 7 ratings
    // (5 3 4 2 4 5 3: 3.714286); judged 8, accepted 4; judged cost 0.072 / 4 = 0.018.
    void tagGroupingAndEveryDecimal()
    {
        Run r = quality({ QStringLiteral("--from"), QStringLiteral("2026-10-05"), QStringLiteral("--to"),
            QStringLiteral("2026-10-18"), QStringLiteral("--group-by"), QStringLiteral("tag:feature"),
            QStringLiteral("--decimals"), QStringLiteral("9") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out,
            QStringLiteral("tag:feature,") + kColumns
                + QStringLiteral("\r\n,10,0.104000000,0.011555556,5,0.64,0.75,9,3.714286,8,4,0.5,0.018000000\r\n"));
        QVERIFY2(r.err.contains(QStringLiteral("2 eval results without a request id left out")), qPrintable(r.err));
    }

    void demoHasAFigureForEveryGroup()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        Run d = runCli(
            { QStringLiteral("--db"), demo, QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("20"),
                QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(d.code == 0, qPrintable(d.err));
        Run r = runCli({ QStringLiteral("--db"), demo, QStringLiteral("quality"), QStringLiteral("--from"),
            QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-01-01") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        qint64 requests = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(QLatin1Char(','));
            QCOMPARE(cells.size(), 14);
            requests += cells[2].toLongLong();
        }
        QCOMPARE(requests, qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestCliQuality)
#include "tst_cli_quality.moc"
