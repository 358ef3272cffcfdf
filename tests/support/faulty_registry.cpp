#include "support/faulty_registry.h"

#include "wizard/errors.h"
#include "wizard/reg_path.h"

namespace sg::test {

std::optional<reg_value> faulty_registry::find_value(std::string_view key, std::string_view name) {
    if (fail_read_ && names_equal(*fail_read_, name))
        throw registry_error(registry_error::kind::injected, std::string(key), std::string(name), 0,
                             "injected read failure");
    return inner_.find_value(key, name);
}

void faulty_registry::count_write(std::string_view key, std::string_view name) {
    ++writes_;
    bool fail = (fail_write_ && writes_ == *fail_write_) || (fail_from_write_ && writes_ >= *fail_from_write_);
    if (fail)
        throw registry_error(registry_error::kind::injected, std::string(key), std::string(name), 0,
                             "injected write failure at write " + std::to_string(writes_));
}

void faulty_registry::set_value(std::string_view key, std::string_view name, const reg_value& value) {
    count_write(key, name);
    if (corrupt_write_ && writes_ == *corrupt_write_) {
        reg_value wrong = value;
        wrong.data.push_back(0xEE);
        inner_.set_value(key, name, wrong);
        return;
    }
    inner_.set_value(key, name, value);
}

void faulty_registry::delete_value(std::string_view key, std::string_view name) {
    count_write(key, name);
    if (corrupt_write_ && writes_ == *corrupt_write_) return;  // "succeeds" but leaves the value
    inner_.delete_value(key, name);
}

}  // namespace sg::test
