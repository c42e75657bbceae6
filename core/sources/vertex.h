#pragma once
// Cloud Monitoring timeSeries.list pages (the vertex source, sources/vertex.cpp): a pure parser, no I/O.

#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace burnrate {

struct TimeSeriesPoints
{
    // "metric.type" -> "input", "resource.model_user_id" -> "gemini-2.5-flash", ...
    std::map<std::string, std::string> labels;
    std::vector<std::pair<Epoch, std::int64_t>> points; // interval end time, value
};

struct TimeSeriesPage
{
    std::vector<TimeSeriesPoints> series;
    std::string nextPageToken;
    bool partial = false; // executionErrors: some data may be missing
};

// Parses one page; values must be whole counts in 0..2^53 (int64Value is a string in proto3 JSON).
Result<TimeSeriesPage> parseTimeSeriesPage(std::string_view body);

} // namespace burnrate
