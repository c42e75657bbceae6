// whatif --from DATE --to DATE [--scope dim=value,...] STEP... [--decimals N] [--breakdown] [-o FILE]
// STEP: --route FROM=TO[:max-input=N] --cache-hit PROMPT=RATE --response-cache PROMPT=RATE --batch DIM=VALUE
//       --cap-input PROMPT=N --lambda FUNCTION=MEMORY_MB[:arm64|:x86_64], applied in the order given.
#include "analytics/whatif.h"

#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "export/whatifcsv.h"

#include <iostream>
#include <map>
#include <string>

namespace burnrate::app {

int cmdWhatIf(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("scope"), QStringLiteral("LIST"));
    c.value(QStringLiteral("decimals"), QStringLiteral("N"));
    c.flag(QStringLiteral("breakdown"));
    c.flag(QStringLiteral("recommend"));
    for (const StepKindInfo& k : stepKinds())
        c.value(QString::fromLatin1(k.name), QString::fromLatin1(k.syntax));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    if (!c.p().positionalArguments().isEmpty())
        return fail("whatif takes no argument '" + s(c.p().positionalArguments().front()) + "' (steps are options)");
    if (c.p().isSet(QStringLiteral("recommend"))) {
        auto decimals = decimalsOption(c);
        if (!decimals)
            return fail(decimals.error().detail);
        auto db = openDb(c.db());
        if (!db)
            return fail(db.error().detail);
        auto recs = recommendSavings(*db->db, db->prices);
        if (!recs)
            return fail(recs.error().detail);
        return writeOutput(
            c, [&](std::ostream& out) { writeRecommendationsCsv(out, *recs, *decimals); },
            std::to_string(recs->size()) + " recommendations");
    }
    auto range = requiredDateRange(c.p(), "whatif");
    if (!range)
        return fail(range.error().detail);
    Scenario sc;
    sc.from = range->first;
    sc.to = range->second + kSecondsPerDay;
    if (c.p().isSet(QStringLiteral("scope"))) {
        auto scope = parseScope(s(c.p().value(QStringLiteral("scope"))));
        if (!scope)
            return fail(scope.error().detail);
        sc.scope = std::move(*scope);
    }
    // The steps in the order given: optionNames() lists every occurrence in order, values() each option's in order.
    std::map<QString, int> seen;
    for (const QString& name : c.p().optionNames()) {
        auto kind = stepKindFromName(s(name));
        if (!kind)
            continue;
        const QStringList values = c.p().values(name);
        int& i = seen[name];
        if (i >= values.size())
            continue;
        auto step = parseStep(*kind, s(values[i++]));
        if (!step)
            return fail(step.error().detail);
        sc.steps.push_back(std::move(*step));
    }
    if (sc.steps.empty())
        return fail("whatif needs at least one step (--route, --cache-hit, --response-cache, --batch, --cap-input, "
                    "--lambda)");
    auto decimals = decimalsOption(c);
    if (!decimals)
        return fail(decimals.error().detail);
    auto db = openDb(c.db());
    if (!db)
        return fail(db.error().detail);
    auto r = runWhatIf(*db->db, db->prices, sc);
    if (!r)
        return fail(r.error().detail);
    // A saving is never shown without its risk: the quality evidence of each routing step, on stderr beside
    // the CSV.
    for (std::size_t k = 0; k < r->steps.size(); ++k) {
        const StepResult& st = r->steps[k];
        if (st.step.kind != StepKind::Route)
            continue;
        bool any = false;
        for (const RouteEvidence& e : r->evidence)
            if (e.stepIndex == k) {
                std::cerr << "step " << (k + 1) << " quality: " << terminalSafe(describeEvidence(e, st.step)) << '\n';
                any = true;
            }
        if (!any)
            std::cerr << "step " << (k + 1) << " quality: no request moved, no quality evidence for this pairing\n";
        if (st.unpricedTarget > 0)
            std::cerr << "step " << (k + 1) << ": " << st.unpricedTarget << " matching requests kept their model ("
                      << terminalSafe(st.step.to) << " had no price at their time)\n";
    }
    if (r->unpricedRequests > 0)
        std::cerr << r->unpricedRequests << " requests without a price left out of every amount\n";
    const bool breakdown = c.p().isSet(QStringLiteral("breakdown"));
    const std::string what
        = breakdown ? std::to_string(r->groups.size()) + " rows" : std::to_string(r->steps.size()) + " steps";
    return writeOutput(
        c,
        [&](std::ostream& out) {
            if (breakdown)
                writeWhatIfBreakdownCsv(out, *r, *decimals);
            else
                writeWhatIfCsv(out, *r, *decimals);
        },
        what);
}

} // namespace burnrate::app
