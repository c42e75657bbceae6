#include "store/schema.h"

#include "model/apikey.h"
#include "model/usage.h"
#include "store/database.h"
#include "store/evallinks.h"
#include "store/rollups.h"
#include "store/usagewriter.h"

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

namespace burnrate::schema {

namespace {

// Version 1: facts, dimensions, rollups, prices, sources.
constexpr std::string_view kV1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
-- Interned dimension values; id 0 means "none" and has no row.
CREATE TABLE dims(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, value TEXT NOT NULL, UNIQUE(kind, value));
CREATE TABLE sources(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL, base_url TEXT NOT NULL DEFAULT '',
  key_env TEXT NOT NULL DEFAULT '', interval_min INTEGER NOT NULL DEFAULT 60, config TEXT NOT NULL DEFAULT '{}',
  cursor INTEGER NOT NULL DEFAULT 0, last_success INTEGER, last_error TEXT NOT NULL DEFAULT '',
  created INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sync_log(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, started INTEGER NOT NULL, finished INTEGER,
  window_from INTEGER, window_to INTEGER, pages INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '');
CREATE INDEX sync_log_source ON sync_log(source_id, started);
-- One row per request (attribution lens). key_hash = 64-bit hash of (source, ext_id): a compact dedupe key.
CREATE TABLE events(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, key_hash INTEGER NOT NULL, ext_id TEXT NOT NULL,
  ts INTEGER NOT NULL,
  provider INTEGER NOT NULL, model INTEGER NOT NULL, tenant INTEGER NOT NULL, team INTEGER NOT NULL,
  project INTEGER NOT NULL, env INTEGER NOT NULL, user INTEGER NOT NULL, api_key INTEGER NOT NULL,
  prompt_id INTEGER NOT NULL, prompt_version INTEGER NOT NULL, trace_id INTEGER NOT NULL,
  service_tier INTEGER NOT NULL,
  input INTEGER NOT NULL, cached INTEGER NOT NULL, cw5m INTEGER NOT NULL, cw1h INTEGER NOT NULL,
  output INTEGER NOT NULL,
  reported_cost INTEGER, cost INTEGER, price_id INTEGER NOT NULL DEFAULT 0,
  cache_savings INTEGER NOT NULL DEFAULT 0, cache_write_extra INTEGER NOT NULL DEFAULT 0,
  avoided INTEGER NOT NULL DEFAULT 0, latency_ms INTEGER, status INTEGER NOT NULL DEFAULT 200, flags INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX events_key ON events(key_hash);
CREATE INDEX events_ts ON events(ts);
CREATE TABLE event_tags(event_id INTEGER NOT NULL, key INTEGER NOT NULL, value INTEGER NOT NULL,
  PRIMARY KEY(event_id, key)) WITHOUT ROWID;
-- Aggregated provider usage (billing lens); natural key upserts (0 = none, never NULL).
CREATE TABLE buckets(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, lens INTEGER NOT NULL DEFAULT 1,
  start INTEGER NOT NULL, width INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT '', provider INTEGER NOT NULL, model INTEGER NOT NULL, project INTEGER NOT NULL,
  api_key INTEGER NOT NULL, user INTEGER NOT NULL, service_tier INTEGER NOT NULL,
  context_window TEXT NOT NULL DEFAULT '', batch INTEGER NOT NULL DEFAULT 0,
  tenant INTEGER NOT NULL DEFAULT 0, team INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL, input INTEGER NOT NULL, cached INTEGER NOT NULL, cw5m INTEGER NOT NULL,
  cw1h INTEGER NOT NULL, output INTEGER NOT NULL, reported_cost INTEGER, cost INTEGER,
  price_id INTEGER NOT NULL DEFAULT 0, cache_savings INTEGER NOT NULL DEFAULT 0,
  cache_write_extra INTEGER NOT NULL DEFAULT 0,
  UNIQUE(source_id, start, width, kind, provider, model, project, api_key, user, service_tier, context_window, batch,
         tenant, team));
CREATE TABLE cost_lines(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, start INTEGER NOT NULL, width INTEGER NOT NULL,
  provider TEXT NOT NULL, project TEXT NOT NULL, line_item TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  amount INTEGER NOT NULL, currency TEXT NOT NULL,
  UNIQUE(source_id, start, width, provider, project, line_item));
CREATE TABLE prices(
  id INTEGER PRIMARY KEY, origin INTEGER NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL,
  effective_from INTEGER NOT NULL, rates TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
  UNIQUE(origin, provider, model, effective_from));
CREATE TABLE model_aliases(alias TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL,
  PRIMARY KEY(alias, provider)) WITHOUT ROWID;
CREATE TABLE rollup_daily(
  bucket INTEGER NOT NULL, lens INTEGER NOT NULL, provider INTEGER NOT NULL, model INTEGER NOT NULL,
  tenant INTEGER NOT NULL, team INTEGER NOT NULL, project INTEGER NOT NULL, env INTEGER NOT NULL,
  api_key INTEGER NOT NULL, prompt_id INTEGER NOT NULL, prompt_version INTEGER NOT NULL,
  service_tier INTEGER NOT NULL, batch INTEGER NOT NULL,
  requests INTEGER NOT NULL DEFAULT 0, input INTEGER NOT NULL DEFAULT 0, cached INTEGER NOT NULL DEFAULT 0,
  cw5m INTEGER NOT NULL DEFAULT 0, cw1h INTEGER NOT NULL DEFAULT 0, output INTEGER NOT NULL DEFAULT 0,
  cost INTEGER NOT NULL DEFAULT 0, reported_cost INTEGER NOT NULL DEFAULT 0,
  unpriced_requests INTEGER NOT NULL DEFAULT 0, unpriced_tokens INTEGER NOT NULL DEFAULT 0,
  error_requests INTEGER NOT NULL DEFAULT 0, error_cost INTEGER NOT NULL DEFAULT 0,
  cache_hit_requests INTEGER NOT NULL DEFAULT 0, cache_avoided INTEGER NOT NULL DEFAULT 0,
  cache_savings INTEGER NOT NULL DEFAULT 0, cache_write_extra INTEGER NOT NULL DEFAULT 0,
  latency_sum INTEGER NOT NULL DEFAULT 0, latency_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(bucket, lens, provider, model, tenant, team, project, env, api_key, prompt_id, prompt_version,
              service_tier, batch)) WITHOUT ROWID;
CREATE TABLE rollup_hourly AS SELECT * FROM rollup_daily WHERE 0;
CREATE UNIQUE INDEX rollup_hourly_key ON rollup_hourly(bucket, lens, provider, model, tenant, team, project, env,
  api_key, prompt_id, prompt_version, service_tier, batch);
CREATE TABLE imports(id INTEGER PRIMARY KEY, file TEXT NOT NULL, started INTEGER NOT NULL,
  rows_ok INTEGER NOT NULL DEFAULT 0, rows_bad INTEGER NOT NULL DEFAULT 0);
CREATE TABLE quarantine(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL, line INTEGER NOT NULL,
  reason TEXT NOT NULL, raw TEXT NOT NULL);
)SQL";

// Version 2: texts for annotation, annotations, eval results, budgets, remaining-budget gauges.
constexpr std::string_view kV2 = R"SQL(
CREATE TABLE event_text(event_id INTEGER PRIMARY KEY, prompt TEXT NOT NULL, response TEXT NOT NULL);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, author TEXT NOT NULL, created INTEGER NOT NULL,
  rating INTEGER, label TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');
CREATE INDEX annotations_event ON annotations(event_id);
CREATE TABLE eval_results(
  id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, eval_name TEXT NOT NULL, model INTEGER NOT NULL,
  prompt_id INTEGER NOT NULL, prompt_version INTEGER NOT NULL, score REAL NOT NULL, passed INTEGER,
  event_ext_id TEXT NOT NULL DEFAULT '', UNIQUE(eval_name, model, prompt_id, prompt_version, ts, event_ext_id));
CREATE TABLE budgets(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, amount INTEGER NOT NULL, period TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '', tiers TEXT NOT NULL DEFAULT '60,85,100', webhook TEXT NOT NULL DEFAULT '',
  created INTEGER NOT NULL DEFAULT 0);
CREATE TABLE budget_gauges(
  source_id INTEGER NOT NULL, scope TEXT NOT NULL, name TEXT NOT NULL, ts INTEGER NOT NULL,
  remaining INTEGER, max_budget INTEGER, PRIMARY KEY(source_id, scope, name)) WITHOUT ROWID;
CREATE TABLE counter_state(
  source_id INTEGER NOT NULL, series TEXT NOT NULL, value REAL NOT NULL, ts INTEGER NOT NULL,
  PRIMARY KEY(source_id, series)) WITHOUT ROWID;
)SQL";

// Version 3: a daily summary rollup by provider/model/tenant/team, filled from the full daily rollup.
constexpr std::string_view kV3 = R"SQL(
CREATE TABLE rollup_daily_core AS SELECT * FROM rollup_daily WHERE 0;
CREATE UNIQUE INDEX rollup_daily_core_key ON rollup_daily_core(bucket, lens, provider, model, tenant, team, project,
  env, api_key, prompt_id, prompt_version, service_tier, batch);
INSERT INTO rollup_daily_core
  SELECT bucket, lens, provider, model, tenant, team, 0, 0, 0, 0, 0, service_tier, batch,
    sum(requests), sum(input), sum(cached), sum(cw5m), sum(cw1h), sum(output), sum(cost), sum(reported_cost),
    sum(unpriced_requests), sum(unpriced_tokens), sum(error_requests), sum(error_cost), sum(cache_hit_requests),
    sum(cache_avoided), sum(cache_savings), sum(cache_write_extra), sum(latency_sum), sum(latency_count)
  FROM rollup_daily GROUP BY bucket, lens, provider, model, tenant, team, service_tier, batch;
)SQL";

// Version 4: source ids are never reused (AUTOINCREMENT; the counter starts above every id any row
// refers to). Usage data an older version left behind when it removed a source is filed under a
// stand-in source 'removed-source-ID' of type 'removed', so it stays visible and can now be removed; the
// left-behind sync log, gauges and counters go. Then api_key values become fingerprints (C++ step).
constexpr std::string_view kV4 = R"SQL(
CREATE TABLE sources_v4(
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
  base_url TEXT NOT NULL DEFAULT '', key_env TEXT NOT NULL DEFAULT '', interval_min INTEGER NOT NULL DEFAULT 60,
  config TEXT NOT NULL DEFAULT '{}', cursor INTEGER NOT NULL DEFAULT 0, last_success INTEGER,
  last_error TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL DEFAULT 0);
INSERT INTO sources_v4(id, name, type, base_url, key_env, interval_min, config, cursor, last_success, last_error,
  created)
  SELECT id, name, type, base_url, key_env, interval_min, config, cursor, last_success, last_error, created
  FROM sources;
INSERT OR IGNORE INTO sources_v4(id, name, type)
  SELECT sid, 'removed-source-' || sid, 'removed' FROM (
    SELECT DISTINCT source_id AS sid FROM events UNION SELECT source_id FROM buckets
    UNION SELECT source_id FROM cost_lines)
  WHERE sid NOT IN (SELECT id FROM sources);
DELETE FROM sqlite_sequence WHERE name = 'sources_v4';
INSERT INTO sqlite_sequence(name, seq) SELECT 'sources_v4', max(
  (SELECT coalesce(max(id), 0) FROM sources_v4), (SELECT coalesce(max(source_id), 0) FROM events),
  (SELECT coalesce(max(source_id), 0) FROM buckets), (SELECT coalesce(max(source_id), 0) FROM cost_lines),
  (SELECT coalesce(max(source_id), 0) FROM sync_log), (SELECT coalesce(max(source_id), 0) FROM budget_gauges),
  (SELECT coalesce(max(source_id), 0) FROM counter_state));
DELETE FROM sync_log WHERE source_id NOT IN (SELECT id FROM sources_v4);
DELETE FROM budget_gauges WHERE source_id NOT IN (SELECT id FROM sources_v4);
DELETE FROM counter_state WHERE source_id NOT IN (SELECT id FROM sources_v4);
DROP TABLE sources;
ALTER TABLE sources_v4 RENAME TO sources;
)SQL";

