#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/charttip.h"

#include <QList>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace burnrate::ui {

// Labelled points (x: cost in USD, y: a percentage) with a highlighted subset joined by a line - the Pareto
// frontier of cost against quality. A point's label shows on hover. When the costs span more than a factor of
// 20 the x axis is logarithmic (decades labelled).
class ScatterChart : public QWidget
{
    Q_OBJECT
public:
    struct Point
    {
        QString label;
        double x = 0; // USD
        double y = 0; // percent, 0..100
    };

    explicit ScatterChart(QWidget* parent = nullptr);
    ~ScatterChart() override;

    void setDark(bool dark);
    // `frontier`: indices into `points`, in drawing order (cost ascending).
    void setData(const QList<Point>& points, const QList<int>& frontier, const QString& xTitle, const QString& yTitle);
    void showMessage(const QString& message);
    // What a hover at point i shows (tests).
    QString hoverText(int i) const;
    int frontierPointCount() const
    {
        return int(m_frontier.size());
    }
    bool logScale() const;
    // Where point i is drawn in the chart view's viewport (tests).
    QPoint pointPosition(int i) const;
    // The tooltip at a viewport position: the nearest point within a few pixels.
    std::optional<ChartTip::Tip> tipAt(const QPoint& viewportPos) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QList<Point> m_points;
    QList<int> m_frontier;
    QString m_xTitle, m_yTitle;
    bool m_dark = false;
    int m_builtWidth = 0;
    ChartTip* m_tip = nullptr;
};

} // namespace burnrate::ui
