#pragma once
// Agreement between annotators (issue 10): Cohen's kappa on thumbs, Krippendorff's alpha on ratings, per
// prompt version (or any dimension).
//
// Choices, documented here once:
// - Thumbs, two annotators: Cohen's kappa. More than two: the mean of the pairwise Cohen's kappas over every
//   pair of annotators that thumbed at least two requests in common (Light's kappa), because annotators
//   review different subsets and Fleiss' kappa needs the same number of ratings on every item.
// - Ratings: Krippendorff's alpha with the ordinal metric (a 1-5 rating is an ordered category; the step
//   from 4 to 5 is not assumed to equal the step from 1 to 2), any number of annotators, missing ratings
//   allowed; only requests rated by at least two annotators are pairable. Nominal and interval metrics are
//   there too.
// - Undefined is not 1: when the data shows no variation at all (every judgement the same category, so the
//   agreement expected by chance is already perfect) kappa and alpha are nullopt; the observed agreement
//   (share of agreeing pairs) is reported beside them and is 1 then. One annotator: nothing is computed.

#include "analytics/costquery.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace burnrate {

class Database;

struct KappaResult
{
    std::optional<double> kappa; // nullopt: undefined (fewer than 2 items, or no variation)
    double observed = 0; // share of items on which the two agree (0 with no items)
    std::int64_t items = 0;
};
// Cohen's kappa of two raters over items coded with any integer categories: (p_o - p_e) / (1 - p_e).
KappaResult cohensKappa(const std::vector<std::pair<int, int>>& pairs);

enum class AlphaMetric
{
    Nominal,
    Ordinal,
    Interval,
};
struct AlphaResult
{
    std::optional<double> alpha; // nullopt: undefined (no pairable values, or a single value throughout)
    std::int64_t units = 0; // units with at least two values (pairable)
    std::int64_t values = 0; // pairable values (n of the coincidence matrix)
};
// Krippendorff's alpha over units x coders; a missing value is nullopt. Units with fewer than two values
// are not pairable and are left out (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
AlphaResult krippendorffAlpha(const std::vector<std::vector<std::optional<int>>>& units, AlphaMetric metric);

// Several annotators' thumbs, one map per request: (annotator, thumb as -1/1).
struct MultiKappa
{
    std::optional<double> kappa; // Cohen's with two annotators, else the mean of the defined pairwise kappas
    std::optional<double> observed; // share of agreeing pairs of thumbs on one request, over all requests
    std::int64_t items = 0; // requests with at least two thumbs
    int annotators = 0; // annotators who thumbed such a request
    int pairs = 0; // annotator pairs whose kappa is in the mean
};
MultiKappa meanPairwiseKappa(const std::vector<std::vector<std::pair<std::string, int>>>& items);

// Agreement per value of a dimension (prompt_version by default) over the annotated requests made in
// [from, to) that pass the filters (dimension filters; tags are refused).
struct AgreementRow
{
    std::string group; // the dimension's value ("" = none)
    std::int64_t annotated = 0; // requests with any annotation
    std::int64_t items = 0; // requests annotated by at least two annotators
    int annotators = 0; // distinct authors in the group
    MultiKappa thumbs;
    AlphaResult ratings; // ordinal alpha
};
Result<std::vector<AgreementRow>> agreementBy(
    Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters = {}, Dim groupBy = Dim::PromptVersion);

} // namespace burnrate
