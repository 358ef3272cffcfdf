// SHA-256 through OpenSSL's libcrypto (the system crypto library on Debian;
// the kernel's AF_ALG interface is not available in every sandbox).
#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

#include <fmt/format.h>

#include "wizard/platform.h"

namespace sg {

std::string sha256_hex(std::string_view bytes) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        throw std::runtime_error("SHA-256 computation failed (libcrypto)");
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) fmt::format_to(std::back_inserter(hex), "{:02x}", digest[i]);
    return hex;
}

}  // namespace sg