// Moves every fact filed under api_key dictionary id `from` to id `to` (two raw values that share
// one fingerprint); a provider bucket whose natural key now equals another's is summed into it. The
// rollups are not kept here: version 6 rebuilds them from the facts in the same transaction.
Result<void> mergeApiKey(Database& db, std::int64_t from, std::int64_t to)
{
    Statement moveEvents = db.prepare("UPDATE events SET api_key = ?2 WHERE api_key = ?1");
    moveEvents.bind(1, from).bind(2, to);
    if (!moveEvents.exec())
        return statementError(moveEvents);

    Statement bk = db.prepare("SELECT id FROM buckets WHERE api_key = ?1");
    bk.bind(1, from);
    std::vector<std::int64_t> moved;
    while (bk.step())
        moved.push_back(bk.int64(0));
    if (!bk.lastError().empty())
        return statementError(bk);
    Statement twin = db.prepare("SELECT t.id FROM buckets b JOIN buckets t ON t.source_id = b.source_id AND "
                                "t.start = b.start AND t.width = b.width AND t.kind = b.kind AND t.provider = "
                                "b.provider AND t.model = b.model AND t.project = b.project AND t.api_key = ?2 AND "
                                "t.user = b.user AND t.service_tier = b.service_tier AND t.context_window = "
                                "b.context_window AND t.batch = b.batch AND t.tenant = b.tenant AND t.team = b.team "
                                "WHERE b.id = ?1");
    Statement rename = db.prepare("UPDATE buckets SET api_key = ?2 WHERE id = ?1");
    Statement sumInto = db.prepare(
        "UPDATE buckets SET requests = requests + (SELECT requests FROM buckets WHERE id = ?1), "
        "input = input + (SELECT input FROM buckets WHERE id = ?1), "
        "cached = cached + (SELECT cached FROM buckets WHERE id = ?1), "
        "cw5m = cw5m + (SELECT cw5m FROM buckets WHERE id = ?1), "
        "cw1h = cw1h + (SELECT cw1h FROM buckets WHERE id = ?1), "
        "output = output + (SELECT output FROM buckets WHERE id = ?1), "
        "reported_cost = CASE WHEN reported_cost IS NULL AND (SELECT reported_cost FROM buckets WHERE id = ?1) IS NULL "
        "THEN NULL ELSE coalesce(reported_cost, 0) + coalesce((SELECT reported_cost FROM buckets WHERE id = ?1), 0) "
        "END, "
        "cost = CASE WHEN cost IS NULL AND (SELECT cost FROM buckets WHERE id = ?1) IS NULL THEN NULL "
        "ELSE coalesce(cost, 0) + coalesce((SELECT cost FROM buckets WHERE id = ?1), 0) END, "
        "cache_savings = cache_savings + (SELECT cache_savings FROM buckets WHERE id = ?1), "
        "cache_write_extra = cache_write_extra + (SELECT cache_write_extra FROM buckets WHERE id = ?1) "
        "WHERE id = ?2");
    Statement drop = db.prepare("DELETE FROM buckets WHERE id = ?1");
    for (std::int64_t id : moved) {
        twin.reset();
        twin.bind(1, id).bind(2, to);
        std::int64_t into = twin.step() ? twin.int64(0) : 0;
        twin.reset();
        if (!into) {
            rename.bind(1, id).bind(2, to);
            if (!rename.exec())
                return statementError(rename);
            continue;
        }
        sumInto.bind(1, id).bind(2, into);
        if (!sumInto.exec())
            return statementError(sumInto);
        drop.bind(1, id);
        if (!drop.exec())
            return statementError(drop);
    }
    Statement forget = db.prepare("DELETE FROM dims WHERE id = ?1");
    forget.bind(1, from);
    if (!forget.exec())
        return statementError(forget);
    return {};
}

