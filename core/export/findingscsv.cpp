#include "export/findingscsv.h"

#include "export/financecsv.h"
#include "model/timeutil.h"

namespace burnrate {

void writeFindingsCsv(std::ostream& out, const std::vector<Finding>& findings, int decimals)
{
    out << "detector,severity,scope,from,to,usd_at_stake,evidence\r\n";
    for (const Finding& f : findings) {
        out << csvField(leakDetectorName(f.detector)) << ',' << csvField(severityName(f.severity)) << ','
            << csvField(scopeText(f.scope)) << ',' << csvField(formatTimestamp(f.from)) << ','
            << csvField(formatTimestamp(f.to)) << ',' << csvNumber(formatDecimal(f.usdAtStake, decimals)) << ','
            << csvField(f.evidence) << "\r\n";
    }
}

} // namespace burnrate
