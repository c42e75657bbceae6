#pragma once

#include "ingest/requestlog.h"

namespace burnrate {

class Database;

// One quality-eval result: a score of a model (and prompt version) on a named eval.
struct EvalRecord
{
    Epoch ts = 0;
    std::string evalName, model, promptId, promptVersion, requestId;
    double score = 0; // 0..1 by convention; any finite number is kept
    std::optional<bool> passed;
};

// Parses one JSONL eval record: ts, eval (or eval_name), model, score required; prompt_id,
// prompt_version, passed, request_id optional.
bool parseEvalJson(std::string_view line, EvalRecord& out, std::string& reason);

// The model a promptfoo provider id names: the provider prefix and an API-mode segment are dropped
// ("openai:gpt-4o-mini" -> "gpt-4o-mini", "openai:chat:gpt-4o" -> "gpt-4o", "ollama:chat:llama3:8b" ->
// "llama3:8b", "bedrock:anthropic.claude-3-haiku" -> "anthropic.claude-3-haiku"); an id without ':' is kept.
std::string promptfooModel(std::string_view providerId);

// The largest promptfoo output file read (it is parsed whole).
constexpr std::int64_t kMaxPromptfooBytes = 256LL << 20;

// Parses promptfoo's `promptfoo eval -o out.json` output: {"evalId", "results": {"version", "timestamp",
// "results": [...]}, "config": {"description"}} or the older shape with the results array at the top level.
// Each result gives one record: model from provider.id, eval name from the description (else "promptfoo"),
// score (else gradingResult.score, else 1/0), passed = success, prompt_id / prompt_version / request_id from
// vars (or testCase.vars), else the prompt's label ("id@version" or "id"). promptfoo writes one timestamp per
// run: result i is stored at that timestamp + i seconds so a run's results stay apart under the eval key
// (eval, model, prompt, version, ts, request) and a re-import replaces them one for one. Results the provider
// failed to answer (an error, nothing graded) and malformed ones are counted in `sum` (line = position + 1).
// Fails on a file that is not promptfoo output (not JSON, no results, nested deeper than 64).
Result<std::vector<EvalRecord>> parsePromptfooJson(std::string_view text, ImportSummary& sum);
// promptfoo's JSONL output (`promptfoo eval -o out.jsonl`): one result a line, read as in the JSON output; its
// lines carry no time, so result i is stored at runTs + i - 1 seconds (the importer passes the file's
// modification time). A malformed line is quarantined (its line number and reason), the others kept.
Result<std::vector<EvalRecord>> parsePromptfooJsonl(std::string_view text, Epoch runTs, ImportSummary& sum);
// Whether the first line of a .jsonl file's head is a promptfoo result (an object with "provider" and "success").
bool looksLikePromptfooLine(std::string_view head);

// Imports eval results (.jsonl or .csv with the same column names, or promptfoo's JSON output: a .json file
// holding one object with "results", or its .jsonl output: lines with a provider and a success flag) into eval_results;
// re-importing the same (eval, model, prompt, version, ts, request_id) replaces the score.
Result<ImportSummary> importEvalFile(Database& db, const std::string& path);

} // namespace burnrate
