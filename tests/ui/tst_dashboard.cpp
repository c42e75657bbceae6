#include "analytics/costquery.h"
#include "demo/demodata.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/uisupport.h"
#include "ui/backgroundtask.h"
#include "ui/charts/timebarchart.h"
#include "ui/dashboardstate.h"
#include "ui/mainwindow.h"
#include "ui/models/grouptablemodel.h"
#include "ui/models/sourcetablemodel.h"
#include "ui/pages/costspage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/sourcespage.h"
#include "ui/queryrunner.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "ui/widgets/kpitile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

    std::unique_ptr<MainWindow> window()
    {
        // "now" pinned to the demo's last day: ranges are deterministic.
        return test::quietWindow(m_db, m_end + 12 * 3600);
    }

    // BURNRATE_UI_SHOTS=DIR keeps the rendered pages for a human to look at.
    static void keep(const QImage& img, const QString& name)
    {
        const QString dir = qEnvironmentVariable("BURNRATE_UI_SHOTS");
        if (!dir.isEmpty())
            img.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        DemoOptions o;
        o.events = 5000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        auto sum = generateDemo(**db, *book, o);
        QVERIFY2(sum.ok(), sum.ok() ? "" : sum.error().detail.c_str());
        QCOMPARE(sum->events, 5000);
    }

    void rendersEveryPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("dark");
        for (const char* p : { "overview", "costs", "requests", "cache", "budgets", "sources", "prices", "settings" }) {
            QTest::addRow("%s light", p) << QString::fromLatin1(p) << false;
            QTest::addRow("%s dark", p) << QString::fromLatin1(p) << true;
        }
    }
    void rendersEveryPage()
    {
        QFETCH(QString, page);
        QFETCH(bool, dark);
        applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        auto w = window();
        w->setDark(dark);
        QString error;
        const QImage img = renderPage(*w, page, QSize(1280, 800), 20000, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        QCOMPARE(img.size(), QSize(1280, 800));
        const int colours = distinctColours(img);
        QVERIFY2(colours > 20, qPrintable(QStringLiteral("only %1 colours: blank page?").arg(colours)));
        keep(img, page + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")));
        applyTheme(ThemeChoice::Light);
    }

    void rankingAndTwoAxesRender()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        costs->setChartType(CostsPage::ChartType::Ranking);
        costs->setMetric(CostsPage::Metric::CostPerRequest);
        costs->setGroupBy({ QStringLiteral("tenant"), QStringLiteral("model") });
        QVERIFY(waitIdle(costs));
        QCOMPARE(costs->tableModel()->columnCount(), 2 + 10);
        const QImage img = renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error);
        QVERIFY(distinctColours(img) > 20);
        keep(img, QStringLiteral("costs-ranking"));
        costs->setChartType(CostsPage::ChartType::OverTime);
        costs->setMetric(CostsPage::Metric::OutputTokens);
        keep(renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error), QStringLiteral("costs-tokens"));
    }

    // Annotations appear where cost is read: a count per row of the Costs table (attribution lens) and a
    // marker above each day with annotated requests on the Costs and Overview time charts.
    void annotationsShowInTheCostsTableAndOnTheTimeCharts()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        costs->setGroupBy({ QStringLiteral("model") });
        QVERIFY(waitIdle(costs));
        // What the store holds for the range the page shows.
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        Statement st
            = (*db)->prepare("SELECT count(DISTINCT a.event_id), count(DISTINCT e.ts / 86400) FROM annotations a"
                             " JOIN events e ON e.id = a.event_id WHERE e.ts >= ?1 AND e.ts < ?2");
        st.bind(1, w->state()->from()).bind(2, w->state()->to());
        QVERIFY(st.step());
        const qint64 annotated = st.int64(0), days = st.int64(1);
        QVERIFY2(annotated > 0, "the demo has annotations in the range");
        const GroupTableModel* model = costs->tableModel();
        int col = -1;
        for (int c = 0; c < model->columnCount(); ++c)
            if (c >= model->keyColumnCount() && model->measureAt(c) == GroupTableModel::Measure::Annotated)
                col = c;
        QVERIFY(col >= 0);
        qint64 sum = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            sum += model->index(r, col).data(GroupTableModel::SortRole).toLongLong();
        QCOMPARE(sum, annotated);
        auto* chart = costs->findChild<TimeBarChart*>();
        QVERIFY(chart);
        QCOMPARE(qint64(chart->markerCount()), days);
        // The billing lens has no requests: the column says so rather than showing zeros.
        costs->setLens(Lens::Billing);
        QVERIFY(waitIdle(costs));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, col).data(GroupTableModel::SortRole).toLongLong(), qint64(-1));
        auto* overview = qobject_cast<OverviewPage*>(w->page(QStringLiteral("overview")));
        QVERIFY(!renderPage(*w, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull());
        QVERIFY(waitIdle(overview));
        auto* overviewChart = overview->findChild<TimeBarChart*>();
        QVERIFY(overviewChart);
        QCOMPARE(qint64(overviewChart->markerCount()), days);
    }

    // The window works from 1024x700 up: no page asks for more than that.
    void everyPageFitsIn1024x700_data()
    {
        QTest::addColumn<QString>("page");
        for (const char* p : { "overview", "costs", "requests", "cache", "quality", "savings", "budgets", "sources",
                 "prices", "settings" })
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void everyPageFitsIn1024x700()
    {
        QFETCH(QString, page);
        auto w = window();
        QString error;
        QVERIFY2(!renderPage(*w, page, QSize(1024, 700), 20000, &error).isNull(), qPrintable(error));
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        // The stack asks for its largest page: name the pages that are too big.
        QStringList big;
        for (const char* p : { "overview", "costs", "requests", "cache", "quality", "savings", "budgets", "sources",
                 "prices", "settings" }) {
            const QSize m = w->page(QString::fromLatin1(p))->minimumSizeHint();
            if (m.width() > 1024 - 150)
                big << QStringLiteral("%1 %2x%3").arg(QString::fromLatin1(p)).arg(m.width()).arg(m.height());
        }
        QVERIFY2(
            big.isEmpty(), qPrintable(QStringLiteral("pages wider than the window leaves them: ") + big.join(", ")));
        QVERIFY2(min.width() <= 1024 && min.height() <= 700,
            qPrintable(QStringLiteral("%1 needs %2x%3").arg(page).arg(min.width()).arg(min.height())));
        QVERIFY2(w->width() <= 1024, qPrintable(QStringLiteral("%1 is %2 wide").arg(page).arg(w->width())));
    }

    // At 1280x800 the Costs, Cache and Prices tables show every column: no horizontal scrolling.
    void tablesShowEveryColumnAt1280_data()
    {
        QTest::addColumn<QString>("page");
        for (const char* p : { "costs", "cache", "prices" })
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void tablesShowEveryColumnAt1280()
    {
        QFETCH(QString, page);
        auto w = window();
        QString error;
        QVERIFY2(!renderPage(*w, page, QSize(1280, 800), 20000, &error).isNull(), qPrintable(error));
        QTest::qWait(50); // the column fitter runs after the model's last change
        const auto views = w->page(page)->findChildren<QTableView*>();
        QVERIFY(!views.isEmpty());
        for (QTableView* v : views) {
            if (!v->isVisible() || v->model()->rowCount() == 0)
                continue;
            QVERIFY2(v->horizontalScrollBar()->maximum() == 0,
                qPrintable(QStringLiteral("%1: %2 px to scroll").arg(page).arg(v->horizontalScrollBar()->maximum())));
        }
    }

    void unknownPageIsAnError()
    {
        auto w = window();
        QString error;
        QVERIFY(renderPage(*w, QStringLiteral("nope"), QSize(800, 600), 1000, &error).isNull());
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void chipsOnOneAxisOrTogether()
    {
        DashboardState s;
        s.addChip({ QStringLiteral("model"), QStringLiteral("a") });
        s.addChip({ QStringLiteral("model"), QStringLiteral("b") });
        s.addChip({ QStringLiteral("tenant"), QStringLiteral("acme") });
        s.addChip({ QStringLiteral("tenant"), QStringLiteral("acme") }); // duplicate ignored
        QCOMPARE(s.chips().size(), 3);
        const auto f = s.filters();
        QCOMPARE(f.size(), std::size_t(2));
        QCOMPARE(f[0].axis.dim, Dim::Model);
        QCOMPARE(f[0].values.size(), std::size_t(2));
        QCOMPARE(f[1].axis.dim, Dim::Tenant);
        s.removeChip(0);
        QCOMPARE(s.filters()[0].values, std::vector<std::string> { "b" });
        s.addChip({ QStringLiteral("tag:team"), QStringLiteral("search") });
        QVERIFY(s.filters().back().axis.isTag());
    }

    void timeRanges()
    {
        DashboardState s;
        s.setNow(parseTimestamp("2026-05-15T10:00:00Z").value());
        s.setRange(DashboardState::Range::Today);
        QCOMPARE(s.from(), parseDate("2026-05-15").value());
        QCOMPARE(s.to(), parseDate("2026-05-16").value());
        s.setRange(DashboardState::Range::Last7Days);
        QCOMPARE(s.from(), parseDate("2026-05-09").value());
        s.setRange(DashboardState::Range::LastMonth);
        QCOMPARE(s.from(), parseDate("2026-04-01").value());
        QCOMPARE(s.to(), parseDate("2026-05-01").value());
        s.setRange(DashboardState::Range::QuarterToDate);
        QCOMPARE(s.from(), parseDate("2026-04-01").value());
        s.setCustomRange(parseDate("2026-03-01").value(), parseDate("2026-03-31").value());
        QCOMPARE(s.to(), parseDate("2026-04-01").value());
        QCOMPARE(s.granularity(), Granularity::Day);
    }

    void filterChipUpdatesTheOverview()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull());
        auto* overview = qobject_cast<OverviewPage*>(w->page(QStringLiteral("overview")));
        QVERIFY(overview);
        const QString before = overview->spendTile()->value();
        QVERIFY(overview->tenantsModel()->rowCount() > 1);
        const GroupRow* top = overview->tenantsModel()->rowAt(0);
        QVERIFY(top);
        w->state()->addChip({ QStringLiteral("tenant"), QString::fromStdString(top->keys[0]) });
        QVERIFY(waitIdle(overview));
        QCOMPARE(overview->tenantsModel()->rowCount(), 1);
        QVERIFY(overview->spendTile()->value() != before);
        w->state()->removeChip(0);
        QCOMPARE(w->state()->chips().size(), 0);
        QVERIFY(waitIdle(overview));
        QVERIFY2(overview->tenantsModel()->rowCount() > 1,
            qPrintable(QString::number(overview->tenantsModel()->rowCount())));
    }

    void drillDownAddsAChipAndTheBreadcrumbGoesBack()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        QVERIFY(costs);
        QCOMPARE(costs->groupBy(), QStringList { QStringLiteral("model") });
        QVERIFY(costs->tableModel()->rowCount() > 1);
        const GroupRow row = *costs->tableModel()->rowAt(0);
        costs->drillDown(row.keys);
        QCOMPARE(w->state()->chips().size(), 1);
        QCOMPARE(w->state()->chips()[0].axis, QStringLiteral("model"));
        QCOMPARE(w->state()->chips()[0].value, QString::fromStdString(row.keys[0]));
        QCOMPARE(costs->breadcrumbDepth(), 1);
        QCOMPARE(costs->groupBy(), QStringList { QStringLiteral("tenant") });
        QVERIFY(waitIdle(costs));
        // Everything shown now belongs to the drilled model.
        QCOMPARE(costs->tableModel()->total().cost, row.totals.cost);
        keep(renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error), QStringLiteral("costs-drilled"));
        costs->backTo(0);
        QCOMPARE(w->state()->chips().size(), 0);
        QCOMPARE(costs->breadcrumbDepth(), 0);
        QCOMPARE(costs->groupBy(), QStringList { QStringLiteral("model") });
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->tableModel()->rowCount() > 1);
    }

    void clickingAChipRemovesIt()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull());
        w->state()->addChip({ QStringLiteral("env"), QStringLiteral("prod") });
        w->state()->addChip({ QStringLiteral("provider"), QStringLiteral("openai") });
        QTest::qWait(50); // new chips are shown (and replaced ones deleted) from the event loop
        QList<QToolButton*> chips;
        for (QToolButton* b : w->findChildren<QToolButton*>(QStringLiteral("filterChip")))
            if (b->isVisible())
                chips << b;
        QCOMPARE(chips.size(), 2);
        QTest::mouseClick(chips.first(), Qt::LeftButton);
        QTest::qWait(50); // the clicked chip is deleted later, safely
        QCOMPARE(w->state()->chips().size(), 1);
        QCOMPARE(w->state()->chips().constFirst().axis, QStringLiteral("provider"));
        QVERIFY(waitIdle(w->page(QStringLiteral("overview"))));
    }

    void groupsAndFiltersByTag()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        costs->setGroupBy({ QStringLiteral("tag:feature") });
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->tableModel()->rowCount() > 1);
        const GroupRow row = *costs->tableModel()->rowAt(0);
        QVERIFY(!row.keys[0].empty());
        costs->drillDown(row.keys);
        QCOMPARE(w->state()->chips().constFirst().axis, QStringLiteral("tag:feature"));
        QVERIFY(waitIdle(costs));
        QCOMPARE(costs->tableModel()->total().cost, row.totals.cost);
    }

    // Billing data has no tags: a tag chip under the billing lens is refused with an explanation in
    // place of the chart and a one-click switch to attribution (it used to show invented numbers).
    void billingLensWithATagChipOffersAttribution()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        costs->setGroupBy({ QStringLiteral("tag:feature") });
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->tableModel()->rowCount() > 1);
        std::string value;
        for (int i = 0; i < costs->tableModel()->rowCount() && value.empty(); ++i)
            value = costs->tableModel()->rowAt(i)->keys[0];
        QVERIFY(!value.empty());
        costs->setGroupBy({ QStringLiteral("model") });
        w->state()->addChip({ QStringLiteral("tag:feature"), QString::fromStdString(value) });
        costs->setLens(Lens::Billing);
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->lensRefused());
        QVERIFY2(costs->lensNotice().contains(QStringLiteral("tag feature")), qPrintable(costs->lensNotice()));
        QCOMPARE(costs->tableModel()->rowCount(), 0);
        QCOMPARE(costs->tableModel()->total().cost, Nano(0));
        const QImage shot = renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error);
        keep(shot, QStringLiteral("costs-billing-refused"));
        auto* button = costs->findChild<QPushButton*>(QStringLiteral("switchToAttribution"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(waitIdle(costs));
        QCOMPARE(costs->lens(), Lens::Attribution);
        QVERIFY(!costs->lensRefused());
        QVERIFY(!button->isVisible());
        // What is shown is exactly the attribution answer for the chip.
        auto db = Database::open(m_db.toStdString(), Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        CostQueries q(**db);
        CostQuery cq;
        cq.from = w->state()->from();
        cq.to = w->state()->to();
        cq.filters = { Filter { Axis::tag("feature"), { value } } };
        auto expected = q.run(cq);
        QVERIFY(expected.ok());
        QVERIFY(expected->total.cost > 0);
        QCOMPARE(costs->tableModel()->total().cost, expected->total.cost);
        // Billing without the chip answers again (by model, which billing carries).
        w->state()->setChips({});
        costs->setLens(Lens::Billing);
        QVERIFY(waitIdle(costs));
        QVERIFY(!costs->lensRefused());
        QVERIFY(costs->tableModel()->rowCount() > 0);
    }

    // Under billing a drill-down skips the axes billing does not carry (project -> user, not prompt).
    void billingDrillSkipsAttributionOnlyAxes()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        costs->setLens(Lens::Billing);
        costs->setGroupBy({ QStringLiteral("project") });
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->tableModel()->rowCount() > 0);
        costs->drillDown(costs->tableModel()->rowAt(0)->keys);
        QVERIFY(waitIdle(costs));
        QVERIFY2(!costs->lensRefused(), qPrintable(costs->groupBy().join(QLatin1Char(','))));
        QCOMPARE(costs->groupBy(), QStringList { QStringLiteral("user") });
    }

    void costsExportWritesTheFinanceCsv()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        costs->exportCsvTo(csv);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("model,"));
        QVERIFY(text.contains("TOTAL"));
        // Over time: a row per bucket of the chart's granularity and group, every group, the same totals.
        const QString timeCsv = m_dir.filePath(QStringLiteral("time.csv"));
        costs->exportCsvTo(timeCsv, CostsPage::CsvShape::OverTime);
        QFile tf(timeCsv);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        const QList<QByteArray> timeLines = tf.readAll().split('\n');
        const QByteArray granularity = burnrate::granularityName(w->state()->granularity());
        QVERIFY2(timeLines.front().startsWith(granularity + ",model,"), timeLines.front().constData());
        QVERIFY(timeLines.size() > text.count('\n') + 1); // more rows than the table: buckets x groups
        auto totalRequests = [](const QList<QByteArray>& lines) {
            for (const QByteArray& l : lines)
                if (l.startsWith("TOTAL"))
                    return l.split(',').value(l.split(',').size() - 7);
            return QByteArray();
        };
        QCOMPARE(totalRequests(timeLines), totalRequests(text.split('\n')));
        QVERIFY(!totalRequests(timeLines).isEmpty());
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(costs->saveChartPng(png));
        QVERIFY(QFile::exists(png));
    }

    void failedSyncShowsTheErrorOnTheSourcesPage()
    {
        {
            auto db = Database::open(m_db.toStdString());
            QVERIFY(db.ok());
            SourceInfo s;
            s.name = "broken-proxy";
            s.type = "litellm";
            s.baseUrl = "http://127.0.0.1:9"; // discard port: connection refused
            s.keyEnv = "BURNRATE_TEST_UNUSED_KEY";
            QVERIFY((*db)->addSource(s).ok());
        }
        qputenv("BURNRATE_TEST_UNUSED_KEY", "sk-test");
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("sources"), QSize(1280, 800), 20000, &error).isNull());
        QSignalSpy finished(w->tasks(), &BackgroundTask::finished);
        w->syncSource(QStringLiteral("broken-proxy"));
        QVERIFY(w->tasks()->isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        auto* sources = qobject_cast<SourcesPage*>(w->page(QStringLiteral("sources")));
        QVERIFY(waitIdle(sources));
        const SourceTableModel* model = sources->sourcesModel();
        bool shown = false;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->rowAt(i)->info.name == "broken-proxy")
                shown = model->index(i, SourceTableModel::Status).data().toString() == QStringLiteral("Error")
                    && model->index(i, SourceTableModel::LastError).data(Qt::ForegroundRole).isValid();
        QVERIFY2(shown, "the failed sync must show as an error in red");
        auto db = Database::open(m_db.toStdString());
        QVERIFY((*db)->removeSource("broken-proxy").ok());
    }

    void staleResultsAreDropped()
    {
        QueryRunner runner;
        runner.setDatabasePath(m_db);
        int delivered = 0;
        int lastValue = 0;
        for (int i = 1; i <= 3; ++i)
            runner.run<int>(
                [i](Database&) -> Result<int> {
                    QThread::msleep(i == 1 ? 200 : 10);
                    return i;
                },
                [&](const QueryOutcome<int>& out) {
                    ++delivered;
                    lastValue = *out.value;
                });
        QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 5000);
        QCOMPARE(delivered, 1);
        QCOMPARE(lastValue, 3);
    }

    void busyShowsOnlyAfter150ms()
    {
        QueryRunner runner;
        runner.setDatabasePath(m_db);
        QSignalSpy busy(&runner, &QueryRunner::busyChanged);
        runner.run<int>(
            [](Database&) -> Result<int> {
                QThread::msleep(20);
                return 1;
            },
            [](const QueryOutcome<int>&) {});
        QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 5000);
        QCOMPARE(busy.count(), 0); // a quick query never flashes the indicator
        runner.run<int>(
            [](Database&) -> Result<int> {
                QThread::msleep(400);
                return 1;
            },
            [](const QueryOutcome<int>&) {});
        QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 5000);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void queryErrorsReachTheCaller()
    {
        QueryRunner runner;
        runner.setDatabasePath(m_dir.filePath(QStringLiteral("missing/none.db")));
        QString error;
        bool called = false;
        runner.run<int>([](Database&) -> Result<int> { return 1; },
            [&](const QueryOutcome<int>& out) {
                called = true;
                error = out.error;
            });
        QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
