// SHA-256 and HMAC-SHA256 through Windows CNG (bcrypt.dll), so the Windows build
// needs no crypto library of its own. One routine serves both: they differ only
// in the provider flag and the secret.
#include <windows.h>

#include <bcrypt.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>

#include "wizard/platform.h"
#include "wizard/win/unique_handles.h"

namespace sg {

namespace {

void check(NTSTATUS status, const char* call) {
    // NT_SUCCESS: every non-negative NTSTATUS is a success.
    if (status < 0) throw std::runtime_error(fmt::format("{} failed: NTSTATUS 0x{:08X}", call, static_cast<unsigned long>(status)));
}

/// SHA-256 of `bytes` as lowercase hex; keyed (HMAC) when `key` is given.
std::string digest_hex(std::optional<std::string_view> key, std::string_view bytes) {
    win::unique_bcrypt_algorithm algorithm;
    check(::BCryptOpenAlgorithmProvider(algorithm.put(), BCRYPT_SHA256_ALGORITHM, nullptr,
                                        key ? BCRYPT_ALG_HANDLE_HMAC_FLAG : 0),
          "BCryptOpenAlgorithmProvider");
    win::unique_bcrypt_hash hash;
    auto* secret = key ? reinterpret_cast<PUCHAR>(const_cast<char*>(key->data())) : nullptr;
    // A null hash-object buffer lets CNG allocate it (Windows 7 and later).
    check(::BCryptCreateHash(algorithm.get(), hash.put(), nullptr, 0, secret,
                             key ? static_cast<ULONG>(key->size()) : 0, 0),
          "BCryptCreateHash");
    // BCryptHashData takes a ULONG length: feed large inputs in pieces.
    constexpr std::size_t piece = 1u << 30;
    for (std::size_t done = 0; done < bytes.size(); done += piece) {
        const std::size_t n = std::min(piece, bytes.size() - done);
        auto* data = reinterpret_cast<PUCHAR>(const_cast<char*>(bytes.data() + done));
        check(::BCryptHashData(hash.get(), data, static_cast<ULONG>(n), 0), "BCryptHashData");
    }
    std::array<UCHAR, 32> digest{};
    check(::BCryptFinishHash(hash.get(), digest.data(), static_cast<ULONG>(digest.size()), 0), "BCryptFinishHash");

    std::string hex;
    hex.reserve(digest.size() * 2);
    for (UCHAR b : digest) fmt::format_to(std::back_inserter(hex), "{:02x}", b);
    return hex;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) { return digest_hex(std::nullopt, bytes); }

std::string hmac_sha256_hex(std::string_view key, std::string_view bytes) { return digest_hex(key, bytes); }

}  // namespace sg
