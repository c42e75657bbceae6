#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace burnrate {

// Streams the elements of one top-level JSON array (`[{...}, {...}]`, on one line or many) in constant
// memory: each element's raw text is handed out on its own (at most maxElementBytes held; a longer one
// is read to its end and reported as Oversized). Strings and nesting are tracked so commas and
// brackets inside them do not split elements; the element itself is validated by its parser.
class JsonArrayReader
{
public:
    explicit JsonArrayReader(std::FILE* file, std::size_t maxElementBytes = 16u << 20);

    enum class Status
    {
        Element,
        End, // the array closed (or the file was empty)
        Oversized, // an element longer than the limit (skipped)
        Malformed // the array itself is broken: error() says how; stop reading
    };
    // `line` is the 1-based line where the element (or the problem) starts.
    Status next(std::string& element, std::int64_t& line);
    const std::string& error() const
    {
        return m_error;
    }
    std::int64_t bytesRead() const
    {
        return m_bytes;
    }

private:
    int get();
    int peekNonSpace();
    std::FILE* m_file;
    std::size_t m_max;
    std::vector<char> m_buf;
    std::size_t m_pos = 0, m_len = 0;
    std::int64_t m_bytes = 0;
    std::int64_t m_line = 1;
    enum class State
    {
        Start,
        FirstElement,
        AfterElement,
        Done
    } m_state
        = State::Start;
    std::string m_error;
};

} // namespace burnrate
