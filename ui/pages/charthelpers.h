#pragma once

#include "analytics/costquery.h"
#include "analytics/quality.h"
#include "ui/charts/chartseries.h"
#include "ui/charts/timebarchart.h"

#include <QList>
#include <QVector>

#include <functional>
#include <optional>

namespace burnrate {
class Database;
}

namespace burnrate::ui {

// Turns a bucketed, grouped result into chart series (one per group, costliest first, Other last).
// `value` extracts the plotted number from a row's totals; `joiner` names multi-key groups "a / b".
QList<ChartSeries> seriesFromResult(const burnrate::QueryResult& result, const std::vector<burnrate::Epoch>& buckets,
    const std::function<double(const burnrate::Totals&)>& value);
QVector<qint64> toQt(const std::vector<burnrate::Epoch>& buckets);
TimeBarChart::Bucket chartBucket(burnrate::Granularity g);
// The date format of a line chart's time axis at a granularity ("HH:mm", "MMM d", "MMM yyyy": short, narrow charts
// elide).
QString lineTimeFormat(burnrate::Granularity g);
QString groupLabel(const std::vector<std::string>& keys, bool other);

// The annotations on the requests `q` covers (range, filters, grouping, granularity; any lens's query is asked
// of the requests, which only the attribution lens has): nullopt when they cannot be counted (e.g. a tag-value
// axis). Runs on worker threads.
std::optional<burnrate::QualityResult> tallyAnnotations(burnrate::Database& db, const burnrate::CostQuery& q);
// One marker per bucket with annotated requests, its tooltip the bucket's date and annotationSummary().
QList<ChartMarker> annotationMarkers(const burnrate::QualityResult& tally, burnrate::Granularity g);
// The legend name of those markers.
QString annotationMarkerName();

} // namespace burnrate::ui
