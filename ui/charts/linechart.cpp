#include "ui/charts/linechart.h"

#include "ui/charts/lttb.h"
#include "ui/format.h"

#include <QCursor>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace burnrate::ui {

LineChart::LineChart(QWidget* parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = chartstyle::createView(this, m_chart, m_message);
    chartstyle::apply(m_chart, m_dark);
    m_tip = new ChartTip(m_view, [this](const QPoint& pos) { return tipAt(pos); });
}

QPoint LineChart::pointPosition(int line, int index) const
{
    if (line < 0 || line >= m_lines.size() || index < 0 || index >= m_lines[line].points.size()
        || m_chart->series().isEmpty())
        return {};
    const QPointF c = m_chart->mapToPosition(m_lines[line].points[index], m_chart->series().constFirst());
    return m_view->mapFromScene(m_chart->mapToScene(c));
}

std::optional<ChartTip::Tip> LineChart::tipAt(const QPoint& viewportPos) const
{
    if (m_xs.isEmpty() || m_chart->series().isEmpty())
        return std::nullopt;
    QAbstractSeries* s0 = m_chart->series().constFirst();
    const QPointF c = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF plot = m_chart->plotArea();
    if (!plot.adjusted(-8, -8, 8, 8).contains(c))
        return std::nullopt;
    // Snap to the nearest sample in x: a line between two samples is no data.
    const double x = m_chart->mapToValue(c, s0).x();
    auto it = std::lower_bound(m_xs.begin(), m_xs.end(), x);
    int i = int(it - m_xs.begin());
    if (i >= m_xs.size() || (i > 0 && x - m_xs[i - 1] < m_xs[i] - x))
        --i;
    i = std::clamp(i, 0, int(m_xs.size()) - 1);
    const double sx = m_xs[i];
    auto px = [&](double v) {
        return m_chart->mapToPosition(QPointF(v, 0), s0).x();
    };
    const double left = i > 0 ? (px(m_xs[i - 1]) + px(sx)) / 2 : plot.left() - 8;
    const double right = i + 1 < m_xs.size() ? (px(m_xs[i + 1]) + px(sx)) / 2 : plot.right() + 8;
    const QRectF strip(QPointF(left, plot.top() - 8), QPointF(right, plot.bottom() + 8));
    const QRect area = m_view->mapFromScene(m_chart->mapToScene(strip)).boundingRect();

    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(sx), Qt::UTC);
    const bool wholeDay = when.time() == QTime(0, 0);
    const QString date = uiLocale().toString(
        when, wholeDay ? dateDisplayFormat() : dateDisplayFormat() + QStringLiteral(" HH:mm 'UTC'"));
    QStringList rows;
    for (int l = 0; l < m_lines.size(); ++l) {
        const auto& pts = m_lines[l].points;
        auto p = std::lower_bound(pts.begin(), pts.end(), sx, [](const QPointF& a, double v) { return a.x() < v; });
        if (p == pts.end() || p->x() != sx)
            continue;
        const QString value = formatValue(p->y(), m_kind);
        rows << (m_lines.size() == 1 ? QStringLiteral("<b>%1</b><br>%2").arg(m_lines[l].name.toHtmlEscaped(), value)
                                     : QStringLiteral("<span style=\"color:%1\">\u25A0</span> %2: <b>%3</b>")
                                           .arg(m_colours.value(l).name(), m_lines[l].name.toHtmlEscaped(), value));
    }
    if (rows.isEmpty())
        return std::nullopt;
    ChartTip::Tip tip;
    tip.text = QStringLiteral("%1<br>%2").arg(date, rows.join(QStringLiteral("<br>")));
    tip.area = area;
    tip.key = i;
    return tip;
}

LineChart::~LineChart() = default;

void LineChart::setDark(bool dark)
{
    m_dark = dark;
    rebuild();
}

void LineChart::setLegendRight(bool right)
{
    m_legendRight = right;
    m_chart->legend()->setAlignment(right ? Qt::AlignRight : Qt::AlignBottom);
}

void LineChart::setData(const QList<Line>& lines, ValueKind kind, const QString& valueTitle)
{
    m_lines = lines;
    m_kind = kind;
    QStringList names;
    for (const Line& l : lines)
        names << l.name;
    chartstyle::setAccessibleSummary(m_view, valueTitle, names);
    m_title = valueTitle;
    m_message->hide();
    rebuild();
}

