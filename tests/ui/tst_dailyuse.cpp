// The dashboard as a daily tool (issue 12): background failures never block, chart tooltips stay on the
// nearest real data point, a live theme switch reaches the sidebar, price overrides say what they did, and
// the keyboard reaches chips, drills down and goes back.
#include "demo/demodata.h"
#include "ingest/requestlog.h"
#include "sources/sourcetypes.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/uisupport.h"
#include "ui/backgroundtask.h"
#include "ui/charts/charttip.h"
#include "ui/charts/linechart.h"
#include "ui/charts/rankingchart.h"
#include "ui/charts/scatterchart.h"
#include "ui/charts/timebarchart.h"
#include "ui/dialogs/pricedialog.h"
#include "ui/mainwindow.h"
#include "ui/models/grouptablemodel.h"
#include "ui/models/pricetablemodel.h"
#include "ui/models/sourcetablemodel.h"
#include "ui/pages/costspage.h"
#include "ui/pages/pricespage.h"
#include "ui/pages/sourcespage.h"
#include "ui/screenshot.h"
#include "ui/sourcesync.h"
#include "ui/theme.h"
#include "ui/widgets/sourcebanner.h"
#include "ui/widgets/tables.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

class TestDailyUse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;
    QString m_asked;

    std::unique_ptr<MainWindow> window()
    {
        // "now" pinned to the demo's last day: ranges are deterministic.
        return test::quietWindow(m_db, m_end + 12 * 3600);
    }

    // Clicks `button` on the next message box that opens, after recording its texts.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        m_asked.clear();
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            m_asked = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(button)->click();
        });
        timer->start();
    }

    void addSource(const std::string& name, const std::string& type, const std::string& keyEnv = {})
    {
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        SourceInfo s;
        s.name = name;
        s.type = type;
        s.baseUrl = "http://127.0.0.1:9"; // the discard port: connection refused
        s.keyEnv = keyEnv;
        QVERIFY((*db)->addSource(s).ok());
    }

    void removeSource(const std::string& name)
    {
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        QVERIFY((*db)->removeSource(name).ok());
    }

    static QTableView* tableOf(QWidget* page, const QAbstractItemModel* model)
    {
        for (QTableView* v : page->findChildren<QTableView*>())
            if (proxyOf(v) && proxyOf(v)->sourceModel() == model)
                return v;
        return nullptr;
    }

    static bool selectSource(SourcesPage* page, const QString& name)
    {
        QTableView* view = tableOf(page, page->sourcesModel());
        if (!view)
            return false;
        for (int i = 0; i < page->sourcesModel()->rowCount(); ++i)
            if (QString::fromStdString(page->sourcesModel()->rowAt(i)->info.name) == name) {
                view->setCurrentIndex(proxyOf(view)->mapFromSource(page->sourcesModel()->index(i, 0)));
                return true;
            }
        return false;
    }

    static QPushButton* button(QWidget* w, const QString& text)
    {
        for (QPushButton* b : w->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    static void sendHelp(QWidget* viewport, const QPoint& pos)
    {
        QHelpEvent help(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
        QApplication::sendEvent(viewport, &help);
    }

    static void sendMove(QWidget* viewport, const QPoint& pos)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }

    static int lightnessAt(QWidget* w, const QPoint& p)
    {
        return w->grab().toImage().pixelColor(p).lightness();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("daily.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        DemoOptions o;
        o.events = 3000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        QVERIFY(generateDemo(**db, *book, o).ok());
        // A model without any price, first used on 10 June.
        const QString log = m_dir.filePath(QStringLiteral("unpriced.jsonl"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"id\":\"u1\",\"ts\":\"2026-06-10T09:00:00Z\",\"provider\":\"acme\",\"model\":\"acme-llm-1\","
                "\"input_tokens\":1000,\"output_tokens\":100}\n"
                "{\"id\":\"u2\",\"ts\":\"2026-06-20T09:00:00Z\",\"provider\":\"acme\",\"model\":\"acme-llm-1\","
                "\"input_tokens\":2000,\"output_tokens\":200}\n");
        f.close();
        RequestLogImporter importer(**db, *book, "import");
        auto r = importer.importFile(log.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->inserted, 2);
    }

    // Item 1: a failing sync shows on the row, in the status bar and in one banner - never in a box.
    void backgroundFailureNeverBlocks()
    {
        addSource("openai-prod", "openai", "BURNRATE_DAILY_KEY");
        addSource("anthropic-prod", "anthropic", "BURNRATE_DAILY_KEY");
        qputenv("BURNRATE_DAILY_KEY", "sk-test");
        auto w = window();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QSignalSpy finished(w->tasks(), &BackgroundTask::finished);
        for (const char* name : { "openai-prod", "anthropic-prod" }) {
            const int before = int(finished.size());
            w->syncSource(QString::fromLatin1(name));
            QVERIFY(finished.size() > before || finished.wait(30000));
            QCOMPARE(finished.last().at(1).toBool(), false);
            // The key came from the environment: the keychain's trouble is not part of the message.
            QVERIFY2(!finished.last().at(2).toString().contains(QLatin1String("keychain")),
                qPrintable(finished.last().at(2).toString()));
            QTest::qWait(50);
            QCOMPARE(QApplication::activeModalWidget(), nullptr);
            QVERIFY(w->findChildren<QMessageBox*>().isEmpty());
        }
        SourceBanner* banner = w->sourceBanner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->failureCount(), 2, 10000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QLatin1String("2 sources failing: ")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("openai-prod (")));
        // The row shows the error, and the source is not due again at once (backoff).
        auto* sources = qobject_cast<SourcesPage*>(w->page(QStringLiteral("sources")));
        w->showPage(QStringLiteral("sources"));
        QVERIFY(waitIdle(sources));
        bool rowShowsError = false;
        for (int i = 0; i < sources->sourcesModel()->rowCount(); ++i) {
            const SourceRow* r = sources->sourcesModel()->rowAt(i);
            if (r->info.name != "openai-prod")
                continue;
            rowShowsError = !sources->sourcesModel()->index(i, SourceTableModel::LastError).data().toString().isEmpty();
            QVERIFY(r->nextDue.has_value());
            QVERIFY(*r->nextDue > r->lastSync->started);
        }
        QVERIFY(rowShowsError);
        // Dismissed, it stays away until the failures change.
        banner->dismiss();
        w->refreshStatus();
        QTest::qWait(200);
        QVERIFY(!banner->isVisible());
        // Removing a source takes it out of the banner; removing both clears it.
        removeSource("openai-prod");
        w->refreshStatus();
        QTRY_COMPARE_WITH_TIMEOUT(banner->failureCount(), 1, 10000);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->text().contains(QLatin1String("openai-prod")));
        removeSource("anthropic-prod");
        w->refreshStatus();
        QTRY_COMPARE_WITH_TIMEOUT(banner->failureCount(), 0, 10000);
        QVERIFY(!banner->isVisible());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }

    // Item 6: file imports and the demo cannot be polled; the GUI names its own fields, not CLI flags.
    void syncNowOnlyForPollableSources()
    {
        addSource("billing-openai", "openai", "BURNRATE_DAILY_KEY");
        auto w = window();
        w->show();
        auto* sources = qobject_cast<SourcesPage*>(w->page(QStringLiteral("sources")));
        w->showPage(QStringLiteral("sources"));
        QVERIFY(waitIdle(sources));
        QPushButton* sync = button(sources, QStringLiteral("Sync now"));
        QVERIFY(sync);
        QVERIFY(selectSource(sources, QStringLiteral("import"))); // the file import's source
        QVERIFY(!sync->isEnabled());
        QVERIFY(selectSource(sources, QStringLiteral("billing-openai")));
        QVERIFY(sync->isEnabled());
        for (int i = 0; i < sources->sourcesModel()->rowCount(); ++i)
            if (sources->sourcesModel()->rowAt(i)->info.name == "import") {
                QCOMPARE(sources->sourcesModel()->index(i, SourceTableModel::NextRun).data().toString(),
                    QStringLiteral("not polled"));
                // Stored, not synced: no "Never synced" that reads as a fault.
                QCOMPARE(sources->sourcesModel()->index(i, SourceTableModel::Status).data().toString(),
                    QStringLiteral("Imported"));
            } else if (sources->sourcesModel()->rowAt(i)->info.name == "billing-openai") {
                QCOMPARE(sources->sourcesModel()->index(i, SourceTableModel::Status).data().toString(),
                    QStringLiteral("Never synced"));
            }
        // Even when asked directly, a file source is refused plainly.
        QString summary;
        BackgroundTask::Context ctx;
        ctx.progress = [](double, const QString&) {
        };
        const QString e = runSourceSync(m_db, QStringLiteral("import"), ctx, summary);
        QVERIFY2(e.contains(QLatin1String("cannot be polled")), qPrintable(e));
        QVERIFY(!e.contains(QLatin1String("keychain")));
        QVERIFY(!e.contains(QLatin1String("unknown source type")));
        removeSource("billing-openai");
    }

    void guiErrorsNameTheEditDialog_data()
    {
        QTest::addColumn<QString>("core");
        QTest::newRow("api key") << QStringLiteral(
            "no API key: store one in the keychain or name an environment variable");
        QTest::newRow("env") << QStringLiteral("no API key: environment variable OPENAI_KEY is not set");
        QTest::newRow("aws") << QStringLiteral("no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                                               "(or name other variables with --key-env ID_VAR,SECRET_VAR), store "
                                               "them in the keychain, or give the source a profile of x");
        QTest::newRow("aws vars") << QStringLiteral(
            "for an AWS source, --key-env names the variables ID_VAR,SECRET_VAR[,TOKEN_VAR] (got 'X')");
    }

    void guiErrorsNameTheEditDialog()
    {
        QFETCH(QString, core);
        const QString gui = guiSourceError(core);
        QVERIFY2(!gui.contains(QLatin1String("--key-env")), qPrintable(gui));
        if (core.startsWith(QLatin1String("no ")))
            QVERIFY2(gui.contains(QLatin1String("Edit dialog")), qPrintable(gui));
        if (core.contains(QLatin1String("OPENAI_KEY")))
            QVERIFY(gui.contains(QLatin1String("OPENAI_KEY")));
    }

    // Item 3: a live switch repaints the sidebar (and its icons) in the new theme.
    void liveThemeSwitchReachesTheSidebar()
    {
        applyTheme(ThemeChoice::Light);
        auto w = window();
        w->setDark(false);
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* sidebar = w->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        const QPoint empty(sidebar->width() / 2, sidebar->height() - 10); // below the last item
        QVERIFY(lightnessAt(sidebar, empty) > 160);
        QAction* dark = nullptr;
        for (QAction* a : w->menuBar()->findChildren<QAction*>())
            if (a->text() == QLatin1String("Dark") && a->isCheckable())
                dark = a;
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(isDarkTheme());
        QApplication::processEvents();
        QVERIFY2(lightnessAt(sidebar, empty) < 100, "the sidebar must turn dark with the theme");
        QCOMPARE(sidebar->grab().toImage().pixelColor(empty).lightness(),
            QApplication::palette().color(QPalette::Button).lightness());
        // The icons are drawn in the new text colour: light glyphs on the dark sidebar.
        const QImage icon = sidebar->item(0)->icon().pixmap(48, 48).toImage();
        int lightest = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                if (icon.pixelColor(x, y).alpha() > 200)
                    lightest = std::max(lightest, icon.pixelColor(x, y).lightness());
        QVERIFY(lightest > 180);
        // Settings shows the theme chosen from the menu.
        auto* settingsTheme = w->findChild<QComboBox*>(QStringLiteral("themeChoice"));
        QVERIFY(settingsTheme);
        QCOMPARE(settingsTheme->currentData().toString(), QStringLiteral("dark"));
        // The failure banner follows as well.
        QVERIFY(w->sourceBanner()->palette().color(QPalette::Window).lightness() < 128);
        applyTheme(ThemeChoice::Light);
        w->setDark(false);
        QApplication::processEvents();
        QVERIFY(lightnessAt(sidebar, empty) > 160);
        QVERIFY(w->sourceBanner()->palette().color(QPalette::Window).lightness() > 128);
    }

    // Item 2: a line tooltip is the nearest real sample, stays while the pointer rests or moves within it,
    // and beats the chart box's help text.
    void lineTooltipSnapsAndStays()
    {
        QGroupBox box;
        box.setToolTip(QStringLiteral("generic help"));
        auto* chart = new LineChart(&box);
        auto* lay = new QVBoxLayout(&box);
        lay->addWidget(chart);
        box.resize(700, 420);
        QList<LineChart::Line> lines;
        LineChart::Line a { QStringLiteral("claude"), {} }, b { QStringLiteral("gpt"), {} };
        const qint64 day0 = qint64(parseDate("2026-06-01").value()) * 1000;
        for (int i = 0; i < 6; ++i) {
            a.points << QPointF(double(day0 + qint64(i) * 86400000), 10.0 * (i + 1));
            b.points << QPointF(double(day0 + qint64(i) * 86400000), 5.0 + i);
        }
        lines << a << b;
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        chart->setData(lines, ValueKind::Money, QStringLiteral("Spend"));
        QApplication::processEvents();
        auto* view = chart->findChild<QChartView*>();
        QWidget* vp = view->viewport();
        const QPoint p2 = chart->pointPosition(0, 2), p3 = chart->pointPosition(0, 3);
        QVERIFY(p3.x() > p2.x() + 20);
        // A quarter of the way to the next sample, off the line: still sample 2, not an interpolation.
        const QPoint near2(p2.x() + (p3.x() - p2.x()) / 4, p2.y() - 15);
        sendHelp(vp, near2);
        QVERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QLatin1String("2026-06-03")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("$30.00")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("$7.00")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("generic help")));
        // Each line's swatch in the tip has the colour the line is drawn in (colours follow the name).
        for (QAbstractSeries* s : view->chart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(s);
            QVERIFY(line);
            const QString swatch
                = QStringLiteral("color:%1\">\u25A0</span> %2:").arg(line->pen().color().name(), line->name());
            QVERIFY2(text.contains(swatch), qPrintable(text + QStringLiteral(" lacks ") + swatch));
        }
        // Moving within the same sample keeps it.
        sendMove(vp, near2 + QPoint(3, 4));
        QTest::qWait(600);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
        QCOMPARE(chart->tip()->shownText(), text);
        // Moving to the next sample updates it.
        sendMove(vp, QPoint(p3.x() - 2, p3.y()));
        QVERIFY(QToolTip::text().contains(QLatin1String("2026-06-04")));
        QVERIFY(QToolTip::text().contains(QLatin1String("$40.00")));
        QToolTip::hideText();
    }

    void barAndScatterTooltips()
    {
        TimeBarChart bars;
        bars.resize(700, 420);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        QVector<qint64> buckets;
        const qint64 day0 = parseDate("2026-06-01").value();
        for (int i = 0; i < 5; ++i)
            buckets << day0 + i * 86400;
        QList<ChartSeries> series;
        ChartSeries s1, s2;
        s1.name = QStringLiteral("gpt-4o");
        s2.name = QStringLiteral("claude");
        for (int i = 0; i < 5; ++i) {
            s1.values << 10.0 + i;
            s2.values << 20.0 + i;
        }
        series << s1 << s2;
        bars.setData(buckets, series, ValueKind::Money, QStringLiteral("Spend"), true, TimeBarChart::Bucket::Day);
        QApplication::processEvents();
        QWidget* vp = bars.findChild<QChartView*>()->viewport();
        const QPoint seg = bars.barPosition(1, 2);
        sendHelp(vp, seg);
        QVERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QLatin1String("claude")) && text.contains(QLatin1String("2026-06-03"))
                && text.contains(QLatin1String("$22.00")) && text.contains(QLatin1String("$34.00")),
            qPrintable(text));
        sendMove(vp, seg + QPoint(2, 2));
        QTest::qWait(600);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
        QToolTip::hideText();

        ScatterChart scatter;
        scatter.resize(600, 400);
        scatter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scatter));
        scatter.setData({ { QStringLiteral("cheap"), 0.001, 60 }, { QStringLiteral("mid"), 0.004, 75 },
                            { QStringLiteral("pricey"), 0.01, 90 } },
            { 0, 2 }, QStringLiteral("Cost per request"), QStringLiteral("Quality (%)"));
        QApplication::processEvents();
        QWidget* svp = scatter.findChild<QChartView*>()->viewport();
        const QPoint mid = scatter.pointPosition(1);
        sendHelp(svp, mid + QPoint(4, 3));
        QVERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("mid")), qPrintable(QToolTip::text()));
        sendMove(svp, mid + QPoint(-3, 2));
        QTest::qWait(600);
        QVERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("mid")));
        QToolTip::hideText();
    }

    void rankingTooltipStays()
    {
        RankingChart ranking;
        ranking.resize(600, 300);
        ranking.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ranking));
        ranking.setData({ QStringLiteral("claude"), QStringLiteral("gpt") }, { 30.0, 10.0 }, ValueKind::Money,
            QStringLiteral("Spend"), {});
        QApplication::processEvents();
        QWidget* vp = ranking.findChild<QChartView*>()->viewport();
        // Scan down the middle of the plot for the top bar (the costliest).
        QString text;
        QPoint at;
        for (int y = 0; y < vp->height() && text.isEmpty(); y += 4) {
            sendHelp(vp, QPoint(vp->width() / 3, y));
            if (QToolTip::isVisible() && QToolTip::text().contains(QLatin1String("claude"))) {
                text = QToolTip::text();
                at = QPoint(vp->width() / 3, y);
            }
        }
        QVERIFY2(text.contains(QLatin1String("$30.00")), qPrintable(text));
        sendMove(vp, at + QPoint(5, 1));
        QTest::qWait(600);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
        QToolTip::hideText();
    }

    // Item 5: Add price for an unpriced model starts from its first unpriced day, not today.
    void addPriceDefaultsToTheFirstUnpricedDay()
    {
        auto w = window();
        w->show();
        auto* prices = qobject_cast<PricesPage*>(w->page(QStringLiteral("prices")));
        w->showPage(QStringLiteral("prices"));
        QVERIFY(waitIdle(prices));
        const auto first = prices->firstUnpriced(QStringLiteral("acme"), QStringLiteral("acme-llm-1"));
        QVERIFY(first.has_value());
        QCOMPARE(formatTimestamp(*first).substr(0, 10), std::string("2026-06-10"));
        QTableView* unpriced = tableOf(prices, prices->unpricedModel());
        QVERIFY(unpriced);
        bool selected = false;
        for (int i = 0; i < prices->unpricedModel()->rowCount(); ++i)
            if (prices->unpricedModel()->rowAt(i)->keys.at(1) == "acme-llm-1") {
                unpriced->setCurrentIndex(proxyOf(unpriced)->mapFromSource(prices->unpricedModel()->index(i, 0)));
                selected = true;
            }
        QVERIFY(selected);
        QDate shown;
        QTimer::singleShot(100, this, [&] {
            auto* dlg = qobject_cast<PriceDialog*>(QApplication::activeModalWidget());
            if (!dlg)
                return;
            shown = dlg->findChild<QDateEdit*>()->date();
            dlg->reject();
        });
        button(prices, QStringLiteral("Add price for the selected model..."))->click();
        QCOMPARE(shown, QDate(2026, 6, 10));
    }

    // Item 4: the saved model's name, a confirmation before removing, and what the re-pricing did.
    void overridesSayWhatTheyDid()
    {
        auto w = window();
        w->show();
        auto* prices = qobject_cast<PricesPage*>(w->page(QStringLiteral("prices")));
        w->showPage(QStringLiteral("prices"));
        QVERIFY(waitIdle(prices));
        QSignalSpy status(prices, &Page::statusMessage);
        // Add override... with no row selected: the user types the model in the dialog.
        QTimer::singleShot(100, this, [&] {
            auto* dlg = qobject_cast<PriceDialog*>(QApplication::activeModalWidget());
            if (!dlg)
                return;
            const auto edits = dlg->findChildren<QLineEdit*>();
            edits.at(0)->setText(QStringLiteral("acme"));
            edits.at(1)->setText(QStringLiteral("acme-llm-1"));
            dlg->findChild<QDateEdit*>()->setDate(QDate(2026, 6, 1));
            for (QLineEdit* e : edits) {
                if (e->placeholderText().startsWith(QLatin1String("required")))
                    e->setText(QStringLiteral("1.00"));
            }
            dlg->accept();
        });
        QTableView* priceView = tableOf(prices, prices->pricesModel());
        priceView->clearSelection();
        priceView->setCurrentIndex({});
        button(prices, QStringLiteral("Add override..."))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!prices->repriceSummary().isEmpty(), 10000);
        const QString added = prices->repriceSummary();
        QVERIFY2(added.startsWith(QLatin1String("Price of acme-llm-1 saved: 2 request records re-priced")),
            qPrintable(added));
        QVERIFY2(added.contains(QStringLiteral("\u2192")) && added.contains(QLatin1String("had no price before")),
            qPrintable(added));
        bool named = false;
        for (const auto& args : status)
            named = named || args.at(0).toString().contains(QLatin1String("Price of acme-llm-1 saved"));
        QVERIFY(named);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);

        // Remove it: a confirmation first (No keeps it), then the result.
        QVERIFY(waitIdle(prices));
        int row = -1;
        for (int i = 0; i < prices->pricesModel()->rowCount(); ++i)
            if (prices->pricesModel()->rowAt(i)->price.model == "acme-llm-1"
                && prices->pricesModel()->rowAt(i)->price.origin == PriceOrigin::Override)
                row = i;
        QVERIFY(row >= 0);
        priceView->setCurrentIndex(proxyOf(priceView)->mapFromSource(prices->pricesModel()->index(row, 0)));
        answerNextMessageBox(QMessageBox::No);
        button(prices, QStringLiteral("Remove override"))->click();
        QVERIFY2(m_asked.contains(QLatin1String("acme-llm-1")), qPrintable(m_asked));
        QTest::qWait(200);
        QCOMPARE(prices->repriceSummary(), added);
        answerNextMessageBox(QMessageBox::Yes);
        button(prices, QStringLiteral("Remove override"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            prices->repriceSummary().startsWith(QLatin1String("Override of acme-llm-1 removed")), 10000);
        QVERIFY2(prices->repriceSummary().contains(QLatin1String("2 request records re-priced"))
                && prices->repriceSummary().contains(QLatin1String("unpriced")),
            qPrintable(prices->repriceSummary()));
    }

    // Item 16: chips in the Tab chain, Tab leaves tables, Enter drills down, View > Back.
    void keyboardReachesChipsDrillsAndGoesBack()
    {
        auto w = window();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        w->showPage(QStringLiteral("costs"));
        QVERIFY(waitIdle(costs));
        for (QTableView* t : w->findChildren<QTableView*>())
            if (!t->objectName().startsWith(QLatin1String("qt_"))) // a date edit's calendar grid
                QVERIFY2(!t->tabKeyNavigation(),
                    qPrintable(QString::fromLatin1(t->metaObject()->className()) + QLatin1Char(' ')
                        + t->parentWidget()->metaObject()->className()));
        QVERIFY(w->backAction());
        QVERIFY(!w->backAction()->isEnabled());
        QCOMPARE(w->backAction()->shortcut(), QKeySequence(QKeySequence::Back));
        // Enter on the first row drills down.
        QTableView* table = nullptr;
        for (QTableView* t : costs->findChildren<QTableView*>())
            if (t->isVisible() && t->model() && t->model()->rowCount() > 0)
                table = t;
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(costs->breadcrumbDepth(), 1);
        QCOMPARE(w->state()->chips().size(), 1);
        QVERIFY(w->backAction()->isEnabled());
        // The chip is reachable with Tab right after the range, and Delete removes it.
        QVERIFY(waitIdle(costs));
        QToolButton* chip = nullptr;
        for (QToolButton* b : w->findChildren<QToolButton*>(QStringLiteral("filterChip")))
            if (!b->isHidden())
                chip = b;
        QVERIFY(chip);
        QVERIFY(chip->focusPolicy() & Qt::TabFocus);
        auto* range = w->findChild<QWidget*>(QStringLiteral("timeRange"));
        QWidget* next = range->nextInFocusChain();
        while (next && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QCOMPARE(next, chip);
        // View > Back steps out of the drill-down and is disabled again.
        w->backAction()->trigger();
        QCOMPARE(costs->breadcrumbDepth(), 0);
        QVERIFY(!w->backAction()->isEnabled());
        QVERIFY(w->state()->chips().isEmpty());
        // A chip added by hand: Delete on it removes it.
        FilterChip c;
        c.axis = QStringLiteral("provider");
        c.value = QStringLiteral("openai");
        w->state()->addChip(c);
        QApplication::processEvents(); // a layout shows new children on the next turn
        chip = nullptr;
        for (QToolButton* b : w->findChildren<QToolButton*>(QStringLiteral("filterChip")))
            if (!b->isHidden())
                chip = b;
        QVERIFY(chip);
        chip->setFocus();
        QTest::keyClick(chip, Qt::Key_Delete);
        QVERIFY(w->state()->chips().isEmpty());
    }
};

QTEST_MAIN(TestDailyUse)
#include "tst_dailyuse.moc"
