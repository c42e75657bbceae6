#include "ui/charts/lttb.h"

#include <cmath>

namespace burnrate::ui {

QVector<QPointF> lttb(const QVector<QPointF>& data, int threshold)
{
    const qsizetype n = data.size();
    if (threshold < 3 || n <= threshold)
        return data;
    QVector<QPointF> out;
    out.reserve(threshold);
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype a = 0;
    out.append(data[0]);
    for (int i = 0; i < threshold - 2; ++i) {
        // Average of the next bucket: the third triangle vertex.
        qsizetype avgStart = qsizetype(std::floor((i + 1) * every)) + 1;
        qsizetype avgEnd = qsizetype(std::floor((i + 2) * every)) + 1;
        if (avgEnd > n)
            avgEnd = n;
        double avgX = 0, avgY = 0;
        const qsizetype avgLen = avgEnd - avgStart;
        for (qsizetype j = avgStart; j < avgEnd; ++j) {
            avgX += data[j].x();
            avgY += data[j].y();
        }
        if (avgLen > 0) {
            avgX /= double(avgLen);
            avgY /= double(avgLen);
        } else {
            avgX = data[n - 1].x();
            avgY = data[n - 1].y();
        }
        const qsizetype rangeStart = qsizetype(std::floor(i * every)) + 1;
        const qsizetype rangeEnd = qsizetype(std::floor((i + 1) * every)) + 1;
        const double ax = data[a].x(), ay = data[a].y();
        double maxArea = -1;
        qsizetype next = rangeStart;
        for (qsizetype j = rangeStart; j < rangeEnd && j < n - 1; ++j) {
            const double area = std::fabs((ax - avgX) * (data[j].y() - ay) - (ax - data[j].x()) * (avgY - ay));
            if (area > maxArea) {
                maxArea = area;
                next = j;
            }
        }
        out.append(data[next]);
        a = next;
    }
    out.append(data[n - 1]);
    return out;
}

} // namespace burnrate::ui
