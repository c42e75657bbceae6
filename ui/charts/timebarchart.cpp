#include "ui/charts/timebarchart.h"

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
        s.format = QStringLiteral("%.0f%%");
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
    m_series = series;
    m_kind = kind;
    m_title = valueTitle;
    m_stacked = stacked;
    m_bucket = bucket;
    m_message->hide();
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
    const QFontMetrics fm(m_chart->legend()->font());
    for (const ChartSeries& s : m_series)
        m_legendWidth += fm.horizontalAdvance(s.name) + fm.height() + 10;
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
        connect(set, &QBarSet::hovered, this, [this, si](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), tooltip(si, index), m_view);
            else
                QToolTip::hideText();
        });
        if (!s.other) {
            const QString name = s.name;
            connect(set, &QBarSet::doubleClicked, this, [this, name](int) { emit seriesDoubleClicked(name); });
        }
        series->append(set);
    }
    m_chart->addSeries(series);

    auto* y = new QValueAxis;
    y->setRange(0, maxValue > 0 ? maxValue / scale.div * 1.05 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(scale.format);
    y->setTitleText(m_title);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_chart->legend()->setVisible(m_series.size() > 1);
    rebuildXAxis();
}

void TimeBarChart::rebuildXAxis()
{
    if (m_chart->series().isEmpty())
        return;
    const int n = int(m_buckets.size());
    const int plotWidth = std::max(200, width() - 90);
    const int labelWidth = m_bucket == Bucket::Hour ? 90 : 64;
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
    QString fmt;
    switch (m_bucket) {
    case Bucket::Hour:
        fmt = QStringLiteral("MMM d HH:mm");
        break;
    case Bucket::Day:
    case Bucket::Week:
        fmt = QStringLiteral("MMM d");
        break;
    case Bucket::Month:
        fmt = QStringLiteral("MMM yyyy");
        break;
    }
    const QLocale en(QLocale::English);
    for (int i = 0; i < n; i += step)
        x->append(en.toString(QDateTime::fromSecsSinceEpoch(m_buckets[i], Qt::UTC), fmt), i);
    x->setRange(-0.5, n - 0.5);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->series().constFirst()->attachAxis(x);
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
    const QString when
        = QLocale(QLocale::English)
              .toString(QDateTime::fromSecsSinceEpoch(m_buckets[index], Qt::UTC),
                  m_bucket == Bucket::Hour ? QStringLiteral("yyyy-MM-dd HH:00 'UTC'") : QStringLiteral("yyyy-MM-dd"));
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3").arg(s.name.toHtmlEscaped(), when, formatValue(v, m_kind));
    if (m_stacked && total > 0)
        text += tr(" (%1 of the bucket)").arg(QString::number(v / total * 100.0, 'f', 1) + QLatin1Char('%'));
    return text;
}

void TimeBarChart::placeLegend()
{
    const Qt::Alignment a = m_legendWidth > width() - 20 ? Qt::AlignRight : Qt::AlignBottom;
    if (m_chart->legend()->alignment() != a)
        m_chart->legend()->setAlignment(a);
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
