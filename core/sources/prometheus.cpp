#include "sources/prometheus.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace burnrate {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
bool isLabelStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isLabelChar(char c)
{
    return isLabelStart(c) || (c >= '0' && c <= '9');
}
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimBlank(std::string_view s)
{
    while (!s.empty() && (isBlank(s.front()) || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (isBlank(s.back()) || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool validMetricName(std::string_view n)
{
    if (n.empty() || !isNameStart(n[0]))
        return false;
    for (char c : n)
        if (!isNameChar(c))
            return false;
    return true;
}

std::string unescapeHelp(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            if (s[i + 1] == 'n') {
                out += '\n';
                ++i;
                continue;
            }
            if (s[i + 1] == '\\') {
                out += '\\';
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::optional<PromType> typeFromName(std::string_view t)
{
    if (t == "counter")
        return PromType::Counter;
    if (t == "gauge")
        return PromType::Gauge;
    if (t == "histogram")
        return PromType::Histogram;
    if (t == "summary")
        return PromType::Summary;
    if (t == "untyped")
        return PromType::Untyped;
    return std::nullopt;
}

bool belongsTo(std::string_view sample, std::string_view family)
{
    if (sample == family)
        return true;
    // A counter family declared with its _total name also owns the _created sibling.
    if (family.size() > 6 && family.substr(family.size() - 6) == "_total") {
        std::string_view base = family.substr(0, family.size() - 6);
        if (sample.size() == base.size() + 8 && sample.substr(0, base.size()) == base
            && sample.substr(base.size()) == "_created")
            return true;
    }
    if (sample.size() <= family.size() || sample.compare(0, family.size(), family) != 0)
        return false;
    std::string_view suffix = sample.substr(family.size());
    return suffix == "_bucket" || suffix == "_sum" || suffix == "_count" || suffix == "_created" || suffix == "_total"
        || suffix == "_gsum" || suffix == "_gcount";
}

// Parses `name{labels} value [timestamp]`; false with a reason.
bool parseSample(std::string_view line, PromSample& s, std::string& reason)
{
    std::size_t i = 0;
    if (i >= line.size() || !isNameStart(line[i])) {
        reason = "invalid metric name";
        return false;
    }
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    s.name = std::string(line.substr(0, i));
    std::size_t before = i;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i < line.size() && line[i] == '{') {
        ++i;
        for (;;) {
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i >= line.size()) {
                reason = "unterminated label set";
                return false;
            }
            if (line[i] == '}') {
                ++i;
                break;
            }
            std::size_t ns = i;
            if (!isLabelStart(line[i])) {
                reason = "invalid label name";
                return false;
            }
            while (i < line.size() && isLabelChar(line[i]))
                ++i;
            std::string name(line.substr(ns, i - ns));
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i >= line.size() || line[i] != '=') {
                reason = "expected '=' after label " + name;
                return false;
            }
            ++i;
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i >= line.size() || line[i] != '"') {
                reason = "label value of " + name + " is not quoted";
                return false;
            }
            ++i;
            std::string value;
            bool closed = false;
            while (i < line.size()) {
                char c = line[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\') {
                    if (i >= line.size())
                        break;
                    char n = line[i++];
                    value += n == 'n' ? '\n' : n; // \\ and \" yield the character itself
                    continue;
                }
                value += c;
            }
            if (!closed) {
                reason = "unterminated label value of " + name;
                return false;
            }
            for (const auto& l : s.labels)
                if (l.first == name) {
                    reason = "duplicate label " + name;
                    return false;
                }
            s.labels.emplace_back(std::move(name), std::move(value));
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i < line.size() && line[i] == ',') {
                ++i;
                continue;
            }
            if (i < line.size() && line[i] == '}')
                continue;
            reason = "expected ',' or '}' in label set";
            return false;
        }
        before = i;
        while (i < line.size() && isBlank(line[i]))
            ++i;
    }
    if (i == before) {
        reason = "expected a space before the value";
        return false;
    }
    std::size_t vs = i;
    while (i < line.size() && !isBlank(line[i]))
        ++i;
    auto value = parsePromValue(line.substr(vs, i - vs));
    if (!value) {
        reason = "invalid value '" + std::string(line.substr(vs, std::min<std::size_t>(i - vs, 40))) + "'";
        return false;
    }
    s.value = *value;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i < line.size()) {
        std::size_t ts = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        std::string_view t = line.substr(ts, i - ts);
        std::int64_t ms = 0;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), ms);
        if (ec != std::errc() || p != t.data() + t.size()) {
            reason = "invalid timestamp";
            return false;
        }
        s.timestampMs = ms;
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i < line.size()) {
            reason = "trailing characters after the timestamp";
            return false;
        }
    }
    return true;
}

} // namespace

