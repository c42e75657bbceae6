#include "analytics/costquery.h"
#include "ingest/csvreader.h"
#include "ingest/evalimport.h"
#include "ingest/fileinput.h"
#include "ingest/jsonarray.h"
#include "ingest/requestlog.h"
#include "model/validate.h"
#include "store/importlog.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sys/stat.h>

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

Totals allTime(Database& db, bool raw = false, Lens lens = Lens::Attribution)
{
    CostQueries q(db);
    CostQuery cq;
    cq.from = 0;
    cq.to = 4'000'000'000;
    cq.forceRaw = raw;
    cq.lens = lens;
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
        // Issue 7, item 16: an empty file reads fine (0 rows) whatever its format.
        QTest::addRow("empty csv") << "empty.csv" << true << qint64(0) << qint64(0);
        QTest::addRow("empty json") << "empty.json" << true << qint64(0) << qint64(0);
        QTest::addRow("csv header only") << "header_only.csv" << true << qint64(0) << qint64(0);
        // A .json file holding a JSON array of records, streamed; or one object per line.
        QTest::addRow("json array, pretty-printed") << "array_pretty.json" << true << qint64(3) << qint64(1);
        QTest::addRow("json array on one line") << "array_oneline.json" << true << qint64(3) << qint64(1);
        QTest::addRow("json array, truncated") << "array_truncated.json" << true << qint64(1) << qint64(1);
        QTest::addRow("json array, trailing garbage") << "array_trailing.json" << true << qint64(1) << qint64(1);
        QTest::addRow("json array, empty") << "array_empty.json" << true << qint64(0) << qint64(0);
        QTest::addRow("json, one object per line") << "lines.json" << true << qint64(2) << qint64(0);
        // Status words, epoch milliseconds, year 1 and latency near INT64_MAX.
        QTest::addRow("csv status words and limits") << "status_words.csv" << true << qint64(3) << qint64(3);
        // A duplicated column is refused, naming it.
        QTest::addRow("csv duplicated column") << "dup_column.csv" << false << qint64(0) << qint64(0);
        QTest::addRow("csv column and its alias") << "dup_alias.csv" << false << qint64(0) << qint64(0);
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

    // Every import is listed (file, time, counts) with its quarantined rows (store/importlog.h).
    void importHistoryKeepsTheQuarantine()
    {
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(test::testData("import/mixed.jsonl"));
        QVERIFY(r.ok());
        auto good = imp.importFile(test::testData("import/good.jsonl"));
        QVERIFY(good.ok());
        QVERIFY(r->importId > 0 && good->importId > r->importId);
        auto list = listImports(*t.db);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->back().id, r->importId);
        QCOMPARE(list->back().file, test::testData("import/mixed.jsonl"));
        QCOMPARE(list->back().stored, r->inserted + r->updated);
        QCOMPARE(list->back().quarantined, r->quarantined);
        auto rows = quarantinedRows(*t.db, r->importId);
        QVERIFY(rows.ok());
        QCOMPARE(std::int64_t(rows->size()), r->quarantined);
        QCOMPARE(rows->front().line, std::int64_t(2));
        QCOMPARE(QString::fromStdString(rows->front().reason), QStringLiteral("not valid JSON"));
        QVERIFY(!rows->front().raw.empty());
        QVERIFY(
            std::is_sorted(rows->begin(), rows->end(), [](const auto& a, const auto& b) { return a.line < b.line; }));
        auto none = quarantinedRows(*t.db, good->importId);
        QVERIFY(none.ok() && none->empty());
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

    // Issue 7, item 16: one accepted range (1970..2199) for epoch numbers and RFC 3339; epoch
    // milliseconds (and micro/nanoseconds) by magnitude.
    void parsesTimestampsInOneRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isNumber");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("epoch"); // or a part of the reason
        QTest::addColumn<QString>("reason");
        QTest::addRow("seconds") << "1790848800" << true << true << qint64(1790848800) << "";
        QTest::addRow("milliseconds") << "1790848800123" << true << true << qint64(1790848800) << "";
        QTest::addRow("milliseconds as text") << "1790848800123" << false << true << qint64(1790848800) << "";
        QTest::addRow("microseconds") << "1790848800123456" << true << true << qint64(1790848800) << "";
        QTest::addRow("nanoseconds (OTel)") << "1790848800123456789" << true << true << qint64(1790848800) << "";
        QTest::addRow("fraction truncated") << "1790848800.999" << true << true << qint64(1790848800) << "";
        QTest::addRow("exponent") << "1.7908488e9" << true << true << qint64(1790848800) << "";
        QTest::addRow("plus sign") << "+1790848800" << false << true << qint64(1790848800) << "";
        QTest::addRow("epoch zero") << "0" << true << true << qint64(0) << "";
        QTest::addRow("last second") << "2199-12-31T23:59:59Z" << false << true << qint64(limits::kMaxTimestamp - 1)
                                     << "";
        QTest::addRow("last second, seconds") << "7258118399" << true << true << qint64(7258118399) << "";
        QTest::addRow("first second") << "1970-01-01T00:00:00Z" << false << true << qint64(0) << "";
        QTest::addRow("date only") << "2026-10-01" << false << true << qint64(1790812800) << "";
        QTest::addRow("negative epoch") << "-1" << true << false << qint64(0) << "outside";
        QTest::addRow("year 1") << "0001-01-01T00:00:00Z" << false << false << qint64(0) << "outside";
        QTest::addRow("1969") << "1969-12-31T23:59:59Z" << false << false << qint64(0) << "outside";
        QTest::addRow("year 2200") << "2200-01-01T00:00:00Z" << false << false << qint64(0) << "outside";
        QTest::addRow("year 9999") << "9999-12-31T23:59:59Z" << false << false << qint64(0) << "outside";
        QTest::addRow("too many digits") << "99999999999999999999999999" << true << false << qint64(0) << "outside";
        QTest::addRow("INT64_MAX") << "9223372036854775807" << true << false << qint64(0) << "outside";
        QTest::addRow("UINT64_MAX") << "18446744073709551615" << true << false << qint64(0) << "outside";
        QTest::addRow("huge exponent") << "1e300" << true << false << qint64(0) << "outside";
        QTest::addRow("negative offset past 1970")
            << "1970-01-01T00:00:00+01:00" << false << false << qint64(0) << "outside";
        QTest::addRow("word") << "yesterday" << false << false << qint64(0) << "bad timestamp";
        QTest::addRow("empty") << "" << false << false << qint64(0) << "bad timestamp";
        QTest::addRow("two dots") << "1790848800.1.2" << false << false << qint64(0) << "bad timestamp";
        QTest::addRow("truncated date") << "2026-10-0" << false << false << qint64(0) << "bad timestamp";
    }
    void parsesTimestampsInOneRange()
    {
        QFETCH(QString, text);
        QFETCH(bool, isNumber);
        QFETCH(bool, ok);
        QFETCH(qint64, epoch);
        QFETCH(QString, reason);
        Epoch t = -7;
        std::string why;
        QCOMPARE(parseImportTimestamp(text.toStdString(), isNumber, t, why), ok);
        if (ok)
            QCOMPARE(t, epoch);
        else
            QVERIFY2(why.find(reason.toStdString()) != std::string::npos, why.c_str());
    }

    // Issue 7, items 3 and 16: every number at its limit, in a JSON record.
    void checksEveryNumberAtItsLimits_data()
    {
        QTest::addColumn<QByteArray>("fields"); // appended to a valid record
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("reason");
        QTest::addRow("tokens at the limit")
            << QByteArray("\"input_tokens\":50000000,\"output_tokens\":50000000") << true << "";
        QTest::addRow("tokens above") << QByteArray("\"input_tokens\":50000001,\"output_tokens\":1") << false
                                      << "input_tokens is implausibly large";
        QTest::addRow("2^53 tokens") << QByteArray("\"input_tokens\":1,\"output_tokens\":9007199254740992") << false
                                     << "output_tokens is implausibly large";
        QTest::addRow("INT64_MAX tokens")
            << QByteArray("\"input_tokens\":9223372036854775807,\"output_tokens\":1") << false << "implausibly large";
        QTest::addRow("beyond int64 tokens")
            << QByteArray("\"input_tokens\":99999999999999999999999,\"output_tokens\":1") << false
            << "input_tokens is not an integer";
        QTest::addRow("cache parts sum above input")
            << QByteArray("\"input_tokens\":10,\"cached_input_tokens\":5,\"cache_write_tokens\":4,"
                          "\"cache_write_1h_tokens\":2,\"output_tokens\":1")
            << false << "exceed input_tokens";
        QTest::addRow("latency at the limit") << QByteArray("\"latency_ms\":604800000") << true << "";
        QTest::addRow("latency above") << QByteArray("\"latency_ms\":604800001") << false << "latency_ms";
        QTest::addRow("latency INT64_MAX") << QByteArray("\"latency_ms\":9223372036854775807") << false << "latency_ms";
        QTest::addRow("latency 1e300") << QByteArray("\"latency_ms\":1e300") << false << "latency_ms";
        QTest::addRow("latency negative") << QByteArray("\"latency_ms\":-1") << false << "latency_ms";
        QTest::addRow("latency fraction") << QByteArray("\"latency_ms\":12.5") << true << "";
        QTest::addRow("ttft at the limit") << QByteArray("\"ttft_ms\":604800000") << true << "";
        QTest::addRow("ttft above") << QByteArray("\"ttft_ms\":604800001") << false << "ttft_ms";
        QTest::addRow("ttft INT64_MAX") << QByteArray("\"ttft_ms\":9223372036854775807") << false << "ttft_ms";
        QTest::addRow("ttft negative") << QByteArray("\"ttft_ms\":-5") << false << "ttft_ms";
        QTest::addRow("ttft text") << QByteArray("\"ttft_ms\":\"soon\"") << false << "ttft_ms is not a number";
        QTest::addRow("ttft by its long name")
            << QByteArray("\"time_to_first_token_ms\":\"x\"") << false << "time_to_first_token_ms is not a number";
        QTest::addRow("cost at the limit") << QByteArray("\"cost_usd\":1000000") << true << "";
        QTest::addRow("cost above") << QByteArray("\"cost_usd\":1000000.000000001") << false << "cost_usd";
        QTest::addRow("cost negative") << QByteArray("\"cost_usd\":-0.01") << false << "cost_usd";
        QTest::addRow("cost 1e300") << QByteArray("\"cost_usd\":1e300") << false << "cost_usd";
        QTest::addRow("status 999") << QByteArray("\"status\":999") << true << "";
        QTest::addRow("status 1000") << QByteArray("\"status\":1000") << false << "status";
        QTest::addRow("status -1") << QByteArray("\"status\":-1") << false << "status";
        QTest::addRow("status success") << QByteArray("\"status\":\"success\"") << true << "";
        QTest::addRow("status Error") << QByteArray("\"status\":\"Error\"") << true << "";
        QTest::addRow("status failed") << QByteArray("\"status\":\"failed\"") << true << "";
        QTest::addRow("status timeout") << QByteArray("\"status\":\"timeout\"") << true << "";
        QTest::addRow("status bogus") << QByteArray("\"status\":\"bogus\"") << false << "known word";
        QTest::addRow("id too long") << QByteArray("\"id\":\"" + QByteArray(5000, 'x') + "\"") << false
                                     << "longer than 4096";
        QTest::addRow("tenant too long") << QByteArray("\"tenant\":\"" + QByteArray(5000, 'x') + "\"") << false
                                         << "longer than 4096";
        QByteArray manyTags = "\"tags\":{";
        for (int i = 0; i < 300; ++i)
            manyTags += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":\"v\"";
        QTest::addRow("300 tags") << manyTags + "}" << false << "more than 256 tags";
    }
    void checksEveryNumberAtItsLimits()
    {
        QFETCH(QByteArray, fields);
        QFETCH(bool, ok);
        QFETCH(QString, reason);
        // Later members win: the record's defaults come first.
        QByteArray line = "{\"id\":\"x\",\"ts\":1790848800,\"provider\":\"openai\",\"model\":\"gpt-4o\","
                          "\"input_tokens\":1,\"output_tokens\":1,"
            + fields + "}";
        UsageEvent e;
        std::string why;
        QCOMPARE(parseRequestJson(line.toStdString(), e, why), ok);
        if (!ok)
            QVERIFY2(why.find(reason.toStdString()) != std::string::npos, why.c_str());
        else
            QVERIFY(validateEvent(e).ok());
    }

    void statusWordsMapToCodes()
    {
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(test::testData("import/status_words.csv"));
        QVERIFY(r.ok());
        std::map<std::string, std::int64_t> status;
        Statement s = t.db->prepare("SELECT ext_id, status, ts FROM events");
        while (s.step())
            status[s.text(0)] = s.int64(1);
        QCOMPARE(status["s1"], qint64(200));
        QCOMPARE(status["s2"], qint64(500));
        QCOMPARE(status["s3"], qint64(504));
        std::map<std::int64_t, std::string> byLine;
        for (const auto& q : r->firstProblems)
            byLine[q.line] = q.reason;
        QVERIFY2(byLine[5].find("known word") != std::string::npos, byLine[5].c_str());
        QVERIFY2(byLine[6].find("outside") != std::string::npos, byLine[6].c_str());
        QVERIFY2(byLine[7].find("latency_ms") != std::string::npos, byLine[7].c_str());
        Statement ms = t.db->prepare("SELECT ts FROM events WHERE ext_id = 's2'");
        QVERIFY(ms.step());
        QCOMPARE(ms.int64(0), qint64(1790848800));
    }

    void refusesAmbiguousCsvHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addRow("same column twice") << "dup_column.csv"
                                           << "the column 'model' twice";
        QTest::addRow("column and alias") << "dup_alias.csv"
                                          << "both 'id' and 'request_id'";
    }
    void refusesAmbiguousCsvHeaders()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(test::testData(("import/" + file.toStdString()).c_str()));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
        QCOMPARE(counts(*t.db).events, qint64(0));
    }

    // Issue 7, items 8 and 16: a directory, FIFO or device is named as such, and nothing blocks.
    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("missing") << "missing"
                                 << "no such file";
        QTest::addRow("directory") << "directory"
                                   << "is a directory";
        QTest::addRow("fifo") << "fifo"
                              << "named pipe (FIFO)";
        QTest::addRow("character device") << "/dev/zero"
                                          << "character device";
        QTest::addRow("null device") << "/dev/null"
                                     << "character device";
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        std::string path;
        if (kind == "missing") {
            path = (dir.path() + "/nothing.jsonl").toStdString();
        } else if (kind == "directory") {
            path = (dir.path() + "/logs.jsonl").toStdString();
            QVERIFY(::mkdir(path.c_str(), 0700) == 0);
        } else if (kind == "fifo") {
            path = (dir.path() + "/pipe.jsonl").toStdString();
            QVERIFY(::mkfifo(path.c_str(), 0600) == 0);
        } else {
            path = kind.toStdString();
        }
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(path); // a FIFO without a writer must not block
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
        QVERIFY(r.error().detail.find(path) != std::string::npos);
        auto text = readInputFile(path, kMaxPriceMapBytes); // the price map reader says the same
        QVERIFY(!text.ok());
        QVERIFY2(text.error().detail.find(reason.toStdString()) != std::string::npos, text.error().detail.c_str());
    }

    void readInputFileCapsTheSize()
    {
        QTemporaryDir dir;
        std::string path = (dir.path() + "/prices.json").toStdString();
        std::ofstream(path) << std::string(2000, ' ') << "{}";
        QVERIFY(readInputFile(path, 4096).ok());
        auto r = readInputFile(path, 1000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("more than the limit") != std::string::npos, r.error().detail.c_str());
    }

    // Issue 7, item 7: a row of millions of commas is skipped in bounded memory; the rows after it land.
    void csvReaderBoundsRows_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("statuses"); // per record: R(ecord)/O(versized)/W(ide)/U(nterminated)
        QTest::addColumn<QStringList>("records"); // fields joined by '|' (empty for skipped records)
        QTest::addRow("too many fields") << QByteArray(600, ',') + "\na,b\n"
                                         << QStringList { "W", "R" } << QStringList { "", "a|b" };
        QTest::addRow("exactly the field limit") << QByteArray(15, ',') + "\n"
                                                 << QStringList { "R" } << QStringList { "|||||||||||||||" };
        QTest::addRow("one field over") << QByteArray(16, ',') + "\nz\n"
                                        << QStringList { "W", "R" } << QStringList { "", "z" };
        QTest::addRow("long row") << QByteArray(300, 'x') + "\nok\n"
                                  << QStringList { "O", "R" } << QStringList { "", "ok" };
        QTest::addRow("long quoted row with newlines")
            << "\"" + QByteArray(150, 'a') + "\n" + QByteArray(150, 'b') + "\",x\nnext,row\n"
            << QStringList { "O", "R" } << QStringList { "", "next|row" };
        QTest::addRow("quote inside an oversized field is data") << QByteArray(300, 'x') + "\"\ny\n"
                                                                 << QStringList { "O", "R" } << QStringList { "", "y" };
        QTest::addRow("row at the byte limit (newline included)") << QByteArray(255, 'x')
                + "\n" << QStringList { "R" } << QStringList { QString(255, QLatin1Char('x')) };
        QTest::addRow("unterminated quote")
            << QByteArray("a,\"b\nc") << QStringList { "U" } << QStringList { "a|b\nc" };
    }
    void csvReaderBoundsRows()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, records);
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/t.csv");
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out.write(input.constData(), input.size());
        }
        std::FILE* f = std::fopen(path.toLocal8Bit().constData(), "rb");
        CsvReader reader(f, 256, 16);
        std::vector<std::string> fields;
        std::int64_t line;
        QStringList gotStatus, got;
        for (;;) {
            auto st = reader.next(fields, line);
            if (st == CsvReader::Status::End)
                break;
            gotStatus << (st == CsvReader::Status::Record    ? "R"
                    : st == CsvReader::Status::Oversized     ? "O"
                    : st == CsvReader::Status::TooManyFields ? "W"
                                                             : "U");
            QStringList parts;
            for (const auto& x : fields)
                parts << QString::fromStdString(x);
            got << parts.join(QLatin1Char('|'));
            if (st == CsvReader::Status::UnterminatedQuote)
                break;
        }
        std::fclose(f);
        QCOMPARE(gotStatus, statuses);
        QCOMPARE(got, records);
    }

    void hugeCsvRowIsQuarantinedAndTheRestLands()
    {
        test::TempDb t;
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/commas.csv")).toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            out << "id,ts,provider,model,input_tokens,output_tokens\n";
            out << "before,2026-10-01T00:00:00Z,openai,gpt-4o,1,1\n";
            std::string commas(20u << 20, ','); // 20 MB of commas: 20 million fields
            out << commas << "\n";
            out << "wide" << std::string(1000, ',') << "\n";
            out << "after,2026-10-01T00:00:00Z,openai,gpt-4o,1,1\n";
        }
        RequestLogImporter imp(*t.db, t.prices);
        auto r = imp.importFile(path);
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, qint64(2));
        QCOMPARE(r->quarantined, qint64(2));
        QCOMPARE(r->firstProblems[0].line, qint64(3));
        QVERIFY2(r->firstProblems[0].reason.find("fields") != std::string::npos
                || r->firstProblems[0].reason.find("MB") != std::string::npos,
            r->firstProblems[0].reason.c_str());
        QCOMPARE(r->firstProblems[1].line, qint64(4));
        QVERIFY(r->firstProblems[1].reason.find("more than 512 fields") != std::string::npos);
    }

    void jsonArrayReaderStreamsElements_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("elements"); // "!reason" for Malformed, "#" for Oversized
        QTest::addRow("objects") << QByteArray("[{\"a\":1},{\"b\":[2,3]}]")
                                 << QStringList { "{\"a\":1}", "{\"b\":[2,3]}" };
        QTest::addRow("whitespace and newlines")
            << QByteArray(" \n[ \n {\"a\":1} ,\n\t{\"b\":2}\n ] \n") << QStringList { "{\"a\":1}", "{\"b\":2}" };
        QTest::addRow("strings with brackets")
            << QByteArray("[{\"s\":\"],[{\\\"\"}]") << QStringList { "{\"s\":\"],[{\\\"\"}" };
        QTest::addRow("scalars") << QByteArray("[1, \"x\", true]") << QStringList { "1", "\"x\"", "true" };
        QTest::addRow("empty") << QByteArray("[]") << QStringList {};
        QTest::addRow("empty file") << QByteArray("") << QStringList {};
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF[{}]") << QStringList { "{}" };
        QTest::addRow("trailing comma") << QByteArray("[{},]") << QStringList { "{}" };
        QTest::addRow("not an array") << QByteArray("{\"a\":1}") << QStringList { "!not a JSON array" };
        QTest::addRow("missing comma") << QByteArray("[{} {}]") << QStringList { "{}", "!expected ','" };
        QTest::addRow("truncated") << QByteArray("[{\"a\":1},{\"b\":") << QStringList { "{\"a\":1}", "!ends inside" };
        QTest::addRow("not closed") << QByteArray("[{\"a\":1}") << QStringList { "{\"a\":1}", "!not closed" };
        QTest::addRow("garbage after") << QByteArray("[{}] x") << QStringList { "{}", "!after the end" };
        QTest::addRow("oversized element")
            << "[{\"p\":\"" + QByteArray(300, 'x') + "\"},{\"ok\":1}]" << QStringList { "#", "{\"ok\":1}" };
        QTest::addRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringList { "#" };
    }
    void jsonArrayReaderStreamsElements()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, elements);
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/a.json");
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out.write(input.constData(), input.size());
        }
        std::FILE* f = std::fopen(path.toLocal8Bit().constData(), "rb");
        JsonArrayReader reader(f, 256);
        std::string text;
        std::int64_t line;
        QStringList got;
        for (int guard = 0; guard < 100; ++guard) {
            auto st = reader.next(text, line);
            if (st == JsonArrayReader::Status::End)
                break;
            if (st == JsonArrayReader::Status::Malformed) {
                got << QString::fromStdString("!" + reader.error());
                break;
            }
            got << (st == JsonArrayReader::Status::Oversized ? QStringLiteral("#") : QString::fromStdString(text));
        }
        std::fclose(f);
        QCOMPARE(got.size(), elements.size());
        for (int i = 0; i < got.size(); ++i) {
            bool malformed = elements[i].startsWith(QLatin1Char('!'));
            QVERIFY2(malformed ? got[i].startsWith(QLatin1Char('!')) && got[i].contains(elements[i].mid(1))
                               : got[i] == elements[i],
                qPrintable(got[i]));
        }
    }

    // Issue 7, item 16: a failure mid-import (here the database is full) names the file and what was
    // committed, and imports.rows_ok records it.
    void fullDiskNamesFileAndCommittedRows()
    {
        test::TempDb t;
        QTemporaryDir dir;
        std::string path = (dir.path() + QStringLiteral("/big.jsonl")).toStdString();
        {
            std::ofstream out(path);
            for (int i = 0; i < 20000; ++i)
                out << "{\"id\":\"f" << i << "\",\"ts\":" << (1790000000 + i * 60)
                    << ",\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"input_tokens\":100,\"output_tokens\":10,"
                       "\"tenant\":\"tenant-"
                    << i << "\",\"prompt\":\"" << std::string(200, 'p') << "\"}\n";
        }
        Statement pages = t.db->prepare("PRAGMA page_count");
        QVERIFY(pages.step());
        std::int64_t now = pages.int64(0);
        QVERIFY(execSql(t.db->handle(), "PRAGMA max_page_count = " + std::to_string(now + 400)).ok());
        RequestLogImporter imp(*t.db, t.prices);
        imp.setBatchSize(500);
        auto r = imp.importFile(path);
        QVERIFY(!r.ok());
        const std::string& msg = r.error().detail;
        QVERIFY2(msg.find(path) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("committed") != std::string::npos, msg.c_str());
        std::int64_t stored = counts(*t.db).events;
        QVERIFY(stored > 0 && stored < 20000);
        QVERIFY2(msg.find(std::to_string(stored)) != std::string::npos, msg.c_str());
        Statement rows = t.db->prepare("SELECT rows_ok FROM imports ORDER BY id DESC LIMIT 1");
        QVERIFY(rows.step());
        QCOMPARE(rows.int64(0), stored);
        QCOMPARE(allTime(*t.db).requests, stored); // rollups hold exactly what was committed
    }

    // Issue 7, item 3: the store refuses an out-of-range fact itself (whatever the source) and writes
    // nothing of it; the batch goes on.
    void writerRefusesOutOfRangeFacts_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        QTest::addRow("event latency INT64_MAX") << "event-latency"
                                                 << "latency_ms";
        QTest::addRow("event 2^53 tokens") << "event-tokens"
                                           << "input_tokens";
        QTest::addRow("event negative cost") << "event-cost"
                                             << "cost_usd is negative";
        QTest::addRow("event year 1") << "event-ts"
                                      << "outside";
        QTest::addRow("bucket 2^53 tokens") << "bucket-tokens"
                                            << "output_tokens";
        QTest::addRow("bucket negative requests") << "bucket-requests"
                                                  << "requests is negative";
        QTest::addRow("bucket zero width") << "bucket-width"
                                           << "width";
        QTest::addRow("bucket cached above input") << "bucket-cached"
                                                   << "exceed input_tokens";
        QTest::addRow("bucket reported cost above $100M") << "bucket-cost"
                                                          << "reported cost";
        QTest::addRow("bucket cost overflows int64") << "bucket-overflow"
                                                     << "does not fit in 64 bits";
        QTest::addRow("cost line INT64_MAX") << "line-amount"
                                             << "amount";
        QTest::addRow("cost line year 2200") << "line-ts"
                                             << "outside";
    }
    void writerRefusesOutOfRangeFacts()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        test::TempDb t;
        if (what == "bucket-overflow") {
            // The ceiling price on a bucket at the token ceiling: 10^13 x $1M / 1M = $10^13, not an int64 of nano.
            Price p;
            p.origin = PriceOrigin::Override;
            p.provider = "openai";
            p.model = "gpt-4o";
            p.base.input = limits::kMaxPricePerMillion;
            p.base.output = limits::kMaxPricePerMillion;
            QVERIFY(savePrices(*t.db, { p }).ok());
            t.reloadPrices();
        }
        auto src = t.db->ensureSource("src", "openai");
        QVERIFY(src.ok());
        UsageWriter w(*t.db, t.prices, *src, 1000);
        UsageEvent good;
        good.id = "good";
        good.ts = 1790848800;
        good.dims.provider = "openai";
        good.dims.model = "gpt-4o";
        good.tokens.input = 100;
        good.tokens.output = 10;
        QVERIFY(w.add(good).ok());
        UsageBucket b;
        b.start = 1790812800;
        b.dims.provider = "openai";
        b.dims.model = "gpt-4o";
        b.kind = "completions";
        b.tokens.input = 1000;
        b.requests = 1;
        CostLine line;
        line.start = 1790812800;
        line.provider = "openai";
        line.lineItem = "x";
        line.amount = 1;
        Result<void> r;
        if (what.startsWith("event")) {
            UsageEvent e = good;
            e.id = "bad";
            if (what == "event-latency")
                e.latencyMs = INT64_MAX;
            else if (what == "event-tokens")
                e.tokens.input = 1LL << 53;
            else if (what == "event-cost")
                e.reportedCost = -1;
            else
                e.ts = *parseTimestamp("0001-01-01T00:00:00Z");
            r = w.add(e);
        } else if (what.startsWith("bucket")) {
            if (what == "bucket-tokens")
                b.tokens.output = 1LL << 53;
            else if (what == "bucket-requests")
                b.requests = -1;
            else if (what == "bucket-width")
                b.widthSeconds = 0;
            else if (what == "bucket-cached")
                b.tokens.cachedInput = 1001;
            else if (what == "bucket-cost")
                b.reportedCost = limits::kMaxBucketCost + 1;
            else
                b.tokens.input = b.tokens.output = limits::kMaxBucketTokens;
            r = w.add(b);
        } else {
            if (what == "line-amount")
                line.amount = INT64_MAX;
            else
                line.start = limits::kMaxTimestamp;
            r = w.add(line);
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
        QVERIFY(w.commit().ok()); // the batch goes on: the good fact is kept
        QCOMPARE(counts(*t.db).events, qint64(1));
        Statement n = t.db->prepare("SELECT (SELECT count(*) FROM buckets), (SELECT count(*) FROM cost_lines)");
        QVERIFY(n.step());
        QCOMPARE(n.int64(0), qint64(0));
        QCOMPARE(n.int64(1), qint64(0));
        QCOMPARE(allTime(*t.db).requests, qint64(1));
        QCOMPARE(allTime(*t.db), allTime(*t.db, true));
    }

    // Issue 7, item 3: a rollup total that would overflow an int64 fails the batch (rolled back), never wraps.
    void rollupOverflowFailsTheBatch_data()
    {
        QTest::addColumn<int>("firstBatch"); // buckets committed first
        QTest::addColumn<int>("secondBatch"); // then this many in one more batch
        QTest::addRow("within one batch") << 0 << 100;
        QTest::addRow("against the stored total") << 90 << 3;
    }
    void rollupOverflowFailsTheBatch()
    {
        QFETCH(int, firstBatch);
        QFETCH(int, secondBatch);
        test::TempDb t;
        auto src = t.db->ensureSource("src", "openai");
        QVERIFY(src.ok());
        // Buckets of one model and day that differ by kind land on one rollup row; each reports the
        // largest accepted cost ($100M): 93 of them exceed INT64_MAX nano-USD.
        auto bucket = [](int i) {
            UsageBucket b;
            b.start = 1790812800;
            b.dims.provider = "openai";
            b.dims.model = "acme-unpriced";
            b.kind = "kind-" + std::to_string(i);
            b.requests = 1;
            b.reportedCost = limits::kMaxBucketCost;
            return b;
        };
        if (firstBatch) {
            UsageWriter w(*t.db, t.prices, *src, 100000);
            for (int i = 0; i < firstBatch; ++i)
                QVERIFY(w.add(bucket(i)).ok());
            QVERIFY(w.commit().ok());
        }
        Totals before = allTime(*t.db, false, Lens::Billing);
        QCOMPARE(before.reportedCost, Nano(firstBatch) * limits::kMaxBucketCost);
        UsageWriter w(*t.db, t.prices, *src, 100000);
        for (int i = 0; i < secondBatch; ++i)
            QVERIFY(w.add(bucket(firstBatch + i)).ok());
        auto r = w.commit();
        QVERIFY(!r.ok());
        QVERIFY(r.error().code != ErrorCode::Invalid); // a batch failure, not one refused fact
        QVERIFY2(r.error().detail.find("overflow") != std::string::npos, r.error().detail.c_str());
        Statement n = t.db->prepare("SELECT count(*), (SELECT typeof(reported_cost) FROM rollup_daily LIMIT 1) "
                                    "FROM buckets");
        QVERIFY(n.step());
        QCOMPARE(n.int64(0), qint64(firstBatch)); // nothing of the failed batch
        if (firstBatch)
            QCOMPARE(QString::fromStdString(n.text(1)), QStringLiteral("integer"));
        QCOMPARE(allTime(*t.db, false, Lens::Billing), before);
        QCOMPARE(allTime(*t.db, true, Lens::Billing), before);
        QVERIFY(allTime(*t.db, false, Lens::Billing).reportedCost >= 0);
    }

    // Eval results follow the same input rules: one timestamp range, empty files, duplicated columns,
    // regular files only.
    void evalImportFollowsTheSameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("stored");
        QTest::addColumn<QString>("detail"); // the error, or the first quarantine reason
        QTest::addRow("epoch ms") << "e.jsonl"
                                  << QByteArray("{\"ts\":1790848800123,\"eval\":\"e\",\"model\":\"m\",\"score\":1}\n")
                                  << true << qint64(1) << "";
        QTest::addRow("year 1") << "e.jsonl"
                                << QByteArray(
                                       "{\"ts\":\"0001-01-01T00:00:00Z\",\"eval\":\"e\",\"model\":\"m\",\"score\":1}\n")
                                << true << qint64(0) << "outside";
        QTest::addRow("empty csv") << "e.csv" << QByteArray() << true << qint64(0) << "";
        QTest::addRow("empty jsonl") << "e.jsonl" << QByteArray() << true << qint64(0) << "";
        QTest::addRow("duplicated column") << "e.csv" << QByteArray("ts,eval,model,score,score\n2026-10-01,e,m,1,0\n")
                                           << false << qint64(0) << "the column 'score' twice";
        QTest::addRow("directory") << "dir" << QByteArray() << false << qint64(0) << "is a directory";
    }
    void evalImportFollowsTheSameRules()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QFETCH(qint64, stored);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        std::string path = (dir.path() + "/" + name).toStdString();
        if (name == "dir")
            QVERIFY(::mkdir(path.c_str(), 0700) == 0);
        else
            std::ofstream(path, std::ios::binary).write(content.constData(), content.size());
        test::TempDb t;
        auto r = importEvalFile(*t.db, path);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY2(r.error().detail.find(detail.toStdString()) != std::string::npos, r.error().detail.c_str());
            return;
        }
        QCOMPARE(r->inserted, stored);
        if (!detail.isEmpty()) {
            QVERIFY(!r->firstProblems.empty());
            QVERIFY2(r->firstProblems[0].reason.find(detail.toStdString()) != std::string::npos,
                r->firstProblems[0].reason.c_str());
        }
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
