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

} // namespace burnrate::ui
