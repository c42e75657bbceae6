#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "ingest/evalimport.h"
#include "ingest/requestlog.h"

#include <cstdint>
#include <cstdio>
#include <iostream>

namespace burnrate::app {

int cmdImport(Command& c)
{
    c.value(QStringLiteral("source"), QStringLiteral("NAME"));
    c.flag(QStringLiteral("evals"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QStringList files = c.p().positionalArguments();
    if (files.isEmpty())
        return fail("import needs at least one FILE");
    auto db = openDb(c.db());
    if (!db)
        return fail(db.error().detail);
    if (c.p().isSet(QStringLiteral("evals"))) {
        std::int64_t stored = 0, rejected = 0;
        for (const QString& f : files) {
            auto r = importEvalFile(*db->db, s(f));
            if (!r)
                return fail(r.error().detail);
            stored += r->inserted;
            rejected += r->quarantined;
            std::cout << terminalSafe(s(f)) << ": " << r->records << " eval results, " << r->inserted << " stored, "
                      << r->quarantined << " rejected\n";
            for (const auto& q : r->firstProblems)
                std::cout << "  line " << q.line << ": " << terminalSafe(q.reason) << '\n';
        }
        if (stored == 0 && rejected > 0)
            return fail("nothing could be imported: every eval result was rejected");
        return 0;
    }
    std::string source = c.p().isSet(QStringLiteral("source")) ? s(c.p().value(QStringLiteral("source"))) : "import";
    std::int64_t good = 0, bad = 0;
    bool anyFailed = false;
    for (const QString& f : files) {
        RequestLogImporter importer(*db->db, db->prices, source);
        importer.setProgress([&](std::int64_t done, std::int64_t total) {
            if (total > (64 << 20))
                std::fprintf(stderr, "\r%s: %lld%%", terminalSafe(s(f)).c_str(),
                    static_cast<long long>(total ? done * 100 / total : 100));
        });
        auto r = importer.importFile(s(f));
        if (!r) {
            std::cerr << "burnrate: " << terminalSafe(r.error().detail) << '\n';
            anyFailed = true;
            continue;
        }
        good += r->inserted + r->updated;
        bad += r->quarantined;
        std::cout << terminalSafe(s(f)) << ": " << r->records << " records, " << r->inserted << " imported, "
                  << r->updated << " updated, " << r->quarantined << " quarantined";
        if (r->unpriced)
            std::cout << ", " << r->unpriced << " without a price (counted as unpriced)";
        if (r->records == 0)
            std::cout << " (the file holds no records)";
        std::cout << '\n';
        for (const auto& q : r->firstProblems)
            std::cout << "  line " << q.line << ": " << terminalSafe(q.reason) << '\n';
        if (r->quarantined > static_cast<std::int64_t>(r->firstProblems.size()))
            std::cout << "  ... and " << (r->quarantined - static_cast<std::int64_t>(r->firstProblems.size()))
                      << " more (see the quarantine table)\n";
    }
    if (files.size() > 1)
        std::cout << "total: " << good << " imported or updated, " << bad << " quarantined\n";
    if (good > 0) {
        alertBudgets(*db->db);
        alertLeaks(*db->db);
    }
    // Non-zero only when nothing could be read.
    if (good == 0 && bad > 0)
        return fail("nothing could be imported: every row was quarantined");
    if (good == 0 && anyFailed)
        return 1; // the file's error is already printed
    return 0;
}

} // namespace burnrate::app
