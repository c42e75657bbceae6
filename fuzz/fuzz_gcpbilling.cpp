// libFuzzer target: Cloud Billing export files (gcp-billing), read as JSON Lines, as a JSON array and as CSV
// through the real reader and summed by the real aggregate; what is accepted must be storable.
#include "sources/gcpbilling.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string dir = [] {
        char tmpl[] = "/tmp/fuzz_gcpbilling.XXXXXX";
        const char* d = mkdtemp(tmpl);
        return std::string(d ? d : "/tmp");
    }();
    for (const char* name : { "/export.jsonl", "/export.csv" }) {
        const std::string path = dir + name;
        std::FILE* f = std::fopen(path.c_str(), "wb");
        if (!f)
            return 0;
        std::fwrite(data, 1, size, f);
        std::fclose(f);
        burnrate::VertexBillingAggregate agg;
        auto read = burnrate::readBillingExport(
            path,
            [&](const burnrate::BillingExportRow& row) -> burnrate::Result<void> {
                if (row.end <= row.start || row.credits > 0)
                    __builtin_trap(); // accepted rows are valid
                auto ok = agg.add(row);
                if (!ok && ok.error().code == burnrate::ErrorCode::Invalid)
                    return {};
                return ok;
            },
            [](const burnrate::BillingRowProblem&) {});
        (void)read;
        for (const burnrate::UsageBucket& b : agg.buckets())
            if (b.tokens.input < 0 || b.tokens.output < 0 || b.tokens.cachedInput > b.tokens.input
                || (b.reportedCost && *b.reportedCost < 0))
                __builtin_trap();
        std::remove(path.c_str());
    }
    return 0;
}