// Rewrites stored api_key values (an older version kept them verbatim) to their fingerprints.
Result<void> fingerprintApiKeys(Database& db)
{
    const int kind = static_cast<int>(Dim::ApiKey);
    std::vector<std::pair<std::int64_t, std::string>> raw;
    {
        Statement s = db.prepare("SELECT id, value FROM dims WHERE kind = ?1 ORDER BY id");
        s.bind(1, kind);
        while (s.step())
            if (!isApiKeyFingerprint(s.text(1)))
                raw.emplace_back(s.int64(0), s.text(1));
        if (!s.lastError().empty())
            return statementError(s);
    }
    Statement find = db.prepare("SELECT id FROM dims WHERE kind = ?1 AND value = ?2");
    Statement rename = db.prepare("UPDATE dims SET value = ?2 WHERE id = ?1");
    for (const auto& [id, value] : raw) {
        std::string fp = apiKeyFingerprint(value);
        find.reset();
        find.bind(1, kind).bind(2, fp);
        std::int64_t existing = find.step() ? find.int64(0) : 0;
        find.reset();
        if (existing) {
            if (auto r = mergeApiKey(db, id, existing); !r)
                return r;
            continue;
        }
        rename.bind(1, id).bind(2, fp);
        if (!rename.exec())
            return statementError(rename);
    }
    return {};
}

