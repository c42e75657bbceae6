#include "cli.h"

#include "analytics/costquery.h"
#include "analytics/kpis.h"
#include "demo/demodata.h"
#include "export/financecsv.h"
#include "export/terminal.h"
#include "ingest/evalimport.h"
#include "ingest/fileinput.h"
#include "ingest/requestlog.h"
#include "model/validate.h"
#include "pricing/pricebook.h"
#include "sources/poller.h"
#include "sources/redact.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace burnrate::app {

namespace {

const QStringList kCommands
    = { QStringLiteral("demo"), QStringLiteral("import"), QStringLiteral("prices"), QStringLiteral("export"),
          QStringLiteral("report"), QStringLiteral("sources"), QStringLiteral("poll"), QStringLiteral("budgets") };

std::string s(const QString& q)
{
    return q.toStdString();
}

int fail(const std::string& message, int code = 1)
{
    std::cerr << "burnrate: " << terminalSafe(message) << '\n';
    return code;
}

// Finds the command word: the first argument that is neither an option nor an option's value.
int commandIndex(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--screenshot") || a == QLatin1String("--page")
            || a == QLatin1String("--size") || a == QLatin1String("--theme")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return kCommands.contains(a) ? i : -1;
    }
    return -1;
}

QString usage()
{
    return QStringLiteral(
        "Usage: burnrate [--db PATH] [COMMAND] [OPTIONS]\n"
        "Burnrate shows where an organisation's LLM money goes.\n\n"
        "Without a command, opens the dashboard.\n\n"
        "Commands:\n"
        "  demo [--days N] [--seed S] [--events N]      fill the database with a realistic demo dataset\n"
        "  import FILE... [--source NAME] [--evals]     import request logs (.jsonl/.json/.csv)\n"
        "  prices import FILE [--from DATE]             import a LiteLLM price map\n"
        "  prices list [--model NAME]                   show the effective prices\n"
        "  prices set --provider P --model M --input USD --output USD [--cached-input USD]\n"
        "             [--cache-write USD] [--from DATE]  add a price override (USD per 1M tokens)\n"
        "  export --from DATE --to DATE --group-by a,b,... [--lens billing|attribution]\n"
        "         [--decimals N] [--total] [-o FILE]    finance CSV (stdout without -o)\n"
        "  report [--from DATE] [--to DATE]             a plain-text summary\n"
        "  sources add TYPE --name NAME [--base-url URL] [--key-env VAR] [--interval MIN]\n"
        "              [--max-pages N] [--poll-timeout SECONDS]\n"
        "                                               limits of one poll (default 1000 pages, 300 s)\n"
        "  sources list | remove NAME [--yes]           remove deletes the source's data (asks, or --yes)\n"
        "  poll [--source NAME] [--from DATE] [--to DATE]\n\n"
        "Group-by names: day, week, month, hour, provider, model, model_tier, tenant, team, project, env,\n"
        "user, api_key, prompt, prompt_version, trace_id, tag:NAME.\n"
        "DATE is YYYY-MM-DD (UTC); --to is inclusive.\n\n"
        "GUI options:\n"
        "  --screenshot FILE.png [--page NAME] [--size WxH] [--theme light|dark]\n"
        "                                               render a page offscreen and exit\n"
        "Global options:\n"
        "  --db PATH      the database (default: %1)\n"
        "  -h, --help     this help\n"
        "  -v, --version  the version\n")
        .arg(databasePath(QString()));
}

struct Opened
{
    std::unique_ptr<Database> db;
    PriceBook prices;
};

Result<Opened> openDb(const QString& path, bool withPrices = true)
{
    auto db = Database::open(s(path));
    if (!db)
        return db.error();
    Opened o;
    o.db = std::move(*db);
    if (withPrices) {
        auto book = loadPriceBook(*o.db);
        if (!book)
            return book.error();
        o.prices = std::move(*book);
    }
    return o;
}

