#include "ui/charts/scatterchart.h"

#include "ui/format.h"

#include <QCursor>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace burnrate::ui {

ScatterChart::ScatterChart(QWidget* parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_view = chartstyle::createView(this, m_chart, m_message);
    chartstyle::apply(m_chart, m_dark);
    m_tip = new ChartTip(m_view, [this](const QPoint& pos) { return tipAt(pos); });
}

QPoint ScatterChart::pointPosition(int i) const
{
    if (i < 0 || i >= m_points.size() || m_chart->series().isEmpty())
        return {};
    const double x = logScale() ? std::log10(m_points[i].x) : m_points[i].x;
    const QPointF c = m_chart->mapToPosition(QPointF(x, m_points[i].y), m_chart->series().constFirst());
    return m_view->mapFromScene(m_chart->mapToScene(c));
}

std::optional<ChartTip::Tip> ScatterChart::tipAt(const QPoint& viewportPos) const
{
    constexpr int kRadius = 12;
    int best = -1;
    double bestDistance = kRadius * kRadius + 1;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPoint p = pointPosition(i) - viewportPos;
        const double d = double(p.x()) * p.x() + double(p.y()) * p.y();
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    if (best < 0)
        return std::nullopt;
    ChartTip::Tip tip;
    tip.text = hoverText(best);
    tip.area = QRect(pointPosition(best) - QPoint(kRadius, kRadius), QSize(2 * kRadius + 1, 2 * kRadius + 1));
    tip.key = best;
    return tip;
}

ScatterChart::~ScatterChart() = default;

void ScatterChart::setDark(bool dark)
{
    m_dark = dark;
    rebuild();
}

void ScatterChart::setData(
    const QList<Point>& points, const QList<int>& frontier, const QString& xTitle, const QString& yTitle)
{
    m_points = points;
    QStringList names;
    for (const Point& p : points)
        names << p.label;
    chartstyle::setAccessibleSummary(m_view, tr("%1 against %2").arg(yTitle, xTitle), names);
    m_frontier = frontier;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_message->hide();
    rebuild();
}

void ScatterChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_message->setGeometry(rect());
    if (std::abs(width() - m_builtWidth) > 60)
        rebuild();
}

void ScatterChart::showMessage(const QString& message)
{
    m_points.clear();
    m_frontier.clear();
    rebuild();
    m_message->setText(message);
    m_message->setGeometry(rect());
    m_message->show();
    m_message->raise();
}

QString ScatterChart::hoverText(int i) const
{
    if (i < 0 || i >= m_points.size())
        return {};
    const Point& p = m_points[i];
    QString text
        = QStringLiteral("<b>%1</b><br>%2<br>%3")
              .arg(p.label.toHtmlEscaped(), tr("%1 per request").arg(formatValue(p.x, ValueKind::MoneyPrecise)),
                  m_yTitle.section(QLatin1Char('('), 0, 0).trimmed() + QStringLiteral(": ")
                      + formatValue(p.y, ValueKind::Percent));
    if (m_frontier.contains(i))
        text += QStringLiteral("<br><i>%1</i>").arg(tr("on the Pareto frontier"));
    return text;
}

bool ScatterChart::logScale() const
{
    double lo = std::numeric_limits<double>::max(), hi = 0;
    for (const Point& p : m_points) {
        lo = std::min(lo, p.x);
        hi = std::max(hi, p.x);
    }
    return !m_points.isEmpty() && lo > 0 && hi / lo > 20;
}

