#pragma once

#include <string>
#include <string_view>

namespace burnrate {

// A strict, allocation-light reader of one JSON object per line (RFC 8259), built for the import
// hot path: it walks the top-level members and hands each scalar to a callback, decoding string
// escapes (\uXXXX with surrogate pairs) into UTF-8. Nested objects are walked one level (for
// "tags"); other nested values are validated and skipped. Returns false with a reason on any
// syntax error, invalid UTF-8 or nesting deeper than 64.
class JsonRecordReader
{
public:
    enum class Kind
    {
        String,
        Number,
        True,
        False,
        Null,
        Object,
        Array
    };
    struct Value
    {
        Kind kind;
        std::string_view text; // decoded string, number text, or raw text of an object/array
    };
    // Called for each member; return false to stop (the reason is then the caller's).
    // For Object values, `path` is empty and walkObject() may be used on value.text.
    template <typename F> static bool forEachMember(std::string_view json, F&& onMember, std::string& reason);

    // Low-level API used by the template.
    explicit JsonRecordReader(std::string_view json)
        : m_s(json)
    {
    }
    bool beginObject(std::string& reason);
    // Reads the next member; false at the end of the object or on error (reason set).
    bool nextMember(std::string_view& key, Value& value, bool& done, std::string& reason);
    bool atEnd(std::string& reason);

private:
    void skipWs();
    bool readString(std::string& out, std::string& reason);
    bool readValue(Value& v, std::string& reason, int depth);
    bool skipNested(std::string& reason, int depth);
    std::string_view m_s;
    std::size_t m_pos = 0;
    bool m_first = true;
    std::string m_key, m_str;
};

template <typename F> bool JsonRecordReader::forEachMember(std::string_view json, F&& onMember, std::string& reason)
{
    JsonRecordReader r(json);
    if (!r.beginObject(reason))
        return false;
    std::string_view key;
    Value v;
    bool done = false;
    for (;;) {
        if (!r.nextMember(key, v, done, reason))
            return false;
        if (done)
            break;
        if (!onMember(key, v))
            return false;
    }
    return r.atEnd(reason);
}

} // namespace burnrate