std::optional<Epoch> dateOption(QCommandLineParser& p, const QString& name, std::string& error)
{
    if (!p.isSet(name))
        return std::nullopt;
    auto d = parseDate(s(p.value(name)));
    if (!d)
        error = "--" + s(name) + " needs a date as YYYY-MM-DD, got '" + s(p.value(name)) + "'";
    return d;
}

class Command
{
public:
    Command(const QStringList& args, int cmdIndex)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addOption({ QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH") });
        m_parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("help") });
        m_args = args;
        m_args.removeAt(cmdIndex);
    }
    void value(const QString& name, const QString& valueName = QStringLiteral("VALUE"))
    {
        m_parser.addOption({ name, name, valueName });
    }
    void flag(const QString& name)
    {
        m_parser.addOption({ name, name });
    }
    bool parse(std::string& error)
    {
        if (!m_parser.parse(m_args)) {
            error = s(m_parser.errorText());
            return false;
        }
        return true;
    }
    QCommandLineParser& p()
    {
        return m_parser;
    }
    QString db() const
    {
        return databasePath(m_parser.value(QStringLiteral("db")));
    }

private:
    QCommandLineParser m_parser;
    QStringList m_args;
};

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
    std::cout << "demo: " << r->events << " events, " << r->buckets << " billing buckets, " << r->costLines
              << " cost lines, " << r->evals << " eval results, " << r->annotations << " annotations from "
              << formatDate(r->from) << " to " << formatDate(r->to - 1) << " in " << terminalSafe(s(c.db())) << '\n';
    return 0;
}

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
    // Non-zero only when nothing could be read.
    if (good == 0 && bad > 0)
        return fail("nothing could be imported: every row was quarantined");
    if (good == 0 && anyFailed)
        return 1; // the file's error is already printed
    return 0;
}

