// Cryptographic random bytes from OpenSSL's libcrypto (seeded by the kernel's getrandom).
#include <openssl/rand.h>

#include <stdexcept>

#include "wizard/platform.h"

namespace sg {

std::string random_bytes(std::size_t count) {
    std::string out(count, '\0');
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1)
        throw std::runtime_error("RAND_bytes failed: no random bytes from libcrypto");
    return out;
}

}  // namespace sg
