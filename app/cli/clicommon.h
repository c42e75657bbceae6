#pragma once
// What every command of the headless CLI shares: its option parser (Command), the database opener and
// the one-line error. Each command lives in its own file (app/cli/<name>.cpp) and is registered in the
// command table of app/cli/cli.cpp.

#include "app/cli.h"
#include "model/result.h"
#include "model/timeutil.h"
#include "pricing/pricebook.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace burnrate::app {

// QString -> UTF-8 std::string.
std::string s(const QString& q);

// Prints "burnrate: MESSAGE" (terminal-safe) on stderr and returns `code`.
int fail(const std::string& message, int code = 1);

// An open database and, when asked for, its price book.
struct Opened
{
    std::unique_ptr<Database> db;
    PriceBook prices;
};
Result<Opened> openDb(const QString& path, bool withPrices = true);

// The value of a DATE option as the start of that UTC day; nullopt when not given. A malformed date
// sets `error` (and returns nullopt).
std::optional<Epoch> dateOption(QCommandLineParser& p, const QString& name, std::string& error);
// --from DATE and --to DATE, both required and in order (`command` names the command in the message).
Result<std::pair<Epoch, Epoch>> requiredDateRange(QCommandLineParser& p, const std::string& command);

// One command's arguments (the command word removed) and its option parser. --db and -h/--help are
// known to every command; a command declares its own options with value()/flag(), then parse()s.
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

// Writes `write(stream)` to stdout, or with -o/--output FILE to FILE through FILE.part renamed into place
// (never half a file), then prints "wrote WHAT to FILE" on stderr. Returns the exit code.
int writeOutput(Command& c, const std::function<void(std::ostream&)>& write, const std::string& what);
// --decimals N (0-9, default 6) of the CSV commands.
Result<int> decimalsOption(Command& c);

// The commands, one file each; each returns the process exit code.
int cmdDemo(Command& c); // demo.cpp
int cmdImport(Command& c); // import.cpp
int cmdPrices(Command& c); // prices.cpp
int cmdExport(Command& c); // export.cpp
int cmdReport(Command& c); // report.cpp
int cmdSources(Command& c); // sources.cpp
int cmdPoll(Command& c); // poll.cpp
int cmdBudgets(Command& c); // budgets.cpp
int cmdAlloc(Command& c); // alloc.cpp
int cmdReconcile(Command& c); // reconcile.cpp
int cmdQuality(Command& c); // quality.cpp
int cmdWhatIf(Command& c); // whatif.cpp
int cmdAnnotate(Command& c); // annotate.cpp
int cmdAnnotations(Command& c); // annotate.cpp
int cmdLeaks(Command& c); // leaks.cpp
// After new data (import, poll): acts on budget tiers it made cross, printing each alert; a failed
// action is printed on stderr. The command's own exit code stays its own: its data did land.
void alertBudgets(Database& db);
// After new data (import, poll): runs the leak detectors over the recent days, stores the findings and sends
// new High ones to the budget webhooks, printing each ("LEAK ..."); failures on stderr. Exit code unchanged.
void alertLeaks(Database& db);

} // namespace burnrate::app