// Version 5: the sync log counts the stored rows a run removed without replacement (a provider
// interval that came back with fewer rows, or empty), so no removal is silent.
constexpr std::string_view kV5 = R"SQL(
ALTER TABLE sync_log ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 6: requests are keyed by time (UTC day << 46 | a 46-bit hash of source and id, see
// UsageWriter::eventKey), so a load in time order appends and the events table needs no secondary index
// (the random 64-bit dedupe index outgrew the page cache at millions of rows; time ranges read the key).
// The rollup tables are declared explicitly (WITHOUT ROWID, primary key = their key, only the key columns
// they keep) and rebuilt from the facts (C++ step).
constexpr std::string_view kV6 = R"SQL(
CREATE TABLE events_v6(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, ext_id TEXT NOT NULL, ts INTEGER NOT NULL,
  provider INTEGER NOT NULL, model INTEGER NOT NULL, tenant INTEGER NOT NULL, team INTEGER NOT NULL,
  project INTEGER NOT NULL, env INTEGER NOT NULL, user INTEGER NOT NULL, api_key INTEGER NOT NULL,
  prompt_id INTEGER NOT NULL, prompt_version INTEGER NOT NULL, trace_id INTEGER NOT NULL,
  service_tier INTEGER NOT NULL,
  input INTEGER NOT NULL, cached INTEGER NOT NULL, cw5m INTEGER NOT NULL, cw1h INTEGER NOT NULL,
  output INTEGER NOT NULL,
  reported_cost INTEGER, cost INTEGER, price_id INTEGER NOT NULL DEFAULT 0,
  cache_savings INTEGER NOT NULL DEFAULT 0, cache_write_extra INTEGER NOT NULL DEFAULT 0,
  avoided INTEGER NOT NULL DEFAULT 0, latency_ms INTEGER, status INTEGER NOT NULL DEFAULT 200,
  flags INTEGER NOT NULL DEFAULT 0);
CREATE TEMP TABLE v6_ids(old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
)SQL";

Result<void> rekeyEvents(Database& db)
{
    {
        Statement sel = db.prepare("SELECT id, source_id, ext_id, ts FROM events ORDER BY ts");
        Statement copy = db.prepare(
            "INSERT INTO events_v6 SELECT ?2, source_id, ext_id, ts, provider, model, tenant, team, project, env, "
            "user, api_key, prompt_id, prompt_version, trace_id, service_tier, input, cached, cw5m, cw1h, output, "
            "reported_cost, cost, price_id, cache_savings, cache_write_extra, avoided, latency_ms, status, flags "
            "FROM events WHERE id = ?1 ON CONFLICT(id) DO NOTHING");
        Statement map = db.prepare("INSERT INTO v6_ids(old, new) VALUES(?1, ?2)");
        while (sel.step()) {
            std::int64_t key = 0;
            for (int salt = 0; salt <= 8 && !key; ++salt) {
                std::int64_t k = UsageWriter::eventKey(sel.int64(3), sel.int64(1), sel.text(2), salt);
                copy.bind(1, sel.int64(0)).bind(2, k);
                if (!copy.exec())
                    return statementError(copy);
                if (sqlite3_changes(db.handle()) == 1)
                    key = k;
            }
            if (!key)
                return makeError(ErrorCode::Database, "no free key for event " + sel.text(2));
            map.bind(1, sel.int64(0)).bind(2, key);
            if (!map.exec())
                return statementError(map);
        }
        if (!sel.lastError().empty())
            return statementError(sel);
    }
    std::string sql = R"SQL(
CREATE TABLE event_tags_v6(event_id INTEGER NOT NULL, key INTEGER NOT NULL, value INTEGER NOT NULL,
  PRIMARY KEY(event_id, key)) WITHOUT ROWID;
INSERT INTO event_tags_v6 SELECT m.new, t.key, t.value FROM event_tags t JOIN v6_ids m ON m.old = t.event_id;
DROP TABLE event_tags;
ALTER TABLE event_tags_v6 RENAME TO event_tags;
CREATE TABLE event_text_v6(event_id INTEGER PRIMARY KEY, prompt TEXT NOT NULL, response TEXT NOT NULL);
INSERT INTO event_text_v6 SELECT m.new, t.prompt, t.response FROM event_text t JOIN v6_ids m ON m.old = t.event_id;
DROP TABLE event_text;
ALTER TABLE event_text_v6 RENAME TO event_text;
UPDATE annotations SET event_id = coalesce((SELECT new FROM v6_ids WHERE old = event_id), 0);
DROP TABLE events;
ALTER TABLE events_v6 RENAME TO events;
DROP TABLE v6_ids;
DROP TABLE rollup_daily;
DROP TABLE rollup_daily_core;
DROP TABLE rollup_hourly;
)SQL";
    for (const auto& level : rollupLevels())
        sql += level.createSql(level.table) + ";\n";
    if (auto r = execSql(db.handle(), sql); !r)
        return r;
    return rebuildRollups(db, false); // buckets have no env column before version 8
}

// Version 7: budgets gain a lens, a fixed date range and a circuit-breaker source; the alerts each
// tier fired (at most once per budget, period and tier: the UNIQUE key decides which process fires)
// and the audit trail of blocks and unblocks.
constexpr std::string_view kV7 = R"SQL(
ALTER TABLE budgets ADD COLUMN lens INTEGER;
ALTER TABLE budgets ADD COLUMN range_from INTEGER NOT NULL DEFAULT 0;
ALTER TABLE budgets ADD COLUMN range_to INTEGER NOT NULL DEFAULT 0;
ALTER TABLE budgets ADD COLUMN cap_source TEXT NOT NULL DEFAULT '';
CREATE TABLE budget_alerts(
  id INTEGER PRIMARY KEY, budget_id INTEGER NOT NULL, budget_name TEXT NOT NULL,
  period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, tier INTEGER NOT NULL, fired INTEGER NOT NULL,
  spent INTEGER NOT NULL, amount INTEGER NOT NULL, forecast INTEGER NOT NULL, breach INTEGER,
  actions TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', acknowledged INTEGER NOT NULL DEFAULT 0,
  UNIQUE(budget_id, period_start, tier));
