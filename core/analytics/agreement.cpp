#include "analytics/agreement.h"

#include "store/database.h"
#include "store/usagewriter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace burnrate {

KappaResult cohensKappa(const std::vector<std::pair<int, int>>& pairs)
{
    KappaResult r;
    r.items = static_cast<std::int64_t>(pairs.size());
    if (pairs.empty())
        return r;
    std::map<int, std::int64_t> a, b;
    std::int64_t agree = 0;
    for (const auto& [x, y] : pairs) {
        ++a[x];
        ++b[y];
        agree += x == y;
    }
    const double n = static_cast<double>(pairs.size());
    r.observed = static_cast<double>(agree) / n;
    double pe = 0;
    for (const auto& [cat, count] : a) {
        auto it = b.find(cat);
        if (it != b.end())
            pe += (static_cast<double>(count) / n) * (static_cast<double>(it->second) / n);
    }
    // One item, or both raters used one and the same category throughout: chance agreement is already
    // perfect and kappa is 0/0.
    if (pairs.size() < 2 || 1.0 - pe < 1e-12)
        return r;
    r.kappa = (r.observed - pe) / (1.0 - pe);
    return r;
}

AlphaResult krippendorffAlpha(const std::vector<std::vector<std::optional<int>>>& units, AlphaMetric metric)
{
    AlphaResult r;
    // The values that occur in pairable units, in order, and the coincidence matrix over them.
    std::vector<int> values;
    for (const auto& u : units) {
        if (std::count_if(u.begin(), u.end(), [](const auto& v) { return v.has_value(); }) < 2)
            continue;
        for (const auto& v : u)
            if (v)
                values.push_back(*v);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const std::size_t k = values.size();
    auto index = [&](int v) {
        return static_cast<std::size_t>(std::lower_bound(values.begin(), values.end(), v) - values.begin());
    };
    std::vector<double> o(k * k, 0.0);
    for (const auto& u : units) {
        std::vector<std::size_t> vs;
        for (const auto& v : u)
            if (v)
                vs.push_back(index(*v));
        if (vs.size() < 2)
            continue;
        ++r.units;
        const double w = 1.0 / static_cast<double>(vs.size() - 1);
        for (std::size_t i = 0; i < vs.size(); ++i)
            for (std::size_t j = 0; j < vs.size(); ++j)
                if (i != j)
                    o[vs[i] * k + vs[j]] += w;
    }
    std::vector<double> nc(k, 0.0);
    double n = 0;
    for (std::size_t c = 0; c < k; ++c) {
        for (std::size_t d = 0; d < k; ++d)
            nc[c] += o[c * k + d];
        n += nc[c];
    }
    r.values = static_cast<std::int64_t>(std::llround(n));
    if (k < 2 || n < 2) // nothing pairable, or one value throughout: no disagreement is possible
        return r;
    auto delta2 = [&](std::size_t c, std::size_t d) -> double {
        if (c == d)
            return 0.0;
        switch (metric) {
        case AlphaMetric::Nominal:
            return 1.0;
        case AlphaMetric::Interval: {
            double diff = static_cast<double>(values[c]) - static_cast<double>(values[d]);
            return diff * diff;
        }
        case AlphaMetric::Ordinal: {
            std::size_t lo = std::min(c, d), hi = std::max(c, d);
            double sum = 0;
            for (std::size_t g = lo; g <= hi; ++g)
                sum += nc[g];
            sum -= (nc[lo] + nc[hi]) / 2.0;
            return sum * sum;
        }
        }
        return 1.0;
    };
    double observed = 0, expected = 0;
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t d = 0; d < k; ++d) {
            double d2 = delta2(c, d);
            observed += o[c * k + d] * d2;
            expected += nc[c] * nc[d] * d2;
        }
    if (expected <= 0)
        return r;
    r.alpha = 1.0 - (n - 1.0) * observed / expected;
    return r;
}

MultiKappa meanPairwiseKappa(const std::vector<std::vector<std::pair<std::string, int>>>& items)
{
    MultiKappa m;
    std::set<std::string> annotators;
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<int, int>>> byPair;
    double agreeing = 0, pairsSeen = 0;
    for (const auto& item : items) {
        if (item.size() < 2)
            continue;
        ++m.items;
        std::vector<std::pair<std::string, int>> sorted = item;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            annotators.insert(sorted[i].first);
            for (std::size_t j = i + 1; j < sorted.size(); ++j) {
                byPair[{ sorted[i].first, sorted[j].first }].emplace_back(sorted[i].second, sorted[j].second);
                agreeing += sorted[i].second == sorted[j].second;
                pairsSeen += 1;
            }
        }
    }
    m.annotators = static_cast<int>(annotators.size());
    if (pairsSeen > 0)
        m.observed = agreeing / pairsSeen;
    double sum = 0;
    for (const auto& [who, pairs] : byPair) {
        KappaResult k = cohensKappa(pairs);
        if (k.kappa) {
            sum += *k.kappa;
            ++m.pairs;
        }
    }
    if (m.pairs > 0)
        m.kappa = sum / m.pairs;
    return m;
}

