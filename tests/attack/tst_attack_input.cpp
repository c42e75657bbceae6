// The attack suite for inputs: the real binary (`import`, `prices import`, `report`, `export`) fed
// numbers beyond every limit, a 50 MB CSV row of commas under a memory limit, and paths that are not
// regular files (/dev/zero, a FIFO with no writer, a directory).

#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>
#include <sys/stat.h>

using namespace burnrate::test;

namespace {

QString data(const char* name)
{
    return QStringLiteral(BURNRATE_TEST_DATA "/") + QLatin1String(name);
}

// Whether this build is instrumented by AddressSanitizer (the binary under test is built the same way).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

// Runs the binary under an address-space limit (prlimit --as) when prlimit is installed. Not under
// AddressSanitizer: it reserves terabytes of address space for its shadow memory and cannot start
// under such a limit (the ASan run still checks everything else; the release run checks the bound).
Run runLimited(const QStringList& args, qint64 addressSpaceBytes, bool* limited, int timeoutMs = 300000)
{
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    *limited = !prlimit.isEmpty() && !kAsan;
    if (!*limited)
        return runCli(args, timeoutMs);
    QProcess p;
    p.setProgram(prlimit);
    p.setArguments(
        QStringList { QStringLiteral("--as=%1").arg(addressSpaceBytes), QStringLiteral(BURNRATE_BIN) } + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    return finish(p, timeoutMs);
}

// The cost_usd column (or any column) of a CSV export, one value per row.
QStringList column(const QString& csv, const QString& name)
{
    QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const int idx = lines[0].split(QLatin1Char(',')).indexOf(name);
    QStringList out;
    for (int i = 1; i < lines.size() && idx >= 0; ++i)
        out << lines[i].split(QLatin1Char(',')).value(idx);
    return out;
}

} // namespace

class TestAttackInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    // Issue 7, item 3: 2^53 tokens, INT64_MAX latency and absurd costs are refused with the offending
    // row named; `report` never prints negative spend; two exports of the same range agree.
    void hugeNumbersNeverTurnSpendNegative_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("jsonl") << "jsonl";
        QTest::addRow("csv") << "csv";
    }
    void hugeNumbersNeverTurnSpendNegative()
    {
        QFETCH(QString, format);
        const QString db = m_dir.filePath(QStringLiteral("huge-%1.db").arg(format));
        const QString file = m_dir.filePath(QStringLiteral("huge.%1").arg(format));
        struct Row
        {
            const char* id;
            const char* input;
            const char* output;
            const char* latency;
            const char* cost;
        };
        const Row rows[] = {
            { "ok1", "1000", "100", "250", "0.01" },
            { "tok53in", "9007199254740992", "1", "10", "" },
            { "tok53out", "1", "9007199254740992", "10", "" },
            { "tokmax", "9223372036854775807", "9223372036854775807", "10", "" },
            { "latmax", "10", "10", "9223372036854775807", "" },
            { "latmax2", "10", "10", "9223372036854775806", "" },
            { "costbig", "10", "10", "10", "1e300" },
            { "costneg", "10", "10", "10", "-250998.75" },
            { "ok2", "2000", "200", "300", "" },
        };
        {
            std::ofstream out(file.toStdString());
            if (format == QLatin1String("csv"))
                out << "id,ts,provider,model,input_tokens,output_tokens,latency_ms,cost_usd\n";
            for (const Row& r : rows) {
                if (format == QLatin1String("csv"))
                    out << r.id << ",2026-10-05T10:00:00Z,openai,gpt-4o," << r.input << ',' << r.output << ','
                        << r.latency << ',' << r.cost << '\n';
                else
                    out << "{\"id\":\"" << r.id
                        << "\",\"ts\":\"2026-10-05T10:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o\","
                           "\"input_tokens\":"
                        << r.input << ",\"output_tokens\":" << r.output << ",\"latency_ms\":" << r.latency
                        << (r.cost[0] ? std::string(",\"cost_usd\":") + r.cost : std::string()) << "}\n";
            }
        }
        Run imp = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
        QCOMPARE(imp.code, 0);
        QVERIFY2(imp.out.contains(QStringLiteral("2 imported")), qPrintable(imp.out));
        QVERIFY2(imp.out.contains(QStringLiteral("7 quarantined")), qPrintable(imp.out));
        for (const char* why : { "implausibly large", "latency_ms", "cost_usd" })
            QVERIFY2(imp.out.contains(QLatin1String(why)), why);

        const QStringList range { QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
            QStringLiteral("2026-10-31") };
        Run report = runCli(QStringList { QStringLiteral("--db"), db, QStringLiteral("report") } + range);
        QCOMPARE(report.code, 0);
        QVERIFY2(!report.out.contains(QStringLiteral("-$")), qPrintable(report.out));
        QVERIFY(report.out.contains(QStringLiteral("Requests                  2")));

        const QStringList exportArgs = QStringList { QStringLiteral("--db"), db, QStringLiteral("export") } + range
            + QStringList { QStringLiteral("--group-by"), QStringLiteral("day,model"), QStringLiteral("--total") };
        Run a = runCli(exportArgs);
        Run b = runCli(exportArgs);
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        const QStringList costs = column(a.out, QStringLiteral("cost_usd"));
        QVERIFY(!costs.isEmpty());
        for (const QString& c : costs)
            QVERIFY2(!c.startsWith(QLatin1Char('-')), qPrintable(a.out));
        // The export by day agrees with one by model over the same range.
        Run byModel = runCli(QStringList { QStringLiteral("--db"), db, QStringLiteral("export") } + range
            + QStringList { QStringLiteral("--group-by"), QStringLiteral("model"), QStringLiteral("--total") });
        QCOMPARE(column(byModel.out, QStringLiteral("cost_usd")).last(), costs.last());
    }

    // Issue 7, item 7: a 50 MB row of commas is quarantined in bounded memory and the valid rows after
    // it land (run under a 512 MB address-space limit where prlimit exists: the old reader needed GBs).
    void hugeCsvRowInBoundedMemory()
    {
        const QString db = m_dir.filePath(QStringLiteral("commas.db"));
        const QString file = m_dir.filePath(QStringLiteral("commas.csv"));
        {
            std::ofstream out(file.toStdString(), std::ios::binary);
            out << "id,ts,provider,model,input_tokens,output_tokens\n";
            out << "before,2026-10-05T10:00:00Z,openai,gpt-4o,100,10\n";
            const std::string chunk(1 << 20, ',');
            for (int i = 0; i < 50; ++i)
                out << chunk;
            out << "\n";
            for (int i = 0; i < 5; ++i)
                out << "after" << i << ",2026-10-05T11:00:00Z,openai,gpt-4o,100,10\n";
        }
        bool limited = false;
        Run r = runLimited({ QStringLiteral("--db"), db, QStringLiteral("import"), file }, 512LL << 20, &limited);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("6 imported")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 quarantined")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("line 3:")), qPrintable(r.out));
        if (!limited)
            qWarning("no address-space limit (prlimit not found, or an ASan build): the memory bound was not enforced");
    }

    // The same for a huge JSON line and a huge element of a JSON array: skipped, the rest lands.
    void hugeJsonRecordsInBoundedMemory_data()
    {
        QTest::addColumn<bool>("array");
        QTest::addRow("jsonl line") << false;
        QTest::addRow("json array element") << true;
    }
    void hugeJsonRecordsInBoundedMemory()
    {
        QFETCH(bool, array);
        const QString db = m_dir.filePath(array ? QStringLiteral("bigarray.db") : QStringLiteral("bigline.db"));
        const QString file = m_dir.filePath(array ? QStringLiteral("big.json") : QStringLiteral("big.jsonl"));
        const std::string rec = "{\"id\":\"%\",\"ts\":\"2026-10-05T10:00:00Z\",\"provider\":\"openai\",\"model\":"
                                "\"gpt-4o\",\"input_tokens\":100,\"output_tokens\":10}";
        auto record = [&](const std::string& id) {
            std::string r = rec;
            r.replace(r.find('%'), 1, id);
            return r;
        };
        {
            std::ofstream out(file.toStdString(), std::ios::binary);
            const char* sep = array ? "," : "\n";
            out << (array ? "[" : "") << record("first") << sep << "{\"id\":\"huge\",\"prompt\":\"";
            const std::string chunk(1 << 20, 'y');
            for (int i = 0; i < 40; ++i)
                out << chunk;
            out << "\"}" << sep << record("last") << (array ? "]" : "\n");
        }
        bool limited = false;
        Run r = runLimited({ QStringLiteral("--db"), db, QStringLiteral("import"), file }, 512LL << 20, &limited);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 imported")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 quarantined")), qPrintable(r.out));
    }

    // Issue 7, item 8: `prices import` of /dev/zero, a FIFO with no writer, a directory: a clear
    // one-line error, quickly (a bounded wait: no hang, no memory growth).
    void pricesImportRefusesNonRegularFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("/dev/zero") << "/dev/zero"
                                   << "character device";
        QTest::addRow("fifo") << "fifo"
                              << "named pipe (FIFO)";
        QTest::addRow("directory") << "directory"
                                   << "is a directory";
        QTest::addRow("missing") << "missing"
                                 << "no such file";
    }
    void pricesImportRefusesNonRegularFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = kind;
        if (kind == QLatin1String("fifo")) {
            path = dir.filePath(QStringLiteral("prices.json"));
            QVERIFY(::mkfifo(path.toLocal8Bit().constData(), 0600) == 0);
        } else if (kind == QLatin1String("directory")) {
            path = dir.filePath(QStringLiteral("prices.json"));
            QVERIFY(QDir().mkdir(path));
        } else if (kind == QLatin1String("missing")) {
            path = dir.filePath(QStringLiteral("nothing.json"));
        }
        const QString db = m_dir.filePath(QStringLiteral("prices-nonregular.db"));
        for (const char* sub : { "prices", "import" }) {
            QStringList args { QStringLiteral("--db"), db };
            if (QLatin1String(sub) == QLatin1String("prices"))
                args << QStringLiteral("prices") << QStringLiteral("import") << path;
            else
                args << QStringLiteral("import") << path;
            bool limited = false;
            Run r = runLimited(args, 1LL << 30, &limited, 60000); // a FIFO read would block forever
            QVERIFY2(r.code != -1, "did not finish within the bounded wait");
            QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
            QVERIFY2(r.err.contains(reason), qPrintable(r.err));
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
        }
    }

    // Issue 7, item 4: negative, NaN, infinite and absurd prices are refused with a reason each;
    // spend never turns negative.
    void pricesImportRefusesInvalidPrices()
    {
        const QString db = m_dir.filePath(QStringLiteral("hostile-prices.db"));
        const QString file = m_dir.filePath(QStringLiteral("neg.jsonl"));
        {
            std::ofstream out(file.toStdString());
            for (const char* model : { "negative-output", "negative-cache-read", "good-model-a" })
                out << "{\"id\":\"" << model
                    << "\",\"ts\":\"2026-10-05T10:00:00Z\",\"provider\":\"openai\",\"model\":\"" << model
                    << "\",\"input_tokens\":1000000,\"cached_input_tokens\":500000,\"output_tokens\":1000000}\n";
        }
        QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file }).code, 0);
        Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("import"),
            data("prices/hostile_prices.json") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("imported 2 model prices")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("2 entries without token prices skipped, 8 refused")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("negative-output: output_cost_per_token is negative")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("nan-input: input_cost_per_token = NaN is not a finite number")),
            qPrintable(r.out));
        Run report = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31") });
        QCOMPARE(report.code, 0);
        QVERIFY2(!report.out.contains(QStringLiteral("-$")), qPrintable(report.out));
        // `prices set` goes through the same check.
        Run set = runCli({ QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("set"),
            QStringLiteral("--model"), QStringLiteral("x"), QStringLiteral("--input"), QStringLiteral("1"),
            QStringLiteral("--output"), QStringLiteral("-3") });
        QCOMPARE(set.code, 1);
        Run huge = runCli({ QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("set"),
            QStringLiteral("--model"), QStringLiteral("x"), QStringLiteral("--input"), QStringLiteral("1e300"),
            QStringLiteral("--output"), QStringLiteral("1") });
        QCOMPARE(huge.code, 1);
        // A map holding nothing valid fails as a whole.
        const QString bad = m_dir.filePath(QStringLiteral("all-bad.json"));
        std::ofstream(bad.toStdString()) << R"({"m": {"input_cost_per_token": -1, "output_cost_per_token": 1}})";
        Run none = runCli({ QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("import"), bad });
        QCOMPARE(none.code, 1);
        QVERIFY2(none.out.contains(QStringLiteral("m: input_cost_per_token is negative")), qPrintable(none.out));
    }

    // Issue 7, item 16: an empty file imports 0 rows and exits 0 whatever its format; a duplicated
    // CSV column refuses the file naming it.
    void emptyFilesAndAmbiguousHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addRow("empty csv") << "import/empty.csv" << 0 << "0 records";
        QTest::addRow("empty jsonl") << "import/empty.jsonl" << 0 << "0 records";
        QTest::addRow("empty json") << "import/empty.json" << 0 << "0 records";
        QTest::addRow("header only") << "import/header_only.csv" << 0 << "0 records";
        QTest::addRow("json array") << "import/array_pretty.json" << 0 << "3 imported";
        QTest::addRow("duplicated column") << "import/dup_column.csv" << 1 << "the column 'model' twice";
    }
    void emptyFilesAndAmbiguousHeaders()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, text);
        const QString db = m_dir.filePath(QStringLiteral("empty.db"));
        Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), data(file.toLatin1().constData()) });
        QCOMPARE(r.code, code);
        QVERIFY2((r.out + r.err).contains(text), qPrintable(r.out + r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAttackInput)
#include "tst_attack_input.moc"
