// `alloc` as a user runs it: the real binary on a database in a temporary folder.

#include "support/clirun.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using burnrate::test::runCli;

class TestCliAlloc : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;

    QStringList args(QStringList a) const
    {
        return QStringList { QStringLiteral("--db"), m_db } + a;
    }

    // Requests of $2.50 each (1M gpt-4o input tokens) on 2026-11-02.
    void importRequests(const QStringList& extraFields, int count)
    {
        const QString file = m_dir.filePath(QStringLiteral("r%1.jsonl").arg(++m_n));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < count; ++i)
            f.write(
                QStringLiteral("{\"id\":\"r%1-%2\",\"ts\":\"2026-11-02T10:00:00Z\",\"provider\":\"openai\","
                               "\"model\":\"gpt-4o\",\"input_tokens\":1000000,\"output_tokens\":0%3}\n")
                    .arg(m_n)
                    .arg(i)
                    .arg(extraFields.isEmpty() ? QString() : QStringLiteral(",") + extraFields.join(QLatin1Char(',')))
                    .toUtf8());
        f.close();
        auto r = runCli(args({ QStringLiteral("import"), file }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    QString exportBy(const QString& groupBy, const QString& lens = QStringLiteral("attribution"))
    {
        auto r = runCli(args({ "export", "--from", "2026-11-01", "--to", "2026-11-30", "--group-by", groupBy, "--lens",
            lens, "--total" }));
        return r.code == 0 ? r.out : QStringLiteral("ERROR ") + r.err;
    }

    static QString totalLine(const QString& csv)
    {
        for (const QString& l : csv.split(QStringLiteral("\r\n")))
            if (l.startsWith(QStringLiteral("TOTAL")))
                return l;
        return {};
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("a%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        importRequests({ QStringLiteral("\"api_key\":\"sk-test-aaaaaaaaaaaaaaaa1111\"") }, 4); // $10, no team
        importRequests(
            { QStringLiteral("\"api_key\":\"sk-test-aaaaaaaaaaaaaaaa1111\""), QStringLiteral("\"team\":\"explicit\"") },
            2); // $5, its own team
        importRequests({ QStringLiteral("\"project\":\"proj_x\"") }, 3); // $7.50
    }

    // add reports what it moved, the export shows it under the new owner with the same TOTAL, and remove
    // gives it back to the unallocated row.
    void addListRemoveReallocates()
    {
        const QString before = exportBy(QStringLiteral("team"));
        QVERIFY2(before.contains(QStringLiteral("\r\n,7,")), qPrintable(before)); // 7 unallocated requests
        auto list = runCli(args({ "alloc", "list" }));
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("no allocation rules")));

        auto add = runCli(
            args({ "alloc", "add", "--match", "api_key=sk-test-aaaaaaaaaaaaaaaa1111", "--set", "team=search" }));
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QVERIFY2(add.out.contains(QStringLiteral("added rule 1: api_key=sha256:")), qPrintable(add.out));
        QVERIFY2(add.out.contains(QStringLiteral("re-allocated 4 requests ($10.00) and 0 provider buckets")),
            qPrintable(add.out));
        // The raw key is never printed or stored, only its fingerprint.
        QVERIFY(!add.out.contains(QStringLiteral("aaaaaaaaaaaa")));
        const QString after = exportBy(QStringLiteral("team"));
        QVERIFY2(after.contains(QStringLiteral("search,4,4000000,0,0,0,10.000000,0")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("explicit,2,")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("\r\n,3,")), qPrintable(after));
        QCOMPARE(totalLine(after), totalLine(before));

        auto second
            = runCli(args({ "alloc", "add", "--match", "project=proj_x", "--set", "team=xteam", "--priority", "3" }));
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY(second.out.contains(QStringLiteral("re-allocated 3 requests ($7.50)")));
        list = runCli(args({ "alloc", "list" }));
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("\\n1 +0 +api_key=sha256:\\S+ +team=search\\n"))),
            qPrintable(list.out));
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("\\n2 +3 +project=proj_x +team=xteam\\n"))),
            qPrintable(list.out));
        QVERIFY(!list.out.contains(QStringLiteral("aaaaaaaaaaaa")));

        auto dry = runCli(args({ "alloc", "remove", "1", "--dry-run" }));
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("would re-allocate 4 requests ($10.00)")), qPrintable(dry.out));
        QVERIFY(exportBy(QStringLiteral("team")).contains(QStringLiteral("search,4,")));
        auto rm = runCli(args({ "alloc", "remove", "1" }));
        QVERIFY2(rm.code == 0, qPrintable(rm.err));
        QVERIFY2(rm.out.contains(QStringLiteral("removed rule 1: api_key=sha256:")), qPrintable(rm.out));
        QVERIFY(rm.out.contains(QStringLiteral("re-allocated 4 requests ($10.00)")));
        const QString removed = exportBy(QStringLiteral("team"));
        QVERIFY(!removed.contains(QStringLiteral("search,")));
        QVERIFY2(removed.contains(QStringLiteral("\r\n,4,")), qPrintable(removed));
        QCOMPARE(totalLine(removed), totalLine(before));
        auto again = runCli(args({ "alloc", "remove", "1" }));
        QVERIFY(again.code != 0);
        QVERIFY(again.err.contains(QStringLiteral("no allocation rule with id 1")));
    }

    void dryRunChangesNothing()
    {
        const QString before = exportBy(QStringLiteral("tenant"));
        auto dry = runCli(args({ "alloc", "add", "--match", "project=proj_x", "--set", "tenant=t", "--dry-run" }));
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("would re-allocate 3 requests ($7.50)")), qPrintable(dry.out));
        QCOMPARE(exportBy(QStringLiteral("tenant")), before);
        QVERIFY(runCli(args({ "alloc", "list" })).out.contains(QStringLiteral("no allocation rules")));
    }

    // Unicode, quotes and commas reach the export exactly (CSV-quoted); control characters are escaped in the
    // export and on the terminal.
    void hostileValuesRoundTrip()
    {
        const QString owner = QStringLiteral("\u00e9quipe \"A\", =1+1\x1b[2J");
        auto add
            = runCli(args({ "alloc", "add", "--match", "project=proj_x", "--set", QStringLiteral("team=") + owner }));
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QVERIFY(!add.out.contains(QChar(0x1b)));
        QVERIFY(!runCli(args({ "alloc", "list" })).out.contains(QChar(0x1b)));
        const QString csv = exportBy(QStringLiteral("team"));
        // The export writes a control character as its escape, never raw.
        QVERIFY2(csv.contains(QStringLiteral("\"\u00e9quipe \"\"A\"\", =1+1\\x1b[2J\",3,")), qPrintable(csv));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList {} << "needs a subcommand";
        QTest::newRow("unknown subcommand") << QStringList { "edit" } << "unknown alloc subcommand";
        QTest::newRow("add without --set") << QStringList { "add", "--match", "api_key=k" } << "--set";
        QTest::newRow("match without =") << QStringList { "add", "--match", "api_key", "--set", "team=a" }
                                         << "AXIS=VALUE";
        QTest::newRow("unknown match axis")
            << QStringList { "add", "--match", "colour=red", "--set", "team=a" } << "unknown match axis";
        QTest::newRow("unknown owner axis")
            << QStringList { "add", "--match", "api_key=k", "--set", "user=a" } << "unknown owner axis";
        QTest::newRow("empty owner") << QStringList { "add", "--match", "api_key=k", "--set", "team=" }
                                     << "needs an owner";
        QTest::newRow("tier from a key") << QStringList { "add", "--match", "api_key=k", "--set", "model_tier=x" }
                                         << "matches a model";
        QTest::newRow("bad priority") << QStringList { "add", "--match", "api_key=k", "--set", "team=a", "--priority",
            "high" } << "--priority";
        QTest::newRow("remove without id") << QStringList { "remove" } << "ID";
        QTest::newRow("remove a word") << QStringList { "remove", "one" } << "ID";
        QTest::newRow("remove unknown id") << QStringList { "remove", "99" } << "no allocation rule";
        QTest::newRow("negative threshold") << QStringList { "tiers", "--premium", "-1" } << "--premium";
        QTest::newRow("economy above premium") << QStringList { "tiers", "--economy", "50" } << "economy threshold";
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        auto r = runCli(args(QStringList { "alloc" } + extra));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("burnrate: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(runCli(args({ "alloc", "list" })).out.contains(QStringLiteral("no allocation rules")));
    }

    void duplicateRuleIsRefused()
    {
        QCOMPARE(runCli(args({ "alloc", "add", "--match", "project=proj_x", "--set", "team=a" })).code, 0);
        auto dup = runCli(args({ "alloc", "add", "--match", "project=proj_x", "--set", "team=b" }));
        QVERIFY(dup.code != 0);
        QVERIFY2(dup.err.contains(QStringLiteral("rule 1 already sets team for project=proj_x")), qPrintable(dup.err));
        // Another owner axis for the same identity is a rule of its own.
        QCOMPARE(runCli(args({ "alloc", "add", "--match", "project=proj_x", "--set", "env=b" })).code, 0);
    }

    // model_tier: thresholds shown and edited; a rule names a model's tier; the export groups by it.
    void tiers()
    {
        auto t = runCli(args({ "alloc", "tiers" }));
        QVERIFY2(t.code == 0, qPrintable(t.err));
        QVERIFY2(t.out.contains(QStringLiteral("premium from $10.00, economy below $1.00")), qPrintable(t.out));
        QVERIFY2(t.out.contains(QRegularExpression(QStringLiteral("gpt-4o +standard"))), qPrintable(t.out));
        QVERIFY(exportBy(QStringLiteral("model_tier")).contains(QStringLiteral("standard,9,")));
        t = runCli(args({ "alloc", "tiers", "--premium", "2" }));
        QVERIFY2(t.code == 0, qPrintable(t.err));
        QVERIFY(t.out.contains(QRegularExpression(QStringLiteral("gpt-4o +premium"))));
        QVERIFY(exportBy(QStringLiteral("model_tier")).contains(QStringLiteral("premium,9,")));
        auto r = runCli(args({ "alloc", "add", "--match", "model=gpt-4o", "--set", "model_tier=frontier" }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("nothing was rewritten")));
        const QString csv = exportBy(QStringLiteral("model_tier"));
        QVERIFY2(csv.startsWith(QStringLiteral("model_tier,requests,")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("frontier,9,")), qPrintable(csv));
    }

    // On the demo's billing lens: a project rule gives provider buckets an owner; the rest stays the
    // unallocated row and the TOTAL does not move.
    void billingLensByTeam()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        auto demo = runCli({ "--db", db, "demo", "--days", "5", "--events", "20000" });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        auto exportTeams = [&] {
            auto r = runCli({ "--db", db, "export", "--from", "2020-01-01", "--to", "2100-01-01", "--group-by", "team",
                "--lens", "billing", "--total", "--decimals", "9" }); // the TOTAL of exact rows
            return r.code == 0 ? r.out : QStringLiteral("ERROR ") + r.err;
        };
        const QString before = exportTeams();
        // Only the serverless tenant's Bedrock profile names a team in the billing lens; the rest is unallocated.
        QVERIFY2(before.split(QStringLiteral("\r\n")).size() == 5, qPrintable(before)); // header, data, "", TOTAL, ""
        QVERIFY2(before.contains(QStringLiteral("\r\ndata,")) && before.contains(QStringLiteral("\r\n,")),
            qPrintable(before));
        auto add = runCli({ "--db", db, "alloc", "add", "--match", "project=search-app", "--set", "team=search" });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const auto m
            = QRegularExpression(QStringLiteral("and (\\d+) provider buckets \\(([\\d,]+) requests")).match(add.out);
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 0, qPrintable(add.out));
        const QString after = exportTeams();
        QVERIFY2(after.contains(
                     QStringLiteral("search,") + QString(m.captured(2)).remove(QLatin1Char(',')) + QLatin1Char(',')),
            qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("\r\n,")), qPrintable(after)); // the unallocated row stays
        QCOMPARE(totalLine(after), totalLine(before));
        // The FOCUS export carries the owner in Tags.
        auto focus = runCli({ "--db", db, "export", "--format", "focus", "--from", "2020-01-01", "--to", "2100-01-01",
            "--lens", "billing" });
        QVERIFY2(focus.code == 0, qPrintable(focus.err));
        QVERIFY2(focus.out.contains(QStringLiteral("\"\"team\"\":\"\"search\"\"")), qPrintable(focus.out.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestCliAlloc)
#include "tst_cli_alloc.moc"
