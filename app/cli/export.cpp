#include "analytics/costquery.h"
#include "app/cli/clicommon.h"
#include "export/financecsv.h"
#include "export/focuscsv.h"

#include <string>
#include <vector>

namespace burnrate::app {

namespace {

struct GroupSpec
{
    CostQuery query;
    int timeIndex = -1;
};

Result<GroupSpec> parseGroupBy(const QString& text)
{
    GroupSpec g;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return makeError(ErrorCode::Invalid, "--group-by needs at least one name");
    for (const QString& raw : parts) {
        std::string name = s(raw.trimmed());
        if (auto gran = granularityFromName(name); gran && *gran != Granularity::None) {
            if (g.timeIndex >= 0)
                return makeError(ErrorCode::Invalid, "--group-by takes one of hour, day, week, month");
            g.query.granularity = *gran;
            g.timeIndex = static_cast<int>(g.query.groupBy.size());
            continue;
        }
        auto axis = Axis::fromName(name);
        if (!axis || axis->dim == Dim::TagValue)
            return makeError(ErrorCode::Invalid, "unknown --group-by name '" + name + "'");
        g.query.groupBy.push_back(*axis);
    }
    return g;
}

// Whether q is a question for the attribution lens (it groups or filters by tenant, team, prompt, tags...):
// billing holds owners only through allocation rules, so they default to the requests' own values.
bool attributionOnly(const CostQuery& q)
{
    for (const auto& a : q.groupBy)
        if (prefersAttribution(a))
            return true;
    for (const auto& f : q.filters)
        if (prefersAttribution(f.axis))
            return true;
    return false;
}

std::string rowsWritten(std::size_t rows, Lens lens)
{
    return std::to_string(rows) + " rows (" + lensName(lens) + " lens)";
}

// export --format focus over [from, to): the FinOps FOCUS 1.2 rows of core/export/focuscsv.h.
int exportFocus(Command& c, Epoch from, Epoch to)
{
    FocusExportOptions opt;
    auto decimals = decimalsOption(c);
    if (!decimals)
        return fail(decimals.error().detail);
    opt.decimals = *decimals;
    // The price book names the price behind each row's cost (SkuPriceId).
    auto db = openDb(c.db(), true);
    if (!db)
        return fail(db.error().detail);
    CostQueries queries(*db->db);
    Lens lens = Lens::Attribution;
    if (c.p().isSet(QStringLiteral("lens"))) {
        auto l = lensFromName(s(c.p().value(QStringLiteral("lens"))));
        if (!l)
            return fail("--lens is billing or attribution");
        lens = *l;
    } else if (queries.hasLens(Lens::Billing)) {
        // As the finance CSV: billing when a provider source has data (every lens answers FOCUS's grain).
        lens = Lens::Billing;
    }
    std::vector<std::string> tagKeys;
    for (auto& [id, key] : db->db->dimValues(Dim::TagKey))
        tagKeys.push_back(std::move(key));
    auto q = focusQuery(from, to, lens, std::move(tagKeys));
    if (!q)
        return fail(q.error().detail);
    auto r = queries.run(*q);
    if (!r)
        return fail(r.error().detail);
    opt.prices = &db->prices;
    return writeOutput(
        c, [&](std::ostream& out) { writeFocusCsv(out, *q, *r, opt); }, rowsWritten(r->rows.size(), lens));
}

} // namespace

int cmdExport(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("group-by"), QStringLiteral("LIST"));
    c.value(QStringLiteral("lens"), QStringLiteral("LENS"));
    c.value(QStringLiteral("format"), QStringLiteral("FORMAT"));
    c.value(QStringLiteral("decimals"), QStringLiteral("N"));
    c.value(QStringLiteral("top"), QStringLiteral("N"));
    c.flag(QStringLiteral("total"));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    const QString format
        = c.p().isSet(QStringLiteral("format")) ? c.p().value(QStringLiteral("format")) : QStringLiteral("csv");
    const bool focus = format == QLatin1String("focus");
    if (!focus && format != QLatin1String("csv"))
        return fail("--format is csv (the finance CSV, default) or focus (FinOps FOCUS 1.2), got '" + s(format) + "'");
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    if (!from || !to)
        return fail("export needs --from DATE and --to DATE");
    if (*to < *from)
        return fail("--to is before --from");
    if (focus) {
        // FOCUS rows have a fixed grain; a grouping, a top-N fold or a total row would break it.
        for (const char* option : { "group-by", "top", "total" })
            if (c.p().isSet(QLatin1String(option)))
                return fail(std::string("--") + option
                    + " does not apply to --format focus (one row per day x provider x model x allocation group)");
        return exportFocus(c, *from, *to + kSecondsPerDay);
    }
    if (!c.p().isSet(QStringLiteral("group-by")))
        return fail("export needs --group-by (e.g. day,model)");
    auto spec = parseGroupBy(c.p().value(QStringLiteral("group-by")));
    if (!spec)
        return fail(spec.error().detail);
    CsvExportOptions opt;
    opt.totalRow = c.p().isSet(QStringLiteral("total"));
    opt.timeColumnIndex = spec->timeIndex;
    auto decimals = decimalsOption(c);
    if (!decimals)
        return fail(decimals.error().detail);
    opt.decimals = *decimals;
    CostQuery& q = spec->query;
    q.from = *from;
    q.to = *to + kSecondsPerDay;
    if (c.p().isSet(QStringLiteral("top")))
        q.topN = c.p().value(QStringLiteral("top")).toInt();
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    CostQueries queries(*db->db);
    if (c.p().isSet(QStringLiteral("lens"))) {
        auto lens = lensFromName(s(c.p().value(QStringLiteral("lens"))));
        if (!lens)
            return fail("--lens is billing or attribution");
        q.lens = *lens;
    } else {
        q.lens = !attributionOnly(q) && queries.hasLens(Lens::Billing) ? Lens::Billing : Lens::Attribution;
    }
    // A lens that does not carry a requested axis is refused by the query (lensRefusal()'s message).
    auto r = queries.run(q);
    if (!r)
        return fail(r.error().detail);
    return writeOutput(
        c, [&](std::ostream& out) { writeFinanceCsv(out, q, *r, opt); }, rowsWritten(r->rows.size(), q.lens));
}

} // namespace burnrate::app
