// `budgets` as a cron job runs it: the real binary, a database in a temporary folder, a webhook
// receiver on 127.0.0.1.

#include "support/clirun.h"
#include "support/fakeserver.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using burnrate::test::runCli;

class TestCliBudgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList args(QStringList a) const
    {
        return QStringList { QStringLiteral("--db"), m_db } + a;
    }

    // $2.50 requests (1M gpt-4o input tokens) of team search within the last hour: in every current period.
    void importSpend(int requests, const QString& prefix)
    {
        const QString file = m_dir.filePath(prefix + QStringLiteral(".jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 dayStart = now - now % 86400;
        for (int i = 0; i < requests; ++i) {
            qint64 ts = std::max(dayStart, now - 3000 + i);
            f.write(QStringLiteral("{\"id\":\"%1-%2\",\"ts\":%3,\"provider\":\"openai\",\"model\":\"gpt-4o\","
                                   "\"input_tokens\":1000000,\"output_tokens\":0,\"team\":\"search\"}\n")
                        .arg(prefix)
                        .arg(i)
                        .arg(ts)
                        .toUtf8());
        }
        f.close();
        auto r = runCli(args({ QStringLiteral("import"), file }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("b%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        importSpend(4, QStringLiteral("base")); // $10 today
    }

    void addListRemove()
    {
        auto a = runCli(args({ "budgets", "add", "--name", "search", "--amount", "100", "--period", "monthly",
            "--scope", "team=search", "--tiers", "50,80,100" }));
        QVERIFY2(a.code == 0, qPrintable(a.err));
        auto dup = runCli(args({ "budgets", "add", "--name", "search", "--amount", "5", "--period", "daily" }));
        QVERIFY(dup.code != 0);
        QVERIFY(dup.err.contains(QStringLiteral("exists already")));
        auto l = runCli(args({ "budgets", "list" }));
        QCOMPARE(l.code, 0);
        QVERIFY2(l.out.contains(QStringLiteral("search: $10.00 of $100.00 (10.0%)")), qPrintable(l.out));
        QVERIFY(l.out.contains(QStringLiteral("scope team=search")));
        QVERIFY(l.out.contains(QStringLiteral("next tier 50%")));
        QCOMPARE(runCli(args({ "budgets", "remove", "search" })).code, 0);
        QVERIFY(runCli(args({ "budgets", "remove", "search" })).code != 0);
        QVERIFY(runCli(args({ "budgets", "list" })).out.contains(QStringLiteral("no budgets")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        const QStringList base { "--name", "x", "--period", "monthly" };
        QTest::newRow("no amount") << base << "--amount";
        QTest::newRow("negative amount") << (base + QStringList { "--amount", "-5" }) << "positive";
        QTest::newRow("not a number") << (base + QStringList { "--amount", "lots" }) << "positive";
        QTest::newRow("overflowing amount")
            << (base + QStringList { "--amount", "99999999999999999999" }) << "positive";
        QTest::newRow("unknown period") << QStringList { "--name", "x", "--amount", "5", "--period", "yearly" }
                                        << "--period";
        QTest::newRow("range without dates")
            << QStringList { "--name", "x", "--amount", "5", "--period", "range" } << "--from";
        QTest::newRow("unknown scope axis")
            << (base + QStringList { "--amount", "5", "--scope", "colour=red" }) << "unknown scope dimension";
        QTest::newRow("bad tiers") << (base + QStringList { "--amount", "5", "--tiers", "0,50" }) << "percentage";
        QTest::newRow("plain http webhook")
            << (base + QStringList { "--amount", "5", "--webhook", "http://example.com/h" }) << "https";
        QTest::newRow("billing lens by prompt")
            << (base + QStringList { "--amount", "5", "--scope", "prompt=a", "--lens", "billing" })
            << "billing lens has no prompt";
        QTest::newRow("cap through a missing source")
            << (base + QStringList { "--amount", "5", "--scope", "team=a", "--cap-litellm", "proxy" }) << "no source";
        QTest::newRow("cap without team or key")
            << (base + QStringList { "--amount", "5", "--tiers", "100:cap" }) << "cap action";
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        auto r = runCli(args(QStringList { "budgets", "add" } + extra));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(runCli(args({ "budgets", "list" })).out.contains(QStringLiteral("no budgets")));
    }

    void checkExitCodesAndWebhook()
    {
        burnrate::test::FakeServer hook([](const burnrate::test::FakeRequest&) {
            return burnrate::test::FakeResponse { 200, "text/plain", "ok" };
        });
        auto a = runCli(args({ "budgets", "add", "--name", "daily", "--amount", "15", "--period", "daily", "--webhook",
            QString::fromStdString(hook.url() + "/slack") }));
        QVERIFY2(a.code == 0, qPrintable(a.err));
        // $10 of $15: 66.7%, the 60% tier is crossed. Without --notify nothing is sent or recorded.
        auto c = runCli(args({ "budgets", "check" }));
        QCOMPARE(c.code, 1);
        QVERIFY(c.out.contains(QStringLiteral("CROSSED 60%")));
        QVERIFY(hook.requests().empty());
        auto n = runCli(args({ "budgets", "check", "--notify" }));
        QCOMPARE(n.code, 1);
        QVERIFY2(n.out.contains(QStringLiteral("ALERT Budget 'daily' reached 60%")), qPrintable(n.out));
        QCOMPARE(int(hook.requests().size()), 1);
        auto body = nlohmann::json::parse(hook.requests()[0].body);
        QCOMPARE(body["spent_usd"].get<std::string>(), std::string("10.00"));
        QCOMPARE(body["tier_pct"].get<int>(), 60);
        // The same crossing again: recorded once, sent once.
        auto again = runCli(args({ "budgets", "check", "--notify" }));
        QCOMPARE(again.code, 1);
        QVERIFY(!again.out.contains(QStringLiteral("ALERT")));
        QCOMPARE(int(hook.requests().size()), 1);
        // $10 more: 85% and 100% together, one message naming 100%.
        importSpend(4, QStringLiteral("more"));
        auto third = runCli(args({ "budgets", "check", "--notify" }));
        QCOMPARE(third.code, 1);
        QCOMPARE(int(hook.requests().size()), 2);
        QCOMPARE(nlohmann::json::parse(hook.requests()[1].body)["tier_pct"].get<int>(), 100);
        auto history = runCli(args({ "budgets", "alerts" }));
        QCOMPARE(history.out.count(QStringLiteral(" daily ")), 3);
        auto ack = runCli(args({ "budgets", "alerts", "--ack", "all" }));
        QVERIFY(ack.out.contains(QStringLiteral("3 alert(s) acknowledged")));
    }

    void underBudgetExitsZero()
    {
        QCOMPARE(
            runCli(args({ "budgets", "add", "--name", "big", "--amount", "1000", "--period", "quarterly" })).code, 0);
        auto c = runCli(args({ "budgets", "check", "--notify" }));
        QCOMPARE(c.code, 0);
        QVERIFY(c.out.contains(QStringLiteral("next tier 60%")));
    }

    void failedWebhookExitsTwo()
    {
        burnrate::test::FakeServer hook([](const burnrate::test::FakeRequest&) {
            return burnrate::test::FakeResponse { 404, "text/plain", "gone" };
        });
        QCOMPARE(runCli(args({ "budgets", "add", "--name", "d", "--amount", "5", "--period", "daily", "--webhook",
                            QString::fromStdString(hook.url() + "/x") }))
                     .code,
            0);
        auto c = runCli(args({ "budgets", "check", "--notify" }));
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(QStringLiteral("FAILED")), qPrintable(c.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBudgets)
#include "tst_cli_budgets.moc"
