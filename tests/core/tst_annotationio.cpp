// Annotation export (export/annotationexport.h) and import (ingest/annotationimport.h): the JSONL round trip,
// per-line quarantine, unknown requests, idempotent re-import, CSV quoting, and hostile, huge and
// truncated files.
#include "export/annotationexport.h"
#include "ingest/annotationimport.h"
#include "model/validate.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace burnrate;

namespace {

const Epoch kDay = 1790035200; // 2026-09-22

UsageEvent request(const std::string& id, Epoch ts)
{
    UsageEvent e;
    e.id = id;
    e.ts = ts;
    e.dims.provider = "openai";
    e.dims.model = "gpt-4o-mini";
    e.dims.tenant = "acme";
    e.dims.promptId = "support";
    e.dims.promptVersion = "v3";
    e.tokens.input = 1000;
    e.tokens.output = 100;
    e.prompt = "Refund \"policy\",\nplease";
    e.response = "=SUM(A1) is not advice";
    return e;
}

void write(test::TempDb& t, const std::string& source, const std::vector<UsageEvent>& events)
{
    auto src = t.db->ensureSource(source, "file");
    QVERIFY(src.ok());
    UsageWriter w(*t.db, t.prices, *src);
    for (const auto& e : events)
        QVERIFY(w.add(e).ok());
    QVERIFY(w.commit().ok());
}

std::vector<UsageEvent> someRequests(int n = 20)
{
    std::vector<UsageEvent> out;
    for (int i = 0; i < n; ++i)
        out.push_back(request("r" + std::to_string(i), kDay + i * 3600));
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

// JSON written with ' for " (keeps the test readable and moc's parser happy).
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

Result<AnnotationImportSummary> importText(test::TempDb& t, const QByteArray& text)
{
    return importAnnotationFile(*t.db, writeFile(t.dir, QStringLiteral("in.jsonl"), text).toStdString());
}

} // namespace

class TestAnnotationIo : public QObject
{
    Q_OBJECT

private slots:
    void exportCarriesTheRequest()
    {
        test::TempDb t;
        write(t, "logs", someRequests());
        Annotation a;
        a.eventId = *findRequest(*t.db, "r3");
        a.author = "maria.k";
        a.ts = kDay + 86400;
        a.rating = 4;
        a.thumb = Thumb::Up;
        a.labels = { "correct", "too verbose" };
        a.comment = "-1 point, \"quoted\"\nsecond line";
        QVERIFY(saveAnnotation(*t.db, a).ok());
        auto rows = annotationExportRows(*t.db, kDay, kDay + 86400);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(1));
        std::ostringstream jl;
        writeAnnotationsJsonl(jl, *rows);
        QCOMPARE(QByteArray::fromStdString(jl.str()), fixture("annotations/export.jsonl"));
        std::ostringstream csv;
        writeAnnotationsCsv(csv, *rows);
        QCOMPARE(QByteArray::fromStdString(csv.str()),
            QByteArray("source,request_id,author,ts,rating,thumb,labels,comment,model,prompt_id,prompt_version,tenant,"
                       "prompt,response,request_ts\r\n"
                       "logs,r3,maria.k,2026-09-23T00:00:00Z,4,up,correct; too verbose,"
                       "\"'-1 point, \"\"quoted\"\"\nsecond line\",gpt-4o-mini,support,v3,acme,"
                       "\"Refund \"\"policy\"\",\nplease\",'=SUM(A1) is not advice,2026-09-22T03:00:00Z\r\n"));
        // Outside the range: nothing.
        QVERIFY(annotationExportRows(*t.db, kDay + 86400, kDay + 2 * 86400)->empty());
    }

