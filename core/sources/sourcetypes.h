#pragma once
// The source types Burnrate can poll, in one place: what each needs (a key, AWS credentials, a region), its
// default endpoint, how it is polled and when it is due. The poller, the CLI, the source dialog, the Sources
// table and the main window's scheduler all read this table; a type that is not in it (a file import, the
// demo, data kept from a removed source) is stored but never polled.

#include "model/result.h"
#include "model/timeutil.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

class Database;
struct PollContext;
struct SourceInfo;

enum class SourceCredential
{
    ApiKey, // an admin key or token, from the keychain or the environment variable named by key_env
    OptionalKey, // e.g. a metrics endpoint that may or may not want a bearer token
    Aws, // an access key id, secret and optional session token (sources/awscredentials.h)
    None, // reads local files (gcp-billing): no key, no base URL
};

struct SourceType
{
    std::string_view name; // as stored and typed: "openai"
    std::string_view label; // one line for people: "OpenAI usage and costs (admin API)"
    std::string_view defaultBaseUrl; // for AWS types: with {region}
    SourceCredential credential = SourceCredential::ApiKey;
    std::string_view keyHint; // what the key is, e.g. "an admin key (sk-admin-...)"
    bool needsRegion = false; // AWS: --region (else AWS_REGION / AWS_DEFAULT_REGION)
    bool pointInTime = false; // one scrape of counters now, not a window of history
    Result<void> (*poll)(PollContext&) = nullptr;
    // How often it is polled unless the user says otherwise (Cost Explorer charges $0.01 a request).
    int defaultIntervalMinutes = 60;
    // Reads the files at the config's "path" (a file or a folder: --path, the dialog's Path field) instead of
    // an endpoint; the poll window does not apply (every file is read again and replaces what it covers).
    bool needsPath = false;
};

// Every pollable type, in the order they are offered.
const std::vector<SourceType>& sourceTypes();
// The type named `name`, or nullptr for a type that is never polled.
const SourceType* findSourceType(std::string_view name);
// "openai, anthropic, ..." for messages and help texts.
std::string sourceTypeNames();
// The base URL a source uses: its own, else the type's default (with the region filled in), without a
// trailing slash.
std::string effectiveBaseUrl(const SourceInfo& source);
// The source's region: its config's "region", else $AWS_REGION, else $AWS_DEFAULT_REGION, else us-east-1.
std::string sourceRegion(const SourceInfo& source);

// When the scheduler should poll `source` next: never (nullopt) for a type that is not polled or a source
// without an interval; after a success, the last success plus the interval; after failures, the last
// attempt plus a backoff that doubles with each consecutive failure (1, 2, 4, ... minutes), capped at the
// interval, so a broken source is retried soon at first and then no more often than it is polled anyway.
std::optional<Epoch> nextPollDue(Database& db, const SourceInfo& source);

} // namespace burnrate
