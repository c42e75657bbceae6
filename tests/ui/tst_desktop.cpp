// Desktop behaviour: one window per database (a second launch raises the first), and the first run of an
// empty database (connect a source, import logs, or explore the demo dataset).
#include "demo/demodata.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/clirun.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "ui/widgets/welcomepanel.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace burnrate;
using namespace burnrate::ui;

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }

    static std::unique_ptr<MainWindow> firstRunWindow(const QString& db)
    {
        MainWindow::Options o;
        o.persist = false;
        o.schedulePolls = false;
        o.trayIcon = false;
        o.welcome = true;
        return std::make_unique<MainWindow>(db, o);
    }

    static std::int64_t events(const QString& db)
    {
        auto d = Database::open(db.toStdString(), Database::Mode::ReadOnly);
        return d ? (*d)->eventCount() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void sameDatabaseSameName_data()
    {
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << QStringLiteral("a.db") << true;
        QTest::newRow("dot segment") << QStringLiteral("./a.db") << true;
        QTest::newRow("parent segment") << QStringLiteral("sub/../a.db") << true;
        QTest::newRow("other file") << QStringLiteral("b.db") << false;
        QTest::newRow("other folder") << QStringLiteral("sub/a.db") << false;
    }
    void sameDatabaseSameName()
    {
        QFETCH(QString, other);
        QFETCH(bool, same);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        QCOMPARE(
            SingleInstance::serverName(path(QStringLiteral("a.db"))) == SingleInstance::serverName(path(other)), same);
    }

    void otherDatabaseIsAnotherInstance()
    {
        SingleInstance a, b;
        QCOMPARE(a.claim(path(QStringLiteral("one.db"))), SingleInstance::Claim::Claimed);
        QCOMPARE(b.claim(path(QStringLiteral("two.db"))), SingleInstance::Claim::Claimed);
    }

    void releasedClaimCanBeTakenAgain()
    {
        {
            SingleInstance a;
            QCOMPARE(a.claim(path(QStringLiteral("again.db"))), SingleInstance::Claim::Claimed);
        }
        SingleInstance b;
        QCOMPARE(b.claim(path(QStringLiteral("again.db"))), SingleInstance::Claim::Claimed);
        // Claiming another database gives the first one up.
        QCOMPARE(b.claim(path(QStringLiteral("again2.db"))), SingleInstance::Claim::Claimed);
        SingleInstance c;
        QCOMPARE(c.claim(path(QStringLiteral("again.db"))), SingleInstance::Claim::Claimed);
    }

    // The real binary, launched on a database this process holds, asks it to raise its window and exits 0
    // without opening a second one.
    void secondLaunchRaisesTheFirst()
    {
        const QString db = path(QStringLiteral("shared.db"));
        SingleInstance first;
        QCOMPARE(first.claim(db), SingleInstance::Claim::Claimed);
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        std::unique_ptr<QProcess> second(test::startBurnrate({ QStringLiteral("--db"), db }));
        QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 60000);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(QString::fromUtf8(second->readAllStandardError()).contains(QStringLiteral("raised")),
            "the second launch says what it did");
        QVERIFY2(!QFile::exists(db), "the second launch did not open (create) the database");
    }

    void emptyDatabaseOffersTheWaysIn()
    {
        const QString db = path(QStringLiteral("empty.db"));
        QVERIFY(Database::open(db.toStdString()).ok());
        auto w = firstRunWindow(db);
        w->show();
        QTRY_VERIFY_WITH_TIMEOUT(w->isShowingWelcome(), 20000);
        WelcomePanel* panel = w->welcomePanel();
        for (QCommandLinkButton* b : { panel->connectButton(), panel->importButton(), panel->demoButton() }) {
            QVERIFY(b->isVisible());
            QVERIFY(!b->accessibleName().isEmpty());
        }
        QCOMPARE(panel->connectButton()->text(), QStringLiteral("Connect a source"));
        QCOMPARE(panel->importButton()->text(), QStringLiteral("Import logs"));
        QCOMPARE(panel->demoButton()->text(), QStringLiteral("Explore the demo dataset"));

        // "Connect a source" goes to the Sources page and opens the Add source dialog.
        QString dialogTitle;
        QTimer::singleShot(0, this, [&dialogTitle] {
            auto closeDialog = [&dialogTitle](auto&& self) -> void {
                if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                    dialogTitle = d->windowTitle();
                    d->reject();
                    return;
                }
                QTimer::singleShot(20, [self, &dialogTitle] { self(self); });
            };
            closeDialog(closeDialog);
        });
        panel->connectButton()->click();
        QTRY_VERIFY(!dialogTitle.isEmpty());
        QVERIFY(!w->isShowingWelcome());
        QCOMPARE(w->currentPage()->pageId(), QStringLiteral("sources"));
    }

    void skipStaysOnTheDashboard()
    {
        const QString db = path(QStringLiteral("skip.db"));
        QVERIFY(Database::open(db.toStdString()).ok());
        auto w = firstRunWindow(db);
        w->show();
        QTRY_VERIFY_WITH_TIMEOUT(w->isShowingWelcome(), 20000);
        auto* skip = w->welcomePanel()->findChild<QPushButton*>(QStringLiteral("welcomeSkip"));
        QVERIFY(skip);
        skip->click();
        QVERIFY(!w->isShowingWelcome());
        w->refreshStatus();
        QTest::qWait(300);
        QVERIFY2(!w->isShowingWelcome(), "a status refresh does not bring the panel back");
    }

    // Data arriving (an import, a cron job's poll) replaces the panel with the dashboard.
    void dataArrivingShowsTheDashboard()
    {
        const QString db = path(QStringLiteral("arrives.db"));
        QVERIFY(Database::open(db.toStdString()).ok());
        auto w = firstRunWindow(db);
        w->show();
        QTRY_VERIFY_WITH_TIMEOUT(w->isShowingWelcome(), 20000);
        DemoOptions o;
        o.events = 300;
        o.days = 3;
        QVERIFY(test::makeDemo(db, o)); // as a cron job's import would, from another connection
        w->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(!w->isShowingWelcome(), 20000);
    }

    void demoOpensBesideTheUsersDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("mine.db"));
        QVERIFY(Database::open(db.toStdString()).ok());
        auto w = firstRunWindow(db);
        w->show();
        QTRY_VERIFY_WITH_TIMEOUT(w->isShowingWelcome(), 20000);
        QSignalSpy asked(w->welcomePanel(), &WelcomePanel::demoRequested);
        QObject::disconnect(w->welcomePanel(), &WelcomePanel::demoRequested, w.get(), nullptr);
        w->welcomePanel()->demoButton()->click();
        QCOMPARE(asked.count(), 1);
        DemoOptions o;
        o.events = 500;
        o.days = 5;
        w->exploreDemo(o);
        const QString demo = dir.filePath(QStringLiteral("burnrate-demo.db"));
        QTRY_COMPARE_WITH_TIMEOUT(w->state()->databasePath(), demo, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isShowingWelcome(), 20000);
        QVERIFY(events(demo) > 0);
        QCOMPARE(events(db), 0); // the analyst's own database is untouched
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
