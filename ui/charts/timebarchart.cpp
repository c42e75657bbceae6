#include "ui/charts/timebarchart.h"

#include "ui/format.h"

#include <QCursor>
#include <QDateTime>
#include <QFontMetrics>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace burnrate::ui {

namespace {

// A y-axis scale that keeps tick labels short: values are divided by `div` and written with `format`.
struct AxisScale
{
    double div = 1;
    QString format;
    QString suffix;
};

AxisScale scaleFor(double maxValue, ValueKind kind)
{
    AxisScale s;
    switch (kind) {
    case ValueKind::Money:
    case ValueKind::MoneyPrecise:
        if (maxValue >= 1e6) {
            s.div = 1e6;
            s.format = moneyAxisFormat(QStringLiteral("%.1fM"));
        } else if (maxValue >= 1e4) {
            s.div = 1e3;
            s.format = moneyAxisFormat(QStringLiteral("%.0fk"));
        } else if (maxValue >= 10) {
            s.format = moneyAxisFormat(QStringLiteral("%.0f"));
        } else if (maxValue >= 0.1) {
            s.format = moneyAxisFormat(QStringLiteral("%.2f"));
        } else {
            s.format = moneyAxisFormat(QStringLiteral("%.4f"));
        }
        break;
    case ValueKind::Percent:
        s.format = percentAxisFormat();
        break;
    case ValueKind::Count:
    case ValueKind::Tokens:
        if (maxValue >= 1e9) {
            s.div = 1e9;
            s.format = QStringLiteral("%.1fB");
        } else if (maxValue >= 1e6) {
            s.div = 1e6;
            s.format = QStringLiteral("%.1fM");
        } else if (maxValue >= 1e4) {
            s.div = 1e3;
            s.format = QStringLiteral("%.0fk");
        } else {
            s.format = QStringLiteral("%.0f");
        }
        break;
    }
    return s;
}

} // namespace

TimeBarChart::TimeBarChart(QWidget* parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = chartstyle::createView(this, m_chart, m_message);
    m_message->setWordWrap(true);
    chartstyle::apply(m_chart, m_dark);
    m_tip = new ChartTip(m_view, [this](const QPoint& pos) { return tipAt(pos); });
}

QPoint TimeBarChart::barPosition(int set, int index) const
{
    if (m_chart->series().isEmpty() || set < 0 || set >= m_series.size() || index < 0 || index >= m_buckets.size())
        return {};
    double below = 0;
    for (int s = 0; s < set && m_stacked; ++s)
        below += std::max(0.0, index < m_series[s].values.size() ? m_series[s].values[index] : 0.0);
    const double v = index < m_series[set].values.size() ? m_series[set].values[index] : 0.0;
    double x = index;
    if (!m_stacked)
        x = index - 0.4 + 0.8 * (set + 0.5) / m_series.size();
    const QPointF c = m_chart->mapToPosition(QPointF(x, (below + v / 2) / m_div), m_chart->series().constFirst());
    return m_view->mapFromScene(m_chart->mapToScene(c));
}

