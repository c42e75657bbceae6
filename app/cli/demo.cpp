#include "app/cli/clicommon.h"
#include "demo/demodata.h"
#include "export/terminal.h"
#include "sources/leakalerts.h"

#include <cstdint>
#include <cstdio>
#include <iostream>

namespace burnrate::app {

int cmdDemo(Command& c)
{
    c.value(QStringLiteral("days"), QStringLiteral("N"));
    c.value(QStringLiteral("seed"), QStringLiteral("S"));
    c.value(QStringLiteral("events"), QStringLiteral("N"));
    c.value(QStringLiteral("end"), QStringLiteral("DATE"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    DemoOptions o;
    bool ok = true;
    if (c.p().isSet(QStringLiteral("days")))
        o.days = c.p().value(QStringLiteral("days")).toInt(&ok);
    if (!ok)
        return fail("--days needs a whole number");
    if (c.p().isSet(QStringLiteral("seed")))
        o.seed = c.p().value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail("--seed needs a whole number");
    if (c.p().isSet(QStringLiteral("events")))
        o.events = c.p().value(QStringLiteral("events")).toLongLong(&ok);
    if (!ok)
        return fail("--events needs a whole number");
    if (auto end = dateOption(c.p(), QStringLiteral("end"), err))
        o.end = *end;
    if (!err.empty())
        return fail(err);
    auto db = openDb(c.db());
    if (!db)
        return fail(db.error().detail);
    if (db->db->eventCount() > 0)
        return fail(s(c.db()) + " already holds data; demo needs a new database file");
    auto r = generateDemo(*db->db, db->prices, o, [](std::int64_t done, std::int64_t total) {
        std::fprintf(
            stderr, "\rgenerating %lld / %lld events", static_cast<long long>(done), static_cast<long long>(total));
    });
    std::fprintf(stderr, "\n");
    if (!r)
        return fail(r.error().detail);
    // The demo's findings over its whole range, as an import would store the recent ones.
    if (auto leaks = checkLeaks(*db->db, AlertOptions {}, r->from, r->to); !leaks)
        std::cerr << "burnrate: leak detectors could not run: " << terminalSafe(leaks.error().detail) << '\n';
    std::cout << "demo: " << r->events << " events, " << r->buckets << " billing buckets, " << r->costLines
              << " cost lines, " << r->evals << " eval results, " << r->annotations << " annotations from "
              << formatDate(r->from) << " to " << formatDate(r->to - 1) << " in " << terminalSafe(s(c.db())) << '\n';
    return 0;
}

} // namespace burnrate::app
