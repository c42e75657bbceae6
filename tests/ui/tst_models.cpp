#include "ui/format.h"
#include "ui/models/grouptablemodel.h"
#include "ui/models/pricetablemodel.h"
#include "ui/models/sourcetablemodel.h"
#include "ui/models/synclogmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace burnrate;
using namespace burnrate::ui;

class TestModels : public QObject
{
    Q_OBJECT

private:
    static GroupRow row(std::string key, Nano cost, std::int64_t requests)
    {
        GroupRow r;
        r.keys = { std::move(key) };
        r.totals.cost = cost;
        r.totals.requests = requests;
        r.totals.input = requests * 100;
        r.totals.cached = requests * 40;
        r.trend = { 1.0, 2.0, 3.0 };
        return r;
    }

private slots:
    void initTestCase()
    {
        setCurrencyStyle(CurrencyStyle::Symbol);
    }

    void groupModelPassesTesterAndFormatsMoney()
    {
        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(GroupTableModel::SortRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using M = GroupTableModel::Measure;
        model.setColumns({ QStringLiteral("Tenant") }, { M::Cost, M::Share, M::CostPerRequest, M::Trend });
        Totals total;
        total.cost = 1'234'500'000'000 + 99'000'000'000;
        total.requests = 1000;
        model.setRows({ row("acme", 1'234'500'000'000, 900), row("globex", 99'000'000'000, 100) }, total);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("$1,234.50"));
        QCOMPARE(model.index(0, 1).data(GroupTableModel::SortRole).toLongLong(), 1'234'500'000'000LL);
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("$0.9900"));
        QCOMPARE(model.index(0, 4).data(GroupTableModel::TrendRole).toList().size(), 3);
        // Sorting uses raw numbers: $99.00 sorts below $1,234.50 although "9" > "1" as text.
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("acme"));
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("globex"));
        model.setColumns({ QStringLiteral("Model"), QStringLiteral("Tenant") }, { M::Requests });
        QCOMPARE(model.rowCount(), 0);
    }

    void unpricedIsNeverShownAsZero()
    {
        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({ QStringLiteral("Model") }, { GroupTableModel::Measure::Cost });
        GroupRow r = row("private-model", 0, 10);
        r.totals.unpricedRequests = 10;
        r.totals.unpricedTokens = 5000;
        model.setRows({ r }, r.totals);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("unpriced"));
    }

    void priceModelPassesTester()
    {
        PriceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PriceRow r;
        r.price.provider = "openai";
        r.price.model = "gpt-4o";
        r.price.base.input = 2'500'000'000;
        r.price.base.output = 10'000'000'000;
        r.price.base.cachedInput = 75'000'000;
        r.inForce = true;
        model.setRows({ r, r });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PriceTableModel::Input).data().toString(), QStringLiteral("$2.50"));
        QCOMPARE(model.index(0, PriceTableModel::CachedInput).data().toString(), QStringLiteral("$0.075"));
        QCOMPARE(model.index(0, PriceTableModel::CacheWrite5m).data().toString(), QStringLiteral("-"));
        QCOMPARE(
            model.index(0, PriceTableModel::Output).data(PriceTableModel::SortRole).toLongLong(), 10'000'000'000LL);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sourceModelShowsErrorsInRed()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SourceRow ok;
        ok.info.name = "openai-prod";
        ok.info.type = "openai";
        ok.info.lastSuccess = 1'700'000'000;
        SourceRow bad = ok;
        bad.info.name = "anthropic";
        bad.info.type = "anthropic";
        bad.info.lastError = "HTTP 401: invalid x-api-key";
        model.setRows({ ok, bad });
        QCOMPARE(model.index(1, SourceTableModel::Status).data().toString(), QStringLiteral("Error"));
        QVERIFY(model.index(1, SourceTableModel::LastError).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, SourceTableModel::LastError).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, SourceTableModel::NextRun).data().toString(), QStringLiteral("manual"));
        ok.nextDue = 0;
        model.setRows({ ok, bad });
        QCOMPARE(model.index(0, SourceTableModel::NextRun).data().toString(), QStringLiteral("due now"));
    }

    void syncLogModelPassesTester()
    {
        SyncLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SyncLogEntry e;
        e.started = 1'700'000'000;
        e.finished = 1'700'000'012;
        e.pages = 3;
        e.inserted = 1200;
        e.removed = 7;
        model.setRows({ e, e, e });
        QCOMPARE(model.index(0, SyncLogModel::Removed).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, SyncLogModel::Inserted).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(model.index(0, SyncLogModel::Duration).data(SyncLogModel::SortRole).toLongLong(), 12LL);
    }

    void moneyFormatting_data()
    {
        QTest::addColumn<qlonglong>("nano");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("precise");
        QTest::addRow("dollars") << 1'234'500'000'000LL << QStringLiteral("$1,234.50") << QStringLiteral("$1,234.50");
        QTest::addRow("cents") << 150'000'000LL << QStringLiteral("$0.15") << QStringLiteral("$0.1500");
        QTest::addRow("sub-cent") << 1'234'567LL << QStringLiteral("$0.00") << QStringLiteral("$0.001235");
        QTest::addRow("zero") << 0LL << QStringLiteral("$0.00") << QStringLiteral("$0.00");
    }
    void moneyFormatting()
    {
        QFETCH(qlonglong, nano);
        QFETCH(QString, total);
        QFETCH(QString, precise);
        QCOMPARE(formatMoney(nano), total);
        QCOMPARE(formatMoneyPrecise(nano), precise);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
