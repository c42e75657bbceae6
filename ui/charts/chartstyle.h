#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace burnrate::ui {

// What a chart's values are, so axes carry units and tooltips format them.
enum class ValueKind
{
    Money,
    Count,
    Tokens,
    Percent,
    MoneyPrecise
};

// Formats a value of a kind for tooltips ("$1,234.50", "12,345", "34.5%").
QString formatValue(double value, ValueKind kind);
// A money axis label format ("%.0f" -> "$%.0f", or "%.0f USD") following the currency display setting.
QString moneyAxisFormat(const QString& numberFormat);
// A percent axis' label format: "%.0f%%" in English, "%.0f %" where charts localise their numbers.
QString percentAxisFormat();
// The categorical palette shared by all charts (index wraps); "Other" is grey.
QColor seriesColor(int index, bool dark);
QColor otherColor(bool dark);
// The palette slot of a named series (a model, a tenant: any group value), the same in every chart, range
// and session: a name gets its slot the first time it is drawn (the slot its name hashes to, or the next
// one no other name holds while any is free) and keeps it; assignments persist in QSettings.
int seriesSlot(const QString& name);
// The colours of the series of one chart, in order: each name's own slot; when two names of the chart
// share a slot (more names than the palette has), the later one takes the next slot free in this chart.
QList<QColor> seriesColors(const QStringList& names, bool dark);
// The number of palette slots.
int seriesSlotCount();

namespace chartstyle {
// Applies the light or dark look to a chart (background follows the window palette).
void apply(QChart* chart, bool dark);
// Gives `view` a new, styled chart and deletes the old one. Rebuilding from scratch is cheaper than
// it sounds and avoids stale axis items Qt Charts 6.4 can leave behind when axes are swapped on a
// hidden chart.
QChart* replaceChart(QChartView* view, bool dark, Qt::Alignment legend);
// The common body of a chart widget: a frameless antialiased view of `chart` filling `owner`, and a
// hidden centred label for "no data" or error messages. Returns the view.
// Names the chart for assistive technology after what it plots, and lists its series in the description.
void setAccessibleSummary(QChartView* view, const QString& valueTitle, const QStringList& seriesNames);
QChartView* createView(QWidget* owner, QChart* chart, QLabel*& message);
} // namespace chartstyle

} // namespace burnrate::ui
