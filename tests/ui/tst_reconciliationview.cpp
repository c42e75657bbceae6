#include "demo/demodata.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"
#include "support/uisupport.h"
#include "ui/dashboardstate.h"
#include "ui/format.h"
#include "ui/mainwindow.h"
#include "ui/models/grouptablemodel.h"
#include "ui/models/reconciliationmodel.h"
#include "ui/pages/costspage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/reconciliationpanel.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "ui/widgets/kpitile.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

namespace {

const Epoch kDay0 = 1788220800; // 2026-09-01
constexpr Nano kUsd = kNanoPerUsd;

ReconRow row(int day, std::string provider, std::string model, bool billing, Nano billed, Nano attributed)
{
    ReconRow r;
    r.day = kDay0 + day * kSecondsPerDay;
    r.provider = std::move(provider);
    r.model = std::move(model);
    r.hasBilling = billing;
    r.billed = billed;
    r.attributed = attributed;
    return r;
}

using C = ReconciliationModel::Column;

} // namespace

Q_DECLARE_METATYPE(burnrate::ReconRow)

class TestReconciliationUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        setCurrencyStyle(CurrencyStyle::Symbol);
        applyTheme(ThemeChoice::Light);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions o;
        o.events = 4000;
        o.days = 30;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        QVERIFY(test::makeDemo(m_db, o));
    }

    // What each cell says: undefined coverage and missing billing never read as 0% or 100%.
    void cellsSayWhatIsKnown_data()
    {
        QTest::addColumn<ReconRow>("r");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");

        const ReconRow partial = row(0, "openai", "gpt-4o", true, 4 * kUsd, 3 * kUsd);
        QTest::addRow("day") << partial << int(C::Day) << QStringLiteral("2026-09-01");
        QTest::addRow("billed") << partial << int(C::Billed) << QStringLiteral("$4.00");
        QTest::addRow("unattributed") << partial << int(C::Unattributed) << QStringLiteral("$1.00");
        QTest::addRow("coverage") << partial << int(C::Coverage) << QStringLiteral("75.0%");
        QTest::addRow("nothing reported") << partial << int(C::Reported) << QStringLiteral("\u2014");
        const ReconRow noBilling = row(0, "azure", "gpt-4o", false, 0, 2 * kUsd);
        QTest::addRow("no billing: billed") << noBilling << int(C::Billed) << QStringLiteral("no billing");
        QTest::addRow("no billing: unattributed") << noBilling << int(C::Unattributed) << QStringLiteral("\u2014");
        QTest::addRow("no billing: coverage") << noBilling << int(C::Coverage) << QStringLiteral("n/a");
        const ReconRow notBilled = row(0, "openai", "gpt-x", true, 0, kUsd);
        QTest::addRow("nothing billed: coverage") << notBilled << int(C::Coverage) << QStringLiteral("nothing billed");
        QTest::addRow("nothing billed: gap") << notBilled << int(C::Unattributed) << QStringLiteral("-$1.00");
        QTest::addRow("billing, no attribution")
            << row(0, "anthropic", "claude", true, 3 * kUsd, 0) << int(C::Coverage) << QStringLiteral("0.0%");
        ReconRow reported = partial;
        reported.reported = { 2, kUsd, 1'100'000'000, true };
        QTest::addRow("reported") << reported << int(C::Reported) << QStringLiteral("$1.10");
        QTest::addRow("computed") << reported << int(C::Computed) << QStringLiteral("$1.00");
        QTest::addRow("reported - computed") << reported << int(C::ReportedDiff) << QStringLiteral("$0.10 (+10.0%)");
        ReconRow unpriced = partial;
        unpriced.attributedUnpriced = 3;
        QTest::addRow("unpriced is marked") << unpriced << int(C::Attributed) << QStringLiteral("$3.00 *");
        QTest::addRow("no provider") << row(0, "", "m", true, 0, 0) << int(C::Provider) << QStringLiteral("(none)");
    }
    void cellsSayWhatIsKnown()
    {
        QFETCH(ReconRow, r);
        QFETCH(int, column);
        QFETCH(QString, display);
        ReconciliationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ r }, ReconciliationModel::Grain::Model);
        QCOMPARE(model.index(0, column).data().toString(), display);
    }

    // Sorting uses raw numbers; a missing amount or an undefined coverage sorts below every known one.
    void sortsByRawValuesWithMissingLast_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("descending"); // providers, top to bottom
        QTest::addRow("billed") << int(C::Billed)
                                << QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                                       QStringLiteral("none") };
        QTest::addRow("coverage") << int(C::Coverage)
                                  << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                         QStringLiteral("none") };
        QTest::addRow("unattributed") << int(C::Unattributed)
                                      << QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
                                             QStringLiteral("none") };
        QTest::addRow("attributed") << int(C::Attributed)
                                    << QStringList { QStringLiteral("none"), QStringLiteral("b"), QStringLiteral("a"),
                                           QStringLiteral("c") };
    }
    void sortsByRawValuesWithMissingLast()
    {
        QFETCH(int, column);
        QFETCH(QStringList, descending);
        ReconciliationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(ReconciliationModel::SortRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // a: $10 billed, $9 attributed (90%, gap $1); b: $100 / $20 (20%, gap $80); c: $5 / $1 (20%, gap $4);
        // none: $50 attributed, no billing.
        model.setRows({ row(0, "a", "m", true, 10 * kUsd, 9 * kUsd), row(0, "b", "m", true, 100 * kUsd, 20 * kUsd),
                          row(0, "c", "m", true, 5 * kUsd, kUsd), row(0, "none", "m", false, 0, 50 * kUsd) },
            ReconciliationModel::Grain::Model);
        proxy.sort(column, Qt::DescendingOrder);
        QStringList got;
        for (int i = 0; i < proxy.rowCount(); ++i)
            got << proxy.index(i, C::Provider).data().toString();
        QCOMPARE(got, descending);
    }

    // Per provider the Computed/Reported columns compare the billed cost with the invoiced cost lines.
    void providerGrainShowsInvoices()
    {
        ReconciliationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReconRow r = row(0, "openai", "", true, 3 * kUsd, 2 * kUsd);
        r.invoiced = { 0, 3 * kUsd, 3'300'000'000, true };
        r.reported = { 1, kUsd, 5 * kUsd, true }; // not shown at this grain
        model.setRows({ r }, ReconciliationModel::Grain::Provider);
        QCOMPARE(model.headerData(C::Reported, Qt::Horizontal).toString(), QStringLiteral("Invoiced"));
        QCOMPARE(model.index(0, C::Model).data().toString(), QStringLiteral("all models"));
        QCOMPARE(model.index(0, C::Reported).data().toString(), QStringLiteral("$3.30"));
        QCOMPARE(model.index(0, C::ReportedDiff).data().toString(), QStringLiteral("$0.30 (+10.0%)"));
        QCOMPARE(model.index(0, C::ReportedDiff).data(ReconciliationModel::SortRole).toLongLong(), 300'000'000LL);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void gapOrderPutsLargestGapsFirst()
    {
        const auto rows = ReconciliationPanel::gapOrder(
            { row(0, "a", "m", true, kUsd, kUsd), row(1, "b", "m", true, kUsd, 6 * kUsd),
                row(2, "c", "m", false, 0, 99 * kUsd), row(3, "d", "m", true, 4 * kUsd, 0) });
        QStringList got;
        for (const auto& r : rows)
            got << QString::fromStdString(r.provider);
        QCOMPARE(
            got, (QStringList { QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c") }));
    }

    // The Costs page's Reconciliation tab on the demo: rows, a summary, largest gap first, and a notice
    // instead of numbers when a filter billing cannot answer is in place.
    void costsPageReconciles()
    {
        auto window = test::quietWindow(m_db, m_end + 12 * 3600);
        MainWindow& w = *window;
        auto* costs = qobject_cast<CostsPage*>(w.page(QStringLiteral("costs")));
        QVERIFY(costs);
        QString error;
        QVERIFY(!renderPage(w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        costs->setView(CostsPage::View::Reconciliation);
        QCOMPARE(costs->findChild<QTabBar*>(QStringLiteral("costsViews"))->currentIndex(), 1);
        QVERIFY(waitIdle(costs));
        ReconciliationPanel* panel = costs->reconciliationPanel();
        ReconciliationModel* model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 10);
        QVERIFY2(panel->summaryText().contains(QStringLiteral("Coverage")), qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(QStringLiteral("No billing to compare with")));
        // The view opens in gap order: the first row has billing and the largest |gap|.
        QTableView* view = panel->view();
        const QModelIndex first = view->model()->index(0, C::Unattributed);
        const qlonglong top = qAbs(first.data(ReconciliationModel::SortRole).toLongLong());
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->rowAt(i)->hasBilling)
                QVERIFY(qAbs(model->rowAt(i)->billed - model->rowAt(i)->attributed) <= top);
        const QImage img = renderPage(w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        const QString shots = qEnvironmentVariable("BURNRATE_UI_SHOTS");
        if (!shots.isEmpty())
            img.save(shots + QStringLiteral("/costs-reconciliation.png"));

        panel->setGrain(ReconciliationModel::Grain::Provider);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(view->isColumnHidden(C::Model));
        const QString csv = m_dir.filePath(QStringLiteral("rec.csv"));
        QVERIFY(panel->exportCsvTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("day,provider,model,billed_usd,attributed_usd,unattributed_usd,coverage_pct"));

        // A prompt chip: billing cannot answer it, so the panel says so rather than show a coverage.
        w.state()->addChip({ QStringLiteral("prompt"), QStringLiteral("p1") });
        QVERIFY(waitIdle(costs));
        QVERIFY2(
            panel->noticeText().contains(QStringLiteral("Remove the prompt filter")), qPrintable(panel->noticeText()));
        QCOMPARE(model->rowCount(), 0);
        w.state()->setChips({});
        QVERIFY(waitIdle(costs));
        QVERIFY(panel->noticeText().isEmpty());
        QVERIFY(model->rowCount() > 0);

        // Back to the breakdown: its table fills again.
        costs->setView(CostsPage::View::Breakdown);
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->tableModel()->rowCount() > 0);
    }

    // The Overview's Coverage tile: the reconciliation's coverage of the range, "n/a" (never 0% or 100%)
    // when billing cannot answer the filters.
    void overviewCoverageTile()
    {
        auto window = test::quietWindow(m_db, m_end + 12 * 3600);
        MainWindow& w = *window;
        QString error;
        QVERIFY2(
            !renderPage(w, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull(), qPrintable(error));
        auto* overview = qobject_cast<OverviewPage*>(w.page(QStringLiteral("overview")));
        QVERIFY(overview);
        auto db = Database::open(m_db.toStdString(), Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        auto rec = reconcile(**db, w.state()->from(), w.state()->to());
        QVERIFY(rec.ok());
        QVERIFY(rec->totals.coverage());
        QCOMPARE(overview->coverageTile()->value(), formatPercent(*rec->totals.coverage()));
        w.state()->addChip({ QStringLiteral("prompt"), QStringLiteral("p1") });
        QVERIFY(waitIdle(overview));
        QCOMPARE(overview->coverageTile()->value(), QStringLiteral("n/a"));
    }
};

QTEST_MAIN(TestReconciliationUi)
#include "tst_reconciliationview.moc"
