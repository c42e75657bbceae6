// quality --from DATE --to DATE [--group-by model,prompt_version,...] [--decimals N] [-o FILE]
#include "analytics/quality.h"

#include "app/cli/clicommon.h"
#include "export/qualitycsv.h"

#include <iostream>
#include <string>

namespace burnrate::app {

namespace {

// model,prompt_version,... (and at most one of hour, day, week, month for a time column).
Result<QualityQuery> parseQualityGroupBy(const QString& text)
{
    QualityQuery q;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return makeError(ErrorCode::Invalid, "--group-by needs at least one name");
    for (const QString& raw : parts) {
        std::string name = s(raw.trimmed());
        if (auto gran = granularityFromName(name); gran && *gran != Granularity::None) {
            if (q.granularity != Granularity::None)
                return makeError(ErrorCode::Invalid, "--group-by takes one of hour, day, week, month");
            q.granularity = *gran;
            continue;
        }
        auto axis = Axis::fromName(name);
        if (!axis || axis->dim == Dim::TagValue)
            return makeError(ErrorCode::Invalid, "unknown --group-by name '" + name + "'");
        for (const Axis& seen : q.groupBy)
            if (seen == *axis)
                return makeError(ErrorCode::Invalid, "--group-by names '" + name + "' twice");
        q.groupBy.push_back(*axis);
    }
    return q;
}

} // namespace

int cmdQuality(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("group-by"), QStringLiteral("LIST"));
    c.value(QStringLiteral("decimals"), QStringLiteral("N"));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    auto range = requiredDateRange(c.p(), "quality");
    if (!range)
        return fail(range.error().detail);
    const std::optional<Epoch> from = range->first, to = range->second;
    // Model x prompt version unless told otherwise: the comparison routing and prompt changes are judged by.
    auto q = parseQualityGroupBy(c.p().isSet(QStringLiteral("group-by")) ? c.p().value(QStringLiteral("group-by"))
                                                                         : QStringLiteral("model,prompt_version"));
    if (!q)
        return fail(q.error().detail);
    q->from = *from;
    q->to = *to + kSecondsPerDay;
    auto decimals = decimalsOption(c);
    if (!decimals)
        return fail(decimals.error().detail);
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    QualityQueries queries(*db->db);
    auto r = queries.run(*q);
    if (!r)
        return fail(r.error().detail);
    if (r->unattributedEvals > 0)
        std::cerr << r->unattributedEvals
                  << " eval results without a request id left out: they group by model, prompt and prompt_version "
                     "only\n";
    const std::string what = std::to_string(r->rows.size()) + " rows";
    return writeOutput(
        c, [&](std::ostream& out) { writeQualityCsv(out, *q, *r, *decimals); }, what);
}

} // namespace burnrate::app
