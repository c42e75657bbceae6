// Several processes on one database, careless removals and foreign files: the real binary, run the way
// a busy workstation (a cron import beside the dashboard) or a careless admin would.
#include "analytics/costquery.h"
#include "store/database.h"
#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

namespace {

using burnrate::test::finish;
using burnrate::test::Run;
using burnrate::test::runCli;
using burnrate::test::startBurnrate;
using namespace burnrate;

const qint64 kT = 1790000000; // 2026-09-21

// `rows` request-log lines whose ids start with `prefix` (each file its own ids).
QString writeLog(const QTemporaryDir& dir, const QString& name, const QString& prefix, int rows)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out.reserve(rows * 170);
    for (int i = 0; i < rows; ++i) {
        out += "{\"id\":\"" + prefix.toUtf8() + "-" + QByteArray::number(i)
            + "\",\"ts\":" + QByteArray::number(kT + i * 7) + ",\"provider\":\"openai\",\"model\":\""
            + (i % 2 ? "gpt-4o" : "gpt-4o-mini") + "\",\"input_tokens\":" + QByteArray::number(1000 + i % 50)
            + ",\"output_tokens\":100,\"tenant\":\"t" + QByteArray::number(i % 7) + "\"}\n";
    }
    f.write(out);
    return path;
}

struct Counts
{
    qint64 events = -1, rollupRequests = -1;
    bool rollupsEqualRaw = false;
};

// Reads the database the processes wrote: events stored, and whether the rollups agree with them.
Counts countsOf(const QString& dbPath)
{
    Counts c;
    auto db = Database::open(dbPath.toStdString(), Database::Mode::ReadOnly);
    if (!db)
        return c;
    Statement s = (*db)->prepare("SELECT count(*) FROM events");
    c.events = s.step() ? s.int64(0) : -1;
    CostQueries q(**db);
    CostQuery cq;
    cq.from = 0;
    cq.to = 4'000'000'000;
    auto fromRollups = q.run(cq);
    cq.forceRaw = true;
    auto fromRaw = q.run(cq);
    if (fromRollups && fromRaw) {
        c.rollupRequests = fromRollups->total.requests;
        c.rollupsEqualRaw = fromRollups->total == fromRaw->total;
    }
    return c;
}

// Starts every command at once and waits for all of them.
std::vector<Run> runTogether(const std::vector<QStringList>& commands)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    for (const auto& args : commands)
        procs.emplace_back(startBurnrate(args));
    std::vector<Run> runs;
    for (auto& p : procs)
        runs.push_back(finish(*p, 120000));
    return runs;
}

QString describe(const std::vector<Run>& runs)
{
    QString s;
    for (const Run& r : runs)
        s += QStringLiteral("[exit %1] %2\n").arg(r.code).arg(r.err.trimmed());
    return s;
}

} // namespace

class TestAttackStore : public QObject
{
    Q_OBJECT
private slots:
    // Item 10: imports and a report started together on a database that does not exist yet used to fail
    // ("table meta already exists", "not a Burnrate database", "UNIQUE constraint failed:
    // sources.name") or lose both imports.
    void concurrentImportsOnANewDatabase()
    {
        QTemporaryDir dir;
        const int kFiles = 3, kRows = 400;
        QStringList logs;
        for (int f = 0; f < kFiles; ++f)
            logs << writeLog(dir, QStringLiteral("f%1.jsonl").arg(f), QStringLiteral("f%1").arg(f), kRows);
        for (int round = 0; round < 5; ++round) {
            const QString db = dir.filePath(QStringLiteral("new%1/burnrate.db").arg(round));
            std::vector<QStringList> commands;
            for (const QString& log : logs)
                commands.push_back({ QStringLiteral("--db"), db, QStringLiteral("import"), log });
            commands.push_back({ QStringLiteral("--db"), db, QStringLiteral("report") });
            const auto runs = runTogether(commands);
            for (const Run& r : runs)
                QVERIFY2(r.code == 0, qPrintable(QStringLiteral("round %1:\n%2").arg(round).arg(describe(runs))));
            const Counts c = countsOf(db);
            QCOMPARE(c.events, qint64(kFiles * kRows));
            QCOMPARE(c.rollupRequests, qint64(kFiles * kRows));
            QVERIFY(c.rollupsEqualRaw);
            // Nothing left over from building the file aside.
            QCOMPARE(QDir(dir.filePath(QStringLiteral("new%1").arg(round)))
                         .entryList(QDir::Files)
                         .filter(QStringLiteral("creating"))
                         .size(),
                0);
        }
    }

    // Item 11: four heavy imports at once; one used to end with a bare "database is locked" after
    // committing part of its file.
    void fourHeavyImportsAtOnce()
    {
        QTemporaryDir dir;
        const int kRows = 30000;
        const QString db = dir.filePath(QStringLiteral("heavy.db"));
        std::vector<QStringList> commands;
        for (int f = 0; f < 4; ++f)
            commands.push_back({ QStringLiteral("--db"), db, QStringLiteral("import"),
                writeLog(dir, QStringLiteral("h%1.jsonl").arg(f), QStringLiteral("h%1").arg(f), kRows) });
        const auto runs = runTogether(commands);
        for (const Run& r : runs)
            QVERIFY2(r.code == 0, qPrintable(describe(runs)));
        const Counts c = countsOf(db);
        QCOMPARE(c.events, qint64(4 * kRows));
        QCOMPARE(c.rollupRequests, qint64(4 * kRows));
        QVERIFY(c.rollupsEqualRaw);
    }

