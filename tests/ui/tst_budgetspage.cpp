// The Budgets page, its dialog and the alert model: rendered offscreen on a demo database (which comes
// with three budgets sized from its data).

#include "demo/demodata.h"
#include "store/budgetstore.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/uisupport.h"
#include "ui/dialogs/budgetdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/alerttablemodel.h"
#include "ui/pages/budgetspage.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

class TestBudgetsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

    std::unique_ptr<MainWindow> window()
    {
        // "now" pinned to the demo's last day: ranges are deterministic.
        return test::quietWindow(m_db, m_end + 12 * 3600);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        DemoOptions o;
        o.events = 5000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        QVERIFY(generateDemo(**db, *book, o).ok());
        QCOMPARE(int(listBudgets(**db)->size()), 3);
    }

    void alertModelPassesTheTester()
    {
        AlertTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<BudgetAlert> rows(3);
        for (int i = 0; i < 3; ++i) {
            rows[std::size_t(i)].id = i + 1;
            rows[std::size_t(i)].budgetName = "b" + std::to_string(i);
            rows[std::size_t(i)].tier = 60 + 20 * i;
            rows[std::size_t(i)].outcome = i == 1 ? "webhook FAILED: HTTP 500" : "notified";
            rows[std::size_t(i)].acknowledged = i == 2 ? 1000 : 0;
        }
        m.setRows(rows);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.unacknowledged(), 2);
        QCOMPARE(m.data(m.index(1, AlertTableModel::Tier)).toString(), QStringLiteral("80%"));
        QVERIFY(m.data(m.index(1, AlertTableModel::Outcome), Qt::ForegroundRole).isValid());
        QCOMPARE(m.data(m.index(0, AlertTableModel::Tier), AlertTableModel::SortRole).toInt(), 60);
        m.setRows({});
        QCOMPARE(m.rowCount(), 0);
    }

    void pageShowsEveryBudget_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void pageShowsEveryBudget()
    {
        QFETCH(bool, dark);
        applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        auto w = window();
        w->setDark(dark);
        QString error;
        const QImage img = renderPage(*w, QStringLiteral("budgets"), QSize(1280, 800), 20000, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        auto* page = qobject_cast<BudgetsPage*>(w->page(QStringLiteral("budgets")));
        QVERIFY(page);
        QVERIFY(waitIdle(page));
        QCOMPARE(page->budgetCount(), 3);
        QCOMPARE(page->alertsModel()->rowCount(), 0); // nothing checked yet: no alerts recorded
        if (const QString dir = qEnvironmentVariable("BURNRATE_UI_SHOTS"); !dir.isEmpty())
            img.save(
                dir + QStringLiteral("/budgets-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        applyTheme(ThemeChoice::Light);
    }

    void dialogValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("tiers");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fine") << "x"
                              << "100"
                              << "team=search"
                              << "60,85,100" << true;
        QTest::newRow("thousands separator") << "x"
                                             << "1,500.50"
                                             << ""
                                             << "60,85,100" << true;
        QTest::newRow("no name") << ""
                                 << "100"
                                 << ""
                                 << "60,85,100" << false;
        QTest::newRow("zero") << "x"
                              << "0"
                              << ""
                              << "60,85,100" << false;
        QTest::newRow("words") << "x"
                               << "a lot"
                               << ""
                               << "60,85,100" << false;
        QTest::newRow("bad scope") << "x"
                                   << "100"
                                   << "colour=red"
                                   << "60,85,100" << false;
        QTest::newRow("bad tiers") << "x"
                                   << "100"
                                   << ""
                                   << "60,60" << false;
        QTest::newRow("cap without breaker") << "x"
                                             << "100"
                                             << "team=a"
                                             << "100:cap" << false;
    }
    void dialogValidates()
    {
        QFETCH(QString, name);
        QFETCH(QString, amount);
        QFETCH(QString, scope);
        QFETCH(QString, tiers);
        QFETCH(bool, ok);
        BudgetDialog d(m_db, {}, {}, m_end);
        auto edits = d.findChildren<QLineEdit*>();
        auto byPlaceholder = [&](const QString& start) -> QLineEdit* {
            for (auto* e : edits)
                if (e->placeholderText().startsWith(start))
                    return e;
            return nullptr;
        };
        byPlaceholder(QStringLiteral("e.g. Search"))->setText(name);
        byPlaceholder(QStringLiteral("USD"))->setText(amount);
        byPlaceholder(QStringLiteral("everything"))->setText(scope);
        for (auto* e : edits)
            if (e->text() == QStringLiteral("60,85,100"))
                e->setText(tiers);
        auto* okButton = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(okButton->isEnabled(), ok);
        if (ok) {
            Budget b = d.budget();
            QCOMPARE(QString::fromStdString(b.name), name);
            QVERIFY(b.amount > 0);
        }
    }

    void dialogPreviewsTheScope()
    {
        BudgetDialog d(m_db, {}, {}, m_end + 3600);
        for (auto* e : d.findChildren<QLineEdit*>())
            if (e->placeholderText().startsWith(QStringLiteral("everything")))
                e->setText(QStringLiteral("team=search"));
        QTRY_VERIFY_WITH_TIMEOUT(d.previewText().contains(QStringLiteral("matches")), 10000);
        QVERIFY(d.previewText().contains(QStringLiteral("attribution lens")));
        QVERIFY(d.previewText().contains(QStringLiteral("Last period")));
    }
};

QTEST_MAIN(TestBudgetsPage)
#include "tst_budgetspage.moc"
