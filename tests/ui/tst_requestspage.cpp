// The Requests page: its table model under QAbstractItemModelTester with paging, the detail pane, the
// annotation editor's round trip through the store, and the review queue driven by keys, offscreen on a
// small demo database.

#include "analytics/requestquery.h"
#include "demo/demodata.h"
#include "model/timeutil.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"
#include "ui/dashboardstate.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/models/requesttablemodel.h"
#include "ui/pages/requestspage.h"
#include "ui/theme.h"
#include "ui/widgets/annotationeditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <set>

using namespace burnrate;
using namespace burnrate::ui;

class TestRequestsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    Epoch m_end = 0;

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_db.toStdString(), Database::Mode::ReadOnly);
        if (!db)
            qFatal("cannot open: %s", db.error().detail.c_str());
        return std::move(*db);
    }

    std::unique_ptr<DashboardState> makeState()
    {
        auto s = std::make_unique<DashboardState>();
        s->setDatabasePath(m_db);
        s->setNow(m_end + 12 * 3600);
        s->setRange(DashboardState::Range::Last30Days);
        return s;
    }

    static bool settle(RequestsPage* p)
    {
        QElapsedTimer t;
        t.start();
        while (!(p->isSettled() && !p->model()->isLoading()) && t.elapsed() < 20000)
            QTest::qWait(10);
        return p->isSettled() && !p->model()->isLoading();
    }

    std::optional<Annotation> stored(std::int64_t id, const std::string& author)
    {
        auto db = open();
        auto all = annotationsOf(*db, id);
        if (!all)
            return std::nullopt;
        for (const auto& a : *all)
            if (a.author == author)
                return a;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("settings/analyst"), QStringLiteral("tester"));
        applyTheme(ThemeChoice::Light);
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions o;
        o.events = 6000;
        o.days = 40;
        o.end = parseDate("2026-06-30").value();
        m_end = o.end;
        QVERIFY(test::makeDemo(m_db, o));
    }

    void modelPassesTheTesterWhilePaging_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addRow("time desc") << int(RequestTableModel::TimeColumn) << int(Qt::DescendingOrder);
        QTest::addRow("cost asc") << int(RequestTableModel::CostColumn) << int(Qt::AscendingOrder);
        QTest::addRow("tokens desc") << int(RequestTableModel::OutputColumn) << int(Qt::DescendingOrder);
        QTest::addRow("latency asc") << int(RequestTableModel::LatencyColumn) << int(Qt::AscendingOrder);
    }
    void modelPassesTheTesterWhilePaging()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        RequestTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDatabasePath(m_db);
        m.setPageSize(97, 97);
        RequestFilter f;
        f.from = m_end - 3 * kSecondsPerDay;
        f.to = m_end + kSecondsPerDay;
        QSignalSpy pages(&m, &RequestTableModel::pageLoaded);
        m.sort(column, Qt::SortOrder(order));
        m.setFilter(f);
        QVERIFY(pages.wait(10000));
        QCOMPARE(m.rowCount(), 97);
        QVERIFY(m.canFetchMore({}) || m.isLoading()); // more to come (the tester may have asked already)
        // The tester itself fetches more as rows arrive; keep asking until the last page.
        for (int guard = 0; !m.atEnd() && guard < 1000; ++guard) {
            if (m.canFetchMore({})) {
                m.fetchMore({});
                QVERIFY(!m.canFetchMore({})); // one page in flight at a time
            }
            QVERIFY(m.isLoading());
            QVERIFY(pages.wait(10000));
        }
        QVERIFY2(m.atEnd(), qPrintable(QStringLiteral("rows %1 loading %2").arg(m.rowCount()).arg(m.isLoading())));
        auto db = open();
        auto n = RequestQueries(*db).count(f);
        QCOMPARE(std::int64_t(m.rowCount()), *n);
        // Sorted on the server by the column's key, every row once.
        std::set<qlonglong> ids;
        for (int r = 0; r < m.rowCount(); ++r) {
            ids.insert(m.data(m.index(r, 0), RequestTableModel::IdRole).toLongLong());
            if (r == 0)
                continue;
            const auto* a = m.rowAt(r - 1);
            const auto* b = m.rowAt(r);
            auto ka = std::make_pair(a->cursor.key, a->id), kb = std::make_pair(b->cursor.key, b->id);
            QVERIFY(order == Qt::DescendingOrder ? kb < ka : ka < kb);
        }
        QCOMPARE(int(ids.size()), m.rowCount());
        for (int c = 0; c < m.columnCount(); ++c)
            QVERIFY(!m.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void pageShowsTheSelectedRequestInDetail()
    {
        auto state = makeState();
        RequestsPage page(state.get());
        page.resize(1300, 800);
        page.show();
        QVERIFY(settle(&page));
        QVERIFY(page.model()->rowCount() > 0);
        // Pick a request with text and a trace.
        auto db = open();
        RequestFilter f = page.currentFilter();
        f.hasText = true;
        RequestPageQuery q;
        q.filter = f;
        q.limit = 50;
        auto withText = RequestQueries(*db).page(q);
        QVERIFY(withText.ok() && !withText->rows.empty());
        const std::int64_t id = withText->rows.front().id;
        page.showRequest(id);
        QVERIFY(settle(&page));
        QCOMPARE(page.detailId(), id);
        auto d = RequestQueries(*db).detail(id);
        QVERIFY(d.ok());
        auto* prompt = page.findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
        auto* response = page.findChild<QPlainTextEdit*>(QStringLiteral("response"));
        QVERIFY(prompt && response);
        QCOMPARE(prompt->toPlainText(), QString::fromStdString(d->prompt));
        QCOMPARE(response->toPlainText(), QString::fromStdString(d->response));
        QVERIFY(prompt->lineWrapMode() == QPlainTextEdit::WidgetWidth);
        auto* cost = page.findChild<QLabel*>(QStringLiteral("costBreakdown"));
        QVERIFY(cost);
        QVERIFY(cost->text().contains(QStringLiteral("uncached input")));
        QVERIFY(cost->text().contains(QString::fromStdString(d->priceOrigin)));
        auto* dims = page.findChild<QLabel*>(QStringLiteral("dimensions"));
        QVERIFY(dims->text().contains(QString::fromStdString(d->dims[1].second).toHtmlEscaped()));
        // Monospace and copy.
        auto* mono = page.findChild<QCheckBox*>(QStringLiteral("monospace"));
        mono->setChecked(true);
        auto monospaced = [](const QFont& f) {
            QFontMetrics fm(f);
            return fm.horizontalAdvance(QLatin1Char('i')) == fm.horizontalAdvance(QLatin1Char('M'));
        };
        QVERIFY(monospaced(prompt->font()));
        QVERIFY(monospaced(response->font()));
        mono->setChecked(false);
        QVERIFY(!monospaced(prompt->font()));
        page.findChild<QToolButton*>(QStringLiteral("copyResponse"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(d->response));
        // The trace's other requests, clickable.
        auto* trace = page.findChild<QTableWidget*>(QStringLiteral("trace"));
        QCOMPARE(trace->rowCount(), int(d->trace.size()));
        if (!d->trace.empty()) {
            emit trace->cellClicked(0, 0);
            QVERIFY(settle(&page));
            QCOMPARE(page.detailId(), d->trace.front().id);
        }
        // The filter row: the search box finds the text (debounced), hostile text is harmless.
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("search"));
        QVERIFY(search);
        const QString word = QString::fromStdString(d->prompt).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
        QVERIFY(!word.isEmpty());
        QTest::keyClicks(search, word);
        QTRY_VERIFY_WITH_TIMEOUT(page.currentFilter().search == word.toStdString() && page.model()->rowCount() > 0
                && !page.model()->isLoading(),
            10000);
        search->setText(QStringLiteral("\"AND OR NEAR( *"));
        QVERIFY(settle(&page));
        QTest::qWait(400);
        QVERIFY(settle(&page));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("errorBanner"))->isVisible());
        search->clear();
        auto* status = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(2); // errors
        QVERIFY(settle(&page));
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QVERIFY(page.model()->rowAt(r)->status >= 400);
    }

    void annotationRoundTrip()
    {
        auto state = makeState();
        RequestsPage page(state.get());
        page.resize(1300, 800);
        page.show();
        QVERIFY(settle(&page));
        const std::int64_t id = page.detailId();
        QVERIFY(id != 0);
        AnnotationEditor* e = page.editor();
        e->setRating(4);
        e->toggleThumb(Thumb::Up);
        e->toggleLabel(QStringLiteral("correct"));
        e->toggleLabel(QStringLiteral("too verbose"));
        e->toggleLabel(QStringLiteral("correct")); // off again
        QVERIFY(settle(&page));
        auto a = stored(id, "tester");
        QVERIFY(a.has_value());
        QCOMPARE(a->rating, std::optional<int>(4));
        QCOMPARE(a->thumb, std::optional<Thumb>(Thumb::Up));
        QCOMPARE(a->labels, std::vector<std::string> { "too verbose" });
        QCOMPARE(page.model()->rowAt(page.model()->rowOfId(id))->annotations,
            int(a.has_value()) + 0
                + int(std::count_if(page.detail()->annotations.begin(), page.detail()->annotations.end(),
                    [](const Annotation& x) { return x.author != "tester"; })));
        // Another author's annotation is shown apart and never edited.
        {
            auto db = Database::open(m_db.toStdString());
            Annotation other;
            other.eventId = id;
            other.author = "someone else";
            other.ts = m_end;
            other.rating = 1;
            other.comment = "<b>wrong</b>";
            QVERIFY(saveAnnotation(**db, other).ok());
        }
        page.showRequest(id);
        QVERIFY(settle(&page));
        auto* others = e->findChild<QLabel*>(QStringLiteral("otherAnnotations"));
        QVERIFY(others->isVisibleTo(e));
        QVERIFY(others->text().contains(QStringLiteral("someone else")));
        QVERIFY(others->text().contains(QStringLiteral("&lt;b&gt;wrong")));
        QCOMPARE(e->current().author, std::string("tester"));
        QCOMPARE(e->current().rating, std::optional<int>(4));
        // Edit the comment, then delete: the other author's stays.
        auto* comment = e->findChild<QLineEdit*>(QStringLiteral("comment"));
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("terse but right"));
        QTest::keyClick(comment, Qt::Key_Return);
        QVERIFY(settle(&page));
        QCOMPARE(stored(id, "tester")->comment, std::string("terse but right"));
        auto* del = e->findChild<QPushButton*>(QStringLiteral("deleteAnnotation"));
        QVERIFY(del->isEnabled());
        del->click();
        QVERIFY(settle(&page));
        QVERIFY(!stored(id, "tester"));
        QVERIFY(stored(id, "someone else"));
    }

    void labelsDialogAddsRemovesAndDescribes()
    {
        std::vector<AnnotationLabel> labels = { { "correct", "right" }, { "hallucination", "" }, { "formatting", "" } };
        LabelsDialog d(labels);
        auto* table = d.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        table->item(1, 1)->setText(QStringLiteral("made up facts"));
        table->removeRow(2);
        table->insertRow(2);
        table->setItem(2, 0, new QTableWidgetItem(QStringLiteral("  needs  source ")));
        table->setItem(2, 1, new QTableWidgetItem(QStringLiteral("cites nothing")));
        table->insertRow(3);
        table->setItem(3, 0, new QTableWidgetItem(QStringLiteral("correct"))); // a duplicate: dropped
        table->insertRow(4);
        table->setItem(4, 0, new QTableWidgetItem(QString())); // empty: dropped
        const std::vector<AnnotationLabel> save = d.toSave();
        QCOMPARE(save.size(), std::size_t(2));
        QCOMPARE(save[0], (AnnotationLabel { "hallucination", "made up facts" }));
        QCOMPARE(save[1], (AnnotationLabel { "needs source", "cites nothing" }));
        QCOMPARE(d.toRemove(), std::vector<std::string> { "formatting" });
        QCOMPARE(d.edited().size(), std::size_t(3));
    }

    void reviewQueueByKeys()
    {
        auto state = makeState();
        RequestsPage page(state.get());
        page.resize(1300, 800);
        page.show();
        QVERIFY(settle(&page));
        page.findChild<QComboBox*>(QStringLiteral("annotatedFilter"))->setCurrentIndex(2); // not annotated
        QVERIFY(settle(&page));
        const RequestFilter f = page.currentFilter();
        page.startReview(20, 7);
        QVERIFY(settle(&page));
        QVERIFY(page.reviewing());
        auto db = open();
        auto expected = RequestQueries(*db).sample(f, 20, 7);
        QCOMPARE(page.reviewIds(), *expected);
        QCOMPARE(page.reviewProgress(), QStringLiteral("1 / 20"));
        QCOMPARE(page.detailId(), (*expected)[0]);
        QVERIFY(!page.table()->isVisible());

        QTest::keyClick(&page, Qt::Key_4);
        QTest::keyClick(&page, Qt::Key_U);
        QVERIFY(settle(&page));
        auto a = stored((*expected)[0], "tester");
        QVERIFY(a);
        QCOMPARE(a->rating, std::optional<int>(4));
        QCOMPARE(a->thumb, std::optional<Thumb>(Thumb::Up));

        QTest::keyClick(&page, Qt::Key_J);
        QVERIFY(settle(&page));
        QCOMPARE(page.reviewProgress(), QStringLiteral("2 / 20"));
        QCOMPARE(page.detailId(), (*expected)[1]);
        QTest::keyClick(&page, Qt::Key_D);
        QTest::keyClick(&page, Qt::Key_2);
        QTest::keyClick(&page, Qt::Key_L);
        auto* menu = page.findChild<QMenu*>(QStringLiteral("labelMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().size() >= 5);
        menu->actions().at(1)->trigger(); // the second label
        menu->close();
        QTest::keyClick(&page, Qt::Key_E);
        auto* comment = page.editor()->findChild<QLineEdit*>(QStringLiteral("comment"));
        QTest::keyClicks(comment, QStringLiteral("made up a source"));
        QTest::keyClick(comment, Qt::Key_Return);
        QVERIFY(settle(&page));
        auto b = stored((*expected)[1], "tester");
        QVERIFY(b);
        QCOMPARE(b->rating, std::optional<int>(2));
        QCOMPARE(b->thumb, std::optional<Thumb>(Thumb::Down));
        QCOMPARE(b->labels.size(), std::size_t(1));
        QCOMPARE(b->comment, std::string("made up a source"));

        // K goes back and shows what was saved; K at the start stays there.
        QTest::keyClick(&page, Qt::Key_K);
        QVERIFY(settle(&page));
        QCOMPARE(page.reviewProgress(), QStringLiteral("1 / 20"));
        QCOMPARE(page.editor()->current().rating, std::optional<int>(4));
        QTest::keyClick(&page, Qt::Key_K);
        QVERIFY(settle(&page));
        QCOMPARE(page.reviewProgress(), QStringLiteral("1 / 20"));
        QTest::keyClick(&page, Qt::Key_0); // clears the rating, keeps the thumb
        QVERIFY(settle(&page));
        QCOMPARE(stored((*expected)[0], "tester")->rating, std::optional<int>());
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(&page, Qt::Key_J);
        QVERIFY(settle(&page));
        QCOMPARE(page.reviewProgress(), QStringLiteral("20 / 20"));
        QCOMPARE(page.detailId(), expected->back());

        QTest::keyClick(&page, Qt::Key_Escape);
        QVERIFY(!page.reviewing());
        QVERIFY(page.table()->isVisible());
        QVERIFY(settle(&page));
    }

    void reviewWithTextOnlySamplesTheTexts()
    {
        auto state = makeState();
        RequestsPage page(state.get());
        page.show();
        QVERIFY(settle(&page));
        RequestFilter f = page.currentFilter();
        f.hasText = true;
        page.startReview(15, 99, true);
        QVERIFY(settle(&page));
        QVERIFY(page.reviewing());
        auto db = open();
        QCOMPARE(page.reviewIds(), *RequestQueries(*db).sample(f, 15, 99));
        QVERIFY(page.detail()->hasText);
        QVERIFY(!page.findChild<QPlainTextEdit*>(QStringLiteral("prompt"))->toPlainText().isEmpty());
        page.stopReview();
        QVERIFY(!page.reviewing());
    }

    void reviewOfNothingSaysSo()
    {
        auto state = makeState();
        RequestsPage page(state.get());
        page.show();
        QVERIFY(settle(&page));
        page.findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("nosuchwordanywhere"));
        QTest::qWait(400);
        QVERIFY(settle(&page));
        page.startReview(10, 1);
        QVERIFY(settle(&page));
        QVERIFY(!page.reviewing());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("errorBanner"))->isVisibleTo(&page));
    }

    void rendersInBothThemes()
    {
        for (bool dark : { false, true }) {
            applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            auto state = makeState();
            RequestsPage page(state.get());
            page.setDark(dark);
            page.resize(1300, 800);
            page.show();
            QVERIFY(settle(&page));
            QImage img = page.grab().toImage();
            QVERIFY(!img.isNull());
            // The table paints rows: the background is not one flat colour.
            const QColor bg = img.pixelColor(5, img.height() / 2);
            int differing = 0;
            for (int x = 0; x < img.width(); x += 7)
                differing += img.pixelColor(x, img.height() / 3) != bg;
            QVERIFY(differing > 5);
        }
        applyTheme(ThemeChoice::Light);
    }
};

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
