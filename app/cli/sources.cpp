#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "sources/poller.h"
#include "sources/redact.h"
#include "sources/sourcetypes.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>
#include <utility>

namespace burnrate::app {

namespace {

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

} // namespace

int cmdSources(Command& c)
{
    c.flag(QStringLiteral("yes"));
    c.value(QStringLiteral("name"), QStringLiteral("NAME"));
    c.value(QStringLiteral("base-url"), QStringLiteral("URL"));
    c.value(QStringLiteral("key-env"), QStringLiteral("VAR"));
    c.value(QStringLiteral("interval"), QStringLiteral("MIN"));
    c.value(QStringLiteral("max-pages"), QStringLiteral("N"));
    c.value(QStringLiteral("poll-timeout"), QStringLiteral("SECONDS"));
    c.value(QStringLiteral("region"), QStringLiteral("R"));
    c.value(QStringLiteral("profile"), QStringLiteral("NAME"));
    c.value(QStringLiteral("project"), QStringLiteral("P"));
    c.value(QStringLiteral("path"), QStringLiteral("PATH"));
    c.flag(QStringLiteral("free-tier"));
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
            return fail("sources add needs a TYPE (" + sourceTypeNames() + ")");
        SourceInfo info;
        info.type = s(pos[0]);
        const SourceType* type = findSourceType(info.type);
        if (!type)
            return fail("unknown source type '" + terminalSafe(info.type) + "' (" + sourceTypeNames() + ")");
        info.name = s(c.p().value(QStringLiteral("name")));
        if (info.name.empty())
            return fail("sources add needs --name NAME");
        if (type->credential == SourceCredential::None
            && (c.p().isSet(QStringLiteral("base-url")) || c.p().isSet(QStringLiteral("key-env"))))
            return fail(info.type + " reads files: it takes --path, no --base-url or --key-env");
        info.baseUrl = s(c.p().value(QStringLiteral("base-url")));
        info.keyEnv = s(c.p().value(QStringLiteral("key-env")));
        info.intervalMinutes = type->defaultIntervalMinutes;
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
        // Google: the project whose metrics a vertex source reads.
        if (c.p().isSet(QStringLiteral("project"))) {
            if (info.type != "vertex")
                return fail("--project is for the vertex source type");
            const std::string v = s(c.p().value(QStringLiteral("project")));
            if (v.empty() || v.size() > 64
                || v.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-:.") != std::string::npos)
                return fail("--project takes a Google Cloud project id (got '" + terminalSafe(v) + "')");
            config += (config.empty() ? "" : ",") + std::string("\"project\":\"") + v + "\"";
        }
        // Files: the export file or folder a gcp-billing source reads on each poll, kept as an absolute path.
        if (c.p().isSet(QStringLiteral("path")) != type->needsPath)
            return fail(type->needsPath ? "sources add " + info.type + " needs --path FILE_OR_FOLDER"
                                        : std::string("--path is for the gcp-billing source type"));
        if (type->needsPath) {
            const QString path = c.p().value(QStringLiteral("path"));
            const QFileInfo fi(path);
            if (path.isEmpty() || !fi.exists())
                return fail("--path " + terminalSafe(s(path)) + ": no such file or folder");
            // JSON-quoted: a path may hold quotes, backslashes or non-ASCII names.
            const QByteArray quoted
                = QJsonDocument(QJsonArray { fi.absoluteFilePath() }).toJson(QJsonDocument::Compact);
            config += (config.empty() ? "" : ",") + std::string("\"path\":")
                + quoted.mid(1, quoted.size() - 2).toStdString();
        }
        // AWS: the region (else AWS_REGION / AWS_DEFAULT_REGION when polled) and a shared-credentials profile.
        for (auto [option, key] : { std::pair { "region", "region" }, std::pair { "profile", "profile" } }) {
            if (!c.p().isSet(QLatin1String(option)))
                continue;
            if (type->credential != SourceCredential::Aws)
                return fail(std::string("--") + option + " is for the AWS source types");
            const std::string v = s(c.p().value(QLatin1String(option)));
            if (v.empty() || v.size() > 64
                || v.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
                    != std::string::npos)
                return fail(std::string("--") + option + " takes a name of letters, digits and - _ . (got '"
                    + terminalSafe(v) + "')");
            config += (config.empty() ? "" : ",") + std::string("\"") + key + "\":\"" + v + "\"";
        }
        // Lambda: price with the monthly free tier (1M requests + 400,000 GB-s).
        if (c.p().isSet(QStringLiteral("free-tier"))) {
            if (info.type != "lambda")
                return fail("--free-tier is for the lambda source type");
            config += (config.empty() ? "" : ",") + std::string("\"free_tier\":true");
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
            const bool polled = (findSourceType(src.type) != nullptr);
            // A password in the base URL (or in an error stored by an older version) is never shown.
            std::string url = redactUrlUserInfo(src.baseUrl);
            const std::string error = redact(src.lastError, {});
            // A file-reading source (gcp-billing) has no endpoint: its column shows the path it reads.
            if (const SourceType* t = findSourceType(src.type); t && t->needsPath) {
                const QJsonObject cfg = QJsonDocument::fromJson(QByteArray::fromStdString(src.configJson)).object();
                url = "path: " + cfg.value(QStringLiteral("path")).toString().toStdString();
            }
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

} // namespace burnrate::app
