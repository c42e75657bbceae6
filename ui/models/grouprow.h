#pragma once

#include "analytics/costquery.h"
#include "analytics/latency.h"
#include "analytics/quality.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace burnrate::ui {

// The human annotations on a group's requests.
struct AnnotationCounts
{
    std::int64_t annotated = 0; // requests with at least one annotation
    std::int64_t thumbsUp = 0, thumbsDown = 0;
    std::int64_t ratings = 0, ratingSum = 0;

    static AnnotationCounts of(const burnrate::QualityCounts& c)
    {
        return { c.annotated, c.thumbsUp, c.thumbsDown, c.ratings, c.ratingSum };
    }
    AnnotationCounts& operator+=(const AnnotationCounts& o)
    {
        annotated += o.annotated;
        thumbsUp += o.thumbsUp;
        thumbsDown += o.thumbsDown;
        ratings += o.ratings;
        ratingSum += o.ratingSum;
        return *this;
    }
    AnnotationCounts& operator-=(const AnnotationCounts& o)
    {
        return *this += AnnotationCounts { -o.annotated, -o.thumbsUp, -o.thumbsDown, -o.ratings, -o.ratingSum };
    }
};

// One group of a query, its totals over the range and (optionally) its per-bucket cost trend.
struct GroupRow
{
    std::vector<std::string> keys;
    burnrate::Totals totals;
    std::vector<double> trend; // USD per bucket, oldest first
    bool other = false;
    std::optional<AnnotationCounts> annotations; // unset: not asked for (e.g. the billing lens has no requests)
    std::optional<burnrate::LatencyStats> latency; // attribution requests only (analytics/latency.h)
    std::optional<burnrate::LatencyStats> ttft; // time to first token, where sources report it
};

// Folds a (possibly bucketed) query result into one row per group, costliest first, with a cost
// trend over `buckets` when the result has a time dimension. Pure data: runs on worker threads.
std::vector<GroupRow> foldGroups(const burnrate::QueryResult& result, const std::vector<burnrate::Epoch>& buckets);
// Gives each row its annotation counts from a tally over the same range, grouping and filters
// (QualityQueries::annotationTally without granularity); "Other" gets what the named rows leave.
void attachAnnotations(std::vector<GroupRow>& rows, const burnrate::QualityResult& tally);
// One line about a group's annotations for a tooltip, e.g. "12 annotated requests: 8 up, 3 down; mean rating 3.9 of
// 10".
QString annotationSummary(const AnnotationCounts& a);
// Bucket starts from `from` to `to` (exclusive) for a granularity.
std::vector<burnrate::Epoch> bucketRange(burnrate::Epoch from, burnrate::Epoch to, burnrate::Granularity g);

} // namespace burnrate::ui
