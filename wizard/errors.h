#pragma once
// Exceptions thrown by the engine. Each carries the data a front end needs to
// write its own sentence (the engine writes no user-facing prose).
#include <stdexcept>

#include <fmt/format.h>
#include <string>

namespace sg {

/// Malformed input: a .reg file, a profile, a backup. Says what and where.
class input_error : public std::runtime_error {
public:
    input_error(std::string file, int line, int column, const std::string& what)
        : std::runtime_error(format_where(file, line, column) + what),
          file_(std::move(file)), line_(line), column_(column), detail_(what) {}

    const std::string& file() const noexcept { return file_; }
    int line() const noexcept { return line_; }      ///< 1-based; 0 when unknown
    int column() const noexcept { return column_; }  ///< 1-based; 0 when unknown
    const std::string& detail() const noexcept { return detail_; }

private:
    static std::string format_where(const std::string& file, int line, int column) {
        if (file.empty()) return {};
        if (line <= 0) return fmt::format("{}: ", file);
        if (column <= 0) return fmt::format("{}:{}: ", file, line);
        return fmt::format("{}:{}:{}: ", file, line, column);
    }
    std::string file_;
    int line_;
    int column_;
    std::string detail_;
};

/// A registry operation failed (access denied, I/O, injected fault...).
class registry_error : public std::runtime_error {
public:
    enum class kind { access_denied, io, injected, other };

    registry_error(kind k, std::string key, std::string value_name, long os_code, const std::string& what)
        : std::runtime_error(what), kind_(k), key_(std::move(key)), value_name_(std::move(value_name)),
          os_code_(os_code) {}

    kind error_kind() const noexcept { return kind_; }
    const std::string& key() const noexcept { return key_; }
    const std::string& value_name() const noexcept { return value_name_; }
    long os_code() const noexcept { return os_code_; }

private:
    kind kind_;
    std::string key_;
    std::string value_name_;
    long os_code_;
};

/// A file could not be read or written (missing, permissions, disk full).
class file_error : public std::runtime_error {
public:
    file_error(std::string path, const std::string& what)
        : std::runtime_error(path + ": " + what), path_(std::move(path)) {}
    const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
};

}  // namespace sg
