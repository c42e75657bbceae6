#include "ingest/jsonarray.h"

namespace burnrate {

JsonArrayReader::JsonArrayReader(std::FILE* file, std::size_t maxElementBytes)
    : m_file(file)
    , m_max(maxElementBytes)
    , m_buf(1u << 16)
{
}

int JsonArrayReader::get()
{
    if (m_pos >= m_len) {
        m_len = std::fread(m_buf.data(), 1, m_buf.size(), m_file);
        m_pos = 0;
        if (m_len == 0)
            return EOF;
        m_bytes += static_cast<std::int64_t>(m_len);
    }
    int c = static_cast<unsigned char>(m_buf[m_pos++]);
    if (c == '\n')
        ++m_line;
    return c;
}

// Skips whitespace (and a UTF-8 BOM at the very start); returns the next character, consumed.
int JsonArrayReader::peekNonSpace()
{
    for (;;) {
        int c = get();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (m_state == State::Start && m_bytes - static_cast<std::int64_t>(m_len - m_pos) <= 3
            && (c == 0xEF || c == 0xBB || c == 0xBF))
            continue;
        return c;
    }
}

JsonArrayReader::Status JsonArrayReader::next(std::string& element, std::int64_t& line)
{
    element.clear();
    if (m_state == State::Done)
        return Status::End;
    auto malformed = [&](const std::string& why) {
        m_error = why;
        m_state = State::Done;
        line = m_line;
        return Status::Malformed;
    };
    int c;
    if (m_state == State::Start) {
        c = peekNonSpace();
        if (c == EOF) {
            m_state = State::Done;
            return Status::End; // an empty file: no records
        }
        if (c != '[')
            return malformed("not a JSON array of records");
        m_state = State::FirstElement;
    }
    c = peekNonSpace();
    if (m_state == State::AfterElement) {
        if (c == ',')
            c = peekNonSpace(); // a trailing comma before ']' is tolerated
        else if (c != ']')
            return malformed(c == EOF ? "the JSON array is not closed (truncated file?)"
                                      : "expected ',' or ']' between the records of the JSON array");
    }
    if (c == ']') {
        int after = peekNonSpace();
        if (after != EOF)
            return malformed("data after the end of the JSON array");
        m_state = State::Done;
        return Status::End;
    }
    if (c == EOF)
        return malformed("the JSON array is not closed (truncated file?)");
    // One element: scan to its end, tracking strings and nesting; hold at most m_max bytes of it.
    line = m_line;
    bool oversized = false;
    auto keep = [&](int ch) {
        if (oversized)
            return;
        if (element.size() >= m_max) {
            oversized = true;
            element.clear();
            element.shrink_to_fit();
            return;
        }
        element += static_cast<char>(ch);
    };
    auto unget = [&](int ch) {
        --m_pos; // the character just read is still in the buffer
        if (ch == '\n')
            --m_line;
    };
    if (c == '{' || c == '[' || c == '"') {
        std::int64_t depth = 0;
        bool inString = false, escaped = false;
        for (;;) {
            keep(c);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
            if (!inString && depth <= 0)
                break;
            c = get();
            if (c == EOF)
                return malformed("the JSON array ends inside a record (truncated file?)");
        }
    } else {
        // A scalar (not a record; its parser says so): up to the next delimiter.
        for (;;) {
            keep(c);
            c = get();
            if (c == EOF)
                break;
            if (c == ',' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                unget(c);
                break;
            }
        }
    }
    m_state = State::AfterElement;
    return oversized ? Status::Oversized : Status::Element;
}

} // namespace burnrate
