#include "analytics/costquery.h"
#include "ingest/csvreader.h"
#include "ingest/requestlog.h"
#include "support/testsupport.h"

#include <QTest>

#include <cstdio>
#include <fstream>

using namespace burnrate;

namespace {

struct Counts
{
    std::int64_t events = 0, quarantined = 0;
};

Counts counts(Database& db)
{
    Counts c;
    Statement s = db.prepare("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM quarantine)");
    s.step();
    c.events = s.int64(0);
    c.quarantined = s.int64(1);
    return c;
}

Totals allTime(Database& db, bool raw = false)
{
    CostQueries q(db);
    CostQuery cq;
    cq.from = 0;
    cq.to = 4'000'000'000;
    cq.forceRaw = raw;
    return q.run(cq)->total;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void importsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("quarantined");
        QTest::addRow("jsonl with OTel aliases, tags, texts") << "good.jsonl" << true << qint64(5) << qint64(0);
        QTest::addRow("malformed, truncated, wrong types, hostile") << "mixed.jsonl" << true << qint64(3) << qint64(13);
        QTest::addRow("csv with CRLF and quoted newlines") << "crlf_quoted.csv" << true << qint64(2) << qint64(0);
        QTest::addRow("csv with BOM") << "bom.csv" << true << qint64(1) << qint64(0);
        QTest::addRow("csv with bad rows") << "bad.csv" << true << qint64(1) << qint64(3);
        QTest::addRow("empty jsonl") << "empty.jsonl" << true << qint64(0) << qint64(0);
        QTest::addRow("empty csv") << "empty.csv" << true << qint64(0) << qint64(0);
        QTest::addRow("csv without required columns") << "noheader.csv" << false << qint64(0) << qint64(0);
        QTest::addRow("missing file") << "does-not-exist.jsonl" << false << qint64(0) << qint64(0);
    }
    void importsFixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, ok);
        QFETCH(qint64, imported);
        QFETCH(qint64, quarantined);
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(test::testData(("import/" + file.toStdString()).c_str()));
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().detail.empty());
            QCOMPARE(counts(*t.db).events, qint64(0));
            return;
        }
        QCOMPARE(r->inserted, imported);
        QCOMPARE(r->quarantined, quarantined);
        QCOMPARE(counts(*t.db).events, imported);
        QCOMPARE(counts(*t.db).quarantined, quarantined);
        for (const auto& q : r->firstProblems) {
            QVERIFY(q.line > 0);
            QVERIFY(!q.reason.empty());
        }
    }

    void quarantineNamesLineAndReason()
    {
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(test::testData("import/mixed.jsonl"));
        QVERIFY(r.ok());
        std::map<std::int64_t, std::string> byLine;
        for (const auto& q : r->firstProblems)
            byLine[q.line] = q.reason;
        QCOMPARE(QString::fromStdString(byLine[2]), QStringLiteral("not valid JSON"));
        QCOMPARE(QString::fromStdString(byLine[3]), QStringLiteral("input_tokens is not an integer"));
        QCOMPARE(QString::fromStdString(byLine[4]), QStringLiteral("input_tokens is negative"));
        QVERIFY(byLine[5].find("implausibly large") != std::string::npos);
        QCOMPARE(QString::fromStdString(byLine[6]), QStringLiteral("cached + cache-write tokens exceed input_tokens"));
        QVERIFY(byLine[7].find("bad timestamp") != std::string::npos);
        QCOMPARE(QString::fromStdString(byLine[8]), QStringLiteral("missing required field id"));
        QCOMPARE(QString::fromStdString(byLine[9]), QStringLiteral("not a JSON object"));
        QCOMPARE(QString::fromStdString(byLine[16]), QStringLiteral("invalid UTF-8"));
    }

    void parsesFieldsExactly()
    {
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        QVERIFY(imp.importFile(test::testData("import/good.jsonl")).ok());
        Statement s = t.db->prepare(
            "SELECT e.ts, e.input, e.cached, e.cw5m, e.cw1h, e.output, e.reported_cost, e.cost, e.latency_ms, e.status "
            "FROM events e WHERE e.ext_id = 'r2'");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), qint64(1790848800));
        QCOMPARE(s.int64(1), qint64(10000));
        QCOMPARE(s.int64(2), qint64(5000));
        QCOMPARE(s.int64(3), qint64(2000));
        QCOMPARE(s.int64(4), qint64(1000));
        QCOMPARE(s.int64(5), qint64(500));
        QCOMPARE(s.int64(6), qint64(28'500'000)); // reported cost kept beside the computed one
        QCOMPARE(s.int64(7), qint64(28'500'000));
        QCOMPARE(s.int64(8), qint64(1234));
        Statement r3 = t.db->prepare("SELECT ts, status FROM events WHERE ext_id = 'r3'");
        QVERIFY(r3.step());
        QCOMPARE(r3.int64(0), *parseTimestamp("2026-10-01T10:00:00Z")); // +02:00 offset applied
        QCOMPARE(r3.int64(1), qint64(429));
        Statement un = t.db->prepare("SELECT cost IS NULL FROM events WHERE ext_id = 'r5'");
        QVERIFY(un.step());
        QCOMPARE(un.int64(0), qint64(1)); // unpriced is not $0
        Totals all = allTime(*t.db);
        QCOMPARE(all.unpricedRequests, qint64(1));
        QCOMPARE(all.unpricedTokens, qint64(1000));
        QCOMPARE(all.cacheHitRequests, qint64(1));
        QCOMPARE(all.errorRequests, qint64(1));
        Statement tags = t.db->prepare("SELECT count(*) FROM event_tags");
        QVERIFY(tags.step());
        QCOMPARE(tags.int64(0), qint64(2));
        Statement text = t.db->prepare("SELECT prompt, response FROM event_text");
        QVERIFY(text.step());
        QCOMPARE(QString::fromStdString(text.text(0)), QStringLiteral("Hello"));
    }

    void csvQuotedNewlinesSurvive()
    {
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        QVERIFY(imp.importFile(test::testData("import/crlf_quoted.csv")).ok());
        Statement s = t.db->prepare("SELECT prompt FROM event_text");
        QVERIFY(s.step());
        QCOMPARE(QString::fromStdString(s.text(0)), QStringLiteral("Line one\r\nline two, with comma and \"quotes\""));
        Statement tag = t.db->prepare("SELECT count(*) FROM event_tags");
        QVERIFY(tag.step());
        QCOMPARE(tag.int64(0), qint64(2));
    }

    void reimportIsIdempotentAndReplacesExactly()
    {
        test::TempDb t;
        {
            RequestLogImporter imp(*t.db, t.prices);
            QVERIFY(imp.importFile(test::testData("import/good.jsonl")).ok());
        }
        Totals first = allTime(*t.db);
        RequestLogImporter again(*t.db, t.prices);
        auto r = again.importFile(test::testData("import/good.jsonl"));
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, qint64(0));
        QCOMPARE(r->updated, qint64(5));
        QCOMPARE(counts(*t.db).events, qint64(5));
        QCOMPARE(allTime(*t.db), first);
        QCOMPARE(allTime(*t.db, true), first);

        // A changed row replaces its old contribution.
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/changed.jsonl")).toStdString();
        std::ofstream(path) << "{\"id\":\"r1\",\"ts\":\"2026-10-01T10:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-"
                               "4o\",\"input_tokens\":20000,\"output_tokens\":0,\"tenant\":\"hooli\"}"
                            << "\n";
        RequestLogImporter changed(*t.db, t.prices);
        QVERIFY(changed.importFile(path).ok());
        Totals now = allTime(*t.db);
        QCOMPARE(now.requests, first.requests);
        QCOMPARE(now.input, first.input + 10000);
        QCOMPARE(now.output, first.output - 1000);
        QCOMPARE(allTime(*t.db, true), now);
        CostQueries q(*t.db);
        CostQuery byTenant;
        byTenant.from = 0;
        byTenant.to = 4'000'000'000;
        byTenant.groupBy = { Axis { Dim::Tenant, {} } };
        auto rows = q.run(byTenant);
        QVERIFY(rows.ok());
        std::map<std::string, std::int64_t> req;
        for (const auto& row : rows->rows)
            req[row.keys[0]] = row.totals.requests;
        QCOMPARE(req["acme"], qint64(2));
        QCOMPARE(req["hooli"], qint64(1));
    }

    void sameIdInAnotherSourceIsAnotherEvent()
    {
        test::TempDb t;
        RequestLogImporter a(*t.db, t.prices, "proxy-a");
        RequestLogImporter b(*t.db, t.prices, "proxy-b");
        QVERIFY(a.importFile(test::testData("import/good.jsonl")).ok());
        QVERIFY(b.importFile(test::testData("import/good.jsonl")).ok());
        QCOMPARE(counts(*t.db).events, qint64(10));
    }

    void megabyteLinesImportAndGiantLinesAreQuarantined()
    {
        test::TempDb t;
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/big.jsonl")).toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            std::string mb(1 << 20, 'x');
            out << "{\"id\":\"big1\",\"ts\":\"2026-10-01T00:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o\","
                   "\"input_tokens\":1,\"output_tokens\":1,\"prompt\":\""
                << mb << "\"}\n";
            std::string huge(20 << 20, 'y');
            out << "{\"id\":\"huge\",\"prompt\":\"" << huge << "\"}\n";
            out << "{\"id\":\"after\",\"ts\":\"2026-10-01T00:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o\","
                   "\"input_tokens\":1,\"output_tokens\":1}"
                << "\n";
        }
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(path);
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, qint64(2));
        QCOMPARE(r->quarantined, qint64(1));
        QCOMPARE(r->firstProblems[0].line, qint64(2));
        QVERIFY(r->firstProblems[0].reason.find("16 MB") != std::string::npos);
    }

    void manyLinesStreamInBatches()
    {
        test::TempDb t;
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/many.jsonl")).toStdString();
        {
            std::ofstream out(path);
            for (int i = 0; i < 30000; ++i)
                out << "{\"id\":\"m" << i << "\",\"ts\":" << (1790000000 + i * 60)
                    << ",\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"input_tokens\":" << (100 + i % 50)
                    << ",\"output_tokens\":10,\"tenant\":\"t" << (i % 7) << "\"}\n";
        }
        RequestLogImporter imp(*t.db, t.prices);
        imp.setBatchSize(1000);
        std::int64_t lastProgress = 0;
        imp.setProgress([&](std::int64_t done, std::int64_t) { lastProgress = done; });
        auto r = imp.importFile(path);
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, qint64(30000));
        QVERIFY(lastProgress > 0);
        QCOMPARE(allTime(*t.db), allTime(*t.db, true));
    }

    void cancelKeepsWhatWasRead()
    {
        test::TempDb t;
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/cancel.jsonl")).toStdString();
        {
            std::ofstream out(path);
            for (int i = 0; i < 100000; ++i)
                out << "{\"id\":\"c" << i << "\",\"ts\":" << (1790000000 + i)
                    << ",\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"input_tokens\":100,"
                       "\"output_tokens\":10,\"tenant\":\"a-fairly-long-tenant-name-to-pad-the-line\"}\n";
        }
        std::atomic<bool> cancel { true };
        {
            RequestLogImporter before(*t.db, t.prices);
            before.setCancel(&cancel);
            auto r = before.importFile(path);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Cancelled);
            QCOMPARE(counts(*t.db).events, qint64(0));
        }
        cancel = false;
        RequestLogImporter imp(*t.db, t.prices);
        imp.setCancel(&cancel);
        imp.setBatchSize(5000);
        // The first progress report (after 8 MB) asks to stop: what was read so far is kept.
        imp.setProgress([&](std::int64_t, std::int64_t) { cancel = true; });
        auto r = imp.importFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        std::int64_t kept = counts(*t.db).events;
        QVERIFY(kept > 0 && kept < 100000);
        QCOMPARE(allTime(*t.db).requests, kept);
        QCOMPARE(allTime(*t.db, true), allTime(*t.db));
        // Importing again completes the file without duplicates.
        RequestLogImporter again(*t.db, t.prices);
        auto done = again.importFile(path);
        QVERIFY(done.ok());
        QCOMPARE(done->updated, kept);
        QCOMPARE(counts(*t.db).events, qint64(100000));
    }

    void csvReaderHandlesEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("records"); // fields joined by '|'
        QTest::addRow("simple") << QByteArray("a,b\n1,2\n") << QStringList { "a|b", "1|2" };
        QTest::addRow("no trailing newline") << QByteArray("a,b\n1,2") << QStringList { "a|b", "1|2" };
        QTest::addRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList { "a|b", "1|2" };
        QTest::addRow("quoted comma") << QByteArray("\"x,y\",z\n") << QStringList { "x,y|z" };
        QTest::addRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\"\n") << QStringList { "say \"hi\"" };
        QTest::addRow("quoted newline") << QByteArray("\"l1\nl2\",b\n") << QStringList { "l1\nl2|b" };
        QTest::addRow("empty fields") << QByteArray(",,\n") << QStringList { "||" };
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBFh\n") << QStringList { "h" };
        QTest::addRow("lone cr") << QByteArray("a\rb\r") << QStringList { "a", "b" };
    }
    void csvReaderHandlesEdgeCases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, records);
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/t.csv");
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out.write(input.constData(), input.size());
        }
        std::FILE* f = std::fopen(path.toLocal8Bit().constData(), "rb");
        CsvReader reader(f);
        std::vector<std::string> fields;
        std::int64_t line;
        QStringList got;
        while (reader.next(fields, line) == CsvReader::Status::Record) {
            QStringList parts;
            for (const auto& x : fields)
                parts << QString::fromStdString(x);
            got << parts.join(QLatin1Char('|'));
        }
        std::fclose(f);
        QCOMPARE(got, records);
    }

    void parsesJsonRecordsStrictly_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("detail"); // the model on success, the reason on failure
        const QByteArray base
            = "\"id\":\"a\",\"ts\":1790000000,\"provider\":\"openai\",\"input_tokens\":1,\"output_tokens\":1";
        auto rec = [&](const QByteArray& model) {
            return "{" + base + ",\"model\":" + model + "}";
        };
        QTest::addRow("plain") << rec("\"gpt-4o\"") << true << "gpt-4o";
        QTest::addRow("escapes") << rec("\"a\\\"b\\\\c\\/d\\n\"") << true << "a\"b\\c/d\n";
        QTest::addRow("unicode escape") << rec("\"caf\\u00e9\"") << true << QStringLiteral("caf\u00e9");
        QTest::addRow("surrogate pair") << rec("\"\\ud83d\\udd25\"") << true << QStringLiteral("\U0001F525");
        QTest::addRow("lone high surrogate") << rec("\"\\ud83d\"") << false << "invalid UTF-8";
        QTest::addRow("lone low surrogate") << rec("\"\\udd25\"") << false << "invalid UTF-8";
        QTest::addRow("bad escape") << rec("\"\\q\"") << false << "not valid JSON";
        QTest::addRow("short unicode escape") << rec("\"\\u12\"") << false << "not valid JSON";
        QTest::addRow("raw control char") << rec("\"a\tb\"") << false << "not valid JSON";
        QTest::addRow("raw utf-8") << rec("\"\xe2\x82\xac\"") << true << QStringLiteral("\u20ac");
        QTest::addRow("model is object") << rec("{\"x\":1}") << false << "model has the wrong type";
        QTest::addRow("model is array") << rec("[1,2]") << false << "model has the wrong type";
        QTest::addRow("whitespace everywhere")
            << QByteArray(" { \"id\" : \"a\" , \"ts\" : 1790000000 , \"provider\" : \"p\" , \"model\" : \"m\" , "
                          "\"input_tokens\" : 1 , \"output_tokens\" : 1 } ")
            << true << "m";
        QTest::addRow("trailing garbage") << rec("\"m\"") + "x" << false << "not valid JSON";
        QTest::addRow("two objects") << rec("\"m\"") + rec("\"m\"") << false << "not valid JSON";
        QTest::addRow("trailing comma") << QByteArray("{" + base + ",\"model\":\"m\",}") << false << "not valid JSON";
        QTest::addRow("missing colon") << QByteArray("{\"id\" \"a\"}") << false << "not valid JSON";
        QTest::addRow("single quotes") << QByteArray("{'id':'a'}") << false << "not valid JSON";
        QTest::addRow("leading zero") << QByteArray("{" + base + ",\"model\":\"m\",\"latency_ms\":01}") << false
                                      << "not valid JSON";
        QTest::addRow("bare minus") << QByteArray("{" + base + ",\"model\":\"m\",\"latency_ms\":-}") << false
                                    << "not valid JSON";
        QTest::addRow("dot without digits")
            << QByteArray("{" + base + ",\"model\":\"m\",\"latency_ms\":1.}") << false << "not valid JSON";
        QTest::addRow("exponent tokens") << QByteArray("{\"id\":\"a\",\"ts\":1790000000,\"provider\":\"p\",\"model\":"
                                                       "\"m\",\"input_tokens\":1e3,\"output_tokens\":1}")
                                         << true << "m";
        QTest::addRow("bool tokens") << QByteArray("{\"id\":\"a\",\"ts\":1790000000,\"provider\":\"p\",\"model\":\"m\","
                                                   "\"input_tokens\":true,\"output_tokens\":1}")
                                     << false << "input_tokens has the wrong type";
        QTest::addRow("null model is missing") << rec("null") << false << "missing required field model";
        QTest::addRow("duplicate key, last wins")
            << QByteArray("{" + base + ",\"model\":\"first\",\"model\":\"second\"}") << true << "second";
        QTest::addRow("unknown nested skipped")
            << QByteArray("{" + base + ",\"model\":\"m\",\"extra\":{\"a\":[1,{\"b\":null}],\"c\":\"}\"}}") << true
            << "m";
        QByteArray deep
            = "{" + base + ",\"model\":\"m\",\"extra\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}";
        QTest::addRow("nesting too deep") << deep << false << "JSON nested too deeply";
        QTest::addRow("unterminated nested")
            << QByteArray("{" + base + ",\"model\":\"m\",\"extra\":[1,2") << false << "not valid JSON";
        QTest::addRow("empty object") << QByteArray("{}") << false << "missing required field id";
        QTest::addRow("empty line") << QByteArray("") << false << "not valid JSON";
        QTest::addRow("number at top") << QByteArray("42") << false << "not a JSON object";
        QTest::addRow("string at top") << QByteArray("\"x\"") << false << "not a JSON object";
        QTest::addRow("nul byte") << QByteArray("{\"id\":\"a\0b\"}", 12) << false << "not valid JSON";
        QTest::addRow("tags with number")
            << QByteArray("{" + base + ",\"model\":\"m\",\"tags\":{\"n\":5,\"b\":true}}") << true << "m";
        QTest::addRow("tags nested") << QByteArray("{" + base + ",\"model\":\"m\",\"tags\":{\"n\":{}}}") << false
                                     << "tag 'n' is not a short scalar";
    }
    void parsesJsonRecordsStrictly()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(QString, detail);
        UsageEvent e;
        std::string reason;
        bool parsed
            = parseRequestJson(std::string_view(line.constData(), static_cast<std::size_t>(line.size())), e, reason);
        QCOMPARE(parsed, ok);
        QCOMPARE(QString::fromStdString(ok ? e.dims.model : reason), detail);
    }

    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ascii") << QByteArray("hello") << true;
        QTest::addRow("two-byte") << QByteArray("caf\xC3\xA9") << true;
        QTest::addRow("emoji") << QByteArray("\xF0\x9F\x94\xA5") << true;
        QTest::addRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::addRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::addRow("truncated") << QByteArray("\xE2\x82") << false;
        QTest::addRow("stray continuation") << QByteArray("\x80") << false;
        QTest::addRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    }
    void validatesUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(validUtf8(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))), valid);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
