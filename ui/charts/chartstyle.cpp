#include "ui/charts/chartstyle.h"

#include "ui/format.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QVBoxLayout>
#include <QVariantMap>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

#include <cmath>

namespace burnrate::ui {

QString formatValue(double value, ValueKind kind)
{
    switch (kind) {
    case ValueKind::Money:
        return formatMoney(static_cast<Nano>(std::llround(value * 1e9)), 2);
    case ValueKind::MoneyPrecise:
        return formatMoneyPrecise(static_cast<Nano>(std::llround(value * 1e9)));
    case ValueKind::Count:
    case ValueKind::Tokens:
        return formatCount(static_cast<std::int64_t>(std::llround(value)));
    case ValueKind::Percent:
        return formatPercent(value / 100.0, 1);
    }
    return QString::number(value);
}

QString moneyAxisFormat(const QString& numberFormat)
{
    // The axis writes amounts the way formatMoney() does: "$12", "12 USD"; German and French "12 $".
    if (uiLocale().language() != QLocale::English)
        return numberFormat + QChar(0x00A0) + currencyUnit();
    return currencyStyle() == CurrencyStyle::Symbol ? QLatin1Char('$') + numberFormat
                                                    : numberFormat + QStringLiteral(" USD");
}

QString percentAxisFormat()
{
    // Localised axes (chartstyle::apply) format the number with the locale and keep the rest literally, so "%%"
    // would show as "%%" there.
    if (uiLocale().language() != QLocale::English)
        return QStringLiteral("%.0f\u00A0%");
    return QStringLiteral("%.0f%%");
}

namespace {
// Tableau 10 (distinct in both themes and for the common colour-vision deficiencies), then a darker and a
// lighter variant of each for names beyond the first ten.
constexpr QRgb kLight[]
    = { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x86bcb6 };
constexpr QRgb kDark[]
    = { 0x6f9fd8, 0xffa64d, 0x7cc36f, 0xff7b7d, 0x8fd3ce, 0xf6d860, 0xc99bc0, 0xffb6be, 0xc09a82, 0xa6d8d2 };
constexpr int kBase = 10;
constexpr int kSlots = 3 * kBase;
// Names with a slot are kept up to this many; later names get the slot their name hashes to, unsaved.
constexpr int kMaxAssigned = 500;

struct SlotRegistry
{
    bool loaded = false;
    QHash<QString, int> bySlot;
    QVector<int> uses = QVector<int>(kSlots, 0);
};

SlotRegistry& registry()
{
    static SlotRegistry r;
    if (!r.loaded) {
        r.loaded = true;
        const QVariantMap saved = QSettings().value(QStringLiteral("charts/seriesColors")).toMap();
        for (auto it = saved.begin(); it != saved.end(); ++it) {
            const int slot = it.value().toInt();
            if (slot >= 0 && slot < kSlots) {
                r.bySlot.insert(it.key(), slot);
                ++r.uses[slot];
            }
        }
    }
    return r;
}

int hashSlot(const QString& name)
{
    // FNV-1a over UTF-16: the same slot on every platform and Qt version (qHash is seeded per process).
    quint32 h = 2166136261u;
    for (QChar c : name) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return int(h % kBase);
}
} // namespace

QColor seriesColor(int index, bool dark)
{
    const int i = ((index % kSlots) + kSlots) % kSlots;
    const QColor base(dark ? kDark[i % kBase] : kLight[i % kBase]);
    switch (i / kBase) {
    case 1:
        return base.darker(dark ? 130 : 145);
    case 2:
        return base.lighter(dark ? 140 : 125);
    default:
        return base;
    }
}

int seriesSlotCount()
{
    return kSlots;
}

int seriesSlot(const QString& name)
{
    SlotRegistry& r = registry();
    if (auto it = r.bySlot.constFind(name); it != r.bySlot.constEnd())
        return *it;
    const int preferred = hashSlot(name);
    if (r.bySlot.size() >= kMaxAssigned)
        return preferred;
    // The least used slot, searched from the name's own: free slots go first, base colours before variants.
    int best = preferred;
    for (int step = 0; step < kSlots; ++step) {
        const int s = (preferred + step) % kSlots;
        if (r.uses[s] < r.uses[best] || (r.uses[s] == r.uses[best] && s / kBase < best / kBase))
            best = s;
    }
    r.bySlot.insert(name, best);
    ++r.uses[best];
    QVariantMap saved;
    for (auto it = r.bySlot.constBegin(); it != r.bySlot.constEnd(); ++it)
        saved.insert(it.key(), it.value());
    QSettings().setValue(QStringLiteral("charts/seriesColors"), saved);
    return best;
}

QList<QColor> seriesColors(const QStringList& names, bool dark)
{
    QList<QColor> out;
    QVector<bool> taken(kSlots, false);
    for (const QString& n : names) {
        int s = seriesSlot(n);
        for (int step = 0; step < kSlots && taken[s]; ++step)
            s = (s + 1) % kSlots;
        taken[s] = true;
        out << seriesColor(s, dark);
    }
    return out;
}

QColor otherColor(bool dark)
{
    return dark ? QColor(0x80, 0x80, 0x88) : QColor(0xb0, 0xb0, 0xb8);
}

namespace chartstyle {

void apply(QChart* chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QPalette pal = QApplication::palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the UI language's digits ("1.234,5" in German); English keeps Qt's plain printf labels.
    if (uiLocale().language() != QLocale::English) {
        chart->setLocalizeNumbers(true);
        chart->setLocale(uiLocale());
    }
    QFont f = QApplication::font();
    chart->setTitleFont(f);
}

QChart* replaceChart(QChartView* view, bool dark, Qt::Alignment legend)
{
    auto* chart = new QChart;
    apply(chart, dark);
    chart->legend()->setAlignment(legend);
    QChart* old = view->chart();
    view->setChart(chart); // releases, does not delete, the previous chart
    delete old;
    return chart;
}

QChartView* createView(QWidget* owner, QChart* chart, QLabel*& message)
{
    auto* view = new QChartView(chart, owner);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    // What a screen reader calls the chart until its data names it (setAccessibleSummary).
    QString name = QCoreApplication::translate("burnrate::ui::chartstyle", "Chart");
    for (QWidget* p = owner; p; p = p->parentWidget())
        if (auto* box = qobject_cast<QGroupBox*>(p); box && !box->title().isEmpty()) {
            name = box->title();
            break;
        }
    view->setAccessibleName(name);
    auto* lay = new QVBoxLayout(owner);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(view);
    message = new QLabel(owner);
    message->setAlignment(Qt::AlignCenter);
    message->hide();
    return view;
}

void setAccessibleSummary(QChartView* view, const QString& valueTitle, const QStringList& seriesNames)
{
    if (!valueTitle.isEmpty())
        view->setAccessibleName(QCoreApplication::translate("burnrate::ui::chartstyle", "Chart of %1").arg(valueTitle));
    view->setAccessibleDescription(seriesNames.isEmpty()
            ? QCoreApplication::translate("burnrate::ui::chartstyle", "No data")
            : QCoreApplication::translate("burnrate::ui::chartstyle", "%n series: %1", "", int(seriesNames.size()))
                  .arg(seriesNames.join(QStringLiteral(", "))));
}

} // namespace chartstyle

} // namespace burnrate::ui
