#include "wizard/catalog.h"

#include "wizard/reg_path.h"

namespace sg {

const setting* find_setting(std::string_view id) {
    for (const auto& s : catalog())
        if (names_equal(s.id, id)) return &s;
    return nullptr;
}

}  // namespace sg
