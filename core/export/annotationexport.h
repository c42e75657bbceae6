#pragma once
// Annotation export (FORMATS.md "Annotations and quality"): JSON Lines and CSV, one row per annotation,
// with the request's source, id, dimensions and texts, for eval datasets and fine-tuning.

#include "analytics/agreement.h"
#include "model/result.h"
#include "model/timeutil.h"
#include "store/annotationstore.h"

#include <ostream>
#include <string>
#include <vector>

namespace burnrate {

class Database;

// One annotation with what the export carries of its request.
struct AnnotationExportRow
{
    Annotation annotation;
    std::string source, requestId;
    Epoch requestTs = 0;
    std::string model, promptId, promptVersion, tenant;
    std::string prompt, response; // "" when the request has no text
};

// The annotations of the requests made in [from, to), by request time then author.
Result<std::vector<AnnotationExportRow>> annotationExportRows(Database& db, Epoch from, Epoch to);

// The columns of both formats, in order (CSV header; JSONL member order).
const std::vector<std::string>& annotationExportColumns();

// "up", "down" or "".
std::string thumbName(const std::optional<Thumb>& t);

// One JSON object per line (LF): source, request_id, author, ts (RFC 3339 UTC), rating (1-5 or null),
// thumb ("up", "down" or null), labels (array), comment, model, prompt_id, prompt_version, tenant, prompt,
// response, request_ts. Text that is not valid UTF-8 is written with U+FFFD.
void writeAnnotationsJsonl(std::ostream& out, const std::vector<AnnotationExportRow>& rows);
// RFC 4180 CSV (UTF-8, CRLF, one header row) of the same columns; labels joined with "; ", empty cells for
// no rating or thumb; text cells neutralised for spreadsheets like the finance CSV (export/financecsv.h).
void writeAnnotationsCsv(std::ostream& out, const std::vector<AnnotationExportRow>& rows);

// The agreement CSV (RFC 4180, CRLF) of `annotations agreement`: the group column (named `groupName`), then
// annotated, items (requests with two or more annotators), annotators, thumb_kappa, thumb_agreement,
// thumb_items, thumb_pairs, rating_alpha (ordinal), rating_units; an undefined statistic is an empty cell.
void writeAgreementCsv(std::ostream& out, const std::vector<AgreementRow>& rows, const std::string& groupName);

} // namespace burnrate