std::optional<ChartTip::Tip> TimeBarChart::tipAt(const QPoint& viewportPos) const
{
    if (m_series.isEmpty() || m_buckets.isEmpty() || m_chart->series().isEmpty())
        return std::nullopt;
    QAbstractSeries* s0 = m_chart->series().constFirst();
    const QPointF c = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(c))
        return std::nullopt;
    const QPointF v = m_chart->mapToValue(c, s0);
    const int index = int(std::lround(v.x()));
    if (index < 0 || index >= m_buckets.size())
        return std::nullopt;
    const double y = v.y() * m_div;
    int set = -1;
    if (m_stacked) {
        double below = 0;
        for (int s = 0; s < m_series.size(); ++s) {
            const double val = std::max(0.0, index < m_series[s].values.size() ? m_series[s].values[index] : 0.0);
            if (val > 0 && y >= below && y < below + val) {
                set = s;
                break;
            }
            below += val;
        }
    } else {
        const double frac = (v.x() - (index - 0.4)) / 0.8;
        if (frac >= 0 && frac < 1)
            set = std::clamp(int(frac * m_series.size()), 0, int(m_series.size()) - 1);
    }
    double total = 0;
    for (const ChartSeries& o : m_series)
        total += index < o.values.size() ? o.values[index] : 0.0;
    QString text;
    if (set >= 0) {
        text = tooltip(set, index);
        if (m_stacked && m_series.size() > 1)
            text += QStringLiteral("<br>") + tr("Bucket total: %1").arg(formatValue(total, m_kind));
    } else {
        // Above the bar: the whole bucket.
        const QString when = uiLocale().toString(QDateTime::fromSecsSinceEpoch(m_buckets[index], Qt::UTC),
            m_bucket == Bucket::Hour ? dateDisplayFormat() + QStringLiteral(" HH:00 'UTC'") : dateDisplayFormat());
        QStringList rows;
        for (int s = 0; s < m_series.size() && rows.size() < 12; ++s) {
            const double val = index < m_series[s].values.size() ? m_series[s].values[index] : 0.0;
            if (val != 0)
                rows << QStringLiteral("%1: %2").arg(m_series[s].name.toHtmlEscaped(), formatValue(val, m_kind));
        }
        text = QStringLiteral("<b>%1</b>").arg(when);
        if (m_stacked)
            text += QStringLiteral("<br>") + tr("Total: %1").arg(formatValue(total, m_kind));
        if (!rows.isEmpty())
            text += QStringLiteral("<br>") + rows.join(QStringLiteral("<br>"));
    }
    const double left = m_chart->mapToPosition(QPointF(index - 0.5, 0), s0).x();
    const double right = m_chart->mapToPosition(QPointF(index + 0.5, 0), s0).x();
    const QRectF strip(QPointF(left, plot.top()), QPointF(right, plot.bottom()));
    ChartTip::Tip tip;
    tip.text = text;
    tip.area = m_view->mapFromScene(m_chart->mapToScene(strip)).boundingRect();
    tip.key = qint64(index) * 4096 + set + 1;
    return tip;
}

TimeBarChart::~TimeBarChart() = default;

void TimeBarChart::setDark(bool dark)
{
    m_dark = dark;
    rebuild();
}

void TimeBarChart::setData(const QVector<qint64>& buckets, const QList<ChartSeries>& series, ValueKind kind,
    const QString& valueTitle, bool stacked, Bucket bucket)
{
    m_buckets = buckets;
    QStringList names;
    for (const ChartSeries& s : series)
        names << s.name;
    chartstyle::setAccessibleSummary(m_view, valueTitle, names);
    m_series = series;
    m_kind = kind;
    m_title = valueTitle;
    m_stacked = stacked;
    m_bucket = bucket;
    m_message->hide();
    rebuild();
}

void TimeBarChart::setMarkers(const QList<ChartMarker>& markers, const QString& name)
{
    m_markers = markers;
    m_markerName = name;
    rebuild();
}

void TimeBarChart::showMessage(const QString& message)
{
    m_series.clear();
    m_buckets.clear();
    rebuild();
    m_message->setText(message);
    m_message->setGeometry(rect());
    m_message->show();
    m_message->raise();
}

