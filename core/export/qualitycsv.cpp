#include "export/qualitycsv.h"

#include "export/financecsv.h"
#include "model/timeutil.h"

#include <cmath>
#include <cstdio>

namespace burnrate {

std::string formatRatio(double v)
{
    if (!std::isfinite(v))
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6f", v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.')
            s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

void writeQualityCsv(std::ostream& out, const QualityQuery& q, const QualityResult& r, int decimals)
{
    const bool timed = q.granularity != Granularity::None;
    std::string line;
    int cells = 0; // cells of the current line so far (an empty key is a cell too)
    auto sep = [&] {
        if (cells++)
            line += ',';
    };
    if (timed) {
        sep();
        line += csvField(granularityName(q.granularity));
    }
    for (const auto& a : q.groupBy) {
        sep();
        line += csvField(a.name());
    }
    sep();
    line += "requests,cost_usd,cost_per_request_usd,eval_results,eval_score_mean,eval_pass_rate,annotated,"
            "human_rating_mean,judged,accepted,acceptance_rate,cost_per_accepted_usd\r\n";
    out << line;
    auto money = [&](std::optional<Nano> v) {
        return v ? csvNumber(formatDecimal(*v, decimals)) : std::string();
    };
    auto ratio = [](std::optional<double> v) {
        return v ? csvNumber(formatRatio(*v)) : std::string();
    };
    for (const QualityRow& row : r.rows) {
        line.clear();
        cells = 0;
        if (timed) {
            sep();
            std::string d = formatDate(row.bucket);
            line += q.granularity == Granularity::Month ? d.substr(0, 7)
                : q.granularity == Granularity::Hour    ? formatTimestamp(row.bucket)
                                                        : d;
        }
        for (const auto& k : row.keys) {
            sep();
            line += csvField(k);
        }
        sep();
        const QualityCounts& c = row.counts;
        line += std::to_string(c.requests)
            + ','
            // No priced request: the cost is unknown (unpriced is not free), never $0.
            + money(c.requests > 0 && c.pricedRequests == 0 ? std::nullopt : std::optional<Nano>(c.cost)) + ','
            + money(c.costPerRequest()) + ',' + std::to_string(c.evalResults) + ',' + ratio(c.evalScoreMean()) + ','
            + ratio(c.evalPassRate()) + ',' + std::to_string(c.annotated) + ',' + ratio(c.humanRatingMean()) + ','
            + std::to_string(c.judged) + ',' + std::to_string(c.accepted) + ',' + ratio(c.acceptanceRate()) + ','
            + money(c.costPerAccepted()) + "\r\n";
        out << line;
    }
}

} // namespace burnrate
