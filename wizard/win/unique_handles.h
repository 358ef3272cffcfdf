#pragma once
// RAII owners for the Win32 handles the engine uses (Windows only): registry
// keys, kernel objects, files, CNG (BCrypt) handles, service handles, LocalAlloc'd and
// CoTaskMemAlloc'd memory. Each owner is move-only and closes its handle once.
#include <windows.h>

#include <bcrypt.h>
#include <objbase.h>
#include <winsvc.h>

#include <memory>
#include <utility>

namespace sg::win {

/// Owns one handle described by Traits: handle_type, invalid() and close(h).
template <typename Traits>
class unique_handle {
public:
    using handle_type = typename Traits::handle_type;

    unique_handle() noexcept = default;
    explicit unique_handle(handle_type h) noexcept : h_(h) {}
    ~unique_handle() { reset(); }
    unique_handle(unique_handle&& other) noexcept : h_(other.release()) {}
    unique_handle& operator=(unique_handle&& other) noexcept {
        if (this != &other) reset(other.release());
        return *this;
    }
    unique_handle(const unique_handle&) = delete;
    unique_handle& operator=(const unique_handle&) = delete;

    handle_type get() const noexcept { return h_; }
    explicit operator bool() const noexcept { return h_ != Traits::invalid(); }

    /// Closes the current handle and returns the slot for an API that opens a new one.
    handle_type* put() noexcept {
        reset();
        return &h_;
    }
    handle_type release() noexcept { return std::exchange(h_, Traits::invalid()); }
    void reset(handle_type h = Traits::invalid()) noexcept {
        if (h_ != Traits::invalid()) Traits::close(h_);
        h_ = h;
    }

private:
    handle_type h_ = Traits::invalid();
};

struct hkey_traits {
    using handle_type = HKEY;
    static HKEY invalid() noexcept { return nullptr; }
    static void close(HKEY h) noexcept { ::RegCloseKey(h); }
};
/// Kernel objects whose "no handle" is NULL (tokens, processes, events).
struct kernel_handle_traits {
    using handle_type = HANDLE;
    static HANDLE invalid() noexcept { return nullptr; }
    static void close(HANDLE h) noexcept { ::CloseHandle(h); }
};
/// CreateFileW's handles, whose "no handle" is INVALID_HANDLE_VALUE.
struct file_handle_traits {
    using handle_type = HANDLE;
    static HANDLE invalid() noexcept { return INVALID_HANDLE_VALUE; }
    static void close(HANDLE h) noexcept { ::CloseHandle(h); }
};
struct bcrypt_algorithm_traits {
    using handle_type = BCRYPT_ALG_HANDLE;
    static BCRYPT_ALG_HANDLE invalid() noexcept { return nullptr; }
    static void close(BCRYPT_ALG_HANDLE h) noexcept { ::BCryptCloseAlgorithmProvider(h, 0); }
};
struct bcrypt_hash_traits {
    using handle_type = BCRYPT_HASH_HANDLE;
    static BCRYPT_HASH_HANDLE invalid() noexcept { return nullptr; }
    static void close(BCRYPT_HASH_HANDLE h) noexcept { ::BCryptDestroyHash(h); }
};
struct service_handle_traits {
    using handle_type = SC_HANDLE;
    static SC_HANDLE invalid() noexcept { return nullptr; }
    static void close(SC_HANDLE h) noexcept { ::CloseServiceHandle(h); }
};

using unique_hkey = unique_handle<hkey_traits>;
using unique_kernel_handle = unique_handle<kernel_handle_traits>;
using unique_file_handle = unique_handle<file_handle_traits>;
using unique_bcrypt_algorithm = unique_handle<bcrypt_algorithm_traits>;
using unique_bcrypt_hash = unique_handle<bcrypt_hash_traits>;
/// An SCM or service handle (OpenSCManagerW, OpenServiceW, CreateServiceW).
using unique_service_handle = unique_handle<service_handle_traits>;

struct local_free_deleter {
    void operator()(void* p) const noexcept { ::LocalFree(p); }
};
struct co_task_mem_free_deleter {
    void operator()(void* p) const noexcept { ::CoTaskMemFree(p); }
};

/// A COM interface pointer, released once (WMI's locator, services and enumerators).
template <typename T>
class com_ptr {
public:
    com_ptr() noexcept = default;
    ~com_ptr() { reset(); }
    com_ptr(com_ptr&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
    com_ptr& operator=(com_ptr&& other) noexcept {
        if (this != &other) {
            reset();
            p_ = std::exchange(other.p_, nullptr);
        }
        return *this;
    }
    com_ptr(const com_ptr&) = delete;
    com_ptr& operator=(const com_ptr&) = delete;

    T* get() const noexcept { return p_; }
    T* operator->() const noexcept { return p_; }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    /// Releases the current pointer and returns the slot for an API that fills it.
    T** put() noexcept {
        reset();
        return &p_;
    }
    void reset() noexcept {
        if (p_) std::exchange(p_, nullptr)->Release();
    }

private:
    T* p_ = nullptr;
};

/// Memory a Win32 API allocated with LocalAlloc (FormatMessageW, SDDL conversions).
template <typename T>
using unique_local_ptr = std::unique_ptr<T, local_free_deleter>;
/// Memory a shell/COM API allocated with CoTaskMemAlloc (SHGetKnownFolderPath).
template <typename T>
using unique_co_task_mem_ptr = std::unique_ptr<T, co_task_mem_free_deleter>;

}  // namespace sg::win