int cmdPrices(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("provider"), QStringLiteral("NAME"));
    c.value(QStringLiteral("model"), QStringLiteral("NAME"));
    c.value(QStringLiteral("input"), QStringLiteral("USD"));
    c.value(QStringLiteral("output"), QStringLiteral("USD"));
    c.value(QStringLiteral("cached-input"), QStringLiteral("USD"));
    c.value(QStringLiteral("cache-write"), QStringLiteral("USD"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QStringList pos = c.p().positionalArguments();
    if (pos.isEmpty())
        return fail("prices needs a subcommand: import FILE, list or set");
    QString sub = pos.takeFirst();
    Epoch from = 0;
    if (auto d = dateOption(c.p(), QStringLiteral("from"), err))
        from = *d;
    if (!err.empty())
        return fail(err);
    auto db = openDb(c.db());
    if (!db)
        return fail(db.error().detail);
    auto printReport = [](const RepriceReport& r) {
        std::cout << "re-priced " << r.eventsRepriced << " events and " << r.bucketsRepriced
                  << " buckets; affected spend " << formatUsd(r.oldTotal, 2) << " -> " << formatUsd(r.newTotal, 2);
        if (r.newlyPriced)
            std::cout << " (" << r.newlyPriced << " previously unpriced)";
        std::cout << '\n';
    };
    if (sub == QLatin1String("import")) {
        if (pos.size() != 1)
            return fail("prices import needs exactly one FILE");
        // A regular file of bounded size only: /dev/zero, a FIFO or a directory is refused up front.
        auto text = readInputFile(s(pos[0]), kMaxPriceMapBytes);
        if (!text)
            return fail(text.error().detail);
        int skipped = 0;
        std::vector<RejectedPrice> rejected;
        auto prices = parseLiteLLMPriceMap(*text, from, &skipped, &rejected);
        if (!prices)
            return fail(s(pos[0]) + ": " + prices.error().detail);
        auto printRejected = [&] {
            if (rejected.empty())
                return;
            std::cout << rejected.size() << " entries refused (invalid prices):\n";
            for (std::size_t i = 0; i < rejected.size() && i < 10; ++i)
                std::cout << "  " << terminalSafe(rejected[i].model) << ": " << terminalSafe(rejected[i].reason)
                          << '\n';
            if (rejected.size() > 10)
                std::cout << "  ... and " << rejected.size() - 10 << " more\n";
        };
        if (prices->empty()) {
            printRejected();
            return fail(s(pos[0]) + ": no valid token prices found");
        }
        auto r = savePrices(*db->db, *prices);
        if (!r)
            return fail(r.error().detail);
        std::cout << "imported " << prices->size() << " model prices effective from " << formatDate(from) << " ("
                  << skipped << " entries without token prices skipped, " << rejected.size()
                  << " refused for invalid prices)\n";
        printRejected();
        printReport(*r);
        return 0;
    }
    if (sub == QLatin1String("set")) {
        Price p;
        p.origin = PriceOrigin::Override;
        p.provider = s(c.p().value(QStringLiteral("provider")));
        p.model = s(c.p().value(QStringLiteral("model")));
        p.effectiveFrom = from;
        if (p.model.empty() || !c.p().isSet(QStringLiteral("input")) || !c.p().isSet(QStringLiteral("output")))
            return fail("prices set needs --model, --input and --output (USD per 1M tokens)");
        auto usd = [&](const char* name) -> std::optional<Nano> {
            if (!c.p().isSet(QLatin1String(name)))
                return std::nullopt;
            auto v = parseDecimalNano(s(c.p().value(QLatin1String(name))));
            if (!v || *v < 0 || *v > limits::kMaxPricePerMillion)
                err = std::string("--") + name + " needs a decimal from 0 to "
                    + formatDecimal(limits::kMaxPricePerMillion, 0) + " (USD per 1M tokens)";
            return v;
        };
        p.base.input = usd("input");
        p.base.output = usd("output");
        p.base.cachedInput = usd("cached-input");
        p.base.cacheWrite5m = usd("cache-write");
        if (!err.empty())
            return fail(err);
        p.note = "set from the command line";
        auto r = savePrices(*db->db, { p });
        if (!r)
            return fail(r.error().detail);
        std::cout << "override for " << terminalSafe(p.model) << " effective from " << formatDate(from) << '\n';
        printReport(*r);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        std::string filter = s(c.p().value(QStringLiteral("model")));
        std::vector<const Price*> rows;
        for (const auto& p : db->prices.prices())
            if ((filter.empty() && p->origin != PriceOrigin::Imported)
                || (!filter.empty() && p->model.find(filter) != std::string::npos))
                rows.push_back(p.get());
        std::sort(rows.begin(), rows.end(), [](const Price* a, const Price* b) {
            return std::tie(a->provider, a->model, a->effectiveFrom)
                < std::tie(b->provider, b->model, b->effectiveFrom);
        });
        std::printf("%-10s %-40s %-10s %-9s %10s %10s %10s\n", "provider", "model", "from", "origin", "input/1M",
            "cached/1M", "output/1M");
        for (const Price* p : rows)
            std::printf("%-10s %-40s %-10s %-9s %10s %10s %10s\n", terminalSafe(p->provider).c_str(),
                terminalSafe(p->model).c_str(), formatDate(p->effectiveFrom).c_str(), priceOriginName(p->origin),
                formatDecimal(p->base.input.value_or(0), 4).c_str(),
                p->base.cachedInput ? formatDecimal(*p->base.cachedInput, 4).c_str() : "-",
                formatDecimal(p->base.output.value_or(0), 4).c_str());
        return 0;
    }
    return fail("unknown prices subcommand '" + s(sub) + "' (import, list, set)");
}

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

// A row label of `report`: the value made terminal-safe; "(none)" for no value, "(other)" for the folded
// rest of a top list. A value that could pass for one of those labels or for a total is quoted.
std::string reportLabel(const ResultRow& row)
{
    if (row.other)
        return "(other)";
    const std::string& v = row.keys.empty() ? std::string() : row.keys[0];
    if (v.empty())
        return "(none)";
    std::string shown = terminalSafe(v);
    std::string upper;
    for (char ch : v)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (upper == "TOTAL" || upper == "OTHER" || upper == "(NONE)" || upper == "(OTHER)" || v.front() == '"'
        || v.front() == ' ' || v.back() == ' ')
        shown = '"' + shown + '"';
    return shown;
}

std::string pct(double v)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1f%%", v * 100);
    return b;
}