void TimeBarChart::rebuild()
{
    // A legend that would not fit on one line below the plot goes beside it instead of eliding names.
    m_chart = chartstyle::replaceChart(m_view, m_dark, Qt::AlignBottom);
    m_legendWidth = 0;
    m_legendColumnWidth = 0;
    const QFontMetrics fm(m_chart->legend()->font());
    for (const ChartSeries& s : m_series) {
        m_legendWidth += fm.horizontalAdvance(s.name) + fm.height() + 10;
        m_legendColumnWidth = std::max(m_legendColumnWidth, fm.horizontalAdvance(s.name) + fm.height() + 24);
    }
    if (!m_markers.isEmpty())
        m_legendWidth += fm.horizontalAdvance(m_markerName) + fm.height() + 10;
    placeLegend();
    m_labelStep = 0;
    if (m_series.isEmpty() || m_buckets.isEmpty())
        return;

    double maxValue = 0;
    for (int i = 0; i < m_buckets.size(); ++i) {
        double sum = 0;
        for (const ChartSeries& s : m_series) {
            const double v = i < s.values.size() ? s.values[i] : 0.0;
            sum = m_stacked ? sum + std::max(0.0, v) : std::max(sum, v);
        }
        maxValue = std::max(maxValue, sum);
    }
    const AxisScale scale = scaleFor(maxValue, m_kind);
    m_div = scale.div;

    QAbstractBarSeries* series = m_stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                           : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->setBarWidth(0.8);
    // Each name keeps its colour in every chart and range; "Other" is grey.
    QStringList named;
    for (const ChartSeries& s : m_series)
        if (!s.other)
            named << s.name;
    const QList<QColor> colours = seriesColors(named, m_dark);
    int colour = 0;
    for (int si = 0; si < m_series.size(); ++si) {
        const ChartSeries& s = m_series[si];
        auto* set = new QBarSet(s.name);
        QList<qreal> values;
        values.reserve(m_buckets.size());
        for (int i = 0; i < m_buckets.size(); ++i)
            values << (i < s.values.size() ? s.values[i] / scale.div : 0.0);
        set->append(values);
        const QColor c = s.other ? otherColor(m_dark) : colours.value(colour++);
        set->setColor(c);
        set->setBorderColor(c);
        if (!s.other) {
            const QString name = s.name;
            connect(set, &QBarSet::doubleClicked, this, [this, name](int) { emit seriesDoubleClicked(name); });
        }
        series->append(set);
    }
    m_chart->addSeries(series);

    // Markers sit just above their bucket's bar (stack), in a band the y range keeps free for them.
    QScatterSeries* marks = nullptr;
    const double top = maxValue > 0 ? maxValue / scale.div : 1.0;
    if (!m_markers.isEmpty()) {
        marks = new QScatterSeries;
        marks->setName(m_markerName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(11);
        const QColor c = m_dark ? QColor(0xee, 0xee, 0xee) : QColor(0x30, 0x30, 0x30); // not a series colour
        marks->setColor(c);
        marks->setBorderColor(m_dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        QList<int> shown; // index into m_markers per point
        for (int mi = 0; mi < m_markers.size(); ++mi) {
            const int i = int(m_buckets.indexOf(m_markers[mi].bucket));
            if (i < 0)
                continue;
            double stack = 0;
            for (const ChartSeries& s : m_series) {
                const double v = i < s.values.size() ? s.values[i] : 0.0;
                stack = m_stacked ? stack + std::max(0.0, v) : std::max(stack, v);
            }
            marks->append(i, stack / scale.div + top * 0.05);
            shown << mi;
        }
        connect(marks, &QScatterSeries::hovered, this, [this, shown, marks](const QPointF& pt, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const auto points = marks->points();
            for (int k = 0; k < points.size() && k < shown.size(); ++k)
                if (points[k] == pt) {
                    QToolTip::showText(QCursor::pos(), m_markers[shown[k]].tooltip, m_view);
                    return;
                }
        });
        m_chart->addSeries(marks);
    }

    auto* y = new QValueAxis;
    y->setRange(0, maxValue > 0 ? top * (marks ? 1.12 : 1.05) : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(scale.format);
    y->setTitleText(m_title);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (marks)
        marks->attachAxis(y);
    m_chart->legend()->setVisible(m_series.size() > 1 || marks);
    placeLegend(); // again, now that the legend has its markers
    rebuildXAxis();
}

void TimeBarChart::rebuildXAxis()
{
    if (m_chart->series().isEmpty())
        return;
    const int n = int(m_buckets.size());
    QString fmt;
    switch (m_bucket) {
    case Bucket::Hour:
        fmt = QStringLiteral("HH:mm"); // midnight names its day instead, below
        break;
    case Bucket::Day:
    case Bucket::Week:
        fmt = shortDayFormat();
        break;
    case Bucket::Month:
        fmt = QStringLiteral("MMM yyyy");
        break;
    }
    const QLocale locale = uiLocale();
    // Labels are as wide as the UI language writes them ("Nov 28", "28. Nov.", "28 nov."): measure the widest
    // of the range (a day label where hours name their midnights), plus a gap; a legend beside the plot takes
    // its share of the width.
    const QFontMetrics fm(m_chart->axes(Qt::Horizontal).isEmpty()
            ? m_chart->font()
            : m_chart->axes(Qt::Horizontal).first()->labelsFont());
    int widest = 0;
    for (int i = 0; i < n; i += std::max(1, n / 40)) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(m_buckets[i], Qt::UTC);
        widest = std::max(widest, fm.horizontalAdvance(locale.toString(t, fmt)));
        if (m_bucket == Bucket::Hour)
            widest = std::max(widest, fm.horizontalAdvance(locale.toString(t, shortDayFormat())));
    }
    // (The legend's geometry is not laid out yet here: its column is as wide as its widest entry.)
    const int legendBeside
        = m_chart->legend()->isVisible() && m_chart->legend()->alignment() == Qt::AlignRight ? m_legendColumnWidth : 0;
    const int plotWidth = std::max(200, width() - 90 - legendBeside);
    const int labelWidth
        = std::max(m_bucket == Bucket::Month ? 80 : 64, widest + fm.horizontalAdvance(QLatin1Char('M')));
    const int step = std::max(1, int(std::ceil(double(n) / std::max(1, plotWidth / labelWidth))));
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    const auto old = m_chart->axes(Qt::Horizontal);
    for (QAbstractAxis* a : old) {
        m_chart->removeAxis(a);
        delete a;
    }
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false); // the step above already keeps labels apart
    x->setStartValue(-0.5);
    for (int i = 0; i < n; i += step) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(m_buckets[i], Qt::UTC);
        const bool midnight = m_bucket == Bucket::Hour && t.time().hour() == 0;
        x->append(locale.toString(t, midnight ? shortDayFormat() : fmt), i);
    }
    x->setRange(-0.5, n - 0.5);
    m_chart->addAxis(x, Qt::AlignBottom);
    for (QAbstractSeries* s : m_chart->series())
        s->attachAxis(x);
}

