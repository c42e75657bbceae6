#include "store/schema.h"

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

} // namespace

const std::vector<std::string_view>& migrations()
{
    static const std::vector<std::string_view> kAll = { kV1, kV2, kV3 };
    return kAll;
}

} // namespace burnrate::schema
