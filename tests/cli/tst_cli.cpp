#include "store/database.h"
#include "support/clirun.h"

#include <QDateTime>
#include <QFile>
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

// "12.345678" -> 12345678000 nano-units, exactly (no floating point).
qint64 nanoOf(const QString& decimal)
{
    const QStringList parts = decimal.split(QLatin1Char('.'));
    const bool negative = decimal.startsWith(QLatin1Char('-'));
    qint64 whole = parts[0].toLongLong();
    qint64 frac = parts.size() > 1 ? parts[1].leftJustified(9, QLatin1Char('0')).toLongLong() : 0;
    return whole * 1'000'000'000 + (negative ? -frac : frac);
}

// RFC 4180 records (quoted commas, quotes and newlines handled).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> out;
    QStringList rec;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rec << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            rec << field;
            field.clear();
            out << rec;
            rec.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return out;
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
        const QStringList range = { QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
            QStringLiteral("--to"), QStringLiteral("2026-10-20") };
        QTest::addRow("bad --format") << range + QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") };
        QTest::addRow("empty --format") << range + QStringList { QStringLiteral("--format"), QString() };
        QTest::addRow("focus with --group-by") << range
                + QStringList { QStringLiteral("--format"), QStringLiteral("focus"), QStringLiteral("--group-by"),
                      QStringLiteral("model") };
        QTest::addRow("focus with --total")
            << range + QStringList { QStringLiteral("--format"), QStringLiteral("focus"), QStringLiteral("--total") };
        QTest::addRow("focus without dates")
            << QStringList { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("focus") };
        QTest::addRow("focus with a bad lens") << range
                + QStringList { QStringLiteral("--format"), QStringLiteral("focus"), QStringLiteral("--lens"),
                      QStringLiteral("invoice") };
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

    // lambda --free-tier: kept in the source's config as "free_tier": true; refused for other types.
    void sourcesAddLambdaFreeTier()
    {
        QString db = m_dir.filePath(QStringLiteral("lambda.db"));
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
                            QStringLiteral("lambda"), QStringLiteral("--name"), QStringLiteral("l"),
                            QStringLiteral("--region"), QStringLiteral("eu-west-1"), QStringLiteral("--free-tier") })
                     .code,
            0);
        Run other = runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
            QStringLiteral("bedrock"), QStringLiteral("--name"), QStringLiteral("b"), QStringLiteral("--free-tier") });
        QVERIFY(other.code != 0);
        QVERIFY2(
            other.err.contains(QStringLiteral("--free-tier is for the lambda source type")), qPrintable(other.err));
        auto opened = burnrate::Database::open(db.toStdString());
        QVERIFY(opened.ok());
        auto src = (*opened)->source("l");
        QVERIFY(src);
        QCOMPARE(QString::fromStdString(src->configJson), QStringLiteral(R"({"region":"eu-west-1","free_tier":true})"));
        QVERIFY(!(*opened)->source("b"));
    }

    // gcp-billing: added with --path (and refused without it, or with a key option it has no use for), polled
    // from the files, and the invoice shows in an export by provider.
    void sourcesAddGcpBillingPath()
    {
        QString db = m_dir.filePath(QStringLiteral("gcp.db"));
        const QString folder = data("gcp/folder");
        Run noPath = runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
            QStringLiteral("gcp-billing"), QStringLiteral("--name"), QStringLiteral("g") });
        QVERIFY(noPath.code != 0);
        QVERIFY2(noPath.err.contains(QStringLiteral("--path")), qPrintable(noPath.err));
        QVERIFY(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
                           QStringLiteral("openai"), QStringLiteral("--name"), QStringLiteral("o"),
                           QStringLiteral("--path"), folder })
                    .code
            != 0);
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("add"),
                            QStringLiteral("gcp-billing"), QStringLiteral("--name"), QStringLiteral("g"),
                            QStringLiteral("--path"), folder })
                     .code,
            0);
        Run poll = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("g") });
        QVERIFY2(poll.code == 0, qPrintable(poll.out + poll.err));
        Run again = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("g") });
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        Run list = runCli({ QStringLiteral("--db"), db, QStringLiteral("sources"), QStringLiteral("list") });
        QVERIFY2(list.out.contains(QStringLiteral("gcp-billing")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("path: ") + folder), qPrintable(list.out)); // not "(default)"
        // Token buckets: $0.845 on 2026-11-10 and $0.60 on 2026-11-12, once each however often polled.
        Run e = runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-11-10"), QStringLiteral("--to"), QStringLiteral("2026-11-12"),
            QStringLiteral("--group-by"), QStringLiteral("provider"), QStringLiteral("--lens"),
            QStringLiteral("billing"), QStringLiteral("--decimals"), QStringLiteral("6"), QStringLiteral("--total") });
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QVERIFY2(e.out.contains(QStringLiteral("1.445")), qPrintable(e.out));
    }

    // export --format focus on the demo: one row per day x provider x model x allocation group, and
    // BilledCost sums to the finance CSV's TOTAL of the same range and lens, to the last printed digit.
    void exportFocusTotalsEqualFinance_data()
    {
        QTest::addColumn<QString>("lens");
        QTest::addColumn<QString>("groupBy"); // of the finance CSV
        QTest::addColumn<QString>("decimals"); // "" for the default
        QTest::addColumn<bool>("sameRows");
        const QString attributionGrain
            = QStringLiteral("day,provider,model,tenant,team,project,env,prompt,tag:feature,tag:region");
        const QString billingGrain = QStringLiteral("day,provider,model,project,api_key");
        QTest::addRow("attribution, same rows") << "attribution" << attributionGrain << "" << true;
        QTest::addRow("billing, same rows") << "billing" << billingGrain << "" << true;
        QTest::addRow("default lens is billing") << "" << billingGrain << "" << true;
        QTest::addRow("attribution, cents") << "attribution" << attributionGrain << "2" << true;
        QTest::addRow("attribution by provider, nano") << "attribution"
                                                       << "provider"
                                                       << "9" << false;
        QTest::addRow("billing by month and model, nano") << "billing"
                                                          << "month,model"
                                                          << "9" << false;
    }
    void exportFocusTotalsEqualFinance()
    {
        QFETCH(QString, lens);
        QFETCH(QString, groupBy);
        QFETCH(QString, decimals);
        QFETCH(bool, sameRows);
        const QStringList range = { QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-20") };
        QStringList common;
        if (!lens.isEmpty())
            common << QStringLiteral("--lens") << lens;
        if (!decimals.isEmpty())
            common << QStringLiteral("--decimals") << decimals;
        const QString file = m_dir.filePath(QStringLiteral("focus.csv"));
        Run focus = runCli(range + common
            + QStringList { QStringLiteral("--format"), QStringLiteral("focus"), QStringLiteral("-o"), file });
        QCOMPARE(focus.code, 0);
        QVERIFY2(focus.err.contains(QStringLiteral(" lens) to ")), qPrintable(focus.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(rows.size() > 10);
        const QStringList& header = rows[0];
        for (const char* c : { "BilledCost", "ChargePeriodStart", "ChargePeriodEnd", "SkuId", "Tags" })
            QVERIFY2(header.contains(QLatin1String(c)), c);
        const qsizetype billedAt = header.indexOf(QStringLiteral("BilledCost"));
        const qsizetype startAt = header.indexOf(QStringLiteral("ChargePeriodStart"));
        const qsizetype endAt = header.indexOf(QStringLiteral("ChargePeriodEnd"));
        const qsizetype lensAt = header.indexOf(QStringLiteral("x_Lens"));
        qint64 billed = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), header.size());
            billed += nanoOf(rows[i][billedAt]);
            QCOMPARE(rows[i][lensAt], lens.isEmpty() ? QStringLiteral("billing") : lens);
            const QDateTime start = QDateTime::fromString(rows[i][startAt], Qt::ISODate);
            QVERIFY(start.isValid());
            QCOMPARE(rows[i][startAt], start.toUTC().toString(QStringLiteral("yyyy-MM-ddT00:00:00Z")));
            QCOMPARE(start.secsTo(QDateTime::fromString(rows[i][endAt], Qt::ISODate)), qint64(86400));
            QVERIFY(
                rows[i][startAt] >= QStringLiteral("2026-10-01") && rows[i][startAt] < QStringLiteral("2026-10-21"));
        }

        Run fin
            = runCli(range + common + QStringList { QStringLiteral("--group-by"), groupBy, QStringLiteral("--total") });
        QCOMPARE(fin.code, 0);
        const QList<QStringList> frows = parseCsv(fin.out);
        const qsizetype costAt = frows[0].indexOf(QStringLiteral("cost_usd"));
        QCOMPARE(frows.last()[0], QStringLiteral("TOTAL"));
        QCOMPARE(nanoOf(frows.last()[costAt]), billed);
        if (sameRows)
            QCOMPARE(frows.size(), rows.size() + 1);

        // The same on stdout.
        Run out = runCli(range + common + QStringList { QStringLiteral("--format"), QStringLiteral("focus") });
        QCOMPARE(out.code, 0);
        f.seek(0);
        QCOMPARE(out.out, QString::fromUtf8(f.readAll()));
    }

    void exportFormatCsvIsTheDefault()
    {
        const QStringList args = { QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-05"),
            QStringLiteral("--group-by"), QStringLiteral("day,model") };
        Run plain = runCli(args);
        Run csv = runCli(args + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(plain.code, 0);
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out, plain.out);
        QVERIFY(plain.out.startsWith(QStringLiteral("day,model,requests,")));
    }

    void exportFocusOfAnEmptyRangeIsTheHeader()
    {
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("focus"), QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
            QStringLiteral("2020-01-31"), QStringLiteral("--lens"), QStringLiteral("attribution") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 1);
        QVERIFY(r.out.startsWith(QStringLiteral("BilledCost,")));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
