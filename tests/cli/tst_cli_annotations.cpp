// `annotate` and `annotations export|import`, run as the real binary.
#include "support/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using burnrate::test::Run;
using burnrate::test::runCli;

namespace {

QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestCliAnnotations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString file(const QString& name, const QByteArray& content)
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(content);
        return path;
    }
    Run run(QStringList args)
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db } + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("a.db"));
        // Two sources; "dup" is in both.
        QByteArray log;
        for (int i = 0; i < 5; ++i)
            log += "{\"id\":\"req-" + QByteArray::number(i) + "\",\"ts\":\"2026-09-2" + QByteArray::number(i)
                + "T10:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"input_tokens\":100,"
                  "\"output_tokens\":10,\"prompt_id\":\"faq\",\"prompt_version\":\"v3\",\"prompt\":\"Q"
                + QByteArray::number(i) + "\",\"response\":\"A\"}\n";
        log += j("{'id':'dup','ts':'2026-09-22T11:00:00Z','provider':'openai','model':'gpt-4o','input_tokens':1,"
                 "'output_tokens':1}\n");
        QCOMPARE(run({ QStringLiteral("import"), file(QStringLiteral("a.jsonl"), log), QStringLiteral("--source"),
                         QStringLiteral("logs") })
                     .code,
            0);
        QCOMPARE(
            run({ QStringLiteral("import"), file(QStringLiteral("b.jsonl"), log.mid(log.lastIndexOf("{\"id\":\"dup"))),
                    QStringLiteral("--source"), QStringLiteral("other") })
                .code,
            0);
    }

    void annotateReplacesAndLists()
    {
        Run r = run(
            { QStringLiteral("annotate"), QStringLiteral("req-1"), QStringLiteral("--rating"), QStringLiteral("4"),
                QStringLiteral("--thumb"), QStringLiteral("up"), QStringLiteral("--label"), QStringLiteral("correct"),
                QStringLiteral("--label"), QStringLiteral("too verbose"), QStringLiteral("--comment"),
                QStringLiteral("ok, \"mostly\""), QStringLiteral("--author"), QStringLiteral("maria.k") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("annotated req-1 as maria.k: rating 4, thumb up")), qPrintable(r.out));
        r = run({ QStringLiteral("annotate"), QStringLiteral("req-1"), QStringLiteral("--thumb"),
            QStringLiteral("down"), QStringLiteral("--author"), QStringLiteral("maria.k") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("replaced req-1 as maria.k")));
        r = run({ QStringLiteral("annotate"), QStringLiteral("req-1"), QStringLiteral("--rating"), QStringLiteral("2"),
            QStringLiteral("--author"), QStringLiteral("dev.r") });
        QCOMPARE(r.code, 0);
        r = run({ QStringLiteral("annotate"), QStringLiteral("req-1") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        QVERIFY(r.out.contains(QStringLiteral("maria.k")) && r.out.contains(QStringLiteral("thumb down")));
        QVERIFY(!r.out.contains(QStringLiteral("rating 4"))); // replaced whole
    }

    void annotateRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString a = QStringLiteral("--author"), who = QStringLiteral("x");
        QTest::addRow("rating 6") << QStringList { "req-2", "--rating", "6", a, who } << "1 to 5";
        QTest::addRow("rating word") << QStringList { "req-2", "--rating", "four", a, who } << "1 to 5";
        QTest::addRow("thumb") << QStringList { "req-2", "--thumb", "sideways", a, who } << "up or down";
        QTest::addRow("label") << QStringList { "req-2", "--label", "nope", a, who } << "not in the taxonomy";
        QTest::addRow("unknown request") << QStringList { "nope", "--rating", "3", a, who } << "no request 'nope'";
        QTest::addRow("several sources") << QStringList { "dup", "--rating", "3", a, who } << "--source";
        QTest::addRow("unknown source") << QStringList { "req-2", "--source", "zzz", "--rating", "3", a, who }
                                        << "no source named";
        QTest::addRow("no id") << QStringList { "--rating", "3" } << "REQUEST_ID";
        QTest::addRow("blank author") << QStringList { "req-2", "--rating", "3", a, "  " } << "author";
    }
    void annotateRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Run r = run(QStringList { QStringLiteral("annotate") } + args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void sourceDisambiguates()
    {
        Run r = run(
            { QStringLiteral("annotate"), QStringLiteral("dup"), QStringLiteral("--source"), QStringLiteral("other"),
                QStringLiteral("--rating"), QStringLiteral("5"), QStringLiteral("--author"), QStringLiteral("sam.o") });
        QCOMPARE(r.code, 0);
    }

    void authorDefaultsToUser()
    {
        QProcess p;
        p.setProgram(QStringLiteral(BURNRATE_BIN));
        p.setArguments({ QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("req-3"),
            QStringLiteral("--rating"), QStringLiteral("3") });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QTemporaryDir home;
        env.insert(QStringLiteral("HOME"), home.path()); // no Settings: the analyst name is unset
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("USER"), QStringLiteral("cron-user"));
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("as cron-user (from $USER)")),
            "author from $USER");
        Run help = runCli({ QStringLiteral("--help") });
        QVERIFY(help.out.contains(QStringLiteral("analyst name in Settings")));
    }

    void exportAndImport()
    {
        const QString jsonl = m_dir.filePath(QStringLiteral("out.jsonl"));
        Run r = run({ QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("-o"), jsonl });
        QCOMPARE(r.code, 0);
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(all.startsWith("{\"source\":")); // the format follows -o's extension
        QVERIFY(all.contains("\"prompt\":\"Q1\"") && all.contains("\"prompt_version\":\"v3\""));
        const int lines = static_cast<int>(all.count('\n'));
        QCOMPARE(lines, 4); // req-1 x2, req-3, dup@other
        // Range: only req-1 (2026-09-21).
        r = run({ QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-09-21"), QStringLiteral("--to"), QStringLiteral("2026-09-21") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("source,request_id,author,ts,rating,thumb,labels,comment,model,")));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 3);
        r = run({ QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("xml") });
        QVERIFY(r.code != 0);

        // Re-import: unchanged; a file with bad and unknown lines reports each.
        r = run({ QStringLiteral("annotations"), QStringLiteral("import"), jsonl });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("4 lines, 0 imported, 0 replaced, 4 unchanged, 0 quarantined, 0 unknown")),
            qPrintable(r.out));
        const QString mixed = file(QStringLiteral("mixed.jsonl"),
            j("{'source':'logs','request_id':'req-4','author':'dev.r','rating':5}\n"
              "not json\n"
              "{'request_id':'ghost','author':'dev.r','rating':5}\n"
              "{'request_id':'req-1','author':'dev.r','rating':9}\n"
              "{'request_id':'req-1','author':'dev.r','rating':1}\n"));
        r = run({ QStringLiteral("annotations"), QStringLiteral("import"), mixed });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("5 lines, 1 imported, 1 replaced, 0 unchanged, 2 quarantined, 1 unknown")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("line 2: ")));
        QVERIFY(r.out.contains(QStringLiteral("line 4: ")));
        QVERIFY(r.out.contains(QStringLiteral("unknown request: ghost")));
        // Nothing usable: non-zero.
        r = run({ QStringLiteral("annotations"), QStringLiteral("import"),
            file(QStringLiteral("bad.jsonl"), "garbage\n{}\n") });
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("nothing could be imported")));
        r = run({ QStringLiteral("annotations"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("none")) });
        QVERIFY(r.code != 0);
        r = run({ QStringLiteral("annotations"), QStringLiteral("frobnicate") });
        QVERIFY(r.code != 0);
    }

    void agreementCsv()
    {
        Run r = run({ QStringLiteral("annotations"), QStringLiteral("agreement") });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0),
            QStringLiteral("prompt_version,annotated,items,annotators,thumb_kappa,thumb_agreement,thumb_items,"
                           "thumb_pairs,rating_alpha,rating_units"));
        // v3: req-1 (maria.k, dev.r), req-3, req-4: one request with two annotators, one rating and one thumb:
        // nothing computed.
        QVERIFY2(lines.contains(QStringLiteral("v3,3,1,3,,,0,0,,0")), qPrintable(r.out));
        r = run({ QStringLiteral("annotations"), QStringLiteral("agreement"), QStringLiteral("--group-by"),
            QStringLiteral("colour") });
        QVERIFY(r.code != 0);
        r = run({ QStringLiteral("annotations"), QStringLiteral("agreement"), QStringLiteral("--scope"),
            QStringLiteral("tag:feature=x") });
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("not by tag:feature")));
    }

    void survivesReimportOfTheLog()
    {
        Run r = run({ QStringLiteral("import"), m_dir.filePath(QStringLiteral("a.jsonl")), QStringLiteral("--source"),
            QStringLiteral("logs") });
        QCOMPARE(r.code, 0);
        r = run({ QStringLiteral("annotate"), QStringLiteral("req-1") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("maria.k")) && r.out.contains(QStringLiteral("dev.r")));
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "tst_cli_annotations.moc"
