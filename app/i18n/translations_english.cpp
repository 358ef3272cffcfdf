// Built without wxWidgets (a console-only build): English only, no catalogs.
#include "app/i18n/language.h"
#include "app/text/translate.h"

namespace sg::i18n {

language_outcome try_install_translations(const std::string& requested, const std::vector<std::filesystem::path>&) {
    text::set_translator({});
    const std::string code = normalised_code(requested);
    if (code.empty() || code == "en" || code.rfind("en_", 0) == 0) return {"en", {"en"}};
    return {std::nullopt, {"en"}};
}

std::vector<std::filesystem::path> catalog_folders_of_this_program() { return {}; }

void install_english() { text::set_translator({}); }

}  // namespace sg::i18n
