#include "analytics/costquery.h"
#include "app/cli/clicommon.h"
#include "export/financecsv.h"
#include "export/terminal.h"

#include <cstdio>
#include <fstream>
#include <iostream>

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

// Whether only the attribution lens can answer q (it groups or filters by tenant, prompt, tags...).
bool attributionOnly(const CostQuery& q)
{
    CostQuery billing = q;
    billing.lens = Lens::Billing;
    return uncarriedAxis(billing).has_value();
}

} // namespace

int cmdExport(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("group-by"), QStringLiteral("LIST"));
    c.value(QStringLiteral("lens"), QStringLiteral("LENS"));
    c.value(QStringLiteral("decimals"), QStringLiteral("N"));
    c.value(QStringLiteral("top"), QStringLiteral("N"));
    c.flag(QStringLiteral("total"));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    if (!from || !to)
        return fail("export needs --from DATE and --to DATE");
    if (*to < *from)
        return fail("--to is before --from");
    if (!c.p().isSet(QStringLiteral("group-by")))
        return fail("export needs --group-by (e.g. day,model)");
    auto spec = parseGroupBy(c.p().value(QStringLiteral("group-by")));
    if (!spec)
        return fail(spec.error().detail);
    CsvExportOptions opt;
    opt.totalRow = c.p().isSet(QStringLiteral("total"));
    opt.timeColumnIndex = spec->timeIndex;
    if (c.p().isSet(QStringLiteral("decimals"))) {
        bool ok;
        opt.decimals = c.p().value(QStringLiteral("decimals")).toInt(&ok);
        if (!ok || opt.decimals < 0 || opt.decimals > 9)
            return fail("--decimals needs a number from 0 to 9");
    }
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
    if (c.p().isSet(QStringLiteral("output"))) {
        std::string path = s(c.p().value(QStringLiteral("output")));
        std::string tmp = path + ".part";
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            if (!out)
                return fail("cannot write " + path);
            writeFinanceCsv(out, q, *r, opt);
            out.flush();
            if (!out)
                return fail("cannot write " + path);
        }
        if (std::rename(tmp.c_str(), path.c_str()) != 0)
            return fail("cannot write " + path);
        std::cerr << "wrote " << r->rows.size() << " rows (" << lensName(q.lens) << " lens) to " << terminalSafe(path)
                  << '\n';
    } else {
        writeFinanceCsv(std::cout, q, *r, opt);
    }
    return 0;
}

} // namespace burnrate::app
