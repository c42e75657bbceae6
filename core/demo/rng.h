#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace burnrate {

// The demo's and the incident generator's random numbers: splitmix64, small, fast and identical on every
// platform (std distributions are not), so a seed gives the same dataset everywhere.
class DemoRng
{
public:
    explicit DemoRng(std::uint64_t seed)
        : m_s(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform()
    {
        return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
    }
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(double p)
    {
        return uniform() < p;
    }
    double normal()
    {
        double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // Log-normal around a median.
    std::int64_t around(double median, double spread)
    {
        return std::max<std::int64_t>(1, static_cast<std::int64_t>(median * std::exp(spread * normal())));
    }
    // An index drawn with the given weights (the last one when rounding leaves the draw past the end).
    std::size_t weighted(const std::vector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x <= 0)
                return i;
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }
    template <typename T> const T& pick(const std::vector<T>& v, const std::vector<double>& weights)
    {
        return v[std::min(weighted(weights), v.size() - 1)];
    }

private:
    std::uint64_t m_s;
};

} // namespace burnrate
