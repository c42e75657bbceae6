#pragma once
// Quality beside cost (FORMATS.md "Annotations and quality"): per group of requests (any group-by of the
// attribution lens) the requests and their cost, the eval results, the human annotations, and whether each
// request's answer was accepted; the intervals that say whether a difference is real (Wilson, Newcombe,
// bootstrap), the Pareto frontier of cost against quality, and a two-variant comparison with a plain verdict.
//
// Definitions. A judgement is an eval result with a verdict (passed true or false), a thumb, or a rating. A
// request is judged when it has any judgement; accepted when at least one is positive (eval passed, thumb up,
// rating >= 4) and none negative (eval failed, thumb down, rating <= 2). Eval results link to requests by the
// request id (events.ext_id); those without one join the group by model, prompt_id and prompt_version - when
// every group-by and filter axis is one of those (or model_tier), else they are counted as unattributed.
// Money is integer nano-USD; cost per request divides by the priced requests (unpriced is not free: it is
// counted apart, never as $0).

#include "analytics/costquery.h"
#include "model/money.h"
#include "model/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace burnrate {

class Database;

struct QualityQuery
{
    Epoch from = 0, to = 0; // [from, to)
    Granularity granularity = Granularity::None; // Week for a trend
    std::vector<Axis> groupBy;
    std::vector<Filter> filters;
};

// The additive counts of a set of requests and eval results.
struct QualityCounts
{
    std::int64_t requests = 0;
    std::int64_t pricedRequests = 0; // requests with a computed cost
    Nano cost = 0; // of the priced requests
    // Sum of cost^2 (nano-USD^2) of the priced requests, only for the cost interval of compareVariants: run()
    // leaves it 0 (no rollup holds it); samples() reads it for the one group compared.
    double costSquares = 0;
    std::int64_t tokens = 0; // input + output
    std::int64_t evalResults = 0;
    double evalScoreSum = 0;
    std::int64_t evalPassed = 0, evalFailed = 0; // results with a verdict
    std::int64_t annotated = 0; // requests with at least one annotation
    std::int64_t ratings = 0, ratingSum = 0; // annotations with a rating
    std::int64_t thumbsUp = 0, thumbsDown = 0; // annotations with a thumb
    std::int64_t judged = 0, accepted = 0; // requests
    std::int64_t judgedPriced = 0;
    Nano judgedCost = 0; // of the judged requests
    std::int64_t judgedTokens = 0;
    bool overflow = false; // a sum did not fit 64 bits: the figures must not be shown

    QualityCounts& operator+=(const QualityCounts& o);

    // Each is nullopt where it is undefined (no denominator).
    std::optional<Nano> costPerRequest() const;
    std::optional<double> evalScoreMean() const;
    std::optional<double> evalPassRate() const; // passed / results with a verdict
    std::optional<double> humanRatingMean() const;
    std::optional<double> acceptanceRate() const; // accepted / judged
    // Cost of the judged requests / accepted; undefined too when no judged request is priced.
    std::optional<Nano> costPerAccepted() const;
    std::optional<std::int64_t> tokensPerAccepted() const; // tokens of the judged requests / accepted
};

struct QualityRow
{
    Epoch bucket = 0; // start of the time bucket (0 without granularity)
    std::vector<std::string> keys; // one per group-by axis
    QualityCounts counts;
};

struct QualityResult
{
    std::vector<QualityRow> rows; // by bucket, then requests descending, then keys
    QualityCounts total;
    std::int64_t unattributedEvals = 0; // eval results without a request id that this grouping cannot place
};

// The individual values behind the means of one group, for bootstrap intervals.
struct QualitySamples
{
    std::vector<double> evalScores;
    std::vector<double> ratings;
    double costSquares = 0; // QualityCounts::costSquares of the group
};

// run() reads the request measures from the cost rollups and the judgement measures from judgement_daily (schema
// 13: per day, provider, model, tenant, team, project, env, prompt_id and prompt_version, kept exact by triggers
// on every write) when the range is whole days and every group-by and filter axis is one of those (or model_tier); any
// other query reads the range's judgements by request key and looks up each judged request. Both give the same counts;
// the eval score sum may differ in its last bits (floating-point sums in another order).
class QualityQueries
{
public:
    explicit QualityQueries(Database& db);
    // Fails with ErrorCode::Invalid for a tag-value axis; any other dimension or tag groups and filters.
    Result<QualityResult> run(const QualityQuery& q);
    // Only the annotation counts (annotated, ratings, ratingSum, thumbsUp, thumbsDown) of each group and time
    // bucket of `q` that has annotations (any granularity, hours too): read from the daily judgement sums when
    // they answer `q` (as run()), else from the annotations of the range, never from every request. Rows and
    // order as run(); the other counts are zero.
    Result<QualityResult> annotationTally(const QualityQuery& q);
    // The eval scores, ratings and sum of squared costs of the one group of `q` whose keys are `keys` (one per
    // group-by axis). Reads the group's requests of the range (the squared costs): for a comparison, not a table.
    Result<QualitySamples> samples(const QualityQuery& q, const std::vector<std::string>& keys);

private:
    Database& m_db;
};

