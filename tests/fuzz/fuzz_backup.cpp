// The backup reader (header, SHA-256 and HMAC check, restore selection) on any
// bytes, under a fixed key (the doctest suite's, so its sealed files verify)
// and with no key. input_error is the documented refusal; anything else that
// escapes is a finding. Whatever it returns must be a value ShareGuard
// manages: restore writes these entries, so a foreign one is the hole issue 10
// step 0 closed.
#include <optional>

#include "fuzz_support.h"
#include "wizard/backup.h"
#include "wizard/backup_key.h"
#include "wizard/catalog.h"
#include "wizard/errors.h"

namespace {

void check_one(std::string_view bytes, const std::optional<std::string>& key) {
    sg::backup_file file;
    try {
        file = sg::parse_backup(bytes, "fuzz", key);
    } catch (const sg::input_error&) {
        return;
    }
    for (const sg::backup_entry& e : file.entries) {
        if (sg::find_setting_at(e.key, e.value_name) == nullptr)
            sg::fuzz::finding("parse_backup returned a value ShareGuard does not manage: " + e.key + "\\\\" +
                              e.value_name);
    }
    if (!key && file.doubt == sg::backup_doubt::none) sg::fuzz::finding("a backup verified without a key");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string fixed_key(sg::backup_key_size, 'k');
    const std::string_view bytes = sg::fuzz::as_bytes(data, size);
    check_one(bytes, fixed_key);
    check_one(bytes, std::nullopt);
    return 0;
}
