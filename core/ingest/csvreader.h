#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace burnrate {

// Reads RFC 4180 CSV records from a stream in constant memory: quoted fields with embedded
// commas, quotes ("") and newlines, CRLF or LF line ends, a UTF-8 BOM at the start.
// A record longer than maxRecordBytes or with more than maxFields fields is read to its end without
// being held (memory stays bounded whatever the row) and reported as Oversized / TooManyFields, with
// no fields; the next record is read normally.
class CsvReader
{
public:
    static constexpr std::size_t kDefaultMaxRecordBytes = 16u << 20;
    static constexpr std::size_t kDefaultMaxFields = 512;
    explicit CsvReader(std::FILE* file, std::size_t maxRecordBytes = kDefaultMaxRecordBytes,
        std::size_t maxFields = kDefaultMaxFields);

    enum class Status
    {
        Record,
        End,
        Oversized,
        TooManyFields,
        UnterminatedQuote
    };
    // Reads the next record; `line` is the 1-based physical line where it starts.
    Status next(std::vector<std::string>& fields, std::int64_t& line);
    std::int64_t bytesRead() const
    {
        return m_bytes;
    }

private:
    int get();
    std::FILE* m_file;
    std::size_t m_max;
    std::size_t m_maxFields;
    std::int64_t m_line = 1;
    std::int64_t m_bytes = 0;
    bool m_first = true;
    int m_peeked = -2;
};

// Reads lines of any length in constant memory; lines longer than maxLineBytes are skipped
// (reported as oversized) without being held.
class LineReader
{
public:
    explicit LineReader(std::FILE* file, std::size_t maxLineBytes = 16u << 20);
    enum class Status
    {
        Line,
        End,
        Oversized
    };
    Status next(std::string& line, std::int64_t& lineNumber);
    std::int64_t bytesRead() const
    {
        return m_bytes;
    }

private:
    bool fill();
    std::FILE* m_file;
    std::size_t m_max;
    std::vector<char> m_buf;
    std::size_t m_pos = 0, m_len = 0;
    std::int64_t m_line = 0;
    std::int64_t m_bytes = 0;
    bool m_eof = false;
};

bool validUtf8(std::string_view s);

} // namespace burnrate
