// Annotations on requests (store/annotationstore.h): validation, one annotation per author and request,
// the label taxonomy, finding a request by the id its source reported, and annotations that follow their
// request through a re-import that moves it to another day.
#include "model/validate.h"
#include "store/annotationstore.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"

#include <QTest>

using namespace burnrate;

namespace {

const Epoch kDay = 1790035200; // 2026-09-22, a UTC day

UsageEvent request(const std::string& id, Epoch ts)
{
    UsageEvent e;
    e.id = id;
    e.ts = ts;
    e.dims.provider = "openai";
    e.dims.model = "gpt-4o-mini";
    e.tokens.input = 1000;
    e.tokens.output = 100;
    e.prompt = "What is 2+2?";
    e.response = "4";
    return e;
}

void write(test::TempDb& t, const std::string& source, const std::vector<UsageEvent>& events)
{
    auto src = t.db->ensureSource(source, "file");
    QVERIFY(src.ok());
    UsageWriter w(*t.db, t.prices, *src);
    for (const auto& e : events)
        QVERIFY2(w.add(e).ok(), e.id.c_str());
    QVERIFY(w.commit().ok());
}

std::int64_t idOf(test::TempDb& t, const std::string& ext, const std::string& source = {})
{
    auto r = findRequest(*t.db, ext, source);
    if (!r)
        qFatal("findRequest(%s): %s", ext.c_str(), r.error().detail.c_str());
    return *r;
}

Annotation ann(std::int64_t eventId, const std::string& author, std::optional<int> rating = 4)
{
    Annotation a;
    a.eventId = eventId;
    a.author = author;
    a.ts = kDay + 5000;
    a.rating = rating;
    return a;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void validationRefuses_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QByteArray>("comment");
        QTest::addColumn<QString>("reason");
        QTest::addRow("rating 0") << 0 << "ann" << QStringList() << QByteArray() << "within 1..5";
        QTest::addRow("rating 6") << 6 << "ann" << QStringList() << QByteArray() << "within 1..5";
        QTest::addRow("rating INT_MIN") << INT_MIN << "ann" << QStringList() << QByteArray() << "within 1..5";
        QTest::addRow("no author") << 3 << "   " << QStringList() << QByteArray() << "needs an author";
        QTest::addRow("author too long") << 3 << QString(201, QLatin1Char('a')) << QStringList() << QByteArray()
                                         << "at most 200";
        QTest::addRow("unknown label") << 3 << "ann" << QStringList { "nonsense" } << QByteArray()
                                       << "not in the taxonomy";
        QTest::addRow("label twice") << 3 << "ann" << QStringList { "correct", "correct" } << QByteArray()
                                     << "given twice";
        QTest::addRow("too many labels") << 3 << "ann" << QStringList(33, QStringLiteral("correct")) << QByteArray()
                                         << "at most 32";
        QTest::addRow("comment too long")
            << 3 << "ann" << QStringList() << QByteArray(65 * 1024, 'x') << "at most 65536";
        QTest::addRow("comment not UTF-8")
            << 3 << "ann" << QStringList() << QByteArray("bad \xff\xfe here") << "not valid UTF-8";
        QTest::addRow("empty") << -1 << "ann" << QStringList() << QByteArray() << "needs a rating";
    }
    void validationRefuses()
    {
        QFETCH(int, rating);
        QFETCH(QString, author);
        QFETCH(QStringList, labels);
        QFETCH(QByteArray, comment);
        QFETCH(QString, reason);
        test::TempDb t;
        write(t, "logs", { request("r1", kDay + 100) });
        Annotation a = ann(idOf(t, "r1"), author.toStdString(), rating == -1 ? std::nullopt : std::optional(rating));
        for (const auto& l : labels)
            a.labels.push_back(l.toStdString());
        a.comment = comment.toStdString();
        auto r = saveAnnotation(*t.db, a);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
        QCOMPARE(*annotationCount(*t.db), qint64(0));
    }

