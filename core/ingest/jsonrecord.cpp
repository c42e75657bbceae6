#include "ingest/jsonrecord.h"

#include "ingest/csvreader.h"
#include "model/hex.h"

namespace burnrate {

namespace {
constexpr int kMaxDepth = 64;

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

void JsonRecordReader::skipWs()
{
    while (m_pos < m_s.size()) {
        char c = m_s[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

bool JsonRecordReader::beginObject(std::string& reason)
{
    if (!validUtf8(m_s)) {
        reason = "invalid UTF-8";
        return false;
    }
    skipWs();
    if (m_pos >= m_s.size() || m_s[m_pos] != '{') {
        reason = m_pos < m_s.size()
                && (m_s[m_pos] == '[' || m_s[m_pos] == '"' || m_s[m_pos] == '-'
                    || (m_s[m_pos] >= '0' && m_s[m_pos] <= '9'))
            ? "not a JSON object"
            : "not valid JSON";
        // A JSON array or scalar is valid JSON but not a record.
        return false;
    }
    ++m_pos;
    m_first = true;
    return true;
}

bool JsonRecordReader::atEnd(std::string& reason)
{
    skipWs();
    if (m_pos != m_s.size()) {
        reason = "not valid JSON";
        return false;
    }
    return true;
}

bool JsonRecordReader::readString(std::string& out, std::string& reason)
{
    // m_s[m_pos] == '"'
    ++m_pos;
    out.clear();
    for (;;) {
        std::size_t start = m_pos;
        while (m_pos < m_s.size() && m_s[m_pos] != '"' && m_s[m_pos] != '\\'
            && static_cast<unsigned char>(m_s[m_pos]) >= 0x20)
            ++m_pos;
        out.append(m_s.data() + start, m_pos - start);
        if (m_pos >= m_s.size()) {
            reason = "not valid JSON";
            return false;
        }
        char c = m_s[m_pos];
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c != '\\') {
            reason = "not valid JSON"; // raw control character in a string
            return false;
        }
        if (++m_pos >= m_s.size()) {
            reason = "not valid JSON";
            return false;
        }
        char e = m_s[m_pos++];
        switch (e) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            auto hex4 = [&](std::uint32_t& cp) {
                if (m_pos + 4 > m_s.size())
                    return false;
                cp = 0;
                for (int i = 0; i < 4; ++i) {
                    int h = hexValue(m_s[m_pos + static_cast<std::size_t>(i)]);
                    if (h < 0)
                        return false;
                    cp = cp * 16 + static_cast<std::uint32_t>(h);
                }
                m_pos += 4;
                return true;
            };
            std::uint32_t cp;
            if (!hex4(cp)) {
                reason = "not valid JSON";
                return false;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                std::uint32_t lo;
                if (m_pos + 2 > m_s.size() || m_s[m_pos] != '\\' || m_s[m_pos + 1] != 'u') {
                    reason = "invalid UTF-8"; // lone surrogate
                    return false;
                }
                m_pos += 2;
                if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) {
                    reason = "invalid UTF-8";
                    return false;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                reason = "invalid UTF-8";
                return false;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            reason = "not valid JSON";
            return false;
        }
    }
}

bool JsonRecordReader::skipNested(std::string& reason, int depth)
{
    // m_s[m_pos] is '{' or '['
    if (depth > kMaxDepth) {
        reason = "JSON nested too deeply";
        return false;
    }
    char open = m_s[m_pos++];
    char close = open == '{' ? '}' : ']';
    skipWs();
    if (m_pos < m_s.size() && m_s[m_pos] == close) {
        ++m_pos;
        return true;
    }
    std::string scratch;
    for (;;) {
        skipWs();
        if (open == '{') {
            if (m_pos >= m_s.size() || m_s[m_pos] != '"' || !readString(scratch, reason)) {
                if (reason.empty())
                    reason = "not valid JSON";
                return false;
            }
            skipWs();
            if (m_pos >= m_s.size() || m_s[m_pos] != ':') {
                reason = "not valid JSON";
                return false;
            }
            ++m_pos;
        }
        Value v;
        if (!readValue(v, reason, depth + 1))
            return false;
        skipWs();
        if (m_pos >= m_s.size()) {
            reason = "not valid JSON";
            return false;
        }
        if (m_s[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_s[m_pos] == close) {
            ++m_pos;
            return true;
        }
        reason = "not valid JSON";
        return false;
    }
}

bool JsonRecordReader::readValue(Value& v, std::string& reason, int depth)
{
    skipWs();
    if (m_pos >= m_s.size()) {
        reason = "not valid JSON";
        return false;
    }
    char c = m_s[m_pos];
    if (c == '"') {
        if (!readString(m_str, reason))
            return false;
        v = { Kind::String, m_str };
        return true;
    }
    if (c == '{' || c == '[') {
        std::size_t start = m_pos;
        if (!skipNested(reason, depth))
            return false;
        v = { c == '{' ? Kind::Object : Kind::Array, m_s.substr(start, m_pos - start) };
        return true;
    }
    auto literal = [&](std::string_view word, Kind k) {
        if (m_s.substr(m_pos, word.size()) != word) {
            reason = "not valid JSON";
            return false;
        }
        v = { k, m_s.substr(m_pos, word.size()) };
        m_pos += word.size();
        return true;
    };
    if (c == 't')
        return literal("true", Kind::True);
    if (c == 'f')
        return literal("false", Kind::False);
    if (c == 'n')
        return literal("null", Kind::Null);
    // Number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    std::size_t start = m_pos;
    auto digit = [&] {
        return m_pos < m_s.size() && m_s[m_pos] >= '0' && m_s[m_pos] <= '9';
    };
    if (m_pos < m_s.size() && m_s[m_pos] == '-')
        ++m_pos;
    if (!digit()) {
        reason = "not valid JSON";
        return false;
    }
    if (m_s[m_pos] == '0')
        ++m_pos;
    else
        while (digit())
            ++m_pos;
    if (m_pos < m_s.size() && m_s[m_pos] == '.') {
        ++m_pos;
        if (!digit()) {
            reason = "not valid JSON";
            return false;
        }
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_s.size() && (m_s[m_pos] == 'e' || m_s[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_s.size() && (m_s[m_pos] == '+' || m_s[m_pos] == '-'))
            ++m_pos;
        if (!digit()) {
            reason = "not valid JSON";
            return false;
        }
        while (digit())
            ++m_pos;
    }
    v = { Kind::Number, m_s.substr(start, m_pos - start) };
    return true;
}

bool JsonRecordReader::nextMember(std::string_view& key, Value& value, bool& done, std::string& reason)
{
    skipWs();
    done = false;
    if (m_pos >= m_s.size()) {
        reason = "not valid JSON";
        return false;
    }
    if (m_first) {
        m_first = false;
        if (m_s[m_pos] == '}') {
            ++m_pos;
            done = true;
            return true;
        }
    } else {
        if (m_s[m_pos] == '}') {
            ++m_pos;
            done = true;
            return true;
        }
        if (m_s[m_pos] != ',') {
            reason = "not valid JSON";
            return false;
        }
        ++m_pos;
        skipWs();
    }
    if (m_pos >= m_s.size() || m_s[m_pos] != '"') {
        reason = "not valid JSON";
        return false;
    }
    if (!readString(m_key, reason))
        return false;
    key = m_key;
    skipWs();
    if (m_pos >= m_s.size() || m_s[m_pos] != ':') {
        reason = "not valid JSON";
        return false;
    }
    ++m_pos;
    return readValue(value, reason, 1);
}

} // namespace burnrate
