#include "ingest/fileinput.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace burnrate {

namespace {

ssize_t gzCookieRead(void* cookie, char* buf, size_t size)
{
    const int n = gzread(static_cast<gzFile>(cookie), buf, static_cast<unsigned>(std::min<size_t>(size, 1u << 30)));
    if (n < 0) {
        errno = EIO;
        return -1;
    }
    // A stream that ends inside a member is truncated: zlib reports it as Z_BUF_ERROR at the end.
    if (n == 0) {
        int code = Z_OK;
        gzerror(static_cast<gzFile>(cookie), &code);
        if (code != Z_OK && code != Z_STREAM_END) {
            errno = EIO;
            return -1;
        }
    }
    return n;
}

int gzCookieClose(void* cookie)
{
    return gzclose(static_cast<gzFile>(cookie)) == Z_OK ? 0 : -1;
}

} // namespace

namespace {

const char* kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return "is a directory";
    if (S_ISFIFO(mode))
        return "is a named pipe (FIFO), not a regular file";
    if (S_ISCHR(mode))
        return "is a character device, not a regular file";
    if (S_ISBLK(mode))
        return "is a block device, not a regular file";
    if (S_ISSOCK(mode))
        return "is a socket, not a regular file";
    return "is not a regular file";
}

std::string sizeText(std::int64_t bytes)
{
    if (bytes >= (1LL << 20))
        return std::to_string(bytes >> 20) + " MB";
    return std::to_string(bytes) + " bytes";
}

} // namespace

Result<InputFile> openInputFile(const std::string& path, std::int64_t maxBytes)
{
    if (path.empty())
        return makeError(ErrorCode::Invalid, "no file name given");
    // O_NONBLOCK: opening a FIFO without a writer must not hang; the type is checked on the descriptor.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT)
            return makeError(ErrorCode::NotFound, "cannot read " + path + ": no such file");
        if (err == EACCES)
            return makeError(ErrorCode::Io, "cannot read " + path + ": permission denied");
        // A directory opens read-only on Linux; other errors (ENXIO: a socket, ELOOP, ...) land here.
        struct stat st;
        if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
            return makeError(ErrorCode::Invalid, "cannot read " + path + ": it " + kindOf(st.st_mode));
        return makeError(ErrorCode::Io, "cannot read " + path + ": " + std::strerror(err));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        return makeError(ErrorCode::Io, "cannot read " + path + ": " + std::strerror(err));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::Invalid, "cannot read " + path + ": it " + kindOf(st.st_mode));
    }
    if (maxBytes > 0 && st.st_size > maxBytes) {
        ::close(fd);
        return makeError(ErrorCode::Invalid,
            "cannot read " + path + ": it is " + sizeText(st.st_size) + ", more than the limit of "
                + sizeText(maxBytes));
    }
    // Back to blocking reads (a regular file never blocks, but stdio should not see EAGAIN).
    int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    std::FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        int err = errno;
        ::close(fd);
        return makeError(ErrorCode::Io, "cannot read " + path + ": " + std::strerror(err));
    }
    InputFile in;
    in.file.reset(f);
    in.size = static_cast<std::int64_t>(st.st_size);
    return in;
}

Result<std::string> readInputFile(const std::string& path, std::int64_t maxBytes)
{
    auto in = openInputFile(path, maxBytes);
    if (!in)
        return in.error();
    std::string text;
    text.reserve(static_cast<std::size_t>(in->size));
    char buf[1 << 16];
    for (;;) {
        std::size_t n = std::fread(buf, 1, sizeof buf, in->file.get());
        if (n == 0)
            break;
        // The file may grow while it is read: the limit holds for what is read, too.
        if (maxBytes > 0 && static_cast<std::int64_t>(text.size() + n) > maxBytes)
            return makeError(ErrorCode::Invalid,
                "cannot read " + path + ": it grew beyond the limit of " + sizeText(maxBytes) + " while being read");
        text.append(buf, n);
    }
    if (std::ferror(in->file.get()))
        return makeError(ErrorCode::Io, "cannot read " + path + ": " + std::strerror(errno));
    return text;
}

Result<bool> decompressIfGzip(InputFile& in)
{
    std::FILE* f = in.file.get();
    const int a = std::fgetc(f), b = a == EOF ? EOF : std::fgetc(f);
    std::rewind(f);
    if (a != 0x1f || b != 0x8b)
        return false;
    const int fd = ::dup(::fileno(f));
    if (fd < 0)
        return makeError(ErrorCode::Io, std::string("cannot read the compressed file: ") + std::strerror(errno));
    ::lseek(fd, 0, SEEK_SET);
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        ::close(fd);
        return makeError(ErrorCode::Io, "cannot open the gzip stream");
    }
    gzbuffer(gz, 256 * 1024);
    cookie_io_functions_t io {};
    io.read = gzCookieRead;
    io.close = gzCookieClose;
    std::FILE* stream = ::fopencookie(gz, "r", io);
    if (!stream) {
        gzclose(gz);
        return makeError(ErrorCode::Io, "cannot open the gzip stream");
    }
    in.file.reset(stream);
    return true;
}

Result<RecordFile> openRecordFile(const std::string& path)
{
    namespace fs = std::filesystem;
    auto input = openInputFile(path);
    if (!input)
        return input.error();
    // S3 delivers Bedrock invocation logs as .json.gz: compressed files are read through zlib.
    auto compressed = decompressIfGzip(*input);
    if (!compressed)
        return makeError(compressed.error().code, path + ": " + compressed.error().detail);
    RecordFile out;
    out.compressed = *compressed;
    std::FILE* fp = input->file.get();
    auto lowerExt = [](const fs::path& p) {
        std::string e = p.extension().string();
        for (auto& c : e)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return e;
    };
    std::string ext = lowerExt(path);
    if (out.compressed && ext == ".gz")
        ext = lowerExt(fs::path(path).stem());
    if (ext != ".csv") {
        int c;
        std::int64_t n = 0;
        while ((c = std::fgetc(fp)) != EOF && ++n < (1 << 20)
            && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF)) { }
        if (c == '[')
            out.shape = RecordShape::Array;
        else if (c == '{' || ext == ".jsonl" || ext == ".ndjson" || ext == ".json")
            out.shape = RecordShape::Lines;
        else
            out.shape = c == EOF ? RecordShape::Lines : RecordShape::Csv;
        if (out.compressed) {
            // A decompressed stream cannot seek: the first character goes back, the blank space before it
            // (which every reader skips) stays read.
            if (c != EOF)
                std::ungetc(c, fp);
        } else {
            std::rewind(fp);
        }
    }
    out.input = std::move(*input);
    return out;
}

} // namespace burnrate
