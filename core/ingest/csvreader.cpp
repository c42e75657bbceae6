#include "ingest/csvreader.h"

#include <cstring>
#include <string_view>

namespace burnrate {

CsvReader::CsvReader(std::FILE* file, std::size_t maxRecordBytes, std::size_t maxFields)
    : m_file(file)
    , m_max(maxRecordBytes)
    , m_maxFields(maxFields ? maxFields : 1)
{
}

int CsvReader::get()
{
    int c;
    if (m_peeked != -2) {
        c = m_peeked;
        m_peeked = -2;
    } else {
        c = getc_unlocked(m_file);
        if (c != EOF)
            ++m_bytes;
    }
    if (m_first) {
        m_first = false;
        if (c == 0xEF) {
            int b = getc_unlocked(m_file), d = getc_unlocked(m_file);
            if (b == 0xBB && d == 0xBF) {
                m_bytes += 2;
                return get();
            }
            // Not a BOM: push back is not possible for two bytes with stdio; treat as data.
            if (d != EOF)
                std::ungetc(d, m_file);
            m_peeked = b;
            return c;
        }
    }
    return c;
}

CsvReader::Status CsvReader::next(std::vector<std::string>& fields, std::int64_t& line)
{
    fields.clear();
    line = m_line;
    std::string field;
    std::size_t total = 0;
    bool inQuotes = false, any = false, quotedField = false;
    bool fieldStarted = false; // the current field has characters (held or not)
    // Once a record is too long or too wide it is no longer held: read on to its end, keep nothing.
    Status dropped = Status::Record;
    auto drop = [&](Status why) {
        dropped = why;
        field.clear();
        field.shrink_to_fit();
        fields.clear();
    };
    auto endField = [&] {
        if (dropped != Status::Record)
            return;
        if (fields.size() >= m_maxFields) {
            drop(Status::TooManyFields);
            return;
        }
        fields.push_back(std::move(field));
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        if (dropped != Status::Record)
            fields.clear();
        return dropped;
    };
    for (;;) {
        int c = get();
        if (c == EOF) {
            if (inQuotes) {
                if (dropped != Status::Record)
                    fields.clear();
                else
                    endField();
                return Status::UnterminatedQuote;
            }
            if (!any && fields.empty())
                return Status::End;
            return endRecord();
        }
        any = true;
        if (++total > m_max && dropped == Status::Record)
            drop(Status::Oversized);
        bool keep = dropped == Status::Record;
        if (inQuotes) {
            if (c == '"') {
                int n = get();
                if (n == '"') {
                    ++total;
                    if (keep)
                        field += '"';
                } else {
                    inQuotes = false;
                    m_peeked = n;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                if (keep)
                    field += static_cast<char>(c);
            }
            continue;
        }
        if (c == '"' && !fieldStarted && !quotedField) {
            inQuotes = true;
            quotedField = true;
        } else if (c == ',') {
            endField();
            quotedField = false;
            fieldStarted = false;
        } else if (c == '\r') {
            int n = get();
            if (n != '\n')
                m_peeked = n;
            ++m_line;
            return endRecord();
        } else if (c == '\n') {
            ++m_line;
            return endRecord();
        } else {
            fieldStarted = true;
            if (keep)
                field += static_cast<char>(c);
        }
    }
}

LineReader::LineReader(std::FILE* file, std::size_t maxLineBytes)
    : m_file(file)
    , m_max(maxLineBytes)
    , m_buf(1u << 20)
{
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    m_len = std::fread(m_buf.data(), 1, m_buf.size(), m_file);
    m_pos = 0;
    m_bytes += static_cast<std::int64_t>(m_len);
    if (m_len == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

LineReader::Status LineReader::next(std::string& line, std::int64_t& lineNumber)
{
    line.clear();
    bool oversized = false, any = false;
    for (;;) {
        if (m_pos >= m_len && !fill()) {
            if (!any)
                return Status::End;
            ++m_line;
            lineNumber = m_line;
            return oversized ? Status::Oversized : Status::Line;
        }
        any = true;
        const char* start = m_buf.data() + m_pos;
        const void* nl = std::memchr(start, '\n', m_len - m_pos);
        std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : m_len - m_pos;
        if (!oversized) {
            if (line.size() + n > m_max) {
                oversized = true;
                line.clear();
                line.shrink_to_fit();
            } else {
                line.append(start, n);
            }
        }
        m_pos += n;
        if (nl) {
            ++m_pos;
            ++m_line;
            lineNumber = m_line;
            if (!oversized && !line.empty() && line.back() == '\r')
                line.pop_back();
            if (m_line == 1 && line.size() >= 3 && std::string_view(line).substr(0, 3) == "\xEF\xBB\xBF")
                line.erase(0, 3);
            return oversized ? Status::Oversized : Status::Line;
        }
    }
}

bool validUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size(), i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

} // namespace burnrate