    void roundTripIntoAnotherStore()
    {
        test::TempDb a, b;
        write(a, "logs", someRequests());
        write(b, "logs", someRequests());
        for (int i = 0; i < 10; ++i)
            for (const char* author : { "maria.k", "dev.r" }) {
                Annotation x;
                x.eventId = *findRequest(*a.db, "r" + std::to_string(i));
                x.author = author;
                x.ts = kDay + 90000 + i;
                x.rating = 1 + (i % 5);
                if (i % 3)
                    x.thumb = i % 2 ? Thumb::Up : Thumb::Down;
                if (i % 4 == 0)
                    x.labels = { "formatting" };
                x.comment = i % 2 ? "ünï \"c\"" : "";
                QVERIFY(saveAnnotation(*a.db, x).ok());
            }
        auto rows = *annotationExportRows(*a.db, 0, limits::kMaxTimestamp);
        std::ostringstream jl;
        writeAnnotationsJsonl(jl, rows);
        auto r = importText(b, QByteArray::fromStdString(jl.str()));
        QVERIFY(r.ok());
        QCOMPARE(r->records, qint64(20));
        QCOMPARE(r->imported, qint64(20));
        QCOMPARE(r->quarantined, qint64(0));
        auto back = *annotationExportRows(*b.db, 0, limits::kMaxTimestamp);
        QCOMPARE(back.size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            Annotation x = rows[i].annotation;
            Annotation y = back[i].annotation;
            x.eventId = y.eventId = 0;
            QVERIFY(x == y);
        }
        // Again: nothing changes; then one changed line replaces.
        auto again = importText(b, QByteArray::fromStdString(jl.str()));
        QCOMPARE(again->unchanged, qint64(20));
        QCOMPARE(again->imported + again->replaced, qint64(0));
        auto one = importText(b, j("{'request_id':'r0','author':'maria.k','rating':5,'ts':'2026-09-24T00:00:00Z'}"));
        QCOMPARE(one->replaced, qint64(1));
        QCOMPARE(*annotationCount(*b.db), qint64(20));
    }