CREATE TABLE budget_audit(
  id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, budget_name TEXT NOT NULL, action TEXT NOT NULL,
  target_kind TEXT NOT NULL, target TEXT NOT NULL, source TEXT NOT NULL, ok INTEGER NOT NULL,
  detail TEXT NOT NULL DEFAULT '');
)SQL";

// Version 8: cost allocation rules (store/allocation.h). A rule fills a fact's empty owner dimension, so a
// provider bucket may now hold a rule's tenant, team, project or env: buckets gain `env` and `alloc` (which
// of those a rule set; events keep the same bits in `flags`), and both join the natural key, so a bucket
// whose team a rule filled never collides with one the source reported with that team. Nothing is
// allocated yet: the rollups are unchanged (a bucket's env was 0 before and is 0 now).
constexpr std::string_view kV8 = R"SQL(
CREATE TABLE allocation_rules(
  id INTEGER PRIMARY KEY AUTOINCREMENT, match_axis TEXT NOT NULL, match_value TEXT NOT NULL,
  target_axis TEXT NOT NULL, target_value TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL DEFAULT 0, UNIQUE(match_axis, match_value, target_axis));
CREATE TABLE buckets_v8(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, lens INTEGER NOT NULL DEFAULT 1,
  start INTEGER NOT NULL, width INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT '', provider INTEGER NOT NULL, model INTEGER NOT NULL, project INTEGER NOT NULL,
  api_key INTEGER NOT NULL, user INTEGER NOT NULL, service_tier INTEGER NOT NULL,
  context_window TEXT NOT NULL DEFAULT '', batch INTEGER NOT NULL DEFAULT 0,
  tenant INTEGER NOT NULL DEFAULT 0, team INTEGER NOT NULL DEFAULT 0, env INTEGER NOT NULL DEFAULT 0,
  alloc INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL, input INTEGER NOT NULL, cached INTEGER NOT NULL, cw5m INTEGER NOT NULL,
  cw1h INTEGER NOT NULL, output INTEGER NOT NULL, reported_cost INTEGER, cost INTEGER,
  price_id INTEGER NOT NULL DEFAULT 0, cache_savings INTEGER NOT NULL DEFAULT 0,
  cache_write_extra INTEGER NOT NULL DEFAULT 0,
  UNIQUE(source_id, start, width, kind, provider, model, project, api_key, user, service_tier, context_window, batch,
         tenant, team, env, alloc));
INSERT INTO buckets_v8(id, source_id, lens, start, width, kind, provider, model, project, api_key, user,
  service_tier, context_window, batch, tenant, team, requests, input, cached, cw5m, cw1h, output, reported_cost,
  cost, price_id, cache_savings, cache_write_extra)
  SELECT id, source_id, lens, start, width, kind, provider, model, project, api_key, user, service_tier,
    context_window, batch, tenant, team, requests, input, cached, cw5m, cw1h, output, reported_cost, cost,
    price_id, cache_savings, cache_write_extra FROM buckets;
DROP TABLE buckets;
ALTER TABLE buckets_v8 RENAME TO buckets;
)SQL";

// Version 9: annotations as FORMATS.md defines them - one per author and request (annotating again replaces
// it): a 1-5 rating, a thumb (1 up, -1 down), labels (a JSON array of names from the editable taxonomy in
// annotation_labels) and a comment; the version-2 rows carry over (their one label becomes a list).
// Full-text search over request texts: an FTS5 index on event_text (external content, kept in step by
// triggers; connections enable recursive_triggers so INSERT OR REPLACE keeps it exact too). Eval results
// are looked up by request.
constexpr std::string_view kV9 = R"SQL(
CREATE TABLE annotations_v9(
  id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, author TEXT NOT NULL, ts INTEGER NOT NULL,
  rating INTEGER CHECK(rating BETWEEN 1 AND 5), thumb INTEGER CHECK(thumb IN (-1, 1)),
  labels TEXT NOT NULL DEFAULT '[]', comment TEXT NOT NULL DEFAULT '', UNIQUE(event_id, author));
INSERT OR REPLACE INTO annotations_v9(event_id, author, ts, rating, labels, comment)
  SELECT event_id, author, created, CASE WHEN rating BETWEEN 1 AND 5 THEN rating END,
    CASE WHEN label = '' THEN '[]' ELSE json_array(label) END, note FROM annotations ORDER BY id;
DROP TABLE annotations;
ALTER TABLE annotations_v9 RENAME TO annotations;
CREATE INDEX annotations_author ON annotations(author, ts);
CREATE TABLE annotation_labels(
  name TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
INSERT INTO annotation_labels(name, description, position) VALUES
  ('correct', 'The answer is right and complete', 1),
  ('hallucination', 'States facts that are not true or not in the sources', 2),
  ('too verbose', 'Longer than the question needs', 3),
  ('off-policy', 'Breaks the product''s rules or tone', 4),
  ('formatting', 'Wrong format, markup or structure', 5);
CREATE VIRTUAL TABLE event_text_fts USING fts5(prompt, response, content='event_text', content_rowid='event_id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO event_text_fts(event_text_fts) VALUES('rebuild');
CREATE TRIGGER event_text_ai AFTER INSERT ON event_text BEGIN
  INSERT INTO event_text_fts(rowid, prompt, response) VALUES(new.event_id, new.prompt, new.response);
END;
CREATE TRIGGER event_text_ad AFTER DELETE ON event_text BEGIN
  INSERT INTO event_text_fts(event_text_fts, rowid, prompt, response)
    VALUES('delete', old.event_id, old.prompt, old.response);
END;
CREATE TRIGGER event_text_au AFTER UPDATE ON event_text BEGIN
  INSERT INTO event_text_fts(event_text_fts, rowid, prompt, response)
    VALUES('delete', old.event_id, old.prompt, old.response);
  INSERT INTO event_text_fts(rowid, prompt, response) VALUES(new.event_id, new.prompt, new.response);
END;
CREATE INDEX eval_results_request ON eval_results(event_ext_id) WHERE event_ext_id <> '';
)SQL";

// Version 10: time to first token of streamed responses, where the source reports it (NULL: not reported).
constexpr std::string_view kV10 = R"SQL(
ALTER TABLE events ADD COLUMN ttft_ms INTEGER;
)SQL";