void ScatterChart::rebuild()
{
    m_chart = chartstyle::replaceChart(m_view, m_dark, Qt::AlignBottom);
    m_builtWidth = width();
    if (m_points.isEmpty())
        return;
    // Cost per request spans orders of magnitude (an embedding at $0.00002, a reasoning model at $0.20): on a
    // linear axis the cheap groups pile up at 0. Then x is log10(cost) on a decade-labelled axis.
    double minX = std::numeric_limits<double>::max(), maxX = 0;
    for (const Point& p : m_points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
    }
    const bool logX = logScale();
    auto xOf = [logX](double v) {
        return logX ? std::log10(v) : v;
    };
    QAbstractAxis* x = nullptr;
    if (logX) {
        auto* cx = new QCategoryAxis;
        const int lo = int(std::floor(std::log10(minX))), hi = int(std::ceil(std::log10(maxX)));
        cx->setRange(lo, std::max(hi, lo + 1));
        cx->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const QString money = moneyAxisFormat(QStringLiteral("%1"));
        // Every decade labelled when there is room (a label is about 70 px), else every second or third.
        const int decades = std::max(hi, lo + 1) - lo;
        const int step = std::max(1, (decades * 70 + std::max(1, width() - 120) - 1) / std::max(1, width() - 120));
        for (int k = lo; k <= std::max(hi, lo + 1); k += step)
            cx->append(money.arg(uiLocale().toString(std::pow(10.0, k), 'f', std::max(0, -k))), k);
        cx->setTitleText(m_xTitle + QStringLiteral(" · ") + tr("log scale"));
        x = cx;
    } else {
        auto* vx = new QValueAxis;
        // Around the points (a range from $0 would pile close groups into one blob), never below 0.
        const double span = maxX - minX;
        double lo = span > 0 ? minX - span * 0.15 : 0, hi = span > 0 ? maxX + span * 0.15 : (maxX > 0 ? maxX * 2 : 1);
        lo = std::max(0.0, lo);
        const int decimals = std::clamp(int(std::ceil(-std::log10((hi - lo) / 4))) + 1, 2, 6);
        vx->setRange(lo, hi);
        vx->setLabelFormat(moneyAxisFormat(QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f')));
        vx->setTickCount(std::clamp((width() - 120) / 110 + 1, 3, 7));
        vx->applyNiceNumbers(); // round ticks ($0.0090, $0.0100, ...)
        if (vx->min() < 0)
            vx->setMin(0);
        vx->setTitleText(m_xTitle);
        x = vx;
    }
    auto* y = new QValueAxis;
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    auto* frontier = new QLineSeries;
    frontier->setName(tr("Pareto frontier"));
    QPen fp(seriesColor(1, m_dark));
    fp.setWidthF(2.0);
    fp.setStyle(Qt::DashLine);
    frontier->setPen(fp);
    QList<QPointF> fpts;
    for (int i : m_frontier)
        if (i >= 0 && i < m_points.size())
            fpts << QPointF(xOf(m_points[i].x), m_points[i].y);
    frontier->replace(fpts);

    auto* others = new QScatterSeries;
    others->setName(tr("Groups"));
    others->setMarkerSize(10);
    others->setColor(seriesColor(0, m_dark));
    others->setBorderColor(seriesColor(0, m_dark));
    auto* best = new QScatterSeries;
    best->setName(tr("On the frontier"));
    best->setMarkerSize(13);
    best->setColor(seriesColor(1, m_dark));
    best->setBorderColor(seriesColor(1, m_dark));
    QList<QPointF> opts, bpts;
    QList<int> oIdx, bIdx;
    for (int i = 0; i < m_points.size(); ++i) {
        const Point& p = m_points[i];
        if (m_frontier.contains(i)) {
            bpts << QPointF(xOf(p.x), p.y);
            bIdx << i;
        } else {
            opts << QPointF(xOf(p.x), p.y);
            oIdx << i;
        }
    }
    others->replace(opts);
    best->replace(bpts);
    for (QAbstractSeries* s : { static_cast<QAbstractSeries*>(frontier), static_cast<QAbstractSeries*>(others),
             static_cast<QAbstractSeries*>(best) }) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Quality in steps of 10 points around the points.
    double minY = 100, maxY = 0;
    for (const Point& p : m_points) {
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const double yLo = std::max(0.0, std::floor(minY / 10 - 0.5) * 10);
    const double yHi = std::min(100.0, std::ceil(maxY / 10 + 0.5) * 10);
    y->setRange(yLo, yHi);
    y->setTickCount(int((yHi - yLo) / 10) + 1 > 11 ? 6 : int((yHi - yLo) / 10) + 1);
    y->setLabelFormat(percentAxisFormat());
    y->setTitleText(m_yTitle);
    m_chart->legend()->setVisible(true);
    // The frontier's points share its colour: one legend entry says both.
    for (QLegendMarker* marker : m_chart->legend()->markers(best))
        marker->setVisible(false);
}

} // namespace burnrate::ui