int cmdReport(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    auto from = dateOption(c.p(), QStringLiteral("from"), err);
    auto to = dateOption(c.p(), QStringLiteral("to"), err);
    if (!err.empty())
        return fail(err);
    Epoch now = static_cast<Epoch>(std::time(nullptr));
    Epoch end = to ? *to + kSecondsPerDay : floorDay(now) + kSecondsPerDay;
    Epoch start = from ? *from : end - 30 * kSecondsPerDay;
    if (end <= start)
        return fail("--to is before --from");
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    CostQueries q(*db->db);
    auto k = computeKpis(q, start, end, {}, now);
    if (!k)
        return fail(k.error().detail);
    const Totals& t = k->current;
    std::printf("Burnrate report %s to %s (UTC)\n\n", formatDate(start).c_str(), formatDate(end - 1).c_str());
    std::printf("  %-25s %s  (%s%s vs previous period)\n",
        (std::string("Spend (") + lensName(k->spendLens) + " lens)").c_str(), formatUsd(k->spend).c_str(),
        k->changeVsPrevious() >= 0 ? "+" : "", pct(k->changeVsPrevious()).c_str());
    std::printf("  Month-end forecast        %s  (month to date %s)\n", formatUsd(k->forecastMonthEnd).c_str(),
        formatUsd(k->monthToDate).c_str());
    std::printf("  Requests                  %lld\n", static_cast<long long>(t.requests));
    std::printf("  Cost per request          %s\n", formatUsd(t.costPerRequest(), 5).c_str());
    std::printf("  Prompt-cache hit rate     %s of input tokens\n", pct(t.promptCacheHitRate()).c_str());
    std::printf("  Savings from caching      %s\n", formatUsd(t.cacheSavings).c_str());
    std::printf("  Response-cache hit rate   %s of requests (%s avoided)\n", pct(t.responseCacheHitRate()).c_str(),
        formatUsd(t.cacheAvoided).c_str());
    std::printf("  Errors                    %s of requests, cost %s\n", pct(t.errorRate()).c_str(),
        formatUsd(t.errorCost).c_str());
    if (k->hasBilling)
        std::printf("  Unattributed spend        %s (billing %s - attributed %s)\n", formatUsd(k->unattributed).c_str(),
            formatUsd(k->billingCost).c_str(), formatUsd(k->attributionCost).c_str());
    std::printf("  Unpriced                  %lld requests, %lld tokens\n", static_cast<long long>(t.unpricedRequests),
        static_cast<long long>(t.unpricedTokens));
    for (auto [title, dim] : { std::pair { "model", Dim::Model }, std::pair { "tenant", Dim::Tenant },
             std::pair { "prompt", Dim::PromptId } }) {
        CostQuery cq;
        cq.from = start;
        cq.to = end;
        cq.groupBy = { Axis { dim, {} } };
        cq.topN = 8;
        auto r = q.run(cq);
        if (!r)
            return fail(r.error().detail);
        std::printf("\nTop %ss (attribution lens)\n", title);
        for (const auto& row : r->rows) {
            double share = r->total.cost ? double(row.totals.cost) / double(r->total.cost) : 0;
            std::printf("  %-36s %14s %7s %10lld req\n", reportLabel(row).c_str(), formatUsd(row.totals.cost).c_str(),
                pct(share).c_str(), static_cast<long long>(row.totals.requests));
        }
    }
    return 0;
}

// What removing a source deletes, in one line (requests and provider buckets are separate lenses).
std::string describeSourceData(const SourceData& d)
{
    if (d.empty())
        return "no data";
    std::string out = std::to_string(d.events) + " requests (" + formatUsd(d.eventsCost) + ")";
    if (d.buckets)
        out += ", " + std::to_string(d.buckets) + " provider usage buckets (" + std::to_string(d.bucketRequests)
            + " requests, " + formatUsd(d.bucketsCost) + ")";
    if (d.costLines)
        out += ", " + std::to_string(d.costLines) + " cost lines (" + formatUsd(d.costLinesAmount) + ")";
    if (d.annotations)
        out += ", " + std::to_string(d.annotations) + " annotations";
    if (d.syncRuns)
        out += ", " + std::to_string(d.syncRuns) + " sync log entries";
    return out;
}

