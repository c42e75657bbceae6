#include "ui/models/grouprow.h"

#include "model/timeutil.h"
#include "ui/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace burnrate::ui {

std::vector<Epoch> bucketRange(Epoch from, Epoch to, Granularity g)
{
    std::vector<Epoch> out;
    if (g == Granularity::None || to <= from)
        return out;
    Epoch t = bucketStart(from, g);
    while (t < to && out.size() < 100000) {
        out.push_back(t);
        switch (g) {
        case Granularity::Hour:
            t += 3600;
            break;
        case Granularity::Day:
            t += kSecondsPerDay;
            break;
        case Granularity::Week:
            t += 7 * kSecondsPerDay;
            break;
        case Granularity::Month:
            t = addMonths(t, 1);
            break;
        case Granularity::None:
            return out;
        }
    }
    return out;
}

void attachAnnotations(std::vector<GroupRow>& rows, const QualityResult& tally)
{
    std::map<std::vector<std::string>, AnnotationCounts> byKeys;
    for (const QualityRow& r : tally.rows)
        byKeys[r.keys] += AnnotationCounts::of(r.counts);
    AnnotationCounts rest = AnnotationCounts::of(tally.total);
    for (GroupRow& row : rows) {
        if (row.other)
            continue;
        auto it = byKeys.find(row.keys);
        row.annotations = it == byKeys.end() ? AnnotationCounts {} : it->second;
        rest -= *row.annotations;
    }
    for (GroupRow& row : rows)
        if (row.other)
            row.annotations = rest;
}

QString annotationSummary(const AnnotationCounts& a)
{
    if (a.annotated == 0)
        return QCoreApplication::translate("GroupRow", "No annotated requests");
    // Whole sentences per combination: a translation never has to agree with a fragment.
    const int n = int(std::min<std::int64_t>(a.annotated, INT_MAX));
    const bool thumbs = a.thumbsUp + a.thumbsDown > 0;
    const QString mean
        = a.ratings > 0 ? uiLocale().toString(double(a.ratingSum) / double(a.ratings), 'f', 1) : QString();
    if (thumbs && a.ratings > 0)
        return QCoreApplication::translate(
            "GroupRow", "%n annotated request(s): %1 thumbs up, %2 down; mean rating %3 of %4", nullptr, n)
            .arg(formatCount(a.thumbsUp), formatCount(a.thumbsDown), mean, formatCount(a.ratings));
    if (thumbs)
        return QCoreApplication::translate("GroupRow", "%n annotated request(s): %1 thumbs up, %2 down", nullptr, n)
            .arg(formatCount(a.thumbsUp), formatCount(a.thumbsDown));
    if (a.ratings > 0)
        return QCoreApplication::translate("GroupRow", "%n annotated request(s): mean rating %1 of %2", nullptr, n)
            .arg(mean, formatCount(a.ratings));
    return QCoreApplication::translate("GroupRow", "%n annotated request(s)", nullptr, n);
}

std::vector<GroupRow> foldGroups(const QueryResult& result, const std::vector<Epoch>& buckets)
{
    std::map<std::pair<bool, std::vector<std::string>>, GroupRow> groups;
    std::map<Epoch, std::size_t> index;
    for (std::size_t i = 0; i < buckets.size(); ++i)
        index[buckets[i]] = i;
    for (const ResultRow& r : result.rows) {
        auto& g = groups[{ r.other, r.keys }];
        if (g.keys.empty() && !r.keys.empty()) {
            g.keys = r.keys;
            g.other = r.other;
            g.trend.assign(buckets.size(), 0.0);
        }
        g.totals += r.totals;
        auto it = index.find(r.bucket);
        if (it != index.end() && it->second < g.trend.size())
            g.trend[it->second] += double(r.totals.cost) / double(kNanoPerUsd);
    }
    std::vector<GroupRow> out;
    out.reserve(groups.size());
    for (auto& [k, g] : groups)
        out.push_back(std::move(g));
    std::stable_sort(out.begin(), out.end(), [](const GroupRow& a, const GroupRow& b) {
        if (a.other != b.other)
            return b.other;
        return a.totals.cost > b.totals.cost;
    });
    return out;
}

} // namespace burnrate::ui