// Version 11: each eval result with a request id links to its stored request (store/evallinks.h), so quality
// reads a range's eval results by request key; the C++ step links the stored ones.
constexpr std::string_view kV11 = R"SQL(
ALTER TABLE eval_results ADD COLUMN event_id INTEGER;
CREATE INDEX eval_results_event ON eval_results(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX eval_results_unlinked ON eval_results(id) WHERE event_id IS NULL AND event_ext_id <> '';
)SQL";

// Version 12: cost-leak findings (analytics/leaks.h, store/findingstore.h). One row per natural key (detector,
// scope, start of the range): re-running the detectors updates a finding in place, and a dismissal (flag, reason,
// who, when) survives every re-run.
constexpr std::string_view kV12 = R"SQL(
CREATE TABLE findings(
  id INTEGER PRIMARY KEY, natural_key TEXT NOT NULL UNIQUE, detector TEXT NOT NULL, severity TEXT NOT NULL,
  scope TEXT NOT NULL, range_from INTEGER NOT NULL, range_to INTEGER NOT NULL, usd_at_stake INTEGER NOT NULL,
  evidence TEXT NOT NULL, samples TEXT NOT NULL DEFAULT '[]', first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
  notified INTEGER NOT NULL DEFAULT 0, dismissed INTEGER NOT NULL DEFAULT 0, dismiss_reason TEXT NOT NULL DEFAULT '',
  dismissed_by TEXT NOT NULL DEFAULT '', dismissed_at INTEGER);
CREATE INDEX findings_range ON findings(range_to, range_from);
)SQL";

// Version 13: the Quality page's judgements kept summed (analytics/quality.h). request_judgements holds, per request
// with any eval result or annotation, the sums the page reads (eval results, score sum, passed, failed; annotations,
// ratings, rating sum, thumbs, high and low ratings) and the request's facts as they were counted (day, provider,
// model, tenant, team, project, env, prompt, cost, tokens; day NULL while no stored request has that id).
// judgement_daily sums those rows per day and those dimensions, with whether each request was judged and accepted.
// Triggers keep both exact on every write: eval results and annotations recompute their request's row from scratch,
// and each row change moves its contribution in the daily table; the writes that change a request's facts carry
// them over themselves (version 14, store/evallinks.h). The C++ step fills them for an existing database, then adds the
// triggers.
constexpr std::string_view kV13 = R"SQL(
CREATE TABLE request_judgements(
  event_id INTEGER PRIMARY KEY, evals INTEGER NOT NULL, score_sum REAL NOT NULL, passed INTEGER NOT NULL,
  failed INTEGER NOT NULL, annotations INTEGER NOT NULL, ratings INTEGER NOT NULL, rating_sum INTEGER NOT NULL,
  up INTEGER NOT NULL, down INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT NULL,
  day INTEGER, provider INTEGER, model INTEGER, tenant INTEGER, team INTEGER, project INTEGER, env INTEGER,
  prompt_id INTEGER, prompt_version INTEGER, cost INTEGER, tokens INTEGER);
CREATE TABLE judgement_daily(
  day INTEGER NOT NULL, provider INTEGER NOT NULL, model INTEGER NOT NULL, tenant INTEGER NOT NULL,
  team INTEGER NOT NULL, project INTEGER NOT NULL, env INTEGER NOT NULL, prompt_id INTEGER NOT NULL,
  prompt_version INTEGER NOT NULL, requests INTEGER NOT NULL, evals INTEGER NOT NULL, score_sum REAL NOT NULL,
  passed INTEGER NOT NULL, failed INTEGER NOT NULL, annotated INTEGER NOT NULL, ratings INTEGER NOT NULL,
  rating_sum INTEGER NOT NULL, up INTEGER NOT NULL, down INTEGER NOT NULL, judged INTEGER NOT NULL,
  accepted INTEGER NOT NULL, judged_priced INTEGER NOT NULL, judged_cost INTEGER NOT NULL,
  judged_tokens INTEGER NOT NULL,
  PRIMARY KEY(day, provider, model, tenant, team, project, env, prompt_id, prompt_version)) WITHOUT ROWID;
CREATE INDEX eval_results_unlinked_ts ON eval_results(ts) WHERE event_ext_id = '';
)SQL";

