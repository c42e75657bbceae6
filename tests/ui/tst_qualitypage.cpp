// The Quality page and its table model, rendered offscreen on the hand-computed dataset of
// tests/core/tst_quality.cpp (its header works out every figure) and on the demo.

#include "demo/demodata.h"
#include "ingest/evalimport.h"
#include "ingest/requestlog.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"
#include "support/uisupport.h"
#include "ui/charts/scatterchart.h"
#include "ui/mainwindow.h"
#include "ui/models/qualitytablemodel.h"
#include "ui/pages/qualitypage.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

namespace {

constexpr Epoch kFrom = 1791158400; // 2026-10-05

QString data(const char* name)
{
    return QStringLiteral(BURNRATE_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

class TestQualityPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_demo;

    std::unique_ptr<MainWindow> window(const QString& db)
    {
        auto w = test::quietWindow(db, kFrom + 20 * kSecondsPerDay);
        w->state()->setCustomRange(kFrom, kFrom + 13 * kSecondsPerDay);
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        m_db = m_dir.filePath(QStringLiteral("quality.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        QVERIFY(test::overridePrices(**db, { { "qa-large", 10, 20 }, { "qa-small", 1, 2 } }));
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        RequestLogImporter imp(**db, *book);
        QVERIFY(imp.importFile(data("quality/requests.jsonl").toStdString()).ok());
        QVERIFY(importEvalFile(**db, data("quality/evals.jsonl").toStdString()).ok());
        QFile sql(data("quality/annotations.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        Statement st = (*db)->prepare(sql.readAll().toStdString());
        QVERIFY(st.valid() && st.exec());

        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        auto demo = Database::open(m_demo.toStdString());
        QVERIFY(demo.ok());
        auto demoBook = loadPriceBook(**demo);
        QVERIFY(demoBook.ok());
        DemoOptions o;
        o.events = 4000;
        o.days = 30;
        o.end = kFrom + 13 * kSecondsPerDay;
        QVERIFY(generateDemo(**demo, *demoBook, o).ok());
    }

    void modelPassesTheTester()
    {
        QualityTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<QualityRow> rows(3);
        rows[0].keys = { "gpt-4o", "v1" };
        rows[0].counts.requests = rows[0].counts.pricedRequests = 10;
        rows[0].counts.cost = 50'000'000;
        rows[0].counts.judged = 4;
        rows[0].counts.accepted = 3;
        rows[1].keys = { "gpt-4o-mini", "" };
        rows[1].counts.requests = 5; // unpriced, unjudged
        rows[2].keys = { "claude", "v2" };
        rows[2].counts.requests = rows[2].counts.pricedRequests = 2;
        rows[2].counts.cost = 2'000'000;
        rows[2].counts.judged = 2;
        m.setRows({ tr("Model"), tr("Prompt version") }, rows);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), 2 + QualityTableModel::MeasureCount);
        const int k = m.keyColumnCount();
        QCOMPARE(m.headerData(k + QualityTableModel::AcceptanceRate, Qt::Horizontal).toString(),
            QStringLiteral("Acceptance"));
        QVERIFY(
            !m.headerData(k + QualityTableModel::AcceptanceRate, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(m.data(m.index(0, k + QualityTableModel::CostPerRequest)).toString(), QStringLiteral("$0.005000"));
        QCOMPARE(m.data(m.index(0, k + QualityTableModel::AcceptanceRate)).toString(), QStringLiteral("75.0%"));
        QVERIFY(m.data(m.index(0, k + QualityTableModel::AcceptanceRate), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Wilson")));
        QCOMPARE(m.data(m.index(1, 1)).toString(), QStringLiteral("(none)"));
        QCOMPARE(m.data(m.index(1, k + QualityTableModel::CostPerRequest)).toString(), QStringLiteral("\u2014"));
        QVERIFY(m.data(m.index(1, k + QualityTableModel::CostPerRequest), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("without a price are left out")));
        // Undefined sorts below every figure; 0% is a figure.
        QVERIFY(m.data(m.index(1, k + QualityTableModel::AcceptanceRate), QualityTableModel::SortRole).toDouble()
            < m.data(m.index(2, k + QualityTableModel::AcceptanceRate), QualityTableModel::SortRole).toDouble());
        QCOMPARE(m.data(m.index(2, k + QualityTableModel::AcceptanceRate)).toString(), QStringLiteral("0.0%"));
        QCOMPARE(m.data(m.index(2, 0), QualityTableModel::KeysRole).toStringList(),
            (QStringList { QStringLiteral("claude"), QStringLiteral("v2") }));
        m.setRows({ tr("Model") }, {});
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.columnCount(), 1 + QualityTableModel::MeasureCount);
    }

    // The page's own (translatable) verdict reads as the engine's in English, case by case.
    void verdictMatchesTheEngine_data()
    {
        QTest::addColumn<qint64>("judgedA");
        QTest::addColumn<qint64>("acceptedA");
        QTest::addColumn<qint64>("judgedB");
        QTest::addColumn<qint64>("acceptedB");
        QTest::addColumn<qint64>("passedB");
        QTest::addColumn<qint64>("costB");
        QTest::addRow("within noise") << qint64(212) << qint64(191) << qint64(212) << qint64(187) << qint64(0)
                                      << qint64(5'900);
        QTest::addRow("drops") << qint64(300) << qint64(270) << qint64(300) << qint64(210) << qint64(0)
                               << qint64(5'000);
        QTest::addRow("rises, unequal n")
            << qint64(200) << qint64(120) << qint64(250) << qint64(200) << qint64(0) << qint64(12'000);
        QTest::addRow("not enough") << qint64(7) << qint64(6) << qint64(40) << qint64(30) << qint64(0)
                                    << qint64(10'000);
        QTest::addRow("eval pass rate") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(35)
                                        << qint64(10'000);
    }
    void verdictMatchesTheEngine()
    {
        QFETCH(qint64, judgedA);
        QFETCH(qint64, acceptedA);
        QFETCH(qint64, judgedB);
        QFETCH(qint64, acceptedB);
        QFETCH(qint64, passedB);
        QFETCH(qint64, costB);
        QualityCounts a, b;
        a.requests = a.pricedRequests = b.requests = b.pricedRequests = 100;
        a.cost = 10'000 * 100;
        b.cost = costB * 100;
        a.judged = judgedA;
        a.accepted = acceptedA;
        b.judged = judgedB;
        b.accepted = acceptedB;
        a.evalPassed = 40;
        a.evalFailed = 10;
        b.evalPassed = passedB;
        b.evalFailed = 50 - passedB;
        const Comparison c = compareVariants(a, {}, b, {});
        QCOMPARE(QualityPage::verdictText(c), QString::fromStdString(c.verdict));
    }

    void pageShowsTheHandComputedFigures_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void pageShowsTheHandComputedFigures()
    {
        QFETCH(bool, dark);
        applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        auto w = window(m_db);
        w->setDark(dark);
        QString error;
        const QImage img = renderPage(*w, QStringLiteral("quality"), QSize(1400, 900), 20000, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        auto* page = qobject_cast<QualityPage*>(w->page(QStringLiteral("quality")));
        QVERIFY(page);
        QVERIFY(waitIdle(page));
        QualityTableModel* m = page->tableModel();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 5);
        QCOMPARE(m->keyColumnCount(), 2);
        const int k = m->keyColumnCount();
        QCOMPARE(m->data(m->index(0, 0)).toString(), QStringLiteral("qa-large"));
        QCOMPARE(m->data(m->index(0, k + QualityTableModel::CostPerRequest)).toString(), QStringLiteral("$0.0267"));
        QCOMPARE(m->data(m->index(0, k + QualityTableModel::AcceptanceRate)).toString(), QStringLiteral("50.0%"));
        QCOMPARE(m->data(m->index(0, k + QualityTableModel::EvalPassRate)).toString(), QStringLiteral("75.0%"));
        QCOMPARE(m->data(m->index(0, k + QualityTableModel::CostPerAccepted)).toString(), QStringLiteral("$0.0500"));
        // Scatter (acceptance): qa-free has no cost, so 4 points; cheapest first: qa-small/v1 (0%, $0.0035 -
        // dominated by qa-small/v2 at $0.0023 and 50%), qa-small/v2, qa-large/v2 ($0.01, 100%), qa-large/v1
        // (dominated). Frontier: qa-small/v2, qa-large/v2.
        QCOMPARE(page->scatter()->frontierPointCount(), 2);
        QVERIFY(page->scatter()->hoverText(0).contains(QStringLiteral("qa-large / v1 (n=2)")));
        QVERIFY(page->scatter()->hoverText(0).contains(QStringLiteral("per request")));
        page->setQualityMeasure(QualityPage::QualityMeasure::EvalPassRate);
        // Pass rate: qa-large/v1 75% at $0.0267, qa-small/v1 100% at $0.0035, qa-small/v2 0% at $0.0023.
        QCOMPARE(page->scatter()->frontierPointCount(), 2);

        // Compare qa-large/v1 (A) with qa-small/v2 (B): B costs 2,333,333 / 26,666,667 - 1 = -91%; 2 judged each.
        QSignalSpy done(page, &QualityPage::compared);
        page->compare(0, 1);
        QVERIFY(done.wait(10000));
        QCOMPARE(page->verdict(), QStringLiteral("B saves 91% per request; not enough judged requests (n=2)"));
        if (const QString dir = qEnvironmentVariable("BURNRATE_UI_SHOTS"); !dir.isEmpty()) {
            img.save(
                dir + QStringLiteral("/quality-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
            page->tabs()->setCurrentIndex(1);
            w->grab().save(dir
                + QStringLiteral("/quality-compare-%1.png")
                      .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
        applyTheme(ThemeChoice::Light);
    }

    void groupByChangesTheColumns()
    {
        auto w = window(m_db);
        QString error;
        QVERIFY2(
            !renderPage(*w, QStringLiteral("quality"), QSize(1280, 800), 20000, &error).isNull(), qPrintable(error));
        auto* page = qobject_cast<QualityPage*>(w->page(QStringLiteral("quality")));
        QVERIFY(page->groupByChoices().contains(QStringLiteral("tenant")));
        page->setGroupBy(QStringLiteral("model"));
        QVERIFY(waitIdle(page));
        QualityTableModel* m = page->tableModel();
        QCOMPARE(m->keyColumnCount(), 1);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->data(m->index(0, 0)).toString(), QStringLiteral("qa-small"));
        // The same pick twice is refused without a query.
        page->compare(0, 0);
        QCOMPARE(page->verdict(), QStringLiteral("Pick two different groups."));
        page->setGroupBy(QStringLiteral("tenant"));
        QVERIFY(waitIdle(page));
        QCOMPARE(m->rowCount(), 3);
        // A comparison overtaken by a new grouping (whichever finishes first) never ends up shown against the
        // new rows: it is dropped, or shown and then cleared by the new groups.
        page->compare(0, 1);
        page->setGroupBy(QStringLiteral("model,prompt_version"));
        QVERIFY(waitIdle(page));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComparing(), 10000);
        QCOMPARE(m->rowCount(), 5);
        QCOMPARE(page->verdict(), QStringLiteral("Pick two groups and press Compare."));
    }

    void demoRenders()
    {
        auto w = window(m_demo);
        QString error;
        const QImage img = renderPage(*w, QStringLiteral("quality"), QSize(1400, 900), 30000, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        auto* page = qobject_cast<QualityPage*>(w->page(QStringLiteral("quality")));
        QVERIFY(waitIdle(page));
        QVERIFY(page->tableModel()->rowCount() > 0);
    }
};

QTEST_MAIN(TestQualityPage)
#include "tst_qualitypage.moc"
