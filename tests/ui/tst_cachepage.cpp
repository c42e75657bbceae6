// The Cache page's providers: what each provider's prompt cache saved and cost (Gemini's context-cache storage
// from a Cloud Billing export, Anthropic's cache writes) and the net saving, on the hand-made dataset of
// tst_cacheeconomics; the model passes QAbstractItemModelTester.
#include "store/database.h"
#include "store/pricestore.h"
#include "support/cachefixture.h"
#include "support/uisupport.h"
#include "ui/mainwindow.h"
#include "ui/models/cacheprovidermodel.h"
#include "ui/pages/cachepage.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace burnrate;
using namespace burnrate::ui;

namespace {

constexpr Epoch kNov20 = test::kCacheFixtureDay; // 2026-11-20 00:00 UTC

} // namespace

class TestCachePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("burnrate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cachepage"));
        applyTheme(ThemeChoice::Light);
        m_db = m_dir.filePath(QStringLiteral("cache.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        const std::string failed = test::seedCacheEconomics(**db, *book);
        QVERIFY2(failed.empty(), failed.c_str());
    }

    void modelPassesTheTester()
    {
        CacheProviderModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProviderCacheRow r;
        r.provider = "google";
        r.input = 4;
        r.cached = 1;
        r.readSavings = 3 * kNanoPerUsd;
        r.storageCost = kNanoPerUsd;
        r.storageLines = 2;
        r.net = 2 * kNanoPerUsd;
        ProviderCacheRow none;
        none.provider = "openai";
        m.setRows({ r, none });
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(CacheProviderModel::ColumnCount));
        QCOMPARE(m.data(m.index(0, CacheProviderModel::HitRate)).toString(), QStringLiteral("25.0%"));
        QCOMPARE(m.data(m.index(0, CacheProviderModel::NetSaving), CacheProviderModel::SortRole).toLongLong(),
            qlonglong(2 * kNanoPerUsd));
        QCOMPARE(m.data(m.index(1, CacheProviderModel::StorageCost)).toString(), QStringLiteral("\u2014"));
        QCOMPARE(m.data(m.index(1, CacheProviderModel::HitRate)).toString(), QStringLiteral("\u2014"));
        m.setRows({});
        QCOMPARE(m.rowCount(), 0);
    }

    // Rendered in both themes: Anthropic's and Google's savings side by side, Google's storage subtracted.
    void showsEachProvidersNetSaving_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void showsEachProvidersNetSaving()
    {
        QFETCH(bool, dark);
        auto w = test::quietWindow(m_db, kNov20 + 3 * 86400);
        w->setDark(dark);
        QString error;
        const QImage img = renderPage(*w, QStringLiteral("cache"), QSize(1600, 1000), 60000, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        auto* page = qobject_cast<CachePage*>(w->page(QStringLiteral("cache")));
        QVERIFY(page && test::waitIdle(page));
        CacheProviderModel* m = page->providerModel();
        QCOMPARE(m->rowCount(), 2);
        QMap<QString, QStringList> rows;
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList cells;
            for (int c = 1; c < m->columnCount(); ++c)
                cells << m->data(m->index(r, c)).toString();
            rows[m->data(m->index(r, 0)).toString()] = cells;
        }
        // Anthropic: $2.16 saved, $0.075 of writes (shown rounded), no storage; Google: $1.665 saved (shown
        // $1.67), $0.70 of storage, net $0.965.
        QCOMPARE(rows.value(QStringLiteral("anthropic")).value(2), QStringLiteral("$2.16"));
        QCOMPARE(rows.value(QStringLiteral("anthropic")).value(4), QStringLiteral("\u2014"));
        QCOMPARE(rows.value(QStringLiteral("google")).value(4), QStringLiteral("$0.70"));
        QCOMPARE(rows.value(QStringLiteral("google")).value(5), QStringLiteral("$0.97"));
        QCOMPARE(m->data(m->index(0, CacheProviderModel::NetSaving), CacheProviderModel::SortRole).toLongLong()
                + m->data(m->index(1, CacheProviderModel::NetSaving), CacheProviderModel::SortRole).toLongLong(),
            qlonglong(3050000000));
        auto* note = page->findChild<QLabel*>(QStringLiteral("cacheProvidersNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("$3.05")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("storage $0.70")), qPrintable(note->text()));
    }
};

QTEST_MAIN(TestCachePage)
#include "tst_cachepage.moc"