namespace {

// The statement that recomputes request `id`'s row of request_judgements (an SQL expression: new.event_id,
// old.event_id, ...) from its eval results, annotations and stored request, then drops it when nothing judges it.
std::string refreshJudgementsSql(const std::string& id)
{
    return "INSERT INTO request_judgements SELECT " + id
        + ", v.n, v.ss, v.p, v.f, a.an, a.rn, a.rs, a.up, a.dn, a.hi, a.lo, e.ts / 86400 * 86400, e.provider, e.model,"
          " e.tenant, e.team, e.project, e.env, e.prompt_id, e.prompt_version, e.cost, e.input + e.output FROM (SELECT "
          "count(*) AS n, total(score) AS ss,"
          " coalesce(sum(passed = 1), 0) AS p, coalesce(sum(passed = 0), 0) AS f FROM eval_results WHERE event_id = "
        + id
        + ") v, (SELECT count(*) AS an, count(rating) AS rn, coalesce(sum(rating), 0) AS rs, coalesce(sum(thumb = 1),"
          " 0) AS up, coalesce(sum(thumb = -1), 0) AS dn, coalesce(sum(rating >= 4), 0) AS hi, coalesce(sum(rating <="
          " 2), 0) AS lo FROM annotations WHERE event_id = "
        + id + ") a LEFT JOIN events e ON e.id = " + id
        + " WHERE v.n + a.an > 0 ON CONFLICT(event_id) DO UPDATE SET evals = excluded.evals, score_sum ="
          " excluded.score_sum, passed = excluded.passed, failed = excluded.failed, annotations = excluded.annotations,"
          " ratings = excluded.ratings, rating_sum = excluded.rating_sum, up = excluded.up, down = excluded.down,"
          " high = excluded.high, low = excluded.low, day = excluded.day, provider = excluded.provider, model ="
          " excluded.model, tenant = excluded.tenant, team = excluded.team, project = excluded.project, env ="
          " excluded.env, prompt_id = excluded.prompt_id, prompt_version = excluded.prompt_version, cost ="
          " excluded.cost, tokens = excluded.tokens; DELETE FROM request_judgements WHERE event_id = "
        + id + " AND NOT EXISTS (SELECT 1 FROM eval_results WHERE event_id = " + id
        + ") AND NOT EXISTS (SELECT 1 FROM annotations WHERE event_id = " + id + ");";
}

// A request_judgements row's contribution to judgement_daily (`r`: new, old or an alias), one term per
// kDailyMeasures column: the row itself, its sums, and whether it is judged and accepted (quality.h).
std::vector<std::string> dailyTerms(const char* r)
{
    const std::string p = std::string(r) + ".";
    const std::string judged
        = "(" + p + "passed + " + p + "failed + " + p + "up + " + p + "down + " + p + "ratings > 0)";
    return { "1", p + "evals", p + "score_sum", p + "passed", p + "failed", "(" + p + "annotations > 0)", p + "ratings",
        p + "rating_sum", p + "up", p + "down", judged,
        "(" + p + "passed + " + p + "up + " + p + "high > 0 AND " + p + "failed + " + p + "down + " + p + "low = 0)",
        "(" + judged + " AND " + p + "cost IS NOT NULL)",
        "(CASE WHEN " + judged + " THEN coalesce(" + p + "cost, 0) ELSE 0 END)",
        "(CASE WHEN " + judged + " THEN coalesce(" + p + "tokens, 0) ELSE 0 END)" };
}

constexpr const char* kDailyMeasures[] = { "requests", "evals", "score_sum", "passed", "failed", "annotated", "ratings",
    "rating_sum", "up", "down", "judged", "accepted", "judged_priced", "judged_cost", "judged_tokens" };

std::string addToDailySql(const char* r)
{
    const std::string p = std::string(r) + ".";
    std::string sql = "INSERT INTO judgement_daily SELECT " + p + "day, " + p + "provider, " + p + "model, " + p
        + "tenant, " + p + "team, " + p + "project, " + p + "env, " + p + "prompt_id, " + p + "prompt_version";
    for (const std::string& t : dailyTerms(r))
        sql += ", " + t;
    sql += " WHERE " + p + "day IS NOT NULL ON CONFLICT DO UPDATE SET ";
    for (std::size_t i = 0; i < std::size(kDailyMeasures); ++i)
        sql += std::string(i ? ", " : "") + kDailyMeasures[i] + " = " + kDailyMeasures[i] + " + excluded."
            + kDailyMeasures[i];
    return sql + ";";
}

std::string dailyKeyWhere(const char* r)
{
    const std::string p = std::string(r) + ".";
    return " WHERE day = " + p + "day AND provider = " + p + "provider AND model = " + p + "model AND tenant = " + p
        + "tenant AND team = " + p + "team AND project = " + p + "project AND env = " + p + "env AND prompt_id = " + p
        + "prompt_id AND prompt_version = " + p + "prompt_version";
}

std::string subtractFromDailySql(const char* r)
{
    std::string sql = "UPDATE judgement_daily SET ";
    const std::vector<std::string> terms = dailyTerms(r);
    for (std::size_t i = 0; i < std::size(kDailyMeasures); ++i)
        sql += std::string(i ? ", " : "") + kDailyMeasures[i] + " = " + kDailyMeasures[i] + " - " + terms[i];
    return sql + dailyKeyWhere(r) + "; DELETE FROM judgement_daily" + dailyKeyWhere(r) + " AND requests = 0;";
}

// The triggers that keep request_judgements and judgement_daily exact (version 13).
std::string judgementTriggersSql()
{
    std::string sql;
    for (const char* table : { "eval_results", "annotations" }) {
        const std::string t = table;
        const char* cols = t == "eval_results" ? "event_id, score, passed" : "event_id, rating, thumb";
        sql += "CREATE TRIGGER " + t + "_judged_ai AFTER INSERT ON " + t + " WHEN new.event_id IS NOT NULL BEGIN "
            + refreshJudgementsSql("new.event_id") + " END;\n";
        sql += "CREATE TRIGGER " + t + "_judged_ad AFTER DELETE ON " + t + " WHEN old.event_id IS NOT NULL BEGIN "
            + refreshJudgementsSql("old.event_id") + " END;\n";
        sql += "CREATE TRIGGER " + t + "_judged_au AFTER UPDATE OF " + cols + " ON " + t + " BEGIN "
            + refreshJudgementsSql("old.event_id")
            + refreshJudgementsSql("(CASE WHEN new.event_id IS NOT old.event_id THEN new.event_id END)") + " END;\n";
    }
    sql += "CREATE TRIGGER request_judgements_ai AFTER INSERT ON request_judgements WHEN new.day IS NOT NULL BEGIN "
        + addToDailySql("new") + " END;\n";
    sql += "CREATE TRIGGER request_judgements_ad AFTER DELETE ON request_judgements WHEN old.day IS NOT NULL BEGIN "
        + subtractFromDailySql("old") + " END;\n";
    sql += "CREATE TRIGGER request_judgements_au AFTER UPDATE ON request_judgements BEGIN "
        + subtractFromDailySql("old") + addToDailySql("new") + " END;\n";
    return sql;
}

} // namespace

