#pragma once

// The cache-economics dataset shared by the engine's and the Cache page's tests.

#include "sources/poller.h"
#include "store/database.h"
#include "store/usagewriter.h"

#include <nlohmann/json.hpp>

#include <string>

namespace burnrate::test {

constexpr Epoch kCacheFixtureDay = 1795132800; // 2026-11-20 00:00 UTC

// tests/data/gcp/cache-economics.csv as a gcp-billing source named "invoice" (Gemini cache reads and
// context-cache storage), and an "anthropic" source's usage bucket at noon of kCacheFixtureDay:
// claude-sonnet-4-5, 100 requests, 1M prompt tokens of which 800k cache reads and 100k 5-minute cache writes,
// 10k output tokens. Empty on success, else what failed.
inline std::string seedCacheEconomics(Database& db, const PriceBook& prices)
{
    SourceInfo g;
    g.name = "invoice";
    g.type = "gcp-billing";
    g.configJson = nlohmann::json({ { "path", std::string(BURNRATE_TEST_DATA) + "/gcp/cache-economics.csv" } }).dump();
    if (auto r = db.addSource(g); !r)
        return "adding the gcp-billing source: " + r.error().detail;
    PollOptions o;
    o.now = kCacheFixtureDay + 10 * 86400;
    PollOutcome out = pollSource(db, prices, *db.source("invoice"), o);
    if (!out.ok)
        return "polling the export: " + out.error;
    if (out.rejected != 0)
        return "the export had " + std::to_string(out.rejected) + " rejected rows";
    SourceInfo a;
    a.name = "anthropic";
    a.type = "anthropic";
    if (auto r = db.addSource(a); !r)
        return "adding the anthropic source: " + r.error().detail;
    UsageWriter w(db, prices, db.source("anthropic")->id);
    UsageBucket b;
    b.start = kCacheFixtureDay + 12 * 3600;
    b.widthSeconds = 3600;
    b.kind = "messages";
    b.lens = Lens::Billing;
    b.dims.provider = "anthropic";
    b.dims.model = "claude-sonnet-4-5";
    b.requests = 100;
    b.tokens.input = 1000000;
    b.tokens.cachedInput = 800000;
    b.tokens.cacheWrite5m = 100000;
    b.tokens.output = 10000;
    if (auto r = w.add(b); !r)
        return "writing the anthropic bucket: " + r.error().detail;
    if (auto r = w.commit(); !r)
        return "committing the anthropic bucket: " + r.error().detail;
    return {};
}

} // namespace burnrate::test
