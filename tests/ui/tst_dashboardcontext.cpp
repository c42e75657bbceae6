// Issue 12, "expected and missing": granularity and range presets, the database's file in the title and the
// recent list, File > New database, and exports that carry their context (file names, the chart caption).
#include "demo/demodata.h"
#include "model/timeutil.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"
#include "ui/charts/timebarchart.h"
#include "ui/dashboardstate.h"
#include "ui/mainwindow.h"
#include "ui/models/grouptablemodel.h"
#include "ui/pages/costspage.h"
#include "ui/savedviews.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;

Q_DECLARE_METATYPE(burnrate::Granularity)

class TestDashboardContext : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

    std::unique_ptr<MainWindow> window(const QString& db)
    {
        MainWindow::Options o;
        o.persist = false;
        o.schedulePolls = false;
        o.trayIcon = false;
        o.welcome = false;
        auto w = std::make_unique<MainWindow>(db, o);
        w->state()->setNow(m_end + 12 * 3600);
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("burnrate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardcontext"));
        QSettings().clear();
        applyTheme(ThemeChoice::Light);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("big.db"));
        DemoOptions o;
        o.events = 3000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        QVERIFY(test::makeDemo(m_db, o));
    }
    void cleanupTestCase()
    {
        QSettings().clear();
    }

    void autoGranularityFollowsTheRange_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<Granularity>("expected");
        QTest::addRow("1 day") << 1 << Granularity::Hour;
        QTest::addRow("2 days") << 2 << Granularity::Hour;
        QTest::addRow("3 days") << 3 << Granularity::Day;
        QTest::addRow("62 days") << 62 << Granularity::Day;
        QTest::addRow("a quarter, 91 days") << 91 << Granularity::Week;
        QTest::addRow("366 days") << 366 << Granularity::Week;
        QTest::addRow("two years") << 730 << Granularity::Month;
    }
    void autoGranularityFollowsTheRange()
    {
        QFETCH(int, days);
        QFETCH(Granularity, expected);
        DashboardState s;
        const Epoch first = parseDate("2026-01-01").value();
        s.setCustomRange(first, first + (days - 1) * kSecondsPerDay);
        QCOMPARE(s.granularityChoice(), Granularity::None);
        QCOMPARE(s.granularity(), expected);
    }

    void chosenGranularityWinsButHoursStayShort()
    {
        DashboardState s;
        s.setNow(parseTimestamp("2026-05-15T10:00:00Z").value());
        s.setRange(DashboardState::Range::Last30Days);
        QCOMPARE(s.granularity(), Granularity::Day);
        s.setGranularityChoice(Granularity::Month);
        QCOMPARE(s.granularity(), Granularity::Month);
        s.setGranularityChoice(Granularity::Hour);
        QCOMPARE(s.granularity(), Granularity::Hour); // 30 days: 720 hours
        s.setRange(DashboardState::Range::Last90Days);
        QCOMPARE(s.granularity(), Granularity::Day); // 2160 bars would not be readable
        s.setGranularityChoice(Granularity::None);
        QCOMPARE(s.granularity(), Granularity::Week);
    }

    void newPresets_data()
    {
        QTest::addColumn<DashboardState::Range>("range");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("last 90 days") << DashboardState::Range::Last90Days << "2026-02-15"
                                      << "2026-05-16";
        QTest::addRow("this quarter") << DashboardState::Range::ThisQuarter << "2026-04-01"
                                      << "2026-07-01";
        QTest::addRow("quarter to date") << DashboardState::Range::QuarterToDate << "2026-04-01"
                                         << "2026-05-16";
        QTest::addRow("year to date") << DashboardState::Range::YearToDate << "2026-01-01"
                                      << "2026-05-16";
    }
    void newPresets()
    {
        QFETCH(DashboardState::Range, range);
        QFETCH(QString, from);
        QFETCH(QString, to);
        DashboardState s;
        s.setNow(parseTimestamp("2026-05-15T10:00:00Z").value());
        s.setRange(range);
        QCOMPARE(QString::fromStdString(formatDate(s.from())), from);
        QCOMPARE(QString::fromStdString(formatDate(s.to())), to);
    }

    void granularityAndPresetPersist()
    {
        {
            DashboardState s;
            s.setRange(DashboardState::Range::YearToDate);
            s.setGranularityChoice(Granularity::Month);
            s.save();
        }
        DashboardState t;
        t.load();
        QCOMPARE(t.range(), DashboardState::Range::YearToDate);
        QCOMPARE(t.granularityChoice(), Granularity::Month);
        QSettings().clear();
    }

    void theComboBesideTheRangeSetsTheCostsChartBuckets()
    {
        auto w = window(m_db);
        QString error;
        QVERIFY2(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull(), qPrintable(error));
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        QCOMPARE(costs->timeChart()->bucketCount(), 30); // Last 30 days, Auto: days
        auto* combo = w->findChild<QComboBox*>(QStringLiteral("granularity"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        QVERIFY(combo->itemText(0).contains(QStringLiteral("day")));
        const int week = combo->findData(int(Granularity::Week));
        QVERIFY(week > 0);
        combo->setCurrentIndex(week);
        emit combo->activated(week);
        QCOMPARE(w->state()->granularity(), Granularity::Week);
        QTRY_VERIFY_WITH_TIMEOUT(costs->isIdle() && costs->timeChart()->bucketCount() <= 6, 20000);
        QVERIFY(costs->timeChart()->bucketCount() >= 5);
    }

    void exportNamesCarryTheContext()
    {
        DashboardState s;
        s.setCustomRange(parseDate("2026-11-01").value(), parseDate("2026-11-30").value());
        s.addChip({ QStringLiteral("tenant"), QStringLiteral("Acme Corp/EU") });
        QCOMPARE(s.exportFileName(
                     QStringLiteral("costs"), { QStringLiteral("model") }, Lens::Attribution, QStringLiteral("csv")),
            QStringLiteral("costs_by-model_2026-11-01_2026-11-30_attribution_tenant-acme-corp-eu.csv"));
        s.setChips({ { QStringLiteral("tag:team"), QStringLiteral("../../etc") } });
        const QString name = s.exportFileName(QStringLiteral("costs"),
            { QStringLiteral("model"), QStringLiteral("tag:team") }, Lens::Billing, QStringLiteral("png"));
        QCOMPARE(name, QStringLiteral("costs_by-model-tag-team_2026-11-01_2026-11-30_billing_tag-team-etc.png"));
        const QString caption = s.contextCaption(QStringLiteral("Costs"), { QStringLiteral("model") }, Lens::Billing);
        QVERIFY2(caption.contains(QStringLiteral("2026-11-01 to 2026-11-30")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("billing lens")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("tag team: ../../etc")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("per day")), qPrintable(caption));
    }

    void savedChartHasItsCaptionUnderIt()
    {
        auto w = window(m_db);
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(costs->saveChartPng(png));
        const QImage img(png);
        QVERIFY(!img.isNull());
        const QImage chart = costs->timeChart()->parentWidget()->grab().toImage();
        QVERIFY2(img.height() > chart.height(), "no room for the caption");
        QCOMPARE(img.width(), chart.width());
        // The caption strip is not blank: text was drawn in it.
        const QColor bg = img.pixelColor(0, img.height() - 1);
        bool text = false;
        for (int y = chart.height(); y < img.height() && !text; ++y)
            for (int x = 0; x < img.width() && !text; ++x)
                text = img.pixelColor(x, y) != bg;
        QVERIFY(text);
        QVERIFY(costs->chartCaption().contains(QStringLiteral("attribution lens")));
    }

    void titleNamesTheDatabase()
    {
        auto w = window(m_db);
        QCOMPARE(w->windowTitle(), QStringLiteral("big.db - Burnrate"));
        QCOMPARE(w->recentDatabases().value(0), QFileInfo(m_db).absoluteFilePath());
    }

    void newDatabaseCreatesAndOpensAnEmptyFile()
    {
        auto w = window(m_db);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
        QVERIFY(!QFileInfo::exists(fresh));
        w->newDatabase(fresh);
        QTRY_COMPARE_WITH_TIMEOUT(w->state()->databasePath(), fresh, 10000);
        QVERIFY(QFileInfo::exists(fresh));
        QCOMPARE(w->windowTitle(), QStringLiteral("fresh.db - Burnrate"));
        auto db = Database::open(fresh.toStdString(), Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(w->recentDatabases().value(0), QFileInfo(fresh).absoluteFilePath());
        QCOMPARE(w->recentDatabases().value(1), QFileInfo(m_db).absoluteFilePath());
    }

    void newDatabaseNeverReplacesAFile()
    {
        auto w = window(m_db);
        const auto size = QFileInfo(m_db).size();
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(Database::open(other.toStdString()).ok());
        QTimer::singleShot(0, [] {
            if (QWidget* m = QApplication::activeModalWidget())
                m->close();
        });
        w->newDatabase(other);
        QTest::qWait(200);
        QCOMPARE(w->state()->databasePath(), m_db);
        QCOMPARE(QFileInfo(m_db).size(), size);
    }

    void recentMenuKeepsEightAndGreysMissingFiles()
    {
        auto w = window(m_db);
        QStringList made;
        for (int i = 0; i < 10; ++i) {
            const QString p = m_dir.filePath(QStringLiteral("r%1.db").arg(i));
            w->openDatabase(p);
            QTRY_COMPARE_WITH_TIMEOUT(w->state()->databasePath(), p, 10000);
            made << QFileInfo(p).absoluteFilePath();
        }
        QCOMPARE(w->recentDatabases().size(), MainWindow::kMaxRecent);
        QCOMPARE(w->recentDatabases().value(0), made.last());
        QVERIFY(!w->recentDatabases().contains(made.first()));
        QVERIFY(QFile::remove(made[8]));
        auto* menu = w->findChild<QMenu*>(QStringLiteral("recentDatabases"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        bool sawMissing = false, sawCurrent = false;
        for (QAction* a : menu->actions()) {
            if (a->toolTip() == made[8]) {
                sawMissing = true;
                QVERIFY(!a->isEnabled());
            }
            if (a->toolTip() == made[9]) {
                sawCurrent = true;
                QVERIFY(a->isEnabled());
                QVERIFY(a->isChecked());
            }
        }
        QVERIFY(sawMissing);
        QVERIFY(sawCurrent);
    }

    void costsTableShowsLatencyByModelAndPrompt()
    {
        auto w = window(m_db);
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        GroupTableModel* m = costs->tableModel();
        auto column = [m](GroupTableModel::Measure which) {
            for (int c = m->keyColumnCount(); c < m->columnCount(); ++c)
                if (m->measureAt(c) == which)
                    return c;
            return -1;
        };
        for (const QStringList& g : { QStringList { QStringLiteral("model") }, QStringList { QStringLiteral("prompt") },
                 QStringList { QStringLiteral("model"), QStringLiteral("prompt") } }) {
            costs->setGroupBy(g);
            QTRY_VERIFY_WITH_TIMEOUT(costs->isIdle(), 20000);
            const int med = column(GroupTableModel::Measure::Latency);
            QVERIFY2(med > 0, qPrintable(g.join(QLatin1Char(','))));
            QVERIFY(m->rowCount() > 0);
            int withLatency = 0;
            for (int r = 0; r < m->rowCount(); ++r) {
                const qlonglong a = m->data(m->index(r, med), GroupTableModel::SortRole).toLongLong();
                const qlonglong b = m->data(m->index(r, med), GroupTableModel::P95Role).toLongLong();
                if (a > 0) {
                    ++withLatency;
                    QVERIFY(b >= a);
                    QVERIFY(m->data(m->index(r, med)).toString().endsWith(QStringLiteral(" ms")));
                }
            }
            QVERIFY(withLatency > 0);
        }
        // Time to first token: the demo's chat-facing prompts stream (support-answer, code-review, sql-agent);
        // the batch and embedding prompts report none and show a dash.
        costs->setGroupBy({ QStringLiteral("prompt") });
        QTRY_VERIFY_WITH_TIMEOUT(costs->isIdle(), 20000);
        const int ttft = column(GroupTableModel::Measure::Ttft);
        QVERIFY(ttft > 0);
        QMap<QString, qlonglong> byPrompt;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString prompt = m->data(m->index(r, 0)).toString();
            const qlonglong a = m->data(m->index(r, ttft), GroupTableModel::SortRole).toLongLong();
            byPrompt.insert(prompt, a);
            if (a > 0)
                QVERIFY(m->data(m->index(r, ttft), GroupTableModel::P95Role).toLongLong() >= a);
            else
                QCOMPARE(m->data(m->index(r, ttft)).toString(), QStringLiteral("\u2014"));
        }
        QVERIFY2(
            byPrompt.value(QStringLiteral("support-answer")) > 0, qPrintable(QStringList(byPrompt.keys()).join(',')));
        QCOMPARE(byPrompt.value(QStringLiteral("embed-docs"), -2), -1);
        costs->setGroupBy({ QStringLiteral("tenant") });
        QTRY_VERIFY_WITH_TIMEOUT(costs->isIdle(), 20000);
        QCOMPARE(column(GroupTableModel::Measure::Latency), -1);
        QCOMPARE(column(GroupTableModel::Measure::Ttft), -1);
    }

    void savedViewRoundTrip()
    {
        QSettings().clear();
        auto w = window(m_db);
        QString error;
        QVERIFY(!renderPage(*w, QStringLiteral("costs"), QSize(1280, 800), 20000, &error).isNull());
        auto* costs = qobject_cast<CostsPage*>(w->page(QStringLiteral("costs")));
        w->state()->setCustomRange(parseDate("2026-06-01").value(), parseDate("2026-06-20").value());
        w->state()->setGranularityChoice(Granularity::Week);
        w->state()->setChips({ { QStringLiteral("provider"), QStringLiteral("openai") } });
        costs->setGroupBy({ QStringLiteral("model"), QStringLiteral("project") });
        costs->setLens(Lens::Billing);
        w->saveCurrentView(QStringLiteral("June by project"));
        const SavedView saved = w->currentView(QStringLiteral("June by project"));

        // Change everything.
        w->showPage(QStringLiteral("cache"));
        w->state()->setRange(DashboardState::Range::Today);
        w->state()->setGranularityChoice(Granularity::None);
        w->state()->setChips({ { QStringLiteral("tenant"), QStringLiteral("acme") } });
        costs->setGroupBy({ QStringLiteral("tenant") });
        costs->setLens(Lens::Attribution);
        QVERIFY(!(w->currentView(saved.name) == saved));

        // Reopen from the settings, as the menu does, in a fresh window.
        auto again = window(m_db);
        QVERIFY(!renderPage(*again, QStringLiteral("overview"), QSize(1280, 800), 20000, &error).isNull());
        const auto found = SavedViews::find(QStringLiteral("June by project"));
        QVERIFY(found);
        QCOMPARE(*found, saved);
        again->applyView(*found);
        QCOMPARE(again->currentPage()->pageId(), QStringLiteral("costs"));
        QCOMPARE(again->currentView(saved.name), saved);
        QCOMPARE(again->state()->from(), parseDate("2026-06-01").value());
        QCOMPARE(again->state()->to(), parseDate("2026-06-21").value());
        QCOMPARE(again->state()->granularity(), Granularity::Week);

        auto* menu = again->findChild<QMenu*>(QStringLiteral("savedViews"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        bool listed = false;
        for (QAction* a : menu->actions())
            listed = listed || a->text() == saved.name;
        QVERIFY(listed);
    }

    void savedViewsRenameAndDelete()
    {
        QSettings().clear();
        SavedView a;
        a.name = QStringLiteral("a");
        SavedView b;
        b.name = QStringLiteral("B");
        b.page = QStringLiteral("cache");
        SavedViews::put(b);
        SavedViews::put(a);
        QCOMPARE(SavedViews::load().size(), 2);
        QCOMPARE(SavedViews::load().first().name, QStringLiteral("a")); // by name, case-insensitive
        QVERIFY(!SavedViews::rename(QStringLiteral("a"), QStringLiteral("B"))); // taken
        QVERIFY(!SavedViews::rename(QStringLiteral("a"), QStringLiteral("  ")));
        QVERIFY(SavedViews::rename(QStringLiteral("B"), QStringLiteral("cache view")));
        QCOMPARE(SavedViews::find(QStringLiteral("cache view"))->page, QStringLiteral("cache"));
        QVERIFY(!SavedViews::find(QStringLiteral("B")));
        QVERIFY(SavedViews::remove(QStringLiteral("a")));
        QVERIFY(!SavedViews::remove(QStringLiteral("a")));
        QCOMPARE(SavedViews::load().size(), 1);
        QSettings().clear();
    }
};

QTEST_MAIN(TestDashboardContext)
#include "tst_dashboardcontext.moc"
