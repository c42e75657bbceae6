// Hostile values on the way out: terminal escapes, CR and NUL in tenants, models and prompts must
// not reach a terminal raw; a tenant named TOTAL must not pass for the total row; the billing lens
// refuses axes it does not carry. Runs the real binary.
#include "support/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using burnrate::test::Run;
using burnrate::test::runCli;

// Raw bytes a terminal would act on: C0 controls except LF, DEL, and C1 controls in UTF-8 form.
QString rawControls(const QString& text)
{
    QString found;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            found += QStringLiteral("U+%1 ").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return found;
}

} // namespace

class TestAttackOutput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("hostile.db"));
        const QString log = m_dir.filePath(QStringLiteral("hostile.jsonl"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // JSON escapes put ESC (OSC title, colours, erase line), CR, BEL, C1 CSI and NUL into values.
        f.write("{\"id\":\"1\",\"ts\":\"2026-11-02T10:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o\","
                "\"input_tokens\":1000,\"output_tokens\":10,\"tenant\":\"\\u001b]0;pwned\\u0007evil\","
                "\"prompt_id\":\"p\\r\\u001b[2Kfake\",\"tags\":{\"feature\":\"chat\"}}"
                "\n");
        f.write("{\"id\":\"2\",\"ts\":\"2026-11-02T11:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o\\u001b["
                "31m\\u009b1m\","
                "\"input_tokens\":2000,\"output_tokens\":20,\"tenant\":\"TOTAL\"}"
                "\n");
        f.write("{\"id\":\"3\",\"ts\":\"2026-11-02T12:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o\","
                "\"input_tokens\":3000,\"output_tokens\":30,\"tenant\":\"a\\u0000b\"}"
                "\n");
        // A bad row whose reason may echo the hostile value.
        f.write("{\"id\":\"4\",\"ts\":\"\\u001b]2;title\\u0007\\r\",\"provider\":\"openai\",\"model\":\"gpt-4o\","
                "\"input_tokens\":1,"
                "\"output_tokens\":1}"
                "\n");
        f.write("\x1b[31mnot json\r\n");
        f.close();
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("import"), log });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), qPrintable(rawControls(r.out + r.err) + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("quarantined")), qPrintable(r.out));
    }

    void reportPrintsNoRawControls()
    {
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--from"),
            QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-03") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), qPrintable(rawControls(r.out + r.err)));
        QVERIFY2(r.out.contains(QStringLiteral("\\x1b]0;pwned\\x07evil")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\\u009b")), qPrintable(r.out));
        // The tenant named TOTAL is quoted, not a bare TOTAL line.
        QVERIFY2(r.out.contains(QStringLiteral("\"TOTAL\"")), qPrintable(r.out));
    }

    void exportEscapesNulAndKeepsOneTotalRow()
    {
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-03"),
            QStringLiteral("--group-by"), QStringLiteral("tenant"), QStringLiteral("--total") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QChar(0)));
        QVERIFY2(r.out.contains(QStringLiteral("a\\x00b")), qPrintable(r.out));
        int totalRows = 0;
        for (const QString& line : r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            totalRows += line.startsWith(QStringLiteral("TOTAL,"));
        QCOMPARE(totalRows, 1);
        QVERIFY(r.out.trimmed().split(QStringLiteral("\r\n")).last().startsWith(QStringLiteral("TOTAL,3,")));
        QVERIFY2(r.out.contains(QStringLiteral("'TOTAL,1,")), qPrintable(r.out));
    }

    void sourceNamesAndErrorsAreEscaped()
    {
        Run add = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("sources"), QStringLiteral("add"),
            QStringLiteral("openai"), QStringLiteral("--name"), QStringLiteral("\x1b[31mred\rX"),
            QStringLiteral("--key-env"), QStringLiteral("K\x1b]0;t\x07") });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        Run list = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("sources"), QStringLiteral("list") });
        QCOMPARE(list.code, 0);
        for (const Run* r : { &add, &list })
            QVERIFY2(rawControls(r->out + r->err).isEmpty(), qPrintable(rawControls(r->out + r->err)));
        QVERIFY(list.out.contains(QStringLiteral("\\x1b[31mred\\rX")));
        // An error that echoes the input.
        Run bad = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("sources"), QStringLiteral("add"),
            QStringLiteral("\x1b]0;x\x07"), QStringLiteral("--name"), QStringLiteral("n") });
        QVERIFY(bad.code != 0);
        QVERIFY2(rawControls(bad.out + bad.err).isEmpty(), qPrintable(rawControls(bad.out + bad.err)));
    }

    // The GUI binary's one-line errors (--screenshot with an unknown page) echo the value escaped.
    void screenshotErrorsAreEscaped()
    {
        const QString shot = m_dir.filePath(QStringLiteral("x.png"));
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("--screenshot"), shot, QStringLiteral("--page"),
            QStringLiteral("\x1b]0;pwned\x07\r") });
        QVERIFY(r.code != 0);
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), qPrintable(rawControls(r.out + r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("\\x1b]0;pwned\\x07\\r")), qPrintable(r.err));
    }

    // Billing data has no prompts, traces or tags (its tenants and teams come from allocation rules): asking
    // for them under the billing lens is refused.
    void billingLensRefusesAttributionOnlyAxes_data()
    {
        QTest::addColumn<QString>("groupBy");
        QTest::addRow("prompt version") << "prompt_version";
        QTest::addRow("tag") << "tag:feature";
        QTest::addRow("prompt") << "day,prompt";
        QTest::addRow("trace") << "model,trace_id";
    }
    void billingLensRefusesAttributionOnlyAxes()
    {
        QFETCH(QString, groupBy);
        Run r = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-03"),
            QStringLiteral("--group-by"), groupBy, QStringLiteral("--lens"), QStringLiteral("billing") });
        QVERIFY(r.code != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("burnrate: the billing lens has no ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("use the attribution lens")), qPrintable(r.err));
        // The attribution lens (and the default choice) answers.
        Run a = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-03"),
            QStringLiteral("--group-by"), groupBy });
        QVERIFY2(a.code == 0, qPrintable(a.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestAttackOutput)
#include "tst_attack_output.moc"