int cmdSources(Command& c)
{
    c.flag(QStringLiteral("yes"));
    c.value(QStringLiteral("name"), QStringLiteral("NAME"));
    c.value(QStringLiteral("base-url"), QStringLiteral("URL"));
    c.value(QStringLiteral("key-env"), QStringLiteral("VAR"));
    c.value(QStringLiteral("interval"), QStringLiteral("MIN"));
    c.value(QStringLiteral("max-pages"), QStringLiteral("N"));
    c.value(QStringLiteral("poll-timeout"), QStringLiteral("SECONDS"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QStringList pos = c.p().positionalArguments();
    if (pos.isEmpty())
        return fail("sources needs a subcommand: add TYPE, list or remove NAME");
    QString sub = pos.takeFirst();
    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    if (sub == QLatin1String("add")) {
        if (pos.size() != 1)
            return fail("sources add needs a TYPE (openai, anthropic, litellm, litellm-metrics)");
        SourceInfo info;
        info.type = s(pos[0]);
        static const QStringList kTypes = { QStringLiteral("openai"), QStringLiteral("anthropic"),
            QStringLiteral("litellm"), QStringLiteral("litellm-metrics") };
        if (!kTypes.contains(pos[0]))
            return fail("unknown source type '" + info.type + "' (openai, anthropic, litellm, litellm-metrics)");
        info.name = s(c.p().value(QStringLiteral("name")));
        if (info.name.empty())
            return fail("sources add needs --name NAME");
        info.baseUrl = s(c.p().value(QStringLiteral("base-url")));
        info.keyEnv = s(c.p().value(QStringLiteral("key-env")));
        if (c.p().isSet(QStringLiteral("interval"))) {
            bool ok;
            info.intervalMinutes = c.p().value(QStringLiteral("interval")).toInt(&ok);
            if (!ok || info.intervalMinutes < 1)
                return fail("--interval needs a number of minutes >= 1");
        }
        // Limits of one poll, kept in the source's config JSON ("max_pages", "poll_timeout_seconds").
        std::string config;
        for (auto [option, key] :
            { std::pair { "max-pages", "max_pages" }, std::pair { "poll-timeout", "poll_timeout_seconds" } }) {
            if (!c.p().isSet(QLatin1String(option)))
                continue;
            bool ok;
            qlonglong v = c.p().value(QLatin1String(option)).toLongLong(&ok);
            if (!ok || v < 1 || v > 1'000'000'000)
                return fail(std::string("--") + option + " needs a whole number >= 1");
            config += (config.empty() ? "" : ",") + std::string("\"") + key + "\":" + std::to_string(v);
        }
        if (!config.empty())
            info.configJson = "{" + config + "}";
        auto r = db->db->addSource(info);
        if (!r)
            return fail(r.error().detail);
        std::cout << "added source " << terminalSafe(info.name) << " (" << terminalSafe(info.type) << ")\n";
        return 0;
    }
    if (sub == QLatin1String("list")) {
        std::printf("%-20s %-16s %-40s %-16s %-8s %-20s %s\n", "name", "type", "base url", "key env", "every",
            "last success", "last error");
        for (const auto& src : db->db->sources()) {
            // File imports (type file) and data kept from an older version's removals (type removed) are
            // listed too, so they can be removed; they are never polled.
            const bool polled = isKnownSourceType(src.type);
            // A password in the base URL (or in an error stored by an older version) is never shown.
            const std::string url = redactUrlUserInfo(src.baseUrl), error = redact(src.lastError, {});
            std::printf("%-20s %-16s %-40s %-16s %-8s %-20s %s\n", terminalSafe(src.name).c_str(),
                terminalSafe(src.type).c_str(),
                !polled           ? "-"
                    : url.empty() ? "(default)"
                                  : terminalSafe(url).c_str(),
                polled ? terminalSafe(src.keyEnv).c_str() : "-",
                polled ? (std::to_string(src.intervalMinutes) + "m").c_str() : "-",
                !polled               ? "-"
                    : src.lastSuccess ? formatTimestamp(*src.lastSuccess).c_str()
                                      : "never",
                terminalSafe(error).c_str());
        }
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        // Removing a source deletes its data (so a re-added source cannot count it twice): show what
        // goes, and go on only with --yes or a "y" typed at a terminal.
        if (pos.size() != 1)
            return fail("sources remove needs a NAME");
        const std::string name = s(pos[0]);
        auto preview = db->db->sourceData(name);
        if (!preview)
            return fail(preview.error().detail);
        std::cout << "source " << terminalSafe(name) << " (" << terminalSafe(preview->type) << ") holds "
                  << describeSourceData(*preview) << '\n';
        if (!c.p().isSet(QStringLiteral("yes"))) {
            if (!isatty(fileno(stdin)))
                return fail("nothing deleted: add --yes to remove source " + name + " and delete this data");
            std::cout << "Remove the source and delete this data? [y/N] " << std::flush;
            std::string answer;
            std::getline(std::cin, answer);
            if (answer != "y" && answer != "Y" && answer != "yes")
                return fail("nothing deleted");
        }
        auto r = db->db->removeSource(name);
        if (!r)
            return fail(r.error().detail);
        std::cout << "removed source " << terminalSafe(name) << " and deleted " << describeSourceData(*r) << '\n';
        return 0;
    }
    return fail("unknown sources subcommand '" + s(sub) + "' (add, list, remove)");
}

} // namespace

QString databasePath(const QString& fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/burnrate");
    return dir + QStringLiteral("/burnrate.db");
}

bool isCliInvocation(const QStringList& args)
{
    if (commandIndex(args) >= 0)
        return true;
    for (const QString& a : args.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v"))
            return true;
    // An unknown command word is a CLI error too, not a GUI start.
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--screenshot") || a == QLatin1String("--page")
            || a == QLatin1String("--size") || a == QLatin1String("--theme")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int runPoll(Command& c);

int runCli(const QStringList& args)
{
    int idx = commandIndex(args);
    if (idx < 0) {
        for (const QString& a : args.mid(1)) {
            if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
                std::cout << "burnrate " << BURNRATE_VERSION << '\n';
                return 0;
            }
            if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
                std::cout << s(usage());
                return 0;
            }
        }
        for (int i = 1; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--db")) {
                ++i;
                continue;
            }
            if (!args[i].startsWith(QLatin1Char('-')))
                return fail("unknown command '" + s(args[i]) + "' (see --help)");
        }
        return fail("no command given (see --help)");
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::cout << s(usage());
        return 0;
    }
    Command c(args, idx);
    const QString cmd = args[idx];
    try {
        if (cmd == QLatin1String("demo"))
            return cmdDemo(c);
        if (cmd == QLatin1String("import"))
            return cmdImport(c);
        if (cmd == QLatin1String("prices"))
            return cmdPrices(c);
        if (cmd == QLatin1String("export"))
            return cmdExport(c);
        if (cmd == QLatin1String("report"))
            return cmdReport(c);
        if (cmd == QLatin1String("sources"))
            return cmdSources(c);
        if (cmd == QLatin1String("poll"))
            return runPoll(c);
        return fail("'" + s(cmd) + "' is not available in this version (see --help)");
    } catch (const std::exception& e) {
        return fail(std::string("internal error: ") + e.what(), 2);
    }
}

// Polls every connector source (or the one named) once, in the foreground, and exits non-zero
// naming each source that failed and why.
int runPoll(Command& c)
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
        if (!isKnownSourceType(src->type))
            return fail("source '" + name + "' is of type '" + src->type + "', which is not polled");
        due.push_back(*src);
    } else {
        for (const auto& src : db->db->sources())
            if (isKnownSourceType(src.type))
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