QString TimeBarChart::tooltip(int set, int index) const
{
    if (set < 0 || set >= m_series.size() || index < 0 || index >= m_buckets.size())
        return {};
    const ChartSeries& s = m_series[set];
    const double v = index < s.values.size() ? s.values[index] : 0.0;
    double total = 0;
    for (const ChartSeries& o : m_series)
        total += index < o.values.size() ? o.values[index] : 0.0;
    const QString when = uiLocale().toString(QDateTime::fromSecsSinceEpoch(m_buckets[index], Qt::UTC),
        m_bucket == Bucket::Hour ? dateDisplayFormat() + QStringLiteral(" HH:00 'UTC'") : dateDisplayFormat());
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3").arg(s.name.toHtmlEscaped(), when, formatValue(v, m_kind));
    if (m_stacked && total > 0)
        text += tr(" (%1 of the bucket)").arg(formatPercent(v / total, 1));
    return text;
}

void TimeBarChart::placeLegend()
{
    QLegend* legend = m_chart->legend();
    const Qt::Alignment a = m_legendWidth > width() - 20 ? Qt::AlignRight : Qt::AlignBottom;
    if (legend->alignment() != a)
        legend->setAlignment(a);
    // Beside the plot the legend is a column that a short chart cuts off: the markers (explained by their
    // tooltips and the page's caption) give their entry to the series there.
    for (QLegendMarker* m : legend->markers())
        if (m->series() && m->series()->type() == QAbstractSeries::SeriesTypeScatter)
            m->setVisible(a != Qt::AlignRight);
}

void TimeBarChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeLegend();
    m_message->setGeometry(rect());
    rebuildXAxis();
}

QImage TimeBarChart::toImage()
{
    return grab().toImage();
}

} // namespace burnrate::ui
