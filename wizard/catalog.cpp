#include "wizard/catalog.h"

#include "wizard/reg_path.h"

namespace sg {

const setting* find_setting(std::string_view id) {
    for (const auto& s : catalog())
        if (names_equal(s.id, id)) return &s;
    return nullptr;
}

std::vector<const baseline_ref*> baselines_for(const setting& s, os_family family, product_type product) {
    std::vector<const baseline_ref*> refs;
    for (const auto& b : s.baselines) {
        if (b.family != family) continue;
        if (b.applies == baseline_ref::scope::member_only && product == product_type::domain_controller) continue;
        refs.push_back(&b);
    }
    return refs;
}

const setting* find_setting_at(std::string_view key, std::string_view value_name) {
    const std::string wanted = key_identity(key);
    for (const auto& s : catalog())
        if (names_equal(s.value_name, value_name) && key_identity(s.key) == wanted) return &s;
    return nullptr;
}

bool is_catalog_key(std::string_view key) {
    const std::string wanted = key_identity(key);
    for (const auto& s : catalog())
        if (key_identity(s.key) == wanted) return true;
    return false;
}

}  // namespace sg