    // Item 11: a cron import waits while another process (the dashboard re-pricing history, a poll)
    // holds the write lock for longer than SQLite's usual few seconds (the first release gave up after 5 s).
    void importWaitsForAnotherWriter()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.db"));
        const QString log = writeLog(dir, QStringLiteral("a.jsonl"), QStringLiteral("a"), 500);
        auto holder = Database::open(db.toStdString());
        QVERIFY(holder.ok());
        QVERIFY((*holder)->begin().ok());
        std::thread release([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(6500));
            (void)(*holder)->commit();
        });
        const Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), log });
        release.join();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(countsOf(db).events, qint64(500));
    }

    // Item 11: a writer that finally gives up names the database file instead of a bare "database is locked".
    void lockedDatabaseGivesUpNamingTheFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("locked.db"));
        const QString log = writeLog(dir, QStringLiteral("a.jsonl"), QStringLiteral("a"), 50);
        auto holder = Database::open(db.toStdString());
        QVERIFY(holder.ok());
        QVERIFY((*holder)->begin().ok());
        qputenv("BURNRATE_BUSY_TIMEOUT_MS", "800");
        const Run r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), log });
        qunsetenv("BURNRATE_BUSY_TIMEOUT_MS");
        (*holder)->rollback();
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(db), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("locked by another process")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("gave up after waiting 1 s")), qPrintable(r.err));
    }

    // Item 2: add A, add B, import via A, remove A, re-add A, re-import: counted once, not twice.
    void removeAndReAddSourceCountsOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sources.db"));
        const QString a = writeLog(dir, QStringLiteral("a.jsonl"), QStringLiteral("a"), 300);
        const QString b = writeLog(dir, QStringLiteral("b.jsonl"), QStringLiteral("b"), 200);
        auto cli = [&](QStringList args) {
            args.prepend(db);
            args.prepend(QStringLiteral("--db"));
            return runCli(args);
        };
        QCOMPARE(cli({ QStringLiteral("import"), a, QStringLiteral("--source"), QStringLiteral("A") }).code, 0);
        QCOMPARE(cli({ QStringLiteral("import"), b, QStringLiteral("--source"), QStringLiteral("B") }).code, 0);
        std::int64_t oldA = 0, idB = 0;
        {
            auto d = Database::open(db.toStdString(), Database::Mode::ReadOnly);
            QVERIFY(d.ok());
            oldA = (*d)->source("A")->id;
            idB = (*d)->source("B")->id;
        }

        // File-import sources are listed, so they can be found and removed.
        const Run list = cli({ QStringLiteral("sources"), QStringLiteral("list") });
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("\\nA +file "))), qPrintable(list.out));

        // Without --yes (and no terminal) nothing is deleted; the counts are shown.
        Run dry = cli({ QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("A") });
        QCOMPARE(dry.code, 1);
        QVERIFY2(dry.out.contains(QStringLiteral("300 requests")), qPrintable(dry.out));
        QVERIFY2(dry.err.contains(QStringLiteral("--yes")), qPrintable(dry.err));
        QCOMPARE(countsOf(db).events, qint64(500));

        Run removed = cli(
            { QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("A"), QStringLiteral("--yes") });
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY2(removed.out.contains(QStringLiteral("deleted 300 requests")), qPrintable(removed.out));
        Counts c = countsOf(db);
        QCOMPARE(c.events, qint64(200));
        QCOMPARE(c.rollupRequests, qint64(200));
        QVERIFY(c.rollupsEqualRaw);

        QCOMPARE(cli({ QStringLiteral("import"), a, QStringLiteral("--source"), QStringLiteral("A") }).code, 0);
        c = countsOf(db);
        QCOMPARE(c.events, qint64(500));
        QCOMPARE(c.rollupRequests, qint64(500));
        QVERIFY(c.rollupsEqualRaw);
        auto d = Database::open(db.toStdString(), Database::Mode::ReadOnly);
        QVERIFY(d.ok());
        const std::int64_t newA = (*d)->source("A")->id;
        QVERIFY(oldA < idB);
        QVERIFY(idB < newA);
        QVERIFY((*d)->syncLog(newA).empty());
    }

    // Item 15: pointing --db at another application's database refuses it without touching it.
    void foreignDatabaseIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("app.sqlite"));
        {
            auto raw = Database::openRaw(foreign.toStdString());
            QVERIFY(raw.ok());
            QVERIFY(execSql((*raw)->handle(),
                "CREATE TABLE settings(k TEXT, v TEXT); INSERT INTO settings "
                "VALUES('theme', 'dark'); PRAGMA user_version=12")
                        .ok());
        }
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QString log = writeLog(dir, QStringLiteral("a.jsonl"), QStringLiteral("a"), 5);
        for (const QStringList& args :
            { QStringList { QStringLiteral("import"), log }, QStringList { QStringLiteral("report") },
                QStringList { QStringLiteral("sources"), QStringLiteral("list") } }) {
            const Run r = runCli(QStringList { QStringLiteral("--db"), foreign } + args);
            QVERIFY2(r.code != 0, qPrintable(r.out));
            QVERIFY2(r.err.contains(QStringLiteral("not a Burnrate database")), qPrintable(r.err));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!QFile::exists(foreign + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestAttackStore)
#include "tst_attack_store.moc"
