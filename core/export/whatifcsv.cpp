#include "export/whatifcsv.h"

#include "export/financecsv.h"
#include "model/timeutil.h"

#include <string>

namespace burnrate {

namespace {

// 1234 hundredths of a percent -> "12.34".
std::string hundredths(std::int64_t v)
{
    return formatDecimal(v * 10'000'000, 2);
}

// The money cells of one row: baseline, scenario, saving (of the printed amounts) and the percentage.
std::string moneyCells(Nano baseline, Nano scenario, int decimals)
{
    const Nano b = roundNano(baseline, decimals), s = roundNano(scenario, decimals);
    const Nano saving = b - s;
    std::string line = csvNumber(formatDecimal(b, decimals)) + ',' + csvNumber(formatDecimal(s, decimals)) + ','
        + csvNumber(formatDecimal(saving, decimals)) + ',';
    if (baseline != 0)
        line += csvNumber(hundredths(savingHundredthsPercent(baseline - scenario, baseline)));
    return line;
}

} // namespace

void writeWhatIfCsv(std::ostream& out, const WhatIfResult& r, int decimals)
{
    out << "step,scenario,requests_affected,baseline_usd,scenario_usd,saving_usd,saving_pct\r\n";
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const StepResult& st = r.steps[i];
        out << (i + 1) << ',' << csvField(describeStep(st.step)) << ',' << st.requestsAffected << ','
            << moneyCells(st.baseline, st.scenario, decimals) << "\r\n";
    }
    out << "TOTAL," << csvField("all steps") << ',' << r.requestsAffected << ','
        << moneyCells(r.baseline, r.scenario, decimals) << "\r\n";
}

void writeWhatIfBreakdownCsv(std::ostream& out, const WhatIfResult& r, int decimals)
{
    out << "tenant,prompt,function,requests,baseline_usd,scenario_usd,saving_usd,saving_pct\r\n";
    for (const GroupSaving& g : r.groups)
        out << csvField(g.tenant) << ',' << csvField(g.prompt) << ',' << csvField(g.function) << ',' << g.requests
            << ',' << moneyCells(g.baseline, g.scenario, decimals) << "\r\n";
}

void writeRecommendationsCsv(std::ostream& out, const std::vector<Recommendation>& recs, int decimals)
{
    out << "rank,kind,title,saving_usd,from,to,scope,steps\r\n";
    int rank = 0;
    for (const Recommendation& r : recs) {
        std::string steps;
        for (const ScenarioStep& st : r.scenario.steps)
            steps += (steps.empty() ? "" : "; ") + describeStep(st);
        out << ++rank << ',' << csvField(r.kind) << ',' << csvField(r.title) << ','
            << csvNumber(formatDecimal(r.saving, decimals)) << ',' << formatDate(r.scenario.from) << ','
            << formatDate(r.scenario.to - kSecondsPerDay) << ',' << csvField(formatScope(r.scenario.scope)) << ','
            << csvField(steps) << "\r\n";
    }
}

} // namespace burnrate
