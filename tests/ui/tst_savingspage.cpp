// The Savings page, its models and the waterfall chart, rendered offscreen in both themes on the demo.
#include "demo/demodata.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/uisupport.h"
#include "ui/charts/waterfallchart.h"
#include "ui/mainwindow.h"
#include "ui/models/savingsbreakdownmodel.h"
#include "ui/models/whatifstepmodel.h"
#include "ui/pages/savingspage.h"
#include "ui/savedscenarios.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;
using burnrate::test::waitIdle;

namespace {

constexpr Epoch kEnd = 1796083200; // 2026-12-01

ScenarioStep step(StepKind kind, const char* arg)
{
    auto s = parseStep(kind, arg);
    if (!s)
        qFatal("bad step %s", arg);
    return *s;
}

// A result with two steps by hand: 1000 -> 800 (route, with evidence on one prompt) -> 850 (cap: costs more).
WhatIfResult handResult()
{
    WhatIfResult r;
    r.baseline = 1000 * kNanoPerUsd;
    r.scenario = 850 * kNanoPerUsd;
    r.requests = 10;
    r.requestsAffected = 7;
    StepResult a;
    a.step = step(StepKind::Route, "gpt-4o=gpt-4o-mini:max-input=500");
    a.requestsAffected = 5;
    a.baseline = 1000 * kNanoPerUsd;
    a.scenario = 800 * kNanoPerUsd;
    StepResult b;
    b.step = step(StepKind::CapInput, "p=100");
    b.requestsAffected = 2;
    b.baseline = 800 * kNanoPerUsd;
    b.scenario = 850 * kNanoPerUsd;
    r.steps = { a, b };
    RouteEvidence e;
    e.stepIndex = 0;
    e.prompt = "support";
    e.requestsMoved = 5;
    e.target.evalPassed = 9;
    e.target.evalFailed = 1;
    RouteEvidence none;
    none.stepIndex = 0;
    none.prompt = "";
    r.evidence = { e, none };
    GroupSaving g1 { "acme", "support", "", 6, 600 * kNanoPerUsd, 450 * kNanoPerUsd };
    GroupSaving g2 { "", "", "fn", 4, 400 * kNanoPerUsd, 400 * kNanoPerUsd };
    r.groups = { g1, g2 };
    return r;
}

} // namespace

class TestSavingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    std::unique_ptr<MainWindow> window()
    {
        auto w = test::quietWindow(m_demo, kEnd);
        return w;
    }

    SavingsPage* render(MainWindow& w, bool dark = false)
    {
        w.setDark(dark);
        QString error;
        const QImage img = renderPage(w, QStringLiteral("savings"), QSize(1600, 1000), 60000, &error);
        if (img.isNull()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto* page = qobject_cast<SavingsPage*>(w.page(QStringLiteral("savings")));
        return page && waitIdle(page, 60000) ? page : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("burnrate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_savingspage"));
        SavedScenarios::store({});
        applyTheme(ThemeChoice::Light);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        auto demo = Database::open(m_demo.toStdString());
        QVERIFY(demo.ok());
        auto book = loadPriceBook(**demo);
        QVERIFY(book.ok());
        DemoOptions o;
        o.events = 20000;
        o.days = 35;
        o.end = kEnd - kSecondsPerDay;
        QVERIFY(generateDemo(**demo, *book, o).ok());
    }

    void stepModelPassesTheTester()
    {
        WhatIfStepModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setResult(handResult());
        QCOMPARE(m.rowCount(), 3); // two steps and the total
        QCOMPARE(m.columnCount(), int(WhatIfStepModel::ColumnCount));
        QCOMPARE(m.data(m.index(0, WhatIfStepModel::Step)).toString(),
            QStringLiteral("1. Route gpt-4o to gpt-4o-mini, requests of at most 500 input tokens"));
        QCOMPARE(m.data(m.index(0, WhatIfStepModel::Saving)).toString(), QStringLiteral("$200.00"));
        QCOMPARE(m.data(m.index(1, WhatIfStepModel::Saving)).toString(), QStringLiteral("-$50.00"));
        QCOMPARE(m.data(m.index(1, WhatIfStepModel::Saving), WhatIfStepModel::SortRole).toLongLong(),
            qlonglong(-50 * kNanoPerUsd));
        QCOMPARE(m.data(m.index(2, WhatIfStepModel::Step)).toString(), QStringLiteral("Total"));
        QCOMPARE(m.data(m.index(2, WhatIfStepModel::Saving)).toString(), QStringLiteral("$150.00"));
        QCOMPARE(m.data(m.index(2, WhatIfStepModel::Requests)).toString(), QStringLiteral("7"));
        // A saving is never shown without its risk: the routing step's evidence, prompt by prompt.
        const QString risk = m.data(m.index(0, WhatIfStepModel::Risk), Qt::ToolTipRole).toString();
        QVERIFY2(
            risk.contains(QStringLiteral("gpt-4o-mini on support: eval pass rate 90% (95% interval 60% to 98%, n=10), "
                                         "no human judgements")),
            qPrintable(risk));
        QVERIFY(risk.contains(QStringLiteral("gpt-4o-mini on (no prompt): no quality evidence for this pairing")));
        QVERIFY(m.data(m.index(0, WhatIfStepModel::Risk)).toString().contains(QStringLiteral("1 more prompt")));
        QVERIFY(m.data(m.index(1, WhatIfStepModel::Risk)).toString().contains(QStringLiteral("context")));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void breakdownModelPassesTheTester()
    {
        SavingsBreakdownModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setGroups(handResult().groups);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.data(m.index(0, SavingsBreakdownModel::Tenant)).toString(), QStringLiteral("acme"));
        QCOMPARE(m.data(m.index(0, SavingsBreakdownModel::Saving)).toString(), QStringLiteral("$150.00"));
        QCOMPARE(m.data(m.index(0, SavingsBreakdownModel::SavingPercent)).toString(), QStringLiteral("25.0%"));
        QCOMPARE(m.data(m.index(0, SavingsBreakdownModel::Saving), SavingsBreakdownModel::SortRole).toLongLong(),
            qlonglong(150 * kNanoPerUsd));
        QCOMPARE(m.data(m.index(1, SavingsBreakdownModel::Tenant)).toString(), QStringLiteral("AWS Lambda"));
        QCOMPARE(m.data(m.index(1, SavingsBreakdownModel::Prompt)).toString(), QStringLiteral("function fn"));
        m.setGroups({});
        QCOMPARE(m.rowCount(), 0);
    }

    void waterfallBarsFloat()
    {
        WaterfallChart c;
        c.resize(600, 300);
        c.setData(QStringLiteral("Baseline"), 100, { QStringLiteral("a"), QStringLiteral("b") }, { 80, 90 },
            QStringLiteral("Scenario"));
        const auto bars = c.bars();
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars[0].base, 0.0);
        QCOMPARE(bars[0].height, 100.0);
        QCOMPARE(bars[1].base, 80.0); // a saving hangs from the previous amount
        QCOMPARE(bars[1].height, 20.0);
        QVERIFY(!bars[1].increase);
        QCOMPARE(bars[2].base, 80.0); // an increase rises from it
        QCOMPARE(bars[2].height, 10.0);
        QVERIFY(bars[2].increase);
        QCOMPARE(bars[3].height, 90.0);
        c.setDark(true);
        QCOMPARE(c.bars().size(), 4);
        c.showMessage(QStringLiteral("none"));
        QVERIFY(!c.hasData());
    }

    void opensTheLargestOpportunity_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void opensTheLargestOpportunity()
    {
        QFETCH(bool, dark);
        applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        auto w = window();
        auto* page = render(*w, dark);
        QVERIFY(page);
        QVERIFY(!page->recommendations().empty());
        QVERIFY(page->recommendations().size() <= 5);
        QVERIFY(page->result().has_value());
        QVERIFY(page->isPinned());
        const WhatIfResult& r = *page->result();
        QCOMPARE(r.saving(), page->recommendations().front().saving);
        // Each title in the user's language names what it is about.
        for (const Recommendation& rec : page->recommendations()) {
            const QString text = SavingsPage::recommendationText(rec);
            QVERIFY(!text.isEmpty());
            QVERIFY(text != QString::fromStdString(rec.title)); // worded by the page, not the engine
            QVERIFY2(
                text.contains(QString::fromStdString(rec.kind == "route" ? rec.target : rec.prompt)), qPrintable(text));
        }
        // The table and the chart show the same steps as the result.
        QCOMPARE(page->stepModel()->rowCount(), int(r.steps.size()) + 1);
        const auto bars = page->waterfall()->bars();
        QCOMPARE(bars.size(), qsizetype(r.steps.size() + 2));
        double sum = 0;
        for (int i = 1; i + 1 < bars.size(); ++i)
            sum += bars[i].increase ? -bars[i].height : bars[i].height;
        QVERIFY(std::abs(sum - double(r.saving()) / 1e9) < 1e-6);
        // The breakdown adds up to the saving, to the nano-dollar.
        SavingsBreakdownModel* b = page->breakdownModel();
        qlonglong total = 0;
        for (int row = 0; row < b->rowCount(); ++row)
            total
                += b->data(b->index(row, SavingsBreakdownModel::Saving), SavingsBreakdownModel::SortRole).toLongLong();
        QCOMPARE(total, qlonglong(r.saving()));
        applyTheme(ThemeChoice::Light);
    }

    // Every opportunity opens the scenario whose saving it states, and that is what the engine computes.
    void everyRecommendationEqualsItsScenario()
    {
        auto w = window();
        auto* page = render(*w);
        QVERIFY(page);
        const auto recs = page->recommendations();
        auto db = Database::open(m_demo.toStdString(), Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        for (int i = 0; i < int(recs.size()); ++i) {
            page->openRecommendation(i);
            QVERIFY(waitIdle(page, 60000));
            QVERIFY(page->result().has_value());
            QCOMPARE(page->result()->saving(), recs[std::size_t(i)].saving);
            QVERIFY(page->scenario() == recs[std::size_t(i)].scenario);
            auto direct = runWhatIf(**db, *book, recs[std::size_t(i)].scenario);
            QVERIFY(direct.ok());
            QCOMPARE(direct->saving(), recs[std::size_t(i)].saving);
        }
    }

    void builderAddsMovesAndRemovesSteps()
    {
        auto w = window();
        auto* page = render(*w);
        QVERIFY(page);
        page->unpin();
        QVERIFY(waitIdle(page, 60000));
        QVERIFY(!page->isPinned());
        QCOMPARE(page->scenario().to, w->state()->to());
        page->setSteps({});
        QVERIFY(waitIdle(page, 60000));
        QVERIFY(!page->result().has_value());
        QVERIFY(!page->addStep(StepKind::Route, QStringLiteral("gpt-4o")));
        QVERIFY(page->stepError().contains(QStringLiteral("--route")));
        QVERIFY(!page->addStep(StepKind::PromptCache, QStringLiteral("support-answer=2")));
        QVERIFY(page->steps().empty());
        QVERIFY(page->addStep(StepKind::Route, QStringLiteral("gpt-4o=gpt-4o-mini")));
        QVERIFY(page->addStep(StepKind::PromptCache, QStringLiteral("support-answer=0.6")));
        QVERIFY(waitIdle(page, 60000));
        QVERIFY(page->result().has_value());
        const Nano both = page->result()->saving();
        QCOMPARE(page->result()->steps.size(), std::size_t(2));
        page->moveStep(1, -1);
        QVERIFY(waitIdle(page, 60000));
        QCOMPARE(page->steps()[0].kind, StepKind::PromptCache);
        // These two steps touch different requests' state independently: the order moves the waterfall, not the total.
        QCOMPARE(page->result()->saving(), both);
        page->removeStep(0);
        QVERIFY(waitIdle(page, 60000));
        QCOMPARE(page->steps().size(), std::size_t(1));
        QCOMPARE(page->steps()[0].kind, StepKind::Route);
    }

    // Five steps, one of them an increase: the waterfall's labels and bars stay readable (set SAVINGS_SHOT=FILE.png
    // to look at it).
    void manyStepsRender()
    {
        auto w = window();
        auto* page = render(*w);
        QVERIFY(page);
        page->unpin();
        page->setSteps({ step(StepKind::Route, "gpt-4o=gpt-4o-mini"),
            step(StepKind::PromptCache, "support-answer=0.05"), step(StepKind::ResponseCache, "support-answer=0.3"),
            step(StepKind::CapInput, "sql-agent=6000"), step(StepKind::Lambda, "summarise-ticket=512:arm64") });
        QVERIFY(waitIdle(page, 60000));
        QVERIFY(page->result().has_value());
        QCOMPARE(page->waterfall()->bars().size(), qsizetype(7));
        QVERIFY(page->result()->steps[1].saving() < 0); // a 5% hit rate pays more in writes than it saves
        QVERIFY(page->waterfall()->bars()[2].increase);
        const QString shot = qEnvironmentVariable("SAVINGS_SHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(100); // the chart's scene lays its axes out on the next turns of the event loop
            QVERIFY(w->grab().save(shot));
        }
    }

    void savedScenariosRoundTrip()
    {
        auto w = window();
        auto* page = render(*w);
        QVERIFY(page);
        page->setSteps({ step(StepKind::Route, "gpt-4o=gpt-4o-mini:max-input=500"),
            step(StepKind::Lambda, "summarise-ticket=512:arm64") });
        QVERIFY(waitIdle(page, 60000));
        page->saveScenario(QStringLiteral("mini and arm"));
        QVERIFY(page->savedScenarioNames().contains(QStringLiteral("mini and arm")));
        auto saved = SavedScenarios::find(QStringLiteral("mini and arm"));
        QVERIFY(saved);
        QCOMPARE(saved->steps.size(), std::size_t(2));
        QVERIFY(saved->steps[1] == step(StepKind::Lambda, "summarise-ticket=512:arm64"));
        page->setSteps({});
        QVERIFY(page->loadScenario(QStringLiteral("mini and arm")));
        QVERIFY(waitIdle(page, 60000));
        QCOMPARE(page->steps().size(), std::size_t(2));
        QVERIFY(!page->loadScenario(QStringLiteral("no such")));
        QVERIFY(SavedScenarios::remove(QStringLiteral("mini and arm")));
        QVERIFY(!page->savedScenarioNames().contains(QStringLiteral("mini and arm")));
    }

    void exportsTheCliCsv()
    {
        auto w = window();
        auto* page = render(*w);
        QVERIFY(page);
        const QString steps = m_dir.filePath(QStringLiteral("steps.csv"));
        const QString breakdown = m_dir.filePath(QStringLiteral("breakdown.csv"));
        QVERIFY(page->exportCsvTo(steps, SavingsPage::CsvShape::Steps));
        QVERIFY(page->exportCsvTo(breakdown, SavingsPage::CsvShape::Breakdown));
        QFile f(steps);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.value(0),
            QByteArray("step,scenario,requests_affected,baseline_usd,scenario_usd,saving_usd,saving_pct\r"));
        QVERIFY(lines.value(int(page->result()->steps.size()) + 1).startsWith("TOTAL,"));
        QFile g(breakdown);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readLine().startsWith("tenant,prompt,function,requests,"));
    }
};

QTEST_MAIN(TestSavingsPage)
#include "tst_savingspage.moc"
