#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>

namespace burnrate::app {

namespace {

// The command words, in the order --help lists them. A command without a function is known (so it is
// never taken for a GUI start) but not available in this version.
struct CommandEntry
{
    const char* name;
    int (*run)(Command&);
};
constexpr CommandEntry kCommandTable[] = {
    { "demo", cmdDemo },
    { "import", cmdImport },
    { "prices", cmdPrices },
    { "export", cmdExport },
    { "report", cmdReport },
    { "sources", cmdSources },
    { "poll", cmdPoll },
    { "budgets", cmdBudgets },
    { "alloc", cmdAlloc },
    { "reconcile", cmdReconcile },
    { "quality", cmdQuality },
    { "whatif", cmdWhatIf },
    { "annotate", cmdAnnotate },
    { "annotations", cmdAnnotations },
    { "leaks", cmdLeaks },
};

const CommandEntry* findCommand(const QString& word)
{
    for (const CommandEntry& e : kCommandTable)
        if (word == QLatin1String(e.name))
            return &e;
    return nullptr;
}

// Finds the command word: the first argument that is neither an option nor an option's value.
int commandIndex(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--screenshot") || a == QLatin1String("--page")
            || a == QLatin1String("--size") || a == QLatin1String("--theme") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return findCommand(a) ? i : -1;
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
        "  export --format focus --from DATE --to DATE [--lens billing|attribution] [--decimals N] [-o FILE]\n"
        "                                               FinOps FOCUS 1.2 cost-and-usage CSV (day x provider\n"
        "                                               x model x allocation group)\n"
        "  report [--from DATE] [--to DATE]             a plain-text summary\n"
        "  reconcile --from DATE --to DATE [--decimals N] [-o FILE]\n"
        "                                               billed vs attributed spend (coverage, unattributed)\n"
        "                                               and computed vs reported cost per day, provider, model\n"
        "  quality --from DATE --to DATE [--group-by model,prompt_version,...] [--decimals N] [-o FILE]\n"
        "                                               cost beside eval results, ratings and acceptance\n"
        "                                               per group (CSV; default group-by model,prompt_version)\n"
        "  whatif --from DATE --to DATE [--scope dim=value,...] STEP... [--decimals N] [--breakdown] [-o FILE]\n"
        "                                               replay the range under scenario steps, in the order given;\n"
        "                                               CSV: one row per step (its marginal saving), then TOTAL;\n"
        "                                               --breakdown: per tenant x prompt (and Lambda function)\n"
        "         --route FROM=TO[:max-input=N]         model FROM (and its dated snapshots) priced as TO,\n"
        "                                               optionally only requests of at most N input tokens\n"
        "         --cache-hit PROMPT=RATE               the prompt's cached share of input becomes RATE (0-1),\n"
        "                                               cache reads at their price plus the write overhead\n"
        "         --response-cache PROMPT=RATE          the prompt's response-cache hit rate becomes RATE (0-1)\n"
        "         --batch DIM=VALUE                     matching requests at batch prices (where the model has them)\n"
        "         --cap-input PROMPT=N                  the prompt's requests carry at most N input tokens\n"
        "         --lambda FUNCTION=MEMORY_MB[:arm64|:x86_64]\n"
        "                                               the AWS Lambda function at another memory size/architecture\n"
        "  whatif --recommend [-o FILE]                 the five largest savings of the last 30 days, each with\n"
        "                                               the range, scope and steps that compute it (CSV)\n"
        "  sources add TYPE --name NAME [--base-url URL] [--key-env VAR] [--interval MIN]\n"
        "              [--max-pages N] [--poll-timeout SECONDS] [--region R] [--profile NAME] [--project P]\n"
        "              [--path FILE_OR_FOLDER] [--free-tier]\n"
        "                                               TYPE: openai, anthropic, litellm, litellm-metrics,\n"
        "                                               bedrock, lambda, aws-costs, vertex (--project),\n"
        "                                               gcp-billing (--path: Cloud Billing export files,\n"
        "                                               CSV or JSON, re-read on every poll; no key);\n"
        "                                               limits of one poll (default\n"
        "                                               1000 pages, 300 s). AWS: --region (else AWS_REGION),\n"
        "                                               keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY\n"
        "                                               [/AWS_SESSION_TOKEN], --key-env ID_VAR,SECRET_VAR[,TOKEN_VAR]\n"
        "                                               or --profile of ~/.aws/credentials\n"
        "                                               lambda --free-tier: the monthly free tier (1M requests,\n"
        "                                               400,000 GB-s) is taken off the cost\n"
        "  sources list | remove NAME [--yes]           remove deletes the source's data (asks, or --yes)\n"
        "  poll [--source NAME] [--from DATE] [--to DATE]\n"
        "  budgets add --name NAME --amount USD --period daily|weekly|monthly|quarterly|range\n"
        "              [--from DATE --to DATE] [--scope dim=value,...] [--lens billing|attribution]\n"
        "              [--tiers 60,85,100[:notify+webhook+cap]] [--webhook URL]... [--cap-litellm SOURCE]\n"
        "  budgets list | remove NAME                   where each budget stands, with its forecast\n"
        "  budgets check [--notify]                     exit 0 none crossed, 1 a tier crossed, 2 error;\n"
        "                                               --notify records new crossings and runs their actions\n"
        "  budgets alerts [--ack ID|all]                the alert history; acknowledge alerts\n"
        "  budgets unblock --source NAME --team ID | --key KEY   lift a circuit breaker's block\n"
        "  alloc list                                   cost allocation rules, in the order they apply\n"
        "  alloc add --match AXIS=VALUE --set AXIS=VALUE [--priority N] [--dry-run]\n"
        "                                               give an identity's spend an owner; re-allocates history\n"
        "                                               (match: api_key, user, tag:KEY, prompt, project, team,\n"
        "                                               tenant, env, service_tier, model, provider; set: tenant,\n"
        "                                               team, project, env, or model_tier for a model)\n"
        "  alloc remove ID [--dry-run]                  remove a rule; its spend goes back to unallocated\n"
        "  alloc tiers [--premium USD] [--economy USD]  model tier thresholds (USD per 1M tokens, blended)\n"
        "  annotate REQUEST_ID [--source NAME] [--rating 1-5] [--thumb up|down] [--label L]... [--comment TEXT]\n"
        "           [--author NAME] [--delete]          judge a request (the same author again replaces it);\n"
        "                                               author default: the analyst name in Settings, else\n"
        "                                               $USER; without a judgement, lists its annotations\n"
        "  annotations export [--format csv|jsonl] [--from DATE] [--to DATE] [-o FILE]\n"
        "                                               annotations of the requests in the range, with their\n"
        "                                               text and dimensions (format default: from -o, else csv)\n"
        "  annotations import FILE                      JSONL as exported; same author + request replaces\n"
        "  annotations agreement [--from DATE] [--to DATE] [--group-by DIM] [--scope dim=value,...] [-o FILE]\n"
        "                                               CSV per prompt version (or DIM): Cohen's kappa on thumbs\n"
        "                                               (mean pairwise), Krippendorff's ordinal alpha on ratings\n"
        "  leaks --from DATE --to DATE [--decimals N] [--include-dismissed] [-o FILE]\n"
        "                                               cost-leak findings (CSV): retry_storm, agent_loop,\n"
        "                                               context_creep, model_change, cache_drop, error_spike,\n"
        "                                               spend_anomaly, unpriced_model; stored, dismissed ones left "
        "out\n"
        "  leaks list [--all] | dismiss ID --reason TEXT [--author NAME] | restore ID\n"
        "                                               stored findings; dismiss one (kept on every re-run)\n\n"
        "Group-by names: day, week, month, hour, provider, model, model_tier, tenant, team, project, env,\n"
        "user, api_key, prompt, prompt_version, trace_id, service_tier, tag:NAME.\n"
        "DATE is YYYY-MM-DD (UTC); --to is inclusive.\n\n"
        "GUI options:\n"
        "  --screenshot FILE.png [--page NAME] [--size WxH] [--theme light|dark|high-contrast] [--lang en|de|fr]\n"
        "                                               render a page offscreen and exit\n"
        "  --lang en|de|fr|system                       the interface language for this run (default: Settings;\n"
        "                                               screenshots: en)\n"
        "Global options:\n"
        "  --db PATH      the database (default: %1)\n"
        "  -h, --help     this help\n"
        "  -v, --version  the version\n")
        .arg(databasePath(QString()));
}

} // namespace

