#pragma once

#include <string>
#include <utility>
#include <variant>

namespace burnrate {

// Error kinds the core reports across its API; core never throws past its boundary.
enum class ErrorCode
{
    Invalid, // bad input or arguments
    NotFound,
    Io, // file system
    Database, // SQLite
    Network, // transport
    Http, // a non-success HTTP status
    Parse, // malformed data from a source
    Cancelled,
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    std::string detail;
};

// A value or an Error (GCC 12 has no std::expected).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::move(error))
    {
    }
    bool ok() const
    {
        return m_v.index() == 0;
    }
    explicit operator bool() const
    {
        return ok();
    }
    T& value() &
    {
        return std::get<0>(m_v);
    }
    const T& value() const&
    {
        return std::get<0>(m_v);
    }
    T&& value() &&
    {
        return std::get<0>(std::move(m_v));
    }
    T* operator->()
    {
        return &value();
    }
    const T* operator->() const
    {
        return &value();
    }
    T& operator*() &
    {
        return value();
    }
    const T& operator*() const&
    {
        return value();
    }
    const Error& error() const
    {
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }
    bool ok() const
    {
        return m_ok;
    }
    explicit operator bool() const
    {
        return m_ok;
    }
    const Error& error() const
    {
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, std::string detail)
{
    return Error { code, std::move(detail) };
}

inline Error parseError(std::string detail)
{
    return makeError(ErrorCode::Parse, std::move(detail));
}

} // namespace burnrate
