#include "ui/charts/waterfallchart.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace burnrate::ui {

namespace {

QColor savingColor(bool dark)
{
    return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x8e, 0x3e);
}

QColor increaseColor(bool dark)
{
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
}

} // namespace

WaterfallChart::WaterfallChart(QWidget* parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_view = chartstyle::createView(this, m_chart, m_message);
    chartstyle::apply(m_chart, m_dark);
    m_tip = new ChartTip(m_view, [this](const QPoint& pos) { return tipAt(pos); });
}

WaterfallChart::~WaterfallChart() = default;

void WaterfallChart::setDark(bool dark)
{
    m_dark = dark;
    rebuild();
}

void WaterfallChart::setData(const QString& startLabel, double start, const QStringList& labels,
    const QVector<double>& steps, const QString& endLabel, const QStringList& tips)
{
    m_startLabel = startLabel;
    m_start = start;
    m_hasStart = true;
    m_labels = labels;
    m_steps = steps;
    m_endLabel = endLabel;
    m_tips = tips;
    m_message->hide();
    rebuild();
}

void WaterfallChart::showMessage(const QString& message)
{
    m_labels.clear();
    m_steps.clear();
    m_tips.clear();
    m_hasStart = false;
    rebuild();
    m_message->setText(message);
    m_message->setGeometry(rect());
    m_message->show();
    m_message->raise();
}

QVector<WaterfallChart::Bar> WaterfallChart::bars() const
{
    QVector<Bar> out;
    if (!m_hasStart)
        return out;
    out.push_back({ 0, m_start, false });
    double at = m_start;
    for (int i = 0; i < m_steps.size(); ++i) {
        const double next = m_steps[i];
        out.push_back({ std::min(at, next), std::abs(next - at), next > at });
        at = next;
    }
    out.push_back({ 0, at, false });
    return out;
}

void WaterfallChart::rebuild()
{
    m_chart = chartstyle::replaceChart(m_view, m_dark, Qt::AlignBottom);
    m_chart->legend()->setVisible(false);
    const QVector<Bar> bs = bars();
    if (bs.isEmpty())
        return;
    // Four stacked sets: an invisible base that lifts each floating bar, then the total, saving and increase
    // parts (one of them non-zero per category), so each colour means one thing.
    auto* base = new QBarSet(QString());
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    auto* total = new QBarSet(tr("Cost"));
    total->setColor(seriesColor(0, m_dark));
    total->setBorderColor(seriesColor(0, m_dark));
    auto* saving = new QBarSet(tr("Saving"));
    saving->setColor(savingColor(m_dark));
    saving->setBorderColor(savingColor(m_dark));
    auto* increase = new QBarSet(tr("Increase"));
    increase->setColor(increaseColor(m_dark));
    increase->setBorderColor(increaseColor(m_dark));
    QStringList cats;
    double maxValue = 0;
    // Long labels would overlap: each category gets its share of the width.
    const int perBar = std::max(40, (width() - 80) / int(bs.size()));
    const QFontMetrics fm(QApplication::font());
    auto label = [&](QString l) {
        l = fm.elidedText(l, Qt::ElideRight, perBar - 6);
        while (cats.contains(l))
            l += QLatin1Char(' ');
        return l;
    };
    for (int i = 0; i < bs.size(); ++i) {
        const Bar& b = bs[i];
        const bool ends = i == 0 || i == bs.size() - 1;
        base->append(ends ? 0 : b.base);
        total->append(ends ? b.height : 0);
        saving->append(!ends && !b.increase ? b.height : 0);
        increase->append(!ends && b.increase ? b.height : 0);
        maxValue = std::max(maxValue, b.base + b.height);
        cats << label(i == 0 ? m_startLabel : (ends ? m_endLabel : m_labels.value(i - 1)));
    }
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    series->append(base);
    series->append(total);
    series->append(saving);
    series->append(increase);
    m_chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(cats);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false); // elided above: Qt's own truncation fails on charts laid out hidden
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, maxValue > 0 ? maxValue * 1.08 : 1.0);
    y->setTickCount(std::clamp((height() - 80) / 50 + 1, 3, 9));
    y->applyNiceNumbers();
    y->setLabelFormat(
        maxValue >= 10 ? moneyAxisFormat(QStringLiteral("%.0f")) : moneyAxisFormat(QStringLiteral("%.2f")));
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void WaterfallChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_message->setGeometry(rect());
    rebuild();
}

std::optional<ChartTip::Tip> WaterfallChart::tipAt(const QPoint& viewportPos) const
{
    const QVector<Bar> bs = bars();
    if (bs.isEmpty() || m_chart->series().isEmpty())
        return std::nullopt;
    QAbstractSeries* s0 = m_chart->series().constFirst();
    const QPointF c = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(c))
        return std::nullopt;
    const int i = int(std::lround(m_chart->mapToValue(c, s0).x()));
    if (i < 0 || i >= bs.size())
        return std::nullopt;
    const double left = m_chart->mapToPosition(QPointF(i - 0.5, 0), s0).x();
    const double right = m_chart->mapToPosition(QPointF(i + 0.5, 0), s0).x();
    ChartTip::Tip tip;
    const bool ends = i == 0 || i == bs.size() - 1;
    const QString name = i == 0 ? m_startLabel : (ends ? m_endLabel : m_labels.value(i - 1));
    QString text;
    if (ends)
        text = formatValue(bs[i].height, ValueKind::Money);
    else if (i - 1 < m_tips.size() && !m_tips[i - 1].isEmpty())
        text = m_tips[i - 1];
    else
        text = (bs[i].increase ? tr("+%1") : tr("\u2212%1")).arg(formatValue(bs[i].height, ValueKind::Money));
    tip.text = QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), text);
    tip.area
        = m_view->mapFromScene(m_chart->mapToScene(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom()))))
              .boundingRect();
    tip.key = i;
    return tip;
}

} // namespace burnrate::ui
