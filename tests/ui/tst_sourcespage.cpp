// The Sources page's Remove: it says how much goes before deleting a source and its data.
#include "store/database.h"
#include "store/pricestore.h"
#include "store/usagewriter.h"
#include "ui/mainwindow.h"
#include "ui/models/sourcetablemodel.h"
#include "ui/pages/sourcespage.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "ui/widgets/tables.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace burnrate;
using namespace burnrate::ui;

class TestSourcesPage : public QObject
{
    Q_OBJECT

private:
    static std::int64_t count(const QString& db, const char* sql)
    {
        auto d = Database::open(db.toStdString(), Database::Mode::ReadOnly);
        if (!d)
            return -1;
        Statement s = (*d)->prepare(sql);
        return s.step() ? s.int64(0) : -1;
    }

    // Clicks `button` on the next message box that opens, after recording its texts.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
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

    // Selects `name` in the sources table and presses Remove.
    static bool pressRemove(SourcesPage* page, const QString& name)
    {
        QTableView* table = nullptr;
        for (auto* v : page->findChildren<QTableView*>())
            if (proxyOf(v) && proxyOf(v)->sourceModel() == page->sourcesModel())
                table = v;
        if (!table)
            return false;
        const SourceTableModel* model = page->sourcesModel();
        for (int i = 0; i < model->rowCount(); ++i)
            if (QString::fromStdString(model->rowAt(i)->info.name) == name) {
                table->setCurrentIndex(proxyOf(table)->mapFromSource(model->index(i, 0)));
                for (auto* b : page->findChildren<QPushButton*>())
                    if (b->text() == QStringLiteral("Remove")) {
                        b->click();
                        return true;
                    }
            }
        return false;
    }

    static bool waitFor(const std::function<bool()>& done)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 20000)
            QTest::qWait(20);
        return done();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_asked;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(ThemeChoice::Light);
        m_db = m_dir.filePath(QStringLiteral("sources.db"));
        auto db = Database::open(m_db.toStdString());
        QVERIFY(db.ok());
        auto book = loadPriceBook(**db);
        QVERIFY(book.ok());
        for (const char* name : { "proxy-a", "proxy-b" }) {
            auto id = (*db)->ensureSource(name, "file");
            QVERIFY(id.ok());
            UsageWriter w(**db, *book, *id);
            for (int i = 0; i < 12; ++i) {
                UsageEvent e;
                e.id = std::string(name) + std::to_string(i);
                e.ts = 1790000000 + i;
                e.dims.provider = "openai";
                e.dims.model = "gpt-4o";
                e.tokens.input = 1'000'000;
                e.tokens.output = 0;
                QVERIFY(w.add(e).ok());
            }
            QVERIFY(w.commit().ok());
        }
    }

    // Item 2: the question names the requests and the spend that go; No keeps everything.
    void removeAsksWithTheCountsAndDeletesOnlyOnYes()
    {
        MainWindow::Options o;
        o.persist = false;
        o.schedulePolls = false;
        o.trayIcon = false;
        o.welcome = false;
        MainWindow w(m_db, o);
        QString error;
        QVERIFY2(
            !renderPage(w, QStringLiteral("sources"), QSize(1280, 800), 20000, &error).isNull(), qPrintable(error));
        auto* page = qobject_cast<SourcesPage*>(w.page(QStringLiteral("sources")));
        QVERIFY(page);
        QVERIFY(waitFor([&] { return page->sourcesModel()->rowCount() == 2; }));

        m_asked.clear();
        answerNextMessageBox(QMessageBox::No);
        QVERIFY(pressRemove(page, QStringLiteral("proxy-a")));
        QVERIFY(waitFor([&] { return !m_asked.isEmpty(); }));
        QVERIFY2(m_asked.contains(QStringLiteral("Requests: 12")), qPrintable(m_asked));
        QVERIFY2(m_asked.contains(QStringLiteral("$30.00")), qPrintable(m_asked)); // 12 x 1M input at $2.50
        QTest::qWait(200);
        QCOMPARE(count(m_db, "SELECT count(*) FROM events"), qint64(24));

        m_asked.clear();
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(pressRemove(page, QStringLiteral("proxy-a")));
        QVERIFY(waitFor([&] { return count(m_db, "SELECT count(*) FROM events") == 12; }));
        QCOMPARE(count(m_db, "SELECT count(*) FROM sources WHERE name = 'proxy-a'"), qint64(0));
        QVERIFY(waitFor([&] { return page->sourcesModel()->rowCount() == 1; }));
    }
};

QTEST_MAIN(TestSourcesPage)
#include "tst_sourcespage.moc"
