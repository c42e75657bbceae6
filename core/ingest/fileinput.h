#pragma once

#include "model/result.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace burnrate {

// The largest price map `prices import` reads (LiteLLM's is ~1-2 MB).
constexpr std::int64_t kMaxPriceMapBytes = 256LL << 20;

struct FileCloser
{
    void operator()(std::FILE* f) const
    {
        if (f)
            std::fclose(f);
    }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

struct InputFile
{
    FilePtr file;
    std::int64_t size = 0; // bytes at open time
};

// Opens an input file for reading, refusing anything but a regular file with a message that says what
// it is ("is a directory", "is a named pipe (FIFO)", "is a character device", ...). Never blocks on a
// FIFO (the file is opened non-blocking and checked on the open descriptor, so a swap after a check
// cannot slip through). maxBytes > 0 also refuses larger files. Messages start "cannot read PATH: ".
Result<InputFile> openInputFile(const std::string& path, std::int64_t maxBytes = 0);

// When the open file is gzip-compressed (it starts with the gzip magic bytes), replaces `in.file` with a
// stream of its decompressed bytes (zlib; concatenated members too) and returns true; otherwise leaves it at
// its start and returns false. A corrupt or truncated compressed stream reads as an error (ferror, EIO).
Result<bool> decompressIfGzip(InputFile& in);

// How a file of records is laid out: CSV with a header, JSON Lines (one object per line), or one JSON array.
enum class RecordShape
{
    Csv,
    Lines,
    Array
};

struct RecordFile
{
    InputFile input;
    bool compressed = false; // read through zlib
    RecordShape shape = RecordShape::Csv;
};

// Opens a file of records (openInputFile, then decompressIfGzip) and tells its shape: CSV by extension
// (.csv, .csv.gz); otherwise the first character tells JSON Lines ('{') from a JSON array ('['). A .json,
// .jsonl or .ndjson file (or an empty one) that starts with neither is JSON Lines; any other name is CSV.
// The stream is left where its readers start (the blank space before the first character may be consumed).
Result<RecordFile> openRecordFile(const std::string& path);

// Reads a whole regular file of at most maxBytes (checked before and while reading).
Result<std::string> readInputFile(const std::string& path, std::int64_t maxBytes);

} // namespace burnrate