    void savesAndReadsBack()
    {
        test::TempDb t;
        write(t, "logs", { request("r1", kDay + 100) });
        Annotation a = ann(idOf(t, "r1"), "  maria.k  ", 5);
        a.thumb = Thumb::Up;
        a.labels = { "too verbose", "correct" };
        a.comment = "Right, but \"long\"\nand ünïcode";
        QVERIFY(saveAnnotation(*t.db, a).ok());
        auto got = annotationsOf(*t.db, a.eventId);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), std::size_t(1));
        Annotation expected = a;
        expected.author = "maria.k"; // trimmed
        QVERIFY(got->front() == expected);
    }

    void sameAuthorReplacesOthersKeptApart()
    {
        test::TempDb t;
        write(t, "logs", { request("r1", kDay + 100) });
        std::int64_t id = idOf(t, "r1");
        QVERIFY(saveAnnotation(*t.db, ann(id, "maria.k", 2)).ok());
        Annotation dev = ann(id, "dev.r", 3);
        dev.ts += 10;
        QVERIFY(saveAnnotation(*t.db, dev).ok());
        Annotation again = ann(id, "maria.k", std::nullopt);
        again.ts += 20;
        again.thumb = Thumb::Down;
        QVERIFY(saveAnnotation(*t.db, again).ok());
        auto got = *annotationsOf(*t.db, id);
        QCOMPARE(got.size(), std::size_t(2));
        QCOMPARE(got[0].author, std::string("dev.r")); // oldest first
        QCOMPARE(got[1].author, std::string("maria.k"));
        QVERIFY(!got[1].rating); // replaced whole, not merged
        QCOMPARE(*got[1].thumb, Thumb::Down);
        QCOMPARE(*annotationCount(*t.db), qint64(2));
    }

    void timeDefaultsToNow()
    {
        test::TempDb t;
        write(t, "logs", { request("r1", kDay + 100) });
        Annotation a = ann(idOf(t, "r1"), "sam.o");
        a.ts = 0;
        Epoch before = static_cast<Epoch>(std::time(nullptr));
        QVERIFY(saveAnnotation(*t.db, a).ok());
        QVERIFY(annotationsOf(*t.db, a.eventId)->front().ts >= before);
    }

    void deleteOnlyOwn()
    {
        test::TempDb t;
        write(t, "logs", { request("r1", kDay + 100) });
        std::int64_t id = idOf(t, "r1");
        QVERIFY(saveAnnotation(*t.db, ann(id, "maria.k")).ok());
        QVERIFY(saveAnnotation(*t.db, ann(id, "dev.r")).ok());
        QVERIFY(deleteAnnotation(*t.db, id, "maria.k").ok());
        auto again = deleteAnnotation(*t.db, id, "maria.k");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        auto got = *annotationsOf(*t.db, id);
        QCOMPARE(got.size(), std::size_t(1));
        QCOMPARE(got[0].author, std::string("dev.r"));
    }

    void unknownRequestRefused()
    {
        test::TempDb t;
        auto r = saveAnnotation(*t.db, ann(12345, "maria.k"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void findRequestAcrossSources()
    {
        test::TempDb t;
        // Requests on several days, one id in two sources, many ids on one day (salt chains).
        std::vector<UsageEvent> a, b;
        for (int i = 0; i < 500; ++i)
            a.push_back(request("a" + std::to_string(i), kDay + i * 3600));
        a.push_back(request("shared", kDay + 40 * 86400));
        b.push_back(request("shared", kDay + 2 * 86400));
        b.push_back(request("only-b", kDay - 300 * 86400));
        write(t, "alpha", a);
        write(t, "beta", b);
        for (int i = 0; i < 500; i += 37) {
            std::int64_t id = idOf(t, "a" + std::to_string(i));
            QCOMPARE(id >> UsageWriter::kKeyHashBits, Epoch(kDay + i * 3600) / 86400);
            QCOMPARE(idOf(t, "a" + std::to_string(i), "alpha"), id);
        }
        QVERIFY(idOf(t, "only-b") > 0);
        QVERIFY(idOf(t, "shared", "alpha") != idOf(t, "shared", "beta"));
        auto several = findRequest(*t.db, "shared");
        QVERIFY(!several);
        QCOMPARE(several.error().code, ErrorCode::Invalid);
        QVERIFY2(several.error().detail.find("several sources (alpha, beta)") != std::string::npos,
            several.error().detail.c_str());
        QVERIFY2(several.error().detail.find("--source") != std::string::npos, several.error().detail.c_str());
        for (auto [ext, src] : { std::pair<std::string, std::string> { "nope", "" }, { "only-b", "alpha" },
                 { "a1", "gamma" }, { "", "" }, { std::string(5000, 'x'), "" } }) {
            auto r = findRequest(*t.db, ext, src);
            QVERIFY(!r);
        }
        QCOMPARE(findRequest(*t.db, "nope").error().code, ErrorCode::NotFound);
        QCOMPARE(findRequest(*t.db, "a1", "gamma").error().code, ErrorCode::NotFound);
    }

    void survivesReimportAndMove()
    {
        test::TempDb t;
        std::vector<UsageEvent> log;
        for (int i = 0; i < 50; ++i)
            log.push_back(request("r" + std::to_string(i), kDay + i * 600));
        write(t, "logs", log);
        std::int64_t id = idOf(t, "r7");
        Annotation a = ann(id, "maria.k", 5);
        a.labels = { "correct" };
        QVERIFY(saveAnnotation(*t.db, a).ok());
        write(t, "logs", log); // the same log again
        QCOMPARE(idOf(t, "r7"), id);
        QCOMPARE(annotationsOf(*t.db, id)->size(), std::size_t(1));
        // A clock fix moves r7 to the next day: it is re-keyed and its annotation follows it.
        log[7].ts += 86400;
        write(t, "logs", log);
        std::int64_t moved = idOf(t, "r7");
        QVERIFY(moved != id);
        QVERIFY(annotationsOf(*t.db, id)->empty());
        auto got = *annotationsOf(*t.db, moved);
        QCOMPARE(got.size(), std::size_t(1));
        QCOMPARE(*got[0].rating, 5);
        // Removing the source removes its annotations.
        QVERIFY(t.db->removeSource("logs").ok());
        QCOMPARE(*annotationCount(*t.db), qint64(0));
    }

    void inRangeByRequestTime()
    {
        test::TempDb t;
        write(t, "logs",
            { request("early", kDay + 10), request("late", kDay + 86400 - 10), request("next", kDay + 86400 + 5) });
        for (const char* r : { "early", "late", "next" })
            QVERIFY(saveAnnotation(*t.db, ann(idOf(t, r), "sam.o")).ok());
        QCOMPARE(annotationsInRange(*t.db, kDay, kDay + 86400)->size(), std::size_t(2));
        QCOMPARE(annotationsInRange(*t.db, kDay + 20, kDay + 86400)->size(), std::size_t(1));
        QCOMPARE(annotationsInRange(*t.db, kDay, kDay + 2 * 86400)->size(), std::size_t(3));
        QCOMPARE(annotationsInRange(*t.db, kDay + 86400, kDay)->size(), std::size_t(0));
        QCOMPARE(annotationsInRange(*t.db, 0, limits::kMaxTimestamp)->size(), std::size_t(3));
    }

    void taxonomy()
    {
        test::TempDb t;
        auto seeded = *annotationLabels(*t.db);
        QCOMPARE(seeded.size(), std::size_t(5));
        QCOMPARE(seeded.front().name, std::string("correct"));
        QCOMPARE(seeded.back().name, std::string("formatting"));
        QVERIFY(saveAnnotationLabel(*t.db, { "unsafe", "Harmful advice" }).ok());
        QVERIFY(saveAnnotationLabel(*t.db, { "correct", "Right and complete" }).ok());
        auto now = *annotationLabels(*t.db);
        QCOMPARE(now.size(), std::size_t(6));
        QCOMPARE(now.back(), (AnnotationLabel { "unsafe", "Harmful advice" }));
        QCOMPARE(now.front(), (AnnotationLabel { "correct", "Right and complete" }));
        QVERIFY(!saveAnnotationLabel(*t.db, { "", "x" }));
        QVERIFY(!saveAnnotationLabel(*t.db, { " padded", "x" }));
        QVERIFY(!saveAnnotationLabel(*t.db, { std::string(201, 'l'), "x" }));
        QVERIFY(!saveAnnotationLabel(*t.db, { "bad\xff", "x" }));

        // A removed label stays on the annotations that carry it, but cannot be given again.
        write(t, "logs", { request("r1", kDay + 100) });
        Annotation a = ann(idOf(t, "r1"), "dev.r");
        a.labels = { "unsafe" };
        QVERIFY(saveAnnotation(*t.db, a).ok());
        QVERIFY(removeAnnotationLabel(*t.db, "unsafe").ok());
        QCOMPARE(removeAnnotationLabel(*t.db, "unsafe").error().code, ErrorCode::NotFound);
        QCOMPARE(annotationsOf(*t.db, a.eventId)->front().labels, std::vector<std::string> { "unsafe" });
        QVERIFY(!saveAnnotation(*t.db, a));
        QCOMPARE(annotationLabels(*t.db)->size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
