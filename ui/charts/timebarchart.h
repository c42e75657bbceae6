#pragma once

#include "ui/charts/chartseries.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/charttip.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace burnrate::ui {

// Bars over time buckets, stacked (additive measures) or side by side (ratios). Knows nothing of
// providers or SQL: it takes bucket start times (UTC seconds) and named series.
class TimeBarChart : public QWidget
{
    Q_OBJECT
public:
    enum class Bucket
    {
        Hour,
        Day,
        Week,
        Month
    };

    explicit TimeBarChart(QWidget* parent = nullptr);
    ~TimeBarChart() override;

    void setDark(bool dark);
    void setData(const QVector<qint64>& buckets, const QList<ChartSeries>& series, ValueKind kind,
        const QString& valueTitle, bool stacked, Bucket bucket);
    // Marks drawn above the bars of their buckets (markers of other buckets are ignored), named `name` in the
    // legend; kept until replaced (an empty list removes them).
    void setMarkers(const QList<ChartMarker>& markers, const QString& name);
    int markerCount() const
    {
        return int(m_markers.size());
    }
    void showMessage(const QString& message);
    // The time buckets on the x axis (tests).
    int bucketCount() const
    {
        return int(m_buckets.size());
    }
    bool hasData() const
    {
        return !m_series.isEmpty();
    }
    QImage toImage();
    // The tooltip at a viewport position: the bucket under the pointer, the segment's series and value.
    std::optional<ChartTip::Tip> tipAt(const QPoint& viewportPos) const;
    // The centre of bucket `index`'s segment of series `set` in the viewport (tests).
    QPoint barPosition(int set, int index) const;

signals:
    void seriesDoubleClicked(const QString& name);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void rebuildXAxis();
    void placeLegend();
    QString tooltip(int set, int index) const;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QVector<qint64> m_buckets;
    QList<ChartSeries> m_series;
    QList<ChartMarker> m_markers;
    QString m_markerName;
    ValueKind m_kind = ValueKind::Money;
    QString m_title;
    bool m_stacked = true;
    bool m_dark = false;
    Bucket m_bucket = Bucket::Day;
    int m_labelStep = 0;
    int m_legendWidth = 0; // of the legend as one row below the plot
    int m_legendColumnWidth = 0; // of the legend as a column beside it
    double m_div = 1; // the y axis shows values divided by this
    ChartTip* m_tip = nullptr;
};

} // namespace burnrate::ui