std::string s(const QString& q)
{
    return q.toStdString();
}

int fail(const std::string& message, int code)
{
    std::cerr << "burnrate: " << terminalSafe(message) << '\n';
    return code;
}

Result<Opened> openDb(const QString& path, bool withPrices)
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

int writeOutput(Command& c, const std::function<void(std::ostream&)>& write, const std::string& what)
{
    if (!c.p().isSet(QStringLiteral("output"))) {
        write(std::cout);
        return 0;
    }
    std::string path = s(c.p().value(QStringLiteral("output")));
    std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return fail("cannot write " + path);
        write(out);
        out.flush();
        if (!out)
            return fail("cannot write " + path);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
        return fail("cannot write " + path);
    std::cerr << "wrote " << what << " to " << terminalSafe(path) << '\n';
    return 0;
}

Result<int> decimalsOption(Command& c)
{
    if (!c.p().isSet(QStringLiteral("decimals")))
        return 6;
    bool ok;
    int d = c.p().value(QStringLiteral("decimals")).toInt(&ok);
    if (!ok || d < 0 || d > 9)
        return makeError(ErrorCode::Invalid, "--decimals needs a number from 0 to 9");
    return d;
}

Result<std::pair<Epoch, Epoch>> requiredDateRange(QCommandLineParser& p, const std::string& command)
{
    std::string err;
    auto from = dateOption(p, QStringLiteral("from"), err);
    auto to = dateOption(p, QStringLiteral("to"), err);
    if (!err.empty())
        return makeError(ErrorCode::Invalid, err);
    if (!from || !to)
        return makeError(ErrorCode::Invalid, command + " needs --from DATE and --to DATE");
    if (*to < *from)
        return makeError(ErrorCode::Invalid, "--to is before --from");
    return std::pair { *from, *to };
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

QString databasePath(const QString& fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir(QDir::homePath()).filePath(QStringLiteral(".burnrate")); // no data location known
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
            || a == QLatin1String("--size") || a == QLatin1String("--theme") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

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
        const CommandEntry* entry = findCommand(cmd);
        if (entry && entry->run)
            return entry->run(c);
        return fail("'" + s(cmd) + "' is not available in this version (see --help)");
    } catch (const std::exception& e) {
        return fail(std::string("internal error: ") + e.what(), 2);
    }
}

} // namespace burnrate::app