void LineChart::showMessage(const QString& message)
{
    m_lines.clear();
    rebuild();
    m_message->setText(message);
    m_message->setGeometry(rect());
    m_message->show();
    m_message->raise();
}

void LineChart::setTimeFormat(const QString& format)
{
    if (format == m_timeFormat)
        return;
    m_timeFormat = format;
    if (!m_lines.isEmpty())
        rebuild();
}

int LineChart::shownPointCount(int line) const
{
    return m_shown.value(line, 0);
}

void LineChart::rebuild()
{
    m_chart = chartstyle::replaceChart(m_view, m_dark, m_legendRight ? Qt::AlignRight : Qt::AlignBottom);
    m_shown.clear();
    m_xs.clear();
    for (const Line& l : m_lines)
        for (const QPointF& p : l.points)
            m_xs << p.x();
    std::sort(m_xs.begin(), m_xs.end());
    m_xs.erase(std::unique(m_xs.begin(), m_xs.end()), m_xs.end());
    m_builtWidth = width();
    m_builtHeight = height();
    if (m_lines.isEmpty())
        return;
    const int pixels = std::max(100, width() - 80);
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest(), maxY = 0;
    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    QStringList names;
    for (const Line& l : m_lines)
        names << l.name;
    m_colours = seriesColors(names, m_dark); // a name keeps its colour everywhere
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line& l = m_lines[i];
        const QVector<QPointF> pts = lttb(l.points, pixels);
        m_shown << int(pts.size());
        auto* s = new QLineSeries;
        s->setName(l.name);
        QPen pen(m_colours.value(i));
        pen.setWidthF(2.0);
        s->setPen(pen);
        s->replace(QList<QPointF>(pts.begin(), pts.end()));
        for (const QPointF& p : pts) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (minX > maxX) {
        minX = 0;
        maxX = 1;
    }
    x->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(minX), Qt::UTC), QDateTime::fromMSecsSinceEpoch(qint64(maxX), Qt::UTC));
    x->setFormat(m_timeFormat.isEmpty() ? shortDayFormat() : m_timeFormat);
    x->setTickCount(std::clamp((width() - 100) / 90 + 1, 2, 12));
    if (m_kind == ValueKind::Percent) {
        y->setRange(0, std::min(100.0, std::max(10.0, maxY * 1.1)));
        y->setLabelFormat(percentAxisFormat());
    } else {
        y->setRange(0, maxY > 0 ? maxY * 1.1 : 1.0);
        // Sub-dollar amounts (cost per request) need decimals for the ticks to differ.
        const int decimals = m_kind == ValueKind::MoneyPrecise && maxY > 0
            ? std::clamp(int(std::ceil(-std::log10(maxY * 1.1))) + 2, 2, 6)
            : 0;
        y->setLabelFormat(m_kind == ValueKind::Money || m_kind == ValueKind::MoneyPrecise
                ? moneyAxisFormat(QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f'))
                : QStringLiteral("%.0f"));
    }
    y->applyNiceNumbers();
    // A short chart gets fewer value labels, so none is elided to "...".
    const int maxTicks = std::clamp((height() - 70) / 28 + 1, 2, 8);
    // Halving the intervals keeps the labels round (0, 0.005, 0.01 ... -> 0, 0.01, 0.02); an odd count of
    // intervals first gains one on top.
    int ticks = y->tickCount();
    double top = y->max();
    const double bottom = y->min();
    while (ticks > maxTicks) {
        if ((ticks - 1) % 2) {
            top += (top - bottom) / (ticks - 1);
            ++ticks;
        }
        ticks = (ticks - 1) / 2 + 1;
    }
    if (m_kind == ValueKind::Percent && top > 100) {
        top = 100; // 0%, 50%, 100%
        ticks = 3;
    }
    y->setRange(bottom, top);
    y->setTickCount(ticks);
    y->setTitleText(m_title);
    m_chart->legend()->setVisible(m_lines.size() > 1);
}

void LineChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_message->setGeometry(rect());
    if (std::abs(width() - m_builtWidth) > 40 || std::abs(height() - m_builtHeight) > 30)
        rebuild();
}

} // namespace burnrate::ui
