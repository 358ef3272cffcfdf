// Cryptographic random bytes from Windows CNG's system RNG (bcrypt.dll).
#include <windows.h>

#include <bcrypt.h>

#include <fmt/format.h>

#include <stdexcept>

#include "wizard/platform.h"

namespace sg {

std::string random_bytes(std::size_t count) {
    std::string out(count, '\0');
    if (count == 0) return out;
    const NTSTATUS status = ::BCryptGenRandom(nullptr, reinterpret_cast<PUCHAR>(out.data()), static_cast<ULONG>(count),
                                              BCRYPT_USE_SYSTEM_PREFERRED_RNG);
    if (status < 0)
        throw std::runtime_error(fmt::format("BCryptGenRandom failed: NTSTATUS 0x{:08X}", static_cast<unsigned long>(status)));
    return out;
}

}  // namespace sg
