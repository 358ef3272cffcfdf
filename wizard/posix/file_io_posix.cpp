// Durable file writes on POSIX: write a temp file in the same folder, fsync it,
// rename it over the target, fsync the folder — so a crash leaves either the old
// or the new file, never a torn one, and the data is on disk when we return.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>

#include "wizard/errors.h"
#include "wizard/platform.h"

namespace sg {
namespace {

class unique_fd {
public:
    explicit unique_fd(int fd) : fd_(fd) {}
    ~unique_fd() { if (fd_ >= 0) ::close(fd_); }
    unique_fd(const unique_fd&) = delete;
    unique_fd& operator=(const unique_fd&) = delete;
    int get() const { return fd_; }
    /// Closes now, reporting the error (close can report a failed write).
    int release_and_close() { int r = ::close(fd_); fd_ = -1; return r; }

private:
    int fd_;
};

[[noreturn]] void throw_errno(const std::filesystem::path& file, const char* what) {
    throw file_error(file.string(), std::string(what) + ": " + std::strerror(errno));
}

void write_all(int fd, std::string_view bytes, const std::filesystem::path& file) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw_errno(file, "cannot write");
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void fsync_folder(const std::filesystem::path& folder) {
    unique_fd dir(::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) throw_errno(folder, "cannot open folder to flush it");
    if (::fsync(dir.get()) != 0) throw_errno(folder, "cannot flush folder");
}

std::string random_suffix() {
    std::random_device rd;
    return std::to_string(rd()) + std::to_string(::getpid());
}

}  // namespace

namespace {

/// Writes the bytes to a new sibling of `file` and flushes them to disk; returns its path.
std::filesystem::path write_flushed_sibling(const std::filesystem::path& file, std::string_view bytes) {
    auto temp = file;
    temp += ".tmp-" + random_suffix();
    unique_fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) throw_errno(temp, "cannot create");
    try {
        write_all(fd.get(), bytes, temp);
        if (::fsync(fd.get()) != 0) throw_errno(temp, "cannot flush to disk");
        if (fd.release_and_close() != 0) throw_errno(temp, "cannot close");
    } catch (...) {
        ::unlink(temp.c_str());
        throw;
    }
    return temp;
}

}  // namespace

void write_file_durably(const std::filesystem::path& file, std::string_view bytes) {
    const auto temp = write_flushed_sibling(file, bytes);
    // Keep the target's permissions when replacing an existing file (a snapshot).
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0) ::chmod(temp.c_str(), st.st_mode & 07777);
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        int saved = errno;
        ::unlink(temp.c_str());
        errno = saved;
        throw_errno(file, "cannot replace");
    }
    fsync_folder(file.parent_path());
}

bool try_write_new_file_durably(const std::filesystem::path& file, std::string_view bytes) {
    const auto temp = write_flushed_sibling(file, bytes);
    // link() never replaces: of two writers racing for one name, one gets EEXIST.
    const int linked = ::link(temp.c_str(), file.c_str());
    const int saved = errno;
    ::unlink(temp.c_str());
    if (linked != 0) {
        if (saved == EEXIST) return false;
        errno = saved;
        throw_errno(file, "cannot create");
    }
    fsync_folder(file.parent_path());
    return true;
}

void append_line_durably(const std::filesystem::path& file, std::string_view line) {
    unique_fd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    if (fd.get() < 0) throw_errno(file, "cannot open for appending");
    std::string text(line);
    text += '\n';
    write_all(fd.get(), text, file);
    if (::fsync(fd.get()) != 0) throw_errno(file, "cannot flush to disk");
    if (fd.release_and_close() != 0) throw_errno(file, "cannot close");
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::error_code ec;
        if (!std::filesystem::exists(file, ec)) throw file_error(file.string(), "no such file");
        throw file_error(file.string(), std::string("cannot open: ") + std::strerror(errno));
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw file_error(file.string(), "cannot read");
    return bytes;
}

void create_private_folder(const std::filesystem::path& folder) {
    std::error_code ec;
    if (std::filesystem::exists(folder, ec)) {
        if (!std::filesystem::is_directory(folder, ec)) throw file_error(folder.string(), "exists and is not a folder");
    } else {
        std::filesystem::create_directories(folder, ec);
        if (ec) throw file_error(folder.string(), "cannot create folder: " + ec.message());
    }
    // Backups hold the machine's previous security settings: owner only.
    if (::chmod(folder.c_str(), 0700) != 0) throw_errno(folder, "cannot restrict folder permissions");
}

}  // namespace sg
