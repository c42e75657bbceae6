#include "support/clirun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using burnrate::test::Run;
using burnrate::test::runCli;

// "12.34" -> 1234, exactly (no floating point).
qint64 centsOf(const QString& decimal)
{
    const QStringList parts = decimal.split(QLatin1Char('.'));
    return parts[0].toLongLong() * 100
        + (parts.size() > 1 ? parts[1].left(2).leftJustified(2, QLatin1Char('0')).toLongLong() : 0);
}

QString data(const char* name)
{
    return QStringLiteral(BURNRATE_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--days"),
            QStringLiteral("20"), QStringLiteral("--events"), QStringLiteral("4000"), QStringLiteral("--seed"),
            QStringLiteral("7"), QStringLiteral("--end"), QStringLiteral("2026-10-20") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("4000 events")));
    }

    void versionAndHelp()
    {
        Run v = runCli({ QStringLiteral("--version") });
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("burnrate ")));
        Run h = runCli({ QStringLiteral("--help") });
        QCOMPARE(h.code, 0);
        for (const char* word :
            { "demo", "import", "prices import", "export", "report", "sources add", "poll", "--screenshot" })
            QVERIFY2(h.out.contains(QLatin1String(word)), word);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::addRow("export without dates")
            << QStringList { QStringLiteral("export"), QStringLiteral("--group-by"), QStringLiteral("model") };
        QTest::addRow("bad date") << QStringList { QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-10-01"),
            QStringLiteral("--group-by"), QStringLiteral("model") };
        QTest::addRow("bad group-by") << QStringList { QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-02"),
            QStringLiteral("--group-by"), QStringLiteral("colour") };
        QTest::addRow("import nothing") << QStringList { QStringLiteral("import") };
        QTest::addRow("import only bad rows")
            << QStringList { QStringLiteral("import"), data("import/bad_only.jsonl") };
        QTest::addRow("missing file") << QStringList { QStringLiteral("import"), QStringLiteral("/nonexistent.jsonl") };
        QTest::addRow("prices import of garbage")
            << QStringList { QStringLiteral("prices"), QStringLiteral("import"), data("import/mixed.jsonl") };
        QTest::addRow("demo into a full database") << QStringList { QStringLiteral("demo") };
        QTest::addRow("unknown option") << QStringList { QStringLiteral("report"), QStringLiteral("--frob") };
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        Run r = runCli(QStringList { QStringLiteral("--db"), m_db } + args);
        QVERIFY(r.code != 0);
        QVERIFY(r.err.startsWith(QStringLiteral("burnrate: ")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void demoIsDeterministic()
    {
        QString other = m_dir.filePath(QStringLiteral("again.db"));
        Run r = runCli({ QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("--days"),
            QStringLiteral("20"), QStringLiteral("--events"), QStringLiteral("4000"), QStringLiteral("--seed"),
            QStringLiteral("7"), QStringLiteral("--end"), QStringLiteral("2026-10-20") });
        QCOMPARE(r.code, 0);
        QStringList exportArgs = { QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
            QStringLiteral("--to"), QStringLiteral("2026-10-20"), QStringLiteral("--group-by"),
            QStringLiteral("day,tenant,model") };
        Run a = runCli(QStringList { QStringLiteral("--db"), m_db } + exportArgs);
        Run b = runCli(QStringList { QStringLiteral("--db"), other } + exportArgs);
        QCOMPARE(a.code, 0);
        QVERIFY(a.out.count(QLatin1Char('\n')) > 50);
        QCOMPARE(a.out, b.out);
    }

    void exportTotalMatchesRows()
    {
        QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-20"),
            QStringLiteral("--group-by"), QStringLiteral("month,provider,model"), QStringLiteral("--total"),
            QStringLiteral("--decimals"), QStringLiteral("2"), QStringLiteral("-o"), csv });
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 3);
        QCOMPARE(lines.first(),
            QStringLiteral("month,provider,model,requests,input_tokens,cached_input_tokens,"
                           "cache_write_tokens,output_tokens,cost_usd,unpriced_tokens"));
        qint64 cents = 0;
        for (int i = 1; i + 1 < lines.size(); ++i)
            cents += centsOf(lines[i].split(QLatin1Char(','))[8]);
        const QStringList total = lines.last().split(QLatin1Char(','));
        QCOMPARE(total[0], QStringLiteral("TOTAL"));
        QCOMPARE(centsOf(total[8]), cents);
    }

    void importReportsQuarantine()
    {
        QString db = m_dir.filePath(QStringLiteral("import.db"));
        Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), data("import/mixed.jsonl"),
            data("import/good.jsonl") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("3 imported")));
        QVERIFY(r.out.contains(QStringLiteral("13 quarantined")));
        QVERIFY(r.out.contains(QStringLiteral("line 2: not valid JSON")));
        QVERIFY(r.out.contains(QStringLiteral("without a price")));
    }

    void importsEvalResults()
    {
        QString db = m_dir.filePath(QStringLiteral("evals.db"));
        Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--evals"),
            data("evals/evals.jsonl") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("2 stored, 3 rejected")));
        QVERIFY(r.out.contains(QStringLiteral("line 3: score is not a number")));
        // Idempotent: the same results again replace, never duplicate.
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--evals"),
                            data("evals/evals.jsonl") })
                     .code,
            0);
    }

    void pricesImportRepricesAndReports()
    {
        QString db = m_dir.filePath(QStringLiteral("prices.db"));
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), data("import/good.jsonl") }).code, 0);
        Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("import"),
            data("prices/litellm_model_prices.json") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("imported ")));
        QVERIFY(r.out.contains(QStringLiteral("re-priced")));
        Run s = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("--provider"),
                QStringLiteral("azure"), QStringLiteral("--model"), QStringLiteral("acme-ft-v2"),
                QStringLiteral("--input"), QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("2") });
        QCOMPARE(s.code, 0);
        QVERIFY(s.out.contains(QStringLiteral("previously unpriced")));
    }

    void reportSummarises()
    {
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--from"),
            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-20") });
        QCOMPARE(r.code, 0);
        for (const char* w :
            { "Spend (billing lens)", "Unattributed spend", "Prompt-cache hit rate", "Top tenants", "Unpriced" })
            QVERIFY2(r.out.contains(QLatin1String(w)), w);
    }

    void sourcesAddListRemove()
    {
        QString db = m_dir.filePath(QStringLiteral("sources.db"));
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
                            QStringLiteral("openai"), QStringLiteral("--name"), QStringLiteral("oa"),
                            QStringLiteral("--key-env"), QStringLiteral("OPENAI_ADMIN_KEY") })
                     .code,
            0);
        QVERIFY(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
                           QStringLiteral("openai"), QStringLiteral("--name"), QStringLiteral("oa") })
                    .code
            != 0);
        QVERIFY(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
                           QStringLiteral("ftp"), QStringLiteral("--name"), QStringLiteral("x") })
                    .code
            != 0);
        Run l = runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("list") });
        QVERIFY(l.out.contains(QStringLiteral("OPENAI_ADMIN_KEY")));
        // Without --yes (and no terminal to ask at) remove shows what it would delete and deletes nothing.
        Run dry = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("oa") });
        QCOMPARE(dry.code, 1);
        QVERIFY2(dry.out.contains(QStringLiteral("holds no data")), qPrintable(dry.out));
        QVERIFY(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("list") })
                    .out.contains(QStringLiteral("OPENAI_ADMIN_KEY")));
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("remove"),
                            QStringLiteral("oa"), QStringLiteral("--yes") })
                     .code,
            0);
        QVERIFY(!runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("list") })
                     .out.contains(QStringLiteral("OPENAI_ADMIN_KEY")));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
