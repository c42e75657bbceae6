// The Overview's cost-leak panel: the findings model (checked by QAbstractItemModelTester), the panel showing
// the stored findings of the range, a finding opening the Requests or Costs page filtered to its scope and range,
// and Dismiss with a reason hiding it for good.
#include "demo/demodata.h"
#include "sources/leakalerts.h"
#include "store/database.h"
#include "store/findingstore.h"
#include "store/pricestore.h"
#include "support/uisupport.h"
#include "ui/mainwindow.h"
#include "ui/models/findingtablemodel.h"
#include "ui/pages/overviewpage.h"
#include "ui/theme.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

class TestLeaksPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

    int rowOf(FindingTableModel* m, LeakDetector d)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->findingAt(r)->finding.detector == d)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        DemoOptions o;
        o.events = 30000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        auto sum = generateDemo(**db, *book, o);
        QVERIFY(sum.ok());
        AlertOptions a;
        a.now = m_end + 12 * 3600;
        auto leaks = checkLeaks(**db, a, sum->from, sum->to);
        QVERIFY2(leaks.ok(), leaks ? "" : leaks.error().detail.c_str());
        QVERIFY(leaks->added > 0);
    }

    void modelPassesTheTester()
    {
        FindingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto db = Database::open(m_db.toStdString());
        auto rows = listFindings(**db, 0, INT64_MAX, true);
        QVERIFY(rows.ok() && !rows->empty());
        model.setRows(*rows);
        QCOMPARE(model.rowCount(), int(rows->size()));
        QCOMPARE(model.columnCount(), int(FindingTableModel::ColumnCount));
        const QModelIndex money = model.index(0, FindingTableModel::AtStake);
        QVERIFY(money.data().toString().startsWith(QLatin1Char('$')));
        QCOMPARE(money.data(FindingTableModel::SortRole).toLongLong(), qint64(rows->front().finding.usdAtStake));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void panelShowsOpensAndDismisses()
    {
        auto w = test::quietWindow(m_db, m_end + 12 * 3600);
        auto* overview = qobject_cast<OverviewPage*>(w->page(QStringLiteral("overview")));
        QVERIFY(overview);
        QAbstractItemModelTester tester(
            overview->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            overview->findingsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w->state()->setRange(DashboardState::Range::Last30Days);
        w->show();
        overview->refresh();
        QVERIFY(waitIdle(overview));
        FindingTableModel* m = overview->findingsModel();
        const int storm = rowOf(m, LeakDetector::RetryStorm);
        QVERIFY2(storm >= 0, "the demo's retry storm is on the Overview");
        QVERIFY(rowOf(m, LeakDetector::ModelChange) >= 0);
        const int before = m->rowCount();

        QSignalSpy opened(overview, &OverviewPage::findingOpened);
        const Finding f = m->findingAt(storm)->finding;
        overview->openFinding(storm);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.front().front().toString(), QStringLiteral("requests"));
        QCOMPARE(w->state()->from(), floorDay(f.from));
        QCOMPARE(w->state()->to(), floorDay(f.to - 1) + kSecondsPerDay);
        QVERIFY(w->state()->chips().contains(FilterChip { QStringLiteral("tenant"), QStringLiteral("globex") }));

        // Back to the whole month without chips: dismiss the storm, it leaves the panel and stays dismissed.
        w->state()->setChips({});
        w->state()->setRange(DashboardState::Range::Last30Days);
        w->showPage(QStringLiteral("overview"));
        overview->refresh();
        QVERIFY(waitIdle(overview));
        const int row = rowOf(m, LeakDetector::RetryStorm);
        QVERIFY(row >= 0);
        const std::int64_t id = m->findingAt(row)->id;
        overview->dismissFinding(row, QStringLiteral("planned load test"));
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), before - 1, 10000);
        QCOMPARE(rowOf(m, LeakDetector::RetryStorm), -1);
        auto db = Database::open(m_db.toStdString());
        auto stored = findingById(**db, id);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->dismissed);
        QCOMPARE((*stored)->dismissReason, std::string("planned load test"));
    }
};

QTEST_MAIN(TestLeaksPanel)
#include "tst_leakspanel.moc"
