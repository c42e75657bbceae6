#pragma once

// Prometheus text exposition format 0.0.4: a pure parser (no I/O).

#include "model/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace burnrate {

enum class PromType
{
    Untyped,
    Counter,
    Gauge,
    Histogram,
    Summary
};

struct PromSample
{
    std::string name; // full sample name (x_bucket, x_total, ...)
    std::vector<std::pair<std::string, std::string>> labels; // unescaped, in wire order
    double value = 0; // NaN and +-Inf allowed
    std::optional<std::int64_t> timestampMs;

    // Value of a label, "" when missing.
    std::string label(std::string_view name) const;
};

struct PromFamily
{
    std::string name;
    PromType type = PromType::Untyped;
    std::string help; // unescaped
    std::vector<PromSample> samples;
};

struct PromParseResult
{
    std::vector<PromFamily> families;
    std::int64_t badLines = 0;
    std::vector<std::string> problems; // first few, "line N: reason"
};

// Parses a whole exposition. Invalid lines are skipped and counted (one bad series must not hide
// the rest); an input with bad lines and no valid sample at all, or that is not text, is an error.
// Accepts CRLF, tabs, trailing commas in label sets, and samples whose family has no TYPE.
Result<PromParseResult> parsePrometheusText(std::string_view text);

// Parses a Go ParseFloat-style value: decimals, exponents, NaN, +Inf, -Inf, Inf (any case).
std::optional<double> parsePromValue(std::string_view text);

// Unescapes a label value (\\, \", \n); nullopt on a dangling backslash.
std::optional<std::string> unescapeLabelValue(std::string_view raw);

} // namespace burnrate
