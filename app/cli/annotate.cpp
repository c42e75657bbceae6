// annotate REQUEST_ID ...: judge one request; annotations export | import: the JSONL/CSV of
// core/export/annotationexport.h and core/ingest/annotationimport.h.
#include "analytics/budgets.h"
#include "app/cli/clicommon.h"
#include "export/annotationexport.h"
#include "export/terminal.h"
#include "ingest/annotationimport.h"
#include "model/validate.h"
#include "store/annotationstore.h"

#include <QFileInfo>
#include <QSettings>

#include <cstdint>
#include <ctime>
#include <iostream>

namespace burnrate::app {

namespace {

// The analyst name from the GUI's Settings (the same QSettings the dashboard writes), else $USER.
std::string defaultAuthor(std::string& from)
{
    const QString analyst = QSettings().value(QStringLiteral("settings/analyst")).toString().trimmed();
    if (!analyst.isEmpty()) {
        from = "the analyst name in Settings";
        return s(analyst);
    }
    const QString user = qEnvironmentVariable("USER").trimmed();
    from = "$USER";
    return s(user);
}

std::string describe(const Annotation& a)
{
    std::string out;
    auto add = [&](const std::string& part) {
        out += (out.empty() ? "" : ", ") + part;
    };
    if (a.rating)
        add("rating " + std::to_string(*a.rating));
    if (a.thumb)
        add("thumb " + thumbName(a.thumb));
    if (!a.labels.empty()) {
        std::string l;
        for (const auto& x : a.labels)
            l += (l.empty() ? "" : "; ") + x;
        add("labels " + l);
    }
    if (!a.comment.empty())
        add("comment \"" + (a.comment.size() > 60 ? a.comment.substr(0, 60) + "..." : a.comment) + "\"");
    return out;
}

} // namespace

// annotate REQUEST_ID [--source NAME] [--rating 1-5] [--thumb up|down] [--label L]... [--comment TEXT]
//          [--author NAME] [--delete]
// With no judgement, prints the request's annotations.
int cmdAnnotate(Command& c)
{
    c.value(QStringLiteral("source"), QStringLiteral("NAME"));
    c.value(QStringLiteral("rating"), QStringLiteral("1-5"));
    c.value(QStringLiteral("thumb"), QStringLiteral("up|down"));
    c.value(QStringLiteral("label"), QStringLiteral("L"));
    c.value(QStringLiteral("comment"), QStringLiteral("TEXT"));
    c.value(QStringLiteral("author"), QStringLiteral("NAME"));
    c.flag(QStringLiteral("delete"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QCommandLineParser& p = c.p();
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return fail("annotate needs one REQUEST_ID (the id its source reported)");
    Annotation a;
    if (p.isSet(QStringLiteral("rating"))) {
        bool ok = false;
        int r = p.value(QStringLiteral("rating")).toInt(&ok);
        if (!ok || r < 1 || r > 5)
            return fail(
                "--rating needs a whole number from 1 to 5, got '" + s(p.value(QStringLiteral("rating"))) + "'");
        a.rating = r;
    }
    if (p.isSet(QStringLiteral("thumb"))) {
        const QString t = p.value(QStringLiteral("thumb"));
        if (t == QLatin1String("up"))
            a.thumb = Thumb::Up;
        else if (t == QLatin1String("down"))
            a.thumb = Thumb::Down;
        else
            return fail("--thumb is up or down, got '" + s(t) + "'");
    }
    for (const QString& l : p.values(QStringLiteral("label")))
        a.labels.push_back(s(l));
    a.comment = s(p.value(QStringLiteral("comment")));
    std::string authorFrom = "--author";
    a.author = p.isSet(QStringLiteral("author")) ? s(p.value(QStringLiteral("author"))) : defaultAuthor(authorFrom);
    const bool remove = p.isSet(QStringLiteral("delete"));
    if (remove && !a.empty())
        return fail("--delete takes no --rating, --thumb, --label or --comment");

    auto db = openDb(c.db(), false);
    if (!db)
        return fail(db.error().detail);
    const std::string requestId = s(args.front());
    auto id = findRequest(*db->db, requestId, s(p.value(QStringLiteral("source"))));
    if (!id)
        return fail(id.error().detail);
    if (a.empty() && !remove) {
        auto all = annotationsOf(*db->db, *id);
        if (!all)
            return fail(all.error().detail);
        if (all->empty())
            std::cout << terminalSafe(requestId) << ": no annotations\n";
        for (const auto& x : *all)
            std::cout << terminalSafe(requestId) << ": " << terminalSafe(x.author) << " (" << formatTimestamp(x.ts)
                      << "): " << terminalSafe(describe(x)) << '\n';
        return 0;
    }
    if (a.author.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail("no author: give --author NAME (" + authorFrom + " is empty)");
    if (remove) {
        if (auto r = deleteAnnotation(*db->db, *id, a.author); !r)
            return fail(r.error().detail);
        std::cout << "deleted " << terminalSafe(a.author) << "'s annotation of " << terminalSafe(requestId) << '\n';
        return 0;
    }
    a.eventId = *id;
    a.ts = static_cast<Epoch>(std::time(nullptr));
    auto before = annotationsOf(*db->db, *id);
    if (!before)
        return fail(before.error().detail);
    bool replaced = false;
    for (const auto& x : *before)
        replaced = replaced || x.author == a.author;
    if (auto r = saveAnnotation(*db->db, a); !r)
        return fail(r.error().detail);
    std::cout << (replaced ? "replaced " : "annotated ") << terminalSafe(requestId) << " as " << terminalSafe(a.author)
              << (authorFrom == "--author" ? "" : " (from " + authorFrom + ")") << ": " << terminalSafe(describe(a))
              << '\n';
    return 0;
}

// annotations export [--format csv|jsonl] [--from DATE] [--to DATE] [-o FILE] | annotations import FILE |
// annotations agreement [--from DATE] [--to DATE] [--group-by DIM] [--scope dim=value,...] [-o FILE]
int cmdAnnotations(Command& c)
{
    c.value(QStringLiteral("format"), QStringLiteral("csv|jsonl"));
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("to"), QStringLiteral("DATE"));
    c.value(QStringLiteral("group-by"), QStringLiteral("DIM"));
    c.value(QStringLiteral("scope"), QStringLiteral("dim=value,..."));
    c.p().addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("output"), QStringLiteral("FILE") });
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QCommandLineParser& p = c.p();
    const QStringList args = p.positionalArguments();
    const QString verb = args.value(0);
    if (verb == QLatin1String("export")) {
        if (args.size() != 1)
            return fail("annotations export takes no FILE (use -o FILE)");
        auto from = dateOption(p, QStringLiteral("from"), err);
        auto to = dateOption(p, QStringLiteral("to"), err);
        if (!err.empty())
            return fail(err);
        if (from && to && *to < *from)
            return fail("--to is before --from");
        QString format = p.value(QStringLiteral("format"));
        if (format.isEmpty()) {
            const QString suffix = QFileInfo(p.value(QStringLiteral("output"))).suffix().toLower();
            format = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ? QStringLiteral("jsonl")
                                                                                           : QStringLiteral("csv");
        }
        if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
            return fail("--format is csv or jsonl, got '" + s(format) + "'");
        auto db = openDb(c.db(), false);
        if (!db)
            return fail(db.error().detail);
        auto rows = annotationExportRows(
            *db->db, from.value_or(limits::kMinTimestamp), to ? *to + kSecondsPerDay : limits::kMaxTimestamp);
        if (!rows)
            return fail(rows.error().detail);
        const bool jsonl = format == QLatin1String("jsonl");
        return writeOutput(
            c,
            [&](std::ostream& out) {
                if (jsonl)
                    writeAnnotationsJsonl(out, *rows);
                else
                    writeAnnotationsCsv(out, *rows);
            },
            std::to_string(rows->size()) + " annotations");
    }
    if (verb == QLatin1String("import")) {
        if (args.size() != 2)
            return fail("annotations import needs one FILE (JSON Lines, as annotations export --format jsonl writes)");
        auto db = openDb(c.db(), false);
        if (!db)
            return fail(db.error().detail);
        auto r = importAnnotationFile(*db->db, s(args[1]));
        if (!r)
            return fail(r.error().detail);
        std::cout << terminalSafe(s(args[1])) << ": " << r->records << " lines, " << r->imported << " imported, "
                  << r->replaced << " replaced, " << r->unchanged << " unchanged, " << r->quarantined
                  << " quarantined, " << r->unknownRequests << " unknown requests\n";
        for (const auto& q : r->firstProblems)
            std::cout << "  line " << q.line << ": " << terminalSafe(q.reason) << '\n';
        if (r->quarantined > static_cast<std::int64_t>(r->firstProblems.size()))
            std::cout << "  ... and " << (r->quarantined - static_cast<std::int64_t>(r->firstProblems.size()))
                      << " more quarantined\n";
        for (const auto& u : r->firstUnknown)
            std::cout << "  unknown request: " << terminalSafe(u) << '\n';
        if (r->unknownRequests > static_cast<std::int64_t>(r->firstUnknown.size()))
            std::cout << "  ... and " << (r->unknownRequests - static_cast<std::int64_t>(r->firstUnknown.size()))
                      << " more unknown requests\n";
        if (r->records > 0 && r->imported + r->replaced + r->unchanged == 0)
            return fail("nothing could be imported: no line named a known request with a valid annotation");
        return 0;
    }
    if (verb == QLatin1String("agreement")) {
        if (args.size() != 1)
            return fail("annotations agreement takes no FILE (use -o FILE)");
        auto from = dateOption(p, QStringLiteral("from"), err);
        auto to = dateOption(p, QStringLiteral("to"), err);
        if (!err.empty())
            return fail(err);
        if (from && to && *to < *from)
            return fail("--to is before --from");
        const std::string groupName
            = p.isSet(QStringLiteral("group-by")) ? s(p.value(QStringLiteral("group-by"))) : "prompt_version";
        auto dim = dimFromName(groupName);
        if (!dim)
            return fail(
                "--group-by names one request dimension (e.g. prompt_version, model, tenant), got '" + groupName + "'");
        std::vector<Filter> filters;
        if (p.isSet(QStringLiteral("scope"))) {
            auto scope = parseScope(s(p.value(QStringLiteral("scope"))));
            if (!scope)
                return fail(scope.error().detail);
            auto f = scopeFilters(*scope);
            if (!f)
                return fail(f.error().detail);
            filters = std::move(*f);
        }
        auto db = openDb(c.db(), false);
        if (!db)
            return fail(db.error().detail);
        auto rows = agreementBy(*db->db, from.value_or(limits::kMinTimestamp),
            to ? *to + kSecondsPerDay : limits::kMaxTimestamp, filters, *dim);
        if (!rows)
            return fail(rows.error().detail);
        return writeOutput(
            c, [&](std::ostream& out) { writeAgreementCsv(out, *rows, groupName); },
            std::to_string(rows->size()) + " rows");
    }
    return fail("annotations needs export, import or agreement");
}

} // namespace burnrate::app
