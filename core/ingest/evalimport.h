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

// Imports eval results (.jsonl or .csv with the same column names) into eval_results;
// re-importing the same (eval, model, prompt, version, ts, request_id) replaces the score.
Result<ImportSummary> importEvalFile(Database& db, const std::string& path);

} // namespace burnrate
