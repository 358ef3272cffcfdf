// HMAC-SHA256 through OpenSSL's libcrypto (EVP_MAC, OpenSSL 3), as sha256_openssl.cpp does SHA-256.
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <stdexcept>

#include <fmt/format.h>

#include "wizard/platform.h"

namespace sg {

std::string hmac_sha256_hex(std::string_view key, std::string_view bytes) {
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr), &EVP_MAC_free);
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr,
                                                                  &EVP_MAC_CTX_free);
    char digest_name[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
                                 OSSL_PARAM_construct_end()};
    unsigned char digest[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    if (!ctx ||
        EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.data()), key.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()) != 1 ||
        EVP_MAC_final(ctx.get(), digest, &length, sizeof digest) != 1)
        throw std::runtime_error("HMAC-SHA256 computation failed (libcrypto)");
    std::string hex;
    hex.reserve(length * 2);
    for (std::size_t i = 0; i < length; ++i) fmt::format_to(std::back_inserter(hex), "{:02x}", digest[i]);
    return hex;
}

}  // namespace sg
