// promptfoo's JSON output as an eval-results file (ingest/evalimport.h): the current (version 3) and the
// older shape, the field mapping, provider errors, and truncated, hostile and foreign files.
#include "ingest/evalimport.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <filesystem>

using namespace burnrate;

namespace {

// JSON written with ' for " (readable, and moc's parser stays happy).
QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray fixture(const char* name)
{
    QFile f(QString::fromStdString(test::testData(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", name);
    return f.readAll();
}

struct Row
{
    std::string eval, model, promptId, promptVersion, requestId;
    Epoch ts;
    double score;
    int passed;
};

std::vector<Row> evalRows(Database& db)
{
    std::vector<Row> out;
    Statement s = db.prepare("SELECT eval_name, model, prompt_id, prompt_version, event_ext_id, ts, score, "
                             "coalesce(passed, -1) FROM eval_results ORDER BY ts");
    while (s.step())
        out.push_back({ s.text(0), db.dimValue(s.int64(1)), db.dimValue(s.int64(2)), db.dimValue(s.int64(3)), s.text(4),
            s.int64(5), s.real(6), static_cast<int>(s.int64(7)) });
    return out;
}

} // namespace

class TestPromptfoo : public QObject
{
    Q_OBJECT

private slots:
    void providerIdToModel_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("model");
        QTest::addRow("openai") << "openai:gpt-4o-mini"
                                << "gpt-4o-mini";
        QTest::addRow("openai chat") << "openai:chat:gpt-4o"
                                     << "gpt-4o";
        QTest::addRow("anthropic messages") << "anthropic:messages:claude-sonnet-4-5"
                                            << "claude-sonnet-4-5";
        QTest::addRow("ollama with tag") << "ollama:chat:llama3:8b"
                                         << "llama3:8b";
        QTest::addRow("bedrock") << "bedrock:anthropic.claude-3-haiku"
                                 << "anthropic.claude-3-haiku";
        QTest::addRow("bare") << "my-model"
                              << "my-model";
        QTest::addRow("mode only") << "openai:chat:"
                                   << "chat:";
    }
    void providerIdToModel()
    {
        QFETCH(QString, id);
        QFETCH(QString, model);
        QCOMPARE(QString::fromStdString(promptfooModel(id.toStdString())), model);
    }

    void importsVersion3()
    {
        test::TempDb t;
        const std::string path = test::testData("evals/promptfoo.json");
        auto r = importEvalFile(*t.db, path);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->records, qint64(4));
        QCOMPARE(r->inserted, qint64(3));
        QCOMPARE(r->quarantined, qint64(1)); // the 429: nothing was graded
        QVERIFY(r->firstProblems[0].reason.find("429") != std::string::npos);
        auto rows = evalRows(*t.db);
        QCOMPARE(rows.size(), std::size_t(3));
        const Epoch run = 1790932500; // 2026-10-02T09:15:00Z
        QCOMPARE(rows[0].eval, std::string("support answers"));
        QCOMPARE(rows[0].model, std::string("gpt-4o-mini"));
        QCOMPARE(rows[0].promptId, std::string("support-answer"));
        QCOMPARE(rows[0].promptVersion, std::string("v3"));
        QCOMPARE(rows[0].ts, run);
        QCOMPARE(rows[0].score, 1.0);
        QCOMPARE(rows[0].passed, 1);
        QCOMPARE(rows[1].model, std::string("gpt-4o"));
        QCOMPARE(rows[1].requestId, std::string("demo-42"));
        QCOMPARE(rows[1].score, 0.25);
        QCOMPARE(rows[1].passed, 0);
        QCOMPARE(rows[1].ts, run + 1);
        QCOMPARE(rows[2].model, std::string("claude-sonnet-4-5"));
        QCOMPARE(rows[2].promptId, std::string("weekly-summary")); // vars win over the label
        QCOMPARE(rows[2].promptVersion, std::string("v2"));
        QCOMPARE(rows[2].score, 0.9); // from gradingResult
        // Re-import: replaced one for one.
        QVERIFY(importEvalFile(*t.db, path).ok());
        QCOMPARE(evalRows(*t.db).size(), std::size_t(3));
    }

    // promptfoo's JSONL output: one result a line, no time in it (the file's modification time is the run's);
    // a truncated line is quarantined by its line number, the rest kept.
    void importsJsonlOutput()
    {
        test::TempDb t;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("out.jsonl")).toStdString();
        std::filesystem::copy_file(test::testData("evals/promptfoo.jsonl"), path);
        const Epoch run = 1790932500; // 2026-10-02T09:15:00Z
        std::filesystem::last_write_time(
            path, std::chrono::file_clock::from_sys(std::chrono::sys_seconds { std::chrono::seconds { run } }));
        auto r = importEvalFile(*t.db, path);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->records, qint64(5));
        QCOMPARE(r->inserted, qint64(3));
        QCOMPARE(r->quarantined, qint64(2)); // the 429, and the truncated last line
        QCOMPARE(r->firstProblems.size(), std::size_t(2));
        QVERIFY(r->firstProblems[0].reason.find("429") != std::string::npos);
        QCOMPARE(r->firstProblems[1].line, qint64(6)); // a blank line is line 3
        auto rows = evalRows(*t.db);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].eval, std::string("promptfoo"));
        QCOMPARE(rows[0].model, std::string("gpt-4o-mini"));
        QCOMPARE(rows[0].promptId, std::string("support-answer"));
        QCOMPARE(rows[0].ts, run);
        QCOMPARE(rows[1].requestId, std::string("demo-42"));
        QCOMPARE(rows[1].ts, run + 1);
        QCOMPARE(rows[2].score, 0.9);
        // Re-import: replaced one for one.
        QVERIFY(importEvalFile(*t.db, path).ok());
        QCOMPARE(evalRows(*t.db).size(), std::size_t(3));
    }

    // A .jsonl file of Burnrate's own eval records is not taken for promptfoo's.
    void ownJsonlIsNotPromptfoo_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("promptfoo");
        QTest::newRow("promptfoo") << j("{'provider': {'id': 'openai:gpt-4o'}, 'success': true}") << true;
        QTest::newRow("own") << j("{'eval': 'x', 'model': 'gpt-4o', 'score': 1, 'passed': true}") << false;
        QTest::newRow("success on line two only")
            << j("{'eval': 'x', 'model': 'm', 'score': 1}\n{'provider': 'p', 'success': true}") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("array") << j("[{'provider': 'p', 'success': true}]") << false;
    }
    void ownJsonlIsNotPromptfoo()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, promptfoo);
        QCOMPARE(looksLikePromptfooLine(std::string_view(head.constData(), std::size_t(head.size()))), promptfoo);
    }

    void importsTheOlderShape()
    {
        test::TempDb t;
        auto r = importEvalFile(*t.db, test::testData("evals/promptfoo-v1.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->inserted, qint64(2));
        auto rows = evalRows(*t.db);
        QCOMPARE(rows[0].eval, std::string("promptfoo"));
        QCOMPARE(rows[0].model, std::string("gpt-3.5-turbo"));
        QCOMPARE(rows[1].model, std::string("llama3:8b"));
        QCOMPARE(rows[1].passed, 0);
        QCOMPARE(rows[0].promptId, std::string()); // no label, no vars
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray good = fixture("evals/promptfoo.json");
        QTest::addRow("truncated") << good.left(good.size() / 2) << "not JSON";
        QTest::addRow("cut after the header") << good.left(40) << "not JSON";
        QTest::addRow("results a number") << QByteArray(j("{'evalId':'x','results':7}")) << "neither";
        QTest::addRow("no results array")
            << QByteArray(j("{'evalId':'x','results':{'version':3}}")) << "no results array";
        QTest::addRow("no timestamp") << QByteArray(j("{'evalId':'x','results':{'results':[]}}")) << "timestamp";
        QTest::addRow("bad timestamp") << QByteArray(j("{'evalId':'x','results':{'timestamp':'soon','results':[]}}"))
                                       << "timestamp";
        QTest::addRow("score overflows a double") << j(
            "{'evalId':'x','results':{'timestamp':'2026-10-02T00:00:00Z','results':[{'provider':'openai:x',"
            "'success':true,'score':1e999}]}}") << "not JSON";
        QTest::addRow("deep nesting") << QByteArray(j("{'evalId':'x','results':")) + QByteArray(100000, '[')
                + QByteArray(100000, ']') + "}"
                                      << "deeper than 64";
    }
    void refusesBrokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        test::TempDb t;
        const QString path = t.dir.filePath(QStringLiteral("out.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto r = importEvalFile(*t.db, path.toStdString());
        QVERIFY(!r);
        QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
        QVERIFY(evalRows(*t.db).empty());
    }

    void hostileResults()
    {
        // Each bad result is counted and the good ones land.
        QByteArray doc = j("{'evalId':'x','results':{'timestamp':'2026-10-02T00:00:00Z','results':["
                           "1, 'str', {}, {'provider':{'id':'openai:gpt-4o'}}, "
                           "{'provider':{'id':'openai:gpt-4o'},'success':'yes'}, "
                           "{'provider':7,'success':true}, "
                           "{'provider':{'id':'openai:gpt-4o'},'success':true,'vars':{'prompt_id':'")
            + QByteArray(5000, 'p')
            + j("'}}, "
                "{'provider':{'id':'openai:gpt-4o'},'success':true,'vars':{'prompt_version':3}}]}}");
        test::TempDb t;
        const QString path = t.dir.filePath(QStringLiteral("h.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc);
        f.close();
        auto r = importEvalFile(*t.db, path.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->records, qint64(8));
        QCOMPARE(r->inserted, qint64(1));
        QCOMPARE(r->quarantined, qint64(7));
        auto rows = evalRows(*t.db);
        QCOMPARE(rows[0].promptVersion, std::string("3")); // a number var is kept as its text
        QCOMPARE(rows[0].score, 1.0); // no score: 1 for a success
    }

    void manyResults()
    {
        // 20,000 results in one run: all kept apart (one second each), in one import.
        QByteArray doc = j("{'evalId':'big','results':{'timestamp':'2026-10-02T00:00:00Z','results':[");
        for (int i = 0; i < 20000; ++i)
            doc += QByteArray(i ? "," : "") + j("{'provider':{'id':'openai:gpt-4o-mini'},'success':")
                + (i % 3 ? "true" : "false") + j(",'score':") + QByteArray::number(i % 3 ? 1 : 0) + "}";
        doc += "]}}";
        test::TempDb t;
        const QString path = t.dir.filePath(QStringLiteral("big.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc);
        f.close();
        auto r = importEvalFile(*t.db, path.toStdString());
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, qint64(20000));
        QCOMPARE(evalRows(*t.db).size(), std::size_t(20000));
    }

    void plainJsonEvalsStillRead()
    {
        // A .json file of eval records (one per line, no "results") keeps the line format.
        test::TempDb t;
        const QString path = t.dir.filePath(QStringLiteral("e.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(j("{'ts':'2026-10-01T00:00:00Z','eval':'x','model':'gpt-4o','score':0.5}\n"));
        f.close();
        auto r = importEvalFile(*t.db, path.toStdString());
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestPromptfoo)
#include "tst_promptfoo.moc"
