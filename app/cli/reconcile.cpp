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
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    if (!from || !to)
        return fail("reconcile needs --from DATE and --to DATE");
    if (*to < *from)
        return fail("--to is before --from");
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