    void badLinesQuarantined_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::addRow("not JSON") << QByteArray("hello") << "";
        QTest::addRow("array") << QByteArray("[1,2]") << "";
        QTest::addRow("truncated") << QByteArray("{\"request_id\":\"r1\",\"author\":\"a") << "";
        QTest::addRow("no request") << QByteArray(j("{'author':'a','rating':3}")) << "request_id";
        QTest::addRow("no author") << QByteArray(j("{'request_id':'r1','rating':3}")) << "author";
        QTest::addRow("blank author") << QByteArray(j("{'request_id':'r1','author':'  ','rating':3}"))
                                      << "needs an author";
        QTest::addRow("rating 0") << QByteArray(j("{'request_id':'r1','author':'a','rating':0}")) << "1-5";
        QTest::addRow("rating 4.5") << QByteArray(j("{'request_id':'r1','author':'a','rating':4.5}")) << "1-5";
        QTest::addRow("rating huge") << QByteArray(j("{'request_id':'r1','author':'a','rating':1e308}")) << "1-5";
        QTest::addRow("rating string") << QByteArray(j("{'request_id':'r1','author':'a','rating':'4'}")) << "1-5";
        QTest::addRow("thumb sideways") << QByteArray(j("{'request_id':'r1','author':'a','thumb':'left'}")) << "thumb";
        QTest::addRow("labels object") << QByteArray(j("{'request_id':'r1','author':'a','labels':{'x':1}}"))
                                       << "not an array";
        QTest::addRow("labels numbers") << QByteArray(j("{'request_id':'r1','author':'a','labels':[1]}"))
                                        << "not a string";
        QTest::addRow("unknown label") << QByteArray(j("{'request_id':'r1','author':'a','labels':['wow']}"))
                                       << "taxonomy";
        QTest::addRow("empty judgement") << QByteArray(j("{'request_id':'r1','author':'a'}")) << "needs a rating";
        QTest::addRow("bad ts") << QByteArray(j("{'request_id':'r1','author':'a','rating':3,'ts':'yesterday'}"))
                                << "timestamp";
        QTest::addRow("ts 2300") << QByteArray(
            j("{'request_id':'r1','author':'a','rating':3,'ts':'2300-01-01T00:00:00Z'}"))
                                 << "outside";
        QTest::addRow("twice") << QByteArray(j("{'request_id':'r1','author':'a','author':'b','rating':3}")) << "twice";
        QTest::addRow("bad UTF-8") << QByteArray("{\"request_id\":\"r1\",\"author\":\"a\xff\",\"rating\":3}") << "";
        QTest::addRow("deep nesting") << QByteArray(j("{'request_id':'r1','author':'a','x':")) + QByteArray(5000, '[')
                + QByteArray(5000, ']') + "}"
                                      << "";
        QTest::addRow("NUL") << QByteArray("{\"request_id\":\"r1\",\"author\":\"a\0b\",\"rating\":3}", 42) << "";
        QTest::addRow("comment too long")
            << QByteArray(j("{'request_id':'r1','author':'a','comment':'")) + QByteArray(70000, 'c') + "\"}"
            << "at most";
    }
    void badLinesQuarantined()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        test::TempDb t;
        write(t, "logs", someRequests(3));
        const QByteArray good = j("{'request_id':'r2','author':'ok','rating':5}");
        const QByteArray good0 = j("{'request_id':'r0','author':'ok','rating':5}");
        auto r = importText(t, good + "\n" + line + "\n" + good0 + "\n");
        QVERIFY(r.ok());
        QCOMPARE(r->records, qint64(3));
        QCOMPARE(r->imported, qint64(2)); // the lines around it still land
        QCOMPARE(r->quarantined, qint64(1));
        QCOMPARE(r->firstProblems.size(), std::size_t(1));
        QCOMPARE(r->firstProblems[0].line, qint64(2));
        QVERIFY2(r->firstProblems[0].reason.find(reason.toStdString()) != std::string::npos,
            r->firstProblems[0].reason.c_str());
    }

    void unknownRequestsAndSources()
    {
        test::TempDb t;
        write(t, "logs", someRequests(3));
        write(t, "other", { request("r1", kDay + 7) });
        auto r = importText(t,
            j("{'request_id':'missing','author':'a','rating':3}\n"
              "{'source':'nope','request_id':'r1','author':'a','rating':3}\n"
              "{'request_id':'r1','author':'a','rating':3}\n"
              "{'source':'other','request_id':'r1','author':'a','rating':3}\n"));
        QVERIFY(r.ok());
        QCOMPARE(r->unknownRequests, qint64(2));
        QCOMPARE(r->firstUnknown, (std::vector<std::string> { "missing", "nope/r1" }));
        QCOMPARE(r->quarantined, qint64(1)); // r1 is in two sources
        QVERIFY(r->firstProblems[0].reason.find("several sources") != std::string::npos);
        QCOMPARE(r->imported, qint64(1));
    }

    void hugeTruncatedAndEmptyFiles()
    {
        test::TempDb t;
        write(t, "logs", someRequests(3));
        QCOMPARE(importText(t, "")->records, qint64(0));
        QCOMPARE(importText(t, "\n\n  \n")->records, qint64(0));
        // A UTF-8 byte order mark (a file saved by a Windows editor) is not part of the first line.
        QCOMPARE(
            importText(t, "\xEF\xBB\xBF" + j("{'request_id':'r0','author':'bom','rating':4}\n"))->imported, qint64(1));
        // A file cut mid-line: the whole lines land, the cut one is quarantined.
        auto cut
            = importText(t, j("{'request_id':'r1','author':'a','rating':3}\n{'request_id':'r2','author':'a','rat"));
        QCOMPARE(cut->imported, qint64(1));
        QCOMPARE(cut->quarantined, qint64(1));
        // A line longer than the limit is refused without reading it whole; the next still lands.
        QByteArray huge = j("{'request_id':'r0','author':'a','comment':'") + QByteArray(20 << 20, 'x') + "\"}\n";
        auto h = importText(t, huge + j("{'request_id':'r0','author':'b','rating':2}"));
        QCOMPARE(h->quarantined, qint64(1));
        QVERIFY(h->firstProblems[0].reason.find("longer than") != std::string::npos);
        QCOMPARE(h->imported, qint64(1));
        // 30,000 lines of garbage and unknown ids: counted, the summary keeps 20 of each.
        QByteArray many;
        for (int i = 0; i < 15000; ++i)
            many += "garbage " + QByteArray::number(i) + "\n{\"request_id\":\"x" + QByteArray::number(i)
                + "\",\"author\":\"a\",\"rating\":1}\n";
        auto m = importText(t, many);
        QCOMPARE(m->quarantined, qint64(15000));
        QCOMPARE(m->unknownRequests, qint64(15000));
        QCOMPARE(m->firstProblems.size(), std::size_t(20));
        QCOMPARE(m->firstUnknown.size(), std::size_t(20));
        // Not a regular file.
        QVERIFY(!importAnnotationFile(*t.db, t.dir.path().toStdString()));
        QVERIFY(!importAnnotationFile(*t.db, "/nonexistent/file.jsonl"));
    }

    void survivesReimportOfRequests()
    {
        test::TempDb t;
        auto log = someRequests(30);
        write(t, "logs", log);
        auto r = importText(t, j("{'request_id':'r5','author':'maria.k','rating':5,'labels':['correct']}"));
        QCOMPARE(r->imported, qint64(1));
        write(t, "logs", log); // the same log again
        auto rows = *annotationExportRows(*t.db, 0, limits::kMaxTimestamp);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].requestId, std::string("r5"));
        QCOMPARE(rows[0].annotation.eventId, *findRequest(*t.db, "r5"));
        QCOMPARE(rows[0].prompt, log[5].prompt);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationIo)
#include "tst_annotationio.moc"
