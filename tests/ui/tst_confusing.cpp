// Issue 12, "Confusing" 7-12 and layout 14-15: import feedback and history, lens hints, previous-period
// coverage, stable series colours, tag-aware filter values, per-dimension top-N, labels, dates, currency.
#include "demo/demodata.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"
#include "support/uisupport.h"
#include "ui/backgroundtask.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/timebarchart.h"
#include "ui/dashboardstate.h"
#include "ui/dialogs/addfilterdialog.h"
#include "ui/dialogs/importdialogs.h"
#include "ui/dialogs/pricedialog.h"
#include "ui/dialogs/sourcedialog.h"
#include "ui/format.h"
#include "ui/mainwindow.h"
#include "ui/models/grouptablemodel.h"
#include "ui/models/pricetablemodel.h"
#include "ui/pages/costspage.h"
#include "ui/pages/overviewpage.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "ui/widgets/inputs.h"
#include "ui/widgets/kpitile.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

class TestConfusing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

    std::unique_ptr<MainWindow> window(const QString& db = {})
    {
        return test::quietWindow(db.isEmpty() ? m_db : db, m_end + 12 * 3600);
    }

    static QMap<QString, QColor> barColours(TimeBarChart* chart)
    {
        QMap<QString, QColor> out;
        auto* view = chart->findChild<QChartView*>();
        for (auto* s : view->chart()->series())
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
                for (QBarSet* set : bars->barSets())
                    out.insert(set->label(), set->color());
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions o;
        o.events = 5000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        QVERIFY(test::makeDemo(m_db, o));
    }

    // 7: an import the user started ends in a dialog with the counts and every quarantined row (line, reason),
    // and File > Import history lists it with its quarantine.
    void importShowsResultAndHistory()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.db"));
        QVERIFY(Database::open(db.toStdString()).ok());
        auto w = window(db);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString file = QStringLiteral(BURNRATE_TEST_DATA "/import/mixed.jsonl");
        w->importLogFiles({ file });
        QTRY_VERIFY_WITH_TIMEOUT(w->lastImportResult() != nullptr, 20000);
        ImportResultDialog* dlg = w->lastImportResult();
        QVERIFY(dlg->isVisible());
        QVERIFY2(dlg->summaryText().contains(QStringLiteral("3 inserted")), qPrintable(dlg->summaryText()));
        QTableWidget* t = dlg->problemTable();
        QVERIFY(t->rowCount() >= 10);
        QVERIFY2(dlg->summaryText().contains(QStringLiteral("%1 quarantined").arg(t->rowCount())),
            qPrintable(dlg->summaryText()));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("2")); // the truncated second line
        QVERIFY(!t->item(0, 2)->text().isEmpty());
        QVERIFY(dlg->tableText().startsWith(QStringLiteral("File\tLine\tReason\nmixed.jsonl\t2\t")));
        const int quarantined = t->rowCount();
        dlg->close();

        ImportHistoryDialog history(db);
        QSignalSpy loaded(&history, &ImportHistoryDialog::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(history.importsTable()->rowCount() == 1, 10000);
        QCOMPARE(history.importsTable()->item(0, 0)->text(), QStringLiteral("mixed.jsonl"));
        QCOMPARE(history.importsTable()->item(0, 2)->text(), QStringLiteral("3"));
        QCOMPARE(history.importsTable()->item(0, 3)->text(), QString::number(quarantined));
        QTRY_COMPARE_WITH_TIMEOUT(history.rowsTable()->rowCount(), quarantined, 10000);
        QCOMPARE(history.rowsTable()->item(0, 0)->text(), QStringLiteral("2"));
        QVERIFY(history.rowsText().startsWith(QStringLiteral("Line\tReason\tRow\n2\t")));
    }

    // 8: tenant is a per-request dimension: grouped or filtered under billing, the Costs page says it is not
    // available in the billing lens and offers the switch; the Overview's Unattributed tile says so too.
    void billingLensExplainsTenant()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        // Grouped by tenant under billing: either some billing carries a tenant (an allocation rule, a tagged
        // profile) and the chart shows it, or the page says tenant is not available there - never only "(none)".
        costs->setGroupBy({ QStringLiteral("tenant") });
        costs->setLens(Lens::Billing);
        QVERIFY(waitIdle(costs));
        QStringList billedTenants;
        for (int i = 0; i < costs->tableModel()->rowCount(); ++i)
            if (!costs->tableModel()->rowAt(i)->keys[0].empty())
                billedTenants << QString::fromStdString(costs->tableModel()->rowAt(i)->keys[0]);
        if (billedTenants.isEmpty())
            QVERIFY(costs->lensNotice().contains(QStringLiteral("not available in the billing lens")));
        else {
            QVERIFY(!costs->lensRefused());
            bool hinted = false; // the "(none)" row is explained below the chart
            for (auto* l : costs->findChildren<QLabel*>())
                hinted = hinted
                    || (l->text().startsWith(QStringLiteral("Total:"))
                        && l->text().contains(QStringLiteral("attribution lens")));
            QVERIFY(hinted);
        }
        costs->switchToAttribution();
        QVERIFY(waitIdle(costs));
        QVERIFY(!costs->lensRefused());
        QString tenant;
        for (int i = 0; i < costs->tableModel()->rowCount() && tenant.isEmpty(); ++i) {
            const QString t = QString::fromStdString(costs->tableModel()->rowAt(i)->keys[0]);
            if (!t.isEmpty() && !billedTenants.contains(t))
                tenant = t;
        }
        QVERIFY(!tenant.isEmpty());

        // A chip of a tenant billing has nothing for: the notice with the switch, not "No usage".
        costs->setGroupBy({ QStringLiteral("model") });
        w->state()->addChip({ QStringLiteral("tenant"), tenant });
        costs->setLens(Lens::Billing);
        QVERIFY(waitIdle(costs));
        QVERIFY(costs->lensRefused());
        QVERIFY2(costs->lensNotice().contains(QStringLiteral("not available in the billing lens")),
            qPrintable(costs->lensNotice()));
        costs->switchToAttribution();
        QVERIFY(waitIdle(costs));
        QVERIFY(!costs->lensRefused());
        QVERIFY(costs->tableModel()->rowCount() > 0);

        QVERIFY(!renderPage(*w, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull());
        auto* overview = qobject_cast<OverviewPage*>(w->page(QStringLiteral("overview")));
        QVERIFY(waitIdle(overview));
        QCOMPARE(overview->unattributedTile()->value(), QStringLiteral("n/a"));
        QVERIFY2(overview->unattributedTile()->note().contains(QStringLiteral("not available in the billing lens")),
            qPrintable(overview->unattributedTile()->note()));
    }

    // 9: the demo has 40 days of data: the previous period of the last 30 days is partly covered, and the one
    // before the first day has no data; neither shows a percentage.
    void previousPeriodCoverage()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull());
        auto* overview = qobject_cast<OverviewPage*>(w->page(QStringLiteral("overview")));
        w->state()->setRange(DashboardState::Range::Last30Days);
        QVERIFY(waitIdle(overview));
        QVERIFY2(overview->spendTile()->note().startsWith(QStringLiteral("previous period partly covered: data from")),
            qPrintable(overview->spendTile()->note()));
        QVERIFY(!overview->spendTile()->note().contains(QLatin1Char('%')));
        const Epoch first = m_end - 39 * kSecondsPerDay;
        w->state()->setCustomRange(first, first + 4 * kSecondsPerDay);
        QVERIFY(waitIdle(overview));
        QCOMPARE(overview->spendTile()->note(), QStringLiteral("no data in previous period"));
        QCOMPARE(overview->requestsTile()->note(), QStringLiteral("no data in previous period"));
        // A period fully covered still compares.
        w->state()->setRange(DashboardState::Range::Last7Days);
        QVERIFY(waitIdle(overview));
        QVERIFY2(overview->spendTile()->note().contains(QStringLiteral("vs previous period")),
            qPrintable(overview->spendTile()->note()));
    }

    // 10: a name keeps its colour whatever else the chart shows and in whatever order.
    void seriesKeepTheirColours()
    {
        TimeBarChart chart;
        chart.resize(600, 300);
        const QVector<qint64> buckets { 0, 86400 };
        auto series = [](const QStringList& names) {
            QList<ChartSeries> out;
            for (const QString& n : names)
                out << ChartSeries { n, { 1.0, 2.0 }, false };
            out << ChartSeries { QStringLiteral("Other"), { 1.0, 1.0 }, true };
            return out;
        };
        chart.setData(buckets,
            series({ QStringLiteral("claude-sonnet-x"), QStringLiteral("gpt-x"), QStringLiteral("gemini-x") }),
            ValueKind::Money, QStringLiteral("Spend"), true, TimeBarChart::Bucket::Day);
        const auto first = barColours(&chart);
        QCOMPARE(first.size(), 4);
        QVERIFY(first[QStringLiteral("claude-sonnet-x")] != first[QStringLiteral("gpt-x")]);
        chart.setData(buckets,
            series({ QStringLiteral("mistral-x"), QStringLiteral("gemini-x"), QStringLiteral("claude-sonnet-x") }),
            ValueKind::Money, QStringLiteral("Spend"), true, TimeBarChart::Bucket::Day);
        const auto second = barColours(&chart);
        QCOMPARE(second[QStringLiteral("claude-sonnet-x")], first[QStringLiteral("claude-sonnet-x")]);
        QCOMPARE(second[QStringLiteral("gemini-x")], first[QStringLiteral("gemini-x")]);
        QCOMPARE(second[QStringLiteral("Other")], otherColor(false));
        // Distinct within a chart even past the palette.
        QStringList many;
        for (int i = 0; i < seriesSlotCount() + 5; ++i)
            many << QStringLiteral("model-%1").arg(i);
        const QList<QColor> colours = seriesColors(many, false);
        QSet<QRgb> distinct;
        for (const QColor& c : colours.mid(0, seriesSlotCount()))
            distinct.insert(c.rgb());
        QCOMPARE(int(distinct.size()), seriesSlotCount());
        QCOMPARE(seriesSlot(QStringLiteral("model-3")), seriesSlot(QStringLiteral("model-3")));
    }

    // 11: Add filter offers what Group by offers (user, API key) and a tag key's own values.
    void addFilterFollowsTheTagKey()
    {
        const QStringList axes = AddFilterDialog::axes();
        for (const char* a : { "user", "api_key", "service_tier", "prompt_version" })
            QVERIFY2(axes.contains(QString::fromLatin1(a)), a);
        auto db = Database::open(m_db.toStdString(), Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        const auto features = (*db)->tagValues("feature");
        const auto regions = (*db)->tagValues("region");
        QVERIFY(!features.empty() && !regions.empty());
        QVERIFY((*db)->tagValues("no-such-key").empty());

        AddFilterDialog dlg(m_db);
        auto* axis = dlg.findChildren<QComboBox*>().at(0);
        auto* key = dlg.findChildren<QComboBox*>().at(1);
        auto* value = dlg.findChildren<QComboBox*>().at(2);
        axis->setCurrentIndex(axis->findData(QStringLiteral("tag")));
        QTRY_VERIFY_WITH_TIMEOUT(key->count() > 0 && value->count() > 0, 10000);
        key->setCurrentText(QStringLiteral("region"));
        QTRY_COMPARE_WITH_TIMEOUT(value->count(), int(regions.size()), 10000);
        QCOMPARE(value->itemText(0), QString::fromStdString(regions.front()));
        key->setCurrentText(QStringLiteral("feature"));
        QTRY_COMPARE_WITH_TIMEOUT(value->count(), int(features.size()), 10000);
        for (int i = 0; i < value->count(); ++i)
            QVERIFY(value->itemText(i) != QStringLiteral("us"));
        value->setCurrentText(QString::fromStdString(features.front()));
        QCOMPARE(dlg.chip().axis, QStringLiteral("tag:feature"));
    }

    // 12: two dimensions keep the top N of each (N chosen on the page, persisted): Other is a small part.
    void twoDimensionTopN()
    {
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        costs->setTopN(4);
        QCOMPARE(QSettings().value(QStringLiteral("costs/topN")).toInt(), 4);
        costs->setGroupBy({ QStringLiteral("model"), QStringLiteral("tenant") });
        QVERIFY(waitIdle(costs));
        auto* chart = costs->findChild<TimeBarChart*>();
        QVERIFY(chart);
        const auto colours = barColours(chart);
        QVERIFY2(colours.size() > 4 && colours.size() <= 4 * 4 + 1, qPrintable(QString::number(colours.size())));
        costs->setTopN(8);
        QVERIFY(waitIdle(costs));
        QVERIFY(barColours(chart).size() > colours.size());
    }

    // 14: labels in one style, the applied custom range in the range box, placeholders that fit, a date typed
    // as written, a source dialog that keeps its width.
    void layoutDetails()
    {
        QCOMPARE(DashboardState::axisTitle(QStringLiteral("service_tier")), QStringLiteral("Service tier"));
        QCOMPARE(DashboardState::axisTitle(QStringLiteral("api_key")), QStringLiteral("API key"));
        QCOMPARE(DashboardState::axisTitle(QStringLiteral("prompt_version")), QStringLiteral("Prompt version"));
        QCOMPARE(DashboardState::axisLabel(QStringLiteral("service_tier")), QStringLiteral("service tier"));

        auto w = window();
        const Epoch a = parseDate("2026-06-03").value(), b = parseDate("2026-06-20").value();
        w->state()->setCustomRange(a, b);
        auto* range = w->findChild<QComboBox*>(QStringLiteral("timeRange"));
        QVERIFY(range);
        QCOMPARE(range->currentText(), QStringLiteral("Jun 3 \u2013 Jun 20"));
        w->state()->setRange(DashboardState::Range::Last7Days);
        QCOMPARE(range->itemText(range->count() - 1), QStringLiteral("Custom..."));

        QLineEdit edit;
        edit.setPlaceholderText(QStringLiteral("required, e.g. 10.00"));
        edit.setMaximumWidth(40);
        fitPlaceholder(&edit);
        QVERIFY(edit.minimumWidth() > edit.fontMetrics().horizontalAdvance(edit.placeholderText()));

        PriceDialog price(QStringLiteral("openai"), QStringLiteral("gpt-x"), a);
        price.show();
        QVERIFY(QTest::qWaitForWindowExposed(&price));
        auto* date = price.findChild<QDateEdit*>();
        date->setFocus();
        QApplication::setActiveWindow(&price);
        QTRY_VERIFY(date->hasFocus());
        QTest::qWait(20);
        QCOMPARE(date->currentSectionIndex(), 0);
        QTest::keyClicks(date, QStringLiteral("2025-11-03"));
        QCOMPARE(date->date(), QDate(2025, 11, 3));

        SourceDialog source(nullptr);
        source.show();
        QVERIFY(QTest::qWaitForWindowExposed(&source));
        auto* name = source.findChild<QLineEdit*>(QStringLiteral("sourceName"));
        auto* problem = source.findChild<QLabel*>(QStringLiteral("sourceProblem"));
        name->setText(QString());
        QVERIFY(!problem->text().isEmpty());
        const int withProblem = source.sizeHint().width();
        name->setText(QStringLiteral("openai-prod"));
        QVERIFY(problem->text().isEmpty());
        QCOMPARE(source.sizeHint().width(), withProblem);
    }

    // 15: axis titles and headers follow the currency display.
    void currencyDisplayInTitles()
    {
        PriceTableModel model;
        setCurrencyStyle(CurrencyStyle::Code);
        QCOMPARE(currencyUnit(), QStringLiteral("USD"));
        QCOMPARE(model.headerData(PriceTableModel::Input, Qt::Horizontal).toString(), QStringLiteral("Input USD/1M"));
        auto w = window();
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        QVERIFY(waitIdle(costs));
        QComboBox* metric = nullptr;
        for (auto* c : costs->findChildren<QComboBox*>())
            if (c->findText(QStringLiteral("Spend (USD)")) >= 0)
                metric = c;
        QVERIFY(metric);
        setCurrencyStyle(CurrencyStyle::Symbol);
        QCOMPARE(model.headerData(PriceTableModel::Input, Qt::Horizontal).toString(), QStringLiteral("Input $/1M"));
    }
};

QTEST_MAIN(TestConfusing)
#include "tst_confusing.moc"
