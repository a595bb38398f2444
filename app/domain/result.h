#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace educonnect {

// The one error convention of the core: a machine-readable code and a sentence for people.
// httpStatus is set when the error came from the server (0 otherwise).
struct Error
{
    QString code;
    QString message;
    int httpStatus = 0;
};

template <typename T>
class Result
{
public:
    // A default Result is an error: there is no value until one is given (QVariant needs this).
    Result() : m_data(Error{QStringLiteral("no-result"), QString(), 0}) {}
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // On a temporary, return by value: `for (x : f().value())` must not iterate a dead object.
    T value() && { return std::move(std::get<T>(m_data)); }
    T takeValue() { return std::move(std::get<T>(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}
    static Result success() { return {}; }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace educonnect