// ---- intervals ----

struct Interval
{
    double low = 0, high = 0;
    bool contains(double v) const
    {
        return low <= v && v <= high;
    }
};
constexpr double kZ95 = 1.959963984540054;

// Wilson score interval of k successes in n trials; nullopt when n <= 0 or k is outside 0..n.
std::optional<Interval> wilsonInterval(std::int64_t k, std::int64_t n, double z = kZ95);
// Newcombe's hybrid score interval (method 10 of Newcombe 1998) of the difference p2 - p1, from the Wilson
// intervals of k1/n1 and k2/n2; nullopt when either is undefined.
std::optional<Interval> newcombeDifference(
    std::int64_t k1, std::int64_t n1, std::int64_t k2, std::int64_t n2, double z = kZ95);
// Percentile bootstrap interval of the mean of `values` (`resamples` resamples drawn by a 64-bit Mersenne
// twister seeded with `seed`: the same input and seed give the same interval); nullopt when empty.
std::optional<Interval> bootstrapMeanInterval(
    const std::vector<double>& values, std::uint64_t seed = 1, int resamples = 2000, double level = 0.95);
// The same for mean(b) - mean(a), resampling each independently.
std::optional<Interval> bootstrapMeanDifference(const std::vector<double>& a, const std::vector<double>& b,
    std::uint64_t seed = 1, int resamples = 2000, double level = 0.95);

// ---- Pareto frontier ----

struct CostQualityPoint
{
    double cost = 0; // lower is better
    double quality = 0; // higher is better
};
// Indices of the points no other point dominates (at most the cost and at least the quality, better in one),
// ordered by cost ascending, then quality descending, then index. Identical points are all on it (neither
// dominates the other); points with a NaN coordinate never are.
std::vector<std::size_t> paretoFrontier(const std::vector<CostQualityPoint>& points);

// ---- comparing two variants ----

struct CompareOptions
{
    std::int64_t minJudged = 30; // fewer judged requests (or eval verdicts) than this on either side: not enough
    std::uint64_t seed = 1;
    int resamples = 2000;
};

struct Comparison
{
    // Cost per request of B relative to A: B / A - 1 (e.g. -0.41: B saves 41%), with a delta-method interval.
    std::optional<double> costChange;
    std::optional<Interval> costChangeInterval;
    // Rates and means of each side with their intervals; the differences are B - A.
    std::optional<double> acceptanceA, acceptanceB;
    std::optional<Interval> acceptanceIntervalA, acceptanceIntervalB, acceptanceDifference;
    std::optional<double> passRateA, passRateB;
    std::optional<Interval> passRateIntervalA, passRateIntervalB, passRateDifference;
    std::optional<double> scoreMeanA, scoreMeanB;
    std::optional<Interval> scoreIntervalA, scoreIntervalB, scoreDifference;
    std::optional<double> ratingMeanA, ratingMeanB;
    std::optional<Interval> ratingIntervalA, ratingIntervalB, ratingDifference;
    // What the verdict judges quality by, on how many (judged requests or eval verdicts) per side, and whether
    // the difference's interval excludes 0.
    enum class Basis
    {
        NotEnough,
        Acceptance,
        EvalPassRate
    };
    enum class Significance
    {
        Noise,
        Rises,
        Drops
    };
    Basis basis = Basis::NotEnough;
    std::int64_t nA = 0, nB = 0; // the judged requests when NotEnough
    Significance significance = Significance::Noise;
    std::string verdict; // "B saves 41% per request; acceptance 90% vs 88%, difference within noise at n=212"
};

// Compares variant B against A (figures of A first in the verdict). Quality is the acceptance rate when both
// have at least minJudged judged requests, else the eval pass rate when both have that many verdicts.
Comparison compareVariants(const QualityCounts& a, const QualitySamples& sa, const QualityCounts& b,
    const QualitySamples& sb, const CompareOptions& options = {});

} // namespace burnrate
