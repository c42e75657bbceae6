#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "sources/poller.h"
#include "sources/sourcetypes.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace burnrate::app {

// Polls every connector source (or the one named) once, in the foreground, and exits non-zero
// naming each source that failed and why.
int cmdPoll(Command& c)
{
    std::string err;
    c.value(QStringLiteral("source"), QStringLiteral("NAME"));
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    if (!c.parse(err))
        return fail(err);
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    if (!err.empty())
        return fail(err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    if (from && to && *from > *to)
        return fail("--from is after --to");
    auto db = openDb(c.db());
    if (!db)
        return fail(db.error().detail);

    std::vector<SourceInfo> due;
    if (c.p().isSet(QStringLiteral("source"))) {
        const std::string name = s(c.p().value(QStringLiteral("source")));
        auto src = db->db->source(name);
        if (!src)
            return fail("no source named '" + name + "' (see 'sources list')");
        if (!(findSourceType(src->type) != nullptr))
            return fail("source '" + name + "' is of type '" + src->type + "', which is not polled");
        due.push_back(*src);
    } else {
        for (const auto& src : db->db->sources())
            if ((findSourceType(src.type) != nullptr))
                due.push_back(src);
    }
    if (due.empty()) {
        std::cerr << "burnrate: no sources to poll (add one with 'sources add TYPE --name NAME ...')\n";
        return 0;
    }

    static std::atomic<bool> cancel { false };
    std::signal(SIGINT, [](int) { cancel = true; });
    const bool tty = isatty(fileno(stderr));
    std::vector<std::string> failures;
    for (const SourceInfo& src : due) {
        PollOptions o;
        o.from = from;
        if (to)
            o.to = *to + kSecondsPerDay; // --to is inclusive
        auto progress = [&](const PollProgress& p) {
            std::string line = "polling " + terminalSafe(p.source) + ": " + std::to_string(p.pages) + " pages, "
                + std::to_string(p.rows) + " rows";
            if (p.fraction >= 0)
                line += ", " + std::to_string(static_cast<int>(p.fraction * 100)) + "%";
            if (p.etaSeconds >= 0)
                line += ", about " + std::to_string(static_cast<long long>(p.etaSeconds + 0.5)) + " s left";
            std::cerr << (tty ? "\r\033[K" : "") << line << (tty ? "" : "\n") << std::flush;
        };
        std::cerr << "polling " << terminalSafe(src.name) << " (" << terminalSafe(src.type) << ")" << (tty ? "" : "\n")
                  << std::flush;
        PollOutcome out = pollSource(*db->db, db->prices, src, o, progress, &cancel);
        if (tty)
            std::cerr << "\r\033[K";
        char secs[32];
        std::snprintf(secs, sizeof secs, "%.1f", out.seconds);
        if (out.ok) {
            std::cout << terminalSafe(src.name) << " (" << terminalSafe(src.type) << "): ok, "
                      << formatTimestamp(out.windowFrom) << " .. " << formatTimestamp(out.windowTo) << ", " << out.pages
                      << " pages, " << out.inserted << " inserted, " << out.updated << " updated";
            if (out.removed)
                std::cout << ", " << out.removed << " removed";
            if (out.skipped)
                std::cout << ", " << out.skipped << " skipped";
            if (out.rejected)
                std::cout << ", " << out.rejected << " rejected (see the warnings)";
            std::cout << ", " << secs << " s\n";
        } else {
            std::cout << terminalSafe(src.name) << " (" << terminalSafe(src.type) << "): FAILED after " << out.pages
                      << " pages (" << out.inserted << " inserted, " << out.updated
                      << " updated, kept): " << terminalSafe(out.error) << '\n';
            failures.push_back(src.name + ": " + out.error);
        }
        for (const auto& w : out.warnings)
            std::cerr << "  warning: " << terminalSafe(w) << '\n';
        if (cancel)
            break;
    }
    alertBudgets(*db->db);
    alertLeaks(*db->db);
    if (!failures.empty()) {
        std::string msg = failures.size() == 1 ? "poll failed for "
                                               : "poll failed for " + std::to_string(failures.size()) + " sources: ";
        for (std::size_t i = 0; i < failures.size(); ++i)
            msg += (i ? "; " : "") + failures[i];
        return fail(msg);
    }
    if (cancel)
        return fail("poll cancelled");
    return 0;
}

} // namespace burnrate::app
