// libFuzzer target: request-log records, as JSON Lines and as CSV (first record = header).
#include "ingest/csvreader.h"
#include "ingest/requestlog.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view all(reinterpret_cast<const char*>(data), size);
    // JSONL: every line on its own.
    std::size_t pos = 0;
    while (pos <= all.size()) {
        std::size_t nl = all.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = all.size();
        burnrate::UsageEvent e;
        std::string reason;
        if (burnrate::parseRequestJson(all.substr(pos, nl - pos), e, reason)) {
            if (e.tokens.input < 0 || e.tokens.uncachedInput() < 0 || e.tokens.output < 0)
                __builtin_trap(); // accepted records are valid
        }
        pos = nl + 1;
    }
    // CSV through the real reader.
    std::string copy(all);
    std::FILE* f = fmemopen(copy.empty() ? nullptr : copy.data(), copy.size(), "rb");
    if (!f)
        return 0;
    burnrate::CsvReader reader(f, 1 << 20);
    burnrate::RequestCsvSchema schema;
    std::vector<std::string> fields;
    std::int64_t line = 0;
    bool haveHeader = false;
    for (int n = 0; n < 10000; ++n) {
        auto st = reader.next(fields, line);
        if (st == burnrate::CsvReader::Status::End)
            break;
        if (st != burnrate::CsvReader::Status::Record)
            continue;
        std::string reason;
        if (!haveHeader) {
            if (!schema.setHeader(fields, reason))
                break;
            haveHeader = true;
            continue;
        }
        burnrate::UsageEvent e;
        if (schema.parse(fields, e, reason) && (e.tokens.input < 0 || e.tokens.uncachedInput() < 0))
            __builtin_trap();
    }
    std::fclose(f);
    return 0;
}
