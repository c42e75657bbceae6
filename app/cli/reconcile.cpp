#include "analytics/reconciliation.h"
#include "app/cli/clicommon.h"
#include "export/reconciliationcsv.h"

namespace burnrate::app {

// reconcile --from DATE --to DATE [--decimals N] [-o FILE]: the CSV of core/export/reconciliationcsv.h.
int cmdReconcile(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("decimals"), QStringLiteral("N"));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    auto range = requiredDateRange(c.p(), "reconcile");
    if (!range)
        return fail(range.error().detail);
    const std::optional<Epoch> from = range->first, to = range->second;
    auto decimals = decimalsOption(c);
    if (!decimals)
        return fail(decimals.error().detail);
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    auto r = reconcile(*db->db, *from, *to + kSecondsPerDay);
    if (!r)
        return fail(r.error().detail);
    const int places = *decimals;
    return writeOutput(
        c, [&](std::ostream& out) { writeReconciliationCsv(out, *r, places); },
        std::to_string(r->rows.size()) + " rows");
}

} // namespace burnrate::app
