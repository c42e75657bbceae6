#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/charttip.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace burnrate::ui {

// Lines over time (x: UTC milliseconds). Long series are downsampled with LTTB to about one
// point per horizontal pixel before they reach Qt Charts, and filled with one replace().
class LineChart : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString name;
        QVector<QPointF> points;
    };

    explicit LineChart(QWidget* parent = nullptr);
    ~LineChart() override;

    void setDark(bool dark);
    // Legend beside the plot (narrow charts with long series names).
    void setLegendRight(bool right);
    // The x axis' label format (QDateTime's, UTC): "HH:mm" for hours, "MMM d" for days and weeks, "MMM yyyy".
    void setTimeFormat(const QString& format);
    void setData(const QList<Line>& lines, ValueKind kind, const QString& valueTitle);
    void showMessage(const QString& message);
    // Points handed to Qt Charts for line i after downsampling (tests, bench).
    int shownPointCount(int line) const;
    // Where data point `index` of line `line` is drawn, in the chart view's viewport (tests).
    QPoint pointPosition(int line, int index) const;
    // The tooltip at a viewport position: the nearest real sample in x, every line's value there.
    std::optional<ChartTip::Tip> tipAt(const QPoint& viewportPos) const;
    ChartTip* tip() const
    {
        return m_tip;
    }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QList<Line> m_lines;
    QList<QColor> m_colours; // of m_lines as drawn (seriesColors: by name), for the tooltip's swatches
    QVector<int> m_shown;
    QVector<double> m_xs; // every x of every line, sorted, once
    ChartTip* m_tip = nullptr;
    ValueKind m_kind = ValueKind::Percent;
    QString m_title;
    QString m_timeFormat; // empty: the UI language's short day format (shortDayFormat)
    bool m_dark = false;
    bool m_legendRight = false;
    int m_builtWidth = 0, m_builtHeight = 0;
};

} // namespace burnrate::ui
