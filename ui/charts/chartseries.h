#pragma once

#include <QString>
#include <QVector>

namespace burnrate::ui {

// One named series of a bar chart over time buckets (values per bucket, in display units).
struct ChartSeries
{
    QString name;
    QVector<double> values;
    bool other = false; // the folded "Other" group: drawn grey, not drillable
};

// A mark on a time chart's bucket (e.g. annotated requests there), with its hover text.
struct ChartMarker
{
    qint64 bucket = 0; // bucket start, UTC seconds: one of the chart's buckets
    QString tooltip;
};

} // namespace burnrate::ui
