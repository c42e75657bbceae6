// leaks --from DATE --to DATE [--decimals N] [--include-dismissed] [-o FILE]
// leaks list [--all] | dismiss ID --reason TEXT [--author NAME] | restore ID
#include "analytics/leaks.h"

#include "app/cli/clicommon.h"
#include "export/findingscsv.h"
#include "export/terminal.h"
#include "sources/leakalerts.h"
#include "store/findingstore.h"

#include <QSettings>

#include <ctime>
#include <iostream>
#include <set>
#include <string>

namespace burnrate::app {

namespace {

std::string analystName()
{
    const QString analyst = QSettings().value(QStringLiteral("settings/analyst")).toString().trimmed();
    return s(analyst.isEmpty() ? qEnvironmentVariable("USER").trimmed() : analyst);
}

Result<std::int64_t> findingId(const QStringList& pos, const char* sub)
{
    if (pos.size() != 1)
        return makeError(ErrorCode::Invalid, std::string("leaks ") + sub + " needs one finding ID (see 'leaks list')");
    bool ok = false;
    const qlonglong id = pos.front().toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid, "'" + s(pos.front()) + "' is not a finding ID (see 'leaks list')");
    return static_cast<std::int64_t>(id);
}

int listStored(Database& db, bool all)
{
    auto list = listFindings(db, 0, INT64_MAX, all);
    if (!list)
        return fail(list.error().detail);
    if (list->empty())
        std::cout << "no findings stored (they are stored by 'leaks --from --to', import and poll)\n";
    for (const StoredFinding& f : *list) {
        std::cout << f.id << "  " << severityName(f.finding.severity) << "  " << leakDetectorName(f.finding.detector)
                  << "  " << terminalSafe(scopeText(f.finding.scope)) << "  " << formatTimestamp(f.finding.from)
                  << " .. " << formatTimestamp(f.finding.to) << "  " << formatUsd(f.finding.usdAtStake);
        if (f.dismissed)
            std::cout << "  dismissed by " << terminalSafe(f.dismissedBy) << ": " << terminalSafe(f.dismissReason);
        std::cout << '\n';
    }
    return 0;
}

} // namespace

int cmdLeaks(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("decimals"), QStringLiteral("N"));
    c.value(QStringLiteral("reason"), QStringLiteral("TEXT"));
    c.value(QStringLiteral("author"), QStringLiteral("NAME"));
    c.flag(QStringLiteral("include-dismissed"));
    c.flag(QStringLiteral("all"));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QStringList pos = c.p().positionalArguments();
    if (!pos.isEmpty()) {
        const QString sub = pos.takeFirst();
        auto db = openDb(c.db(), false);
        if (!db)
            return fail(db.error().detail);
        if (sub == QLatin1String("list"))
            return listStored(*db->db, c.p().isSet(QStringLiteral("all")));
        if (sub == QLatin1String("dismiss") || sub == QLatin1String("restore")) {
            auto id = findingId(pos, sub == QLatin1String("dismiss") ? "dismiss" : "restore");
            if (!id)
                return fail(id.error().detail);
            auto found = findingById(*db->db, *id);
            if (!found)
                return fail(found.error().detail);
            if (!*found)
                return fail("no finding with ID " + std::to_string(*id) + " (see 'leaks list')");
            if (sub == QLatin1String("restore")) {
                if (auto r = restoreFinding(*db->db, *id); !r)
                    return fail(r.error().detail);
                std::cout << "finding " << *id << " restored\n";
                return 0;
            }
            const std::string reason = s(c.p().value(QStringLiteral("reason")).trimmed());
            if (reason.empty())
                return fail("leaks dismiss needs --reason TEXT");
            std::string who
                = c.p().isSet(QStringLiteral("author")) ? s(c.p().value(QStringLiteral("author"))) : analystName();
            if (who.empty())
                return fail("leaks dismiss needs --author NAME (no analyst name in Settings, no $USER)");
            if (auto r = dismissFinding(*db->db, *id, reason, who, static_cast<Epoch>(std::time(nullptr))); !r)
                return fail(r.error().detail);
            std::cout << "finding " << *id << " dismissed\n";
            return 0;
        }
        return fail("unknown leaks subcommand '" + s(sub) + "' (list, dismiss ID, restore ID)");
    }
    auto range = requiredDateRange(c.p(), "leaks");
    if (!range)
        return fail(range.error().detail);
    auto decimals = decimalsOption(c);
    if (!decimals)
        return fail(decimals.error().detail);
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    LeakOptions o;
    o.from = range->first;
    o.to = range->second + kSecondsPerDay; // --to is inclusive
    auto report = detectLeaks(*db->db, o);
    if (!report)
        return fail(report.error().detail);
    // Stored like the automatic runs', so a finding dismissed once stays out of later runs.
    auto saved = saveFindings(*db->db, report->findings, static_cast<Epoch>(std::time(nullptr)), o.from, o.to);
    if (!saved)
        return fail(saved.error().detail);
    std::vector<Finding> shown;
    if (c.p().isSet(QStringLiteral("include-dismissed"))) {
        shown = report->findings;
    } else {
        auto stored = listFindings(*db->db, o.from, o.to, true);
        if (!stored)
            return fail(stored.error().detail);
        std::set<std::string> dismissed;
        for (const StoredFinding& f : *stored)
            if (f.dismissed)
                dismissed.insert(f.finding.key());
        for (const Finding& f : report->findings)
            if (!dismissed.count(f.key()))
                shown.push_back(f);
    }
    const std::string what = std::to_string(shown.size()) + " findings";
    return writeOutput(
        c, [&](std::ostream& out) { writeFindingsCsv(out, shown, *decimals); }, what);
}

// After new data (import, poll): stores the recent findings and sends new High ones to the alert channels.
void alertLeaks(Database& db)
{
    auto r = checkLeaks(db, AlertOptions {});
    if (!r) {
        fail("leak detectors could not run: " + r.error().detail);
        return;
    }
    for (const auto& a : r->alerts)
        std::cout << "LEAK " << terminalSafe(a) << '\n';
    for (const auto& e : r->errors)
        std::cerr << "burnrate: " << terminalSafe(e) << '\n';
}

} // namespace burnrate::app
