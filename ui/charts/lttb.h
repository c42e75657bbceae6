#pragma once

#include <QPointF>
#include <QVector>

namespace burnrate::ui {

// Largest-Triangle-Three-Buckets downsampling: keeps the first and last point and, per bucket,
// the point forming the largest triangle with its neighbours, so peaks survive. Points must be
// sorted by x. Returns the input unchanged when it already has <= threshold points or threshold < 3.
QVector<QPointF> lttb(const QVector<QPointF>& points, int threshold);

} // namespace burnrate::ui