Result<void> linkStoredEvalResults(Database& db)
{
    auto r = linkEvalResults(db);
    if (!r)
        return r.error();
    return {};
}

// Version 14: events carry their changed facts into request_judgements explicitly (store/evallinks.h,
// refreshJudgedFactsSql) instead of by row triggers, which ran a trigger program for every updated request, judged
// or not: re-pricing and allocation of millions of requests paid for it. (Version 13 as it now stands no longer
// creates them; this drops them where an earlier build did.)
constexpr std::string_view kV14 = R"SQL(
DROP TRIGGER IF EXISTS events_judged_au;
DROP TRIGGER IF EXISTS events_judged_ad;
)SQL";

// Fills the version-13 tables from the stored eval results and annotations, then adds their triggers.
Result<void> fillJudgements(Database& db)
{
    const std::string fill = R"SQL(
INSERT INTO request_judgements
  SELECT j.event_id, j.n, j.ss, j.p, j.f, j.an, j.rn, j.rs, j.up, j.dn, j.hi, j.lo, e.ts / 86400 * 86400,
    e.provider, e.model, e.tenant, e.team, e.project, e.env, e.prompt_id, e.prompt_version, e.cost, e.input + e.output
  FROM (SELECT event_id, sum(n) AS n, total(ss) AS ss, sum(p) AS p, sum(f) AS f, sum(an) AS an, sum(rn) AS rn,
      sum(rs) AS rs, sum(up) AS up, sum(dn) AS dn, sum(hi) AS hi, sum(lo) AS lo
    FROM (SELECT event_id, count(*) AS n, total(score) AS ss, coalesce(sum(passed = 1), 0) AS p,
        coalesce(sum(passed = 0), 0) AS f, 0 AS an, 0 AS rn, 0 AS rs, 0 AS up, 0 AS dn, 0 AS hi, 0 AS lo
      FROM eval_results WHERE event_id IS NOT NULL GROUP BY event_id
      UNION ALL
      SELECT event_id, 0, 0, 0, 0, count(*), count(rating), coalesce(sum(rating), 0), coalesce(sum(thumb = 1), 0),
        coalesce(sum(thumb = -1), 0), coalesce(sum(rating >= 4), 0), coalesce(sum(rating <= 2), 0)
      FROM annotations GROUP BY event_id)
    GROUP BY event_id) j
  LEFT JOIN events e ON e.id = j.event_id;
)SQL";
    // The same contributions the triggers add, summed per key.
    std::string daily = "INSERT INTO judgement_daily SELECT day, provider, model, tenant, team, project, env, "
                        "prompt_id, prompt_version";
    for (const std::string& t : dailyTerms("r"))
        daily += ", sum(" + t + ")";
    daily += " FROM request_judgements r WHERE r.day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;";
    for (const std::string& sql : { fill, daily, judgementTriggersSql() })
        if (auto r = execSql(db.handle(), sql); !r)
            return r;
    return {};
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> kAll
        = { { kV1 }, { kV2 }, { kV3 }, { kV4, &fingerprintApiKeys }, { kV5 }, { kV6, &rekeyEvents }, { kV7 }, { kV8 },
              { kV9 }, { kV10 }, { kV11, &linkStoredEvalResults }, { kV12 }, { kV13, &fillJudgements }, { kV14 } };
    return kAll;
}

} // namespace burnrate::schema

namespace burnrate::schema {

namespace {

Result<std::vector<std::pair<std::string, std::string>>> missingMeasureColumns(Database& db)
{
    std::vector<std::pair<std::string, std::string>> missing; // table, column
    for (const auto& level : rollupLevels()) {
        Statement info = db.prepare("SELECT name FROM pragma_table_info(?1)");
        info.bind(1, level.table);
        std::vector<std::string> have;
        while (info.step())
            have.push_back(info.text(0));
        if (!info.lastError().empty())
            return statementError(info);
        for (const Measure& m : kMeasures)
            if (std::find(have.begin(), have.end(), m.column) == have.end())
                missing.emplace_back(level.table, m.column);
    }
    return missing;
}

} // namespace

Result<void> addMissingMeasureColumns(Database& db)
{
    auto missing = missingMeasureColumns(db);
    if (!missing)
        return missing.error();
    if (missing->empty())
        return {};
    if (auto r = db.begin(); !r)
        return r;
    missing = missingMeasureColumns(db); // another process may have added them meanwhile
    Result<void> r = missing ? Result<void>() : Result<void>(missing.error());
    for (std::size_t i = 0; r && i < missing->size(); ++i)
        r = execSql(db.handle(),
            "ALTER TABLE " + (*missing)[i].first + " ADD COLUMN " + (*missing)[i].second
                + " INTEGER NOT NULL DEFAULT 0");
    if (r && !missing->empty())
        r = rebuildRollups(db);
    if (r)
        r = db.commit();
    if (!r) {
        db.rollback();
        return makeError(ErrorCode::Database, "adding a measure to the rollups failed: " + r.error().detail);
    }
    return {};
}

} // namespace burnrate::schema
