#include "ui/charts/scatterchart.h"

#include <QCursor>
#include <QLabel>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace burnrate::ui {

ScatterChart::ScatterChart(QWidget* parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_view = chartstyle::createView(this, m_chart, m_message);
    chartstyle::apply(m_chart, m_dark);
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
    m_frontier = frontier;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_message->hide();
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

void ScatterChart::rebuild()
{
    m_chart = chartstyle::replaceChart(m_view, m_dark, Qt::AlignBottom);
    if (m_points.isEmpty())
        return;
    auto* x = new QValueAxis;
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
            fpts << QPointF(m_points[i].x, m_points[i].y);
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
    double maxX = 0;
    for (int i = 0; i < m_points.size(); ++i) {
        const Point& p = m_points[i];
        maxX = std::max(maxX, p.x);
        if (m_frontier.contains(i)) {
            bpts << QPointF(p.x, p.y);
            bIdx << i;
        } else {
            opts << QPointF(p.x, p.y);
            oIdx << i;
        }
    }
    others->replace(opts);
    best->replace(bpts);
    auto hover = [this](const QList<int>& idx, QScatterSeries* s) {
        connect(s, &QScatterSeries::hovered, this, [this, idx, s](const QPointF& pt, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> pts = s->points();
            for (int k = 0; k < pts.size() && k < idx.size(); ++k)
                if (pts[k] == pt) {
                    QToolTip::showText(QCursor::pos(), hoverText(idx[k]), m_view);
                    return;
                }
        });
    };
    hover(oIdx, others);
    hover(bIdx, best);
    for (QAbstractSeries* s : { static_cast<QAbstractSeries*>(frontier), static_cast<QAbstractSeries*>(others),
             static_cast<QAbstractSeries*>(best) }) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Cost per request spans fractions of a cent to dollars: enough decimals that ticks differ.
    const double top = maxX > 0 ? maxX * 1.15 : 1.0;
    const int decimals = std::clamp(int(std::ceil(-std::log10(top))) + 2, 2, 6);
    x->setRange(0, top);
    x->setLabelFormat(moneyAxisFormat(QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f')));
    x->setTickCount(std::clamp((width() - 120) / 110 + 1, 3, 7));
    x->setTitleText(m_xTitle);
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(m_yTitle);
    m_chart->legend()->setVisible(true);
    // The frontier line's own legend marker says enough; the two point series are named for what they are.
}

} // namespace burnrate::ui