namespace {

// The events columns of kRowDims, in order.
constexpr const char* kRowDimColumns[] = { "provider", "model", "tenant", "team", "project", "env", "user", "api_key",
    "prompt_id", "prompt_version", "trace_id", "service_tier" };
static_assert(std::size(kRowDimColumns) == std::size(kRowDims));

std::optional<std::size_t> rowDimIndex(Dim d)
{
    for (std::size_t i = 0; i < std::size(kRowDims); ++i)
        if (kRowDims[i] == d)
            return i;
    return std::nullopt;
}

} // namespace

Result<std::vector<AgreementRow>> agreementBy(
    Database& db, Epoch from, Epoch to, const std::vector<Filter>& filters, Dim groupBy)
{
    auto groupIndex = rowDimIndex(groupBy);
    if (!groupIndex)
        return makeError(ErrorCode::Invalid, std::string("agreement cannot be grouped by ") + dimName(groupBy));
    // Filters become sets of dimension ids, per stored column.
    std::vector<std::pair<std::size_t, std::set<std::int64_t>>> wanted;
    for (const Filter& f : filters) {
        auto idx = f.axis.isTag() ? std::nullopt : rowDimIndex(f.axis.dim);
        if (!idx)
            return makeError(ErrorCode::Invalid, "agreement is scoped by request dimensions, not by " + f.axis.name());
        std::set<std::int64_t> ids;
        for (const auto& v : f.values) {
            if (v.empty())
                ids.insert(0);
            else if (auto id = db.findDim(f.axis.dim, v))
                ids.insert(*id);
        }
        wanted.emplace_back(*idx, std::move(ids));
    }
    std::vector<AgreementRow> out;
    if (to <= from)
        return out;
    std::string cols;
    for (const char* c : kRowDimColumns)
        cols += std::string(", e.") + c;
    Statement s = db.prepare("SELECT a.event_id, a.author, a.rating, a.thumb" + cols
        + " FROM annotations a JOIN events e ON e.id = a.event_id "
          "WHERE a.event_id >= ?1 AND a.event_id < ?2 AND e.ts >= ?3 AND e.ts < ?4 ORDER BY a.event_id");
    s.bind(1, UsageWriter::dayKeyStart(from)).bind(2, UsageWriter::dayKeyEnd(to - 1)).bind(3, from).bind(4, to);
    struct Request
    {
        std::int64_t group = 0;
        std::vector<std::pair<std::string, int>> thumbs, ratings;
        std::set<std::string> authors;
    };
    std::map<std::int64_t, Request> requests; // by event id
    while (s.step()) {
        bool pass = true;
        for (const auto& [idx, ids] : wanted)
            pass = pass && ids.count(s.int64(4 + static_cast<int>(idx)));
        if (!pass)
            continue;
        Request& r = requests[s.int64(0)];
        r.group = s.int64(4 + static_cast<int>(*groupIndex));
        std::string author = s.text(1);
        r.authors.insert(author);
        if (!s.isNull(2))
            r.ratings.emplace_back(author, static_cast<int>(s.int64(2)));
        if (!s.isNull(3))
            r.thumbs.emplace_back(author, static_cast<int>(s.int64(3)));
    }
    if (!s.lastError().empty())
        return makeError(ErrorCode::Database, s.lastError());
    struct Group
    {
        std::int64_t annotated = 0, items = 0;
        std::set<std::string> authors;
        std::vector<std::vector<std::pair<std::string, int>>> thumbs;
        std::vector<std::pair<std::vector<std::string>, std::vector<int>>> ratings;
    };
    std::map<std::string, Group> groups;
    for (auto& [id, r] : requests) {
        Group& g = groups[db.dimValue(r.group)];
        ++g.annotated;
        g.items += r.authors.size() >= 2;
        g.authors.insert(r.authors.begin(), r.authors.end());
        g.thumbs.push_back(std::move(r.thumbs));
        std::vector<std::string> who;
        std::vector<int> what;
        for (auto& [a, v] : r.ratings) {
            who.push_back(a);
            what.push_back(v);
        }
        g.ratings.emplace_back(std::move(who), std::move(what));
    }
    for (auto& [name, g] : groups) {
        AgreementRow row;
        row.group = name;
        row.annotated = g.annotated;
        row.items = g.items;
        row.annotators = static_cast<int>(g.authors.size());
        row.thumbs = meanPairwiseKappa(g.thumbs);
        // Units x coders, coders = the group's authors in order.
        std::vector<std::string> coders(g.authors.begin(), g.authors.end());
        std::vector<std::vector<std::optional<int>>> units;
        for (const auto& [who, what] : g.ratings) {
            if (who.size() < 2)
                continue;
            std::vector<std::optional<int>> u(coders.size());
            for (std::size_t i = 0; i < who.size(); ++i)
                u[static_cast<std::size_t>(std::lower_bound(coders.begin(), coders.end(), who[i]) - coders.begin())]
                    = what[i];
            units.push_back(std::move(u));
        }
        row.ratings = krippendorffAlpha(units, AlphaMetric::Ordinal);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace burnrate
