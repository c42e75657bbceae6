#include "ui/charts/linechart.h"

#include "ui/charts/lttb.h"

#include <QCursor>
#include <QDateTime>
#include <QLabel>
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

int LineChart::shownPointCount(int line) const
{
    return m_shown.value(line, 0);
}

void LineChart::rebuild()
{
    m_chart = chartstyle::replaceChart(m_view, m_dark, m_legendRight ? Qt::AlignRight : Qt::AlignBottom);
    m_shown.clear();
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
    const QList<QColor> colours = seriesColors(names, m_dark); // a name keeps its colour everywhere
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line& l = m_lines[i];
        const QVector<QPointF> pts = lttb(l.points, pixels);
        m_shown << int(pts.size());
        auto* s = new QLineSeries;
        s->setName(l.name);
        QPen pen(colours.value(i));
        pen.setWidthF(2.0);
        s->setPen(pen);
        s->replace(QList<QPointF>(pts.begin(), pts.end()));
        for (const QPointF& p : pts) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        const QString name = l.name;
        connect(s, &QLineSeries::hovered, this, [this, name](const QPointF& p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QString when
                = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
            QToolTip::showText(QCursor::pos(),
                QStringLiteral("<b>%1</b><br>%2<br>%3").arg(name.toHtmlEscaped(), when, formatValue(p.y(), m_kind)),
                m_view);
        });
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
    x->setFormat(QStringLiteral("MMM d"));
    x->setTickCount(std::clamp((width() - 100) / 90 + 1, 2, 12));
    if (m_kind == ValueKind::Percent) {
        y->setRange(0, std::min(100.0, std::max(10.0, maxY * 1.1)));
        y->setLabelFormat(QStringLiteral("%.0f%%"));
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
