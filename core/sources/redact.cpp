#include "sources/redact.h"

#include "model/hex.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_set>

namespace burnrate {

namespace {

constexpr std::string_view kMask = "[REDACTED]";
// A run of at least this many characters of a secret gives it away; shorter runs are common words.
constexpr std::size_t kRun = 8;
constexpr std::size_t kMinSecret = 4;

// One character of a decoded view of the text and the bytes [begin, end) of the original it came from.
struct Unit
{
    char c;
    std::size_t begin, end;
};

// Reads 4 hex digits of in[i..i+4) (as decoded units); -1 when they are not hex.
long hex4(const std::vector<Unit>& in, std::size_t i)
{
    if (i + 4 > in.size())
        return -1;
    long v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        int h = hexValue(in[i + k].c);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

void appendUtf8(std::vector<Unit>& out, std::uint32_t cp, std::size_t b, std::size_t e)
{
    auto put = [&](std::uint32_t byte) {
        out.push_back({ static_cast<char>(byte), b, e });
    };
    if (cp < 0x80) {
        put(cp);
    } else if (cp < 0x800) {
        put(0xC0 | (cp >> 6));
        put(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        put(0xE0 | (cp >> 12));
        put(0x80 | ((cp >> 6) & 0x3F));
        put(0x80 | (cp & 0x3F));
    } else {
        put(0xF0 | (cp >> 18));
        put(0x80 | ((cp >> 12) & 0x3F));
        put(0x80 | ((cp >> 6) & 0x3F));
        put(0x80 | (cp & 0x3F));
    }
}

// One level of JSON string escapes and URL percent-encoding decoded; each result unit keeps the
// span of original bytes it stands for, so a match in the decoded view masks the escaped original.
std::vector<Unit> decodeOnce(const std::vector<Unit>& in, bool& changed)
{
    std::vector<Unit> out;
    out.reserve(in.size());
    changed = false;
    for (std::size_t i = 0; i < in.size();) {
        const char c = in[i].c;
        if (c == '\\' && i + 1 < in.size()) {
            const char n = in[i + 1].c;
            if (n == 'u') {
                long cp = hex4(in, i + 2);
                if (cp >= 0) {
                    std::size_t last = i + 5;
                    // A surrogate pair is one character.
                    if (cp >= 0xD800 && cp <= 0xDBFF && i + 11 < in.size() && in[i + 6].c == '\\'
                        && in[i + 7].c == 'u') {
                        long lo = hex4(in, i + 8);
                        if (lo >= 0xDC00 && lo <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            last = i + 11;
                        }
                    }
                    appendUtf8(out, static_cast<std::uint32_t>(cp), in[i].begin, in[last].end);
                    i = last + 1;
                    changed = true;
                    continue;
                }
            }
            static const std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
            if (auto k = kFrom.find(n); k != std::string_view::npos) {
                out.push_back({ kTo[k], in[i].begin, in[i + 1].end });
                i += 2;
                changed = true;
                continue;
            }
        }
        if (c == '%' && i + 2 < in.size()) {
            int hi = hexValue(in[i + 1].c), lo = hexValue(in[i + 2].c);
            if (hi >= 0 && lo >= 0) {
                out.push_back({ static_cast<char>(hi * 16 + lo), in[i].begin, in[i + 2].end });
                i += 3;
                changed = true;
                continue;
            }
        }
        out.push_back(in[i]);
        ++i;
    }
    return out;
}

char lowerAscii(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lowerAscii(c);
    return out;
}

// Replaces the byte spans in `spans` (any order, may overlap) by the mask.
std::string maskSpans(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>> spans)
{
    if (spans.empty())
        return std::string(text);
    std::sort(spans.begin(), spans.end());
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (std::size_t i = 0; i < spans.size();) {
        std::size_t b = spans[i].first, e = spans[i].second;
        for (++i; i < spans.size() && spans[i].first <= e; ++i)
            e = std::max(e, spans[i].second);
        out.append(text.substr(pos, b - pos));
        out += kMask;
        pos = e;
    }
    out.append(text.substr(pos));
    return out;
}

std::string redactSecretRuns(std::string_view text, const std::vector<std::string>& secrets)
{
    std::vector<std::unordered_set<std::string>> grams;
    std::vector<std::size_t> widths;
    for (const auto& s : secrets) {
        if (s.size() < kMinSecret)
            continue;
        const std::size_t k = std::min(kRun, s.size());
        std::string low = lowerAscii(s);
        std::unordered_set<std::string> g;
        for (std::size_t i = 0; i + k <= low.size(); ++i)
            g.insert(low.substr(i, k));
        grams.push_back(std::move(g));
        widths.push_back(k);
    }
    if (grams.empty())
        return std::string(text);

    // The raw text, then up to two levels of decoding (a JSON body quoted inside another string).
    std::vector<std::vector<Unit>> views(1);
    views[0].reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        views[0].push_back({ text[i], i, i + 1 });
    for (int level = 0; level < 2; ++level) {
        bool changed = false;
        auto next = decodeOnce(views.back(), changed);
        if (!changed)
            break;
        views.push_back(std::move(next));
    }

    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::string window;
    for (const auto& view : views)
        for (std::size_t s = 0; s < grams.size(); ++s) {
            const std::size_t k = widths[s];
            for (std::size_t i = 0; i + k <= view.size(); ++i) {
                window.clear();
                for (std::size_t j = 0; j < k; ++j)
                    window += lowerAscii(view[i + j].c);
                if (grams[s].count(window))
                    spans.emplace_back(view[i].begin, view[i + k - 1].end);
            }
        }
    return maskSpans(text, std::move(spans));
}

bool iequalsPrefix(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lowerAscii(text[i]) != lowerAscii(prefix[i]))
            return false;
    return true;
}

std::string maskCredentialHeaders(std::string out)
{
    static const char* const kHeaders[]
        = { "authorization:", "x-api-key:", "x-litellm-api-key:", "proxy-authorization:" };
    for (const char* h : kHeaders) {
        std::string_view hv(h);
        for (std::size_t i = 0; i + hv.size() <= out.size(); ++i) {
            if (!iequalsPrefix(std::string_view(out).substr(i), hv))
                continue;
            std::size_t start = i + hv.size();
            std::size_t end = out.find_first_of("\r\n", start);
            if (end == std::string::npos)
                end = out.size();
            out.replace(start, end - start, " [REDACTED]");
            i = start;
        }
    }
    return out;
}

bool endsAuthority(char c)
{
    unsigned char u = static_cast<unsigned char>(c);
    return c == '/' || c == '?' || c == '#' || c == '\\' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`'
        || u <= 0x20 || u == 0x7f;
}

// [begin, end) of the user-info of each URL in `text` (before the last '@' of the authority).
std::vector<std::pair<std::size_t, std::size_t>> userInfoSpans(std::string_view text)
{
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::string_view sep : { std::string_view("://"), std::string_view(":\\/\\/") }) {
        for (std::size_t p = text.find(sep); p != std::string_view::npos; p = text.find(sep, p + 1)) {
            const std::size_t start = p + sep.size();
            std::size_t end = start;
            while (end < text.size() && !endsAuthority(text[end]))
                ++end;
            auto at = text.substr(start, end - start).rfind('@');
            if (at != std::string_view::npos && at > 0)
                spans.emplace_back(start, start + at);
        }
    }
    return spans;
}

} // namespace

std::string redactUrlUserInfo(std::string_view text)
{
    return maskSpans(text, userInfoSpans(text));
}

std::string urlPassword(std::string_view url)
{
    auto spans = userInfoSpans(url);
    if (spans.empty())
        return {};
    std::string_view info = url.substr(spans[0].first, spans[0].second - spans[0].first);
    auto colon = info.find(':');
    if (colon == std::string_view::npos)
        return {};
    std::string_view enc = info.substr(colon + 1);
    std::string out;
    for (std::size_t i = 0; i < enc.size(); ++i) {
        if (enc[i] == '%' && i + 2 < enc.size() && hexValue(enc[i + 1]) >= 0 && hexValue(enc[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(enc[i + 1]) * 16 + hexValue(enc[i + 2]));
            i += 2;
        } else {
            out += enc[i];
        }
    }
    return out;
}

std::string redact(std::string_view text, const std::vector<std::string>& secrets)
{
    std::string out = redactSecretRuns(text, secrets);
    out = maskCredentialHeaders(std::move(out));
    return redactUrlUserInfo(out);
}

} // namespace burnrate
