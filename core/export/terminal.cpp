#include "export/terminal.h"

#include <cstdint>

namespace burnrate {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD"; // U+FFFD

void hexEscape(std::string& out, const char* prefix, std::uint32_t v, int digits)
{
    static const char* kHex = "0123456789abcdef";
    out += prefix;
    for (int i = digits - 1; i >= 0; --i)
        out += kHex[(v >> (4 * i)) & 0xF];
}

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when it is invalid (overlong,
// surrogate, beyond U+10FFFF, truncated or a stray continuation byte).
std::size_t decodeUtf8(std::string_view text, std::size_t i, std::uint32_t& cp)
{
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len;
    std::uint32_t min;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > text.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(text[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

// Walks `text` code point by code point: invalid UTF-8 becomes U+FFFD, every valid code point goes to
// `escape(out, cp)`, which appends an escaped form and returns true, or returns false to keep it as is.
template <class Escape> std::string mapCodePoints(std::string_view text, Escape escape)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        const std::size_t len = decodeUtf8(text, i, cp);
        if (len == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (!escape(out, cp))
            out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace

std::string terminalSafe(std::string_view text)
{
    return mapCodePoints(text, [](std::string& out, std::uint32_t cp) {
        if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp == '\t')
            out += "\\t";
        else if (cp < 0x20 || cp == 0x7F)
            hexEscape(out, "\\x", cp, 2);
        else if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
            || cp == 0x2028 || cp == 0x2029)
            hexEscape(out, "\\u", cp, 4);
        else
            return false;
        return true;
    });
}

std::string csvSafeText(std::string_view text)
{
    return mapCodePoints(text, [](std::string& out, std::uint32_t cp) {
        if ((cp < 0x20 && cp != '\t' && cp != '\r' && cp != '\n') || cp == 0x7F) {
            hexEscape(out, "\\x", cp, 2);
            return true;
        }
        return false;
    });
}

} // namespace burnrate
