#include "model/apikey.h"

#include "model/sha256.h"

namespace burnrate {

namespace {

constexpr std::string_view kPrefix = "sha256:";
constexpr std::size_t kHexDigits = 16;
constexpr std::size_t kTailMinLength = 16;

bool printableAscii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            return false;
    return true;
}

} // namespace

bool isApiKeyFingerprint(std::string_view v)
{
    if (v.substr(0, kPrefix.size()) != kPrefix)
        return false;
    v.remove_prefix(kPrefix.size());
    if (v.size() < kHexDigits)
        return false;
    for (std::size_t i = 0; i < kHexDigits; ++i)
        if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'a' && v[i] <= 'f')))
            return false;
    v.remove_prefix(kHexDigits);
    if (v.empty())
        return true;
    return v.size() == 7 && v.substr(0, 3) == "..." && printableAscii(v.substr(3));
}

std::string apiKeyFingerprint(std::string_view value)
{
    if (value.empty() || isApiKeyFingerprint(value))
        return std::string(value);
    std::string salted(kApiKeySalt);
    salted += value;
    std::string out(kPrefix);
    out += sha256Hex(salted).substr(0, kHexDigits);
    if (value.size() >= kTailMinLength && printableAscii(value)) {
        out += "...";
        out += value.substr(value.size() - 4);
    }
    return out;
}

std::string maskApiKeysInJson(std::string_view json)
{
    constexpr std::string_view kName = "api_key\"";
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = json.find(kName); at != std::string_view::npos; at = json.find(kName, at + 1)) {
        std::size_t i = at + kName.size();
        while (i < json.size() && (json[i] == ' ' || json[i] == '\t'))
            ++i;
        if (i >= json.size() || json[i] != ':')
            continue;
        ++i;
        while (i < json.size() && (json[i] == ' ' || json[i] == '\t'))
            ++i;
        if (i >= json.size() || json[i] != '"')
            continue;
        const std::size_t start = i + 1;
        std::size_t end = start;
        while (end < json.size() && json[end] != '"')
            end += json[end] == '\\' ? 2 : 1;
        out.append(json.substr(from, start - from));
        if (end >= json.size()) {
            out += "(cut off)";
            return out;
        }
        out += apiKeyFingerprint(json.substr(start, end - start));
        from = end;
        at = end;
    }
    out.append(json.substr(from));
    return out;
}

} // namespace burnrate
