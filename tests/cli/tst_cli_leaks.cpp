// `leaks`, run as the real binary on a 60-day demo: the CSV of FORMATS.md matches the golden file (the demo's
// retry storm, snapshot switch and caching rollout among its rows), findings are stored once, and a dismissed
// finding stays out of later runs. One-line errors and a non-zero exit on bad arguments.
#include "support/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using burnrate::test::Run;
using burnrate::test::runCli;

class TestCliLeaks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run leaks(const QStringList& args)
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("leaks") } + args);
    }
    static QStringList range()
    {
        return { QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
            QStringLiteral("2026-06-30"), QStringLiteral("--decimals"), QStringLiteral("2") };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("leaks.db"));
        Run d = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--events"),
            QStringLiteral("60000"), QStringLiteral("--days"), QStringLiteral("60"), QStringLiteral("--end"),
            QStringLiteral("2026-06-30") });
        QVERIFY2(d.code == 0, qPrintable(d.err));
    }

    void csvMatchesGolden()
    {
        Run r = leaks(range());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile golden(QStringLiteral(BURNRATE_TEST_DATA "/leaks/demo-60d.csv"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(r.out, QString::fromUtf8(golden.readAll()));
        QVERIFY(r.out.startsWith(QStringLiteral("detector,severity,scope,from,to,usd_at_stake,evidence\r\n")));
        QVERIFY(r.out.contains(QStringLiteral("retry_storm,high,tenant=globex,2026-06-06T15:00:00Z")));
        QVERIFY(r.out.contains(QStringLiteral("model_change,info,\"prompt=search-rerank,model=gpt-4o-2024-11-20\"")));
        QVERIFY(r.out.contains(QStringLiteral("cache_drop,info,prompt=support-answer,2026-06-01T00:00:00Z")));
    }

    void dismissedFindingStaysOut()
    {
        Run list = leaks({ QStringLiteral("list") });
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString stormId;
        for (const QString& l : lines)
            if (l.contains(QStringLiteral("retry_storm")))
                stormId = l.section(QLatin1Char(' '), 0, 0);
        QVERIFY(!stormId.isEmpty());
        Run noReason = leaks({ QStringLiteral("dismiss"), stormId });
        QCOMPARE(noReason.code, 1);
        QVERIFY(noReason.err.contains(QStringLiteral("--reason")));
        Run d = leaks({ QStringLiteral("dismiss"), stormId, QStringLiteral("--reason"), QStringLiteral("load test"),
            QStringLiteral("--author"), QStringLiteral("maria") });
        QVERIFY2(d.code == 0, qPrintable(d.err));
        Run again = leaks(range());
        QCOMPARE(again.code, 0);
        QVERIFY(!again.out.contains(QStringLiteral("retry_storm")));
        Run all = leaks(range() + QStringList { QStringLiteral("--include-dismissed") });
        QVERIFY(all.out.contains(QStringLiteral("retry_storm")));
        Run stored = leaks({ QStringLiteral("list"), QStringLiteral("--all") });
        QVERIFY(stored.out.contains(QStringLiteral("dismissed by maria: load test")));
        QCOMPARE(stored.out.count(QStringLiteral("retry_storm")), 1); // re-runs never duplicate
        QCOMPARE(leaks({ QStringLiteral("restore"), stormId }).code, 0);
    }

    void badArgumentsFailInOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no range") << QStringList {} << "leaks needs --from DATE and --to DATE";
        QTest::addRow("bad date") << QStringList { QStringLiteral("--from"), QStringLiteral("May"),
            QStringLiteral("--to"), QStringLiteral("2026-06-30") }
                                  << "--from needs a date";
        QTest::addRow("unknown id") << QStringList { QStringLiteral("dismiss"), QStringLiteral("999999"),
            QStringLiteral("--reason"), QStringLiteral("x") }
                                    << "no finding with ID 999999";
        QTest::addRow("unknown subcommand")
            << QStringList { QStringLiteral("frobnicate") } << "unknown leaks subcommand";
    }

    void badArgumentsFailInOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Run r = leaks(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLeaks)
#include "tst_cli_leaks.moc"
