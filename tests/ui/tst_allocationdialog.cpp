// The allocation rules editor: a live preview of what a rule re-allocates, add and remove on a worker,
// the list after each change.
#include "analytics/costquery.h"
#include "store/allocation.h"
#include "store/usagewriter.h"
#include "support/testsupport.h"
#include "ui/dialogs/allocationdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace burnrate;
using namespace burnrate::ui;

class TestAllocationDialog : public QObject
{
    Q_OBJECT
private slots:
    void previewAddRemove()
    {
        test::TempDb t;
        {
            auto src = *t.db->ensureSource("logs", "file");
            UsageWriter w(*t.db, t.prices, src);
            for (int i = 0; i < 5; ++i) {
                UsageEvent e;
                e.id = "e" + std::to_string(i);
                e.ts = 1790035200 + i;
                e.dims.provider = "openai";
                e.dims.model = "gpt-4o";
                e.dims.project = i < 3 ? "proj_a" : "proj_b";
                e.tokens.input = 1'000'000; // $2.50 each
                QVERIFY(w.add(e).ok());
            }
            QVERIFY(w.commit().ok());
        }
        AllocationDialog dlg(QString::fromStdString(t.path()));
        QSignalSpy changed(&dlg, &AllocationDialog::allocationChanged);
        QCOMPARE(dlg.ruleCount(), 0);
        auto* axis = dlg.findChild<QComboBox*>();
        QVERIFY(axis);
        axis->setCurrentIndex(axis->findData(QStringLiteral("project")));
        auto* value = dlg.findChild<QLineEdit*>(QStringLiteral("matchValue"));
        auto* owner = dlg.findChild<QLineEdit*>(QStringLiteral("ownerValue"));
        QVERIFY(value && owner);
        // The match value completes from the projects in the store.
        QTRY_COMPARE_WITH_TIMEOUT(value->completer()->model()->rowCount(), 2, 5000);
        QCOMPARE(value->completer()->model()->index(0, 0).data().toString(), QStringLiteral("proj_a"));
        value->setText(QStringLiteral("proj_a"));
        owner->setText(QStringLiteral("Search \u00e9quipe"));
        QTRY_VERIFY2_WITH_TIMEOUT(dlg.previewText().contains(QStringLiteral("re-allocates 3 requests ($7.50)")),
            qPrintable(dlg.previewText()), 5000);
        // The preview wrote nothing.
        QCOMPARE(allocationRules(*t.db)->size(), std::size_t(0));
        auto* add = dlg.findChild<QPushButton*>(QStringLiteral("addRule"));
        QVERIFY(add && add->isEnabled());
        add->click();
        QTRY_COMPARE_WITH_TIMEOUT(dlg.ruleCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QVERIFY2(
            dlg.statusText().contains(QStringLiteral("re-allocated 3 requests ($7.50)")), qPrintable(dlg.statusText()));
        CostQueries q(*t.db);
        QCOMPARE(q.totals(0, 4'000'000'000, Lens::Attribution,
                      { Filter { Axis { Dim::Team, {} }, { "Search \xc3\xa9quipe" } } })
                     ->requests,
            qint64(3));
        // The same identity and owner again is refused, in the preview already.
        owner->setText(QStringLiteral("other"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            dlg.previewText().contains(QStringLiteral("remove it first")), qPrintable(dlg.previewText()), 5000);
        QVERIFY(!add->isEnabled());
        auto* table = dlg.findChild<QTableWidget*>(QStringLiteral("allocationRules"));
        table->selectRow(0);
        dlg.findChild<QPushButton*>(QStringLiteral("removeRule"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(dlg.ruleCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
        QCOMPARE(q.totals(0, 4'000'000'000, Lens::Attribution, { Filter { Axis { Dim::Team, {} }, { "" } } })->requests,
            qint64(5));
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.busy(), 5000);
    }
};

QTEST_MAIN(TestAllocationDialog)
#include "tst_allocationdialog.moc"
