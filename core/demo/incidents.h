#pragma once

#include "analytics/leaks.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <vector>

namespace burnrate {

class Database;
class PriceBook;

// A cost leak the generator planted: what a detector should find.
struct PlantedIncident
{
    LeakDetector kind = LeakDetector::SpendAnomaly;
    LeakScope scope; // tenant=..., prompt=..., model=...
    Epoch from = 0, to = 0;
};

struct IncidentOptions
{
    int days = 84;
    std::uint64_t seed = 7;
    int perKind = 4; // incidents planted per detector (at most 4)
    std::int64_t eventsPerDay = 2000; // a weekday's regular requests at the start (weekends fewer, growth 30%)
    Epoch end = 1780272000; // the first day after the data (2026-06-01)
};

struct IncidentSet
{
    std::vector<PlantedIncident> incidents;
    Epoch from = 0, to = 0;
    std::int64_t events = 0;
};

// Fills an empty database with realistic noise - weekday seasonality, growth, ten tenants with a heavy tail,
// twenty prompts on one or two priced models, traces, prompt caching, a background of failed requests - and
// plants perKind incidents of each of the eight leak kinds with a known scope and range, each in its own
// tenant or prompt and on its own days. Deterministic by seed. The tests measure the detectors' precision and
// recall on it, the bench their speed.
Result<IncidentSet> generateIncidents(Database& db, const PriceBook& prices, const IncidentOptions& options);

// Whether a finding is about a planted incident: their ranges overlap (with a day of slack each side), they
// share at least one scope term and none they share disagrees; `sameKind` also asks for the incident's detector.
bool findingMatches(const Finding& f, const PlantedIncident& incident, bool sameKind);

} // namespace burnrate
