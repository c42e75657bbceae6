#include "ui/charts/rankingchart.h"

#include <QCursor>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace burnrate::ui {

RankingChart::RankingChart(QWidget* parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->legend()->setVisible(false);
    m_view = chartstyle::createView(this, m_chart, m_message);
    chartstyle::apply(m_chart, m_dark);
    m_tip = new ChartTip(m_view, [this](const QPoint& pos) { return tipAt(pos); });
}

RankingChart::~RankingChart() = default;

void RankingChart::setDark(bool dark)
{
    m_dark = dark;
    rebuild();
}

void RankingChart::setData(const QStringList& labels, const QVector<double>& values, ValueKind kind,
    const QString& valueTitle, const QVector<bool>& drillable)
{
    m_labels = labels;
    chartstyle::setAccessibleSummary(m_view, valueTitle, labels);
    m_values = values;
    m_drillable = drillable;
    m_kind = kind;
    m_title = valueTitle;
    m_message->hide();
    rebuild();
}

void RankingChart::showMessage(const QString& message)
{
    m_labels.clear();
    m_values.clear();
    rebuild();
    m_message->setText(message);
    m_message->setGeometry(rect());
    m_message->show();
    m_message->raise();
}

void RankingChart::rebuild()
{
    m_chart = chartstyle::replaceChart(m_view, m_dark, Qt::AlignBottom);
    m_chart->legend()->setVisible(false);
    m_shownBars = 0;
    if (m_labels.isEmpty())
        return;
    // One bar needs ~22 px to keep its label readable.
    const int fit = std::max(3, (height() - 60) / 22);
    const int n = std::min<int>(int(m_labels.size()), fit);
    m_shownBars = n;
    auto* set = new QBarSet(m_title);
    set->setColor(seriesColor(0, m_dark));
    set->setBorderColor(seriesColor(0, m_dark));
    QStringList cats;
    QList<qreal> vals;
    double maxValue = 0;
    // Qt draws the first category at the bottom: add in reverse so the largest is on top.
    for (int i = n - 1; i >= 0; --i) {
        QString l = m_labels[i].isEmpty() ? tr("(none)") : m_labels[i];
        if (l.size() > 32)
            l = l.left(30) + QChar(0x2026);
        while (cats.contains(l))
            l += QLatin1Char(' ');
        cats << l;
        vals << m_values.value(i);
        maxValue = std::max(maxValue, m_values.value(i));
    }
    set->append(vals);
    connect(set, &QBarSet::doubleClicked, this, [this, n](int index) {
        const int i = n - 1 - index;
        if (i >= 0 && i < m_labels.size() && m_drillable.value(i, true))
            emit labelDoubleClicked(m_labels[i]);
    });
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(set);
    m_chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(cats);
    y->setGridLineVisible(false);
    // We elide long names ourselves; Qt's own truncation collapses every label to "..." when the
    // chart was first laid out hidden (inside a stacked widget).
    y->setTruncateLabels(false);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1.0);
    x->setTickCount(std::clamp((width() - 250) / 110 + 1, 3, 9));
    x->applyNiceNumbers();
    switch (m_kind) {
    case ValueKind::Money:
        x->setLabelFormat(
            maxValue >= 10 ? moneyAxisFormat(QStringLiteral("%.0f")) : moneyAxisFormat(QStringLiteral("%.2f")));
        break;
    case ValueKind::MoneyPrecise:
        x->setLabelFormat(maxValue >= 0.1 ? moneyAxisFormat(QStringLiteral("%.2f"))
                                          : (maxValue >= 0.01 ? moneyAxisFormat(QStringLiteral("%.3f"))
                                                              : moneyAxisFormat(QStringLiteral("%.4f"))));
        break;
    case ValueKind::Percent:
        x->setLabelFormat(percentAxisFormat());
        break;
    default:
        x->setLabelFormat(QStringLiteral("%.0f"));
        break;
    }
    x->setTitleText(m_title);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void RankingChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_message->setGeometry(rect());
    rebuild();
}

std::optional<ChartTip::Tip> RankingChart::tipAt(const QPoint& viewportPos) const
{
    if (m_shownBars <= 0 || m_chart->series().isEmpty())
        return std::nullopt;
    QAbstractSeries* s0 = m_chart->series().constFirst();
    const QPointF c = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(c))
        return std::nullopt;
    const int row = int(std::lround(m_chart->mapToValue(c, s0).y()));
    const int i = m_shownBars - 1 - row; // the first category is drawn at the bottom
    if (row < 0 || row >= m_shownBars || i < 0 || i >= m_labels.size())
        return std::nullopt;
    const double top = m_chart->mapToPosition(QPointF(0, row + 0.5), s0).y();
    const double bottom = m_chart->mapToPosition(QPointF(0, row - 0.5), s0).y();
    ChartTip::Tip tip;
    tip.text = QStringLiteral("<b>%1</b><br>%2")
                   .arg((m_labels[i].isEmpty() ? tr("(none)") : m_labels[i]).toHtmlEscaped(),
                       formatValue(m_values.value(i), m_kind));
    tip.area = m_view
                   ->mapFromScene(m_chart->mapToScene(QRectF(
                       QPointF(plot.left(), std::min(top, bottom)), QPointF(plot.right(), std::max(top, bottom)))))
                   .boundingRect();
    tip.key = i;
    return tip;
}

} // namespace burnrate::ui
