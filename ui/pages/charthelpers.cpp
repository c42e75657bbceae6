#include "ui/pages/charthelpers.h"

#include "ui/format.h"
#include "ui/models/grouprow.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>

#include <map>

namespace burnrate::ui {

QString groupLabel(const std::vector<std::string>& keys, bool other)
{
    if (other)
        return QObject::tr("Other");
    QStringList parts;
    for (const auto& k : keys)
        parts << (k.empty() ? QObject::tr("(none)") : QString::fromStdString(k));
    return parts.join(QStringLiteral(" / "));
}

QList<ChartSeries> seriesFromResult(
    const QueryResult& result, const std::vector<Epoch>& buckets, const std::function<double(const Totals&)>& value)
{
    std::map<Epoch, int> index;
    for (std::size_t i = 0; i < buckets.size(); ++i)
        index[buckets[i]] = int(i);
    struct Acc
    {
        ChartSeries s;
        Nano cost = 0;
        int order = 0;
    };
    std::map<std::pair<bool, std::vector<std::string>>, Acc> groups;
    int order = 0;
    for (const ResultRow& r : result.rows) {
        auto it = groups.find({ r.other, r.keys });
        if (it == groups.end()) {
            Acc a;
            a.s.name = groupLabel(r.keys, r.other);
            a.s.other = r.other;
            a.s.values.fill(0.0, qsizetype(buckets.size()));
            a.order = order++;
            it = groups.emplace(std::make_pair(r.other, r.keys), std::move(a)).first;
        }
        it->second.cost += r.totals.cost;
        auto b = index.find(r.bucket);
        if (b != index.end())
            it->second.s.values[b->second] += value(r.totals);
    }
    std::vector<Acc*> sorted;
    for (auto& [k, a] : groups)
        sorted.push_back(&a);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Acc* a, const Acc* b) {
        if (a->s.other != b->s.other)
            return b->s.other;
        return a->cost > b->cost;
    });
    QList<ChartSeries> out;
    for (Acc* a : sorted)
        out << a->s;
    return out;
}

QVector<qint64> toQt(const std::vector<Epoch>& buckets)
{
    QVector<qint64> v;
    v.reserve(qsizetype(buckets.size()));
    for (Epoch b : buckets)
        v << qint64(b);
    return v;
}

TimeBarChart::Bucket chartBucket(Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return TimeBarChart::Bucket::Hour;
    case Granularity::Week:
        return TimeBarChart::Bucket::Week;
    case Granularity::Month:
        return TimeBarChart::Bucket::Month;
    default:
        return TimeBarChart::Bucket::Day;
    }
}

QString lineTimeFormat(Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return QStringLiteral("HH:mm"); // hour ranges are at most 31 days; the range box names the days
    case Granularity::Month:
        return QStringLiteral("MMM yyyy");
    default:
        return shortDayFormat();
    }
}

} // namespace burnrate::ui

namespace burnrate::ui {

std::optional<QualityResult> tallyAnnotations(Database& db, const CostQuery& q)
{
    QualityQuery qq { q.from, q.to, q.granularity, q.groupBy, q.filters };
    auto r = QualityQueries(db).annotationTally(qq);
    if (!r)
        return std::nullopt;
    return std::move(*r);
}

QList<ChartMarker> annotationMarkers(const QualityResult& tally, Granularity g)
{
    std::map<Epoch, AnnotationCounts> byBucket;
    for (const QualityRow& r : tally.rows)
        byBucket[r.bucket] += AnnotationCounts::of(r.counts);
    const QLocale en = uiLocale();
    QList<ChartMarker> out;
    for (const auto& [bucket, a] : byBucket) {
        if (a.annotated == 0)
            continue;
        const QDateTime t = QDateTime::fromSecsSinceEpoch(bucket, Qt::UTC);
        QString when;
        switch (g) {
        case Granularity::Hour:
            when = en.toString(t, dateDisplayFormat() + QStringLiteral(" HH:00 'UTC'"));
            break;
        case Granularity::Week:
            when = QObject::tr("week of %1").arg(en.toString(t, dateDisplayFormat()));
            break;
        case Granularity::Month:
            when = en.toString(t, QStringLiteral("MMMM yyyy"));
            break;
        default:
            when = en.toString(t, dateDisplayFormat());
            break;
        }
        out.push_back(ChartMarker { bucket,
            QStringLiteral("<b>%1</b><br>%2").arg(when.toHtmlEscaped(), annotationSummary(a).toHtmlEscaped()) });
    }
    return out;
}

QString annotationMarkerName()
{
    return QObject::tr("Annotated requests");
}

} // namespace burnrate::ui