std::string PromSample::label(std::string_view name) const
{
    for (const auto& l : labels)
        if (l.first == name)
            return l.second;
    return {};
}

std::optional<double> parsePromValue(std::string_view t)
{
    if (t.empty())
        return std::nullopt;
    std::string_view body = t;
    bool neg = false;
    if (body[0] == '+' || body[0] == '-') {
        neg = body[0] == '-';
        body.remove_prefix(1);
    }
    auto ieq = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if ((a[i] | 0x20) != (b[i] | 0x20))
                return false;
        return true;
    };
    if (ieq(body, "inf") || ieq(body, "infinity"))
        return neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (ieq(body, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (body.empty() || body[0] == '+' || body[0] == '-')
        return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(body.data(), body.data() + body.size(), v, std::chars_format::general);
    if (p != body.data() + body.size())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // Go's ParseFloat saturates to +-Inf on overflow; an underflow is 0.
        bool big = false;
        for (char c : body) {
            if (c == 'e' || c == 'E') {
                big = body.find('-', &c - body.data()) == std::string_view::npos;
                break;
            }
            big = true;
        }
        v = big ? std::numeric_limits<double>::infinity() : 0.0;
    } else if (ec != std::errc()) {
        return std::nullopt;
    }
    return neg ? -v : v;
}

std::optional<std::string> unescapeLabelValue(std::string_view raw)
{
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out += raw[i];
            continue;
        }
        if (++i >= raw.size())
            return std::nullopt;
        out += raw[i] == 'n' ? '\n' : raw[i];
    }
    return out;
}

Result<PromParseResult> parsePrometheusText(std::string_view text)
{
    PromParseResult out;
    std::unordered_map<std::string, std::size_t> byName;
    std::size_t current = std::string::npos;
    std::int64_t samples = 0;
    std::int64_t lineNo = 0;
    auto bad = [&](const std::string& reason) {
        ++out.badLines;
        if (out.problems.size() < 10)
            out.problems.push_back("line " + std::to_string(lineNo) + ": " + reason);
    };
    auto familyFor = [&](const std::string& name) -> std::size_t {
        auto it = byName.find(name);
        if (it != byName.end())
            return it->second;
        out.families.push_back(PromFamily { name, PromType::Untyped, {}, {} });
        byName.emplace(name, out.families.size() - 1);
        return out.families.size() - 1;
    };
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        std::string_view line = trimBlank(text.substr(pos, nl - pos));
        pos = nl + 1;
        ++lineNo;
        if (line.empty())
            continue;
        if (line.find('\0') != std::string_view::npos) {
            bad("NUL byte");
            continue;
        }
        if (line[0] == '#') {
            std::string_view rest = trimBlank(line.substr(1));
            bool help = rest.substr(0, 5) == "HELP " || rest.substr(0, 5) == "HELP\t";
            bool type = rest.substr(0, 5) == "TYPE " || rest.substr(0, 5) == "TYPE\t";
            if (!help && !type)
                continue; // a plain comment
            rest = trimBlank(rest.substr(5));
            std::size_t sp = 0;
            while (sp < rest.size() && !isBlank(rest[sp]))
                ++sp;
            std::string name(rest.substr(0, sp));
            if (!validMetricName(name)) {
                bad("invalid metric name in # " + std::string(help ? "HELP" : "TYPE"));
                continue;
            }
            std::string_view arg = sp < rest.size() ? rest.substr(sp + 1) : std::string_view();
            std::size_t f = familyFor(name);
            if (help) {
                out.families[f].help = unescapeHelp(arg);
            } else {
                auto t = typeFromName(trimBlank(arg));
                if (!t) {
                    bad("unknown metric type '" + std::string(trimBlank(arg).substr(0, 20)) + "'");
                    continue;
                }
                if (!out.families[f].samples.empty()) {
                    bad("# TYPE of " + name + " after its samples");
                    continue;
                }
                out.families[f].type = *t;
            }
            current = f;
            continue;
        }
        PromSample s;
        std::string reason;
        if (!parseSample(line, s, reason)) {
            bad(reason);
            continue;
        }
        std::size_t f;
        if (current != std::string::npos && belongsTo(s.name, out.families[current].name))
            f = current;
        else if (auto it = byName.find(s.name); it != byName.end())
            f = it->second;
        else
            f = familyFor(s.name);
        current = f;
        out.families[f].samples.push_back(std::move(s));
        ++samples;
    }
    if (samples == 0 && out.badLines > 0)
        return makeError(ErrorCode::Parse,
            "no valid Prometheus sample (" + std::to_string(out.badLines)
                + " invalid lines; first: " + (out.problems.empty() ? std::string() : out.problems.front()) + ")");
    return out;
}

} // namespace burnrate
